//! The signing schemes, by their stable names.

use std::fmt;
use std::str::FromStr;

use crate::{SignError, SigningTime};

/// How a vendor wants a request authenticated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Scheme {
    /// Huawei Cloud AK/SK, `SDK-HMAC-SHA256`.
    HuaweiSdkHmacSha256,
    /// NAVER Cloud API Gateway signature v2.
    NaverApigwV2,
    /// Alibaba Cloud RPC signature, SignatureVersion 1.0 (HMAC-SHA1).
    AlibabaRpcHmacSha1,
    /// Alibaba Cloud V3 signature, `ACS3-HMAC-SHA256`.
    AlibabaAcs3HmacSha256,
    /// BlendVision One: bearer token and organisation header, no signature.
    BlendVisionBearer,
}

impl Scheme {
    pub const ALL: [Scheme; 5] = [
        Scheme::HuaweiSdkHmacSha256,
        Scheme::NaverApigwV2,
        Scheme::AlibabaRpcHmacSha1,
        Scheme::AlibabaAcs3HmacSha256,
        Scheme::BlendVisionBearer,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Scheme::HuaweiSdkHmacSha256 => "huawei-sdk-hmac-sha256",
            Scheme::NaverApigwV2 => "naver-apigw-v2",
            Scheme::AlibabaRpcHmacSha1 => "alibaba-rpc-hmac-sha1",
            Scheme::AlibabaAcs3HmacSha256 => "alibaba-acs3-hmac-sha256",
            Scheme::BlendVisionBearer => "blendvision-bearer",
        }
    }

    /// What signing with this scheme may add to a request, in order (see
    /// [`crate::SignedRequest::added`] for what it did add).
    pub fn adds(self) -> &'static [crate::Addition] {
        match self {
            Scheme::HuaweiSdkHmacSha256 => crate::huawei::ADDS,
            Scheme::NaverApigwV2 => crate::naver::ADDS,
            Scheme::AlibabaRpcHmacSha1 => crate::alibaba_rpc::ADDS,
            Scheme::AlibabaAcs3HmacSha256 => crate::alibaba_acs3::ADDS,
            Scheme::BlendVisionBearer => crate::blendvision::ADDS,
        }
    }

    /// How to compute by hand what signing adds: shell comments for "copy as curl".
    pub fn by_hand(self) -> &'static str {
        match self {
            Scheme::HuaweiSdkHmacSha256 => crate::huawei::BY_HAND,
            Scheme::NaverApigwV2 => crate::naver::BY_HAND,
            Scheme::AlibabaRpcHmacSha1 => crate::alibaba_rpc::BY_HAND,
            Scheme::AlibabaAcs3HmacSha256 => crate::alibaba_acs3::BY_HAND,
            Scheme::BlendVisionBearer => crate::blendvision::BY_HAND,
        }
    }

    pub(crate) fn names() -> String {
        Self::ALL.map(Scheme::as_str).join(", ")
    }

    /// What the scheme's timestamp looks like, e.g. `20191115T033655Z`; `None` when it
    /// signs no time.
    pub fn timestamp_format(self) -> Option<&'static str> {
        match self {
            Scheme::HuaweiSdkHmacSha256 => Some(crate::time::BASIC_FORMAT),
            Scheme::NaverApigwV2 => Some(crate::time::MILLIS_FORMAT),
            Scheme::AlibabaRpcHmacSha1 | Scheme::AlibabaAcs3HmacSha256 => {
                Some(crate::time::ISO_FORMAT)
            }
            Scheme::BlendVisionBearer => None,
        }
    }

    /// Reads a timestamp written in this scheme's own format (see [`Self::timestamp_format`]).
    /// A scheme without a timestamp accepts none: the error names `timestamp`.
    pub fn parse_timestamp(self, value: &str) -> Result<SigningTime, SignError> {
        const FIELD: &str = "timestamp";
        match self {
            Scheme::HuaweiSdkHmacSha256 => SigningTime::parse_basic(FIELD, value),
            Scheme::NaverApigwV2 => SigningTime::parse_unix_millis(FIELD, value),
            Scheme::AlibabaRpcHmacSha1 | Scheme::AlibabaAcs3HmacSha256 => {
                SigningTime::parse_iso8601(FIELD, value)
            }
            Scheme::BlendVisionBearer => Err(SignError::invalid(
                FIELD,
                livedesk_i18n::t!("signing-no-time"),
            )),
        }
    }
}

impl fmt::Display for Scheme {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Scheme {
    type Err = SignError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|scheme| scheme.as_str() == s)
            .ok_or_else(|| SignError::UnknownScheme {
                given: s.to_owned(),
            })
    }
}

impl serde::Serialize for Scheme {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for Scheme {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let name = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        name.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for scheme in Scheme::ALL {
            assert_eq!(scheme.as_str().parse::<Scheme>().unwrap(), scheme);
            assert_eq!(scheme.to_string(), scheme.as_str());
        }
    }

    #[test]
    fn unknown_names_are_refused_by_name() {
        for name in ["", "huawei-SDK-HMAC-SHA256", "aws-sigv4", "naver-apigw-v2 "] {
            let error = name.parse::<Scheme>().unwrap_err();
            assert_eq!(error.code(), "signing.unknown_scheme");
            assert_eq!(error.field(), "scheme");
        }
    }

    #[test]
    fn serde_uses_the_stable_names() {
        let json = serde_json::to_string(&Scheme::AlibabaAcs3HmacSha256).unwrap();
        assert_eq!(json, "\"alibaba-acs3-hmac-sha256\"");
        let back: Scheme = serde_json::from_str(&json).unwrap();
        assert_eq!(back, Scheme::AlibabaAcs3HmacSha256);
        assert!(serde_json::from_str::<Scheme>("\"nope\"").is_err());
    }

    #[test]
    fn each_scheme_reads_its_own_timestamp_format() {
        for scheme in Scheme::ALL {
            match scheme.timestamp_format() {
                Some(example) => {
                    assert!(scheme.parse_timestamp(example).is_ok(), "{scheme}");
                    assert!(scheme.parse_timestamp("soon").is_err(), "{scheme}");
                }
                None => assert!(scheme.parse_timestamp("20191115T033655Z").is_err()),
            }
        }
    }
}
