//! Reads put to work for the writes: pickers for id fields ([`choices`]) and the current
//! state of a write as its form's input ([`load_current`], [`current_input`]), which the UI
//! prefills and the engine keeps as the "state before" that undoes a change.

use livedesk_http::{Client, Target};
use livedesk_i18n::t;
use serde::Serialize;
use serde_json::{json, Map, Value};

use crate::diff::label_of;
use crate::error::{FieldProblem, OpError};
use crate::memory::OperationMemory;
use crate::operation::{self, Choice, CurrentRead, Entry, Prefilled};
use crate::{execute, prepare, CallOutcome, PreparedCall};

/// A picker fetches at most this many pages of its list.
pub const MAX_PICKER_PAGES: u32 = 20;

/// The entries a picker offers for `op_id`'s id field ([`crate::OperationInfo::picker`]):
/// every page of its list read, in the vendor's order, without duplicates. `op_id` may
/// also be the list read itself. An operation without a picker is
/// [`OpError::NotOffered`].
pub async fn choices(
    client: &Client,
    target: &Target,
    op_id: &str,
) -> Result<Vec<Choice>, OpError> {
    let entry = operation::find(op_id)?;
    let list = match (&entry.info().picker, entry.op.list()) {
        (_, Some(_)) => entry,
        (Some(picker), None) => operation::find(&picker.read_op)?,
        (None, None) => {
            return Err(OpError::NotOffered {
                id: op_id.to_owned(),
                what: "operations-offered-no-list",
            })
        }
    };
    let Some(shape) = list.op.list() else {
        return Err(OpError::NotOffered {
            id: list.info().id.clone(),
            what: "operations-offered-no-pages",
        });
    };
    every_page(client, target, list, shape.paging.max_size).await
}

/// The entries a picker offers for `field` of `op_id`'s form, given what the form holds now
/// (`input`): the field's [`crate::FieldPicker`] read, with the fields it needs taken from
/// `input` (missing ones are [`OpError::Invalid`], naming them), or the operation's one
/// [`choices`] picker.
pub async fn field_choices(
    client: &Client,
    target: &Target,
    op_id: &str,
    field: &str,
    input: &Value,
) -> Result<Vec<Choice>, OpError> {
    let entry = operation::find(op_id)?;
    let Some(picker) = entry.op.field_pickers().iter().find(|p| p.field == field) else {
        return match &entry.info().picker {
            Some(p) if p.field == field => choices(client, target, op_id).await,
            _ => Err(OpError::NotOffered {
                id: op_id.to_owned(),
                what: "operations-offered-no-field-list",
            }),
        };
    };
    let read = CurrentRead {
        read_op: picker.read_op,
        keys: picker.needs,
    };
    let call = prepare_read(&read, &entry.info().schema, input, target)?;
    let outcome = execute(client, &call, target, &OperationMemory::new()).await?;
    Ok(call.op.pick(&call, &outcome.raw))
}

/// Every page of a list read, `size` entries a page.
async fn every_page(
    client: &Client,
    target: &Target,
    list: &operation::Entry,
    size: u32,
) -> Result<Vec<Choice>, OpError> {
    let Some(shape) = list.op.list() else {
        return Ok(Vec::new());
    };
    let paging = shape.paging;
    let memory = OperationMemory::new();
    let mut out: Vec<Choice> = Vec::new();
    let mut seen = 0u64;
    for page in 1..=MAX_PICKER_PAGES {
        let input = json!({paging.page: page, paging.size: size});
        let call = prepare(&list.info().id, &input, target)?;
        let outcome = execute(client, &call, target, &memory).await?;
        let items = shape.choices(&outcome.raw);
        let got = items.len() as u64;
        seen += got;
        for item in items {
            if !out.iter().any(|c| c.value == item.value) {
                out.push(item);
            }
        }
        let total = crate::summary::count(&outcome.raw, paging.total);
        if got < u64::from(size) || total.is_some_and(|t| seen >= t) {
            break;
        }
    }
    Ok(out)
}

/// A write's current state, read from the vendor.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CurrentState {
    /// The write operation.
    pub operation: String,
    /// The read that was sent.
    pub read_operation: String,
    /// The write's form input: same field names and shapes as its schema. Sending it as it
    /// is puts back the state read (see each operation's notes for what it cannot carry).
    pub input: Value,
    /// The current state in plain-language lines (the read's summary).
    pub summary: Vec<String>,
    /// What the form could not carry over, or current values it would refuse as they are.
    pub notes: Vec<String>,
    pub request_id: Option<String>,
    /// The read's answer as it came.
    pub raw: Value,
}

fn is_empty(value: &Value) -> bool {
    match value {
        Value::Null => true,
        Value::String(s) => s.trim().is_empty(),
        _ => false,
    }
}

/// Reads the current state of what `write_op_id` changes, identified by the key fields of
/// its form in `key_input` (a whole draft may be passed: only the keys are used), and
/// returns it as that write's form input, with the read's summary.
///
/// Errors: [`OpError::NotOffered`] for a write without a current state (Huawei recording
/// control), [`OpError::Invalid`] naming the write's key fields that are missing, or the
/// read's own errors (unknown domain, channel, live, studio ...).
pub async fn load_current(
    client: &Client,
    target: &Target,
    write_op_id: &str,
    key_input: &Value,
) -> Result<CurrentState, OpError> {
    let entry = operation::find(write_op_id)?;
    let Some(current) = entry.op.current() else {
        return Err(OpError::NotOffered {
            id: write_op_id.to_owned(),
            what: "operations-offered-no-current",
        });
    };
    let call = prepare_read(&current, &entry.info().schema, key_input, target)?;
    let outcome = execute(client, &call, target, &OperationMemory::new()).await?;
    Ok(current_state(entry, current, outcome, key_input, target))
}

/// The state read's answer (`outcome`) as the form input of `entry`'s write, with the read's summary
/// and what the form cannot carry over. The key fields missing from the answer are taken from
/// `key_input`.
pub(crate) fn current_state(
    entry: &Entry,
    current: CurrentRead,
    outcome: CallOutcome,
    key_input: &Value,
    target: &Target,
) -> CurrentState {
    let write_op_id = entry.english().id.as_str();
    let schema = &entry.info().schema;
    let Prefilled {
        mut input,
        mut notes,
    } = entry.op.current_input(&outcome.raw, schema);
    if let Value::Object(map) = &mut input {
        for (write_field, _) in current.keys {
            if !map.contains_key(*write_field) {
                if let Some(value) = key_input.get(*write_field) {
                    map.insert((*write_field).to_owned(), value.clone());
                }
            }
        }
    }
    if let Err(OpError::Invalid { problems }) = prepare(write_op_id, &input, target) {
        for problem in problems {
            notes.push(t!(
                "operations-current-value-invalid",
                label = label_of(schema, &problem.field),
                problem = problem.message
            ));
        }
    }
    CurrentState {
        operation: write_op_id.to_owned(),
        read_operation: current.read_op.to_owned(),
        input,
        summary: outcome.summary,
        notes,
        request_id: outcome.request_id,
        raw: outcome.raw,
    }
}

/// The read of `current` for `write_op_id`'s form `key_input`, made and sent.
pub(crate) async fn read_state(
    client: &Client,
    target: &Target,
    write_op_id: &str,
    current: &CurrentRead,
    key_input: &Value,
) -> Result<CallOutcome, OpError> {
    let entry = operation::find(write_op_id)?;
    let call = prepare_read(current, &entry.info().schema, key_input, target)?;
    execute(client, &call, target, &OperationMemory::new()).await
}

/// The read of `current`, its input taken from the write's key fields in `key_input`. Its
/// problems name the write's fields, which the producer is looking at.
pub(crate) fn prepare_read(
    current: &CurrentRead,
    schema: &Value,
    key_input: &Value,
    target: &Target,
) -> Result<PreparedCall, OpError> {
    let mut read_input = Map::new();
    let mut problems = Vec::new();
    for (write_field, read_field) in current.keys {
        match key_input.get(*write_field).filter(|v| !is_empty(v)) {
            Some(value) => {
                read_input.insert((*read_field).to_owned(), value.clone());
            }
            None => problems.push(FieldProblem::new(
                *write_field,
                t!(
                    "operations-fill-in-to-load",
                    label = label_of(schema, write_field)
                ),
            )),
        }
    }
    if !problems.is_empty() {
        return Err(OpError::Invalid { problems });
    }
    prepare(current.read_op, &Value::Object(read_input), target).map_err(|e| match e {
        OpError::Invalid { problems } => OpError::Invalid {
            problems: problems
                .into_iter()
                .map(|mut p| {
                    if let Some((write, _)) = current.keys.iter().find(|(_, r)| *r == p.field) {
                        p.field = (*write).to_owned();
                    }
                    p
                })
                .collect(),
        },
        other => other,
    })
}

/// [`load_current`]'s form input alone: what the UI prefills, what the engine stores as the
/// "state before" of a change, and what, sent again with `prepare` + `execute`, restores it.
pub async fn current_input(
    client: &Client,
    target: &Target,
    write_op_id: &str,
    key_input: &Value,
) -> Result<Value, OpError> {
    load_current(client, target, write_op_id, key_input)
        .await
        .map(|state| state.input)
}

/// A vendor's object cut to a form: only the properties the schema knows (read-only and
/// unknown fields dropped), `null` and empty text left out (proto3 defaults), a
/// `*_UNSPECIFIED` value that is not one of the choices left out, fields whose `x-only-when`
/// rule does not hold dropped, and optional groups left empty dropped. Free-form JSON
/// objects (no `properties`) are kept as they are. `None`: nothing is left.
pub(crate) fn fit_to_schema(schema: &Value, value: &Value) -> Option<Value> {
    match value {
        Value::Null => None,
        Value::String(s) if s.is_empty() => None,
        Value::String(s) => {
            let options = schema.get("oneOf").and_then(Value::as_array);
            let unknown = options.is_some_and(|o| !o.iter().any(|c| c.get("const") == Some(value)));
            (!(unknown && s.ends_with("_UNSPECIFIED"))).then(|| value.clone())
        }
        Value::Array(items) => {
            let item_schema = schema.get("items").unwrap_or(&Value::Null);
            Some(Value::Array(
                items
                    .iter()
                    .filter_map(|item| fit_to_schema(item_schema, item))
                    .collect(),
            ))
        }
        Value::Object(map) => {
            let Some(properties) = schema.get("properties").and_then(Value::as_object) else {
                return Some(value.clone());
            };
            let required: Vec<&str> = schema
                .get("required")
                .and_then(Value::as_array)
                .map(|r| r.iter().filter_map(Value::as_str).collect())
                .unwrap_or_default();
            let mut out = Map::new();
            for (key, child) in properties {
                let Some(fitted) = map.get(key).and_then(|v| fit_to_schema(child, v)) else {
                    continue;
                };
                let empty_group = fitted.as_object().is_some_and(Map::is_empty);
                if empty_group && !required.contains(&key.as_str()) {
                    continue;
                }
                out.insert(key.clone(), fitted);
            }
            let not_applying: Vec<String> = properties
                .iter()
                .filter(|(key, property)| {
                    let Some(rule) = property.get("x-only-when") else {
                        return false;
                    };
                    let field = rule
                        .get("field")
                        .and_then(Value::as_str)
                        .unwrap_or_default();
                    let allowed = rule.get("in").and_then(Value::as_array);
                    out.contains_key(*key)
                        && !out
                            .get(field)
                            .is_some_and(|v| allowed.is_some_and(|a| a.contains(v)))
                })
                .map(|(key, _)| key.clone())
                .collect();
            for key in not_applying {
                out.remove(&key);
            }
            Some(Value::Object(out))
        }
        other => Some(other.clone()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use livedesk_http::{ClientConfig, Vendor};
    use livedesk_sandbox::{self as sandbox, Sandbox, SandboxConfig};
    use livedesk_signing::{Credentials, Scheme};

    fn sandbox_target(base: &str, vendor: Vendor) -> Target {
        let (scheme, credentials, region) = match vendor {
            Vendor::Huawei => (
                Scheme::HuaweiSdkHmacSha256,
                Credentials::huawei(sandbox::HUAWEI_ACCESS_KEY, sandbox::HUAWEI_SECRET_KEY),
                None,
            ),
            Vendor::Naver => (
                Scheme::NaverApigwV2,
                Credentials::naver(sandbox::NAVER_ACCESS_KEY, sandbox::NAVER_SECRET_KEY),
                Some(sandbox::NAVER_REGION.to_owned()),
            ),
            Vendor::BlendVision => (
                Scheme::BlendVisionBearer,
                Credentials::blendvision(
                    sandbox::BLENDVISION_API_TOKEN,
                    sandbox::BLENDVISION_ORG_ID,
                ),
                None,
            ),
            Vendor::Alibaba => (
                Scheme::AlibabaRpcHmacSha1,
                Credentials::alibaba(
                    sandbox::ALIBABA_ACCESS_KEY_ID,
                    sandbox::ALIBABA_ACCESS_KEY_SECRET,
                ),
                Some(sandbox::ALIBABA_REGION.to_owned()),
            ),
        };
        Target {
            vendor,
            endpoint: base.to_owned(),
            scheme,
            credentials,
            project_id: (vendor == Vendor::Huawei).then(|| sandbox::HUAWEI_PROJECT_ID.to_owned()),
            region,
            huawei_domain: None,
        }
    }

    /// Every registered list read, against the sandbox (three items or more of each):
    /// small pages give the same entries, in the same order, as one large page.
    #[tokio::test]
    async fn pickers_fetch_every_page() {
        let sandbox = Sandbox::start(SandboxConfig::default()).await.unwrap();
        let client = Client::new(ClientConfig::default()).unwrap();
        let lists: Vec<_> = operation::registry()
            .iter()
            .filter(|e| e.op.list().is_some())
            .collect();
        assert!(!lists.is_empty());
        for list in lists {
            let op = &list.info().id;
            let target = sandbox_target(&sandbox.base_url(), list.info().vendor);
            let max = list.op.list().unwrap().paging.max_size;
            let one_page = every_page(&client, &target, list, max).await.unwrap();
            assert!(
                one_page.len() >= 3,
                "{op}: the sandbox holds three items or more"
            );
            for size in [1, 2, 3] {
                let all = every_page(&client, &target, list, size).await.unwrap();
                assert_eq!(all, one_page, "{op}, {size} a page");
            }
        }
    }

    #[test]
    fn vendor_objects_are_cut_to_the_form() {
        let schema = json!({"type": "object", "required": ["kind"], "properties": {
            "kind": {"type": "string", "oneOf": [{"const": "A"}, {"const": "B"}]},
            "only_b": {"type": "string", "x-only-when": {"field": "kind", "in": ["B"]}},
            "group": {"type": "object", "properties": {"x": {"type": "string"}}},
            "free": {"type": "object"},
            "list": {"type": "array", "items": {"type": "string"}},
            "flag": {"type": "boolean"}
        }});
        let vendor = json!({
            "kind": "A", "only_b": "dropped", "group": {"x": "", "y": 1},
            "free": {"any": {"thing": 1}}, "list": ["a", null, ""], "flag": false,
            "status": "LIVE", "setup": null
        });
        assert_eq!(
            fit_to_schema(&schema, &vendor).unwrap(),
            json!({"kind": "A", "free": {"any": {"thing": 1}}, "list": ["a"], "flag": false})
        );
        let unspecified = json!({"kind": "KIND_UNSPECIFIED"});
        assert_eq!(fit_to_schema(&schema, &unspecified).unwrap(), json!({}));
        let unknown = json!({"kind": "C"});
        assert_eq!(fit_to_schema(&schema, &unknown).unwrap(), unknown);
    }
}
