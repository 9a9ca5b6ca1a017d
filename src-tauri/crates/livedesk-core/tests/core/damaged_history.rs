//! A damaged history database is set aside and reported; accounts and drafts are untouched
//! (issue 7).

use std::sync::Arc;

use livedesk_core::accounts::{JsonFileStore, MemorySecretStore};
use livedesk_core::api::Vendor;
use livedesk_core::Engine;
use serde_json::json;

#[tokio::test]
async fn a_damaged_history_loses_no_account_or_draft() {
    let dir = tempfile::tempdir().unwrap();
    let settings = dir.path().join("settings.json");
    let history = dir.path().join("history.sqlite3");
    let secrets = Arc::new(MemorySecretStore::default());
    {
        let (store, _) = JsonFileStore::open(&settings).unwrap();
        let engine = Engine::new(Arc::new(store), secrets.clone());
        let account = engine
            .create_account(
                Vendor::BlendVision,
                json!({"name": "BV", "org_id": "org-1", "api_token": "token-0123456789"}),
            )
            .await
            .unwrap();
        engine
            .save_draft(
                account.id,
                "blendvision.update_live".into(),
                json!({"name": "Draft name"}),
            )
            .await
            .unwrap();
    }
    std::fs::write(
        &history,
        b"this is not a database, it was damaged by a crash",
    )
    .unwrap();

    let (store, _) = JsonFileStore::open(&settings).unwrap();
    let (opened, set_aside) = livedesk_history::History::open(&history).unwrap();
    let set_aside = set_aside.expect("the damaged file is reported");
    assert_eq!(
        std::fs::read(&set_aside.backup_path).unwrap(),
        b"this is not a database, it was damaged by a crash"
    );
    let engine = Engine::new(Arc::new(store), secrets).with_history(opened);
    let accounts = engine.list_accounts().await.unwrap();
    assert_eq!(accounts.len(), 1);
    let draft = engine
        .load_draft(accounts[0].id.clone(), "blendvision.update_live".into())
        .await
        .unwrap();
    assert_eq!(draft, Some(json!({"name": "Draft name"})));
    assert!(
        engine
            .list_history(None, None, None)
            .await
            .unwrap()
            .is_empty(),
        "a fresh history works"
    );
}
