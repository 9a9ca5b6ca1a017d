//! The database itself: opening (and setting a damaged file aside), schema, record, search,
//! retention and the "Send again" / "Undo" plans.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use rusqlite::types::{Type, Value as SqlValue};
use rusqlite::{
    params, Connection, ErrorCode, OpenFlags, OptionalExtension, Row, TransactionBehavior, MAIN_DB,
};
use rusqlite_migration::{MigrationDefinitionError, Migrations, M};
use serde_json::Value;

use crate::error::HistoryError;
use crate::guard::find_secret;
use crate::types::{
    Entry, EntryError, EntrySummary, Filter, NewEntry, Outcome, Replay, ReplayKind, Retention,
    SetAside,
};

/// The schema, one migration per step; never edit a released step, add a new one.
const MIGRATIONS: &[M<'static>] = &[M::up(
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
)];

/// The migrations, for tests and tools.
pub fn migrations() -> Migrations<'static> {
    Migrations::from_slice(MIGRATIONS)
}

/// The schema version a freshly opened database is at.
pub const SCHEMA_VERSION: usize = MIGRATIONS.len();

/// Every column an [`Entry`] is read from, in `entry_from_row` order.
const ENTRY_COLUMNS: &str = "e.id, e.at, e.account_id, e.account_name, e.vendor, e.operation, \
    e.outcome, e.request, e.input, e.response, e.summary, e.error, e.state_before, \
    e.request_id, e.undo_of, \
    (SELECT MAX(u.id) FROM entries u WHERE u.undo_of = e.id AND u.outcome = 'ok')";

/// What a history list shows, in `summary_from_row` order.
const SUMMARY_COLUMNS: &str = "e.id, e.at, e.account_id, e.account_name, e.vendor, e.operation, \
    e.outcome, e.summary, e.error_code, e.request_id, e.undo_of, \
    (SELECT MAX(u.id) FROM entries u WHERE u.undo_of = e.id AND u.outcome = 'ok'), \
    e.state_before IS NOT NULL";

const MS_PER_DAY: i64 = 86_400_000;

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
}

impl std::fmt::Debug for History {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("History").field("path", &self.path).finish()
    }
}

/// Why opening failed: damage sets the file aside, anything else is reported as it is.
enum OpenProblem {
    Damaged(String),
    Other(HistoryError),
}

/// Problems of the surroundings (permissions, disk, locks) rather than of the file's content:
/// these never cause a file to be set aside.
fn is_environment(error: &rusqlite::Error) -> bool {
    matches!(
        error.sqlite_error_code(),
        Some(
            ErrorCode::CannotOpen
                | ErrorCode::ReadOnly
                | ErrorCode::PermissionDenied
                | ErrorCode::DiskFull
                | ErrorCode::DatabaseBusy
                | ErrorCode::DatabaseLocked
                | ErrorCode::SystemIoFailure
                | ErrorCode::OutOfMemory
                | ErrorCode::FileLockingProtocolFailed
                | ErrorCode::NoLargeFileSupport
                | ErrorCode::AuthorizationForStatementDenied
                | ErrorCode::OperationInterrupted
        )
    )
}

fn damage_reason(error: &rusqlite::Error) -> String {
    match error.sqlite_error_code() {
        Some(ErrorCode::NotADatabase) => "it is not a SQLite database".to_owned(),
        Some(ErrorCode::DatabaseCorrupt) => format!("SQLite reports it is corrupt ({error})"),
        _ => format!("it does not have the layout Livedesk's history needs ({error})"),
    }
}

fn classify(path: &Path, error: rusqlite::Error) -> OpenProblem {
    if is_environment(&error) {
        OpenProblem::Other(HistoryError::Unavailable {
            path: path.to_owned(),
            reason: error.to_string(),
        })
    } else {
        OpenProblem::Damaged(damage_reason(&error))
    }
}

fn classify_migration(path: &Path, error: rusqlite_migration::Error) -> OpenProblem {
    match error {
        rusqlite_migration::Error::RusqliteError { err, .. } => classify(path, err),
        rusqlite_migration::Error::MigrationDefinition(
            MigrationDefinitionError::DatabaseTooFarAhead,
        ) => OpenProblem::Damaged(
            "it was written by a newer version of Livedesk (its schema is ahead of this one)"
                .to_owned(),
        ),
        other => OpenProblem::Damaged(format!(
            "its schema could not be brought up to date ({other})"
        )),
    }
}

/// The first bytes of every SQLite database file.
const SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";
/// The smallest page size, hence the smallest non-empty database file.
const MIN_DATABASE_BYTES: u64 = 512;

fn check_integrity(conn: &Connection, path: &Path) -> Result<(), OpenProblem> {
    let problems: Vec<String> = {
        let mut stmt = conn
            .prepare("PRAGMA integrity_check(5)")
            .map_err(|e| classify(path, e))?;
        let rows = stmt
            .query_map([], |row| row.get::<_, String>(0))
            .map_err(|e| classify(path, e))?;
        rows.collect::<Result<_, _>>()
            .map_err(|e| classify(path, e))?
    };
    if problems.first().map(String::as_str) == Some("ok") {
        Ok(())
    } else {
        Err(OpenProblem::Damaged(format!(
            "the integrity check found problems ({})",
            problems.join("; ")
        )))
    }
}

/// A database at our version that lacks our columns (another program's file) is no history.
fn check_schema(conn: &Connection, path: &Path) -> Result<(), OpenProblem> {
    conn.prepare(&format!(
        "SELECT {ENTRY_COLUMNS}, e.error_code, e.search_text FROM entries e LIMIT 0"
    ))
    .map(drop)
    .map_err(|e| classify(path, e))
}

fn user_version(conn: &Connection, path: &Path) -> Result<i64, OpenProblem> {
    conn.pragma_query_value(None, "user_version", |row| row.get(0))
        .map_err(|e| classify(path, e))
}

/// Looks at an existing file without changing it: SQLite is not allowed to write to (or clean
/// up the `-wal` of) a file before it is known to be a healthy history, so that a damaged one
/// is set aside exactly as it was.
fn inspect(path: &Path) -> Result<(), OpenProblem> {
    let unavailable = |reason: String| {
        OpenProblem::Other(HistoryError::Unavailable {
            path: path.to_owned(),
            reason,
        })
    };
    let meta = match std::fs::metadata(path) {
        Ok(meta) => meta,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(unavailable(e.to_string())),
    };
    if meta.is_dir() {
        return Err(unavailable("it is a folder, not a file".to_owned()));
    }
    if meta.len() == 0 {
        return Ok(());
    }
    // SQLite silently treats some short files as empty databases and overwrites them.
    let mut header = [0u8; 16];
    let read = std::fs::File::open(path)
        .and_then(|mut f| std::io::Read::read(&mut f, &mut header))
        .map_err(|e| unavailable(e.to_string()))?;
    if meta.len() < MIN_DATABASE_BYTES || read < header.len() || &header != SQLITE_MAGIC {
        return Err(OpenProblem::Damaged(
            "it is not a SQLite database".to_owned(),
        ));
    }
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(path, flags).map_err(|e| classify(path, e))?;
    conn.busy_timeout(Duration::from_secs(5))
        .map_err(|e| classify(path, e))?;
    check_integrity(&conn, path)?;
    let version = user_version(&conn, path)?;
    if version < 0 || version > SCHEMA_VERSION as i64 {
        return Err(OpenProblem::Damaged(
            "it was written by a newer version of Livedesk (its schema is ahead of this one)"
                .to_owned(),
        ));
    }
    if version == SCHEMA_VERSION as i64 {
        check_schema(&conn, path)?;
    }
    Ok(())
}

/// Brings a (read-write) connection to the current schema, in WAL mode.
fn prepare(conn: &mut Connection, path: &Path) -> Result<(), OpenProblem> {
    conn.busy_timeout(Duration::from_secs(5))
        .map_err(|e| classify(path, e))?;
    migrations()
        .to_latest(conn)
        .map_err(|e| classify_migration(path, e))?;
    // Persistent: once set, the file stays in WAL mode ("memory" for an in-memory history).
    conn.pragma_update_and_check(None, "journal_mode", "WAL", |row| row.get::<_, String>(0))
        .map_err(|e| classify(path, e))?;
    // In WAL mode NORMAL cannot corrupt the file; a power cut may only lose the last entries.
    // FULL would fsync on every call recorded, which costs more than the call itself here.
    conn.pragma_update(None, "synchronous", "NORMAL")
        .map_err(|e| classify(path, e))?;
    // The history is written once per call and read when the History screen opens; SQLite's
    // default 2 MB page cache only kept pages the OS caches anyway (the benchmark's 1,000 sends
    // filled it). 256 KiB holds the indexes a search walks.
    conn.pragma_update(None, "cache_size", -256)
        .map_err(|e| classify(path, e))?;
    check_schema(conn, path)
}

fn try_open(path: &Path) -> Result<Connection, OpenProblem> {
    let unavailable = |reason: String| {
        OpenProblem::Other(HistoryError::Unavailable {
            path: path.to_owned(),
            reason,
        })
    };
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent).map_err(|e| unavailable(e.to_string()))?;
    }
    inspect(path)?;
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
        | OpenFlags::SQLITE_OPEN_CREATE
        | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let mut conn = Connection::open_with_flags(path, flags).map_err(|e| classify(path, e))?;
    // SQLite quietly opens a write-protected file read-only.
    if conn.is_readonly(MAIN_DB).unwrap_or(false) {
        return Err(unavailable("the file is read-only".to_owned()));
    }
    prepare(&mut conn, path)?;
    Ok(conn)
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name: OsString = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// The files SQLite may keep next to a database.
const SIDECARS: [&str; 3] = ["-wal", "-shm", "-journal"];

/// Renames a damaged database (and its sidecar files) to `<name>.damaged-<unix-seconds>`.
fn set_aside(path: &Path, reason: &str) -> Result<PathBuf, HistoryError> {
    let failed = |problem: String| HistoryError::SetAsideFailed {
        path: path.to_owned(),
        reason: reason.to_owned(),
        problem,
    };
    let seconds = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    let taken = |candidate: &Path| {
        candidate.exists() || SIDECARS.iter().any(|s| with_suffix(candidate, s).exists())
    };
    let mut backup = with_suffix(path, &format!(".damaged-{seconds}"));
    let mut n = 1;
    while taken(&backup) {
        backup = with_suffix(path, &format!(".damaged-{seconds}-{n}"));
        n += 1;
    }
    if path.exists() {
        std::fs::rename(path, &backup).map_err(|e| failed(e.to_string()))?;
    }
    for sidecar in SIDECARS {
        let from = with_suffix(path, sidecar);
        if from.exists() {
            std::fs::rename(&from, with_suffix(&backup, sidecar))
                .map_err(|e| failed(format!("{}: {e}", from.display())))?;
        }
    }
    Ok(backup)
}

fn json_text(value: &Value) -> String {
    // Serializing a `serde_json::Value` cannot fail.
    serde_json::to_string(value).unwrap_or_else(|_| "null".to_owned())
}

fn optional_json(value: &Option<Value>) -> Option<String> {
    value.as_ref().filter(|v| !v.is_null()).map(json_text)
}

fn bad_column(
    index: usize,
    error: impl std::error::Error + Send + Sync + 'static,
) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(index, Type::Text, Box::new(error))
}

fn json_column<T: serde::de::DeserializeOwned>(row: &Row<'_>, index: usize) -> rusqlite::Result<T> {
    let text: String = row.get(index)?;
    serde_json::from_str(&text).map_err(|e| bad_column(index, e))
}

fn optional_json_column<T: serde::de::DeserializeOwned>(
    row: &Row<'_>,
    index: usize,
) -> rusqlite::Result<Option<T>> {
    let text: Option<String> = row.get(index)?;
    text.map(|t| serde_json::from_str(&t).map_err(|e| bad_column(index, e)))
        .transpose()
}

#[derive(Debug)]
struct UnknownOutcome(String);
impl std::fmt::Display for UnknownOutcome {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "unknown outcome {:?}", self.0)
    }
}
impl std::error::Error for UnknownOutcome {}

fn outcome_column(row: &Row<'_>, index: usize) -> rusqlite::Result<Outcome> {
    let text: String = row.get(index)?;
    Outcome::parse(&text).ok_or_else(|| bad_column(index, UnknownOutcome(text)))
}

fn entry_from_row(row: &Row<'_>) -> rusqlite::Result<Entry> {
    Ok(Entry {
        id: row.get(0)?,
        at: row.get(1)?,
        account_id: row.get(2)?,
        account_name: row.get(3)?,
        vendor: row.get(4)?,
        operation: row.get(5)?,
        outcome: outcome_column(row, 6)?,
        request: json_column(row, 7)?,
        input: json_column(row, 8)?,
        response: optional_json_column(row, 9)?,
        summary: json_column(row, 10)?,
        error: optional_json_column::<EntryError>(row, 11)?,
        state_before: optional_json_column(row, 12)?,
        request_id: row.get(13)?,
        undo_of: row.get(14)?,
        undone_by: row.get(15)?,
    })
}

fn summary_from_row(row: &Row<'_>) -> rusqlite::Result<EntrySummary> {
    let outcome = outcome_column(row, 6)?;
    let has_state_before: bool = row.get(12)?;
    Ok(EntrySummary {
        id: row.get(0)?,
        at: row.get(1)?,
        account_id: row.get(2)?,
        account_name: row.get(3)?,
        vendor: row.get(4)?,
        operation: row.get(5)?,
        outcome,
        summary: json_column(row, 7)?,
        error_code: row.get(8)?,
        request_id: row.get(9)?,
        undo_of: row.get(10)?,
        undone_by: row.get(11)?,
        can_undo: outcome == Outcome::Ok && has_state_before,
    })
}

/// Lower-cased text the `text` filter looks in.
fn search_text(entry: &NewEntry) -> String {
    let mut parts: Vec<&str> = entry.summary.iter().map(String::as_str).collect();
    parts.push(&entry.operation);
    parts.push(&entry.account_name);
    if let Some(id) = &entry.request_id {
        parts.push(id);
    }
    parts.join("\n").to_lowercase()
}

/// A LIKE pattern matching `text` anywhere, with `%`, `_` and `\` taken literally.
fn like_pattern(text: &str) -> String {
    let mut out = String::from("%");
    for c in text.to_lowercase().chars() {
        if matches!(c, '%' | '_' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('%');
    out
}

fn require_text(field: &str, value: &str) -> Result<(), HistoryError> {
    if value.trim().is_empty() {
        Err(HistoryError::InvalidEntry {
            field: field.to_owned(),
            problem: "must not be empty".to_owned(),
        })
    } else {
        Ok(())
    }
}

impl History {
    /// Opens (creating it and its folder if needed) the history at `path` and brings it to the
    /// current schema. A file that is not a SQLite database, fails the integrity check or cannot
    /// be migrated is renamed to `<name>.damaged-<unix-seconds>` (with its `-wal`/`-shm`
    /// files), a fresh history is started, and the returned [`SetAside`] says so. Problems of
    /// the surroundings (read-only folder, full disk, locked file) are errors and move nothing.
    pub fn open(path: impl AsRef<Path>) -> Result<(History, Option<SetAside>), HistoryError> {
        let path = path.as_ref();
        match try_open(path) {
            Ok(conn) => Ok((History::from_connection(conn, Some(path)), None)),
            Err(OpenProblem::Other(error)) => Err(error),
            Err(OpenProblem::Damaged(reason)) => {
                let backup_path = set_aside(path, &reason)?;
                match try_open(path) {
                    Ok(conn) => Ok((
                        History::from_connection(conn, Some(path)),
                        Some(SetAside {
                            backup_path,
                            reason,
                        }),
                    )),
                    Err(OpenProblem::Other(error)) => Err(error),
                    Err(OpenProblem::Damaged(again)) => Err(HistoryError::Unavailable {
                        path: path.to_owned(),
                        reason: format!(
                            "the damaged file was set aside as {}, but a fresh history could \
                             not be started: {again}",
                            backup_path.display()
                        ),
                    }),
                }
            }
        }
    }

    /// A history that lives in memory only (tests, or when the file cannot be opened).
    pub fn in_memory() -> Result<History, HistoryError> {
        let mut conn = Connection::open_in_memory()?;
        match prepare(&mut conn, Path::new(":memory:")) {
            Ok(()) => Ok(History::from_connection(conn, None)),
            Err(OpenProblem::Other(error)) => Err(error),
            Err(OpenProblem::Damaged(reason)) => Err(HistoryError::Storage(reason)),
        }
    }

    fn from_connection(conn: Connection, path: Option<&Path>) -> History {
        History {
            conn: Mutex::new(conn),
            path: path.map(Path::to_owned),
        }
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

    /// Records one call and returns its id. `secrets` are the account's actual secret values:
    /// if any of them occurs anywhere in the entry (as is, JSON-escaped or percent-encoded),
    /// nothing is written and [`HistoryError::SecretInEntry`] names the field. Empty secrets are
    /// ignored.
    pub fn record(&self, entry: NewEntry, secrets: &[&str]) -> Result<i64, HistoryError> {
        require_text("account_id", &entry.account_id)?;
        require_text("operation", &entry.operation)?;
        if let Some(field) = find_secret(&entry, secrets) {
            return Err(HistoryError::SecretInEntry { field });
        }
        let error_code = entry.error.as_ref().map(|e| e.code.clone());
        let error = entry
            .error
            .as_ref()
            .map(|e| serde_json::to_string(e).unwrap_or_else(|_| "null".to_owned()));
        let summary = json_text(&Value::from(entry.summary.clone()));
        let search = search_text(&entry);

        let mut conn = self.lock();
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        if let Some(of) = entry.undo_of {
            let exists = tx
                .query_row("SELECT 1 FROM entries WHERE id = ?1", [of], |_| Ok(()))
                .optional()?
                .is_some();
            if !exists {
                return Err(HistoryError::InvalidEntry {
                    field: "undo_of".to_owned(),
                    problem: format!("history entry #{of} does not exist"),
                });
            }
        }
        tx.execute(
            "INSERT INTO entries (at, account_id, account_name, vendor, operation, outcome, \
             request, input, response, summary, error, error_code, state_before, request_id, \
             undo_of, search_text) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
            params![
                entry.at,
                entry.account_id,
                entry.account_name,
                entry.vendor,
                entry.operation,
                entry.outcome.as_str(),
                json_text(&entry.request),
                json_text(&entry.input),
                optional_json(&entry.response),
                summary,
                error,
                error_code,
                optional_json(&entry.state_before),
                entry.request_id,
                entry.undo_of,
                search,
            ],
        )?;
        let id = tx.last_insert_rowid();
        tx.commit()?;
        Ok(id)
    }

    /// One entry in full.
    pub fn get(&self, id: i64) -> Result<Entry, HistoryError> {
        let conn = self.lock();
        conn.query_row(
            &format!("SELECT {ENTRY_COLUMNS} FROM entries e WHERE e.id = ?1"),
            [id],
            entry_from_row,
        )
        .optional()?
        .ok_or(HistoryError::NotFound { id })
    }

    /// Entries matching the filter, newest first (by id: the order they were recorded).
    pub fn search(&self, filter: &Filter) -> Result<Vec<EntrySummary>, HistoryError> {
        let mut conditions: Vec<&str> = Vec::new();
        let mut values: Vec<SqlValue> = Vec::new();
        if let Some(account) = &filter.account_id {
            conditions.push("e.account_id = ?");
            values.push(SqlValue::Text(account.clone()));
        }
        if let Some(operation) = &filter.operation {
            conditions.push("e.operation = ?");
            values.push(SqlValue::Text(operation.clone()));
        }
        if let Some(text) = filter
            .text
            .as_deref()
            .map(str::trim)
            .filter(|t| !t.is_empty())
        {
            conditions.push("e.search_text LIKE ? ESCAPE '\\'");
            values.push(SqlValue::Text(like_pattern(text)));
        }
        if let Some(before) = filter.before_id {
            conditions.push("e.id < ?");
            values.push(SqlValue::Integer(before));
        }
        let limit = filter
            .limit
            .unwrap_or(Filter::DEFAULT_LIMIT)
            .min(Filter::MAX_LIMIT);
        values.push(SqlValue::Integer(i64::from(limit)));
        let clause = if conditions.is_empty() {
            String::new()
        } else {
            format!("WHERE {}", conditions.join(" AND "))
        };
        let sql =
            format!("SELECT {SUMMARY_COLUMNS} FROM entries e {clause} ORDER BY e.id DESC LIMIT ?");
        let conn = self.lock();
        let mut stmt = conn.prepare(&sql)?;
        let rows = stmt.query_map(rusqlite::params_from_iter(values), summary_from_row)?;
        Ok(rows.collect::<Result<Vec<_>, _>>()?)
    }

    /// How many entries are kept.
    pub fn count(&self) -> Result<u64, HistoryError> {
        let conn = self.lock();
        let n: i64 = conn.query_row("SELECT COUNT(*) FROM entries", [], |row| row.get(0))?;
        Ok(u64::try_from(n).unwrap_or(0))
    }

    /// Removes entries older than `max_age_days` (relative to `now_ms`, unix milliseconds) and
    /// then all but the newest `max_entries`. Returns how many were removed.
    pub fn apply_retention(&self, retention: &Retention, now_ms: i64) -> Result<u64, HistoryError> {
        let mut conn = self.lock();
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let mut removed = 0usize;
        if let Some(days) = retention.max_age_days {
            let cutoff = now_ms.saturating_sub(i64::from(days).saturating_mul(MS_PER_DAY));
            removed += tx.execute("DELETE FROM entries WHERE at < ?1", [cutoff])?;
        }
        if let Some(max) = retention.max_entries {
            removed += tx.execute(
                "DELETE FROM entries WHERE id NOT IN \
                 (SELECT id FROM entries ORDER BY id DESC LIMIT ?1)",
                [i64::from(max)],
            )?;
        }
        tx.commit()?;
        Ok(removed as u64)
    }

    /// "Send again": the entry's form, to be reviewed and signed afresh. Any outcome.
    pub fn plan_send_again(&self, id: i64) -> Result<Replay, HistoryError> {
        let entry = self.get(id)?;
        Ok(Replay {
            kind: ReplayKind::SendAgain,
            from_id: entry.id,
            account_id: entry.account_id,
            account_name: entry.account_name,
            vendor: entry.vendor,
            operation: entry.operation,
            input: entry.input,
            undo_of: None,
        })
    }

    /// "Undo": re-apply the state read before the entry's write, as a new call to be reviewed.
    /// Only for a successful write whose earlier state was read, and not already undone.
    pub fn plan_undo(&self, id: i64) -> Result<Replay, HistoryError> {
        let entry = self.get(id)?;
        let refuse = |reason: String| HistoryError::NotUndoable { id, reason };
        if entry.outcome != Outcome::Ok {
            return Err(refuse(format!(
                "the call did not succeed ({}), so nothing was changed",
                entry.outcome.as_str()
            )));
        }
        if let Some(by) = entry.undone_by {
            return Err(refuse(format!(
                "it was already undone by entry #{by} (use “Send again” on that entry to \
                 repeat it)"
            )));
        }
        let Some(state) = entry.state_before else {
            return Err(refuse(
                "the state before this change was not read, so there is nothing to go back to"
                    .to_owned(),
            ));
        };
        Ok(Replay {
            kind: ReplayKind::Undo,
            from_id: entry.id,
            account_id: entry.account_id,
            account_name: entry.account_name,
            vendor: entry.vendor,
            operation: entry.operation,
            input: state,
            undo_of: Some(entry.id),
        })
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
    fn like_pattern_escapes() {
        assert_eq!(like_pattern("50%_a\\B"), "%50\\%\\_a\\\\b%");
    }

    #[test]
    fn history_is_send_and_sync() {
        fn check<T: Send + Sync>() {}
        check::<History>();
    }
}
