//! The database itself: here the schema and the [`History`] handle; by job, `open` (opening,
//! migrating, setting a damaged file aside), `rows` (entries to and from table rows) and
//! `queries` (record, search, retention and the "Send again" / "Undo" plans).

mod in_flight;
mod open;
mod queries;
mod rows;

use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};
use std::time::{SystemTime, UNIX_EPOCH};

use rusqlite::Connection;
use rusqlite_migration::{Migrations, M};

use crate::error::HistoryError;
use crate::types::EntrySummary;

/// The schema, one migration per step; never edit a released step, add a new one.
const MIGRATIONS: &[M<'static>] = &[
    M::up(
        "CREATE TABLE entries (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at INTEGER NOT NULL,
        account_id TEXT NOT NULL,
        account_name TEXT NOT NULL,
        vendor TEXT NOT NULL,
        operation TEXT NOT NULL,
        outcome TEXT NOT NULL CHECK (outcome IN ('ok', 'vendor_error', 'failed', 'rejected')),
        request TEXT NOT NULL,
        input TEXT NOT NULL,
        response TEXT,
        summary TEXT NOT NULL,
        error TEXT,
        error_code TEXT,
        state_before TEXT,
        request_id TEXT,
        undo_of INTEGER,
        search_text TEXT NOT NULL
    ) STRICT;
    CREATE INDEX entries_by_account ON entries (account_id, id);
    CREATE INDEX entries_by_operation ON entries (operation, id);
    CREATE INDEX entries_by_time ON entries (at);
    CREATE INDEX entries_by_undo ON entries (undo_of) WHERE undo_of IS NOT NULL;",
    ),
    // 2: a change is recorded as 'sending' before it goes out, and one left so when Livedesk
    // closed becomes 'unknown'. A CHECK cannot be altered in SQLite: the table is rebuilt
    // (same columns, same ids) and its AUTOINCREMENT counter carried over so that no id of a
    // removed entry is ever given again.
    M::up(
        "CREATE TABLE entries_v2 (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at INTEGER NOT NULL,
        account_id TEXT NOT NULL,
        account_name TEXT NOT NULL,
        vendor TEXT NOT NULL,
        operation TEXT NOT NULL,
        outcome TEXT NOT NULL CHECK (outcome IN
            ('ok', 'vendor_error', 'failed', 'rejected', 'sending', 'unknown')),
        request TEXT NOT NULL,
        input TEXT NOT NULL,
        response TEXT,
        summary TEXT NOT NULL,
        error TEXT,
        error_code TEXT,
        state_before TEXT,
        request_id TEXT,
        undo_of INTEGER,
        search_text TEXT NOT NULL
    ) STRICT;
    INSERT INTO entries_v2 SELECT * FROM entries;
    DELETE FROM sqlite_sequence WHERE name = 'entries_v2';
    INSERT INTO sqlite_sequence (name, seq)
        SELECT 'entries_v2', seq FROM sqlite_sequence WHERE name = 'entries';
    DROP TABLE entries;
    ALTER TABLE entries_v2 RENAME TO entries;
    CREATE INDEX entries_by_account ON entries (account_id, id);
    CREATE INDEX entries_by_operation ON entries (operation, id);
    CREATE INDEX entries_by_time ON entries (at);
    CREATE INDEX entries_by_undo ON entries (undo_of) WHERE undo_of IS NOT NULL;
    CREATE INDEX entries_in_doubt ON entries (outcome) WHERE outcome IN ('sending', 'unknown');",
    ),
    // 3: the list shows an error's plain message and hint, not only its code, so they get
    // columns of their own (filled from the stored error for older entries), and searching
    // finds an entry by the words of its error.
    M::up(
        "ALTER TABLE entries ADD COLUMN error_message TEXT;
    ALTER TABLE entries ADD COLUMN error_hint TEXT;
    UPDATE entries SET error_message = json_extract(error, '$.message')
        WHERE json_valid(error) AND json_type(error, '$.message') = 'text';
    UPDATE entries SET error_hint = json_extract(error, '$.hint')
        WHERE json_valid(error) AND json_type(error, '$.hint') = 'text';
    UPDATE entries SET search_text = search_text || char(10) || lower(error_message)
        WHERE error_message IS NOT NULL;",
    ),
    // 4: History words a failed call's error in the language the window speaks when it is
    // shown, so what the words were made from gets columns of its own: the vendor's code
    // (filled from the stored error for older entries), the vendor's own message, the other
    // values the words name, and the language of the stored words. Older entries have no
    // values kept: their words are shown as stored.
    M::up(
        "ALTER TABLE entries ADD COLUMN error_vendor_code TEXT;
    ALTER TABLE entries ADD COLUMN error_vendor_message TEXT;
    ALTER TABLE entries ADD COLUMN error_args TEXT;
    ALTER TABLE entries ADD COLUMN error_lang TEXT;
    UPDATE entries SET error_vendor_code = json_extract(error, '$.vendor_code')
        WHERE json_valid(error) AND json_type(error, '$.vendor_code') = 'text';",
    ),
];

/// The migrations, for tests and tools.
pub fn migrations() -> Migrations<'static> {
    Migrations::from_slice(MIGRATIONS)
}

/// The schema version a freshly opened database is at.
pub const SCHEMA_VERSION: usize = MIGRATIONS.len();

/// Now, in unix milliseconds (what [`NewEntry::at`] and [`History::apply_retention`] take).
pub fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
        .unwrap_or(0)
}

/// The call history: one SQLite database (WAL mode) behind a mutex, so one `History` (in an
/// `Arc`) serves every task and thread. Each method is one short blocking statement or
/// transaction; from async code call it directly for single entries or through
/// `spawn_blocking` for large searches.
pub struct History {
    conn: Mutex<Connection>,
    path: Option<PathBuf>,
    /// Changes left "sending" by an earlier run, turned "unknown" when this one opened.
    interrupted: Vec<EntrySummary>,
}

impl std::fmt::Debug for History {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("History").field("path", &self.path).finish()
    }
}

impl History {
    fn from_connection(conn: Connection, path: Option<&Path>) -> History {
        History {
            conn: Mutex::new(conn),
            path: path.map(Path::to_owned),
            interrupted: Vec::new(),
        }
    }

    /// The changes that were being sent when Livedesk (or `livedesk-cli`) last closed: found
    /// "sending" when this history was opened and now "unknown", oldest first. The producer
    /// must be told, since the vendor may or may not have applied them.
    pub fn interrupted(&self) -> &[EntrySummary] {
        &self.interrupted
    }

    /// The database file, `None` for an in-memory history.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    fn lock(&self) -> MutexGuard<'_, Connection> {
        // A panic elsewhere while holding the lock leaves the connection usable (an open
        // transaction is rolled back when dropped).
        self.conn
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// The schema version of the open database.
    pub fn schema_version(&self) -> Result<usize, HistoryError> {
        let conn = self.lock();
        let version: i64 = conn.pragma_query_value(None, "user_version", |row| row.get(0))?;
        Ok(usize::try_from(version).unwrap_or(0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_are_valid() {
        migrations().validate().unwrap();
    }

    #[test]
    fn history_is_send_and_sync() {
        fn check<T: Send + Sync>() {}
        check::<History>();
    }
}
