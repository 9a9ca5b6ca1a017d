//! The one error type of the history store, with a stable `history.*` code and a hint in
//! plain words (the engine maps it to `{code, message, hint}` like every other crate).

use std::path::PathBuf;

use livedesk_i18n::t;
use rusqlite::ErrorCode;

/// Everything that can go wrong with the history. Messages never contain a secret.
#[derive(Debug, thiserror::Error)]
pub enum HistoryError {
    /// The database file could not be created or opened (read-only folder, disk full, locked by
    /// another program, …). Nothing was renamed or lost.
    #[error("{}", t!("history-unavailable", path = path.display().to_string(), reason = reason))]
    Unavailable { path: PathBuf, reason: String },

    /// The history file is damaged and could not be moved aside, so no fresh one was started.
    #[error("{}", t!("history-set-aside-failed", path = path.display().to_string(), reason = reason, problem = problem))]
    SetAsideFailed {
        path: PathBuf,
        reason: String,
        problem: String,
    },

    /// The entry contains one of the account's secret values: it was not written.
    #[error("{}", t!("history-secret-in-entry", field = field))]
    SecretInEntry { field: String },

    /// The entry to record is not well formed (an empty account or operation, an unknown
    /// entry to undo, …).
    #[error("{}", t!("history-invalid-entry", field = field, problem = problem))]
    InvalidEntry { field: String, problem: String },

    /// No entry with this id (never recorded, or removed by the retention settings).
    #[error("{}", t!("history-not-found", id = id.to_string()))]
    NotFound { id: i64 },

    /// "Undo" is not possible for this entry.
    #[error("{}", t!("history-not-undoable", id = id.to_string(), reason = reason))]
    NotUndoable { id: i64, reason: String },

    /// SQLite reported damage while the history was in use.
    #[error("{}", t!("history-damaged", problem = .0))]
    Damaged(String),

    /// Reading or writing the database failed for another reason.
    #[error("{}", t!("history-storage", problem = .0))]
    Storage(String),
}

impl HistoryError {
    /// A stable machine-readable code, `history.*`.
    pub fn code(&self) -> livedesk_codes::ErrorCode {
        use livedesk_codes::ErrorCode as Code;
        match self {
            HistoryError::Unavailable { .. } => Code::HistoryUnavailable,
            HistoryError::SetAsideFailed { .. } => Code::HistorySetAsideFailed,
            HistoryError::SecretInEntry { .. } => Code::HistorySecretInEntry,
            HistoryError::InvalidEntry { .. } => Code::HistoryInvalidEntry,
            HistoryError::NotFound { .. } => Code::HistoryNotFound,
            HistoryError::NotUndoable { .. } => Code::HistoryNotUndoable,
            HistoryError::Damaged(_) => Code::HistoryDamaged,
            HistoryError::Storage(_) => Code::HistoryStorage,
        }
    }

    /// What the producer can do about it, in plain words.
    pub fn hint(&self) -> Option<String> {
        let hint = match self {
            HistoryError::Unavailable { path, .. } => t!(
                "history-hint-unavailable",
                folder = path.parent().unwrap_or(path).display().to_string()
            ),
            HistoryError::SetAsideFailed { path, .. } => {
                t!(
                    "history-hint-set-aside-failed",
                    path = path.display().to_string()
                )
            }
            HistoryError::SecretInEntry { .. } => t!("history-hint-secret-in-entry"),
            HistoryError::InvalidEntry { .. } => t!("history-hint-invalid-entry"),
            HistoryError::NotFound { .. } => t!("history-hint-not-found"),
            HistoryError::NotUndoable { .. } => t!("history-hint-not-undoable"),
            HistoryError::Damaged(_) => t!("history-hint-damaged"),
            HistoryError::Storage(_) => t!("history-hint-storage"),
        };
        Some(hint)
    }

    /// The field at fault, when there is one.
    pub fn field(&self) -> Option<&str> {
        match self {
            HistoryError::SecretInEntry { field } | HistoryError::InvalidEntry { field, .. } => {
                Some(field)
            }
            _ => None,
        }
    }
}

/// True when SQLite says the file is not a database or is corrupt.
pub(crate) fn is_damage(error: &rusqlite::Error) -> bool {
    matches!(
        error.sqlite_error_code(),
        Some(ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt)
    )
}

impl From<rusqlite::Error> for HistoryError {
    fn from(error: rusqlite::Error) -> Self {
        // A stored value that cannot be read back (bad JSON, unknown outcome) is damage too.
        if is_damage(&error) || matches!(error, rusqlite::Error::FromSqlConversionFailure(..)) {
            HistoryError::Damaged(error.to_string())
        } else {
            HistoryError::Storage(error.to_string())
        }
    }
}
