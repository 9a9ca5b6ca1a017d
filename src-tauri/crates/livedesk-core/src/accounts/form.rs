//! The account form of each vendor as one JSON Schema: the producer's name for the account,
//! the vendor's settings (from the settings structs' doc comments) and its secrets
//! (write-only). The UI renders it; [`split_form`] turns a filled form back into typed values.

use std::collections::BTreeMap;

use livedesk_operations::FormSchema;
use schemars::{schema_for, JsonSchema};
use serde::{Deserialize, Serialize};
use serde_json::{json, Map, Value};
use ts_rs::TS;

use super::error::AccountError;
use super::secrets::secret_fields;
use super::settings::*;
use crate::api::Vendor;

/// One vendor's account form.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct AccountForm {
    pub vendor: Vendor,
    pub title: String,
    /// JSON Schema (draft 2020-12) of the form; `x-order` gives the field order.
    pub schema: FormSchema,
}

pub const VENDORS: [Vendor; 4] = [
    Vendor::Huawei,
    Vendor::Naver,
    Vendor::BlendVision,
    Vendor::Alibaba,
];

/// The vendor's service as its console names it in the current language.
pub fn vendor_title(vendor: Vendor) -> String {
    livedesk_i18n::t!(match vendor {
        Vendor::Huawei => "accounts-vendor-huawei",
        Vendor::Naver => "accounts-vendor-naver",
        Vendor::BlendVision => "accounts-vendor-blendvision",
        Vendor::Alibaba => "accounts-vendor-alibaba",
    })
}

fn options(list: &[(&str, &str)]) -> Value {
    Value::Array(
        list.iter()
            .map(|(id, label)| json!({"const": id, "title": format!("{label} ({id})")}))
            .collect(),
    )
}

fn settings_schema<T: JsonSchema>() -> Map<String, Value> {
    let mut schema = schema_for!(T).as_object().cloned().unwrap_or_default();
    if let Some(props) = schema.get_mut("properties").and_then(Value::as_object_mut) {
        props
            .values_mut()
            .filter_map(Value::as_object_mut)
            .for_each(titles_from_docs);
    }
    schema
}

/// Doc comments arrive as one description; their first paragraph is the field's title and
/// the rest its help text, with the source's line wrapping undone.
pub(crate) fn titles_from_docs(field: &mut Map<String, Value>) {
    let Some(Value::String(doc)) = field.get("description").cloned() else {
        return;
    };
    let unwrap = |text: &str| text.split_whitespace().collect::<Vec<_>>().join(" ");
    match doc.split_once("\n\n") {
        Some((title, help)) if !field.contains_key("title") => {
            field.insert("title".into(), Value::String(unwrap(title)));
            field.insert("description".into(), Value::String(unwrap(help)));
        }
        _ => {
            field.insert("description".into(), Value::String(unwrap(&doc)));
        }
    }
}

/// The order settings fields appear in (JSON objects here do not keep struct order).
fn settings_order(vendor: Vendor) -> &'static [&'static str] {
    match vendor {
        Vendor::Huawei => &["region", "project_id", "endpoint"],
        Vendor::Naver => &["region_code", "endpoint"],
        Vendor::BlendVision => &["org_id", "endpoint"],
        Vendor::Alibaba => &["region_id", "signature", "endpoint"],
    }
}

/// The first settings field of a vendor's form, named when the settings are missing entirely.
pub fn first_setting(vendor: Vendor) -> &'static str {
    settings_order(vendor)[0]
}

pub fn account_form(vendor: Vendor) -> AccountForm {
    AccountForm {
        vendor,
        title: vendor_title(vendor),
        schema: FormSchema::from_json(&account_schema(vendor))
            .expect("account forms fit FormSchema (tested for every vendor)"),
    }
}

/// The region field's choices (and, for Huawei, "Custom endpoint") with its default.
fn region_choices(vendor: Vendor, props: &mut Map<String, Value>) {
    let (key, list, default, custom) = match vendor {
        Vendor::Huawei => ("region", HUAWEI_REGIONS, "cn-north-4", true),
        Vendor::Naver => ("region_code", NAVER_REGIONS, "KR", false),
        Vendor::Alibaba => ("region_id", ALIBABA_REGIONS, "cn-shanghai", false),
        Vendor::BlendVision => return,
    };
    let mut choices = options(list);
    if custom {
        choices
            .as_array_mut()
            .unwrap()
            .push(json!({"const": "custom", "title": "Custom endpoint"}));
    }
    if let Some(field) = props.get_mut(key).and_then(Value::as_object_mut) {
        field.insert("oneOf".into(), choices);
        field.insert("default".into(), json!(default));
    }
}

/// The account form of `vendor` as JSON Schema: what the UI renders and the validator reads.
pub fn account_schema(vendor: Vendor) -> Value {
    let mut schema = match vendor {
        Vendor::Huawei => settings_schema::<HuaweiSettings>(),
        Vendor::Naver => settings_schema::<NaverSettings>(),
        Vendor::BlendVision => settings_schema::<BlendvisionSettings>(),
        Vendor::Alibaba => settings_schema::<AlibabaSettings>(),
    };
    schema.remove("$schema");
    schema.remove("title");
    schema.remove("description");
    let properties = schema.entry("properties").or_insert_with(|| json!({}));
    let props = properties
        .as_object_mut()
        .expect("settings schemas are objects");
    props.insert(
        "name".into(),
        json!({"type": "string", "title": "Account name", "minLength": 1, "maxLength": 80,
               "description": "Your name for this login, e.g. “Huawei – Taipei studio”."}),
    );
    region_choices(vendor, props);
    if let Some(endpoint) = props.get_mut("endpoint").and_then(Value::as_object_mut) {
        endpoint.insert("format".into(), json!("uri"));
    }
    // A `null` default says nothing a form needs: an empty field is sent as `null` anyway.
    for field in props.values_mut().filter_map(Value::as_object_mut) {
        if field.get("default").is_some_and(Value::is_null) {
            field.remove("default");
        }
    }
    let mut required: Vec<Value> = vec![json!("name")];
    required.extend(
        schema
            .get("required")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default(),
    );
    let mut ordered: Vec<String> = vec!["name".into()];
    ordered.extend(settings_order(vendor).iter().map(|f| f.to_string()));
    let props = schema
        .get_mut("properties")
        .and_then(Value::as_object_mut)
        .unwrap();
    for field in secret_fields(vendor) {
        props.insert(
            field.id.into(),
            json!({"type": "string", "title": field.title, "description": field.help,
                   "writeOnly": true, "format": "password"}),
        );
        if field.required {
            required.push(json!(field.id));
        }
        ordered.push(field.id.into());
    }
    schema.insert("required".into(), Value::Array(required));
    schema.insert("x-order".into(), json!(ordered));
    schema.insert("additionalProperties".into(), json!(false));
    let mut schema = Value::Object(schema);
    livedesk_operations::localize_schema(
        &account_message_prefix(vendor),
        &mut schema,
        livedesk_i18n::language(),
    );
    schema
}

/// The id of an account form's messages (`account-huawei`; see `livedesk_operations`'
/// `schema_messages` for the fields' ids).
pub fn account_message_prefix(vendor: Vendor) -> String {
    format!("account-{}", vendor.as_str())
}

/// A filled account form, split into its parts.
pub struct FilledForm {
    pub name: Option<String>,
    pub settings: Option<AccountSettings>,
    pub secrets: BTreeMap<String, String>,
}

/// Checks a filled form against the vendor's account form with the operations' validator
/// (the same rules and messages as every operation form). `whole`: a new account, so every
/// required field must be filled. Otherwise an edit: only what is sent is checked, secrets
/// left empty keep their value, and settings are required only when any setting is sent.
fn check_form(
    vendor: Vendor,
    values: &Map<String, Value>,
    whole: bool,
) -> Result<(), AccountError> {
    let mut schema = account_schema(vendor);
    if !whole {
        let settings = settings_order(vendor);
        let any_setting = settings
            .iter()
            .any(|k| values.get(*k).is_some_and(|v| !v.is_null()));
        let secret = |key: &str| secret_fields(vendor).iter().any(|f| f.id == key);
        if let Some(Value::Array(required)) = schema.get_mut("required") {
            required.retain(|key| {
                let key = key.as_str().unwrap_or_default();
                let wanted = match settings.contains(&key) {
                    true => any_setting,
                    false => values.contains_key(key),
                };
                wanted && !secret(key)
            });
        }
    }
    let problems = livedesk_operations::validate_form(&schema, &Value::Object(values.clone()));
    match problems.is_empty() {
        true => Ok(()),
        false => Err(AccountError::Form(problems)),
    }
}

/// Checks a filled form (see [`check_form`]; `whole` for a new account) and splits it into
/// name, typed settings and secrets. Settings are parsed only when any settings field is
/// present (an edit may change just the name or a key).
pub fn split_form(vendor: Vendor, values: Value, whole: bool) -> Result<FilledForm, AccountError> {
    let Value::Object(mut values) = values else {
        return Err(AccountError::invalid("form", "accounts-invalid-not-object"));
    };
    check_form(vendor, &values, whole)?;
    let text = |value: Option<Value>| match value {
        Some(Value::String(s)) => Some(s),
        _ => None,
    };
    let name = text(values.remove("name"));
    let mut secrets = BTreeMap::new();
    for field in secret_fields(vendor) {
        if let Some(s) = text(values.remove(field.id)) {
            secrets.insert(field.id.to_owned(), s);
        }
    }
    values.retain(|_, v| !v.is_null());
    let settings = if values.is_empty() {
        None
    } else {
        values.insert("vendor".into(), serde_json::to_value(vendor).unwrap());
        // The form passed its schema, which the settings types generate: only a value the
        // schema cannot describe (an unknown signature) is left to refuse here.
        Some(
            serde_json::from_value::<AccountSettings>(Value::Object(values))
                .map_err(|_| AccountError::invalid("settings", "accounts-invalid-wrong-kind"))?,
        )
    };
    Ok(FilledForm {
        name,
        settings,
        secrets,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::UserFacing;

    #[test]
    fn huawei_form_has_help_regions_and_write_only_secrets() {
        let form = account_form(Vendor::Huawei);
        let schema = form.schema.to_json();
        let props = &schema["properties"];
        assert_eq!(props["project_id"]["title"], "Project ID");
        assert!(props["project_id"]["description"]
            .as_str()
            .unwrap()
            .contains("My Credentials"));
        assert_eq!(props["region"]["oneOf"][4]["const"], "ap-southeast-3");
        assert_eq!(props["region"]["oneOf"][5]["const"], "custom");
        assert_eq!(props["secret_key"]["writeOnly"], true);
        assert_eq!(schema["x-order"][0], "name");
        let required: Vec<&str> = schema["required"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap())
            .collect();
        assert_eq!(
            required,
            ["name", "region", "project_id", "access_key", "secret_key"]
        );
    }

    #[test]
    fn every_account_form_fits_form_schema_unchanged() {
        for vendor in VENDORS {
            let json = account_schema(vendor);
            let typed = FormSchema::from_json(&json).unwrap();
            assert_eq!(typed.to_json(), json, "{vendor:?}");
        }
    }

    #[test]
    fn field_order_covers_every_field_once() {
        for vendor in VENDORS {
            let form = account_form(vendor);
            let schema = form.schema.to_json();
            let mut order: Vec<String> = schema["x-order"]
                .as_array()
                .unwrap()
                .iter()
                .map(|v| v.as_str().unwrap().to_owned())
                .collect();
            let mut fields: Vec<String> = schema["properties"]
                .as_object()
                .unwrap()
                .keys()
                .cloned()
                .collect();
            order.sort();
            fields.sort();
            assert_eq!(order, fields, "{vendor:?}");
        }
    }

    #[test]
    fn a_filled_form_splits_into_name_settings_and_secrets() {
        let filled = split_form(
            Vendor::Naver,
            json!({"name": "NAVER – Seoul", "region_code": "KR", "endpoint": null, "access_key": "AK", "secret_key": "SK"}),
            true,
        )
        .unwrap();
        assert_eq!(filled.name.as_deref(), Some("NAVER – Seoul"));
        assert_eq!(
            filled.settings,
            Some(AccountSettings::Naver(NaverSettings {
                region_code: "KR".into(),
                endpoint: None
            }))
        );
        assert_eq!(filled.secrets.len(), 2);
    }

    #[test]
    fn unknown_and_missing_fields_are_named() {
        let unknown = split_form(
            Vendor::BlendVision,
            json!({"org_id": "o", "colour": "red"}),
            false,
        );
        assert_eq!(unknown.err().unwrap().field(), Some("colour"));
        let missing = split_form(Vendor::Huawei, json!({"region": "cn-north-4"}), false);
        assert_eq!(missing.err().unwrap().field(), Some("project_id"));
    }
}
