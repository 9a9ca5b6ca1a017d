//! A change recorded before it is sent ("sending"), completed by its answer, and found
//! "unknown" at the next open when the answer never came.

use std::fs;
use std::path::Path;

use livedesk_history::{migrations, History, HistoryError, NewEntry, Outcome, SCHEMA_VERSION};
use serde_json::json;

use crate::common::{entry, failed};

fn integrity(path: &Path) -> String {
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap()
}

/// What the disk holds if the process dies right now: the main file and its WAL, copied.
fn crash_copy(live: &Path, copy_dir: &Path) -> std::path::PathBuf {
    fs::create_dir_all(copy_dir).unwrap();
    let copy = copy_dir.join("history.db");
    fs::copy(live, &copy).unwrap();
    let wal = live.with_file_name("history.db-wal");
    assert!(
        fs::metadata(&wal).unwrap().len() > 0,
        "the begun change is in the WAL"
    );
    fs::copy(&wal, copy_dir.join("history.db-wal")).unwrap();
    copy
}

#[test]
fn a_change_left_sending_is_unknown_at_the_next_open() {
    let dir = tempfile::tempdir().unwrap();
    let live = dir.path().join("live").join("history.db");
    let (history, _) = History::open(&live).unwrap();
    assert!(history.interrupted().is_empty());
    let done = history
        .begin(entry("a", "naver.channel.update", 1), &[])
        .unwrap();
    history
        .complete(done, entry("a", "naver.channel.update", 1), &[])
        .unwrap();
    let write = entry("a", "naver.channel.update", 2);
    let id = history.begin(write.clone(), &[]).unwrap();
    let sending = history.get(id).unwrap();
    assert_eq!(sending.outcome, Outcome::Sending);
    assert_eq!(sending.request, write.request, "the request as reviewed");
    assert_eq!(sending.state_before, write.state_before);
    assert!(
        !sending.can_undo(),
        "nothing to undo while the answer may still come"
    );
    assert!(history.plan_undo(id).is_err());

    let copy = crash_copy(&live, &dir.path().join("after-crash"));
    drop(history);

    let (history, set_aside) = History::open(&copy).unwrap();
    assert!(set_aside.is_none());
    let interrupted = history.interrupted();
    assert_eq!(interrupted.len(), 1, "only the change without an answer");
    assert_eq!(interrupted[0].id, id);
    assert_eq!(interrupted[0].outcome, Outcome::Unknown);
    assert_eq!(interrupted[0].operation, "naver.channel.update");
    assert_eq!(interrupted[0].account_name, "Account a");
    assert!(interrupted[0].can_undo);
    assert_eq!(history.get(done).unwrap().outcome, Outcome::Ok);
    let unknown = history.get(id).unwrap();
    assert_eq!(unknown.outcome, Outcome::Unknown);
    assert!(unknown.can_undo());
    let undo = history.plan_undo(id).unwrap();
    assert_eq!(undo.input, write.state_before.unwrap());
    assert_eq!(undo.undo_of, Some(id));
    let listed = history.search(&Default::default()).unwrap();
    assert_eq!(listed[0].outcome, Outcome::Unknown);
    assert!(listed[0].can_undo);
    drop(history);
    assert_eq!(integrity(&copy), "ok");

    // Told once: the next start has nothing new to say, and the entry stays "unknown".
    let (history, _) = History::open(&copy).unwrap();
    assert!(history.interrupted().is_empty());
    assert_eq!(history.get(id).unwrap().outcome, Outcome::Unknown);
}

#[test]
fn the_answer_completes_the_entry() {
    let history = History::in_memory().unwrap();
    let begun = NewEntry {
        response: None,
        summary: Vec::new(),
        request_id: None,
        ..entry("a", "op", 1)
    };
    let id = history.begin(begun.clone(), &[]).unwrap();
    let answer = failed("a", "op", 1);
    history.complete(id, answer.clone(), &[]).unwrap();
    let got = history.get(id).unwrap();
    assert_eq!(got.outcome, Outcome::VendorError);
    assert_eq!(got.response, answer.response);
    assert_eq!(got.summary, answer.summary);
    assert_eq!(got.error, answer.error);
    assert_eq!(got.request_id, answer.request_id);
    assert_eq!(got.state_before, begun.state_before);
    let found = history.search(&text_filter("refused")).unwrap();
    assert_eq!(found.len(), 1, "the answer's summary is searchable");

    // Once only, with a final outcome, for an entry that exists.
    let again = history.complete(id, answer.clone(), &[]).unwrap_err();
    assert!(
        matches!(again, HistoryError::InvalidEntry { .. }),
        "{again}"
    );
    let other = history.begin(entry("a", "op", 2), &[]).unwrap();
    for outcome in [Outcome::Sending, Outcome::Unknown] {
        let error = history
            .complete(
                other,
                NewEntry {
                    outcome,
                    ..entry("a", "op", 2)
                },
                &[],
            )
            .unwrap_err();
        assert!(
            matches!(error, HistoryError::InvalidEntry { .. }),
            "{error}"
        );
    }
    assert!(matches!(
        history
            .complete(9999, entry("a", "op", 3), &[])
            .unwrap_err(),
        HistoryError::NotFound { id: 9999 }
    ));
}

fn text_filter(text: &str) -> livedesk_history::Filter {
    livedesk_history::Filter {
        text: Some(text.to_owned()),
        ..Default::default()
    }
}

#[test]
fn an_unknown_entry_can_still_be_completed() {
    // The app and the CLI share the file: one may open it while the other waits for an answer.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("history.db");
    let (first, _) = History::open(&path).unwrap();
    let id = first.begin(entry("a", "op", 1), &[]).unwrap();
    let (second, _) = History::open(&path).unwrap();
    assert_eq!(second.interrupted().len(), 1);
    first.complete(id, entry("a", "op", 1), &[]).unwrap();
    assert_eq!(second.get(id).unwrap().outcome, Outcome::Ok);
}

#[test]
fn secrets_are_refused_before_sending_and_in_the_answer() {
    let history = History::in_memory().unwrap();
    let secret = "s3cr3t-value-1234";
    let leaking = NewEntry {
        input: json!({"key": secret}),
        ..entry("a", "op", 1)
    };
    let error = history.begin(leaking.clone(), &[secret]).unwrap_err();
    assert!(matches!(error, HistoryError::SecretInEntry { .. }));
    assert_eq!(history.count().unwrap(), 0);
    let id = history.begin(entry("a", "op", 1), &[secret]).unwrap();
    let answer = NewEntry {
        response: Some(json!({"echo": secret})),
        ..entry("a", "op", 1)
    };
    let error = history.complete(id, answer, &[secret]).unwrap_err();
    assert!(matches!(error, HistoryError::SecretInEntry { .. }));
    assert_eq!(history.get(id).unwrap().outcome, Outcome::Sending);
}

#[test]
fn a_version_1_history_is_migrated_with_its_entries_and_ids() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("history.db");
    {
        let mut conn = rusqlite::Connection::open(&path).unwrap();
        migrations().to_version(&mut conn, 1).unwrap();
        for n in 1..=3 {
            conn.execute(
                "INSERT INTO entries (at, account_id, account_name, vendor, operation, outcome, \
                 request, input, summary, state_before, search_text) \
                 VALUES (?1, 'a', 'Account a', 'naver', 'op', 'ok', '{}', ?2, '[\"done\"]', \
                 '{\"title\":\"old\"}', 'done')",
                rusqlite::params![n, format!("{{\"n\":{n}}}")],
            )
            .unwrap();
        }
        // Version 1 knows no "sending".
        assert!(conn
            .execute("UPDATE entries SET outcome = 'sending' WHERE id = 1", [])
            .is_err());
        conn.execute("DELETE FROM entries WHERE id = 3", [])
            .unwrap();
    }
    let (history, set_aside) = History::open(&path).unwrap();
    assert!(set_aside.is_none());
    assert_eq!(history.schema_version().unwrap(), SCHEMA_VERSION);
    assert_eq!(history.count().unwrap(), 2);
    assert_eq!(history.get(2).unwrap().input, json!({"n": 2}));
    assert!(history.get(1).unwrap().can_undo());
    let id = history.begin(entry("a", "op", 4), &[]).unwrap();
    assert_eq!(id, 4, "the id of a removed entry is never given again");
    drop(history);
    assert_eq!(integrity(&path), "ok");
}
