//! Huawei Cloud `SDK-HMAC-SHA256` (AK/SK), as the official SDKs sign.

use livedesk_secrets::ExposeSecret;

use crate::added::{Addition, Made};
use crate::canonical::{canonical_headers, huawei_uri, lines, sorted_query};
use crate::credentials::{check_id, check_optional_sent_secret, check_secret};
use crate::crypto::{hmac_sha256, sha256_hex, to_hex};
use crate::encoding::parse_query;
use crate::request::{remove_header, starts_with_ignore_case, Prepared};
use crate::{HuaweiCredentials, SignError, SignedRequest, SigningContext, SigningTime};

const ALGORITHM: &str = "SDK-HMAC-SHA256";
const DATE: &str = "X-Sdk-Date";
const CONTENT_SHA256: &str = "X-Sdk-Content-Sha256";
const UNSIGNED_PAYLOAD: &str = "UNSIGNED-PAYLOAD";
const PROJECT_ID: &str = "X-Project-Id";
const SECURITY_TOKEN: &str = "X-Security-Token";

/// What signing adds, in the order the Python SDK adds it.
pub(crate) const ADDS: &[Addition] = &[
    Addition::header(
        PROJECT_ID,
        Made::Account,
        "HUAWEI_PROJECT_ID",
        "the project",
    ),
    Addition::header(
        SECURITY_TOKEN,
        Made::Token,
        "HUAWEI_SECURITY_TOKEN",
        "the temporary security token",
    ),
    Addition::header(
        CONTENT_SHA256,
        Made::Scheme,
        "HUAWEI_CONTENT_SHA256",
        "the body is not signed",
    ),
    Addition::header(DATE, Made::Time, "HUAWEI_SDK_DATE", "the time"),
    Addition::header("Host", Made::Host, "HOST", "the server"),
    Addition::header(
        "Authorization",
        Made::Signature,
        "HUAWEI_AUTHORIZATION",
        "signed with the account's secret key, SDK-HMAC-SHA256",
    ),
];

/// How to sign by hand, for "copy as curl".
pub(crate) const BY_HAND: &str =
    "# Huawei Cloud signs every request (SDK-HMAC-SHA256) with your access key and \
     secret key ($HUAWEI_AK, $HUAWEI_SK)\n# and the time: set HUAWEI_SDK_DATE \
     (YYYYMMDDTHHMMSSZ, UTC) and HUAWEI_AUTHORIZATION computed for exactly this \
     request.";

pub(crate) fn sign(
    credentials: &HuaweiCredentials,
    mut request: Prepared,
    context: &SigningContext,
) -> Result<SignedRequest, SignError> {
    check_id("access_key", &credentials.access_key)?;
    check_secret("secret_key", &credentials.secret_key)?;
    check_optional_sent_secret("security_token", credentials.security_token.as_ref())?;
    if let Some(project_id) = &credentials.project_id {
        check_id("project_id", project_id)?;
    }

    // Re-signing replaces the old signature instead of signing it.
    remove_header(&mut request.headers, "Authorization");

    // Headers are added in the order the Python SDK adds them; one already on the request
    // is kept (the SDKs only fill in what is missing), unless it names other credentials.
    if let Some(project_id) = &credentials.project_id {
        add_or_match(&mut request, PROJECT_ID, project_id)?;
    }
    if let Some(token) = &credentials.security_token {
        add_or_match(&mut request, SECURITY_TOKEN, token.expose_secret())?;
    }
    // The SDK hashes JSON bodies only; anything else (uploads) goes unsigned.
    let not_json = request
        .header("Content-Type")
        .is_some_and(|ct| !starts_with_ignore_case(ct, "application/json"));
    if not_json && request.header(CONTENT_SHA256).is_none() {
        request
            .headers
            .push((CONTENT_SHA256.into(), UNSIGNED_PAYLOAD.into()));
    }
    let date = match request.header(DATE) {
        Some(date) => {
            SigningTime::parse_basic(&format!("headers.{DATE}"), date)?;
            date.to_owned()
        }
        None => {
            let date = context.time.to_basic();
            request.headers.push((DATE.into(), date.clone()));
            date
        }
    };
    if request.header("Host").is_none() {
        let host = request.host();
        request.headers.push(("Host".into(), host));
    }

    let query = sorted_query(&parse_query(request.url.query().unwrap_or("").as_bytes()));
    // As the SDK does: names with `_` are left out (some gateways drop such headers).
    let signed = canonical_headers(request.headers.iter().filter(|(n, _)| !n.contains('_')));
    let payload = match request.header(CONTENT_SHA256) {
        Some(given) => given.to_owned(),
        None => sha256_hex(request.body()),
    };
    // The header block ends with its own newline, hence the blank line before the names.
    let canonical_request = lines(&[
        &request.method,
        &huawei_uri(request.url.path()),
        &query,
        &signed.block,
        &signed.signed,
        &payload,
    ]);
    let string_to_sign = lines(&[ALGORITHM, &date, &sha256_hex(canonical_request.as_bytes())]);
    let signature = to_hex(&hmac_sha256(
        credentials.secret_key.expose_secret().as_bytes(),
        string_to_sign.as_bytes(),
    ));
    request.headers.push((
        "Authorization".into(),
        format!(
            "{ALGORITHM} Access={}, SignedHeaders={}, Signature={signature}",
            credentials.access_key, signed.signed
        ),
    ));
    // The SDK sends the canonical query, so what is signed is byte for byte what is sent.
    request.set_query(query);
    Ok(request.finish(
        Some(canonical_request),
        Some(string_to_sign),
        Some(signature),
    ))
}

fn add_or_match(request: &mut Prepared, name: &str, value: &str) -> Result<(), SignError> {
    match request.header(name) {
        Some(present) if present == value => Ok(()),
        Some(_) => Err(SignError::conflict(format!("headers.{name}"))),
        None => {
            request.headers.push((name.into(), value.into()));
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{sign as sign_any, Credentials, Scheme, SignableRequest};

    fn context(date: &str) -> SigningContext {
        SigningContext::new(SigningTime::parse_basic("timestamp", date).unwrap())
    }

    fn sign(credentials: &Credentials, request: SignableRequest) -> SignedRequest {
        sign_any(
            Scheme::HuaweiSdkHmacSha256,
            credentials,
            request,
            &context("20200608T023900Z"),
        )
        .unwrap()
    }

    #[test]
    fn vendor_doc_example() {
        let request = SignableRequest::new(
            "GET",
            "https://service.region.example.com/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs?limit=2&marker=13551d6b-755d-4757-b956-536f674975c0",
        )
        .with_header("Content-Type", "application/json")
        .with_header("X-Sdk-Date", "20191115T033655Z")
        .with_body("");
        let credentials = Credentials::huawei(
            "QTWAOYTTINDUT2QVKYUC",
            "MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc",
        );
        let signed = sign(&credentials, request);
        assert_eq!(
            signed.canonical_request.as_deref(),
            Some("GET\n/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs/\nlimit=2&marker=13551d6b-755d-4757-b956-536f674975c0\ncontent-type:application/json\nhost:service.region.example.com\nx-sdk-date:20191115T033655Z\n\ncontent-type;host;x-sdk-date\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        );
        assert_eq!(
            signed.string_to_sign.as_deref(),
            Some("SDK-HMAC-SHA256\n20191115T033655Z\nb25362e603ee30f4f25e7858e8a7160fd36e803bb2dfe206278659d71a9bcd7a")
        );
        let signature = "7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe";
        assert_eq!(signed.signature.as_deref(), Some(signature));
        assert_eq!(
            signed.headers,
            [
                ("Content-Type", "application/json"),
                ("X-Sdk-Date", "20191115T033655Z"),
                ("Host", "service.region.example.com"),
                ("Authorization", &format!("SDK-HMAC-SHA256 Access=QTWAOYTTINDUT2QVKYUC, SignedHeaders=content-type;host;x-sdk-date, Signature={signature}")),
            ]
            .map(|(n, v)| (n.to_owned(), v.to_owned()))
        );
        assert_eq!(
            signed.url,
            "https://service.region.example.com/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs?limit=2&marker=13551d6b-755d-4757-b956-536f674975c0"
        );
    }

    fn sdk_test_request(method: &str) -> SignableRequest {
        SignableRequest::new(
            method,
            "https://service.endpoint.myhuaweicloud.com/resources?size=1",
        )
        .with_header("X-Sdk-Date", "20200608T023900Z")
        .with_header("TEST_UNDERSCORE", "TEST_VALUE")
    }

    #[test]
    fn sdk_test_get_leaves_underscore_headers_unsigned() {
        let signed = sign(
            &Credentials::huawei("AccessKey", "SecretKey"),
            sdk_test_request("GET").with_body(""),
        );
        assert_eq!(
            signed.string_to_sign.as_deref(),
            Some("SDK-HMAC-SHA256\n20200608T023900Z\nde94dd1e1ccdb730b403ce35d7e14f7c7b04337f6def1c3a3a2ba936852b133f")
        );
        assert_eq!(
            signed.header("Authorization"),
            Some("SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=host;x-sdk-date, Signature=cfb4171acec81de07d50e53d57eb77edd537414d66ddb1d7d780f128e12cd842")
        );
        assert_eq!(signed.header("TEST_UNDERSCORE"), Some("TEST_VALUE"));
    }

    #[test]
    fn sdk_test_post_hashes_a_json_body_without_content_type() {
        let signed = sign(
            &Credentials::huawei("AccessKey", "SecretKey"),
            sdk_test_request("POST").with_body(r#"{"name":"test","id":1}"#),
        );
        assert_eq!(
            signed.canonical_request.as_deref(),
            Some("POST\n/resources/\nsize=1\nhost:service.endpoint.myhuaweicloud.com\nx-sdk-date:20200608T023900Z\n\nhost;x-sdk-date\n8ed555081b9961769014bc1182c629bb0fe68d7b01c1fc1caab4dc791f377e8c")
        );
        assert_eq!(
            signed.signature.as_deref(),
            Some("436b1ac0a1ae03705934bb70ef2f2e09f7bfed2117d731a38235053199323a1f")
        );
    }

    #[test]
    fn adds_date_project_token_and_host_in_sdk_order() {
        let credentials = Credentials::huawei("AK", "SK")
            .with_project_id("p1")
            .with_security_token("tok");
        let signed = sign(
            &credentials,
            SignableRequest::new(
                "put",
                "https://live.cn-north-4.myhuaweicloud.com:8443/v1/p1/x",
            )
            .with_header("Content-Type", "application/json; charset=utf-8")
            .with_body("{}"),
        );
        let names: Vec<&str> = signed.headers.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(
            names,
            [
                "Content-Type",
                "X-Project-Id",
                "X-Security-Token",
                "X-Sdk-Date",
                "Host",
                "Authorization"
            ]
        );
        assert_eq!(signed.method, "PUT");
        assert_eq!(signed.header("X-Sdk-Date"), Some("20200608T023900Z"));
        assert_eq!(
            signed.header("Host"),
            Some("live.cn-north-4.myhuaweicloud.com:8443")
        );
        assert!(signed
            .header("Authorization")
            .unwrap()
            .contains("SignedHeaders=content-type;host;x-project-id;x-sdk-date;x-security-token,"));
        assert!(signed
            .canonical_request
            .unwrap()
            .ends_with(&sha256_hex(b"{}")));
    }

    #[test]
    fn a_body_that_is_not_json_goes_unsigned() {
        let signed = sign(
            &Credentials::huawei("AK", "SK"),
            SignableRequest::new("PUT", "https://h.example.com/upload")
                .with_header("Content-Type", "application/octet-stream")
                .with_body(vec![0u8, 159, 146, 150]),
        );
        assert_eq!(signed.header(CONTENT_SHA256), Some(UNSIGNED_PAYLOAD));
        let canonical = signed.canonical_request.unwrap();
        assert!(canonical.ends_with("\nUNSIGNED-PAYLOAD"), "{canonical}");
        assert!(canonical.contains("x-sdk-content-sha256:UNSIGNED-PAYLOAD\n"));
    }

    #[test]
    fn the_query_is_sent_in_canonical_form() {
        let signed = sign(
            &Credentials::huawei("AK", "SK"),
            SignableRequest::new("GET", "https://h.example.com/a%2Fb/c d?z=1&a=x+y&a=%2B&k"),
        );
        assert_eq!(
            signed.url,
            "https://h.example.com/a%2Fb/c%20d?a=%2B&a=x%20y&k=&z=1"
        );
        let canonical = signed.canonical_request.unwrap();
        assert!(
            canonical.starts_with("GET\n/a/b/c%20d/\na=%2B&a=x%20y&k=&z=1\n"),
            "{canonical}"
        );
    }

    #[test]
    fn headers_already_present_are_kept_unless_they_name_other_credentials() {
        let signed = sign(
            &Credentials::huawei("AK", "SK").with_project_id("p1"),
            SignableRequest::new("GET", "https://h.example.com/")
                .with_header("host", "proxy.example.com")
                .with_header("x-project-id", "p1")
                .with_header("Authorization", "old"),
        );
        assert_eq!(signed.header("Host"), Some("proxy.example.com"));
        assert_eq!(signed.headers.len(), 4);
        assert_ne!(signed.header("Authorization"), Some("old"));

        let error = sign_any(
            Scheme::HuaweiSdkHmacSha256,
            &Credentials::huawei("AK", "SK").with_project_id("p1"),
            SignableRequest::new("GET", "https://h.example.com/").with_header("X-Project-Id", "p2"),
            &context("20200608T023900Z"),
        )
        .unwrap_err();
        assert_eq!(error.field(), "headers.X-Project-Id");
        assert_eq!(error.code(), "signing.conflicts_with_credentials");
    }

    #[test]
    fn a_malformed_date_header_is_named() {
        let error = sign_any(
            Scheme::HuaweiSdkHmacSha256,
            &Credentials::huawei("AK", "SK"),
            SignableRequest::new("GET", "https://h.example.com/")
                .with_header("X-Sdk-Date", "today"),
            &context("20200608T023900Z"),
        )
        .unwrap_err();
        assert_eq!(error.field(), "headers.X-Sdk-Date");
    }
}
