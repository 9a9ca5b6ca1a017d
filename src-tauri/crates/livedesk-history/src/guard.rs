//! Defence in depth: an entry that contains one of the account's actual secret values is never
//! written, even if a caller forgot to mask it. The secret is looked for as it is, JSON-escaped,
//! and percent-encoded (as it would appear in a URL or a form body).

use serde_json::Value;

use crate::types::NewEntry;

/// The forms under which a secret could appear in an entry.
fn needles(secrets: &[&str]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for secret in secrets.iter().filter(|s| !s.is_empty()) {
        let raw = (*secret).to_owned();
        let escaped = serde_json::to_string(secret)
            .map(|quoted| quoted[1..quoted.len() - 1].to_owned())
            .unwrap_or_else(|_| raw.clone());
        let upper = percent_encode(secret, true);
        let lower = percent_encode(secret, false);
        for form in [raw, escaped, upper, lower] {
            if !out.contains(&form) {
                out.push(form);
            }
        }
    }
    out
}

/// RFC 3986 percent-encoding of everything but the unreserved characters.
fn percent_encode(text: &str, upper: bool) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(byte as char);
        } else if upper {
            out.push_str(&format!("%{byte:02X}"));
        } else {
            out.push_str(&format!("%{byte:02x}"));
        }
    }
    out
}

fn contains_any(text: &str, needles: &[String]) -> bool {
    needles.iter().any(|n| text.contains(n.as_str()))
}

/// The JSON path (`request.headers.Authorization`, `summary[2]`, …) of the first place where a
/// secret occurs, or `None`.
fn walk(value: &Value, path: &str, needles: &[String]) -> Option<String> {
    match value {
        Value::String(s) => contains_any(s, needles).then(|| path.to_owned()),
        Value::Number(n) => contains_any(&n.to_string(), needles).then(|| path.to_owned()),
        Value::Array(items) => items
            .iter()
            .enumerate()
            .find_map(|(i, item)| walk(item, &format!("{path}[{i}]"), needles)),
        Value::Object(map) => map.iter().find_map(|(key, item)| {
            let child = format!("{path}.{key}");
            if contains_any(key, needles) {
                Some(format!("{path} (a key)"))
            } else {
                walk(item, &child, needles)
            }
        }),
        Value::Null | Value::Bool(_) => None,
    }
}

fn check_value(value: &Value, field: &str, needles: &[String]) -> Option<String> {
    walk(value, field, needles).or_else(|| {
        // Catch-all on the text as it will be stored (e.g. a secret split across values).
        let text = serde_json::to_string(value).unwrap_or_default();
        contains_any(&text, needles).then(|| field.to_owned())
    })
}

/// Where a secret occurs in the entry (a field name or JSON path), or `None` when it is clean.
/// Empty secrets are ignored.
pub(crate) fn find_secret(entry: &NewEntry, secrets: &[&str]) -> Option<String> {
    let needles = needles(secrets);
    if needles.is_empty() {
        return None;
    }
    let texts = [
        ("account_id", Some(entry.account_id.as_str())),
        ("account_name", Some(entry.account_name.as_str())),
        ("vendor", Some(entry.vendor.as_str())),
        ("operation", Some(entry.operation.as_str())),
        ("request_id", entry.request_id.as_deref()),
    ];
    for (field, text) in texts {
        if text.is_some_and(|t| contains_any(t, &needles)) {
            return Some(field.to_owned());
        }
    }
    let summary = Value::from(entry.summary.clone());
    let error = entry
        .error
        .as_ref()
        .map(|e| serde_json::to_value(e).unwrap_or_default());
    let values = [
        ("request", Some(&entry.request)),
        ("input", Some(&entry.input)),
        ("response", entry.response.as_ref()),
        ("summary", Some(&summary)),
        ("error", error.as_ref()),
        ("state_before", entry.state_before.as_ref()),
    ];
    for (field, value) in values {
        if let Some(found) = value.and_then(|v| check_value(v, field, &needles)) {
            return Some(found);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_of_a_secret() {
        let n = needles(&["a/b\"c", ""]);
        assert_eq!(n, vec!["a/b\"c", "a/b\\\"c", "a%2Fb%22c", "a%2fb%22c"]);
        assert!(needles(&["", ""]).is_empty());
    }

    #[test]
    fn paths_name_the_place() {
        let needles = needles(&["S3CRET"]);
        let value = serde_json::json!({
            "headers": {"Authorization": "Bearer S3CRET"},
            "list": [1, "x", {"k": "S3CRET"}]
        });
        assert_eq!(
            walk(&value, "request", &needles).as_deref(),
            Some("request.headers.Authorization")
        );
        let value = serde_json::json!({"list": [1, "x", {"k": "..S3CRET.."}]});
        assert_eq!(
            walk(&value, "input", &needles).as_deref(),
            Some("input.list[2].k")
        );
        let value = serde_json::json!({"S3CRET": 1});
        assert_eq!(
            walk(&value, "response", &needles).as_deref(),
            Some("response (a key)")
        );
        let digits = super::needles(&["12345678"]);
        let value = serde_json::json!({"n": 9912345678u64});
        assert_eq!(walk(&value, "input", &digits).as_deref(), Some("input.n"));
    }

    #[test]
    fn percent_encoded_in_a_url() {
        let needles = needles(&["k+y/="]);
        let value = serde_json::json!({"url": "https://x.test/?Signature=k%2By%2F%3D"});
        assert_eq!(
            walk(&value, "request", &needles).as_deref(),
            Some("request.url")
        );
    }
}
