//! Credentials per vendor. Secrets are [`Secret`], so `Debug` prints them masked and
//! reading one takes a deliberate `expose_secret()`.

use livedesk_secrets::{ExposeSecret, Secret};

use crate::request::check_header_value;
use crate::SignError;

/// Huawei Cloud AK/SK, optionally temporary (with a security token).
#[derive(Debug, Clone)]
pub struct HuaweiCredentials {
    pub access_key: String,
    pub secret_key: Secret,
    pub security_token: Option<Secret>,
    /// Sent as `X-Project-Id` when set (the Live client always sends it).
    pub project_id: Option<String>,
}

/// NAVER Cloud access key and secret key.
#[derive(Debug, Clone)]
pub struct NaverCredentials {
    pub access_key: String,
    pub secret_key: Secret,
}

/// Alibaba Cloud AccessKey pair, optionally STS (with a security token). Both Alibaba
/// schemes use it.
#[derive(Debug, Clone)]
pub struct AlibabaCredentials {
    pub access_key_id: String,
    pub access_key_secret: Secret,
    pub security_token: Option<Secret>,
}

/// BlendVision One API token and organisation.
#[derive(Debug, Clone)]
pub struct BlendVisionCredentials {
    pub api_token: Secret,
    pub org_id: String,
}

/// The credentials of one vendor account.
#[derive(Debug, Clone)]
pub enum Credentials {
    Huawei(HuaweiCredentials),
    Naver(NaverCredentials),
    Alibaba(AlibabaCredentials),
    BlendVision(BlendVisionCredentials),
}

impl Credentials {
    pub fn huawei(access_key: impl Into<String>, secret_key: impl Into<String>) -> Self {
        Self::Huawei(HuaweiCredentials {
            access_key: access_key.into(),
            secret_key: Secret::from(secret_key.into()),
            security_token: None,
            project_id: None,
        })
    }

    pub fn naver(access_key: impl Into<String>, secret_key: impl Into<String>) -> Self {
        Self::Naver(NaverCredentials {
            access_key: access_key.into(),
            secret_key: Secret::from(secret_key.into()),
        })
    }

    pub fn alibaba(access_key_id: impl Into<String>, access_key_secret: impl Into<String>) -> Self {
        Self::Alibaba(AlibabaCredentials {
            access_key_id: access_key_id.into(),
            access_key_secret: Secret::from(access_key_secret.into()),
            security_token: None,
        })
    }

    pub fn blendvision(api_token: impl Into<String>, org_id: impl Into<String>) -> Self {
        Self::BlendVision(BlendVisionCredentials {
            api_token: Secret::from(api_token.into()),
            org_id: org_id.into(),
        })
    }

    /// Temporary credentials (Huawei, Alibaba); ignored by the other vendors.
    pub fn with_security_token(mut self, token: impl Into<String>) -> Self {
        let token = Some(Secret::from(token.into()));
        match &mut self {
            Self::Huawei(c) => c.security_token = token,
            Self::Alibaba(c) => c.security_token = token,
            Self::Naver(_) | Self::BlendVision(_) => {}
        }
        self
    }

    /// Huawei's `X-Project-Id`; ignored by the other vendors.
    pub fn with_project_id(mut self, project_id: impl Into<String>) -> Self {
        if let Self::Huawei(c) = &mut self {
            c.project_id = Some(project_id.into());
        }
        self
    }

    /// The vendor, in words, for messages.
    pub fn vendor(&self) -> &'static str {
        match self {
            Self::Huawei(_) => "Huawei Cloud",
            Self::Naver(_) => "NAVER Cloud",
            Self::Alibaba(_) => "Alibaba Cloud",
            Self::BlendVision(_) => "BlendVision One",
        }
    }
}

/// An identifier that travels in a header or query: present, and free of line breaks.
pub(crate) fn check_id(field: &str, value: &str) -> Result<(), SignError> {
    if value.is_empty() {
        return Err(SignError::missing(field));
    }
    check_header_value(field, value)
}

/// A secret: present. Its content is never described, not even "contains a newline".
pub(crate) fn check_secret(field: &str, value: &Secret) -> Result<(), SignError> {
    if value.expose_secret().is_empty() {
        return Err(SignError::missing(field));
    }
    Ok(())
}

/// A secret that is sent as it is (a token in a header): present and header-safe.
pub(crate) fn check_sent_secret(field: &str, value: &Secret) -> Result<(), SignError> {
    check_secret(field, value)?;
    if value
        .expose_secret()
        .chars()
        .any(|c| c.is_control() && c != '\t')
    {
        return Err(SignError::invalid(
            field,
            livedesk_i18n::t!("signing-control-character"),
        ));
    }
    Ok(())
}

/// An optional secret given as `Some("")` is a mistake, not "no token".
pub(crate) fn check_optional_sent_secret(
    field: &str,
    value: Option<&Secret>,
) -> Result<(), SignError> {
    match value {
        Some(v) if v.expose_secret().is_empty() => Err(SignError::invalid(
            field,
            livedesk_i18n::t!("signing-empty"),
        )),
        Some(v) => check_sent_secret(field, v),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_never_shows_a_secret() {
        let all = [
            Credentials::huawei("AK-PUBLIC", "sk-VERY-SECRET")
                .with_security_token("tok-VERY-SECRET")
                .with_project_id("proj"),
            Credentials::naver("AK-PUBLIC", "sk-VERY-SECRET"),
            Credentials::alibaba("AK-PUBLIC", "sk-VERY-SECRET")
                .with_security_token("tok-VERY-SECRET"),
            Credentials::blendvision("tok-VERY-SECRET", "org"),
        ];
        for credentials in all {
            let debug = format!("{credentials:?} {credentials:#?}");
            assert!(!debug.contains("VERY-SECRET"), "{debug}");
            assert!(debug.contains(livedesk_secrets::MASK), "{debug}");
        }
    }

    #[test]
    fn sent_secret_errors_do_not_describe_the_secret() {
        let token = Secret::from("abc\ndef-VERY-SECRET".to_owned());
        let error = check_sent_secret("security_token", &token).unwrap_err();
        assert_eq!(error.field(), "security_token");
        assert!(!format!("{error} {error:?}").contains("VERY-SECRET"));
    }
}
