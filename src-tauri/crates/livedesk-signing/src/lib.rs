//! Vendor request signers (issue 3): a request goes in, the same request with its
//! authentication added comes out.
//!
//! ```
//! use livedesk_signing::{sign, Credentials, Scheme, SignableRequest, SigningContext, SigningTime};
//!
//! let request = SignableRequest::new("GET", "https://live.cn-north-4.myhuaweicloud.com/v1/p/streams?limit=2")
//!     .with_header("Content-Type", "application/json");
//! let credentials = Credentials::huawei("AK", "SK").with_project_id("p");
//! let context = SigningContext::new(SigningTime::from_unix_millis(1_573_789_015_000));
//! let signed = sign(Scheme::HuaweiSdkHmacSha256, &credentials, request, &context)?;
//! assert_eq!(signed.header("X-Sdk-Date"), Some("20191115T033655Z"));
//! # Ok::<(), livedesk_signing::SignError>(())
//! ```
//!
//! Rules every signer follows, so that signing is predictable:
//! - The clock and the nonce come from the [`SigningContext`]; nothing reads the system clock.
//! - A header or parameter the scheme would add but the request already has is kept as given
//!   (the vendors' SDKs only fill in what is missing), except one that names other
//!   credentials (access key, security token, project, organisation): that is an error,
//!   because the request would fail or act on another account.
//! - An old signature on the request is replaced, so signing a signed request again gives the
//!   same result.
//! - Where the scheme signs a canonical query (Huawei, Alibaba), the URL is sent with exactly
//!   that query, so the server cannot read it differently from how it was signed.
//! - Each signer says what it adds: [`Scheme::adds`] lists the headers and query parameters
//!   it may add and what each is made of, [`SignedRequest::added`] what it did add, with the
//!   values, and [`describe`] tells it for a request without the account's secrets (the
//!   review and "copy as curl" print that). Secrets are [`Secret`]s, masked by
//!   `livedesk_secrets` wherever a request is formatted.

mod added;
mod alibaba_acs3;
mod alibaba_rpc;
mod blendvision;
mod canonical;
mod context;
mod credentials;
mod crypto;
mod encoding;
mod error;
mod huawei;
mod naver;
mod request;
mod scheme;
mod time;
pub mod typical;

pub use added::{Added, Addition, Location, Made};
pub use context::SigningContext;
pub use credentials::{
    AlibabaCredentials, BlendVisionCredentials, Credentials, HuaweiCredentials, NaverCredentials,
};
pub use error::SignError;
pub use livedesk_codes::ErrorCode;
pub use livedesk_secrets::{ExposeSecret, Secret};
pub use request::{Headers, SignableRequest, SignedRequest};
pub use scheme::Scheme;
pub use time::SigningTime;

/// Signs `request` with `scheme`. The credentials must be the vendor's that the scheme
/// belongs to (both Alibaba schemes take [`Credentials::Alibaba`]).
pub fn sign(
    scheme: Scheme,
    credentials: &Credentials,
    request: SignableRequest,
    context: &SigningContext,
) -> Result<SignedRequest, SignError> {
    // Credentials first: "wrong account" is a better first message than a URL complaint.
    let wrong = |expected: &'static str| SignError::WrongCredentials {
        scheme: scheme.as_str(),
        expected,
        given: credentials.vendor(),
    };
    match (scheme, credentials) {
        (Scheme::HuaweiSdkHmacSha256, Credentials::Huawei(c)) => {
            huawei::sign(c, request::Prepared::new(request, huawei::ADDS)?, context)
        }
        (Scheme::NaverApigwV2, Credentials::Naver(c)) => {
            naver::sign(c, request::Prepared::new(request, naver::ADDS)?, context)
        }
        (Scheme::AlibabaRpcHmacSha1, Credentials::Alibaba(c)) => alibaba_rpc::sign(
            c,
            request::Prepared::new(request, alibaba_rpc::ADDS)?,
            context,
        ),
        (Scheme::AlibabaAcs3HmacSha256, Credentials::Alibaba(c)) => alibaba_acs3::sign(
            c,
            request::Prepared::new(request, alibaba_acs3::ADDS)?,
            context,
        ),
        (Scheme::BlendVisionBearer, Credentials::BlendVision(c)) => {
            blendvision::sign(c, request::Prepared::new(request, blendvision::ADDS)?)
        }
        (Scheme::HuaweiSdkHmacSha256, _) => Err(wrong("Huawei Cloud")),
        (Scheme::NaverApigwV2, _) => Err(wrong("NAVER Cloud")),
        (Scheme::AlibabaRpcHmacSha1 | Scheme::AlibabaAcs3HmacSha256, _) => {
            Err(wrong("Alibaba Cloud"))
        }
        (Scheme::BlendVisionBearer, _) => Err(wrong("BlendVision One")),
    }
}

/// What an account is, for [`describe`]: its settings, and a stand-in for its tokens.
#[derive(Debug, Clone, Copy)]
pub struct StandIn<'a> {
    /// Written wherever a token of the account would be (an API token, a security token).
    pub token: &'a str,
    /// Whether the account has temporary credentials (a security token).
    pub security_token: bool,
    pub project_id: Option<&'a str>,
    pub org_id: Option<&'a str>,
}

/// What signing `request` with `scheme` adds, told without the account's secrets: it is
/// signed with stand-in keys, at the Unix epoch. Values made of the time, a nonce or a key
/// are the stand-ins' (see [`Made`]); tokens are written as `stand_in.token`.
pub fn describe(
    scheme: Scheme,
    request: SignableRequest,
    stand_in: &StandIn<'_>,
) -> Result<Vec<Added>, SignError> {
    const ACCESS_KEY: &str = "ACCESS_KEY";
    const SECRET_KEY: &str = "SECRET_KEY";
    let credentials = match scheme {
        Scheme::HuaweiSdkHmacSha256 => {
            let mut c = Credentials::huawei(ACCESS_KEY, SECRET_KEY);
            if let Some(project) = stand_in.project_id {
                c = c.with_project_id(project);
            }
            c
        }
        Scheme::NaverApigwV2 => Credentials::naver(ACCESS_KEY, SECRET_KEY),
        Scheme::AlibabaRpcHmacSha1 | Scheme::AlibabaAcs3HmacSha256 => {
            Credentials::alibaba(ACCESS_KEY, SECRET_KEY)
        }
        Scheme::BlendVisionBearer => {
            Credentials::blendvision(stand_in.token, stand_in.org_id.unwrap_or_default())
        }
    };
    let credentials = if stand_in.security_token {
        credentials.with_security_token(stand_in.token)
    } else {
        credentials
    };
    let context = SigningContext::new(SigningTime::UNIX_EPOCH).with_nonce("nonce");
    Ok(sign(scheme, &credentials, request, &context)?.added)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credentials_of_another_vendor_are_refused() {
        let error = sign(
            Scheme::NaverApigwV2,
            &Credentials::huawei("AK", "SK"),
            SignableRequest::new("GET", "https://h.example.com/"),
            &SigningContext::new(SigningTime::UNIX_EPOCH),
        )
        .unwrap_err();
        assert_eq!(error.code(), "signing.wrong_credentials");
        assert_eq!(error.field(), "credentials");
    }

    #[test]
    fn missing_keys_are_named_and_secrets_never_appear_in_errors() {
        let context = SigningContext::new(SigningTime::UNIX_EPOCH).with_nonce("n");
        let request = || {
            SignableRequest::new("GET", "https://h.example.com/?Action=A&Version=V")
                .with_header("x-acs-action", "A")
                .with_header("x-acs-version", "V")
        };
        let cases = [
            (
                Scheme::HuaweiSdkHmacSha256,
                Credentials::huawei("", "SECRET-1"),
                "access_key",
            ),
            (
                Scheme::HuaweiSdkHmacSha256,
                Credentials::huawei("AK", ""),
                "secret_key",
            ),
            (
                Scheme::NaverApigwV2,
                Credentials::naver("AK", ""),
                "secret_key",
            ),
            (
                Scheme::AlibabaRpcHmacSha1,
                Credentials::alibaba("", "SECRET-1"),
                "access_key",
            ),
            (
                Scheme::AlibabaAcs3HmacSha256,
                Credentials::alibaba("AK", "SECRET-1").with_security_token("SECRET-2\n"),
                "security_token",
            ),
            (
                Scheme::BlendVisionBearer,
                Credentials::blendvision("", "org"),
                "api_token",
            ),
            (
                Scheme::BlendVisionBearer,
                Credentials::blendvision("SECRET-2", ""),
                "org_id",
            ),
            (
                Scheme::BlendVisionBearer,
                Credentials::blendvision("SECRET-2\r\nX: y", "org"),
                "api_token",
            ),
        ];
        for (scheme, credentials, field) in cases {
            let error = sign(scheme, &credentials, request(), &context).unwrap_err();
            assert_eq!(error.field(), field, "{scheme}");
            let shown = format!("{error} {error:?} {:?}", error.hint());
            assert!(!shown.contains("SECRET"), "{shown}");
        }
    }

    #[test]
    fn signed_request_debug_hides_tokens() {
        let context = SigningContext::new(SigningTime::UNIX_EPOCH).with_nonce("n");
        let signed = sign(
            Scheme::AlibabaRpcHmacSha1,
            &Credentials::alibaba("AK", "SECRET-1").with_security_token("SECRET-2"),
            SignableRequest::new("GET", "https://h.example.com/?Action=A&Version=V"),
            &context,
        )
        .unwrap();
        let debug = format!("{signed:?}");
        assert!(!debug.contains("SECRET"), "{debug}");
        let signed = sign(
            Scheme::BlendVisionBearer,
            &Credentials::blendvision("SECRET-2", "org"),
            SignableRequest::new("GET", "https://h.example.com/"),
            &context,
        )
        .unwrap();
        assert!(!format!("{signed:#?}").contains("SECRET"));
    }

    #[test]
    fn describe_tells_what_signing_adds_with_stand_ins() {
        let stand_in = StandIn {
            token: "TOKEN-STAND-IN",
            security_token: true,
            project_id: Some("p1"),
            org_id: Some("org-1"),
        };
        let request = || SignableRequest::new("GET", "https://h.example.com/?Action=A&Version=V");
        let bearer = describe(Scheme::BlendVisionBearer, request(), &stand_in).unwrap();
        assert_eq!(bearer[0].name, "Authorization");
        assert_eq!(bearer[0].value, "Bearer TOKEN-STAND-IN");
        assert_eq!(
            (bearer[1].name.as_str(), bearer[1].value.as_str()),
            ("x-bv-org-id", "org-1")
        );
        let huawei = describe(Scheme::HuaweiSdkHmacSha256, request(), &stand_in).unwrap();
        let token = huawei.iter().find(|a| a.what.made == Made::Token).unwrap();
        assert_eq!(
            (token.name.as_str(), token.value.as_str()),
            ("X-Security-Token", "TOKEN-STAND-IN")
        );
        for scheme in Scheme::ALL {
            let added = describe(
                scheme,
                request()
                    .with_header("x-acs-action", "A")
                    .with_header("x-acs-version", "V"),
                &stand_in,
            )
            .unwrap();
            assert!(!added.is_empty(), "{scheme}");
            assert!(
                added.iter().all(|a| scheme.adds().contains(&a.what)),
                "{scheme}"
            );
        }
    }
}
