//! Opening: survives restarts, migrates from empty, sets damaged files aside, reports folders it
//! cannot write.

use std::fs;
use std::path::{Path, PathBuf};

use livedesk_history::{migrations, History, HistoryError, NewEntry, SCHEMA_VERSION};
use serde_json::Value;

use crate::common::{entry, failed};

fn same(recorded: &NewEntry, id: i64, history: &History) {
    let got = history.get(id).unwrap();
    assert_eq!(got.id, id);
    assert_eq!(got.at, recorded.at);
    assert_eq!(got.account_id, recorded.account_id);
    assert_eq!(got.account_name, recorded.account_name);
    assert_eq!(got.vendor, recorded.vendor);
    assert_eq!(got.operation, recorded.operation);
    assert_eq!(got.outcome, recorded.outcome);
    assert_eq!(got.request, recorded.request);
    assert_eq!(got.input, recorded.input);
    assert_eq!(got.response, recorded.response);
    assert_eq!(got.summary, recorded.summary);
    assert_eq!(got.error, recorded.error);
    assert_eq!(got.state_before, recorded.state_before);
    assert_eq!(got.request_id, recorded.request_id);
    assert_eq!(got.undo_of, recorded.undo_of);
}

/// Files in `dir`, by name.
#[cfg(unix)] // used only by the Unix-permission tests below
fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn backups(dir: &Path) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            let name = p.file_name().unwrap().to_string_lossy();
            name.starts_with("history.db.damaged-") && !name.ends_with("-wal")
        })
        .collect();
    found.sort();
    found
}

#[test]
fn survives_reopen() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("history.db");
    let recorded = [
        entry("a", "naver.channel.update", 1),
        failed("b", "huawei.stream.forbid", 2),
        NewEntry {
            response: None,
            state_before: Some(Value::Null),
            request_id: None,
            summary: vec![],
            ..entry("a", "naver.channel.update", 3)
        },
    ];
    let ids: Vec<i64> = {
        let (history, set_aside) = History::open(&path).unwrap();
        assert!(set_aside.is_none());
        assert_eq!(history.path(), Some(path.as_path()));
        recorded
            .iter()
            .map(|e| history.record(e.clone(), &[]).unwrap())
            .collect()
    };
    let (history, set_aside) = History::open(&path).unwrap();
    assert!(set_aside.is_none());
    assert_eq!(history.count().unwrap(), 3);
    same(&recorded[0], ids[0], &history);
    same(&recorded[1], ids[1], &history);
    // `Some(null)` is kept as "nothing read".
    let third = history.get(ids[2]).unwrap();
    assert_eq!(third.state_before, None);
    assert!(!third.can_undo());
    assert_eq!(third.response, None);
    // Ids keep growing after a restart.
    let next = history.record(entry("a", "x", 4), &[]).unwrap();
    assert!(next > ids[2]);
    drop(history);

    // WAL mode, schema version set.
    let conn = rusqlite::Connection::open(&path).unwrap();
    let mode: String = conn
        .pragma_query_value(None, "journal_mode", |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
    let version: i64 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert_eq!(version as usize, SCHEMA_VERSION);
}

#[test]
fn migrates_from_empty() {
    migrations().validate().unwrap();
    let dir = tempfile::tempdir().unwrap();

    // No file, in folders that do not exist yet.
    let path = dir.path().join("data").join("app").join("history.db");
    let (history, set_aside) = History::open(&path).unwrap();
    assert!(set_aside.is_none());
    assert_eq!(history.schema_version().unwrap(), SCHEMA_VERSION);
    assert_eq!(history.count().unwrap(), 0);
    drop(history);

    // An empty file is an empty database, not damage.
    let empty = dir.path().join("empty.db");
    fs::write(&empty, b"").unwrap();
    let (history, set_aside) = History::open(&empty).unwrap();
    assert!(set_aside.is_none());
    assert_eq!(history.schema_version().unwrap(), SCHEMA_VERSION);
    let id = history.record(entry("a", "op", 1), &[]).unwrap();
    assert_eq!(history.get(id).unwrap().account_id, "a");

    // A database at version 0 (made by SQLite, nothing in it yet) is migrated too.
    let zero = dir.path().join("zero.db");
    rusqlite::Connection::open(&zero)
        .unwrap()
        .execute_batch("PRAGMA journal_mode=DELETE; CREATE TABLE IF NOT EXISTS scratch (x);")
        .unwrap();
    let (history, set_aside) = History::open(&zero).unwrap();
    assert!(set_aside.is_none());
    assert_eq!(history.schema_version().unwrap(), SCHEMA_VERSION);

    let memory = History::in_memory().unwrap();
    assert_eq!(memory.schema_version().unwrap(), SCHEMA_VERSION);
    assert_eq!(memory.path(), None);
}

/// Opens a damaged `history.db` in `dir` and checks it was set aside, byte for byte, next to an
/// untouched neighbour, and that the fresh history works and stays.
fn check_set_aside(dir: &Path, damaged: &[u8], reason_has: &str) {
    let path = dir.join("history.db");
    fs::write(&path, damaged).unwrap();
    fs::write(dir.join("settings.json"), b"{\"keep\": true}").unwrap();

    let (history, set_aside) = History::open(&path).unwrap();
    let set_aside = set_aside.expect("damage is reported");
    assert!(
        set_aside.reason.to_string().contains(reason_has),
        "reason {:?} should mention {reason_has:?}",
        set_aside.reason
    );
    let backup = &set_aside.backup_path;
    assert_eq!(backup.parent().unwrap(), dir);
    let name = backup.file_name().unwrap().to_string_lossy().into_owned();
    let seconds = name.strip_prefix("history.db.damaged-").unwrap();
    assert!(seconds.parse::<u64>().unwrap() > 1_600_000_000, "{name}");
    assert!(
        fs::read(backup).unwrap() == damaged,
        "the backup is the file as it was"
    );
    assert_eq!(
        fs::read(dir.join("settings.json")).unwrap(),
        b"{\"keep\": true}"
    );

    // The fresh history works and survives a restart.
    assert_eq!(history.count().unwrap(), 0);
    let id = history.record(entry("a", "op", 1), &[]).unwrap();
    drop(history);
    let (history, again) = History::open(&path).unwrap();
    assert!(again.is_none());
    assert_eq!(history.get(id).unwrap().operation, "op");
    assert!(fs::read(backup).unwrap() == damaged);
}

/// Deterministic noise (xorshift), so a failure can be reproduced.
fn noise(len: usize, mut seed: u64) -> Vec<u8> {
    (0..len)
        .map(|_| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed as u8
        })
        .collect()
}

#[test]
fn random_bytes_are_set_aside() {
    let dir = tempfile::tempdir().unwrap();
    check_set_aside(
        dir.path(),
        &noise(16 * 1024, 0x5eed),
        "not a SQLite database",
    );
}

#[test]
fn a_text_file_is_set_aside() {
    let dir = tempfile::tempdir().unwrap();
    check_set_aside(
        dir.path(),
        b"{\"this\": \"is settings, not a database\"}\n",
        "not a SQLite database",
    );
    // A tiny file too.
    let dir = tempfile::tempdir().unwrap();
    check_set_aside(dir.path(), b"x", "not a SQLite database");
}

/// A real history with enough entries to span many pages, closed cleanly (WAL checkpointed).
fn real_history_bytes(dir: &Path) -> Vec<u8> {
    let path = dir.join("source.db");
    {
        let (history, _) = History::open(&path).unwrap();
        for n in 0..300 {
            history
                .record(entry("a", "naver.channel.update", n), &[])
                .unwrap();
        }
    }
    assert!(!dir.join("source.db-wal").exists(), "checkpointed on close");
    let bytes = fs::read(&path).unwrap();
    fs::remove_file(&path).unwrap();
    bytes
}

#[test]
fn a_truncated_database_is_set_aside() {
    let dir = tempfile::tempdir().unwrap();
    let bytes = real_history_bytes(dir.path());
    assert!(bytes.len() > 64 * 1024);
    check_set_aside(dir.path(), &bytes[..bytes.len() / 2], "");
}

#[test]
fn a_database_with_overwritten_pages_is_set_aside() {
    let dir = tempfile::tempdir().unwrap();
    let mut bytes = real_history_bytes(dir.path());
    let page = 4096;
    let middle = (bytes.len() / page / 2) * page;
    bytes[middle..middle + 2 * page].copy_from_slice(&noise(2 * page, 7));
    check_set_aside(dir.path(), &bytes, "");
}

#[test]
fn a_database_of_another_program_is_set_aside() {
    let dir = tempfile::tempdir().unwrap();
    let other = dir.path().join("other.db");
    rusqlite::Connection::open(&other)
        .unwrap()
        .execute_batch(
            "PRAGMA journal_mode=DELETE; CREATE TABLE notes (body TEXT); \
             INSERT INTO notes VALUES ('mine'); PRAGMA user_version = 1;",
        )
        .unwrap();
    let bytes = fs::read(&other).unwrap();
    fs::remove_file(&other).unwrap();
    check_set_aside(dir.path(), &bytes, "layout");
}

#[test]
fn a_database_from_a_newer_version_is_set_aside() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("newer.db");
    {
        let (history, _) = History::open(&path).unwrap();
        history.record(entry("a", "op", 1), &[]).unwrap();
    }
    rusqlite::Connection::open(&path)
        .unwrap()
        .execute_batch("PRAGMA journal_mode=DELETE; PRAGMA user_version = 99;")
        .unwrap();
    let bytes = fs::read(&path).unwrap();
    fs::remove_file(&path).unwrap();
    check_set_aside(dir.path(), &bytes, "newer version");
}

#[test]
fn sidecar_files_move_with_the_damaged_database() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("history.db");
    fs::write(&path, noise(8192, 99)).unwrap();
    fs::write(dir.path().join("history.db-wal"), b"old wal").unwrap();
    fs::write(dir.path().join("history.db-shm"), b"old shm").unwrap();
    let (history, set_aside) = History::open(&path).unwrap();
    let backup = set_aside.unwrap().backup_path;
    let wal = PathBuf::from(format!("{}-wal", backup.display()));
    let shm = PathBuf::from(format!("{}-shm", backup.display()));
    assert_eq!(fs::read(wal).unwrap(), b"old wal");
    assert_eq!(fs::read(shm).unwrap(), b"old shm");
    history.record(entry("a", "op", 1), &[]).unwrap();
    assert_eq!(history.count().unwrap(), 1);
}

#[test]
fn two_damaged_files_in_the_same_second_both_kept() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("history.db");
    fs::write(&path, b"first damaged file, not a database at all").unwrap();
    let (first, aside) = History::open(&path).unwrap();
    drop(first);
    let first_backup = aside.unwrap().backup_path;
    fs::remove_file(&path).unwrap();
    for side in ["-wal", "-shm"] {
        let _ = fs::remove_file(format!("{}{side}", path.display()));
    }
    fs::write(&path, b"second damaged file, not a database either").unwrap();
    let (_second, aside) = History::open(&path).unwrap();
    let second_backup = aside.unwrap().backup_path;
    assert_ne!(first_backup, second_backup);
    assert_eq!(
        fs::read(&first_backup).unwrap(),
        b"first damaged file, not a database at all"
    );
    assert_eq!(
        fs::read(&second_backup).unwrap(),
        b"second damaged file, not a database either"
    );
    assert_eq!(backups(dir.path()).len(), 2);
}

fn assert_unavailable(error: HistoryError) {
    assert_eq!(error.code(), "history.unavailable", "{error}");
    assert!(matches!(error, HistoryError::Unavailable { .. }));
    assert!(error.to_string().contains("could not be opened"), "{error}");
    assert!(error.hint().unwrap().contains("can be written"));
}

#[test]
fn a_folder_that_cannot_hold_files_gives_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let blocker = dir.path().join("not-a-folder");
    fs::write(&blocker, b"a file where the data folder should be").unwrap();
    let error = History::open(blocker.join("history.db")).unwrap_err();
    assert_unavailable(error);
    assert_eq!(
        fs::read(&blocker).unwrap(),
        b"a file where the data folder should be"
    );

    // The path is a folder.
    let folder = dir.path().join("history.db");
    fs::create_dir(&folder).unwrap();
    assert_unavailable(History::open(&folder).unwrap_err());
    assert!(folder.is_dir());
}

#[cfg(unix)]
#[test]
fn a_read_only_folder_gives_a_clear_error_and_moves_nothing() {
    use std::os::unix::fs::PermissionsExt;

    let dir = tempfile::tempdir().unwrap();
    let locked = dir.path().join("locked");
    fs::create_dir(&locked).unwrap();
    // One good history and one damaged file already there.
    {
        let (history, _) = History::open(locked.join("history.db")).unwrap();
        history.record(entry("a", "op", 1), &[]).unwrap();
    }
    fs::write(locked.join("damaged.db"), noise(4096, 3)).unwrap();
    let before = names(&locked);
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o555)).unwrap();

    let probe = locked.join("probe");
    if fs::write(&probe, b"").is_ok() {
        // Running as root: permissions do not apply. Run this test again as an unprivileged
        // user when the system allows it.
        fs::remove_file(&probe).unwrap();
        fs::set_permissions(&locked, fs::Permissions::from_mode(0o755)).unwrap();
        rerun_unprivileged("open::a_read_only_folder_gives_a_clear_error_and_moves_nothing");
        return;
    }
    let new = History::open(locked.join("new.db")).unwrap_err();
    let existing = History::open(locked.join("history.db")).unwrap_err();
    let damaged = History::open(locked.join("damaged.db"));
    let after = names(&locked);
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o755)).unwrap();

    assert_unavailable(new);
    assert_unavailable(existing);
    // Damage found where nothing can be renamed: reported, nothing lost.
    let damaged = damaged.unwrap_err();
    assert_eq!(damaged.code(), "history.set_aside_failed", "{damaged}");
    assert_eq!(before, after, "nothing created, renamed or removed");

    let (history, set_aside) = History::open(locked.join("history.db")).unwrap();
    assert!(set_aside.is_none());
    assert_eq!(history.count().unwrap(), 1);
}

#[cfg(unix)]
#[test]
fn a_read_only_file_gives_a_clear_error() {
    use std::os::unix::fs::PermissionsExt;

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("history.db");
    {
        let (history, _) = History::open(&path).unwrap();
        history.record(entry("a", "op", 1), &[]).unwrap();
    }
    fs::set_permissions(&path, fs::Permissions::from_mode(0o444)).unwrap();
    if fs::OpenOptions::new().append(true).open(&path).is_ok() {
        rerun_unprivileged("open::a_read_only_file_gives_a_clear_error");
        return;
    }
    assert_unavailable(History::open(&path).unwrap_err());
    assert_eq!(backups(dir.path()).len(), 0);
}

/// Runs one test of this binary again as user `nobody` (through `setpriv`), for the checks that
/// root's permissions would make pointless. Skipped, with a note, where that is not possible.
#[cfg(unix)]
fn rerun_unprivileged(test: &str) {
    const MARK: &str = "LIVEDESK_HISTORY_TEST_UNPRIVILEGED";
    assert!(
        std::env::var_os(MARK).is_none(),
        "still able to write to read-only places after dropping privileges"
    );
    let exe = std::env::current_exe().unwrap();
    let output = std::process::Command::new("setpriv")
        .args(["--reuid=65534", "--regid=65534", "--clear-groups"])
        .arg(&exe)
        .args([test, "--exact", "--test-threads=1"])
        .env(MARK, "1")
        .env("TMPDIR", std::env::temp_dir())
        .output();
    let output = match output {
        Ok(output) => output,
        Err(e) => {
            eprintln!("{test}: skipped (running as root, setpriv unavailable: {e})");
            return;
        }
    };
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    if stdout.contains("1 passed") && output.status.success() {
        return;
    }
    assert!(
        !stdout.contains("panicked") && !stderr.contains("panicked"),
        "{test} failed as an unprivileged user:\n{stdout}\n{stderr}"
    );
    eprintln!("{test}: skipped (running as root, could not run as nobody: {stderr})");
}

#[test]
fn survives_a_crash_with_entries_only_in_the_wal() {
    let dir = tempfile::tempdir().unwrap();
    let live = dir.path().join("live");
    let copy = dir.path().join("copy");
    fs::create_dir_all(&copy).unwrap();
    let (history, _) = History::open(live.join("history.db")).unwrap();
    let ids: Vec<i64> = (0..5)
        .map(|n| history.record(entry("a", "op", n), &[]).unwrap())
        .collect();
    // What the disk holds if the app stops right now: the main file and its WAL.
    let wal = live.join("history.db-wal");
    assert!(
        fs::metadata(&wal).unwrap().len() > 0,
        "entries are in the WAL"
    );
    fs::copy(live.join("history.db"), copy.join("history.db")).unwrap();
    fs::copy(&wal, copy.join("history.db-wal")).unwrap();
    drop(history);

    let (history, set_aside) = History::open(copy.join("history.db")).unwrap();
    assert!(set_aside.is_none());
    assert_eq!(history.count().unwrap(), 5);
    for (n, id) in ids.iter().enumerate() {
        assert_eq!(history.get(*id).unwrap().input["channel"], n as i64);
    }
}

#[test]
fn a_corrupt_database_is_set_aside_with_its_wal_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let mut bytes = real_history_bytes(dir.path());
    let page = 4096;
    let middle = (bytes.len() / page / 2) * page;
    bytes[middle..middle + page].copy_from_slice(&noise(page, 11));
    let path = dir.path().join("history.db");
    fs::write(&path, &bytes).unwrap();
    let wal_bytes = noise(3000, 12);
    fs::write(dir.path().join("history.db-wal"), &wal_bytes).unwrap();

    let (history, set_aside) = History::open(&path).unwrap();
    let set_aside = set_aside.unwrap();
    let reason = set_aside.reason.to_string();
    assert!(reason.contains("integrity") || reason.contains("corrupt"));
    let backup = set_aside.backup_path;
    assert!(
        fs::read(&backup).unwrap() == bytes,
        "the main file as it was"
    );
    let wal = PathBuf::from(format!("{}-wal", backup.display()));
    assert!(fs::read(wal).unwrap() == wal_bytes, "the WAL as it was");
    assert_eq!(history.count().unwrap(), 0);
}
