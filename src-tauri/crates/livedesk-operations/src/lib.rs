//! The vendor operations Livedesk offers, writes and the reads that load their current
//! state, each defined once (no Tauri dependency).
//!
//! An operation is one module in `ops/<vendor>/`: a type implementing [`Operation`] (id, vendor,
//! title, help, warning, method, path, summary of the answer, explanations of vendor errors)
//! and its input type (serde + `schemars`: the vendor's field names, types, lengths, ranges,
//! patterns, choices with labels, defaults, conditional rules, where each field goes). From
//! that one definition come:
//!
//! - the catalog the UI lists, with the form's JSON Schema ([`catalog`]);
//! - validation before anything is signed, against that same schema ([`prepare`]);
//! - the unsigned request, its masked review and "copy as curl" ([`PreparedCall`]);
//! - sending it with `livedesk-http` (a write: never retried) and the answer in plain words
//!   ([`execute`], [`CallOutcome`]).
//!
//! Reads ([`OperationKind::Read`]) are operations too. On top of them: pickers for id fields
//! ([`choices`]), the current state of a write as its form's input ([`load_current`],
//! [`current_input`]: prefill, and the "state before" that undoes a change), and a
//! field-by-field comparison of two inputs for the review ([`diff`]).
//!
//! Adding an operation: a module in `ops/<vendor>/` and one line in that folder's `mod.rs`
//! (and, for the practice accounts, its route in the sandbox). Operations name each other
//! by constant (`GetChannel::ID`); nothing else in the workspace lists them.
//!
//! ```no_run
//! # async fn demo(target: livedesk_http::Target) -> Result<(), livedesk_operations::OpError> {
//! use livedesk_http::{Client, ClientConfig};
//! use livedesk_operations::ops::huawei::stream_backup::StreamBackup;
//! use livedesk_operations::{execute, prepare, Operation, OperationMemory};
//!
//! let input = serde_json::json!({"publish_domain": "push.example.com", "stream_backup_enable": true});
//! let call = prepare(StreamBackup::ID, &input, &target)?; // "huawei.stream_backup"
//! println!("{}", call.curl());
//! let client = Client::new(ClientConfig::default())?;
//! let outcome = execute(&client, &call, &target, &OperationMemory::new()).await?;
//! for line in outcome.summary {
//!     println!("{line}");
//! }
//! # Ok(()) }
//! ```

mod account;
mod current;
mod diff;
mod error;
mod form_schema;
mod list;
mod memory;
mod operation;
pub mod ops;
mod request;
mod review;
mod schema;
mod schema_messages;
mod summary;
mod time;
mod validate;
mod wire;

use livedesk_http::{Client, HttpError, SendPolicy, Target};
use livedesk_signing::sign;
use serde::Serialize;
use serde_json::Value;

use crate::account::Account;

pub use current::{choices, current_input, field_choices, load_current, CurrentState};
pub use diff::{diff, human, Change};
pub use error::{FieldProblem, OpError};
pub use form_schema::{Condition, FormSchema, SchemaType};
pub use list::{CountWords, List};
pub use memory::OperationMemory;
pub use operation::message_prefix;
pub use operation::{
    CallContext, Choice, CurrentRead, CurrentSource, FieldPicker, FieldPickerInfo, FollowUp,
    Operation, OperationInfo, OperationKind, Paging, Picker, Prefilled, Rpc,
};
pub use request::{PreparedCall, RequestReview, ReviewHeader, MASK};
pub use review::{
    before_send, preflight, review_facts, target_fields, BeforeSend, Effects, Refusal,
    RefusalReason, ReviewFacts, ReviewState, TargetField,
};
pub use schema_messages::{id_segment, localize_schema, schema_messages, to_ftl, SchemaMessage};

/// Every operation, in the order the UI lists them.
pub fn catalog() -> Vec<OperationInfo> {
    operation::registry()
        .iter()
        .map(|e| e.info().clone())
        .collect()
}

/// The English texts of every operation and its form, as messages, per vendor in catalog
/// order: the source of the generated `i18n/en/engine/schema-<vendor>.ftl`.
pub fn catalog_messages() -> Vec<(livedesk_http::Vendor, Vec<SchemaMessage>)> {
    let mut out: Vec<(livedesk_http::Vendor, Vec<SchemaMessage>)> = Vec::new();
    for entry in operation::registry() {
        let info = entry.english();
        let mut messages = vec![operation::operation_message(info)];
        messages.extend(schema_messages(&message_prefix(&info.id), &info.schema));
        match out.iter_mut().find(|(v, _)| *v == info.vendor) {
            Some((_, all)) => all.extend(messages),
            None => out.push((info.vendor, messages)),
        }
    }
    out
}

/// One operation's catalog entry.
pub fn operation_info(id: &str) -> Result<OperationInfo, OpError> {
    operation::find(id).map(|e| e.info().clone())
}

/// Percent-encodes an id for a path segment (RFC 3986), for [`FollowUp`] paths.
pub fn wire_encode(text: &str) -> String {
    wire::encode(text)
}

/// Every problem of `input` against a form's JSON Schema (an operation's, or any form built
/// with the same conventions, such as an account form), in display order. The one validator
/// of Livedesk: each rule (length, range, pattern, choice, required-if …) is written here once.
pub fn validate_form(schema: &Value, input: &Value) -> Vec<FieldProblem> {
    validate::validate(schema, input)
}

/// Checks `input` against the operation's form (all problems at once, each naming its
/// field) and builds the unsigned request for the account in `target`. Nothing is sent.
pub fn prepare(op_id: &str, input: &Value, target: &Target) -> Result<PreparedCall, OpError> {
    let entry = operation::find(op_id)?;
    let account = Account::from_target(target, entry.info().vendor)?;
    entry.op.prepare(&entry.info().schema, input, account)
}

/// What came back from a successful call.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CallOutcome {
    pub operation: String,
    pub status: u16,
    pub request_id: Option<String>,
    /// The result in plain-language lines, most important first.
    pub summary: Vec<String>,
    /// The vendor's answer as it came (`null` when it had no body). It can hold stream keys
    /// when the vendor returns them.
    pub raw: Value,
    /// The vendor's clock minus this computer's, in seconds, when the answer had a `Date`.
    pub clock_skew_seconds: Option<i64>,
    /// Labels of the settings the call cleared: the list Review showed before sending.
    pub cleared: Vec<String>,
}

/// Signs and sends a prepared call with the account it was prepared for, and explains the
/// answer. A write is sent once and never retried; a read is tried again after a failed
/// connection or a 5xx (`SendPolicy::read`). Vendor errors come back as [`OpError::Vendor`]
/// with the vendor's code and this operation's explanation.
pub async fn execute(
    client: &Client,
    call: &PreparedCall,
    target: &Target,
    memory: &OperationMemory,
) -> Result<CallOutcome, OpError> {
    let account = Account::from_target(target, call.account.vendor)?;
    if account != call.account {
        return Err(OpError::Account {
            field: "account",
            problem: livedesk_i18n::t!("operations-account-changed"),
        });
    }
    let credentials = account.signing_credentials(target);
    let context = |now| CallContext {
        account_key: &account.key,
        now,
        memory,
    };
    call.op.before_send(call, &context(client.now()))?;
    let policy = match call.op.kind() {
        OperationKind::Read => SendPolicy::read(account.vendor),
        OperationKind::Write => SendPolicy::write(account.vendor),
    };
    let result = client
        .send(&policy, |_attempt| {
            sign(
                account.scheme,
                &credentials,
                call.request.clone(),
                &client.signing_context(),
            )
        })
        .await;
    match result {
        Ok(response) => {
            call.op.after_success(call, &context(client.now()));
            let raw = if response.body.iter().all(u8::is_ascii_whitespace) {
                Value::Null
            } else {
                response.json::<Value>().unwrap_or(Value::Null)
            };
            let mut lines = call.op.summarize(call, &raw);
            if let Some(note) = summary::clock_note(account.vendor, response.clock_skew_seconds) {
                lines.push(note);
            }
            Ok(CallOutcome {
                operation: call.op_id.to_owned(),
                status: response.status,
                request_id: response.request_id,
                summary: lines,
                raw,
                clock_skew_seconds: response.clock_skew_seconds,
                cleared: call.op.cleared(call),
            })
        }
        Err(HttpError::Vendor(mut error)) => {
            let follow_up = match call.op.follow_up(call, &error) {
                Some(read) => follow_up(client, call, &account, &credentials, &read).await,
                None => None,
            };
            call.op.explain(call, &mut error, follow_up.as_ref());
            Err(OpError::Vendor(error))
        }
        Err(other) => Err(OpError::Http(other)),
    }
}

/// Sends an operation's [`FollowUp`] read once (no retries) and returns its answer, when it
/// came; the error being explained stays the call's own whatever happens here.
async fn follow_up(
    client: &Client,
    call: &PreparedCall,
    account: &Account,
    credentials: &livedesk_signing::Credentials,
    read: &FollowUp,
) -> Option<Value> {
    let request = request::build_read(account, call.op.rpc(), read).ok()?;
    let policy = SendPolicy::read(account.vendor).with_backoff(Vec::new());
    let answer = client
        .send(&policy, |_| {
            sign(
                account.scheme,
                credentials,
                request.clone(),
                &client.signing_context(),
            )
        })
        .await;
    answer.ok().and_then(|r| r.json::<Value>().ok())
}
