//! Client-side signing for the tests, written separately from the sandbox's verifiers (and
//! from the app's signers) so that one misreading of a vendor rule cannot hide in both.

use base64::Engine;
use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};

/// Percent-encodes everything but `A-Z a-z 0-9 - _ . ~`.
pub fn pct(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// `k=v&...` in the given order, both sides encoded.
pub fn query_string(pairs: &[(&str, &str)]) -> String {
    pairs
        .iter()
        .map(|(k, v)| format!("{}={}", pct(k), pct(v)))
        .collect::<Vec<_>>()
        .join("&")
}

fn sha256_hex(data: &[u8]) -> String {
    let digest = Sha256::digest(data);
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

fn hmac256(key: &[u8], msg: &str) -> Vec<u8> {
    let mut mac = Hmac::<Sha256>::new_from_slice(key).unwrap();
    mac.update(msg.as_bytes());
    mac.finalize().into_bytes().to_vec()
}

fn b64(bytes: &[u8]) -> String {
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

/// Huawei `SDK-HMAC-SHA256`: returns the `Authorization` value. `headers` are the headers to
/// sign, as sent (they must include `host` and `x-sdk-date`); `path` has no encoded bytes.
pub fn huawei_authorization(
    ak: &str,
    sk: &str,
    method: &str,
    path: &str,
    query: &[(&str, &str)],
    headers: &[(&str, &str)],
    body: &[u8],
) -> String {
    let mut uri = path.split('/').map(pct).collect::<Vec<_>>().join("/");
    if !uri.ends_with('/') {
        uri.push('/');
    }
    let mut q: Vec<(String, String)> = query.iter().map(|(k, v)| (pct(k), pct(v))).collect();
    q.sort();
    let q = q
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join("&");
    let mut h: Vec<(String, String)> = headers
        .iter()
        .map(|(k, v)| (k.to_lowercase(), v.trim().to_string()))
        .collect();
    h.sort();
    let lines: String = h.iter().map(|(k, v)| format!("{k}:{v}\n")).collect();
    let names = h
        .iter()
        .map(|(k, _)| k.as_str())
        .collect::<Vec<_>>()
        .join(";");
    let date = h
        .iter()
        .find(|(k, _)| k == "x-sdk-date")
        .map(|(_, v)| v.clone())
        .unwrap_or_default();
    let payload = if h
        .iter()
        .any(|(k, v)| k == "x-sdk-content-sha256" && v == "UNSIGNED-PAYLOAD")
    {
        "UNSIGNED-PAYLOAD".to_string()
    } else {
        sha256_hex(body)
    };
    let canonical = format!("{method}\n{uri}\n{q}\n{lines}\n{names}\n{payload}");
    let sts = format!(
        "SDK-HMAC-SHA256\n{date}\n{}",
        sha256_hex(canonical.as_bytes())
    );
    let sig: String = hmac256(sk.as_bytes(), &sts)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    format!("SDK-HMAC-SHA256 Access={ak}, SignedHeaders={names}, Signature={sig}")
}

/// NAVER API Gateway v2: the `x-ncp-apigw-signature-v2` value.
pub fn naver_signature(sk: &str, method: &str, uri: &str, timestamp: &str, ak: &str) -> String {
    b64(&hmac256(
        sk.as_bytes(),
        &format!("{method} {uri}\n{timestamp}\n{ak}"),
    ))
}

/// Alibaba RPC v1.0 string to sign for `params` (everything but `Signature`).
pub fn alibaba_rpc_string_to_sign(method: &str, params: &[(&str, &str)]) -> String {
    let mut sorted: Vec<(&str, &str)> = params.to_vec();
    sorted.sort();
    let canonical = sorted
        .iter()
        .map(|(k, v)| format!("{}={}", pct(k), pct(v)))
        .collect::<Vec<_>>()
        .join("&");
    format!("{method}&%2F&{}", pct(&canonical))
}

pub fn alibaba_rpc_signature(secret: &str, string_to_sign: &str) -> String {
    let mut mac = Hmac::<sha1::Sha1>::new_from_slice(format!("{secret}&").as_bytes()).unwrap();
    mac.update(string_to_sign.as_bytes());
    b64(&mac.finalize().into_bytes())
}

/// Alibaba V3: returns (canonical request, string to sign, `Authorization` value).
/// `headers` must hold every header to sign, as sent.
pub fn alibaba_v3(
    ak: &str,
    secret: &str,
    method: &str,
    query: &[(&str, &str)],
    headers: &[(&str, &str)],
    body: &[u8],
) -> (String, String, String) {
    let mut q: Vec<(String, String)> = query.iter().map(|(k, v)| (pct(k), pct(v))).collect();
    q.sort();
    let q = q
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join("&");
    let mut h: Vec<(String, String)> = headers
        .iter()
        .map(|(k, v)| (k.to_lowercase(), v.trim().to_string()))
        .collect();
    h.sort();
    let lines: String = h.iter().map(|(k, v)| format!("{k}:{v}\n")).collect();
    let names = h
        .iter()
        .map(|(k, _)| k.as_str())
        .collect::<Vec<_>>()
        .join(";");
    let canonical = format!("{method}\n/\n{q}\n{lines}\n{names}\n{}", sha256_hex(body));
    let sts = format!("ACS3-HMAC-SHA256\n{}", sha256_hex(canonical.as_bytes()));
    let sig: String = hmac256(secret.as_bytes(), &sts)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let auth = format!("ACS3-HMAC-SHA256 Credential={ak},SignedHeaders={names},Signature={sig}");
    (canonical, sts, auth)
}

pub fn body_sha256(body: &[u8]) -> String {
    sha256_hex(body)
}
