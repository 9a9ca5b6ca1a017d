//! What is recorded, what a search returns, and the settings.

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};
use serde_json::Value;

/// How a call ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(rename = "CallOutcome"))]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// The vendor accepted it.
    Ok,
    /// The vendor answered with an error.
    VendorError,
    /// No usable answer (network, timeout, TLS, …).
    Failed,
    /// Never sent: the form or review was refused before signing.
    Rejected,
    /// Recorded just before a change was sent; the answer replaces it (see
    /// [`crate::History::begin`] and [`crate::History::complete`]).
    Sending,
    /// Left "sending" when Livedesk closed: the vendor may or may not have applied it.
    Unknown,
}

impl Outcome {
    pub const ALL: [Outcome; 6] = [
        Outcome::Ok,
        Outcome::VendorError,
        Outcome::Failed,
        Outcome::Rejected,
        Outcome::Sending,
        Outcome::Unknown,
    ];

    /// `ok | vendor_error | failed | rejected | sending | unknown`, as stored and serialized.
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Ok => "ok",
            Outcome::VendorError => "vendor_error",
            Outcome::Failed => "failed",
            Outcome::Rejected => "rejected",
            Outcome::Sending => "sending",
            Outcome::Unknown => "unknown",
        }
    }

    pub fn parse(text: &str) -> Option<Outcome> {
        Outcome::ALL.into_iter().find(|o| o.as_str() == text)
    }

    /// The change may have been applied, so "Undo" is offered from the state read before it:
    /// a success, or a change whose answer never came.
    pub fn may_have_changed(self) -> bool {
        matches!(self, Outcome::Ok | Outcome::Unknown)
    }
}

/// The error of a call that did not succeed, as the producer saw it, and what its words were
/// made from, so that they can be worded again in the language of the moment.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct EntryError {
    /// Livedesk's own code (`vendor.precondition_failed`, `http.timeout`, ...).
    pub code: String,
    pub message: String,
    #[serde(default)]
    pub hint: Option<String>,
    /// The vendor's own error code, when it sent one.
    #[serde(default)]
    pub vendor_code: Option<String>,
    /// The vendor's own message, as the vendor wrote it (tokens that were sent blanked out):
    /// the same in every language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vendor_message: Option<String>,
    /// What else `message` and `hint` were worded from (`field`, `minutes`, `host`, ...).
    /// `None` when they cannot be worded again (an error of another kind, or an entry
    /// recorded before Livedesk kept this): they are shown as stored.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub args: Option<BTreeMap<String, String>>,
    /// The language `message` and `hint` are in (`en`, `ja`, ...), when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
}

/// A call to record. The caller passes the request exactly as the review showed it, with its
/// secrets already masked; [`crate::History::record`] checks that again.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NewEntry {
    /// When the call was made, unix milliseconds (see [`crate::now_ms`]).
    pub at: i64,
    pub account_id: String,
    /// The account's name at the time of the call (accounts can be renamed or removed later).
    pub account_name: String,
    pub vendor: String,
    /// The operation id (as in the operations catalog).
    pub operation: String,
    pub outcome: Outcome,
    /// The masked request: `{method, url, headers, body}`.
    pub request: Value,
    /// What the form held: "Send again" starts from it.
    pub input: Value,
    /// The vendor's answer, when there was one. `Some(Value::Null)` is stored as `None`.
    pub response: Option<Value>,
    /// The plain-words summary lines the producer saw.
    pub summary: Vec<String>,
    pub error: Option<EntryError>,
    /// What was read before a write: "Undo" re-applies it as a new, reviewed change.
    /// `Some(Value::Null)` is stored as `None`.
    pub state_before: Option<Value>,
    /// The vendor's request id, when it sent one.
    pub request_id: Option<String>,
    /// When this call undid an earlier entry: that entry's id (it must exist).
    pub undo_of: Option<i64>,
}

/// A recorded call.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    pub id: i64,
    pub at: i64,
    pub account_id: String,
    pub account_name: String,
    pub vendor: String,
    pub operation: String,
    pub outcome: Outcome,
    pub request: Value,
    pub input: Value,
    pub response: Option<Value>,
    pub summary: Vec<String>,
    pub error: Option<EntryError>,
    pub state_before: Option<Value>,
    pub request_id: Option<String>,
    pub undo_of: Option<i64>,
    /// The newest successful entry that undid this one, if any.
    pub undone_by: Option<i64>,
}

impl Entry {
    /// True when "Undo" is offered: the call succeeded (or its outcome is unknown) and the
    /// state before it was read.
    pub fn can_undo(&self) -> bool {
        self.outcome.may_have_changed() && self.state_before.is_some()
    }
}

/// One line of a history list (search result): no request, input or response bodies.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntrySummary {
    pub id: i64,
    pub at: i64,
    pub account_id: String,
    pub account_name: String,
    pub vendor: String,
    pub operation: String,
    pub outcome: Outcome,
    pub summary: Vec<String>,
    /// The error's code, when the call did not succeed.
    pub error_code: Option<String>,
    pub request_id: Option<String>,
    pub undo_of: Option<i64>,
    pub undone_by: Option<i64>,
    /// The call succeeded and the state before it was read (see [`Entry::can_undo`]).
    pub can_undo: bool,
    /// The state before the call was read (without it there is nothing to put back).
    pub has_state_before: bool,
    /// The error's plain message and what to do, as the producer saw them.
    pub error_message: Option<String>,
    pub error_hint: Option<String>,
    /// What the error's words were made from (see [`EntryError`]).
    pub error_vendor_code: Option<String>,
    pub error_vendor_message: Option<String>,
    pub error_args: Option<BTreeMap<String, String>>,
    pub error_lang: Option<String>,
}

/// What to look for. Every part that is set must match; newest first.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Filter {
    pub account_id: Option<String>,
    pub operation: Option<String>,
    /// Matched (case-insensitively for ASCII) in the summary lines, the error message, the
    /// operation, the account name and the vendor's request id. Blank means no text filter.
    pub text: Option<String>,
    /// How many entries at most: default [`Filter::DEFAULT_LIMIT`], at most [`Filter::MAX_LIMIT`].
    pub limit: Option<u32>,
    /// For the next page: only entries older than this id (the last id of the previous page).
    pub before_id: Option<i64>,
}

impl Filter {
    pub const DEFAULT_LIMIT: u32 = 50;
    pub const MAX_LIMIT: u32 = 1000;
}

/// How much history is kept. `None` means no limit of that kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Retention {
    /// Keep at most this many entries (the newest).
    pub max_entries: Option<u32>,
    /// Remove entries older than this many days.
    pub max_age_days: Option<u32>,
}

impl Default for Retention {
    /// 10,000 entries and one year.
    fn default() -> Self {
        Retention {
            max_entries: Some(10_000),
            max_age_days: Some(365),
        }
    }
}

/// A damaged history file that was renamed (never deleted) so that a fresh one could start.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SetAside {
    /// Where the old file is now (`<name>.damaged-<unix-seconds>`; its `-wal`/`-shm` files, if
    /// any, were renamed alongside with the same suffix).
    pub backup_path: PathBuf,
    /// What was wrong with it (in plain words through `Display`, in the language of the moment).
    pub reason: Damage,
}

/// What was wrong with a history file that was set aside. It keeps what SQLite said (in
/// English, as SQLite writes it); Livedesk's words around it are worded when shown, so a
/// notice about it follows a language switch.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Damage {
    NotADatabase,
    Corrupt {
        problem: String,
    },
    WrongLayout {
        problem: String,
    },
    /// Written by a newer version of Livedesk.
    NewerVersion,
    SchemaNotUpdated {
        problem: String,
    },
    IntegrityProblems {
        problems: String,
    },
}

impl std::fmt::Display for Damage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use livedesk_i18n::t;
        f.write_str(&match self {
            Damage::NotADatabase => t!("history-not-a-database"),
            Damage::Corrupt { problem } => t!("history-corrupt", problem = problem),
            Damage::WrongLayout { problem } => t!("history-wrong-layout", problem = problem),
            Damage::NewerVersion => t!("history-newer-version"),
            Damage::SchemaNotUpdated { problem } => {
                t!("history-schema-not-updated", problem = problem)
            }
            Damage::IntegrityProblems { problems } => {
                t!("history-integrity-problems", problems = problems)
            }
        })
    }
}

/// "Send again" or "Undo".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReplayKind {
    SendAgain,
    Undo,
}

/// What a new call made from a history entry starts with. The engine fills the operation's
/// form with `input`, then the producer reviews it and it is signed afresh: the stored request is
/// masked and never sent again as it is.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Replay {
    pub kind: ReplayKind,
    /// The entry it comes from.
    pub from_id: i64,
    pub account_id: String,
    pub account_name: String,
    pub vendor: String,
    pub operation: String,
    /// "Send again": the form as it was sent. "Undo": the state read before that write.
    pub input: Value,
    /// "Undo": the id to record as [`NewEntry::undo_of`] for the new call.
    pub undo_of: Option<i64>,
}
