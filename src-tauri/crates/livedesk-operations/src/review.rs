//! What Review says about a write before it is sent: which resource it targets, what will be
//! true on air afterwards (from the state read just before), and whether the vendor is sure
//! to refuse it. Each operation defines its sentences and refusals in its own module
//! ([`crate::Operation::effects`]); this module reads the state and puts the parts together.

use livedesk_http::{Client, Target};
use livedesk_i18n::t;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::current::prepare_read;
use crate::error::OpError;
use crate::memory::OperationMemory;
use crate::operation::{self, CallContext};
use crate::{execute, PreparedCall};

/// Why the loaded state says the vendor will refuse a write. The UI branches on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum RefusalReason {
    /// NAVER switches main/backup only while the channel is PUBLISHING.
    ChannelNotPublishing,
    /// Huawei: a STOP of a stream that is not being recorded.
    NotRecording,
    /// Huawei: a START of a stream that is not being pushed.
    StreamNotPushed,
    /// Huawei: a START within 10 seconds of a STOP of the same stream.
    TooSoonAfterStop,
}

/// A send the vendor will refuse, in plain words: nothing is sent while it holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Refusal {
    pub reason: RefusalReason,
    /// What is wrong now.
    pub message: String,
    /// What to do about it.
    pub hint: String,
}

/// One field naming what the write acts on (channel, live, domain, studio, app, stream):
/// shown as the target, never as a change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct TargetField {
    pub field: String,
    pub label: String,
    pub value: String,
}

/// What an operation says about one send, from the state read before it.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Effects {
    /// What will be true after the send, in the producer's words.
    pub sentences: Vec<String>,
    pub refusals: Vec<Refusal>,
}

/// Review's plain-language part of a write: the target, the effect sentences, the refusals
/// and what the send clears (the same list the result gives, see [`crate::Operation::cleared`]).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ReviewFacts {
    pub target: Vec<TargetField>,
    pub effects: Vec<String>,
    pub refusals: Vec<Refusal>,
    /// Labels of the settings this send clears on the vendor's side.
    pub cleared: Vec<String>,
}

/// The state Review works from: the answer of the operation's state read, when it came.
pub struct ReviewState<'a> {
    /// The state read's answer as it came (`None`: no read, or it failed).
    pub answer: Option<&'a Value>,
    /// The write's own memory (the last STOP of a stream ...).
    pub call: &'a CallContext<'a>,
}

/// Reads the state of what `call` changes (the operation's state read, keyed by its fields)
/// and says what sending it will do. A state that cannot be read is said, never a reason to
/// refuse; reads have no review facts.
pub async fn review_facts(
    client: &Client,
    target: &Target,
    call: &PreparedCall,
    memory: &OperationMemory,
) -> ReviewFacts {
    let Ok(entry) = operation::find(call.operation()) else {
        return ReviewFacts::default();
    };
    let schema = &entry.info().schema;
    let mut facts = ReviewFacts {
        target: target_fields(call.operation(), &call.input),
        cleared: entry.op.cleared(call),
        ..ReviewFacts::default()
    };
    let mut unread = None;
    let answer = match entry.op.state_read() {
        Some(read) => match prepare_read(&read, schema, &call.input, target) {
            Ok(read_call) => {
                match execute(client, &read_call, target, &OperationMemory::new()).await {
                    Ok(outcome) => Some(outcome.raw),
                    Err(e) => {
                        unread = Some(e);
                        None
                    }
                }
            }
            Err(e) => {
                unread = Some(e);
                None
            }
        },
        None => None,
    };
    let context = CallContext {
        account_key: &call.account.key,
        now: client.now(),
        memory,
    };
    let state = ReviewState {
        answer: answer.as_ref(),
        call: &context,
    };
    let Effects {
        sentences,
        refusals,
    } = entry.op.effects(call, &state);
    if let Some(e) = unread {
        facts
            .effects
            .push(t!("operations-state-unread", problem = e.to_string()));
    }
    facts.effects.extend(sentences);
    facts.refusals = refusals;
    facts
}

/// Refuses a write the loaded state says the vendor will refuse: nothing is sent.
pub async fn preflight(
    client: &Client,
    target: &Target,
    call: &PreparedCall,
    memory: &OperationMemory,
) -> Result<(), OpError> {
    let facts = review_facts(client, target, call, memory).await;
    match facts.refusals.into_iter().next() {
        Some(refusal) => Err(OpError::Refused(Box::new(refusal))),
        None => Ok(()),
    }
}

/// The fields that identify what `op_id` acts on, as `(field, label, value)`: the keys of its
/// state read, in form order, filled in `input`.
pub fn target_fields(op_id: &str, input: &Value) -> Vec<TargetField> {
    let Ok(entry) = operation::find(op_id) else {
        return Vec::new();
    };
    identity_fields(op_id)
        .into_iter()
        .filter_map(|field| {
            let value = input.get(field)?;
            let value = match value {
                Value::String(s) if s.is_empty() => return None,
                Value::String(s) => s.clone(),
                Value::Null => return None,
                other => other.to_string(),
            };
            let label = entry
                .info()
                .schema
                .pointer(&format!("/properties/{field}/title"))
                .and_then(Value::as_str)
                .unwrap_or(field)
                .to_owned();
            Some(TargetField {
                field: field.to_owned(),
                label,
                value,
            })
        })
        .collect()
}

/// The top-level fields that name the resource a write acts on (its state read's keys).
pub(crate) fn identity_fields(op_id: &str) -> Vec<&'static str> {
    operation::find(op_id)
        .ok()
        .and_then(|e| e.op.state_read())
        .map(|read| read.keys.iter().map(|(write, _)| *write).collect())
        .unwrap_or_default()
}

/// The changes `input` makes to the state read (`answer`), compared in `O`'s form: for
/// effect sentences of writes whose state read is their [`crate::Operation::CURRENT`].
pub(crate) fn changes_from_state<O: crate::Operation>(
    input: &O::Input,
    answer: &Value,
) -> Vec<crate::Change> {
    let Ok(info) = crate::operation_info(O::ID) else {
        return Vec::new();
    };
    let before = O::current_input(answer, &info.schema).input;
    let after = serde_json::to_value(input).unwrap_or(Value::Null);
    crate::diff(O::ID, &before, &after)
}

/// One sentence per change: "Privacy will be Token (now: Public)."; a send that changes
/// nothing says so.
pub(crate) fn change_sentences(changes: &[crate::Change]) -> Vec<String> {
    if changes.is_empty() {
        return vec![t!("operations-nothing-changes")];
    }
    changes
        .iter()
        .map(|c| {
            if c.cleared {
                t!(
                    "operations-will-be-cleared",
                    label = &c.label,
                    old = &c.old_text
                )
            } else {
                t!(
                    "operations-will-be",
                    label = &c.label,
                    new = &c.new_text,
                    old = &c.old_text
                )
            }
        })
        .collect()
}
