//! "Send again" and "Undo" from a history entry.

use livedesk_history::{History, HistoryError, NewEntry, Outcome, ReplayKind};
use serde_json::json;

use crate::common::{entry, failed};

#[test]
fn send_again_starts_from_the_form() {
    let history = History::in_memory().unwrap();
    let e = entry("a", "naver.channel.update", 7);
    let id = history.record(e.clone(), &[]).unwrap();
    let replay = history.plan_send_again(id).unwrap();
    assert_eq!(replay.kind, ReplayKind::SendAgain);
    assert_eq!(replay.from_id, id);
    assert_eq!(replay.account_id, "a");
    assert_eq!(replay.operation, "naver.channel.update");
    assert_eq!(replay.input, e.input);
    assert_eq!(replay.undo_of, None);
    // A failed call can be sent again too.
    let failed_id = history.record(failed("a", "op", 8), &[]).unwrap();
    assert!(history.plan_send_again(failed_id).is_ok());
    // Unknown id.
    let error = history.plan_send_again(9999).unwrap_err();
    assert_eq!(error.code(), "history.not_found");
    assert!(error.hint().unwrap().contains("retention"));
}

#[test]
fn undo_reapplies_the_state_before() {
    let history = History::in_memory().unwrap();
    let write = entry("a", "naver.channel.update", 1);
    let id = history.record(write.clone(), &[]).unwrap();
    assert!(history.get(id).unwrap().can_undo());

    let plan = history.plan_undo(id).unwrap();
    assert_eq!(plan.kind, ReplayKind::Undo);
    assert_eq!(plan.input, write.state_before.clone().unwrap());
    assert_eq!(plan.undo_of, Some(id));
    assert_eq!(plan.operation, write.operation);

    // The undo is a new call, recorded with `undo_of`; the original now says who undid it.
    let undo = NewEntry {
        input: plan.input.clone(),
        undo_of: plan.undo_of,
        state_before: Some(json!({"channel": 1, "title": "Title 1"})),
        ..entry("a", "naver.channel.update", 2)
    };
    let undo_id = history.record(undo, &[]).unwrap();
    let original = history.get(id).unwrap();
    assert_eq!(original.undone_by, Some(undo_id));
    assert_eq!(history.get(undo_id).unwrap().undo_of, Some(id));
    let listed = history.search(&Default::default()).unwrap();
    assert_eq!(
        listed.iter().find(|s| s.id == id).unwrap().undone_by,
        Some(undo_id)
    );

    // Not twice.
    let error = history.plan_undo(id).unwrap_err();
    assert_eq!(error.code(), "history.not_undoable");
    assert!(
        error.to_string().contains(&format!("#{undo_id}")),
        "{error}"
    );

    // The undo itself can be undone (a redo).
    let redo = history.plan_undo(undo_id).unwrap();
    assert_eq!(redo.input, json!({"channel": 1, "title": "Title 1"}));
}

#[test]
fn a_failed_undo_does_not_count() {
    let history = History::in_memory().unwrap();
    let id = history.record(entry("a", "op", 1), &[]).unwrap();
    let failed_undo = NewEntry {
        undo_of: Some(id),
        ..failed("a", "op", 2)
    };
    history.record(failed_undo, &[]).unwrap();
    assert_eq!(history.get(id).unwrap().undone_by, None);
    assert!(history.plan_undo(id).is_ok());
}

#[test]
fn what_cannot_be_undone() {
    let history = History::in_memory().unwrap();
    let vendor_error = history.record(failed("a", "op", 1), &[]).unwrap();
    let nothing_read = history
        .record(
            NewEntry {
                state_before: None,
                ..entry("a", "op", 2)
            },
            &[],
        )
        .unwrap();
    let rejected = history
        .record(
            NewEntry {
                outcome: Outcome::Rejected,
                response: None,
                ..entry("a", "op", 3)
            },
            &[],
        )
        .unwrap();
    for id in [vendor_error, nothing_read, rejected] {
        let error = history.plan_undo(id).unwrap_err();
        assert!(matches!(error, HistoryError::NotUndoable { .. }), "{error}");
        assert!(!history.get(id).unwrap().can_undo());
    }
    assert_eq!(
        history.plan_undo(12345).unwrap_err().code(),
        "history.not_found"
    );
    // An undo must point at an existing entry.
    let error = history
        .record(
            NewEntry {
                undo_of: Some(777),
                ..entry("a", "op", 4)
            },
            &[],
        )
        .unwrap_err();
    assert_eq!(error.field(), Some("undo_of"));
}

#[test]
fn why_an_undo_is_refused_is_said_in_the_producers_language() {
    let history = History::in_memory().unwrap();
    let nothing_read = history
        .record(
            NewEntry {
                state_before: None,
                ..entry("a", "op", 1)
            },
            &[],
        )
        .unwrap();
    let english = history.plan_undo(nothing_read).unwrap_err();
    assert_eq!(
        english.to_string(),
        format!(
            "History entry #{nothing_read} cannot be undone: the state before this change was \
             not read, so there is nothing to go back to"
        )
    );
    let _ja = livedesk_i18n::scoped(livedesk_i18n::Lang::Ja);
    let error = history.plan_undo(nothing_read).unwrap_err();
    assert_eq!(error.code(), "history.not_undoable");
    assert_eq!(
        error.to_string(),
        format!(
            "履歴の項目 #{nothing_read} は元に戻せません: この変更の前の状態を読み取っていないため、戻す先がありません"
        )
    );
    assert!(
        error.hint().unwrap().contains("元に戻せるのは"),
        "{error:?}"
    );
    let missing = history.plan_undo(12345).unwrap_err();
    assert_eq!(missing.to_string(), "履歴の項目 #12345 はありません");
}
