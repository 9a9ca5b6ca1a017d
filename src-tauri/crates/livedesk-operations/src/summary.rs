//! Small helpers for answers in plain words.

use livedesk_http::{Vendor, VendorError};
use livedesk_i18n::{t, Arg};
use serde_json::Value;

/// A note when this computer's clock is off by two minutes or more: worth saying before it
/// grows into refused requests.
pub(crate) fn clock_note(vendor: Vendor, skew_seconds: Option<i64>) -> Option<String> {
    let minutes = (skew_seconds? as f64 / 60.0).round() as i64;
    if minutes.abs() < 2 {
        return None;
    }
    let id = if minutes > 0 {
        "operations-clock-note-behind"
    } else {
        "operations-clock-note-ahead"
    };
    Some(livedesk_i18n::tr(
        id,
        &[
            ("count", Arg::from(minutes.unsigned_abs())),
            ("provider", Arg::from(vendor.to_string())),
        ],
    ))
}

/// Replaces a vendor error's words for this operation, keeping its code and kind, and the
/// request id for the vendor's support at the end of the hint.
pub(crate) fn reword(error: &mut VendorError, explanation: String, hint: &str) {
    error.explanation = explanation;
    error.hint = match &error.request_id {
        Some(id) => t!(
            "operations-then",
            first = hint,
            second = t!("operations-request-id-for-vendor", id = id)
        ),
        None => hint.to_owned(),
    };
}

/// `ON`/`OFF`.
pub(crate) fn on_off(flag: bool) -> String {
    if flag {
        t!("operations-on-upper")
    } else {
        t!("operations-off-upper")
    }
}

/// The text at `pointer`, when it is non-empty text.
pub(crate) fn text<'a>(value: &'a Value, pointer: &str) -> Option<&'a str> {
    value
        .pointer(pointer)
        .and_then(Value::as_str)
        .filter(|s| !s.trim().is_empty())
}

/// The boolean at `pointer`, also when written as text (`"true"`).
pub(crate) fn flag(value: &Value, pointer: &str) -> Option<bool> {
    match value.pointer(pointer)? {
        Value::Bool(b) => Some(*b),
        Value::String(s) if s.eq_ignore_ascii_case("true") => Some(true),
        Value::String(s) if s.eq_ignore_ascii_case("false") => Some(false),
        _ => None,
    }
}

/// A whole number (0 or more) at `pointer`, also when written as text (`"3"`).
pub(crate) fn count(value: &Value, pointer: &str) -> Option<u64> {
    number(value, pointer)
        .filter(|n| *n >= 0.0 && n.fract() == 0.0)
        .map(|n| n as u64)
}

/// The number at `pointer`, also when written as text (`"5.5"`).
pub(crate) fn number(value: &Value, pointer: &str) -> Option<f64> {
    match value.pointer(pointer)? {
        Value::Number(n) => n.as_f64(),
        Value::String(s) => s.trim().parse().ok().filter(|n: &f64| n.is_finite()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn clock_notes_only_when_it_matters() {
        assert_eq!(clock_note(Vendor::Huawei, Some(60)), None);
        assert_eq!(clock_note(Vendor::Huawei, None), None);
        let note = clock_note(Vendor::Naver, Some(-180)).unwrap();
        assert!(note.contains("3 minutes ahead of NAVER Cloud's"), "{note}");
    }

    #[test]
    fn reads_answers_leniently() {
        let v = json!({"a": {"b": "x", "c": "", "t": "true", "f": false}});
        assert_eq!(text(&v, "/a/b"), Some("x"));
        assert_eq!(text(&v, "/a/c"), None);
        assert_eq!(flag(&v, "/a/t"), Some(true));
        assert_eq!(flag(&v, "/a/f"), Some(false));
        assert_eq!(flag(&v, "/a/b"), None);
        let n = json!({"n": 3, "t": " 7 ", "f": 2.5, "neg": -1});
        assert_eq!(count(&n, "/n"), Some(3));
        assert_eq!(count(&n, "/t"), Some(7));
        assert_eq!(count(&n, "/f"), None);
        assert_eq!(count(&n, "/neg"), None);
        assert_eq!(number(&n, "/f"), Some(2.5));
    }
}
