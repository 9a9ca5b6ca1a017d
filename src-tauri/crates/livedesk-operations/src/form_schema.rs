//! The form schema as the UI reads it: the JSON Schema keywords the form renderer uses, typed
//! (exported to TypeScript as `FormSchema`, so the UI compiles against it). Every other
//! keyword — `allOf` rules, `x-in`, `x-pattern-hint`, `additionalProperties` … — is kept
//! as it came in `rest`: the engine's validator reads the same schema as JSON, and a
//! schema turned into a `FormSchema` and back is unchanged (tested for every form). Forms
//! carry no `null` default or constant (an empty field is `null` anyway).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Number, Value};

/// A JSON Schema node of a form (object, field, list item or choice).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(optional_fields))]
pub struct FormSchema {
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub kind: Option<SchemaType>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default: Option<Value>,
    #[serde(rename = "minLength", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(type = "number", optional))]
    pub min_length: Option<u64>,
    #[serde(rename = "maxLength", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(type = "number", optional))]
    pub max_length: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pattern: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(type = "number", optional))]
    pub minimum: Option<Number>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(type = "number", optional))]
    pub maximum: Option<Number>,
    #[serde(rename = "minItems", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(type = "number", optional))]
    pub min_items: Option<u64>,
    #[serde(rename = "maxItems", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(type = "number", optional))]
    pub max_items: Option<u64>,
    /// `date-time`, `uri`, `password` …
    #[serde(skip_serializing_if = "Option::is_none")]
    pub format: Option<String>,
    /// A secret: never shown again once saved.
    #[serde(rename = "writeOnly", skip_serializing_if = "Option::is_none")]
    pub write_only: Option<bool>,
    #[serde(rename = "readOnly", skip_serializing_if = "Option::is_none")]
    pub read_only: Option<bool>,
    /// Cannot change once created.
    #[serde(rename = "x-immutable", skip_serializing_if = "Option::is_none")]
    pub immutable: Option<bool>,
    #[serde(rename = "enum", skip_serializing_if = "Option::is_none")]
    pub choices: Option<Vec<Value>>,
    /// Choices (`const` and `title` each), or alternatives.
    #[serde(rename = "oneOf", skip_serializing_if = "Option::is_none")]
    pub one_of: Option<Vec<FormSchema>>,
    #[serde(rename = "anyOf", skip_serializing_if = "Option::is_none")]
    pub any_of: Option<Vec<FormSchema>>,
    #[serde(rename = "const", skip_serializing_if = "Option::is_none")]
    pub constant: Option<Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub properties: Option<BTreeMap<String, FormSchema>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub required: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub items: Option<Box<FormSchema>>,
    /// The properties in display order.
    #[serde(rename = "x-order", skip_serializing_if = "Option::is_none")]
    pub order: Option<Vec<String>>,
    /// Shown (and sent) only while a sibling field has one of these values.
    #[serde(rename = "x-only-when", skip_serializing_if = "Option::is_none")]
    pub only_when: Option<Condition>,
    /// Required while a sibling field has one of these values.
    #[serde(rename = "x-required-when", skip_serializing_if = "Option::is_none")]
    pub required_when: Option<Condition>,
    /// A group switched on by one checkbox: the boolean of that name among the group's own
    /// fields or, when it has none, beside the group. The form shows that one checkbox (with
    /// the group's title) and the group's fields only while it is on.
    #[serde(rename = "x-switch", skip_serializing_if = "Option::is_none")]
    pub switch: Option<String>,
    /// The keywords only the engine reads, as they came.
    #[serde(flatten)]
    #[cfg_attr(feature = "ts", ts(skip))]
    pub rest: Map<String, Value>,
}

/// `type`: one JSON type, or several (`["string", "null"]`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(untagged)]
pub enum SchemaType {
    One(String),
    Many(Vec<String>),
}

/// A sibling field and the values that make a rule hold.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Condition {
    pub field: String,
    #[serde(rename = "in")]
    pub values: Vec<Value>,
}

impl FormSchema {
    /// The typed view of a form's JSON Schema.
    pub fn from_json(schema: &Value) -> Result<FormSchema, serde_json::Error> {
        FormSchema::deserialize(schema)
    }

    /// The schema as JSON again, exactly as it was given to [`FormSchema::from_json`].
    pub fn to_json(&self) -> Value {
        serde_json::to_value(self).expect("a form schema is plain JSON")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_operation_form_round_trips_unchanged() {
        for info in crate::catalog() {
            let typed = FormSchema::from_json(&info.schema).expect(&info.id);
            assert_eq!(typed.to_json(), info.schema, "{}", info.id);
            assert!(typed.properties.is_some(), "{}", info.id);
        }
    }
}
