//! Stream keys in the forms: the window only ever holds them masked, and gets them back
//! unmasked when it sends the form.
//!
//! An input the engine hands to the window (Load current settings, Send again, Undo, a
//! draft) has its stream keys masked with `livedesk-secrets`' rules; the engine remembers,
//! in memory and for this session only, which masked text stood for which real value. An
//! input the window sends back is unsealed: a masked text it remembers becomes the real
//! value again; one it does not (a draft from an earlier session) cannot be sent as shown.

use std::collections::HashMap;
use std::sync::Mutex;

use livedesk_secrets::{mask_stream_keys_in_json, MASK};
use serde_json::Value;

use crate::calls::FieldChange;
use crate::error::{ApiError, ErrorCode, FieldIssue};
use crate::history::HistoryDetail;

/// Masked text → the real text it stands for, for this session.
#[derive(Default)]
pub struct Sealed {
    real: Mutex<HashMap<String, String>>,
}

impl Sealed {
    /// `value` with its stream keys masked, as the window may show it; each masked text is
    /// remembered with its real value.
    pub fn seal(&self, value: Value) -> Value {
        let mut masked = value.clone();
        mask_stream_keys_in_json(&mut masked);
        let mut real = self.real.lock().unwrap();
        pair_strings(&masked, &value, &mut |shown, actual| {
            if shown != actual {
                real.insert(shown.to_owned(), actual.to_owned());
            }
        });
        masked
    }

    /// `value` with every remembered masked text replaced by its real value. A text still
    /// masked but not remembered is refused, naming its field (dotted path).
    pub fn unseal(&self, value: &Value) -> Result<Value, ApiError> {
        let real = self.real.lock().unwrap();
        restore(value, "", &real).map_err(|field| {
            // Told next to the field, like the form's other problems; the words say what to do.
            let problem = livedesk_i18n::t!("core-stream-key-hidden");
            let mut error = ApiError::new(ErrorCode::InputInvalid, problem.clone(), None);
            error.problems = Some(vec![FieldIssue {
                field: field.clone(),
                message: problem,
            }]);
            error.field = Some(field);
            error
        })
    }

    /// `value` with the remembered masked texts replaced, the others left as they are (for
    /// questions that send nothing, such as a picker's choices).
    pub fn unseal_known(&self, value: &Value) -> Value {
        self.unseal(value).unwrap_or_else(|_| value.clone())
    }
}

/// Calls `pair` with each string of `shown` and the string at the same place in `actual`.
fn pair_strings(shown: &Value, actual: &Value, pair: &mut impl FnMut(&str, &str)) {
    match (shown, actual) {
        (Value::String(a), Value::String(b)) => pair(a, b),
        (Value::Array(a), Value::Array(b)) => {
            a.iter().zip(b).for_each(|(a, b)| pair_strings(a, b, pair));
        }
        (Value::Object(a), Value::Object(b)) => {
            for (name, a) in a {
                if let Some(b) = b.get(name) {
                    pair_strings(a, b, pair);
                }
            }
        }
        _ => {}
    }
}

/// The dotted path of a field inside `parent`.
fn child(parent: &str, name: &str) -> String {
    match parent {
        "" => name.to_owned(),
        _ => format!("{parent}.{name}"),
    }
}

/// `value` unsealed, or the path of the first masked text that is not remembered.
fn restore(value: &Value, path: &str, real: &HashMap<String, String>) -> Result<Value, String> {
    Ok(match value {
        Value::String(text) => match real.get(text) {
            Some(actual) => Value::String(actual.clone()),
            None if text.contains(MASK) => return Err(path.to_owned()),
            None => value.clone(),
        },
        Value::Array(items) => Value::Array(
            items
                .iter()
                .enumerate()
                .map(|(i, v)| restore(v, &child(path, &i.to_string()), real))
                .collect::<Result<_, _>>()?,
        ),
        Value::Object(map) => Value::Object(
            map.iter()
                .map(|(k, v)| Ok((k.clone(), restore(v, &child(path, k), real)?)))
                .collect::<Result<_, String>>()?,
        ),
        other => other.clone(),
    })
}

/// `value` with its stream keys masked, for display only (nothing is remembered).
pub fn masked(value: Value) -> Value {
    let mut value = value;
    mask_stream_keys_in_json(&mut value);
    value
}

/// A history entry as the window shows it: the stored input and the state read before it
/// keep their stream keys for Undo, the window sees them masked.
pub fn masked_detail(detail: HistoryDetail) -> HistoryDetail {
    HistoryDetail {
        request: masked(detail.request),
        input: masked(detail.input),
        response: detail.response.map(masked),
        state_before: detail.state_before.map(masked),
        ..detail
    }
}

/// A change as Review's diff shows it: values and words masked like the field they are in
/// (a `stream_key` field whole, addresses by their keys).
pub fn masked_change(change: FieldChange) -> FieldChange {
    let name = change
        .field
        .rsplit('.')
        .next()
        .unwrap_or_default()
        .to_owned();
    let in_field = |value: Value| match masked(serde_json::json!({ name.as_str(): value })) {
        Value::Object(mut map) => map.remove(name.as_str()).unwrap_or_default(),
        other => other,
    };
    let text = |words: String| match in_field(Value::String(words)) {
        Value::String(words) => words,
        _ => String::new(),
    };
    FieldChange {
        old: change.old.map(in_field),
        new: change.new.map(in_field),
        old_text: text(change.old_text),
        new_text: text(change.new_text),
        ..change
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_sealed_input_comes_back_whole_and_an_unknown_mask_is_refused() {
        let sealed = Sealed::default();
        let real = json!({"SideOutputUrl": "rtmp://h.example/live/key-0123456789-abcd",
            "relay": [{"stream_key": "relay-key-9876"}], "name": "plain"});
        let shown = sealed.seal(real.clone());
        let text = shown.to_string();
        assert!(
            !text.contains("0123456789") && !text.contains("relay-key"),
            "{text}"
        );
        assert!(text.contains(&format!("{MASK}abcd")) && text.contains(&format!("{MASK}9876")));
        assert_eq!(sealed.unseal(&shown).unwrap(), real);

        let typed = json!({"SideOutputUrl": "rtmp://h.example/live/new-key", "relay": []});
        assert_eq!(sealed.unseal(&typed).unwrap(), typed);

        let other = Sealed::default();
        let refused = other.unseal(&shown).unwrap_err();
        assert!(
            refused.field.as_deref() == Some("SideOutputUrl")
                || refused.field.as_deref() == Some("relay.0.stream_key"),
            "{refused:?}"
        );
        assert_eq!(other.unseal_known(&shown), shown);
    }
}
