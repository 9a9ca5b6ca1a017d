//! The form of an operation: the JSON Schema of its input type, in the shape the UI renders.
//!
//! The input types are ordinary Rust structs deriving `serde` and `schemars`; this module
//! turns schemars' output into a self-contained schema with these conventions:
//!
//! - every `$ref` is inlined; no `null` alternatives (an optional field is simply not in
//!   `required`, and `null` is accepted as "empty");
//! - the first paragraph of a doc comment is the `title`, the rest the `description`, each on
//!   one line;
//! - a choice is `{"type": "string" | "integer", "oneOf": [{"const", "title"}, ...]}` in the
//!   vendor's order, the `title` being the human label;
//! - `x-order` on every object lists its properties in display order (the struct's order);
//! - conditional rules appear twice: as standard `allOf: [{if, then, else}]` on the object,
//!   and as `x-required-when` / `x-only-when: {"field", "in": [values]}` on the dependent
//!   property (a sibling field decides);
//! - `x-in` on each top-level property says where it goes (`path`, `query`, `header`,
//!   `body`); `x-json-string: true` marks an Alibaba parameter sent as a JSON string;
//!   `x-immutable: true` a field that cannot change once created; `x-secret: true` (with
//!   `writeOnly`) a value masked in reviews; `x-pattern-hint` says in words what a `pattern`
//!   wants; `x-format: "json"` a free-form object.
//!
//! The same schema drives the engine's validation (`validate.rs`), so what the form shows and
//! what the engine enforces cannot drift apart.

use schemars::generate::SchemaSettings;
use schemars::transform::Transform;
use schemars::{JsonSchema, Schema};
use serde::de::{self, DeserializeOwned, Deserializer, Visitor};
use serde::Serialize;
use serde_json::{json, Map, Value};

/// The normalised schema of `T`, titled after the operation.
pub(crate) fn schema_for<T: JsonSchema>(title: &str, default_in: &str) -> Value {
    let schema = SchemaSettings::draft2020_12()
        .with(|s| s.inline_subschemas = true)
        .into_generator()
        .into_root_schema_for::<T>();
    let mut value = schema.to_value();
    normalize(&mut value);
    if let Value::Object(root) = &mut value {
        root.insert("title".into(), Value::String(title.to_owned()));
        root.remove("description");
        if let Some(Value::Object(properties)) = root.get_mut("properties") {
            for property in properties.values_mut() {
                if let Value::Object(p) = property {
                    p.entry("x-in")
                        .or_insert_with(|| Value::String(default_in.to_owned()));
                }
            }
        }
    }
    value
}

/// Patterns used by the operations, with what they want in words (`x-pattern-hint`, added
/// wherever one of them appears, list items included).
pub(crate) const NO_SPACES: &str = r"^\S+$";
pub(crate) const COUNTRY_CODE: &str = "^[A-Z]{2}$";
pub(crate) const RTMP_URL: &str = r"^rtmp://\S+$";
pub(crate) const RTMP_OR_RTMPS_URL: &str = r"^rtmps?://\S+$";
pub(crate) const HTTP_URL: &str = r"^https?://\S+$";
pub(crate) const SECONDS: &str = r"^[0-9]+(\.[0-9]+)?s$";
pub(crate) const BV_CUSTOM_ID: &str = "^[a-zA-Z0-9._-]{1,150}$";
pub(crate) const UTC_SECONDS: &str = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$";

/// What a pattern asks for, as a message id: the English schema carries its English text
/// (`x-pattern-hint`), and `schema_messages` puts it in the form's language.
const PATTERN_HINTS: [(&str, &str); 8] = [
    (NO_SPACES, "operations-pattern-no-spaces"),
    (COUNTRY_CODE, "operations-pattern-country-code"),
    (RTMP_URL, "operations-pattern-rtmp-url"),
    (RTMP_OR_RTMPS_URL, "operations-pattern-rtmp-or-rtmps-url"),
    (HTTP_URL, "operations-pattern-http-url"),
    (SECONDS, "operations-pattern-seconds"),
    (BV_CUSTOM_ID, "operations-pattern-custom-id"),
    (UTC_SECONDS, "operations-pattern-utc-seconds"),
];

/// The message id of the hint for `pattern`, when it has one.
pub(crate) fn pattern_hint_id(pattern: &str) -> Option<&'static str> {
    PATTERN_HINTS
        .iter()
        .find(|(p, _)| *p == pattern)
        .map(|(_, id)| *id)
}

/// Formats the validator checks; anything else (`int32`, `double` ...) says nothing a form
/// needs.
const KEPT_FORMATS: [&str; 2] = ["date-time", "uri"];

fn normalize(value: &mut Value) {
    let Value::Object(map) = value else {
        if let Value::Array(items) = value {
            items.iter_mut().for_each(normalize);
        }
        return;
    };
    unwrap_nullable(map);
    if let Some(Value::Array(types)) = map.get_mut("type") {
        types.retain(|t| t != "null");
        if types.len() == 1 {
            let only = types.remove(0);
            map.insert("type".into(), only);
        }
    }
    if let Some(Value::Array(values)) = map.get_mut("enum") {
        values.retain(|v| !v.is_null());
    }
    if map.get("default").is_some_and(Value::is_null) {
        map.remove("default");
    }
    if let Some(Value::String(format)) = map.get("format") {
        if !KEPT_FORMATS.contains(&format.as_str()) {
            map.remove("format");
        }
    }
    if let Some(Value::String(pattern)) = map.get("pattern") {
        if let Some(id) = pattern_hint_id(pattern) {
            let hint = livedesk_i18n::tr_in(livedesk_i18n::Lang::En, id, &[]);
            map.entry("x-pattern-hint").or_insert(Value::String(hint));
        }
    }
    split_doc(map);
    choices(map);
    for (key, child) in map.iter_mut() {
        match key.as_str() {
            "properties" => {
                if let Value::Object(props) = child {
                    props.values_mut().for_each(normalize);
                }
            }
            "items" | "additionalProperties" | "if" | "then" | "else" | "not" => normalize(child),
            "allOf" | "anyOf" | "oneOf" => normalize(child),
            _ => {}
        }
    }
}

/// `anyOf: [S, {type: null}]` (an `Option` of an enum) becomes `S`, keeping the field's own
/// title and description.
fn unwrap_nullable(map: &mut Map<String, Value>) {
    for key in ["anyOf", "oneOf"] {
        let Some(Value::Array(alternatives)) = map.get(key) else {
            continue;
        };
        let is_null = |v: &Value| v.get("type").is_some_and(|t| t == "null");
        if alternatives.len() != 2 || !alternatives.iter().any(is_null) {
            continue;
        }
        let Some(Value::Array(alternatives)) = map.remove(key) else {
            continue;
        };
        for alternative in alternatives.into_iter().filter(|a| !is_null(a)) {
            if let Value::Object(inner) = alternative {
                for (k, v) in inner {
                    map.entry(k).or_insert(v);
                }
            }
        }
    }
}

/// One line: doc comments wrap, forms do not.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// First paragraph → `title`, the rest → `description`.
fn split_doc(map: &mut Map<String, Value>) {
    let Some(Value::String(doc)) = map.get("description").cloned() else {
        return;
    };
    let doc = doc.trim();
    let (first, rest) = match doc.split_once("\n\n") {
        Some((first, rest)) => (first, rest),
        None => (doc, ""),
    };
    if !map.contains_key("title") {
        map.insert("title".into(), Value::String(one_line(first)));
        if rest.trim().is_empty() {
            map.remove("description");
        } else {
            map.insert("description".into(), Value::String(one_line(rest)));
        }
    } else {
        map.insert("description".into(), Value::String(one_line(doc)));
    }
}

/// `enum: [...]` and schemars' `oneOf: [{type, const, description}]` both become
/// `{type, oneOf: [{const, title}]}`.
fn choices(map: &mut Map<String, Value>) {
    if let Some(Value::Array(values)) = map.remove("enum") {
        let options: Vec<Value> = values
            .into_iter()
            .map(|v| {
                let title = match &v {
                    Value::String(s) => s.clone(),
                    other => other.to_string(),
                };
                json!({"const": v, "title": title})
            })
            .collect();
        map.insert("oneOf".into(), Value::Array(options));
    }
    let Some(Value::Array(options)) = map.get_mut("oneOf") else {
        return;
    };
    if !options.iter().all(|o| o.get("const").is_some()) {
        return;
    }
    let mut kind = None;
    for option in options.iter_mut() {
        let Value::Object(o) = option else { continue };
        if let Some(t) = o.remove("type") {
            kind = Some(t);
        }
        split_doc(o);
        if !o.contains_key("title") {
            let title = match &o["const"] {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            o.insert("title".into(), Value::String(title));
        }
    }
    let kind = kind.unwrap_or_else(|| match options.first().and_then(|o| o.get("const")) {
        Some(Value::Number(n)) if n.is_i64() || n.is_u64() => json!("integer"),
        Some(Value::Number(_)) => json!("number"),
        Some(Value::Bool(_)) => json!("boolean"),
        _ => json!("string"),
    });
    map.entry("type").or_insert(kind);
}

/// `#[schemars(transform = ordered::<Self>)]`: `x-order`, the properties in the struct's
/// order (schemars keeps them sorted by name).
pub(crate) fn ordered<T: DeserializeOwned>(schema: &mut Schema) {
    let fields = serde_fields::<T>();
    let present: Vec<Value> = match schema.get("properties").and_then(Value::as_object) {
        Some(properties) => fields
            .iter()
            .filter(|f| properties.contains_key(**f))
            .map(|f| Value::String((*f).to_owned()))
            .collect(),
        None => return,
    };
    schema.insert("x-order".into(), Value::Array(present));
}

/// The serialised field names of a struct, in order, as serde's derive hands them to a
/// deserializer.
fn serde_fields<T: DeserializeOwned>() -> Vec<&'static str> {
    let mut fields = Vec::new();
    let _ = T::deserialize(FieldRecorder(&mut fields));
    fields
}

struct FieldRecorder<'a>(&'a mut Vec<&'static str>);

impl<'de> Deserializer<'de> for FieldRecorder<'_> {
    type Error = de::value::Error;

    fn deserialize_any<V: Visitor<'de>>(self, _visitor: V) -> Result<V::Value, Self::Error> {
        Err(de::Error::custom("only structs are recorded"))
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        fields: &'static [&'static str],
        _visitor: V,
    ) -> Result<V::Value, Self::Error> {
        self.0.extend_from_slice(fields);
        Err(de::Error::custom("recorded"))
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        option unit unit_struct newtype_struct seq tuple tuple_struct map enum identifier
        ignored_any
    }
}

/// A conditional rule on an object, decided by one sibling field:
/// `#[schemars(transform = when("type", &["SECURITY_PRIVACY_TYPE_TOKEN"]).required_only("token"))]`.
///
/// - `required`: the fields must be filled when the condition holds;
/// - `only`: the fields must be empty when it does not.
#[derive(Debug, Clone)]
pub(crate) struct When {
    field: &'static str,
    values: Vec<Value>,
    required: Vec<&'static str>,
    only: Vec<&'static str>,
}

pub(crate) fn when<V: Serialize>(field: &'static str, values: &[V]) -> When {
    When {
        field,
        values: values
            .iter()
            .map(|v| serde_json::to_value(v).expect("plain values"))
            .collect(),
        required: Vec::new(),
        only: Vec::new(),
    }
}

impl When {
    /// Filled when the condition holds.
    pub(crate) fn required(mut self, field: &'static str) -> Self {
        self.required.push(field);
        self
    }

    /// Filled when the condition holds, empty otherwise.
    pub(crate) fn required_only(mut self, field: &'static str) -> Self {
        self.required.push(field);
        self.only.push(field);
        self
    }

    /// Allowed only when the condition holds (optional even then).
    pub(crate) fn only(mut self, field: &'static str) -> Self {
        self.only.push(field);
        self
    }
}

impl Transform for When {
    fn transform(&mut self, schema: &mut Schema) {
        let condition = json!({"field": self.field, "in": self.values});
        let test = if self.values.len() == 1 {
            json!({"const": self.values[0]})
        } else {
            json!({"enum": self.values})
        };
        let mut rule = json!({
            "if": {"properties": {self.field: test}, "required": [self.field]},
        });
        if !self.required.is_empty() {
            rule["then"] = json!({"required": self.required});
        }
        if !self.only.is_empty() {
            let forbidden: Map<String, Value> = self
                .only
                .iter()
                .map(|f| ((*f).to_owned(), Value::Bool(false)))
                .collect();
            rule["else"] = json!({"properties": forbidden});
        }
        if let Some(Value::Object(properties)) = schema.get_mut("properties") {
            for field in &self.required {
                if let Some(Value::Object(p)) = properties.get_mut(*field) {
                    p.insert("x-required-when".into(), condition.clone());
                }
            }
            for field in &self.only {
                if let Some(Value::Object(p)) = properties.get_mut(*field) {
                    p.insert("x-only-when".into(), condition.clone());
                }
            }
        }
        match schema.get_mut("allOf") {
            Some(Value::Array(rules)) => rules.push(rule),
            _ => {
                schema.insert("allOf".into(), Value::Array(vec![rule]));
            }
        }
    }
}

/// A choice sent as an integer (`0`/`1` flags and modes): serde, schemars (`oneOf` with
/// labels) and a `Display` with the label.
macro_rules! int_choice {
    (
        $(#[doc = $doc:literal])*
        $vis:vis enum $name:ident { $( $(#[doc = $vdoc:literal])* $variant:ident = $value:literal => $label:literal, )+ }
    ) => {
        $(#[doc = $doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        $vis enum $name { $( $(#[doc = $vdoc])* $variant, )+ }

        impl $name {
            pub fn value(self) -> u8 {
                match self { $( Self::$variant => $value, )+ }
            }

            pub fn label(self) -> &'static str {
                match self { $( Self::$variant => $label, )+ }
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_u8(self.value())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let n = <u64 as serde::Deserialize>::deserialize(d)?;
                match n {
                    $( $value => Ok(Self::$variant), )+
                    other => Err(serde::de::Error::custom(format!("{other} is not one of the choices"))),
                }
            }
        }

        impl schemars::JsonSchema for $name {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($name).into()
            }

            fn inline_schema() -> bool {
                true
            }

            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                schemars::json_schema!({
                    "type": "integer",
                    "oneOf": [ $( {"const": $value, "title": $label} ),+ ]
                })
            }
        }
    };
}
pub(crate) use int_choice;

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    /// Kind of thing
    #[derive(Serialize, Deserialize, JsonSchema)]
    enum Kind {
        /// Public
        ///
        /// Anyone can watch.
        Public,
        /// Token
        Token,
    }

    #[allow(dead_code)]
    mod flag {
        crate::schema::int_choice! {
            /// A flag
            pub enum Flag { Off = 0 => "Off", On = 1 => "On", }
        }
    }
    use flag::Flag;

    /// Inner
    ///
    /// Its details,
    /// wrapped.
    #[derive(Serialize, Deserialize, JsonSchema)]
    #[schemars(transform = ordered::<Self>)]
    #[schemars(transform = when("kind", &["Token"]).required_only("token"))]
    struct Inner {
        /// Zebra
        zebra: Option<u32>,
        kind: Option<Kind>,
        token: Option<String>,
        flag: Option<Flag>,
    }

    /// Root
    #[derive(Serialize, Deserialize, JsonSchema)]
    #[schemars(transform = ordered::<Self>)]
    struct Root {
        #[schemars(extend("x-in" = "path"))]
        id: String,
        inner: Option<Inner>,
        list: Option<Vec<Inner>>,
    }

    #[test]
    fn conventions() {
        let schema = schema_for::<Root>("The operation", "body");
        assert_eq!(schema["title"], "The operation");
        assert_eq!(schema["x-order"], json!(["id", "inner", "list"]));
        assert_eq!(schema["properties"]["id"]["x-in"], "path");
        assert_eq!(schema["properties"]["inner"]["x-in"], "body");
        let inner = &schema["properties"]["inner"];
        assert_eq!(inner["type"], "object");
        assert_eq!(inner["title"], "Inner");
        assert_eq!(inner["description"], "Its details, wrapped.");
        assert_eq!(inner["x-order"], json!(["zebra", "kind", "token", "flag"]));
        assert_eq!(inner["properties"]["zebra"]["type"], "integer");
        assert!(inner["properties"]["zebra"].get("format").is_none());
        let kind = &inner["properties"]["kind"];
        assert_eq!(kind["type"], "string");
        assert_eq!(
            kind["oneOf"][0],
            json!({"const": "Public", "title": "Public", "description": "Anyone can watch."})
        );
        assert_eq!(
            inner["properties"]["flag"],
            json!({"type": "integer", "oneOf": [{"const": 0, "title": "Off"}, {"const": 1, "title": "On"}]})
        );
        assert_eq!(
            inner["properties"]["token"]["x-required-when"],
            json!({"field": "kind", "in": ["Token"]})
        );
        assert_eq!(
            inner["allOf"][0],
            json!({
                "if": {"properties": {"kind": {"const": "Token"}}, "required": ["kind"]},
                "then": {"required": ["token"]},
                "else": {"properties": {"token": false}}
            })
        );
        assert_eq!(
            schema["properties"]["list"]["items"]["x-order"],
            inner["x-order"]
        );
        assert!(!schema.to_string().contains("$ref"));
        assert!(!schema.to_string().contains("null"));
    }
}
