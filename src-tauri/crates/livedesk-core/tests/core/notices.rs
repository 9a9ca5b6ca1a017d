//! Notices are worded when the window asks for them: one raised at start in English reads in
//! Korean once the producer has switched (issue 18).

use std::sync::Arc;

use livedesk_core::accounts::{MemorySecretStore, MemorySettingsStore};
use livedesk_core::storage::{check_settings_file, open_history};
use livedesk_core::{Engine, ErrorCode};
use livedesk_history::{History, NewEntry, Outcome};
use livedesk_i18n::{scoped, tr_in, Arg, Lang};
use serde_json::json;

const OP: &str = "naver.switch_stream";

/// A change recorded as being sent, whose answer never came: the next start tells it.
fn history_with_a_change_cut_off(path: &std::path::Path) -> History {
    let (history, _) = History::open(path).unwrap();
    let change = NewEntry {
        at: 1,
        account_id: "acct".into(),
        account_name: "Main account".into(),
        vendor: "naver".into(),
        operation: OP.into(),
        outcome: Outcome::Sending,
        request: json!({}),
        input: json!({}),
        response: None,
        summary: Vec::new(),
        error: None,
        state_before: None,
        request_id: None,
        undo_of: None,
    };
    history.begin(change, &[]).unwrap();
    drop(history);
    History::open(path).unwrap().0
}

#[test]
fn notices_raised_in_english_read_in_korean_after_a_switch() {
    let dir = tempfile::tempdir().unwrap();
    let settings = dir.path().join("settings.json");
    std::fs::write(&settings, b"not a settings file").unwrap();

    let english = scoped(Lang::En);
    let damaged = check_settings_file(&settings).expect("a damaged settings file is told");
    let engine = Engine::new(
        Arc::new(MemorySettingsStore::default()),
        Arc::new(MemorySecretStore::default()),
    )
    .with_history(history_with_a_change_cut_off(&dir.path().join("h.sqlite3")));
    engine.add_notice(damaged.clone());
    engine.add_notice(damaged);
    let before = engine.first_screen_now().info.notices;
    drop(english);

    let korean = scoped(Lang::Ko);
    let after = engine.first_screen_now().info.notices;
    assert_eq!(after.len(), 2, "told once each: {after:?}");
    let told = |code: ErrorCode| {
        let find = |list: &[livedesk_core::ApiError]| {
            list.iter()
                .find(|n| n.code == code)
                .cloned()
                .unwrap_or_else(|| panic!("no {code:?} in {list:?}"))
        };
        (find(&before), find(&after))
    };

    let (en, ko) = told(ErrorCode::SettingsDamaged);
    let backup = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|f| f.unwrap().path())
        .find(|p| p.display().to_string().contains("damaged-"))
        .expect("the file was set aside")
        .display()
        .to_string();
    let args = [("backup", Arg::from(backup.as_str()))];
    assert_eq!(en.message, tr_in(Lang::En, "core-settings-damaged", &args));
    assert_eq!(ko.message, tr_in(Lang::Ko, "core-settings-damaged", &args));
    assert_eq!(
        ko.hint.as_deref(),
        Some(tr_in(Lang::Ko, "core-settings-damaged-hint", &[]).as_str())
    );
    assert_ne!(ko.message, en.message);

    let (en, ko) = told(ErrorCode::HistoryOutcomeUnknown);
    let title = livedesk_operations::operation_info(OP).unwrap().title;
    let args = [
        ("operation", Arg::from(title.as_str())),
        ("name", Arg::from("Main account")),
    ];
    assert_eq!(ko.message, tr_in(Lang::Ko, "core-interrupted", &args));
    assert_ne!(ko.message, en.message);
    assert!(en.message.contains("was being sent when Livedesk closed"));
    drop(korean);
}

#[test]
fn a_damaged_history_is_told_in_the_language_of_the_moment_with_its_reason() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("history.sqlite3");
    std::fs::write(&path, vec![b'x'; 4096]).unwrap();
    let english = scoped(Lang::En);
    let (history, notice) = open_history(&path);
    let engine = Engine::new(
        Arc::new(MemorySettingsStore::default()),
        Arc::new(MemorySecretStore::default()),
    )
    .with_history(history.expect("a fresh history"));
    engine.add_notice(notice.expect("the damage is told"));
    let en = engine.first_screen_now().info.notices.remove(0);
    drop(english);

    let _korean = scoped(Lang::Ko);
    let ko = engine.first_screen_now().info.notices.remove(0);
    assert_eq!(ko.code, ErrorCode::HistoryDamaged);
    let backup = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|f| f.unwrap().path())
        .find(|p| p.display().to_string().contains(".damaged-"))
        .expect("the file was set aside")
        .display()
        .to_string();
    let reason = |lang| tr_in(lang, "history-not-a-database", &[]);
    let said = |lang| {
        let reason = reason(lang);
        let args = [
            ("reason", Arg::from(reason.as_str())),
            ("backup", Arg::from(backup.as_str())),
        ];
        tr_in(lang, "core-history-damaged", &args)
    };
    assert_eq!(en.message, said(Lang::En));
    assert_eq!(ko.message, said(Lang::Ko), "the reason too is in Korean");
}
