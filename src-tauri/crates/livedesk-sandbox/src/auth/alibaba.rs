//! Alibaba Cloud RPC authentication: signature v1.0 (HMAC-SHA1, in parameters) and
//! V3 (`ACS3-HMAC-SHA256`, in headers). The service accepts both.

use super::{auth_items, hmac_sha1, hmac_sha256, sha256_hex};
use crate::encoding::{encode_rfc3986, form_pairs};
use crate::timefmt;
use crate::wire::Req;
use base64::Engine;

/// The service's tolerance for `Timestamp` / `x-acs-date` against its own clock.
pub(crate) const MAX_SKEW_MS: i64 = 15 * 60 * 1000;
const V3_ALGORITHM: &str = "ACS3-HMAC-SHA256";

#[derive(Debug, PartialEq, Eq)]
pub(crate) enum AuthError {
    /// A common parameter is absent; the code is `Missing{name}`.
    Missing(&'static str),
    IncompleteSignature,
    InvalidSignatureMethod,
    InvalidSignatureVersion,
    TimestampFormat,
    Expired,
    UnknownAccessKey,
    SignatureMismatch {
        string_to_sign: String,
    },
}

/// A request whose signature holds; the nonce is still to be checked for reuse.
#[derive(Debug)]
pub(crate) struct Verified {
    pub access_key_id: String,
    pub nonce: String,
    pub action: Option<String>,
    pub version: Option<String>,
    /// Operation parameters from the query and any form body, decoded, in the order sent.
    pub params: Vec<(String, String)>,
}

/// True when the request carries V3 headers rather than RPC signature parameters.
pub(crate) fn is_v3(req: &Req) -> bool {
    req.header("x-acs-action").is_some()
        || req
            .header("authorization")
            .is_some_and(|a| a.starts_with("ACS3-"))
}

/// Query parameters plus a form-encoded body, decoded: what both schemes sign and the
/// operation reads.
pub(crate) fn request_params(req: &Req) -> Vec<(String, String)> {
    let mut params = form_pairs(&req.query);
    let is_form = req
        .header("content-type")
        .is_some_and(|ct| ct.starts_with("application/x-www-form-urlencoded"));
    if is_form {
        params.extend(form_pairs(&String::from_utf8_lossy(&req.body)));
    }
    params
}

/// Sorted by key (byte order) then value, keys and values RFC 3986-encoded, `Signature` left out.
pub(crate) fn rpc_canonical_query(params: &[(String, String)]) -> String {
    let mut sorted: Vec<&(String, String)> =
        params.iter().filter(|(k, _)| k != "Signature").collect();
    sorted.sort();
    sorted
        .iter()
        .map(|(k, v)| format!("{}={}", encode_rfc3986(k), encode_rfc3986(v)))
        .collect::<Vec<_>>()
        .join("&")
}

pub(crate) fn rpc_string_to_sign(method: &str, canonical_query: &str) -> String {
    format!(
        "{method}&{}&{}",
        encode_rfc3986("/"),
        encode_rfc3986(canonical_query)
    )
}

pub(crate) fn rpc_signature(secret: &str, string_to_sign: &str) -> String {
    let key = format!("{secret}&");
    base64::engine::general_purpose::STANDARD
        .encode(hmac_sha1(key.as_bytes(), string_to_sign.as_bytes()))
}

/// `headers` are (lower-case name, value) as received; only `signed` ones are used.
pub(crate) fn v3_canonical_request(
    method: &str,
    path: &str,
    query_params: &[(String, String)],
    headers: &[(String, String)],
    signed: &[String],
    payload_hash: &str,
) -> String {
    let mut query: Vec<(String, String)> = query_params
        .iter()
        .map(|(k, v)| (encode_rfc3986(k), encode_rfc3986(v)))
        .collect();
    query.sort();
    let query = query
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join("&");
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
        "{method}\n{path}\n{query}\n{header_block}\n{}\n{payload_hash}",
        sorted.join(";")
    )
}

pub(crate) fn v3_string_to_sign(canonical_request: &str) -> String {
    format!(
        "{V3_ALGORITHM}\n{}",
        sha256_hex(canonical_request.as_bytes())
    )
}

pub(crate) fn v3_signature(secret: &str, string_to_sign: &str) -> String {
    hex::encode(hmac_sha256(secret.as_bytes(), string_to_sign.as_bytes()))
}

fn check_time(req: &Req, timestamp: &str) -> Result<(), AuthError> {
    let ms = timefmt::parse_iso(timestamp).ok_or(AuthError::TimestampFormat)?;
    if (req.now_ms - ms).abs() > MAX_SKEW_MS {
        return Err(AuthError::Expired);
    }
    Ok(())
}

fn first<'a>(params: &'a [(String, String)], key: &str) -> Option<&'a str> {
    params
        .iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.as_str())
}

pub(crate) fn verify<'k>(
    req: &Req,
    secret_for: impl Fn(&str) -> Option<&'k str>,
) -> Result<Verified, AuthError> {
    if is_v3(req) {
        verify_v3(req, secret_for)
    } else {
        verify_rpc(req, secret_for)
    }
}

fn verify_rpc<'k>(
    req: &Req,
    secret_for: impl Fn(&str) -> Option<&'k str>,
) -> Result<Verified, AuthError> {
    let params = request_params(req);
    let need = |key: &'static str| first(&params, key).ok_or(AuthError::Missing(key));
    let access_key_id = need("AccessKeyId")?;
    let sent = need("Signature")?;
    if need("SignatureMethod")? != "HMAC-SHA1" {
        return Err(AuthError::InvalidSignatureMethod);
    }
    if need("SignatureVersion")? != "1.0" {
        return Err(AuthError::InvalidSignatureVersion);
    }
    let nonce = need("SignatureNonce")?;
    check_time(req, need("Timestamp")?)?;
    let secret = secret_for(access_key_id).ok_or(AuthError::UnknownAccessKey)?;
    let sts = rpc_string_to_sign(req.method.as_str(), &rpc_canonical_query(&params));
    if rpc_signature(secret, &sts) != sent {
        return Err(AuthError::SignatureMismatch {
            string_to_sign: sts,
        });
    }
    Ok(Verified {
        access_key_id: access_key_id.to_owned(),
        nonce: nonce.to_owned(),
        action: first(&params, "Action").map(str::to_owned),
        version: first(&params, "Version").map(str::to_owned),
        params,
    })
}

fn verify_v3<'k>(
    req: &Req,
    secret_for: impl Fn(&str) -> Option<&'k str>,
) -> Result<Verified, AuthError> {
    let header = req
        .header("authorization")
        .ok_or(AuthError::IncompleteSignature)?;
    let (algorithm, rest) = header
        .split_once(' ')
        .ok_or(AuthError::IncompleteSignature)?;
    if algorithm != V3_ALGORITHM {
        return Err(AuthError::InvalidSignatureMethod);
    }
    let items = auth_items(rest);
    let get = |key: &str| items.iter().find(|(k, _)| *k == key).map(|(_, v)| *v);
    let (Some(access_key_id), Some(signed), Some(sent)) =
        (get("Credential"), get("SignedHeaders"), get("Signature"))
    else {
        return Err(AuthError::IncompleteSignature);
    };
    let signed: Vec<String> = signed
        .split(';')
        .map(|h| h.trim().to_ascii_lowercase())
        .filter(|h| !h.is_empty())
        .collect();
    let nonce = req
        .header("x-acs-signature-nonce")
        .ok_or(AuthError::Missing("SignatureNonce"))?;
    let date = req
        .header("x-acs-date")
        .ok_or(AuthError::Missing("Timestamp"))?;
    check_time(req, date)?;
    let secret = secret_for(access_key_id).ok_or(AuthError::UnknownAccessKey)?;
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
    let canonical = v3_canonical_request(
        req.method.as_str(),
        &req.path,
        &form_pairs(&req.query),
        &headers,
        &signed,
        &sha256_hex(&req.body),
    );
    let sts = v3_string_to_sign(&canonical);
    if !v3_signature(secret, &sts).eq_ignore_ascii_case(sent) {
        return Err(AuthError::SignatureMismatch {
            string_to_sign: sts,
        });
    }
    Ok(Verified {
        access_key_id: access_key_id.to_owned(),
        nonce: nonce.to_owned(),
        action: req.header("x-acs-action").map(str::to_owned),
        version: req.header("x-acs-version").map(str::to_owned),
        params: request_params(req),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::auth::examples::{by_id, s};
    use serde_json::Value;

    fn pairs(v: &Value) -> Vec<(String, String)> {
        v.as_array()
            .unwrap()
            .iter()
            .map(|p| {
                (
                    p[0].as_str().unwrap().to_owned(),
                    p[1].as_str().unwrap().to_owned(),
                )
            })
            .collect()
    }

    #[test]
    fn reproduces_the_rpc_doc_example() {
        let ex = by_id("alibaba-rpc-doc-001");
        let params = pairs(&ex["inputs"]["query"]);
        let canonical = rpc_canonical_query(&params);
        assert_eq!(canonical, s(&ex, "/expected/canonical_query_string"));
        let sts = rpc_string_to_sign(s(&ex, "/inputs/method"), &canonical);
        assert_eq!(sts, s(&ex, "/expected/string_to_sign"));
        assert_eq!(
            rpc_signature(s(&ex, "/inputs/secret_key"), &sts),
            s(&ex, "/expected/signature")
        );
    }

    #[test]
    fn rpc_canonical_query_ignores_the_order_sent_and_the_signature() {
        let a = vec![
            ("B".to_owned(), "2".to_owned()),
            ("Signature".to_owned(), "x".to_owned()),
            ("A".to_owned(), "a b*".to_owned()),
        ];
        assert_eq!(rpc_canonical_query(&a), "A=a%20b%2A&B=2");
    }

    #[test]
    fn reproduces_the_v3_doc_example() {
        let ex = by_id("alibaba-v3-doc-001");
        let headers: Vec<(String, String)> = ex["inputs"]["headers"]
            .as_object()
            .unwrap()
            .iter()
            .map(|(k, v)| (k.to_ascii_lowercase(), v.as_str().unwrap().to_owned()))
            .collect();
        let signed: Vec<String> = s(&ex, "/expected/signed_headers")
            .split(';')
            .map(str::to_owned)
            .collect();
        let canonical = v3_canonical_request(
            s(&ex, "/inputs/method"),
            s(&ex, "/inputs/path"),
            &pairs(&ex["inputs"]["query"]),
            &headers,
            &signed,
            &sha256_hex(s(&ex, "/inputs/body").as_bytes()),
        );
        assert_eq!(canonical, s(&ex, "/expected/canonical_request"));
        let sts = v3_string_to_sign(&canonical);
        assert_eq!(sts, s(&ex, "/expected/string_to_sign"));
        assert_eq!(
            v3_signature(s(&ex, "/inputs/secret_key"), &sts),
            s(&ex, "/expected/signature")
        );
    }
}
