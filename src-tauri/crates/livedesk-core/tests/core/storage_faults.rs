//! Settings and history that cannot be written (issue 8): the producer is told what failed
//! with a code, a message naming the file and a hint; calls still go out; nothing already
//! saved is lost.
//!
//! How the files are made unwritable: these tests run as root in CI, and root ignores
//! permission bits, so `chmod 0555` stops nothing. A path whose parent is a regular file
//! fails for every user (ENOTDIR or EEXIST when the folder is created, like EROFS on a
//! read-only disk), and on Linux sysfs refuses new files even to root: both are real
//! "cannot write here" answers from the kernel, not a simulation in Livedesk's code.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use livedesk_core::accounts::{JsonFileStore, MemorySecretStore, MemorySettingsStore};
use livedesk_core::api::Vendor;
use livedesk_core::storage::{check_settings_file, open_history};
use livedesk_core::Engine;
use livedesk_sandbox::{seed, Sandbox, SandboxConfig};
use serde_json::json;

/// Places where nothing can be created, whoever runs the test.
fn unwritable_places(dir: &Path) -> Vec<PathBuf> {
    let blocker = dir.join("a-file-not-a-folder");
    std::fs::write(&blocker, b"in the way").unwrap();
    let mut places = vec![blocker.join("history.sqlite3")];
    if cfg!(target_os = "linux") && Path::new("/sys/kernel").is_dir() {
        places.push(PathBuf::from("/sys/livedesk-test/history.sqlite3"));
    }
    places
}

async fn naver_practice(engine: &Engine, sandbox: &livedesk_sandbox::SandboxHandle) -> String {
    engine.accounts().set_sandbox_url(Some(sandbox.base_url()));
    engine
        .add_sandbox_accounts()
        .await
        .unwrap()
        .into_iter()
        .find(|a| a.vendor == Vendor::Naver)
        .unwrap()
        .id
}

async fn switch_stream(engine: &Engine, account: &str) -> Result<(), livedesk_core::ApiError> {
    let input = json!({"channelId": seed::NAVER_PUBLISHING_CHANNEL});
    engine
        .send_call(
            account.into(),
            "naver.switch_stream".into(),
            input,
            None,
            None,
        )
        .await
        .map(|_| ())
}

#[tokio::test]
async fn history_that_cannot_be_written_is_told_and_calls_still_go_out() {
    let sandbox = Sandbox::start(SandboxConfig::default()).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    for path in unwritable_places(dir.path()) {
        let (history, notice) = open_history(&path);
        let raised = notice.expect("the producer is told");
        let notice = raised.word();
        assert_eq!(notice.code, "history.unavailable", "{path:?}: {notice:?}");
        assert!(
            notice.message.contains(&path.display().to_string()),
            "{notice:?}"
        );
        assert!(
            notice
                .hint
                .as_deref()
                .unwrap_or("")
                .contains("still listed"),
            "{notice:?}"
        );
        assert!(!path.exists(), "nothing was created at {path:?}");

        let mut engine = Engine::new(
            Arc::new(MemorySettingsStore::default()),
            Arc::new(MemorySecretStore::default()),
        );
        engine = engine.with_history(history.expect("a history for this session"));
        engine.add_notice(raised);
        let account = naver_practice(&engine, &sandbox).await;
        switch_stream(&engine, &account)
            .await
            .expect("the call goes out");
        let info = engine.app_info().await.unwrap();
        assert_eq!(info.notices.len(), 1, "{:?}", info.notices);
        let listed = engine.list_history(None, None, None).await.unwrap();
        assert_eq!(listed.len(), 1, "this session's call is listed: {listed:?}");
    }
}

#[tokio::test]
async fn history_that_fails_while_in_use_is_told_once_and_recovers() {
    let sandbox = Sandbox::start(SandboxConfig::default()).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("history.sqlite3");
    let (history, notice) = open_history(&path);
    assert!(notice.is_none());
    let engine = Engine::new(
        Arc::new(MemorySettingsStore::default()),
        Arc::new(MemorySecretStore::default()),
    )
    .with_history(history.unwrap());
    let account = naver_practice(&engine, &sandbox).await;

    // Another program (a second Livedesk, a backup tool) holds the database for writing.
    let other = rusqlite::Connection::open(&path).unwrap();
    other.execute_batch("BEGIN EXCLUSIVE").unwrap();
    switch_stream(&engine, &account)
        .await
        .expect("the call goes out");
    switch_stream(&engine, &account)
        .await
        .expect("and the next one");
    let notices = engine.app_info().await.unwrap().notices;
    assert_eq!(notices.len(), 1, "told once: {notices:?}");
    assert_eq!(notices[0].code, "history.storage", "{notices:?}");
    assert!(notices[0].hint.is_some());

    other.execute_batch("ROLLBACK").unwrap();
    switch_stream(&engine, &account).await.unwrap();
    let listed = engine.list_history(None, None, None).await.unwrap();
    assert_eq!(listed.len(), 1, "recorded again once released: {listed:?}");
}

#[tokio::test]
async fn settings_that_cannot_be_saved_name_the_file_and_keep_what_was_saved() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let settings = data.join("settings.json");
    let secrets = Arc::new(MemorySecretStore::default());
    let (store, _) = JsonFileStore::open(&settings).unwrap();
    let engine = Engine::new(Arc::new(store), secrets.clone());
    let kept = engine
        .create_account(
            Vendor::BlendVision,
            json!({"name": "Kept", "org_id": "org-1", "api_token": "token-kept-0123456789"}),
        )
        .await
        .unwrap();
    engine
        .save_draft(
            kept.id.clone(),
            "blendvision.update_live".into(),
            json!({"name": "Draft"}),
        )
        .await
        .unwrap();

    // The data folder becomes unwritable: a file now stands where it was.
    let moved = dir.path().join("data-moved");
    std::fs::rename(&data, &moved).unwrap();
    std::fs::write(&data, b"in the way").unwrap();

    let refused = engine
        .create_account(
            Vendor::BlendVision,
            json!({"name": "New", "org_id": "org-2", "api_token": "token-new-0123456789"}),
        )
        .await
        .unwrap_err();
    assert_eq!(refused.code, "settings.write_failed", "{refused:?}");
    assert!(
        refused.message.contains(&settings.display().to_string()),
        "names the file: {refused:?}"
    );
    assert!(refused.hint.as_deref().unwrap_or("").contains("writable"));
    let renamed = engine
        .update_account(
            kept.id.clone(),
            json!({"name": "Renamed", "api_token": "token-replaced-0123456789"}),
        )
        .await
        .unwrap_err();
    assert_eq!(renamed.code, "settings.write_failed");
    let deleted = engine.delete_account(kept.id.clone()).await.unwrap_err();
    assert_eq!(deleted.code, "settings.write_failed");
    let draft = engine
        .save_draft(
            kept.id.clone(),
            "blendvision.update_live".into(),
            json!({"name": "Lost"}),
        )
        .await
        .unwrap_err();
    assert_eq!(draft.code, "settings.write_failed");

    // In this session and after a restart, everything saved before is whole.
    let listed = engine.list_accounts().await.unwrap();
    assert_eq!(listed.len(), 1, "{listed:?}");
    assert_eq!(listed[0].name, "Kept");
    let raw = secrets.raw(&kept.id).expect("keys kept");
    assert!(raw.contains("token-kept-0123456789"), "old key back: {raw}");
    std::fs::remove_file(&data).unwrap();
    std::fs::rename(&moved, &data).unwrap();
    assert!(check_settings_file(&settings).is_none());
    let (store, _) = JsonFileStore::open(&settings).unwrap();
    let restarted = Engine::new(Arc::new(store), secrets.clone());
    let listed = restarted.list_accounts().await.unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].name, "Kept");
    assert_eq!(
        restarted
            .load_draft(kept.id.clone(), "blendvision.update_live".into())
            .await
            .unwrap(),
        Some(json!({"name": "Draft"}))
    );
    assert_eq!(
        secrets.entry_count(),
        1,
        "no orphan keys for the account never saved"
    );
}

#[test]
fn a_settings_file_in_an_unreadable_place_is_told() {
    let dir = tempfile::tempdir().unwrap();
    let blocker = dir.path().join("a-file-not-a-folder");
    std::fs::write(&blocker, b"in the way").unwrap();
    let path = blocker.join("settings.json");
    let notice = check_settings_file(&path).expect("told").word();
    assert_eq!(notice.code, "settings.unreadable");
    assert!(notice.message.contains(&path.display().to_string()));
    assert!(notice.hint.is_some());
}
