//! Call history from the engine's side: what the UI lists, and the plans behind "Send again"
//! and "Undo" (both open the form prefilled and go through Review like any change).

use livedesk_history::{Entry, EntrySummary, HistoryError, Outcome, Replay, ReplayKind};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use ts_rs::TS;

use crate::error::{ApiError, ErrorCode, UserFacing};
use crate::error_words::Stored;

impl UserFacing for HistoryError {
    fn code(&self) -> crate::error::ErrorCode {
        HistoryError::code(self)
    }
    fn hint(&self) -> Option<String> {
        HistoryError::hint(self)
    }
    fn field(&self) -> Option<&str> {
        HistoryError::field(self)
    }
}

pub fn history_error(error: &HistoryError) -> ApiError {
    ApiError::from_error(error)
}

/// What the home screen says about a change that was being sent when Livedesk closed (one
/// notice per change: each names its own history entry).
pub fn interrupted_notice(entry: &EntrySummary) -> ApiError {
    let what = livedesk_operations::operation_info(&entry.operation)
        .map(|info| info.title)
        .unwrap_or_else(|_| entry.operation.clone());
    let message = livedesk_i18n::t!(
        "core-interrupted",
        operation = what,
        name = entry.account_name.as_str()
    );
    let entry_id = entry.id.to_string();
    let hint = if entry.can_undo {
        livedesk_i18n::t!("core-interrupted-hint-undo", entry = entry_id)
    } else {
        livedesk_i18n::t!("core-interrupted-hint", entry = entry_id)
    };
    ApiError::new(ErrorCode::HistoryOutcomeUnknown, message, Some(hint))
}

/// Why "Undo" is not offered for a call (the list says it beside the greyed-out button).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum UndoBlocked {
    /// A look-up: it changed nothing.
    Read,
    /// The call failed or was refused, so nothing was changed.
    NotApplied,
    /// Still waiting for the vendor's answer.
    Sending,
    /// The settings before it could not be read, so there is nothing to put back.
    NothingRead,
    /// A later call already undid it.
    AlreadyUndone,
}

/// One past call in the history list.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct HistoryItem {
    pub id: u32,
    /// Unix time in milliseconds.
    pub at: f64,
    pub account_id: String,
    pub account_name: String,
    pub operation: String,
    /// The operation's title, as its form shows it (the id when this version does not know it).
    pub title: String,
    /// ok | vendor_error | failed | rejected | sending | unknown ("unknown": it was being
    /// sent when Livedesk closed, so it may or may not have been applied)
    pub outcome: Outcome,
    pub summary: Vec<String>,
    /// The code the call failed with (history keeps it as text; a code this version does
    /// not know is left out).
    pub error_code: Option<ErrorCode>,
    pub request_id: Option<String>,
    pub undo_of: Option<u32>,
    pub undone_by: Option<u32>,
    pub can_undo: bool,
    /// Why "Undo" is not offered, when it is not.
    pub undo_blocked: Option<UndoBlocked>,
    /// What went wrong and what to do, in plain words, when the call did not succeed: in the
    /// language the engine speaks now, the vendor's own message quoted as it wrote it.
    pub error_message: Option<String>,
    pub error_hint: Option<String>,
}

/// One past call in full: the request as sent (secrets removed), the answer, and the state
/// read before it.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct HistoryDetail {
    pub item: HistoryItem,
    #[ts(type = "unknown")]
    pub request: Value,
    #[ts(type = "unknown")]
    pub input: Value,
    #[ts(type = "unknown")]
    pub response: Option<Value>,
    #[ts(type = "unknown")]
    pub state_before: Option<Value>,
}

/// A form to open prefilled: "Send again" (the input as sent) or "Undo" (the state before).
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct ReplayPlan {
    pub undo: bool,
    pub from_id: u32,
    pub account_id: String,
    pub operation: String,
    #[ts(type = "Record<string, unknown>")]
    pub input: Value,
    /// For an undo: the entry it takes back (pass it to `send_call`).
    pub undo_of: Option<u32>,
}

fn small(id: i64) -> u32 {
    u32::try_from(id).unwrap_or(u32::MAX)
}

fn title(operation: &str) -> String {
    livedesk_operations::operation_info(operation)
        .map(|info| info.title)
        .unwrap_or_else(|_| operation.to_owned())
}

fn undo_blocked(
    operation: &str,
    outcome: Outcome,
    has_state_before: bool,
    undone: bool,
) -> Option<UndoBlocked> {
    let read = livedesk_operations::operation_info(operation)
        .is_ok_and(|info| info.kind == livedesk_operations::OperationKind::Read);
    if read {
        Some(UndoBlocked::Read)
    } else if outcome == Outcome::Sending {
        Some(UndoBlocked::Sending)
    } else if !outcome.may_have_changed() {
        Some(UndoBlocked::NotApplied)
    } else if undone {
        Some(UndoBlocked::AlreadyUndone)
    } else if !has_state_before {
        Some(UndoBlocked::NothingRead)
    } else {
        None
    }
}

pub fn item(e: EntrySummary) -> HistoryItem {
    let blocked = undo_blocked(
        &e.operation,
        e.outcome,
        e.has_state_before,
        e.undone_by.is_some(),
    );
    let (error_message, error_hint) = Stored {
        code: e.error_code.as_deref(),
        vendor: &e.vendor,
        request_id: e.request_id.as_deref(),
        message: e.error_message,
        hint: e.error_hint,
        vendor_message: e.error_vendor_message.as_deref(),
        args: e.error_args.as_ref(),
        lang: e.error_lang.as_deref(),
    }
    .words();
    HistoryItem {
        id: small(e.id),
        at: e.at as f64,
        account_id: e.account_id,
        account_name: e.account_name,
        title: title(&e.operation),
        operation: e.operation,
        outcome: e.outcome,
        summary: e.summary,
        error_code: e.error_code.and_then(|c| c.parse().ok()),
        request_id: e.request_id,
        undo_of: e.undo_of.map(small),
        undone_by: e.undone_by.map(small),
        can_undo: e.can_undo && blocked.is_none(),
        undo_blocked: blocked,
        error_message,
        error_hint,
    }
}

pub fn detail(e: Entry) -> HistoryDetail {
    let blocked = undo_blocked(
        &e.operation,
        e.outcome,
        e.state_before.is_some(),
        e.undone_by.is_some(),
    );
    let can_undo = e.can_undo() && blocked.is_none();
    let (error_message, error_hint) = e.error.as_ref().map_or((None, None), |err| {
        Stored {
            code: Some(&err.code),
            vendor: &e.vendor,
            request_id: e.request_id.as_deref(),
            message: Some(err.message.clone()),
            hint: err.hint.clone(),
            vendor_message: err.vendor_message.as_deref(),
            args: err.args.as_ref(),
            lang: err.lang.as_deref(),
        }
        .words()
    });
    HistoryDetail {
        item: HistoryItem {
            id: small(e.id),
            at: e.at as f64,
            account_id: e.account_id,
            account_name: e.account_name,
            title: title(&e.operation),
            operation: e.operation,
            outcome: e.outcome,
            summary: e.summary,
            error_code: e.error.as_ref().and_then(|err| err.code.parse().ok()),
            request_id: e.request_id,
            undo_of: e.undo_of.map(small),
            undone_by: e.undone_by.map(small),
            can_undo,
            undo_blocked: blocked,
            error_message,
            error_hint,
        },
        request: e.request,
        input: e.input,
        response: e.response,
        state_before: e.state_before,
    }
}

pub fn plan(replay: Replay) -> ReplayPlan {
    ReplayPlan {
        undo: replay.kind == ReplayKind::Undo,
        from_id: small(replay.from_id),
        account_id: replay.account_id,
        operation: replay.operation,
        input: replay.input,
        undo_of: replay.undo_of.map(small),
    }
}

/// How much history is kept; `None` means no limit of that kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RetentionSettings {
    pub max_entries: Option<u32>,
    pub max_age_days: Option<u32>,
}

impl From<livedesk_history::Retention> for RetentionSettings {
    fn from(r: livedesk_history::Retention) -> Self {
        RetentionSettings {
            max_entries: r.max_entries,
            max_age_days: r.max_age_days,
        }
    }
}

impl From<RetentionSettings> for livedesk_history::Retention {
    fn from(r: RetentionSettings) -> Self {
        livedesk_history::Retention {
            max_entries: r.max_entries,
            max_age_days: r.max_age_days,
        }
    }
}
