//! One History shared by many threads: nothing lost, nothing mixed up.

use std::collections::BTreeSet;
use std::sync::Arc;
use std::thread;

use livedesk_history::{Filter, History, NewEntry, Outcome};
use serde_json::json;

const THREADS: i64 = 20;
const PER_THREAD: i64 = 10;

fn made_by(t: i64, i: i64) -> NewEntry {
    NewEntry {
        at: 1_750_000_000_000 + t * 1000 + i,
        account_id: format!("acct-{t}"),
        account_name: format!("Account {t}"),
        vendor: "huawei".into(),
        operation: format!("op-{i}"),
        outcome: if i % 2 == 0 {
            Outcome::Ok
        } else {
            Outcome::Failed
        },
        request: json!({"method": "POST", "url": format!("https://x.test/{t}/{i}"),
                        "headers": {}, "body": {"t": t, "i": i}}),
        input: json!({"t": t, "i": i}),
        response: Some(json!({"t": t, "i": i})),
        summary: vec![format!("t={t} i={i}")],
        error: None,
        state_before: Some(json!({"t": t, "i": i})),
        request_id: Some(format!("{t}-{i}")),
        undo_of: None,
    }
}

#[test]
fn two_hundred_entries_from_twenty_threads() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("history.db");
    let (history, _) = History::open(&path).unwrap();
    let history = Arc::new(history);

    let handles: Vec<_> = (0..THREADS)
        .map(|t| {
            let history = Arc::clone(&history);
            thread::spawn(move || {
                (0..PER_THREAD)
                    .map(|i| {
                        // Reads interleaved with writes.
                        let _ = history.count().unwrap();
                        let id = history.record(made_by(t, i), &["never-there-xyz"]).unwrap();
                        (id, t, i)
                    })
                    .collect::<Vec<_>>()
            })
        })
        .collect();
    let written: Vec<(i64, i64, i64)> = handles
        .into_iter()
        .flat_map(|h| h.join().unwrap())
        .collect();
    assert_eq!(written.len(), (THREADS * PER_THREAD) as usize);
    let ids: BTreeSet<i64> = written.iter().map(|(id, _, _)| *id).collect();
    assert_eq!(ids.len(), written.len(), "every id distinct");
    drop(history);

    // After a restart: every entry is there, whole.
    let (history, _) = History::open(&path).unwrap();
    assert_eq!(history.count().unwrap(), (THREADS * PER_THREAD) as u64);
    for (id, t, i) in &written {
        let got = history.get(*id).unwrap();
        let want = made_by(*t, *i);
        assert_eq!(got.at, want.at);
        assert_eq!(got.account_id, want.account_id);
        assert_eq!(got.account_name, want.account_name);
        assert_eq!(got.operation, want.operation);
        assert_eq!(got.outcome, want.outcome);
        assert_eq!(got.request, want.request);
        assert_eq!(got.input, want.input);
        assert_eq!(got.response, want.response);
        assert_eq!(got.summary, want.summary);
        assert_eq!(got.state_before, want.state_before);
        assert_eq!(got.request_id, want.request_id);
    }
    // Each account's search returns exactly its own ten.
    for t in 0..THREADS {
        let found = history
            .search(&Filter {
                account_id: Some(format!("acct-{t}")),
                ..Filter::default()
            })
            .unwrap();
        assert_eq!(found.len(), PER_THREAD as usize);
        for s in found {
            assert_eq!(s.account_name, format!("Account {t}"));
            let i: i64 = s.operation.strip_prefix("op-").unwrap().parse().unwrap();
            assert_eq!(s.summary, vec![format!("t={t} i={i}")]);
            assert_eq!(s.request_id, Some(format!("{t}-{i}")));
        }
    }
}

#[test]
fn shared_across_async_style_tasks() {
    // The shape the app uses: one History in an Arc, handed to many tasks.
    fn assert_shareable<T: Send + Sync + 'static>(_: &T) {}
    let history = Arc::new(History::in_memory().unwrap());
    assert_shareable(&history);
    let handles: Vec<_> = (0..4)
        .map(|t| {
            let history = Arc::clone(&history);
            thread::spawn(move || history.record(made_by(t, 0), &[]).unwrap())
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    assert_eq!(history.count().unwrap(), 4);
}
