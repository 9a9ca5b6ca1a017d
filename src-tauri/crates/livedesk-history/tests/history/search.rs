//! Search by account, operation and text, newest first, with paging.

use livedesk_history::{Filter, History, NewEntry, Outcome};

use crate::common::{entry, failed};

fn ids(history: &History, filter: &Filter) -> Vec<i64> {
    history
        .search(filter)
        .unwrap()
        .into_iter()
        .map(|s| s.id)
        .collect()
}

/// 30 entries: accounts a/b/c in turn, operations update/forbid alternating.
fn filled() -> (tempfile::TempDir, History, Vec<(i64, NewEntry)>) {
    let dir = tempfile::tempdir().unwrap();
    let (history, _) = History::open(dir.path().join("history.db")).unwrap();
    let mut recorded = Vec::new();
    for n in 0..30 {
        let account = ["a", "b", "c"][n as usize % 3];
        let operation = if n % 2 == 0 {
            "channel.update"
        } else {
            "stream.forbid"
        };
        let e = if n % 5 == 4 {
            failed(account, operation, n)
        } else {
            entry(account, operation, n)
        };
        recorded.push((history.record(e.clone(), &[]).unwrap(), e));
    }
    (dir, history, recorded)
}

fn expected(recorded: &[(i64, NewEntry)], keep: impl Fn(&NewEntry) -> bool) -> Vec<i64> {
    let mut ids: Vec<i64> = recorded
        .iter()
        .filter(|(_, e)| keep(e))
        .map(|(id, _)| *id)
        .collect();
    ids.reverse();
    ids
}

#[test]
fn everything_newest_first() {
    let (_dir, history, recorded) = filled();
    assert_eq!(history.count().unwrap(), 30);
    let all = history.search(&Filter::default()).unwrap();
    assert_eq!(all.len(), 30);
    assert_eq!(
        all.iter().map(|s| s.id).collect::<Vec<_>>(),
        expected(&recorded, |_| true)
    );
    let newest = &all[0];
    let (id, e) = recorded.last().unwrap();
    assert_eq!(newest.id, *id);
    assert_eq!(newest.account_name, e.account_name);
    assert_eq!(newest.summary, e.summary);
    assert_eq!(newest.request_id, e.request_id);
    // A failed one carries its error code and cannot be undone.
    let failed = all
        .iter()
        .find(|s| s.outcome == Outcome::VendorError)
        .unwrap();
    assert_eq!(failed.error_code.as_deref(), Some("vendor.forbidden"));
    assert!(!failed.can_undo);
    assert!(all
        .iter()
        .filter(|s| s.outcome == Outcome::Ok)
        .all(|s| s.can_undo));
}

#[test]
fn by_account_and_operation() {
    let (_dir, history, recorded) = filled();
    let by_account = Filter {
        account_id: Some("b".into()),
        ..Filter::default()
    };
    assert_eq!(
        ids(&history, &by_account),
        expected(&recorded, |e| e.account_id == "b")
    );
    let by_operation = Filter {
        operation: Some("stream.forbid".into()),
        ..Filter::default()
    };
    assert_eq!(
        ids(&history, &by_operation),
        expected(&recorded, |e| e.operation == "stream.forbid")
    );
    let both = Filter {
        account_id: Some("c".into()),
        operation: Some("channel.update".into()),
        ..Filter::default()
    };
    let found = ids(&history, &both);
    assert_eq!(
        found,
        expected(&recorded, |e| e.account_id == "c"
            && e.operation == "channel.update")
    );
    assert_eq!(found.len(), 5);
    let nobody = Filter {
        account_id: Some("zzz".into()),
        ..Filter::default()
    };
    assert!(ids(&history, &nobody).is_empty());
}

#[test]
fn by_text() {
    let (_dir, history, recorded) = filled();
    let text = |t: &str| Filter {
        text: Some(t.into()),
        ..Filter::default()
    };
    // In a summary line, any case.
    assert_eq!(
        ids(&history, &text("TITLE 17")),
        expected(&recorded, |e| e.at == recorded[17].1.at)
    );
    assert_eq!(
        ids(&history, &text("refused")),
        expected(&recorded, |e| e.outcome == Outcome::VendorError)
    );
    // In the operation, the account name and the request id.
    assert_eq!(
        ids(&history, &text("forbid")),
        expected(&recorded, |e| e.operation == "stream.forbid")
    );
    assert_eq!(
        ids(&history, &text("account c")),
        expected(&recorded, |e| e.account_id == "c")
    );
    assert_eq!(ids(&history, &text("req-b-4")).len(), 1);
    // Blank means no text filter; LIKE wildcards are taken literally.
    assert_eq!(ids(&history, &text("  ")).len(), 30);
    assert!(ids(&history, &text("%")).is_empty());
    assert!(ids(&history, &text("_")).is_empty());
    // Not found in what the filter does not cover (the request body).
    assert!(ids(&history, &text("live.example.test")).is_empty());
    // Combined with the account.
    let combined = Filter {
        account_id: Some("a".into()),
        text: Some("refused".into()),
        ..Filter::default()
    };
    assert_eq!(
        ids(&history, &combined),
        expected(&recorded, |e| e.account_id == "a"
            && e.outcome == Outcome::VendorError)
    );
}

#[test]
fn text_in_other_scripts() {
    let history = History::in_memory().unwrap();
    let id = history
        .record(
            NewEntry {
                summary: vec!["채널 이름을 바꿨습니다".into(), "ÉTAT changé".into()],
                ..entry("a", "op", 1)
            },
            &[],
        )
        .unwrap();
    for text in ["이름을", "état", "CHANGÉ"] {
        let found = history
            .search(&Filter {
                text: Some(text.into()),
                ..Filter::default()
            })
            .unwrap();
        assert_eq!(found.len(), 1, "{text}");
        assert_eq!(found[0].id, id);
    }
}

#[test]
fn paging() {
    let (_dir, history, recorded) = filled();
    let mut pages = Vec::new();
    let mut before = None;
    loop {
        let page = ids(
            &history,
            &Filter {
                account_id: None,
                operation: None,
                text: Some("account".into()),
                limit: Some(7),
                before_id: before,
            },
        );
        if page.is_empty() {
            break;
        }
        before = page.last().copied();
        pages.push(page);
    }
    let sizes: Vec<usize> = pages.iter().map(Vec::len).collect();
    assert_eq!(sizes, vec![7, 7, 7, 7, 2]);
    let flat: Vec<i64> = pages.concat();
    assert_eq!(flat, expected(&recorded, |_| true));

    // Paging with an account filter.
    let first = ids(
        &history,
        &Filter {
            account_id: Some("a".into()),
            limit: Some(4),
            ..Filter::default()
        },
    );
    let second = ids(
        &history,
        &Filter {
            account_id: Some("a".into()),
            limit: Some(4),
            before_id: first.last().copied(),
            ..Filter::default()
        },
    );
    let mut both = first.clone();
    both.extend(&second);
    assert_eq!(both, expected(&recorded, |e| e.account_id == "a")[..8]);

    // Limits: default and maximum.
    let history = History::in_memory().unwrap();
    for n in 0..(Filter::DEFAULT_LIMIT as i64 + 5) {
        history.record(entry("a", "op", n), &[]).unwrap();
    }
    assert_eq!(
        ids(&history, &Filter::default()).len(),
        Filter::DEFAULT_LIMIT as usize
    );
    let huge = Filter {
        limit: Some(u32::MAX),
        ..Filter::default()
    };
    assert_eq!(
        ids(&history, &huge).len(),
        Filter::DEFAULT_LIMIT as usize + 5
    );
    let zero = Filter {
        limit: Some(0),
        ..Filter::default()
    };
    assert!(ids(&history, &zero).is_empty());
}

#[test]
fn filter_from_json() {
    let filter: Filter = serde_json::from_str(r#"{"account_id": "a", "limit": 5}"#).unwrap();
    assert_eq!(filter.account_id.as_deref(), Some("a"));
    assert_eq!(filter.limit, Some(5));
    assert_eq!(filter.text, None);
}
