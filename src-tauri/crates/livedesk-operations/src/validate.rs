//! Server-side validation: the input is checked against the operation's own schema (the one
//! the form is rendered from), so every constraint is defined once. Never trusts the UI.
//!
//! Only the keywords `schema.rs` produces are interpreted: `type`, `properties`, `required`,
//! `additionalProperties: false`, `x-order`, `minLength`/`maxLength` (in characters),
//! `pattern` (with `x-pattern-hint`), `format: date-time`/`uri`, `minimum`/`maximum`,
//! `minItems`/`maxItems`, `items`, `oneOf` of constants, and the `allOf: [{if, then, else}]`
//! rules of `schema::When`. `null` counts as empty.

use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

use livedesk_i18n::t;
use regex::Regex;
use serde_json::{Map, Value};

use crate::error::FieldProblem;

/// Every problem of `input`, in display order.
pub(crate) fn validate(schema: &Value, input: &Value) -> Vec<FieldProblem> {
    let mut problems = Vec::new();
    if input.is_null() {
        problems.push(FieldProblem::new("", t!("operations-form-empty")));
        return problems;
    }
    check(schema, input, "", &t!("operations-the-form"), &mut problems);
    problems
}

fn title_of<'a>(node: &'a Value, fallback: &'a str) -> &'a str {
    node.get("title")
        .and_then(Value::as_str)
        .unwrap_or(fallback)
}

fn child_path(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_owned()
    } else {
        format!("{path}.{key}")
    }
}

fn check(node: &Value, value: &Value, path: &str, title: &str, out: &mut Vec<FieldProblem>) {
    if value.is_null() {
        return;
    }
    let problem = |out: &mut Vec<FieldProblem>, message: String| {
        out.push(FieldProblem::new(path, message));
    };
    let kind = node.get("type").and_then(Value::as_str).unwrap_or("");
    match kind {
        "object" => {
            let Some(object) = value.as_object() else {
                return problem(out, t!("operations-must-be-group", title = title));
            };
            check_object(node, object, path, out);
        }
        "array" => {
            let Some(items) = value.as_array() else {
                return problem(out, t!("operations-must-be-list", title = title));
            };
            check_array(node, items, path, title, out);
        }
        "string" => {
            let Some(text) = value.as_str() else {
                return problem(out, t!("operations-must-be-text", title = title));
            };
            if let Some(message) = check_string(node, text, title) {
                problem(out, message);
            }
        }
        "integer" | "number" => {
            let integer = kind == "integer";
            let ok = match value {
                Value::Number(n) if integer => {
                    n.is_i64() || n.is_u64() || n.as_f64().is_some_and(|f| f.fract() == 0.0)
                }
                Value::Number(_) => true,
                _ => false,
            };
            if !ok {
                let message = if integer {
                    t!("operations-must-be-whole-number", title = title)
                } else {
                    t!("operations-must-be-number", title = title)
                };
                return problem(out, message);
            }
            if let Some(message) = check_number(node, value.as_f64().unwrap_or_default(), title) {
                problem(out, message);
            }
        }
        "boolean" if !value.is_boolean() => {
            return problem(out, t!("operations-must-be-on-off", title = title));
        }
        _ => {}
    }
    if let Some(message) = check_choice(node, value, title) {
        problem(out, message);
    }
}

fn check_object(
    node: &Value,
    object: &Map<String, Value>,
    path: &str,
    out: &mut Vec<FieldProblem>,
) {
    let empty = Map::new();
    let properties = node
        .get("properties")
        .and_then(Value::as_object)
        .unwrap_or(&empty);
    let required: Vec<&str> = node
        .get("required")
        .and_then(Value::as_array)
        .map(|r| r.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let mut order: Vec<&str> = node
        .get("x-order")
        .and_then(Value::as_array)
        .map(|o| o.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    for key in properties.keys() {
        if !order.contains(&key.as_str()) {
            order.push(key);
        }
    }
    for key in order {
        let Some(child) = properties.get(key) else {
            continue;
        };
        let field = child_path(path, key);
        let title = title_of(child, key);
        match object.get(key).filter(|v| !v.is_null()) {
            None if required.contains(&key) => {
                out.push(FieldProblem::new(
                    field,
                    t!("operations-required", title = title),
                ));
            }
            None => {}
            Some(value) => check(child, value, &field, title, out),
        }
    }
    if node.get("additionalProperties") == Some(&Value::Bool(false)) {
        for key in object.keys().filter(|k| !properties.contains_key(*k)) {
            out.push(FieldProblem::new(
                child_path(path, key),
                t!("operations-not-a-field", key = key),
            ));
        }
    }
    for rule in node
        .get("allOf")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        check_rule(rule, properties, object, path, out);
    }
}

/// A `schema::When` rule: `if {properties: {F: {const|enum}}, required: [F]}`, `then
/// {required}`, `else {properties: {X: false}}`.
fn check_rule(
    rule: &Value,
    properties: &Map<String, Value>,
    object: &Map<String, Value>,
    path: &str,
    out: &mut Vec<FieldProblem>,
) {
    let Some((field, test)) = rule
        .pointer("/if/properties")
        .and_then(Value::as_object)
        .and_then(|p| p.iter().next())
    else {
        return;
    };
    let values: Vec<&Value> = match (test.get("const"), test.get("enum")) {
        (Some(one), _) => vec![one],
        (None, Some(Value::Array(many))) => many.iter().collect(),
        _ => return,
    };
    let current = object.get(field).filter(|v| !v.is_null());
    let holds = current.is_some_and(|v| values.contains(&v));
    let condition_node = properties.get(field).unwrap_or(&Value::Null);
    let choices = values
        .iter()
        .map(|v| quoted(&label(condition_node, v)))
        .reduce(|left, right| t!("operations-or", left = left, right = right))
        .unwrap_or_default();
    let condition = t!(
        "operations-condition",
        title = title_of(condition_node, field),
        values = choices
    );
    let present = |key: &str| object.get(key).is_some_and(|v| !v.is_null());
    let title = |key: &str| {
        properties
            .get(key)
            .map_or(key.to_owned(), |p| title_of(p, key).to_owned())
    };
    if holds {
        let required = rule
            .pointer("/then/required")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str);
        for key in required.filter(|k| !present(k)) {
            out.push(FieldProblem::new(
                child_path(path, key),
                t!(
                    "operations-required-when",
                    title = title(key),
                    condition = &condition
                ),
            ));
        }
    } else if let Some(forbidden) = rule.pointer("/else/properties").and_then(Value::as_object) {
        for key in forbidden.keys().filter(|k| present(k)) {
            out.push(FieldProblem::new(
                child_path(path, key),
                t!(
                    "operations-only-used-when",
                    title = title(key),
                    condition = &condition
                ),
            ));
        }
    }
}

/// The human label of a choice value (its `oneOf` title), else the value itself.
pub(crate) fn label(node: &Value, value: &Value) -> String {
    node.get("oneOf")
        .and_then(Value::as_array)
        .and_then(|options| options.iter().find(|o| o.get("const") == Some(value)))
        .and_then(|o| o.get("title"))
        .and_then(Value::as_str)
        .map(str::to_owned)
        .unwrap_or_else(|| match value {
            Value::String(s) => s.clone(),
            Value::Bool(true) => t!("operations-label-on"),
            Value::Bool(false) => t!("operations-label-off"),
            other => other.to_string(),
        })
}

fn check_array(
    node: &Value,
    items: &[Value],
    path: &str,
    title: &str,
    out: &mut Vec<FieldProblem>,
) {
    let count = items.len() as u64;
    if let Some(min) = node.get("minItems").and_then(Value::as_u64) {
        if count < min {
            out.push(FieldProblem::new(
                path,
                t!("operations-min-entries", title = title, count = min),
            ));
        }
    }
    if let Some(max) = node.get("maxItems").and_then(Value::as_u64) {
        if count > max {
            out.push(FieldProblem::new(
                path,
                t!(
                    "operations-max-entries",
                    title = title,
                    count = max,
                    given = count
                ),
            ));
        }
    }
    if let Some(item) = node.get("items") {
        for (i, value) in items.iter().enumerate() {
            let field = format!("{path}[{i}]");
            let item_title = t!(
                "operations-entry-title",
                title = title_of(item, title),
                n = i + 1
            );
            if value.is_null() {
                out.push(FieldProblem::new(
                    field,
                    t!("operations-entry-empty", title = &item_title),
                ));
                continue;
            }
            check(item, value, &field, &item_title, out);
        }
    }
}

fn check_string(node: &Value, text: &str, title: &str) -> Option<String> {
    let chars = text.chars().count() as u64;
    let min = node.get("minLength").and_then(Value::as_u64);
    let max = node.get("maxLength").and_then(Value::as_u64);
    match min {
        Some(1) if chars == 0 => return Some(t!("operations-must-not-be-empty", title = title)),
        Some(min) if chars < min => {
            return Some(t!("operations-min-chars", title = title, min = min))
        }
        _ => {}
    }
    if let Some(max) = max.filter(|max| chars > *max) {
        return Some(t!(
            "operations-max-chars",
            title = title,
            max = max,
            given = chars
        ));
    }
    if let Some(pattern) = node.get("pattern").and_then(Value::as_str) {
        if !matches(pattern, text) {
            let hint = node
                .get("x-pattern-hint")
                .and_then(Value::as_str)
                .map_or_else(|| t!("operations-pattern-other"), str::to_owned);
            return Some(t!("operations-pattern-problem", title = title, hint = hint));
        }
    }
    match node.get("format").and_then(Value::as_str) {
        Some("date-time") if crate::time::parse_rfc3339(text).is_none() => {
            Some(t!("operations-must-be-date-time", title = title))
        }
        Some("uri") if !looks_like_uri(text) => Some(t!("operations-must-be-uri", title = title)),
        _ => None,
    }
}

fn looks_like_uri(text: &str) -> bool {
    match text.split_once("://") {
        Some((scheme, rest)) => {
            !scheme.is_empty()
                && scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
                && !rest.is_empty()
                && !text.chars().any(char::is_whitespace)
        }
        None => false,
    }
}

fn matches(pattern: &str, text: &str) -> bool {
    static CACHE: OnceLock<Mutex<HashMap<String, Regex>>> = OnceLock::new();
    let cache = CACHE.get_or_init(Default::default);
    let mut cache = cache.lock().unwrap_or_else(|e| e.into_inner());
    let regex = cache
        .entry(pattern.to_owned())
        .or_insert_with(|| Regex::new(pattern).expect("the operations' patterns are valid"));
    regex.is_match(text)
}

/// A number as a producer writes it: no `.0` on whole numbers.
pub(crate) fn number_text(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}

fn check_number(node: &Value, n: f64, title: &str) -> Option<String> {
    let min = node.get("minimum").and_then(Value::as_f64);
    let max = node.get("maximum").and_then(Value::as_f64);
    let outside = min.is_some_and(|m| n < m) || max.is_some_and(|m| n > m);
    if !outside {
        return None;
    }
    let given = number_text(n);
    Some(match (min, max) {
        (Some(min), Some(max)) => t!(
            "operations-number-from-to",
            title = title,
            min = number_text(min),
            max = number_text(max),
            given = given
        ),
        (Some(min), None) => t!(
            "operations-number-at-least",
            title = title,
            min = number_text(min),
            given = given
        ),
        (None, Some(max)) => t!(
            "operations-number-at-most",
            title = title,
            max = number_text(max),
            given = given
        ),
        (None, None) => unreachable!("outside needs a bound"),
    })
}

fn check_choice(node: &Value, value: &Value, title: &str) -> Option<String> {
    let options = node.get("oneOf").and_then(Value::as_array)?;
    let consts: Vec<&Value> = options.iter().filter_map(|o| o.get("const")).collect();
    if consts.len() != options.len() {
        return None;
    }
    let same = |c: &&Value| match (c, value) {
        (Value::Number(a), Value::Number(b)) => a.as_f64() == b.as_f64(),
        (a, b) => *a == b,
    };
    if consts.iter().any(same) {
        return None;
    }
    let labels = consts
        .iter()
        .map(|c| quoted(&label(node, c)))
        .reduce(|list, next| t!("operations-list-next", list = list, next = next))
        .unwrap_or_default();
    Some(t!(
        "operations-must-be-one-of",
        title = title,
        choices = labels
    ))
}

/// A choice's label in the language's quotation marks.
fn quoted(label: &str) -> String {
    t!("operations-quoted", label = label)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn schema() -> Value {
        json!({
            "type": "object",
            "x-order": ["name", "size", "kind", "token", "tags"],
            "additionalProperties": false,
            "required": ["name"],
            "properties": {
                "name": {"type": "string", "title": "Name", "minLength": 1, "maxLength": 5,
                         "pattern": "^[a-z]+$", "x-pattern-hint": "may only contain a to z"},
                "size": {"type": "number", "title": "Size", "minimum": 1, "maximum": 50},
                "kind": {"type": "string", "title": "Privacy", "oneOf": [
                    {"const": "PUBLIC", "title": "Public"}, {"const": "TOKEN", "title": "Token"}]},
                "token": {"type": "object", "title": "Token settings", "properties": {
                    "limit": {"type": "integer", "title": "Device limit", "minimum": 0, "maximum": 1000}}},
                "tags": {"type": "array", "title": "Labels", "maxItems": 2,
                         "items": {"type": "string", "title": "Label", "maxLength": 3}},
                "when": {"type": "string", "title": "When", "format": "date-time"}
            },
            "allOf": [{
                "if": {"properties": {"kind": {"const": "TOKEN"}}, "required": ["kind"]},
                "then": {"required": ["token"]},
                "else": {"properties": {"token": false}}
            }]
        })
    }

    fn problems(input: Value) -> Vec<(String, String)> {
        validate(&schema(), &input)
            .into_iter()
            .map(|p| (p.field, p.message))
            .collect()
    }

    #[test]
    fn a_valid_input_passes() {
        assert_eq!(
            problems(json!({"name": "abc", "size": 12.5, "kind": "PUBLIC"})),
            vec![]
        );
        assert_eq!(
            problems(
                json!({"name": "abc", "kind": "TOKEN", "token": {"limit": 3}, "tags": ["a"], "when": "2025-06-01T08:00:00+09:00"})
            ),
            vec![]
        );
        assert_eq!(
            problems(json!({"name": "abc", "token": null, "size": null})),
            vec![]
        );
    }

    #[test]
    fn each_keyword_names_the_field_in_plain_words() {
        let p = |input| problems(input).into_iter().next().unwrap();
        assert_eq!(p(json!({})), ("name".into(), "Name is required.".into()));
        assert_eq!(p(json!({"name": ""})).1, "Name must not be empty.");
        assert_eq!(
            p(json!({"name": "abcdef"})).1,
            "Name must be at most 5 characters long (it has 6)."
        );
        assert_eq!(p(json!({"name": "AB"})).1, "Name may only contain a to z.");
        assert_eq!(p(json!({"name": 5})).1, "Name must be text.");
        assert_eq!(
            p(json!({"name": "a", "size": 60})),
            ("size".into(), "Size must be from 1 to 50 (not 60).".into())
        );
        assert_eq!(
            p(json!({"name": "a", "kind": "SECRET"})).1,
            "Privacy must be one of “Public”, “Token”."
        );
        assert_eq!(
            p(json!({"name": "a", "kind": "TOKEN", "token": {"limit": 1.5}})),
            (
                "token.limit".into(),
                "Device limit must be a whole number.".into()
            )
        );
        assert_eq!(
            p(json!({"name": "a", "tags": ["a", "b", "c"]})).1,
            "Labels can have at most 2 entries (it has 3)."
        );
        assert_eq!(
            p(json!({"name": "a", "tags": ["a", "long"]})),
            (
                "tags[1]".into(),
                "Label (entry 2) must be at most 3 characters long (it has 4).".into()
            )
        );
        assert_eq!(
            p(json!({"name": "a", "when": "yesterday"})).1,
            "When must be a date and time such as 2025-06-01T08:00:00Z."
        );
        assert_eq!(
            p(json!({"name": "a", "colour": "red"})),
            (
                "colour".into(),
                "“colour” is not a field of this form.".into()
            )
        );
    }

    #[test]
    fn conditional_rules_name_the_dependent_field() {
        assert_eq!(
            problems(json!({"name": "a", "kind": "TOKEN"})),
            vec![(
                "token".into(),
                "Token settings is required when Privacy is “Token”.".into()
            )]
        );
        assert_eq!(
            problems(json!({"name": "a", "kind": "PUBLIC", "token": {}})),
            vec![(
                "token".into(),
                "Token settings is only used when Privacy is “Token”; leave it empty.".into()
            )]
        );
    }

    #[test]
    fn all_problems_come_in_display_order() {
        let all = problems(json!({"size": 0, "name": "ABCDEFG"}));
        let fields: Vec<&str> = all.iter().map(|(f, _)| f.as_str()).collect();
        assert_eq!(fields, ["name", "size"]);
    }
}
