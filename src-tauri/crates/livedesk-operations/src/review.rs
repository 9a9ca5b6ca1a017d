//! What Review says about a write before it is sent: which resource it targets, what will be
//! true on air afterwards (from the state read just before), and whether the vendor is sure
//! to refuse it. Each operation defines its sentences and refusals in its own module
//! ([`crate::Operation::effects`]); this module reads the state and puts the parts together.

use livedesk_http::{Client, Target};
use livedesk_i18n::t;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::current::{current_state, read_state};
use crate::error::OpError;
use crate::memory::OperationMemory;
use crate::operation::{self, CallContext, Entry};
use crate::PreparedCall;

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
    let answer = match entry.op.state_read() {
        Some(read) => read_state(client, target, call.operation(), &read, &call.input)
            .await
            .map(|outcome| Some(outcome.raw))
            .map_err(|e| e.to_string()),
        None => Ok(None),
    };
    facts_from(entry, client, call, memory, answer)
}

/// What a write's Send must know before it goes: whether the vendor will refuse it, and the
/// current state as its form input (the "state before" that undoes it, and what a form
/// loaded earlier is compared with). One read serves both when the write's state read is its
/// current-state read; otherwise the two run side by side.
#[derive(Debug, Default)]
pub struct BeforeSend {
    /// The first reason the vendor will refuse the send: nothing may be sent while it holds.
    pub refusal: Option<Refusal>,
    /// The current state as the write's form input. `None`: not asked for, or the write has
    /// no current state.
    pub state_before: Option<Result<Value, OpError>>,
}

/// Reads what [`BeforeSend`] holds for `call`; `with_state_before: false` skips the state.
pub async fn before_send(
    client: &Client,
    target: &Target,
    call: &PreparedCall,
    memory: &OperationMemory,
    with_state_before: bool,
) -> BeforeSend {
    let Ok(entry) = operation::find(call.operation()) else {
        return BeforeSend::default();
    };
    let op_id = call.operation();
    let state_read = entry.op.state_read();
    let current = entry.op.current().filter(|_| with_state_before);
    let (answer, state_before) = match (state_read, current) {
        (Some(read), Some(current)) if read == current => {
            match read_state(client, target, op_id, &read, &call.input).await {
                Ok(outcome) => {
                    let answer = outcome.raw.clone();
                    let state = current_state(entry, current, outcome, &call.input, target);
                    (Ok(Some(answer)), Some(Ok(state.input)))
                }
                Err(e) => (Err(e.to_string()), Some(Err(e))),
            }
        }
        (read, current) => {
            let answer = async {
                match read {
                    Some(read) => read_state(client, target, op_id, &read, &call.input)
                        .await
                        .map(|outcome| Some(outcome.raw))
                        .map_err(|e| e.to_string()),
                    None => Ok(None),
                }
            };
            let state = async {
                let current = current?;
                let read = read_state(client, target, op_id, &current, &call.input).await;
                Some(read.map(|o| current_state(entry, current, o, &call.input, target).input))
            };
            tokio::join!(answer, state)
        }
    };
    let facts = facts_from(entry, client, call, memory, answer);
    BeforeSend {
        refusal: facts.refusals.into_iter().next(),
        state_before,
    }
}

/// Review's facts for `call` from its state read's `answer` (`Err`: why it could not be read).
fn facts_from(
    entry: &Entry,
    client: &Client,
    call: &PreparedCall,
    memory: &OperationMemory,
    answer: Result<Option<Value>, String>,
) -> ReviewFacts {
    let mut facts = ReviewFacts {
        target: target_fields(call.operation(), &call.input),
        cleared: entry.op.cleared(call),
        ..ReviewFacts::default()
    };
    let (answer, unread) = match answer {
        Ok(answer) => (answer, None),
        Err(problem) => (None, Some(problem)),
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
    if let Some(problem) = unread {
        facts
            .effects
            .push(t!("operations-state-unread", problem = problem));
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
    match before_send(client, target, call, memory, false)
        .await
        .refusal
    {
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
