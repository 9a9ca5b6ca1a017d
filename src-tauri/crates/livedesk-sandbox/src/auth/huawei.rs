//! Huawei Cloud APIG `SDK-HMAC-SHA256` (AK/SK) verification.

use super::{auth_items, hmac_sha256, sha256_hex};
use crate::encoding::{decode_percent, encode_rfc3986, raw_pairs};
use crate::timefmt;
use crate::wire::Req;

const ALGORITHM: &str = "SDK-HMAC-SHA256";
const UNSIGNED_PAYLOAD: &str = "UNSIGNED-PAYLOAD";
/// The gateway's tolerance for `X-Sdk-Date` against its own clock.
pub(crate) const MAX_SKEW_MS: i64 = 15 * 60 * 1000;

#[derive(Debug, PartialEq, Eq)]
pub(crate) enum AuthError {
    MissingAuthorization,
    MalformedAuthorization,
    UnknownAccessKey(String),
    MissingDate,
    MalformedDate,
    Expired,
    SignatureMismatch,
}

impl AuthError {
    /// The gateway's `error_msg` text after "Incorrect IAM authentication information: ".
    pub fn detail(&self) -> String {
        match self {
            AuthError::MissingAuthorization => "Authorization header not found".into(),
            AuthError::MalformedAuthorization => "Authorization header is malformed".into(),
            AuthError::UnknownAccessKey(ak) => format!("ak {ak} not exist"),
            AuthError::MissingDate => "x-sdk-date not found or not signed".into(),
            AuthError::MalformedDate => "x-sdk-date is malformed".into(),
            AuthError::Expired => "signature expired".into(),
            AuthError::SignatureMismatch => "verify aksk signature fail".into(),
        }
    }
}

/// `Authorization: SDK-HMAC-SHA256 Access=.., SignedHeaders=a;b, Signature=..`
struct Authorization<'a> {
    access: &'a str,
    signed_headers: Vec<String>,
    signature: &'a str,
}

fn parse_authorization(value: &str) -> Option<Authorization<'_>> {
    let rest = value.strip_prefix(ALGORITHM)?.strip_prefix(' ')?;
    let items = auth_items(rest);
    let get = |key: &str| items.iter().find(|(k, _)| *k == key).map(|(_, v)| *v);
    let signed_headers = get("SignedHeaders")?
        .split(';')
        .map(|h| h.trim().to_ascii_lowercase())
        .filter(|h| !h.is_empty())
        .collect::<Vec<_>>();
    Some(Authorization {
        access: get("Access")?,
        signed_headers,
        signature: get("Signature")?,
    })
}

/// Decode the whole path, split on `/`, re-encode each segment, and end with `/`.
pub(crate) fn canonical_uri(raw_path: &str) -> String {
    let decoded = decode_percent(raw_path);
    let mut uri = decoded
        .split('/')
        .map(encode_rfc3986)
        .collect::<Vec<_>>()
        .join("/");
    if !uri.ends_with('/') {
        uri.push('/');
    }
    uri
}

/// Pairs sorted by key then value, both re-encoded; a bare key becomes `key=`.
pub(crate) fn canonical_query(raw_query: &str) -> String {
    let mut pairs: Vec<(String, String)> = raw_pairs(raw_query)
        .map(|(k, v)| {
            (
                encode_rfc3986(&decode_percent(k)),
                encode_rfc3986(&decode_percent(v.unwrap_or(""))),
            )
        })
        .collect();
    pairs.sort();
    pairs
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join("&")
}

/// `headers` are (lower-case name, value) as received; only `signed` ones are used.
pub(crate) fn canonical_request(
    method: &str,
    raw_path: &str,
    raw_query: &str,
    headers: &[(String, String)],
    signed: &[String],
    payload_hash: &str,
) -> String {
    let mut sorted = signed.to_vec();
    sorted.sort();
    let header_block: String = sorted
        .iter()
        .map(|name| {
            let value = headers
                .iter()
                .find(|(n, _)| n == name)
                .map_or("", |(_, v)| v.as_str());
            format!("{name}:{}\n", value.trim())
        })
        .collect();
    format!(
        "{method}\n{}\n{}\n{header_block}\n{}\n{payload_hash}",
        canonical_uri(raw_path),
        canonical_query(raw_query),
        sorted.join(";"),
    )
}

pub(crate) fn string_to_sign(sdk_date: &str, canonical_request: &str) -> String {
    format!(
        "{ALGORITHM}\n{sdk_date}\n{}",
        sha256_hex(canonical_request.as_bytes())
    )
}

pub(crate) fn signature(secret_key: &str, string_to_sign: &str) -> String {
    hex::encode(hmac_sha256(
        secret_key.as_bytes(),
        string_to_sign.as_bytes(),
    ))
}

/// Checks a request the way the IAM gateway does; `secret_for` maps an AK to its SK.
/// Returns the access key that signed it.
pub(crate) fn verify<'k>(
    req: &Req,
    secret_for: impl Fn(&str) -> Option<&'k str>,
) -> Result<String, AuthError> {
    let header = req
        .header("authorization")
        .ok_or(AuthError::MissingAuthorization)?;
    let auth = parse_authorization(header).ok_or(AuthError::MalformedAuthorization)?;
    let secret =
        secret_for(auth.access).ok_or_else(|| AuthError::UnknownAccessKey(auth.access.into()))?;
    if !auth.signed_headers.iter().any(|h| h == "x-sdk-date") {
        return Err(AuthError::MissingDate);
    }
    let sdk_date = req.header("x-sdk-date").ok_or(AuthError::MissingDate)?;
    let date_ms = timefmt::parse_compact(sdk_date).ok_or(AuthError::MalformedDate)?;
    if (req.now_ms - date_ms).abs() > MAX_SKEW_MS {
        return Err(AuthError::Expired);
    }
    let headers: Vec<(String, String)> = req
        .headers
        .iter()
        .map(|(n, v)| {
            (
                n.as_str().to_owned(),
                String::from_utf8_lossy(v.as_bytes()).into_owned(),
            )
        })
        .collect();
    let payload_hash = if req.header("x-sdk-content-sha256") == Some(UNSIGNED_PAYLOAD) {
        UNSIGNED_PAYLOAD.to_owned()
    } else {
        sha256_hex(&req.body)
    };
    let canonical = canonical_request(
        req.method.as_str(),
        &req.path,
        &req.query,
        &headers,
        &auth.signed_headers,
        &payload_hash,
    );
    let expected = signature(secret, &string_to_sign(sdk_date, &canonical));
    if expected.eq_ignore_ascii_case(auth.signature) {
        Ok(auth.access.to_owned())
    } else {
        Err(AuthError::SignatureMismatch)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::auth::examples::{by_id, s};

    fn check_example(id: &str) {
        let ex = by_id(id);
        let inputs = &ex["inputs"];
        let url = s(&ex, "/expected/request_uri");
        let (path, query) = url.split_once('?').unwrap_or((url, ""));
        let mut headers: Vec<(String, String)> = inputs["headers"]
            .as_object()
            .unwrap()
            .iter()
            .map(|(k, v)| (k.to_ascii_lowercase(), v.as_str().unwrap().to_owned()))
            .collect();
        headers.push(("host".into(), s(inputs, "/host").into()));
        let auth = parse_authorization(s(&ex, "/expected/authorization")).unwrap();
        assert_eq!(
            auth.signed_headers.join(";"),
            s(&ex, "/expected/signed_headers")
        );
        let canonical = canonical_request(
            s(inputs, "/method"),
            path,
            query,
            &headers,
            &auth.signed_headers,
            &sha256_hex(s(inputs, "/body").as_bytes()),
        );
        assert_eq!(canonical, s(&ex, "/expected/canonical_request"), "{id}");
        let sts = string_to_sign(s(inputs, "/timestamp"), &canonical);
        assert_eq!(sts, s(&ex, "/expected/string_to_sign"), "{id}");
        let sig = signature(s(inputs, "/secret_key"), &sts);
        assert_eq!(sig, s(&ex, "/expected/signature"), "{id}");
        assert_eq!(auth.signature, sig);
        assert_eq!(auth.access, s(inputs, "/access_key"));
    }

    #[test]
    fn reproduces_the_vendor_doc_example() {
        check_example("huawei-doc-001");
    }

    #[test]
    fn reproduces_the_sdk_test_examples() {
        check_example("huawei-sdktest-001");
        check_example("huawei-sdktest-002");
    }

    #[test]
    fn uri_is_decoded_split_reencoded_and_slash_terminated() {
        assert_eq!(
            canonical_uri("/v1/p/domain/stream-backup"),
            "/v1/p/domain/stream-backup/"
        );
        assert_eq!(canonical_uri("/a%2Fb/c d"), "/a/b/c%20d/");
        assert_eq!(canonical_uri("/"), "/");
    }

    #[test]
    fn query_is_sorted_by_key_then_value_with_bare_keys() {
        assert_eq!(canonical_query("b=2&a=z&a=y&flag"), "a=y&a=z&b=2&flag=");
        assert_eq!(canonical_query("q=a%20b&r=c+d"), "q=a%20b&r=c%2Bd");
    }

    #[test]
    fn authorization_needs_the_algorithm_and_all_three_items() {
        assert!(
            parse_authorization("SDK-HMAC-SHA256 Access=a, SignedHeaders=x, Signature=s").is_some()
        );
        assert!(
            parse_authorization("SDK-HMAC-SHA256 Access=a,SignedHeaders=x,Signature=s").is_some()
        );
        assert!(parse_authorization("HMAC Access=a, SignedHeaders=x, Signature=s").is_none());
        assert!(parse_authorization("SDK-HMAC-SHA256 Access=a, Signature=s").is_none());
    }
}
