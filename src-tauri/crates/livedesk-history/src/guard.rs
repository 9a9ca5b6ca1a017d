//! Defence in depth: an entry that contains one of the account's actual secret values is never
//! written, even if a caller forgot to mask it. The secret is looked for in every encoding
//! `livedesk_secrets` knows (as it is, escaped, percent-encoded as in a URL or a form body).

use livedesk_secrets::KnownSecrets;
use serde_json::Value;

use crate::types::NewEntry;

/// The JSON path (`request.headers.Authorization`, `summary[2]`, …) of the first place where a
/// secret occurs, or `None`.
fn walk(value: &Value, path: &str, needles: &KnownSecrets) -> Option<String> {
    match value {
        Value::String(s) => needles.found_in(s).then(|| path.to_owned()),
        Value::Number(n) => needles.found_in(&n.to_string()).then(|| path.to_owned()),
        Value::Array(items) => items
            .iter()
            .enumerate()
            .find_map(|(i, item)| walk(item, &format!("{path}[{i}]"), needles)),
        Value::Object(map) => map.iter().find_map(|(key, item)| {
            let child = format!("{path}.{key}");
            if needles.found_in(key) {
                Some(format!("{path} (a key)"))
            } else {
                walk(item, &child, needles)
            }
        }),
        Value::Null | Value::Bool(_) => None,
    }
}

fn check_value(value: &Value, field: &str, needles: &KnownSecrets) -> Option<String> {
    walk(value, field, needles).or_else(|| {
        // Catch-all on the text as it will be stored (e.g. a secret split across values).
        let text = serde_json::to_string(value).unwrap_or_default();
        needles.found_in(&text).then(|| field.to_owned())
    })
}

/// Where a secret occurs in the entry (a field name or JSON path), or `None` when it is clean.
/// Empty secrets are ignored.
pub(crate) fn find_secret(entry: &NewEntry, secrets: &[&str]) -> Option<String> {
    let needles = KnownSecrets::new(secrets.iter().copied());
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
        if text.is_some_and(|t| needles.found_in(t)) {
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

    fn known(secrets: &[&str]) -> KnownSecrets {
        KnownSecrets::new(secrets.iter().copied())
    }

    #[test]
    fn empty_secrets_are_ignored() {
        assert!(known(&["", ""]).is_empty());
    }

    #[test]
    fn paths_name_the_place() {
        let needles = known(&["S3CRET"]);
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
        let digits = known(&["12345678"]);
        let value = serde_json::json!({"n": 9912345678u64});
        assert_eq!(walk(&value, "input", &digits).as_deref(), Some("input.n"));
    }

    #[test]
    fn percent_encoded_in_a_url() {
        let needles = known(&["k+y/="]);
        let value = serde_json::json!({"url": "https://x.test/?Signature=k%2By%2F%3D"});
        assert_eq!(
            walk(&value, "request", &needles).as_deref(),
            Some("request.url")
        );
    }
}
