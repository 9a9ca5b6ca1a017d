//! Retention by count and by age.

use livedesk_history::{Filter, History, NewEntry, Retention};

use crate::common::{entry, DAY, T0};

fn at(days_ago: i64, n: i64) -> NewEntry {
    NewEntry {
        at: T0 - days_ago * DAY,
        ..entry("a", "op", n)
    }
}

fn remaining(history: &History) -> Vec<i64> {
    let mut ids: Vec<i64> = history
        .search(&Filter {
            limit: Some(Filter::MAX_LIMIT),
            ..Filter::default()
        })
        .unwrap()
        .into_iter()
        .map(|s| s.id)
        .collect();
    ids.sort();
    ids
}

#[test]
fn by_count_keeps_the_newest() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("history.db");
    let (history, _) = History::open(&path).unwrap();
    let ids: Vec<i64> = (0..25)
        .map(|n| history.record(entry("a", "op", n), &[]).unwrap())
        .collect();
    let keep_10 = Retention {
        max_entries: Some(10),
        max_age_days: None,
    };
    assert_eq!(history.apply_retention(&keep_10, T0).unwrap(), 15);
    assert_eq!(remaining(&history), ids[15..].to_vec());
    // Nothing more to do.
    assert_eq!(history.apply_retention(&keep_10, T0).unwrap(), 0);
    // No limits: nothing removed.
    let none = Retention {
        max_entries: None,
        max_age_days: None,
    };
    assert_eq!(history.apply_retention(&none, T0 + 1000 * DAY).unwrap(), 0);
    drop(history);

    // It stays removed after a restart, and ids are never reused.
    let (history, _) = History::open(&path).unwrap();
    assert_eq!(history.count().unwrap(), 10);
    let next = history.record(entry("a", "op", 99), &[]).unwrap();
    assert!(next > *ids.last().unwrap());
    assert!(matches!(
        history.get(ids[0]),
        Err(livedesk_history::HistoryError::NotFound { .. })
    ));

    // Zero entries kept: everything goes.
    let all = Retention {
        max_entries: Some(0),
        max_age_days: None,
    };
    assert_eq!(history.apply_retention(&all, T0).unwrap(), 11);
    assert_eq!(history.count().unwrap(), 0);
}

#[test]
fn by_age() {
    let history = History::in_memory().unwrap();
    let old = history.record(at(40, 1), &[]).unwrap();
    let edge = history.record(at(30, 2), &[]).unwrap();
    let recent = history.record(at(29, 3), &[]).unwrap();
    let today = history.record(at(0, 4), &[]).unwrap();
    let month = Retention {
        max_entries: None,
        max_age_days: Some(30),
    };
    assert_eq!(history.apply_retention(&month, T0).unwrap(), 1);
    // Exactly 30 days old is kept; older goes.
    assert_eq!(remaining(&history), vec![edge, recent, today]);
    assert!(history.get(old).is_err());
    assert_eq!(history.apply_retention(&month, T0 + 1).unwrap(), 1);
    assert_eq!(remaining(&history), vec![recent, today]);
    // Zero days: only what is not older than now.
    let zero = Retention {
        max_entries: None,
        max_age_days: Some(0),
    };
    assert_eq!(history.apply_retention(&zero, T0).unwrap(), 1);
    assert_eq!(remaining(&history), vec![today]);
}

#[test]
fn by_age_and_count_together() {
    let history = History::in_memory().unwrap();
    let mut ids = Vec::new();
    for n in 0..10 {
        ids.push(history.record(at(100 - n * 10, n), &[]).unwrap());
    }
    // Ages: 100, 90, …, 10 days. 45 days drops the first 6 (100..=50), then count keeps 3.
    let both = Retention {
        max_entries: Some(3),
        max_age_days: Some(45),
    };
    assert_eq!(history.apply_retention(&both, T0).unwrap(), 7);
    assert_eq!(remaining(&history), ids[7..].to_vec());
}

#[test]
fn default_and_json() {
    let default = Retention::default();
    assert_eq!(default.max_entries, Some(10_000));
    assert_eq!(default.max_age_days, Some(365));
    let parsed: Retention = serde_json::from_str(r#"{"max_entries": null}"#).unwrap();
    assert_eq!(parsed.max_entries, None);
    assert_eq!(parsed.max_age_days, Some(365));
}
