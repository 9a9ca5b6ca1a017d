//! Stream keys in the forms: the window only ever holds them masked, and gets them back
//! unmasked when it sends the form.
//!
//! An input the engine hands to the window (Load current settings, Send again, Undo, a
//! draft) has its stream keys masked with `livedesk-secrets`' rules; the engine remembers,
//! in memory and for this session only, which masked text stood for which real value, in
//! which form ([`Sealed`]). An input the window sends back is unsealed: a masked text it
//! remembers becomes the real value again; one it does not (a draft from an earlier session)
//! or cannot tell from another that looks the same cannot be sent as shown.

use std::sync::Mutex;

use livedesk_secrets::{mask_stream_keys_in_json, ExposeSecret, Secret, MASK};
use serde_json::Value;

use crate::calls::FieldChange;
use crate::error::{ApiError, ErrorCode, FieldIssue};
use crate::history::HistoryDetail;

/// The masked texts handed to the window this session, each with its real text.
///
/// Two keys can look the same once masked (the same address, the same last 4), so a masked
/// text alone does not say which key it stands for. It is looked up in the form it comes back
/// from first: the account, the operation and what the form acts on (a live, a studio, a
/// channel), because a producer who loads two lives and sends the first one unchanged means
/// the first one's key. Not by the field's place in the form: removing or reordering relay
/// rows moves a key to another place, and a place would then name the wrong key. Where the
/// form itself was given two different keys that look the same (an Undo's form holds the old
/// key, the current settings it is checked against the new one), nobody can tell which one is
/// meant, the producer included: it is refused as hidden, asking them to type it, rather than
/// one of them guessed and sent on air. A text from no such form (a form switched to another
/// live) falls back to every form, with the same rule.
#[derive(Default)]
pub struct Sealed {
    handed: Mutex<Vec<Handed>>,
}

/// One masked text given to the window: where, and the real text it stands for.
struct Handed {
    form: Form,
    shown: String,
    real: Secret,
}

/// A form: the account (unknown for a diff, which names none), the operation and the fields
/// naming what it acts on, with their values.
#[derive(Clone, PartialEq, Eq)]
struct Form {
    account: Option<String>,
    operation: String,
    target: Vec<(String, String)>,
}

impl Form {
    fn of(account: Option<&str>, operation: &str, input: &Value) -> Self {
        Self {
            account: account.map(str::to_owned),
            operation: operation.to_owned(),
            target: livedesk_operations::target_fields(operation, input)
                .into_iter()
                .map(|field| (field.field, field.value))
                .collect(),
        }
    }

    /// Whether a text handed to this form may come back in `asked`.
    fn answers(&self, asked: &Form) -> bool {
        self.operation == asked.operation
            && self.target == asked.target
            && asked
                .account
                .as_deref()
                .is_none_or(|a| self.account.as_deref() == Some(a))
    }
}

/// What a masked text stands for.
enum Found<'a> {
    One(&'a Secret),
    /// Never handed out this session (a draft from an earlier one).
    Unknown,
    /// Handed out for two different keys: which one is meant cannot be told.
    Ambiguous,
}

impl Sealed {
    /// `value` with its stream keys masked, as the window may show it in `operation`'s form
    /// of `account`; each masked text is remembered with its real value and that form.
    pub fn seal(&self, account: &str, operation: &str, value: Value) -> Value {
        let mut masked = value.clone();
        mask_stream_keys_in_json(&mut masked);
        let form = Form::of(Some(account), operation, &value);
        let mut handed = self.handed.lock().unwrap();
        pair_strings(&masked, &value, &mut |shown, actual| {
            let known = handed
                .iter()
                .any(|h| h.form == form && h.shown == shown && h.real.expose_secret() == actual);
            if shown != actual && !known {
                handed.push(Handed {
                    form: form.clone(),
                    shown: shown.to_owned(),
                    real: Secret::from(actual),
                });
            }
        });
        masked
    }

    /// `value`, from `operation`'s form of `account`, with every masked text it was given
    /// replaced by its real value. A text still masked that cannot be told is refused, naming
    /// its field (dotted path).
    pub fn unseal(&self, account: &str, operation: &str, value: &Value) -> Result<Value, ApiError> {
        let asked = Form::of(Some(account), operation, value);
        let handed = self.handed.lock().unwrap();
        restore(value, "", &|shown| find(&handed, &asked, shown), false).map_err(|field| {
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

    /// `value` with the masked texts that can be told replaced, the others left as they are
    /// (for questions that send nothing: a picker's choices, a diff, which names no account).
    pub fn unseal_known(&self, account: Option<&str>, operation: &str, value: &Value) -> Value {
        let asked = Form::of(account, operation, value);
        let handed = self.handed.lock().unwrap();
        restore(value, "", &|shown| find(&handed, &asked, shown), true)
            .unwrap_or_else(|_| value.clone())
    }
}

/// What `shown` stands for in the form `asked`, or else in any form.
fn find<'a>(handed: &'a [Handed], asked: &Form, shown: &str) -> Found<'a> {
    let same_text = || handed.iter().filter(move |h| h.shown == shown);
    match only(same_text().filter(|h| h.form.answers(asked))) {
        Found::Unknown => only(same_text()),
        found => found,
    }
}

fn only<'a>(mut handed: impl Iterator<Item = &'a Handed>) -> Found<'a> {
    let Some(first) = handed.next() else {
        return Found::Unknown;
    };
    let real = first.real.expose_secret();
    match handed.all(|h| h.real.expose_secret() == real) {
        true => Found::One(&first.real),
        false => Found::Ambiguous,
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

/// `value` unsealed, or the path of the first masked text that cannot be told (unless
/// `keep_untold`: then it stays masked). A real key becomes a plain string only here, in
/// the input about to be sent.
fn restore<'a>(
    value: &Value,
    path: &str,
    find: &dyn Fn(&str) -> Found<'a>,
    keep_untold: bool,
) -> Result<Value, String> {
    let inner = |v: &Value, name: &str| restore(v, &child(path, name), find, keep_untold);
    Ok(match value {
        Value::String(text) if text.contains(MASK) => match find(text) {
            Found::One(real) => Value::String(real.expose_secret().to_owned()),
            _ if keep_untold => value.clone(),
            _ => return Err(path.to_owned()),
        },
        Value::Array(items) => Value::Array(
            items
                .iter()
                .enumerate()
                .map(|(i, v)| inner(v, &i.to_string()))
                .collect::<Result<_, _>>()?,
        ),
        Value::Object(map) => Value::Object(
            map.iter()
                .map(|(k, v)| Ok((k.clone(), inner(v, k)?)))
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

    const OP: &str = "blendvision.update_live";

    fn live(id: &str, relay_key: &str) -> Value {
        json!({"id": id, "SideOutputUrl": format!("rtmp://h.example/live/{relay_key}"),
            "relay": [{"stream_key": "relay-key-9876"}], "name": "plain"})
    }

    #[test]
    fn a_sealed_input_comes_back_whole_and_an_unknown_mask_is_refused() {
        let sealed = Sealed::default();
        let real = live("a", "key-0123456789-abcd");
        let shown = sealed.seal("acct", OP, real.clone());
        let text = shown.to_string();
        assert!(
            !text.contains("0123456789") && !text.contains("relay-key"),
            "{text}"
        );
        assert!(text.contains(&format!("{MASK}abcd")) && text.contains(&format!("{MASK}9876")));
        assert_eq!(sealed.unseal("acct", OP, &shown).unwrap(), real);

        let typed = json!({"SideOutputUrl": "rtmp://h.example/live/new-key", "relay": []});
        assert_eq!(sealed.unseal("acct", OP, &typed).unwrap(), typed);

        let other = Sealed::default();
        let refused = other.unseal("acct", OP, &shown).unwrap_err();
        assert!(
            refused.field.as_deref() == Some("SideOutputUrl")
                || refused.field.as_deref() == Some("relay.0.stream_key"),
            "{refused:?}"
        );
        assert_eq!(other.unseal_known(None, OP, &shown), shown);
    }

    #[test]
    fn keys_that_look_the_same_are_told_apart_by_their_form_or_refused() {
        let sealed = Sealed::default();
        let (first, second) = (
            live("a", "first-key-1-abcd"),
            live("b", "second-key-2-abcd"),
        );
        let first_shown = sealed.seal("acct", OP, first.clone());
        let second_shown = sealed.seal("acct", OP, second.clone());
        assert_eq!(first_shown["SideOutputUrl"], second_shown["SideOutputUrl"]);
        assert_eq!(sealed.unseal("acct", OP, &first_shown).unwrap(), first);
        assert_eq!(sealed.unseal_known(None, OP, &second_shown), second);

        // Moved to a form neither was given to: which key it is cannot be told.
        let mut elsewhere = first_shown.clone();
        elsewhere["id"] = json!("c");
        let refused = sealed.unseal("acct", OP, &elsewhere).unwrap_err();
        assert_eq!(refused.field.as_deref(), Some("SideOutputUrl"));
        let kept = sealed.unseal_known(Some("acct"), OP, &elsewhere);
        assert_eq!(kept["SideOutputUrl"], first_shown["SideOutputUrl"]);
        assert_eq!(
            kept["relay"], first["relay"],
            "what can be told is restored"
        );

        // The same form given a second key that looks the same: refused too.
        sealed.seal("acct", OP, live("a", "rotated-key-3-abcd"));
        let refused = sealed.unseal("acct", OP, &first_shown).unwrap_err();
        assert_eq!(refused.field.as_deref(), Some("SideOutputUrl"));
    }
}
