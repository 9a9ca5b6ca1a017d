//! Bringing an older history up to date: entries written before the error's words had columns
//! of their own show (and are found by) their plain message and hint afterwards; entries
//! written before what the words were made from was kept are shown with their words as stored.

use livedesk_history::{migrations, EntryError, Filter, History, SCHEMA_VERSION};

use crate::common::{entry, failed};

/// A history file left at schema 2 by an earlier Livedesk, with one failed and one good call.
fn version_two_file(path: &std::path::Path) {
    let mut conn = rusqlite::Connection::open(path).unwrap();
    migrations().to_version(&mut conn, 2).unwrap();
    let bad = failed("acct", "naver.switch_stream", 1);
    let good = entry("acct", "naver.switch_stream", 2);
    for (n, e) in [(1, &bad), (2, &good)] {
        let error = e
            .error
            .as_ref()
            .map(|err| serde_json::to_string(err).unwrap());
        conn.execute(
            "INSERT INTO entries (at, account_id, account_name, vendor, operation, outcome, \
             request, input, summary, error, error_code, search_text) \
             VALUES (?1, 'acct', 'Main account', 'naver', 'naver.switch_stream', ?2, '{}', '{}', \
             '[]', ?3, ?4, 'naver.switch_stream')",
            rusqlite::params![
                n,
                e.outcome.as_str(),
                error,
                e.error.as_ref().map(|err| err.code.clone())
            ],
        )
        .unwrap();
    }
}

#[test]
fn older_entries_get_their_error_words() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("history.sqlite3");
    version_two_file(&path);

    let (history, set_aside) = History::open(&path).unwrap();
    assert!(set_aside.is_none());
    assert_eq!(history.schema_version().unwrap(), SCHEMA_VERSION);
    let list = history.search(&Filter::default()).unwrap();
    assert_eq!(list.len(), 2);
    let (good, bad) = (&list[0], &list[1]);
    assert_eq!(bad.error_code.as_deref(), Some("vendor.forbidden"));
    assert_eq!(
        bad.error_message.as_deref(),
        Some("The vendor refused the call")
    );
    assert_eq!(
        bad.error_hint.as_deref(),
        Some("Check the key's permissions")
    );
    assert_eq!(good.error_message, None);
    assert_eq!(good.error_hint, None);

    // Found by the words of its error, as a new entry would be.
    let found = history
        .search(&Filter {
            text: Some("REFUSED the call".to_owned()),
            ..Filter::default()
        })
        .unwrap();
    assert_eq!(found.iter().map(|e| e.id).collect::<Vec<_>>(), vec![bad.id]);
}

#[test]
fn new_entries_keep_their_error_words() {
    let history = History::in_memory().unwrap();
    let id = history.record(failed("acct", "op", 1), &[]).unwrap();
    let ok = history.record(entry("acct", "op", 2), &[]).unwrap();
    let list = history.search(&Filter::default()).unwrap();
    let bad = list.iter().find(|e| e.id == id).unwrap();
    assert_eq!(
        bad.error_message.as_deref(),
        Some("The vendor refused the call")
    );
    assert_eq!(
        bad.error_hint.as_deref(),
        Some("Check the key's permissions")
    );
    assert!(!bad.can_undo);
    let good = list.iter().find(|e| e.id == ok).unwrap();
    assert!(good.has_state_before && good.can_undo);
    assert_eq!(good.error_message, None);
}

/// A history file left at schema 3 (the error's words as text only) by an earlier Livedesk.
fn version_three_file(path: &std::path::Path) {
    let mut conn = rusqlite::Connection::open(path).unwrap();
    migrations().to_version(&mut conn, 3).unwrap();
    let bad = failed("acct", "naver.switch_stream", 1);
    let error = bad.error.unwrap();
    conn.execute(
        "INSERT INTO entries (at, account_id, account_name, vendor, operation, outcome, \
         request, input, summary, error, error_code, search_text, error_message, error_hint) \
         VALUES (1, 'acct', 'Main account', 'naver', 'naver.switch_stream', 'vendor_error', \
         '{}', '{}', '[]', ?1, ?2, 'naver.switch_stream', ?3, ?4)",
        rusqlite::params![
            serde_json::to_string(&error).unwrap(),
            error.code,
            error.message,
            error.hint
        ],
    )
    .unwrap();
}

#[test]
fn older_errors_keep_their_words_and_gain_the_vendor_code() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("history.sqlite3");
    version_three_file(&path);

    let (history, set_aside) = History::open(&path).unwrap();
    assert!(set_aside.is_none());
    assert_eq!(history.schema_version().unwrap(), SCHEMA_VERSION);
    let list = history.search(&Filter::default()).unwrap();
    let old = &list[0];
    assert_eq!(
        old.error_message.as_deref(),
        Some("The vendor refused the call")
    );
    assert_eq!(old.error_vendor_code.as_deref(), Some("403"));
    assert_eq!(old.error_vendor_message, None);
    assert_eq!(old.error_args, None, "nothing to word it again from");
    assert_eq!(old.error_lang, None);
    let full = history.get(old.id).unwrap().error.unwrap();
    assert_eq!((full.args, full.lang), (None, None));
}

#[test]
fn new_errors_keep_what_their_words_were_made_from() {
    let history = History::in_memory().unwrap();
    let error = EntryError {
        code: "vendor.precondition_failed".to_owned(),
        message: "NAVER Cloud refused it. NAVER Cloud said: “Channel is not PUBLISHING.”"
            .to_owned(),
        hint: Some("Start the channel first".to_owned()),
        vendor_code: Some("3104".to_owned()),
        vendor_message: Some("Channel is not PUBLISHING.".to_owned()),
        args: Some([("request_id".to_owned(), "r-1".to_owned())].into()),
        lang: Some("en".to_owned()),
    };
    let entry = livedesk_history::NewEntry {
        error: Some(error.clone()),
        ..failed("acct", "naver.switch_stream", 1)
    };
    let id = history.record(entry.clone(), &[]).unwrap();
    let listed = &history.search(&Filter::default()).unwrap()[0];
    assert_eq!(listed.error_vendor_code.as_deref(), Some("3104"));
    assert_eq!(
        listed.error_vendor_message.as_deref(),
        Some("Channel is not PUBLISHING.")
    );
    assert_eq!(listed.error_args, error.args);
    assert_eq!(listed.error_lang.as_deref(), Some("en"));
    assert_eq!(history.get(id).unwrap().error, Some(error.clone()));
    // Found by the vendor's own words too.
    let found = history
        .search(&Filter {
            text: Some("not publishing".to_owned()),
            ..Filter::default()
        })
        .unwrap();
    assert_eq!(found.len(), 1);

    // A change completed with an error keeps the same.
    let begun = history.begin(entry.clone(), &[]).unwrap();
    history.complete(begun, entry, &[]).unwrap();
    let completed = history.search(&Filter::default()).unwrap();
    let completed = completed.iter().find(|e| e.id == begun).unwrap();
    assert_eq!(completed.error_args, error.args);
    assert_eq!(completed.error_lang.as_deref(), Some("en"));
}
