//! The one error type of the history store, with a stable `history.*` code and a hint in
//! plain words (the engine maps it to `{code, message, hint}` like every other crate).

use std::path::PathBuf;

use rusqlite::ErrorCode;

/// Everything that can go wrong with the history. Messages never contain a secret.
#[derive(Debug, thiserror::Error)]
pub enum HistoryError {
    /// The database file could not be created or opened (read-only folder, disk full, locked by
    /// another program, …). Nothing was renamed or lost.
    #[error("The call history at {path} could not be opened: {reason}")]
    Unavailable { path: PathBuf, reason: String },

    /// The history file is damaged and could not be moved aside, so no fresh one was started.
    #[error(
        "The call history at {path} is damaged ({reason}) and could not be set aside: {problem}"
    )]
    SetAsideFailed {
        path: PathBuf,
        reason: String,
        problem: String,
    },

    /// The entry contains one of the account's secret values: it was not written.
    #[error(
        "This call was not saved to the history: its {field} contains one of the account's secrets"
    )]
    SecretInEntry { field: String },

    /// The entry to record is not well formed (an empty account or operation, an unknown
    /// entry to undo, …).
    #[error("This call was not saved to the history: {field}: {problem}")]
    InvalidEntry { field: String, problem: String },

    /// No entry with this id (never recorded, or removed by the retention settings).
    #[error("History entry #{id} does not exist")]
    NotFound { id: i64 },

    /// "Undo" is not possible for this entry.
    #[error("History entry #{id} cannot be undone: {reason}")]
    NotUndoable { id: i64, reason: String },

    /// SQLite reported damage while the history was in use.
    #[error("The call history is damaged: {0}")]
    Damaged(String),

    /// Reading or writing the database failed for another reason.
    #[error("The call history could not be read or written: {0}")]
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
            HistoryError::Unavailable { path, .. } => format!(
                "Check that the folder {} exists, can be written by you and that the disk is not \
                 full, and that no other copy of Livedesk is using it; then restart Livedesk. \
                 Calls still work, but they are not kept in the history until then.",
                path.parent().unwrap_or(path).display()
            ),
            HistoryError::SetAsideFailed { path, .. } => format!(
                "Move or rename {} yourself (keep it if you want its entries), check that its \
                 folder can be written, then restart Livedesk.",
                path.display()
            ),
            HistoryError::SecretInEntry { .. } => "The call itself was made; only its history \
                 entry was left out, so that no secret is ever written to disk. Please report \
                 this: a secret should have been masked."
                .to_owned(),
            HistoryError::InvalidEntry { .. } => "The call itself was made; only its history \
                 entry was left out. Please report this."
                .to_owned(),
            HistoryError::NotFound { .. } => "It may have been removed by the history's \
                 retention settings (how many entries, or how many days, are kept)."
                .to_owned(),
            HistoryError::NotUndoable { .. } => "Only a change that succeeded and whose earlier \
                 state was read before it was sent can be undone. You can still fill the form \
                 again by hand."
                .to_owned(),
            HistoryError::Damaged(_) => "Restart Livedesk: the damaged history will be set \
                 aside (renamed, not deleted) and a fresh one started."
                .to_owned(),
            HistoryError::Storage(_) => "Check that the disk is not full and that Livedesk's \
                 data folder can be written, then try again."
                .to_owned(),
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
