//! Alibaba Cloud V3 signature, `ACS3-HMAC-SHA256`.

use livedesk_secrets::ExposeSecret;

use crate::added::{Addition, Made};
use crate::canonical::{acs3_uri, canonical_headers, lines, sorted_query};
use crate::credentials::{check_id, check_optional_sent_secret, check_secret};
use crate::crypto::{hmac_sha256, sha256_hex, to_hex};
use crate::encoding::parse_query;
use crate::request::{check_header_value, remove_header, Prepared};
use crate::{AlibabaCredentials, SignError, SignedRequest, SigningContext};

const ALGORITHM: &str = "ACS3-HMAC-SHA256";
const CONTENT_SHA256: &str = "x-acs-content-sha256";

/// What signing adds, in the order of the spec's list.
pub(crate) const ADDS: &[Addition] = &[
    Addition::header("host", Made::Host, "HOST", "the server"),
    Addition::header("x-acs-date", Made::Time, "ALIBABA_DATE", "the time"),
    Addition::header(
        "x-acs-signature-nonce",
        Made::Nonce,
        "ALIBABA_NONCE",
        "used once",
    ),
    Addition::header(
        CONTENT_SHA256,
        Made::Body,
        "ALIBABA_CONTENT_SHA256",
        "the body's hash",
    ),
    Addition::header(
        "x-acs-security-token",
        Made::Token,
        "ALIBABA_SECURITY_TOKEN",
        "the temporary security token",
    ),
    Addition::header(
        "Authorization",
        Made::Signature,
        "ALIBABA_AUTHORIZATION",
        "signed with the AccessKey secret, ACS3-HMAC-SHA256",
    ),
];

/// How to sign by hand, for "copy as curl".
pub(crate) const BY_HAND: &str =
    "# Alibaba Cloud signs every request (ACS3-HMAC-SHA256) with your AccessKey \
     secret ($ALIBABA_ACCESS_KEY_SECRET):\n# set ALIBABA_DATE (UTC), ALIBABA_NONCE \
     (unique) and ALIBABA_AUTHORIZATION computed for exactly this request.";

pub(crate) fn sign(
    credentials: &AlibabaCredentials,
    mut request: Prepared,
    context: &SigningContext,
) -> Result<SignedRequest, SignError> {
    check_id("access_key", &credentials.access_key_id)?;
    check_secret("secret_key", &credentials.access_key_secret)?;
    check_optional_sent_secret("security_token", credentials.security_token.as_ref())?;

    // Re-signing replaces the old signature instead of signing it.
    remove_header(&mut request.headers, "Authorization");
    // The API and its version cannot be guessed: the caller names them.
    for required in ["x-acs-action", "x-acs-version"] {
        if request.header(required).is_none() {
            return Err(SignError::missing(format!("headers.{required}")));
        }
    }
    // Missing headers are added in the order of the spec's list; present ones are kept.
    if request.header("host").is_none() {
        let host = request.host();
        request.headers.push(("host".into(), host));
    }
    if request.header("x-acs-date").is_none() {
        let date = context.time.to_iso8601();
        request.headers.push(("x-acs-date".into(), date));
    }
    if request.header("x-acs-signature-nonce").is_none() {
        let nonce = match context.nonce.as_deref() {
            Some("") | None => return Err(SignError::missing("nonce")),
            Some(nonce) => nonce,
        };
        check_header_value("nonce", nonce)?;
        request
            .headers
            .push(("x-acs-signature-nonce".into(), nonce.into()));
    }
    if request.header(CONTENT_SHA256).is_none() {
        let hash = sha256_hex(request.body());
        request.headers.push((CONTENT_SHA256.into(), hash));
    }
    if let Some(token) = &credentials.security_token {
        let token = token.expose_secret();
        match request.header("x-acs-security-token") {
            Some(present) if present != token => {
                return Err(SignError::conflict("headers.x-acs-security-token"))
            }
            Some(_) => {}
            None => request
                .headers
                .push(("x-acs-security-token".into(), token.into())),
        }
    }

    let query = sorted_query(&parse_query(request.url.query().unwrap_or("").as_bytes()));
    let signed = canonical_headers(&request.headers);
    // The header as sent is what the server hashes against.
    let payload = request.header(CONTENT_SHA256).unwrap_or_default();
    let canonical_request = lines(&[
        &request.method,
        &acs3_uri(request.url.path()),
        &query,
        &signed.block,
        &signed.signed,
        payload,
    ]);
    let string_to_sign = lines(&[ALGORITHM, &sha256_hex(canonical_request.as_bytes())]);
    let signature = to_hex(&hmac_sha256(
        credentials.access_key_secret.expose_secret().as_bytes(),
        string_to_sign.as_bytes(),
    ));
    request.headers.push((
        "Authorization".into(),
        format!(
            "{ALGORITHM} Credential={},SignedHeaders={},Signature={signature}",
            credentials.access_key_id, signed.signed
        ),
    ));
    // Sent as signed, so the server cannot read the query differently.
    request.set_query(query);
    Ok(request.finish(
        Some(canonical_request),
        Some(string_to_sign),
        Some(signature),
    ))
}

#[cfg(test)]
mod tests {
    use crate::{
        sign, Credentials, Scheme, SignError, SignableRequest, SignedRequest, SigningContext,
        SigningTime,
    };

    const EMPTY_SHA256: &str = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    fn context() -> SigningContext {
        SigningContext::new(
            SigningTime::parse_iso8601("timestamp", "2023-10-26T10:22:32Z").unwrap(),
        )
        .with_nonce("3156853299f313e23d1673dc12e1703d")
    }

    fn signed(
        credentials: &Credentials,
        request: SignableRequest,
    ) -> Result<SignedRequest, SignError> {
        sign(
            Scheme::AlibabaAcs3HmacSha256,
            credentials,
            request,
            &context(),
        )
    }

    const DOC_URL: &str = "https://ecs.cn-shanghai.aliyuncs.com/?ImageId=win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd&RegionId=cn-shanghai";
    const DOC_SIGNATURE: &str = "06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0";

    fn check_doc_example(signed: &SignedRequest) {
        assert_eq!(
            signed.canonical_request.as_deref(),
            Some("POST\n/\nImageId=win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd&RegionId=cn-shanghai\nhost:ecs.cn-shanghai.aliyuncs.com\nx-acs-action:RunInstances\nx-acs-content-sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\nx-acs-date:2023-10-26T10:22:32Z\nx-acs-signature-nonce:3156853299f313e23d1673dc12e1703d\nx-acs-version:2014-05-26\n\nhost;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        );
        assert_eq!(
            signed.string_to_sign.as_deref(),
            Some("ACS3-HMAC-SHA256\n7ea06492da5221eba5297e897ce16e55f964061054b7695beedaac1145b1e259")
        );
        assert_eq!(signed.signature.as_deref(), Some(DOC_SIGNATURE));
        assert_eq!(
            signed.header("Authorization"),
            Some(format!("ACS3-HMAC-SHA256 Credential=YourAccessKeyId,SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,Signature={DOC_SIGNATURE}").as_str())
        );
        assert_eq!(signed.url, DOC_URL);
    }

    #[test]
    fn vendor_doc_example_with_every_header_given() {
        let request = SignableRequest::new("POST", DOC_URL)
            .with_header("host", "ecs.cn-shanghai.aliyuncs.com")
            .with_header("x-acs-action", "RunInstances")
            .with_header("x-acs-version", "2014-05-26")
            .with_header("x-acs-date", "2023-10-26T10:22:32Z")
            .with_header("x-acs-signature-nonce", "3156853299f313e23d1673dc12e1703d")
            .with_header("x-acs-content-sha256", EMPTY_SHA256)
            .with_body("");
        let signed = signed(
            &Credentials::alibaba("YourAccessKeyId", "YourAccessKeySecret"),
            request,
        )
        .unwrap();
        check_doc_example(&signed);
        assert_eq!(signed.headers.len(), 7);
        assert_eq!(signed.headers[6].0, "Authorization");
    }

    #[test]
    fn vendor_doc_example_with_headers_added() {
        let request = SignableRequest::new("POST", "https://ecs.cn-shanghai.aliyuncs.com/?RegionId=cn-shanghai&ImageId=win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd")
            .with_header("x-acs-action", "RunInstances")
            .with_header("x-acs-version", "2014-05-26");
        let signed = signed(
            &Credentials::alibaba("YourAccessKeyId", "YourAccessKeySecret"),
            request,
        )
        .unwrap();
        check_doc_example(&signed);
        let names: Vec<&str> = signed.headers.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(
            names,
            [
                "x-acs-action",
                "x-acs-version",
                "host",
                "x-acs-date",
                "x-acs-signature-nonce",
                "x-acs-content-sha256",
                "Authorization"
            ]
        );
    }

    #[test]
    fn every_header_is_signed_and_the_body_hashed() {
        let signed = signed(
            &Credentials::alibaba("id", "secret").with_security_token("tok"),
            SignableRequest::new("POST", "https://live.aliyuncs.com/a%20b/c?z=1&a=%2A")
                .with_header("x-acs-action", "A")
                .with_header("x-acs-version", "V")
                .with_header("Content-Type", "application/json")
                .with_body("{}"),
        )
        .unwrap();
        let canonical = signed.canonical_request.unwrap();
        assert!(
            canonical.starts_with("POST\n/a%20b/c\na=%2A&z=1\ncontent-type:application/json\n"),
            "{canonical}"
        );
        assert!(canonical.contains("\nx-acs-security-token:tok\n"));
        assert!(canonical.ends_with(&crate::crypto::sha256_hex(b"{}")));
        assert!(signed
            .headers
            .iter()
            .any(|(n, v)| n == "x-acs-security-token" && v == "tok"));
    }

    #[test]
    fn missing_action_version_or_nonce_are_named() {
        let credentials = Credentials::alibaba("id", "secret");
        let request = SignableRequest::new("GET", "https://h.example.com/");
        let error = signed(
            &credentials,
            request.clone().with_header("x-acs-version", "V"),
        )
        .unwrap_err();
        assert_eq!(error.field(), "headers.x-acs-action");
        let error = signed(
            &credentials,
            request.clone().with_header("x-acs-action", "A"),
        )
        .unwrap_err();
        assert_eq!(error.field(), "headers.x-acs-version");
        let error = sign(
            Scheme::AlibabaAcs3HmacSha256,
            &credentials,
            request
                .with_header("x-acs-action", "A")
                .with_header("x-acs-version", "V"),
            &SigningContext::new(SigningTime::UNIX_EPOCH).with_nonce("a\nb"),
        )
        .unwrap_err();
        assert_eq!(error.field(), "nonce");
    }
}
