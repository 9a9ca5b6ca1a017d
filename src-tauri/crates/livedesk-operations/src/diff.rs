//! The review's field-by-field comparison of two inputs of one form: the current state
//! (as [`crate::current_input`] returns it) and what is about to be sent.

use livedesk_i18n::t;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::operation;
use crate::request::{masked_value, MASK};

/// One field that differs between two inputs of a form.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Change {
    /// Dotted path, `[n]` for list entries from 0 (as in input problems):
    /// `security.watermark.size`, `RecordConfig.videoFormat[0].CycleDuration`.
    pub field: String,
    /// The titles of the form along the way: `Security › Watermark › Size`, list entries
    /// counted from 1 (`Recording › Recording formats #1 › File format`).
    pub label: String,
    /// Before; `None` when empty. Secrets are masked as in the review (stream keys,
    /// `auth_key` of ingest URLs): a changed secret shows as `•••••• → ••••••`.
    pub old: Option<Value>,
    /// After; `None` when empty, secrets masked.
    pub new: Option<Value>,
    /// Before in the form's words: a choice by its label, On/Off, "not set", "2 recording
    /// formats" (the raw value is `old`, for the technical details).
    pub old_text: String,
    /// After in the form's words.
    pub new_text: String,
    /// A value present before is empty after: sending clears it on the vendor's side
    /// (for Alibaba's SetCasterConfig, every parameter left empty).
    pub cleared: bool,
}

const SEPARATOR: &str = " › ";

/// Compares two inputs of `write_op_id`'s form field by field, nested groups and lists of
/// groups included (lists of plain values compare whole), in the form's order.
///
/// Empty means absent, `null`, empty text, `[]` or `{}`; an empty field equals the schema's
/// `default` when it has one (Alibaba's `Delay` left empty is 0). For a partial update
/// (BlendVision: top-level fields left empty are not sent and stay as they are) an empty
/// top-level field after is no change. Numbers compare by value (`5` = `5.0`). An unknown
/// operation is compared without a schema (labels are the field names).
pub fn diff(write_op_id: &str, before: &Value, after: &Value) -> Vec<Change> {
    let (schema, kept) = match operation::find(write_op_id) {
        Ok(entry) => (entry.info().schema.clone(), entry.op.empty_top_level_kept()),
        Err(_) => (Value::Null, false),
    };
    let mut out = Vec::new();
    let walk = Walk {
        top_level_kept: kept,
        identity: crate::review::identity_fields(write_op_id),
    };
    walk.compare(&schema, Some(before), Some(after), "", "", &mut out);
    out
}

fn is_empty(value: &Value) -> bool {
    match value {
        Value::Null => true,
        Value::String(s) => s.is_empty(),
        Value::Array(items) => items.is_empty(),
        Value::Object(map) => map.is_empty(),
        _ => false,
    }
}

fn non_empty(value: Option<&Value>) -> Option<&Value> {
    value.filter(|v| !is_empty(v))
}

/// Equal, numbers by value.
fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x.as_f64() == y.as_f64(),
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(a, b)| same(a, b))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| same(v, w)))
        }
        _ => a == b,
    }
}

fn join(parent: &str, child: &str, separator: &str) -> String {
    if parent.is_empty() {
        child.to_owned()
    } else {
        format!("{parent}{separator}{child}")
    }
}

/// A group the comparison goes into: a schema object with properties, or (without a
/// schema) JSON objects. Free-form JSON objects (`x-format: json`) compare whole.
fn is_group(schema: &Value, old: Option<&Value>, new: Option<&Value>) -> bool {
    let shaped = schema.get("properties").is_some_and(Value::is_object);
    let unknown = schema.get("type").is_none();
    let objects = [old, new].iter().all(|v| v.is_none_or(Value::is_object));
    objects && (shaped || unknown) && (old.is_some() || new.is_some())
}

/// A list of groups, compared entry by entry.
fn is_group_list(schema: &Value, old: Option<&Value>, new: Option<&Value>) -> bool {
    let items = schema.get("items").unwrap_or(&Value::Null);
    let shaped = items.get("properties").is_some_and(Value::is_object);
    let of_objects = |v: &Option<&Value>| {
        v.is_none_or(|v| v.as_array().is_some_and(|a| a.iter().all(Value::is_object)))
    };
    let unknown = schema.get("type").is_none() && [old, new].iter().all(of_objects);
    let lists = [old, new].iter().all(|v| v.is_none_or(Value::is_array));
    lists && (shaped || unknown)
}

struct Walk {
    top_level_kept: bool,
    /// Top-level fields naming the resource: Review shows them as the target.
    identity: Vec<&'static str>,
}

impl Walk {
    // One arm per JSON Schema shape (object, array, enum, scalar); the recursion reads best
    // in one place.
    #[allow(clippy::too_many_lines)]
    fn compare(
        &self,
        schema: &Value,
        old: Option<&Value>,
        new: Option<&Value>,
        field: &str,
        label: &str,
        out: &mut Vec<Change>,
    ) {
        let (old, new) = (non_empty(old), non_empty(new));
        if old.is_none() && new.is_none() {
            return;
        }
        if is_group(schema, old, new) {
            let properties = schema.get("properties");
            let mut keys: Vec<String> = schema
                .get("x-order")
                .and_then(Value::as_array)
                .map(|o| {
                    o.iter()
                        .filter_map(Value::as_str)
                        .map(str::to_owned)
                        .collect()
                })
                .unwrap_or_default();
            let mut extra: Vec<String> = [old, new]
                .into_iter()
                .flatten()
                .filter_map(Value::as_object)
                .flat_map(|m| m.keys().cloned())
                .filter(|k| !keys.contains(k))
                .collect();
            extra.sort();
            extra.dedup();
            keys.extend(extra);
            for key in keys {
                let child = properties.and_then(|p| p.get(&key)).unwrap_or(&Value::Null);
                let (before, after) =
                    (old.and_then(|o| o.get(&key)), new.and_then(|n| n.get(&key)));
                if field.is_empty() && self.top_level_kept && non_empty(after).is_none() {
                    continue;
                }
                if field.is_empty() && self.identity.contains(&key.as_str()) {
                    continue;
                }
                let title = child.get("title").and_then(Value::as_str).unwrap_or(&key);
                self.compare(
                    child,
                    before,
                    after,
                    &join(field, &key, "."),
                    &join(label, title, SEPARATOR),
                    out,
                );
            }
            return;
        }
        if is_group_list(schema, old, new) {
            let items = schema.get("items").unwrap_or(&Value::Null);
            let empty = Vec::new();
            let before = old.and_then(Value::as_array).unwrap_or(&empty);
            let after = new.and_then(Value::as_array).unwrap_or(&empty);
            for i in 0..before.len().max(after.len()) {
                self.compare(
                    items,
                    before.get(i),
                    after.get(i),
                    &format!("{field}[{i}]"),
                    &format!("{label} #{}", i + 1),
                    out,
                );
            }
            return;
        }
        let default = schema.get("default");
        let (effective_old, effective_new) = (old.or(default), new.or(default));
        let unchanged = match (effective_old, effective_new) {
            (Some(a), Some(b)) => same(a, b),
            (a, b) => a.is_none() && b.is_none(),
        };
        if unchanged {
            return;
        }
        // Shown as in the review: secrets (`x-secret`, `auth_key` of ingest URLs) masked.
        let secret = schema.get("x-secret") == Some(&Value::Bool(true));
        let shown = |v: &Value| {
            if secret {
                Value::String(MASK.to_owned())
            } else {
                masked_value(v)
            }
        };
        let (old, new) = (old.map(shown), new.map(shown));
        out.push(Change {
            field: field.to_owned(),
            label: label.to_owned(),
            old_text: human(schema, old.as_ref().or(default)),
            new_text: human(schema, new.as_ref().or(default)),
            cleared: old.is_some() && new.is_none(),
            old,
            new,
        });
    }
}

/// A value in the form's words: a choice by its label, booleans On/Off, empty "not set",
/// lists summarised ("2 recording formats", or up to three plain values by their labels).
pub fn human(schema: &Value, value: Option<&Value>) -> String {
    let Some(value) = non_empty(value) else {
        return t!("operations-not-set");
    };
    if let Some(label) = choice_label(schema, value) {
        return label;
    }
    match value {
        Value::Bool(true) => t!("operations-on"),
        Value::Bool(false) => t!("operations-off"),
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        Value::Array(items) => {
            let item_schema = schema.get("items").unwrap_or(&Value::Null);
            let plain = items.iter().all(|i| !i.is_object() && !i.is_array());
            if plain && items.len() <= 3 {
                let words: Vec<String> =
                    items.iter().map(|i| human(item_schema, Some(i))).collect();
                return words
                    .into_iter()
                    .reduce(|list, next| t!("operations-list-next", list = list, next = next))
                    .unwrap_or_default();
            }
            let title = schema
                .get("title")
                .and_then(Value::as_str)
                .map_or_else(|| t!("operations-entries"), str::to_owned)
                .to_lowercase();
            t!("operations-list-count", count = items.len(), title = title)
        }
        Value::Object(map) => t!("operations-settings-count", count = map.len()),
        Value::Null => t!("operations-not-set"),
    }
}

/// The label of one of a field's choices (`oneOf` with `const` and `title`).
fn choice_label(schema: &Value, value: &Value) -> Option<String> {
    schema
        .get("oneOf")?
        .as_array()?
        .iter()
        .find(|o| o.get("const").is_some_and(|c| same(c, value)))?
        .get("title")?
        .as_str()
        .map(str::to_owned)
}

/// The label of a dotted field path (`RecordConfig.videoFormat[0].Format` → `Recording ›
/// Recording formats #1 › File format`); unknown parts stay as they are.
pub(crate) fn label_of(schema: &Value, field: &str) -> String {
    let mut node = schema;
    let mut label = String::new();
    for part in field.split('.').filter(|p| !p.is_empty()) {
        let (name, indexes) = match part.find('[') {
            Some(at) => (&part[..at], &part[at..]),
            None => (part, ""),
        };
        node = node
            .get("properties")
            .and_then(|p| p.get(name))
            .unwrap_or(&Value::Null);
        let title = node.get("title").and_then(Value::as_str).unwrap_or(name);
        label = join(&label, title, SEPARATOR);
        for index in indexes
            .split(['[', ']'])
            .filter_map(|i| i.parse::<usize>().ok())
        {
            label.push_str(&format!(" #{}", index + 1));
            node = node.get("items").unwrap_or(&Value::Null);
        }
    }
    label
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn without_a_schema_objects_and_lists_of_objects_are_walked() {
        let before = json!({"a": {"b": 1, "c": [1, 2]}, "l": [{"x": 1}], "gone": "v"});
        let after = json!({"a": {"b": 1.0, "c": [1, 3]}, "l": [{"x": 2}, {"x": 3}]});
        let changes = diff("no.such_op", &before, &after);
        let fields: Vec<&str> = changes.iter().map(|c| c.field.as_str()).collect();
        assert_eq!(fields, ["a.c", "gone", "l[0].x", "l[1].x"]);
        assert!(changes[1].cleared && changes[1].new.is_none());
        assert_eq!(changes[2].label, "l #1 › x");
        assert!(!changes[3].cleared && changes[3].old.is_none());
    }

    #[test]
    fn labels_follow_titles() {
        let schema = json!({"properties": {"r": {"title": "Recording", "properties": {
            "f": {"title": "Formats", "items": {"properties": {"n": {"title": "Name"}}}}}}}});
        assert_eq!(
            label_of(&schema, "r.f[1].n"),
            "Recording › Formats #2 › Name"
        );
        assert_eq!(label_of(&schema, "r.unknown"), "Recording › unknown");
    }
}
