//! The canary: an entry holding one of the account's secret values is never written.

use std::fs;

use livedesk_history::{EntryError, History, HistoryError, NewEntry};
use serde_json::json;

use crate::common::entry;

const CANARY: &str = "CANARY-sk-7f3a9b2e4c1d8f60";

fn refused(history: &History, e: NewEntry, secrets: &[&str]) -> String {
    let before = history.count().unwrap();
    let error = history.record(e, secrets).unwrap_err();
    assert_eq!(error.code(), "history.secret_in_entry");
    let message = error.to_string();
    assert!(
        !message.contains(CANARY),
        "the error never repeats the secret"
    );
    assert!(!error.hint().unwrap().contains(CANARY));
    assert_eq!(history.count().unwrap(), before, "nothing written");
    match error {
        HistoryError::SecretInEntry { field } => {
            assert!(message.contains(&field), "{message}");
            field
        }
        other => panic!("{other}"),
    }
}

#[test]
fn the_canary_is_refused_wherever_it_hides() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("history.db");
    let (history, _) = History::open(&path).unwrap();
    let secrets = ["", "another-secret-value", CANARY];
    let base = || entry("a", "naver.channel.update", 1);

    let mut with_header = base();
    with_header.request["headers"]["Authorization"] = json!(format!("Bearer {CANARY}"));
    assert_eq!(
        refused(&history, with_header, &secrets),
        "request.headers.Authorization"
    );

    let mut in_body = base();
    in_body.request["body"] = json!({"list": [{"key": CANARY}]});
    assert_eq!(
        refused(&history, in_body, &secrets),
        "request.body.list[0].key"
    );

    let mut in_url = base();
    in_url.request["url"] = json!(format!("https://x.test/?token={CANARY}"));
    assert_eq!(refused(&history, in_url, &secrets), "request.url");

    let in_input = NewEntry {
        input: json!({"secret_key": CANARY}),
        ..base()
    };
    assert_eq!(refused(&history, in_input, &secrets), "input.secret_key");

    let in_response = NewEntry {
        response: Some(json!({"echo": format!("...{CANARY}...")})),
        ..base()
    };
    assert_eq!(refused(&history, in_response, &secrets), "response.echo");

    let in_summary = NewEntry {
        summary: vec!["ok".into(), format!("key {CANARY}")],
        ..base()
    };
    assert_eq!(refused(&history, in_summary, &secrets), "summary[1]");

    let in_error = NewEntry {
        error: Some(EntryError {
            code: "x".into(),
            message: format!("bad key {CANARY}"),
            hint: None,
            vendor_code: None,
            ..EntryError::default()
        }),
        ..base()
    };
    assert_eq!(refused(&history, in_error, &secrets), "error.message");

    // What an error is worded again from is checked like its words.
    let words = |vendor_message: &str, field: &str| EntryError {
        code: "vendor.invalid_input".into(),
        message: "refused".into(),
        vendor_code: Some("400".into()),
        vendor_message: Some(vendor_message.into()),
        args: Some([("field".to_owned(), field.to_owned())].into()),
        lang: Some("en".into()),
        ..EntryError::default()
    };
    let in_vendor_message = NewEntry {
        error: Some(words(&format!("key {CANARY} refused"), "name")),
        ..base()
    };
    assert_eq!(
        refused(&history, in_vendor_message, &secrets),
        "error.vendor_message"
    );
    let in_args = NewEntry {
        error: Some(words("refused", &format!("x{CANARY}"))),
        ..base()
    };
    assert_eq!(refused(&history, in_args, &secrets), "error.args.field");
    // Words without the secret go in.
    let clean = NewEntry {
        error: Some(words("Invalid parameter", "name")),
        ..base()
    };
    let mut masked = base();
    masked.request["headers"]["Authorization"] = json!("Bearer ••••8f60");

    let in_state = NewEntry {
        state_before: Some(json!({"stream_key": CANARY})),
        ..base()
    };
    assert_eq!(
        refused(&history, in_state, &secrets),
        "state_before.stream_key"
    );

    let in_name = NewEntry {
        account_name: format!("Seoul {CANARY}"),
        ..base()
    };
    assert_eq!(refused(&history, in_name, &secrets), "account_name");

    let in_request_id = NewEntry {
        request_id: Some(CANARY.into()),
        ..base()
    };
    assert_eq!(refused(&history, in_request_id, &secrets), "request_id");

    let as_key = NewEntry {
        response: Some(json!({CANARY: 1})),
        ..base()
    };
    assert_eq!(refused(&history, as_key, &secrets), "response (a key)");

    // Masked, it goes in; nothing of the canary ever reached the file (nor its WAL).
    history.record(masked, &secrets).unwrap();
    history.record(clean, &secrets).unwrap();
    assert_eq!(history.count().unwrap(), 2);
    drop(history);
    let mut on_disk = Vec::new();
    for entry in fs::read_dir(dir.path()).unwrap() {
        on_disk.extend(fs::read(entry.unwrap().path()).unwrap());
    }
    assert!(!on_disk.is_empty());
    let needle = CANARY.as_bytes();
    assert!(
        !on_disk.windows(needle.len()).any(|w| w == needle),
        "the canary is nowhere on disk"
    );
}

#[test]
fn encoded_forms_are_refused_too() {
    let history = History::in_memory().unwrap();
    // A secret with characters that JSON escapes and URLs percent-encode.
    let secret = "k+y/\"q\\=z";
    let mut in_url = entry("a", "op", 1);
    in_url.request["url"] = json!("https://x.test/?Signature=k%2By%2F%22q%5C%3Dz");
    assert_eq!(refused(&history, in_url, &[secret]), "request.url");
    let lower = NewEntry {
        input: json!({"form": "sig=k%2by%2f%22q%5c%3dz"}),
        ..entry("a", "op", 1)
    };
    assert_eq!(refused(&history, lower, &[secret]), "input.form");
    let raw = NewEntry {
        input: json!({"s": secret}),
        ..entry("a", "op", 1)
    };
    assert_eq!(refused(&history, raw, &[secret]), "input.s");
    // A numeric secret written as a number.
    let digits = NewEntry {
        input: json!({"pin": 84_736_251_907u64}),
        ..entry("a", "op", 1)
    };
    assert_eq!(refused(&history, digits, &["84736251907"]), "input.pin");
}

#[test]
fn no_secrets_or_empty_secrets_check_nothing() {
    let history = History::in_memory().unwrap();
    history.record(entry("a", "op", 1), &[]).unwrap();
    history.record(entry("a", "op", 2), &[""]).unwrap();
    // A secret that does not occur.
    history
        .record(entry("a", "op", 3), &["not-in-this-entry-0000"])
        .unwrap();
    assert_eq!(history.count().unwrap(), 3);
}

#[test]
fn malformed_entries_are_refused() {
    let history = History::in_memory().unwrap();
    let error = history
        .record(
            NewEntry {
                account_id: " ".into(),
                ..entry("a", "op", 1)
            },
            &[],
        )
        .unwrap_err();
    assert_eq!(error.code(), "history.invalid_entry");
    assert_eq!(error.field(), Some("account_id"));
    let error = history
        .record(
            NewEntry {
                operation: String::new(),
                ..entry("a", "op", 1)
            },
            &[],
        )
        .unwrap_err();
    assert_eq!(error.field(), Some("operation"));
    assert_eq!(history.count().unwrap(), 0);
}
