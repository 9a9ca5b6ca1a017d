//! What an operation is: one type implementing [`Operation`], registered by one line in
//! `ops/<vendor>/mod.rs`. Everything else (the catalog entry, the form, validation, the request, the
//! review and curl, sending) comes from that definition.

use std::marker::PhantomData;
use std::sync::OnceLock;
use std::time::SystemTime;

use livedesk_http::{Vendor, VendorError};
use schemars::JsonSchema;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::account::Account;
use crate::error::{FieldProblem, OpError};
use crate::list::List;
use crate::memory::OperationMemory;
use crate::request::{self, PreparedCall};
use crate::review::{Effects, ReviewState};
use crate::schema;
use crate::schema_messages::{localize_schema, SchemaMessage};
use crate::validate;
use livedesk_i18n::{lookup, Lang};

/// Alibaba's RPC style: the API is named by an action and a version (`Action`/`Version`
/// parameters with the RPC signature, `x-acs-action`/`x-acs-version` headers with V3).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rpc {
    pub action: &'static str,
    pub version: &'static str,
}

/// Whether an operation changes something (a write: sent once, never retried) or only
/// looks (a read: retried after a failed connection or a 5xx).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum OperationKind {
    Read,
    Write,
}

/// A list read's paging: the input fields of the page number (from 1) and of the page size,
/// the largest size the vendor allows, and where the answer holds the total.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Paging {
    pub page: &'static str,
    pub size: &'static str,
    pub max_size: u32,
    /// JSON pointer to the total number of items in the answer.
    pub total: &'static str,
}

/// The read that loads a write's current state: its id, and for each identifying field of
/// the write's form, the read's input field that takes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CurrentRead {
    pub read_op: &'static str,
    /// `(write field, read field)`.
    pub keys: &'static [(&'static str, &'static str)],
}

/// A read's answer as a write's form input, with what the form could not carry over.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Prefilled {
    pub input: Value,
    /// In plain words: current values the form cannot hold (sending it clears or ignores
    /// them), values read in another shape than the form's.
    pub notes: Vec<String>,
}

/// A field of a write filled from a read that needs other fields of the form first (Huawei:
/// apps of a domain, streams of an app): `needs` maps this form's fields to the read's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FieldPicker {
    pub field: &'static str,
    pub read_op: &'static str,
    /// `(write field, read field)`, every one filled before the list can be read.
    pub needs: &'static [(&'static str, &'static str)],
}

/// One entry of a picker: the id to put in the field, what to show, and a short status.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Choice {
    pub value: String,
    pub label: String,
    pub detail: Option<String>,
}

/// One vendor operation, defined once: a write (the default) or a read.
///
/// The input type is the form: its serde names are the vendor's, its doc comments the
/// labels and help, its `schemars` attributes the constraints and where each field goes
/// (`#[schemars(extend("x-in" = "path"))]`, else the vendor's usual place: the JSON body,
/// or the query for Alibaba). See `schema.rs` for the conventions.
pub trait Operation: Send + Sync + 'static {
    type Input: Serialize + DeserializeOwned + JsonSchema;

    /// Stable id, `vendor.operation`.
    const ID: &'static str;
    const VENDOR: Vendor;
    /// Short, in plain words.
    const TITLE: &'static str;
    /// One paragraph for the producer: what it does, what must be true first.
    const HELP: &'static str;
    /// Shown prominently before sending, when the operation can do harm.
    const WARNING: Option<&'static str> = None;
    const METHOD: &'static str;
    /// `{project_id}` comes from the account; `{name}` from the input field `name` placed
    /// in the path.
    const PATH: &'static str;
    const RPC: Option<Rpc> = None;
    const KIND: OperationKind = OperationKind::Write;
    /// The field whose value can be picked from a list read: `(field, list read id)`.
    const PICKER: Option<(&'static str, &'static str)> = None;
    /// More fields filled from reads, each with the fields it needs first (dependent lists).
    const PICKERS: &'static [FieldPicker] = &[];
    /// A list read: its paging (pickers fetch every page), its items and how an item
    /// reads; its summary is [`List::summary`], its picker entries [`List::choices`].
    const LIST: Option<List> = None;
    /// A write whose current state can be read: which read, keyed by which fields.
    const CURRENT: Option<CurrentRead> = None;
    /// A write without [`Operation::CURRENT`]: why it has no current state to load (the
    /// catalog tests require one or the other of every write).
    const NO_CURRENT: Option<&'static str> = None;
    /// A partial update: top-level fields left empty are not sent and the vendor keeps
    /// them (BlendVision). Otherwise an empty field means the vendor's default or clears
    /// the value (Alibaba's SetCasterConfig replaces everything).
    const EMPTY_TOP_LEVEL_KEPT: bool = false;
    /// The read Review works from when it is not [`Operation::CURRENT`] (Huawei recording:
    /// the online streams). Its keys are the fields shown as the target, never as changes.
    const STATE: Option<CurrentRead> = None;

    /// What will be true on air after sending `input`, from the state read just before
    /// (`state.answer` is the answer of [`Operation::STATE`], else of
    /// [`Operation::CURRENT`]), and what the vendor is sure to refuse.
    fn effects(_input: &Self::Input, _state: &ReviewState<'_>) -> Effects {
        Effects::default()
    }

    /// The labels of the settings this send clears on the vendor's side. Review and the
    /// result both list exactly these.
    fn cleared(_input: &Self::Input) -> Vec<String> {
        Vec::new()
    }

    /// A read behind a [`FieldPicker`]: its answer as the picker's entries (by default the
    /// entries of [`Operation::LIST`]).
    fn pick(_input: &Self::Input, answer: &Value) -> Vec<Choice> {
        Self::LIST.map(|l| l.choices(answer)).unwrap_or_default()
    }

    /// Checks the schema cannot express (one date after another, duration ranges ...).
    fn check(_input: &Self::Input, _problems: &mut Vec<FieldProblem>) {}

    /// Just before sending, with the engine's memory: refuse what the vendor would refuse.
    fn before_send(_input: &Self::Input, _call: &CallContext<'_>) -> Result<(), OpError> {
        Ok(())
    }

    /// After the vendor accepted the call.
    fn after_success(_input: &Self::Input, _call: &CallContext<'_>) {}

    /// The answer in plain-language lines (the answer is `null` when it had no body).
    fn summarize(input: &Self::Input, answer: &Value) -> Vec<String>;

    /// A read that tells more about a vendor error (e.g. the channel's current status).
    fn follow_up(_input: &Self::Input, _error: &VendorError) -> Option<FollowUp> {
        None
    }

    /// Refines the explanation of a vendor error for this operation (its code is kept);
    /// `follow_up` is the answer of [`Operation::follow_up`]'s read, when it worked.
    fn explain(_input: &Self::Input, _error: &mut VendorError, _follow_up: Option<&Value>) {}

    /// A write with [`Operation::CURRENT`]: the read's answer as this form's input (same
    /// field names and shapes as `schema`, the form's). Identifying fields missing from the
    /// result are copied from the keys the producer gave.
    fn current_input(_answer: &Value, _schema: &Value) -> Prefilled {
        Prefilled::default()
    }
}

/// When and for which account a call is being sent, and the engine's memory.
pub struct CallContext<'a> {
    /// Identifies the account (vendor, endpoint, access key id, project); not a secret.
    pub account_key: &'a str,
    /// This computer's time, as the HTTP client sees it.
    pub now: SystemTime,
    pub memory: &'a OperationMemory,
}

/// A `GET` of the operation's vendor, to explain an error better. `path` is already
/// encoded (use [`crate::wire_encode`] for ids) and may hold `{project_id}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FollowUp {
    pub path: String,
    pub query: Vec<(String, String)>,
}

/// An operation as the UI lists it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OperationInfo {
    pub id: String,
    pub vendor: Vendor,
    pub title: String,
    pub help: String,
    pub warning: Option<String>,
    pub method: String,
    pub path: String,
    /// `read` or `write`, so the UI can list them apart.
    pub kind: OperationKind,
    /// The field whose value the UI offers to pick from a list, instead of typing an id.
    pub picker: Option<Picker>,
    /// Every field the UI offers to pick from a list, in form order, with the fields each
    /// needs filled first (the [`OperationInfo::picker`] one needs none).
    pub pickers: Vec<FieldPickerInfo>,
    /// Writes whose current state can be loaded ("Load current settings"): which read,
    /// and which fields of this form identify the resource.
    pub current: Option<CurrentSource>,
    /// A write without a current state: why there is none to load.
    pub no_current: Option<String>,
    /// The JSON Schema of the input, self-contained (see the crate docs for conventions).
    pub schema: Value,
}

/// A field filled from a list: [`crate::choices`] gives its entries.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Picker {
    pub field: String,
    /// The list read that gives the choices.
    pub read_op: String,
}

/// A field filled from a list, and the fields of the form it needs first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldPickerInfo {
    pub field: String,
    pub read_op: String,
    pub needs: Vec<String>,
}

/// Where a write's current state comes from: [`crate::load_current`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CurrentSource {
    pub read_op: String,
    /// The fields of the write's form that must be filled to load it.
    pub keys: Vec<String>,
}

/// The type-erased operation the registry holds.
pub(crate) trait DynOperation: Send + Sync {
    fn info(&self) -> OperationInfo;
    fn prepare(
        &'static self,
        schema: &Value,
        input: &Value,
        account: Account,
    ) -> Result<PreparedCall, OpError>;
    fn before_send(&self, call: &PreparedCall, ctx: &CallContext<'_>) -> Result<(), OpError>;
    fn after_success(&self, call: &PreparedCall, ctx: &CallContext<'_>);
    fn summarize(&self, call: &PreparedCall, answer: &Value) -> Vec<String>;
    fn follow_up(&self, call: &PreparedCall, error: &VendorError) -> Option<FollowUp>;
    fn explain(&self, call: &PreparedCall, error: &mut VendorError, follow_up: Option<&Value>);
    fn rpc(&self) -> Option<Rpc>;
    fn kind(&self) -> OperationKind;
    fn list(&self) -> Option<List>;
    fn current(&self) -> Option<CurrentRead>;
    fn empty_top_level_kept(&self) -> bool;
    fn current_input(&self, answer: &Value, schema: &Value) -> Prefilled;
    fn state_read(&self) -> Option<CurrentRead>;
    fn field_pickers(&self) -> &'static [FieldPicker];
    fn pick(&self, call: &PreparedCall, answer: &Value) -> Vec<Choice>;
    fn effects(&self, call: &PreparedCall, state: &ReviewState<'_>) -> Effects;
    fn cleared(&self, call: &PreparedCall) -> Vec<String>;
}

struct Registered<O>(PhantomData<fn() -> O>);

/// The registry's handle on `O`.
pub(crate) fn registered<O: Operation>() -> &'static dyn DynOperation {
    Box::leak(Box::new(Registered::<O>(PhantomData)))
}

fn default_in(vendor: Vendor) -> &'static str {
    match vendor {
        Vendor::Alibaba => "query",
        _ => "body",
    }
}

impl<O: Operation> Registered<O> {
    fn typed(call: &PreparedCall) -> Option<O::Input> {
        serde_json::from_value(call.input.clone()).ok()
    }
}

impl<O: Operation> DynOperation for Registered<O> {
    fn info(&self) -> OperationInfo {
        OperationInfo {
            id: O::ID.to_owned(),
            vendor: O::VENDOR,
            title: O::TITLE.to_owned(),
            help: O::HELP.to_owned(),
            warning: O::WARNING.map(str::to_owned),
            method: O::METHOD.to_owned(),
            path: O::PATH.to_owned(),
            kind: O::KIND,
            picker: O::PICKER.map(|(field, read_op)| Picker {
                field: field.to_owned(),
                read_op: read_op.to_owned(),
            }),
            pickers: O::PICKER
                .map(|(field, read_op)| FieldPickerInfo {
                    field: field.to_owned(),
                    read_op: read_op.to_owned(),
                    needs: Vec::new(),
                })
                .into_iter()
                .chain(O::PICKERS.iter().map(|p| FieldPickerInfo {
                    field: p.field.to_owned(),
                    read_op: p.read_op.to_owned(),
                    needs: p.needs.iter().map(|(w, _)| (*w).to_owned()).collect(),
                }))
                .collect(),
            current: O::CURRENT.map(|c| CurrentSource {
                read_op: c.read_op.to_owned(),
                keys: c.keys.iter().map(|(k, _)| (*k).to_owned()).collect(),
            }),
            no_current: O::NO_CURRENT.map(str::to_owned),
            schema: schema::schema_for::<O::Input>(O::TITLE, default_in(O::VENDOR)),
        }
    }

    fn prepare(
        &'static self,
        schema: &Value,
        input: &Value,
        account: Account,
    ) -> Result<PreparedCall, OpError> {
        // `null` means empty everywhere: a form may send it for a cleared field.
        let input = &without_nulls(input);
        let mut problems = validate::validate(schema, input);
        if !problems.is_empty() {
            return Err(OpError::Invalid { problems });
        }
        let typed: O::Input = serde_path_to_error::deserialize(input).map_err(|e| {
            let field = e.path().to_string();
            OpError::invalid(
                if field == "." { String::new() } else { field },
                livedesk_i18n::t!("operations-value-unreadable"),
            )
        })?;
        O::check(&typed, &mut problems);
        if !problems.is_empty() {
            return Err(OpError::Invalid { problems });
        }
        request::prepare_call::<O>(self, schema, &typed, account)
    }

    fn before_send(&self, call: &PreparedCall, ctx: &CallContext<'_>) -> Result<(), OpError> {
        match Self::typed(call) {
            Some(input) => O::before_send(&input, ctx),
            None => Ok(()),
        }
    }

    fn after_success(&self, call: &PreparedCall, ctx: &CallContext<'_>) {
        if let Some(input) = Self::typed(call) {
            O::after_success(&input, ctx);
        }
    }

    fn summarize(&self, call: &PreparedCall, answer: &Value) -> Vec<String> {
        match Self::typed(call) {
            Some(input) => O::summarize(&input, answer),
            None => vec![livedesk_i18n::t!(
                "operations-accepted",
                provider = O::VENDOR.to_string()
            )],
        }
    }

    fn follow_up(&self, call: &PreparedCall, error: &VendorError) -> Option<FollowUp> {
        O::follow_up(&Self::typed(call)?, error)
    }

    fn explain(&self, call: &PreparedCall, error: &mut VendorError, follow_up: Option<&Value>) {
        if let Some(input) = Self::typed(call) {
            O::explain(&input, error, follow_up);
        }
    }

    fn rpc(&self) -> Option<Rpc> {
        O::RPC
    }

    fn kind(&self) -> OperationKind {
        O::KIND
    }

    fn list(&self) -> Option<List> {
        O::LIST
    }

    fn current(&self) -> Option<CurrentRead> {
        O::CURRENT
    }

    fn empty_top_level_kept(&self) -> bool {
        O::EMPTY_TOP_LEVEL_KEPT
    }

    fn current_input(&self, answer: &Value, schema: &Value) -> Prefilled {
        O::current_input(answer, schema)
    }

    fn state_read(&self) -> Option<CurrentRead> {
        O::STATE.or(O::CURRENT)
    }

    fn field_pickers(&self) -> &'static [FieldPicker] {
        O::PICKERS
    }

    fn pick(&self, call: &PreparedCall, answer: &Value) -> Vec<Choice> {
        Self::typed(call).map_or_else(Vec::new, |input| O::pick(&input, answer))
    }

    fn effects(&self, call: &PreparedCall, state: &ReviewState<'_>) -> Effects {
        Self::typed(call).map_or_else(Effects::default, |input| O::effects(&input, state))
    }

    fn cleared(&self, call: &PreparedCall) -> Vec<String> {
        Self::typed(call).map_or_else(Vec::new, |input| O::cleared(&input))
    }
}

/// `input` without its `null` members (list entries stay: a `null` entry is refused).
fn without_nulls(input: &Value) -> Value {
    match input {
        Value::Object(map) => Value::Object(
            map.iter()
                .filter(|(_, v)| !v.is_null())
                .map(|(k, v)| (k.clone(), without_nulls(v)))
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(without_nulls).collect()),
        other => other.clone(),
    }
}

/// One registered operation, with its catalog entry computed once per language.
pub(crate) struct Entry {
    pub op: &'static dyn DynOperation,
    english: OperationInfo,
    localized: [OnceLock<OperationInfo>; 5],
}

impl Entry {
    /// The catalog entry in the engine's current language.
    pub fn info(&self) -> &OperationInfo {
        let lang = livedesk_i18n::language();
        if lang == livedesk_i18n::Lang::En {
            return &self.english;
        }
        let slot = Lang::ALL
            .iter()
            .position(|l| *l == lang)
            .unwrap_or_default();
        self.localized[slot].get_or_init(|| localized(&self.english, lang))
    }

    /// The entry as written in the module (the generated English catalog's source).
    pub fn english(&self) -> &OperationInfo {
        &self.english
    }
}

/// The id of an operation's messages: `naver.switch_stream` → `op-naver-switch_stream`.
pub fn message_prefix(op_id: &str) -> String {
    format!(
        "op-{}",
        crate::schema_messages::id_segment(&op_id.replace('.', "-"))
    )
}

/// The operation's own texts (title, help, warning, why no current state) as a message.
pub(crate) fn operation_message(info: &OperationInfo) -> SchemaMessage {
    let mut attributes = vec![("help".to_owned(), info.help.clone())];
    if let Some(w) = &info.warning {
        attributes.push(("warning".to_owned(), w.clone()));
    }
    if let Some(n) = &info.no_current {
        attributes.push(("no-current".to_owned(), n.clone()));
    }
    SchemaMessage {
        id: message_prefix(&info.id),
        value: Some(info.title.clone()),
        attributes,
    }
}

fn localized(english: &OperationInfo, lang: Lang) -> OperationInfo {
    let prefix = message_prefix(&english.id);
    let text = |attribute: Option<&str>, fallback: &str| {
        lookup(lang, &prefix, attribute).unwrap_or_else(|| fallback.to_owned())
    };
    let mut info = english.clone();
    info.title = text(None, &english.title);
    info.help = text(Some("help"), &english.help);
    info.warning = english.warning.as_deref().map(|w| text(Some("warning"), w));
    info.no_current = english
        .no_current
        .as_deref()
        .map(|n| text(Some("no-current"), n));
    localize_schema(&prefix, &mut info.schema, lang);
    if let Value::Object(root) = &mut info.schema {
        root.insert("title".into(), Value::String(info.title.clone()));
    }
    info
}

pub(crate) fn registry() -> &'static [Entry] {
    static REGISTRY: OnceLock<Vec<Entry>> = OnceLock::new();
    REGISTRY.get_or_init(|| {
        crate::ops::all()
            .into_iter()
            .map(|op| Entry {
                op,
                english: op.info(),
                localized: Default::default(),
            })
            .collect()
    })
}

pub(crate) fn find(id: &str) -> Result<&'static Entry, OpError> {
    registry()
        .iter()
        .find(|e| e.english().id == id)
        .ok_or_else(|| OpError::UnknownOperation { id: id.to_owned() })
}
