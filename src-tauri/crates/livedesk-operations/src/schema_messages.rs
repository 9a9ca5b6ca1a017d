//! The words of a form schema as Fluent messages, and the schema in another language.
//!
//! A form's texts are written once, in English, in its Rust module (doc comments, choice
//! labels, `TITLE`, `HELP`). Each text gets a message id derived from where it sits, so the
//! module stays the one definition and translators see every text with a stable id:
//!
//! - `<prefix>-f-<field>[-<field>...]` — a field's title; attribute `.description`; a
//!   choice's label `.c-<value>` and its description `.c-<value>-desc`; a list's item path
//!   adds `-items`.
//!
//! The English catalog `i18n/en/engine/schema-*.ftl` is generated from the schemas and kept
//! in step by a drift test (`livedesk-core`, `tests/core/schema_catalog.rs`); the other
//! languages translate it. A text whose message a language lacks stays English.

use std::fmt::Write as _;

use livedesk_i18n::{lookup, Lang};
use serde_json::{Map, Value};

/// One message: its id, its value and its attributes, in English.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SchemaMessage {
    pub id: String,
    pub value: Option<String>,
    pub attributes: Vec<(String, String)>,
}

/// The messages of a form's fields (not its root title), in form order.
pub fn schema_messages(prefix: &str, schema: &Value) -> Vec<SchemaMessage> {
    let mut out = Vec::new();
    walk_properties(schema, &format!("{prefix}-f"), &mut |id, node| {
        if let Some(message) = message_of(id, node) {
            out.push(message);
        }
    });
    out
}

/// `schema` with its field texts in `lang` (each one its catalog has).
pub fn localize_schema(prefix: &str, schema: &mut Value, lang: Lang) {
    if lang == Lang::En {
        return;
    }
    walk_properties_mut(schema, &format!("{prefix}-f"), lang);
}

/// A message's id segment for `text` (a field name or a choice's value): Fluent ids allow
/// letters, digits, `_` and `-` only.
pub fn id_segment(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '_' || c == '-' {
                c
            } else {
                '_'
            }
        })
        .collect()
}

fn value_text(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn choice_key(option: &Map<String, Value>) -> Option<String> {
    option
        .get("const")
        .map(|c| format!("c-{}", id_segment(&value_text(c))))
}

fn message_of(id: String, node: &Map<String, Value>) -> Option<SchemaMessage> {
    let mut attributes = Vec::new();
    if let Some(Value::String(d)) = node.get("description") {
        attributes.push(("description".to_owned(), d.clone()));
    }
    for option in node
        .get("oneOf")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let (Some(option), Some(key)) =
            (option.as_object(), option.as_object().and_then(choice_key))
        else {
            continue;
        };
        if let Some(Value::String(title)) = option.get("title") {
            attributes.push((key.clone(), title.clone()));
        }
        if let Some(Value::String(d)) = option.get("description") {
            attributes.push((format!("{key}-desc"), d.clone()));
        }
    }
    let value = node.get("title").and_then(Value::as_str).map(str::to_owned);
    (value.is_some() || !attributes.is_empty()).then_some(SchemaMessage {
        id,
        value,
        attributes,
    })
}

fn walk_properties(node: &Value, id: &str, visit: &mut dyn FnMut(String, &Map<String, Value>)) {
    let Some(map) = node.as_object() else { return };
    if let Some(Value::Object(properties)) = map.get("properties") {
        let order: Vec<String> = match map.get("x-order").and_then(Value::as_array) {
            Some(order) => order
                .iter()
                .filter_map(|k| k.as_str().map(str::to_owned))
                .collect(),
            None => properties.keys().cloned().collect(),
        };
        let rest = properties
            .keys()
            .filter(|k| !order.contains(k))
            .cloned()
            .collect::<Vec<_>>();
        for key in order.iter().chain(rest.iter()) {
            let Some(Value::Object(child)) = properties.get(key) else {
                continue;
            };
            let child_id = format!("{id}-{}", id_segment(key));
            visit(child_id.clone(), child);
            walk_properties(&Value::Object(child.clone()), &child_id, visit);
        }
    }
    if let Some(Value::Object(items)) = map.get("items") {
        let item_id = format!("{id}-items");
        visit(item_id.clone(), items);
        walk_properties(&Value::Object(items.clone()), &item_id, visit);
    }
}

fn walk_properties_mut(node: &mut Value, id: &str, lang: Lang) {
    let Some(map) = node.as_object_mut() else {
        return;
    };
    if let Some(Value::Object(properties)) = map.get_mut("properties") {
        for (key, child) in properties.iter_mut() {
            let child_id = format!("{id}-{}", id_segment(key));
            translate(child, &child_id, lang);
            walk_properties_mut(child, &child_id, lang);
        }
    }
    if let Some(items) = map.get_mut("items") {
        let item_id = format!("{id}-items");
        translate(items, &item_id, lang);
        walk_properties_mut(items, &item_id, lang);
    }
}

fn translate(node: &mut Value, id: &str, lang: Lang) {
    let Some(map) = node.as_object_mut() else {
        return;
    };
    if map.contains_key("title") {
        if let Some(title) = lookup(lang, id, None) {
            map.insert("title".into(), Value::String(title));
        }
    }
    if map.contains_key("description") {
        if let Some(d) = lookup(lang, id, Some("description")) {
            map.insert("description".into(), Value::String(d));
        }
    }
    let hint_id = match (map.get("pattern"), map.contains_key("x-pattern-hint")) {
        (Some(Value::String(pattern)), true) => crate::schema::pattern_hint_id(pattern),
        _ => None,
    };
    if let Some(hint) = hint_id.and_then(|hint_id| lookup(lang, hint_id, None)) {
        map.insert("x-pattern-hint".into(), Value::String(hint));
    }
    if let Some(Value::Array(options)) = map.get_mut("oneOf") {
        for option in options.iter_mut().filter_map(Value::as_object_mut) {
            let Some(key) = choice_key(option) else {
                continue;
            };
            if let Some(title) = lookup(lang, id, Some(&key)) {
                option.insert("title".into(), Value::String(title));
            }
            if option.contains_key("description") {
                if let Some(d) = lookup(lang, id, Some(&format!("{key}-desc"))) {
                    option.insert("description".into(), Value::String(d));
                }
            }
        }
    }
}

/// Messages as Fluent source: the generated English catalog's text.
pub fn to_ftl(messages: &[SchemaMessage]) -> String {
    let mut out = String::new();
    for m in messages {
        let _ = write!(out, "{} =", m.id);
        if let Some(value) = &m.value {
            let _ = write!(out, " {}", escape(value));
        }
        out.push('\n');
        for (name, text) in &m.attributes {
            let _ = writeln!(out, "    .{name} = {}", escape(text));
        }
    }
    out
}

/// Fluent text: `{` and `}` start placeables, so they are written as string literals; a
/// value cannot start with `[`, `*` or `.`.
fn escape(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        match c {
            '{' => out.push_str("{\"{\"}"),
            '}' => out.push_str("{\"}\"}"),
            _ => out.push(c),
        }
    }
    if let Some(first) = out.chars().next().filter(|c| matches!(c, '[' | '*' | '.')) {
        out = format!("{{\"{first}\"}}{}", &out[1..]);
    }
    out
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn fields_choices_and_items_get_ids_from_where_they_sit() {
        let schema = json!({
            "type": "object",
            "x-order": ["b", "a"],
            "properties": {
                "a": {"title": "A {x}", "description": "About a"},
                "b": {"title": "B", "oneOf": [
                    {"const": "lp_sd", "title": "Standard", "description": "Smaller"},
                    {"const": 1, "title": "One"}
                ]},
                "list": {"type": "array", "items": {"type": "object",
                    "properties": {"url": {"title": "Address"}}}}
            }
        });
        let messages = schema_messages("op-x-y", &schema);
        let ftl = to_ftl(&messages);
        assert_eq!(
            ftl,
            "op-x-y-f-b = B\n    .c-lp_sd = Standard\n    .c-lp_sd-desc = Smaller\n    .c-1 = One\n\
             op-x-y-f-a = A {\"{\"}x{\"}\"}\n    .description = About a\n\
             op-x-y-f-list-items-url = Address\n"
        );
        let parsed = fluent_bundle::FluentResource::try_new(ftl);
        assert!(parsed.is_ok(), "{parsed:?}");
    }
}
