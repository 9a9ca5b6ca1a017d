//! Opening a history: bringing it to the current schema, telling a damaged file (set aside,
//! never deleted) from a problem of the surroundings (reported, nothing moved).

use livedesk_i18n::t;
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use rusqlite::{Connection, ErrorCode, OpenFlags, MAIN_DB};
use rusqlite_migration::MigrationDefinitionError;

use super::rows::{ENTRY_COLUMNS, SUMMARY_COLUMNS};
use super::{migrations, History, SCHEMA_VERSION};
use crate::error::HistoryError;
use crate::types::{Damage, SetAside};

/// Why opening failed: damage sets the file aside, anything else is reported as it is.
enum OpenProblem {
    Damaged(Damage),
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

fn damage_reason(error: &rusqlite::Error) -> Damage {
    match error.sqlite_error_code() {
        Some(ErrorCode::NotADatabase) => Damage::NotADatabase,
        Some(ErrorCode::DatabaseCorrupt) => Damage::Corrupt {
            problem: error.to_string(),
        },
        _ => Damage::WrongLayout {
            problem: error.to_string(),
        },
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
        ) => OpenProblem::Damaged(Damage::NewerVersion),
        other => OpenProblem::Damaged(Damage::SchemaNotUpdated {
            problem: other.to_string(),
        }),
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
        Err(OpenProblem::Damaged(Damage::IntegrityProblems {
            problems: problems.join("; "),
        }))
    }
}

/// A database at our version that lacks our columns (another program's file) is no history.
fn check_schema(conn: &Connection, path: &Path) -> Result<(), OpenProblem> {
    conn.prepare(&format!(
        "SELECT {ENTRY_COLUMNS}, {SUMMARY_COLUMNS}, e.search_text FROM entries e LIMIT 0"
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
        return Err(unavailable(t!("history-is-a-folder")));
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
        return Err(OpenProblem::Damaged(Damage::NotADatabase));
    }
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(path, flags).map_err(|e| classify(path, e))?;
    conn.busy_timeout(Duration::from_secs(5))
        .map_err(|e| classify(path, e))?;
    check_integrity(&conn, path)?;
    let version = user_version(&conn, path)?;
    if version < 0 || version > SCHEMA_VERSION as i64 {
        return Err(OpenProblem::Damaged(Damage::NewerVersion));
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
        return Err(unavailable(t!("history-read-only")));
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
fn set_aside(path: &Path, reason: &Damage) -> Result<PathBuf, HistoryError> {
    let failed = |problem: String| HistoryError::SetAsideFailed {
        path: path.to_owned(),
        reason: reason.to_string(),
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

/// The opened history, with the changes an earlier run left "sending" now "unknown".
fn settled(conn: Connection, path: &Path) -> Result<History, HistoryError> {
    let mut history = History::from_connection(conn, Some(path));
    history.interrupted = history.settle_interrupted()?;
    Ok(history)
}

impl History {
    /// Opens (creating it and its folder if needed) the history at `path` and brings it to the
    /// current schema. A file that is not a SQLite database, fails the integrity check or cannot
    /// be migrated is renamed to `<name>.damaged-<unix-seconds>` (with its `-wal`/`-shm`
    /// files), a fresh history is started, and the returned [`SetAside`] says so. Changes left
    /// "sending" by an earlier run become "unknown" (see [`History::interrupted`]). Problems of
    /// the surroundings (read-only folder, full disk, locked file) are errors and move nothing.
    pub fn open(path: impl AsRef<Path>) -> Result<(History, Option<SetAside>), HistoryError> {
        let path = path.as_ref();
        match try_open(path) {
            Ok(conn) => Ok((settled(conn, path)?, None)),
            Err(OpenProblem::Other(error)) => Err(error),
            Err(OpenProblem::Damaged(reason)) => {
                let backup_path = set_aside(path, &reason)?;
                match try_open(path) {
                    Ok(conn) => Ok((
                        settled(conn, path)?,
                        Some(SetAside {
                            backup_path,
                            reason,
                        }),
                    )),
                    Err(OpenProblem::Other(error)) => Err(error),
                    Err(OpenProblem::Damaged(again)) => Err(HistoryError::Unavailable {
                        path: path.to_owned(),
                        reason: t!(
                            "history-fresh-failed",
                            backup = backup_path.display().to_string(),
                            problem = again.to_string()
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
            Err(OpenProblem::Damaged(reason)) => Err(HistoryError::Storage(reason.to_string())),
        }
    }
}
