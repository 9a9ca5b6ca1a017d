//! The local history of every vendor call Livedesk makes: one embedded SQLite database with
//! migrations, searchable by account, operation and text, with retention settings, and the
//! starting points for "Send again" and "Undo". No Tauri dependency.
//!
//! - [`History::open`] sets a damaged file aside (renamed, never deleted) and starts afresh.
//! - [`History::record`] refuses any entry that contains one of the account's secrets.
//! - One [`History`] is `Send + Sync`: share it in an `Arc`.

mod error;
mod guard;
mod store;
mod types;

pub use error::HistoryError;
pub use store::{migrations, now_ms, History, SCHEMA_VERSION};
pub use types::{
    Damage, Entry, EntryError, EntrySummary, Filter, NewEntry, Outcome, Replay, ReplayKind,
    Retention, SetAside,
};
