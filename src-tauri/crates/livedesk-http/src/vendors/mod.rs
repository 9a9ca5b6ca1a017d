//! Each vendor's error body, read into a [`Parsed`](crate::vendor_error::Parsed).
//!
//! A parser returns `None` when the body is not that vendor's error shape; the caller then
//! explains the answer from its HTTP status alone.

pub(crate) mod alibaba;
pub(crate) mod blendvision;
pub(crate) mod huawei;
pub(crate) mod naver;

use serde_json::Value;

/// A code as the vendor sent it: a string as is, a number written out.
pub(crate) fn code_text(value: &Value) -> Option<String> {
    match value {
        Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_owned()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// The first of `keys` that holds a string.
pub(crate) fn text<'a>(object: &'a Value, keys: &[&str]) -> Option<&'a str> {
    keys.iter()
        .find_map(|k| object.get(*k).and_then(Value::as_str))
}
