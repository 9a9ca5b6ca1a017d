//! Operations from the engine's side: the catalog, review, send and drafts, on top of
//! `livedesk-operations`. Accounts give the target; the UI and CLI only ever see these types.

use std::collections::HashSet;
use std::sync::Mutex;

use livedesk_operations::{catalog, execute, prepare, CallOutcome, OpError, PreparedCall};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use ts_rs::TS;

use crate::api::Vendor;
use crate::error::{ApiError, ErrorCode, FieldIssue};
use livedesk_operations::{FormSchema, OperationKind};

/// One operation as the UI lists it, with its form.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct OperationSummary {
    pub id: String,
    pub vendor: Vendor,
    pub title: String,
    /// "write" changes settings; "read" only looks them up.
    pub kind: OperationKind,
    /// Every field that can be picked from a list, with the fields each needs filled first
    /// (Huawei: domain, then app, then stream).
    pub pickers: Vec<FieldPicker>,
    /// For writes whose current settings can be loaded: the fields that identify them.
    pub current_keys: Option<Vec<String>>,
    pub help: String,
    /// Shown prominently before sending (e.g. "replaces the whole configuration").
    pub warning: Option<String>,
    pub method: String,
    pub path: String,
    /// JSON Schema of the input (no `$ref`; `x-order`, `x-immutable`, `x-required-when`, …).
    pub schema: FormSchema,
}

/// What will be sent, secrets masked, and the same as a curl command with placeholders.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct CallReview {
    pub operation: String,
    pub method: String,
    pub url: String,
    pub headers: Vec<(String, String)>,
    pub body: Option<String>,
    /// What signing will add, in one sentence.
    pub signing: String,
    pub curl: String,
    pub warning: Option<String>,
    /// In the producer's words, from the state read just before: the target, what will be
    /// true after sending, what the vendor will refuse (then Send is not offered) and what
    /// the send clears. Empty for reads.
    pub facts: livedesk_operations::ReviewFacts,
}

/// A successful call, explained.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct CallResult {
    pub operation: String,
    pub status: u16,
    pub request_id: Option<String>,
    /// Plain-language lines, most important first.
    pub summary: Vec<String>,
    /// The vendor's answer as it came, for "show raw JSON".
    pub raw: Value,
    /// The settings the call cleared: the list Review gave before sending.
    pub cleared: Vec<String>,
}

pub fn operations() -> Vec<OperationSummary> {
    catalog()
        .into_iter()
        .map(|info| OperationSummary {
            id: info.id,
            vendor: info.vendor,
            title: info.title,
            kind: info.kind,
            pickers: info
                .pickers
                .into_iter()
                .map(|p| FieldPicker {
                    field: p.field,
                    needs: p.needs,
                })
                .collect(),
            current_keys: info.current.map(|c| c.keys),
            help: info.help,
            warning: info.warning,
            method: info.method,
            path: info.path,
            schema: FormSchema::from_json(&info.schema)
                .expect("operation forms fit FormSchema (tested for every operation)"),
        })
        .collect()
}

/// `SideOutputUrlList[3]` → `SideOutputUrlList.3`: one path syntax for the UI.
pub(crate) fn dotted(path: &str) -> String {
    path.replace('[', ".").replace(']', "")
}

pub fn op_error(error: &OpError) -> ApiError {
    let mut api = ApiError::new(error.code(), error.to_string(), error.hint());
    api.field = error.field().map(dotted);
    let problems: Vec<FieldIssue> = error
        .problems()
        .iter()
        .map(|p| FieldIssue {
            field: dotted(&p.field),
            message: p.message.clone(),
        })
        .collect();
    api.problems = (!problems.is_empty()).then_some(problems);
    if let Some(vendor) = error.vendor_error() {
        api.vendor_code = Some(vendor.code.clone());
        api.request_id = vendor.request_id.clone();
    }
    api.wording = crate::error_words::wording(error);
    if let OpError::TooSoon { seconds_left, .. } = error {
        api.retry_after_seconds = Some((*seconds_left).min(u32::MAX as u64) as u32);
    }
    api
}

/// The review of `call` with its plain-language facts (see [`CallReview::facts`]).
pub fn review_with(call: &PreparedCall, facts: livedesk_operations::ReviewFacts) -> CallReview {
    CallReview {
        facts,
        ..review(call)
    }
}

pub fn review(call: &PreparedCall) -> CallReview {
    let review = call.review();
    let info = livedesk_operations::operation_info(call.operation()).ok();
    CallReview {
        operation: call.operation().to_owned(),
        method: review.method,
        url: review.url,
        headers: review
            .headers
            .into_iter()
            .map(|h| (h.name, h.value))
            .collect(),
        body: review.body,
        signing: review.signing,
        curl: call.curl(),
        warning: info.and_then(|i| i.warning),
        facts: livedesk_operations::ReviewFacts {
            target: livedesk_operations::target_fields(call.operation(), call.input()),
            ..Default::default()
        },
    }
}

/// The answer as the window shows it ("show raw JSON", the summary): stream keys masked
/// with their last 4, like account secrets. History keeps this copy too; Undo needs only the
/// settings read before the change.
pub fn result(outcome: CallOutcome) -> CallResult {
    let mut raw = outcome.raw;
    livedesk_secrets::mask_stream_keys_in_json(&mut raw);
    CallResult {
        operation: outcome.operation,
        status: outcome.status,
        request_id: outcome.request_id,
        summary: outcome
            .summary
            .iter()
            .map(|line| livedesk_secrets::mask_stream_keys(line))
            .collect(),
        raw,
        cleared: outcome.cleared,
    }
}

/// Calls under way, by account and operation: the same form cannot be sent twice at once.
#[derive(Default)]
pub struct InFlight(Mutex<HashSet<(String, String)>>);

pub struct InFlightGuard<'a> {
    set: &'a InFlight,
    key: (String, String),
}

impl InFlight {
    pub fn begin(&self, account: &str, operation: &str) -> Result<InFlightGuard<'_>, ApiError> {
        let key = (account.to_owned(), operation.to_owned());
        if !self.0.lock().unwrap().insert(key.clone()) {
            return Err(ApiError::new(
                ErrorCode::CallInFlight,
                livedesk_i18n::t!("core-already-sending"),
                Some(livedesk_i18n::t!("core-already-sending-hint")),
            ));
        }
        Ok(InFlightGuard { set: self, key })
    }
}

impl Drop for InFlightGuard<'_> {
    fn drop(&mut self) {
        self.set.0.lock().unwrap().remove(&self.key);
    }
}

pub use livedesk_operations::OperationMemory;

pub async fn send(
    client: &livedesk_http::Client,
    call: &PreparedCall,
    target: &livedesk_http::Target,
    memory: &OperationMemory,
) -> Result<CallResult, ApiError> {
    execute(client, call, target, memory)
        .await
        .map(result)
        .map_err(|e| op_error(&e))
}

pub fn prepare_call(
    op: &str,
    input: &Value,
    target: &livedesk_http::Target,
) -> Result<PreparedCall, ApiError> {
    prepare(op, input, target).map_err(|e| op_error(&e))
}

/// One field a change touches, for the Review diff.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct FieldChange {
    pub field: String,
    /// The form's titles along the way, e.g. "Security › Watermark › Size".
    pub label: String,
    #[ts(type = "unknown")]
    pub old: Option<Value>,
    #[ts(type = "unknown")]
    pub new: Option<Value>,
    /// Before in the form's words (choice labels, On/Off, "not set", "2 recording formats").
    pub old_text: String,
    /// After in the form's words.
    pub new_text: String,
    /// A value present now would be cleared by sending (Alibaba replaces the whole config).
    pub cleared: bool,
}

/// A field of a form filled from a list.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct FieldPicker {
    pub field: String,
    /// The fields that must be filled before this list can be read.
    pub needs: Vec<String>,
}

/// An entry of a picker (channel, live, production studio).
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct PickerChoice {
    pub value: String,
    pub label: String,
    pub detail: Option<String>,
}

/// The current settings, as the write form's input.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct CurrentSettings {
    #[ts(type = "Record<string, unknown>")]
    pub input: Value,
    pub summary: Vec<String>,
    /// What the form cannot carry over, in plain words.
    pub notes: Vec<String>,
}

pub fn changes(operation: &str, before: &Value, after: &Value) -> Vec<FieldChange> {
    livedesk_operations::diff(operation, before, after)
        .into_iter()
        .map(|c| FieldChange {
            field: dotted(&c.field),
            label: c.label,
            old: c.old,
            new: c.new,
            old_text: c.old_text,
            new_text: c.new_text,
            cleared: c.cleared,
        })
        .collect()
}

/// What a call leaves in history: before a change is sent (`result: None`, "sending"), and
/// once it has its answer.
pub struct HistoryInput<'a> {
    pub account_id: String,
    pub account_name: String,
    pub vendor: Vendor,
    pub operation: String,
    pub review: &'a CallReview,
    pub input: Value,
    pub state_before: Option<Value>,
    pub undo_of: Option<u32>,
    pub result: Option<&'a Result<CallResult, ApiError>>,
}

pub fn history_entry(call: HistoryInput<'_>) -> livedesk_history::NewEntry {
    use livedesk_history::{NewEntry, Outcome};
    let request = serde_json::json!({
        "method": call.review.method,
        "url": call.review.url,
        "headers": call.review.headers,
        "body": call.review.body,
    });
    let (outcome, response, summary, error, request_id) = match call.result {
        None => (Outcome::Sending, None, Vec::new(), None, None),
        Some(Ok(r)) => (
            Outcome::Ok,
            Some(r.raw.clone()),
            r.summary.clone(),
            None,
            r.request_id.clone(),
        ),
        Some(Err(e)) => (
            if e.vendor_code.is_some() {
                Outcome::VendorError
            } else {
                Outcome::Failed
            },
            None,
            Vec::new(),
            Some(crate::error_words::entry_error(e)),
            e.request_id.clone(),
        ),
    };
    NewEntry {
        at: livedesk_history::now_ms(),
        account_id: call.account_id,
        account_name: call.account_name,
        vendor: call.vendor.as_str().to_owned(),
        operation: call.operation,
        outcome,
        request,
        input: call.input,
        response,
        summary,
        error,
        state_before: call.state_before,
        request_id,
        undo_of: call.undo_of.map(i64::from),
    }
}
