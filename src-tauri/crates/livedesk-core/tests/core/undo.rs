//! Load → edit → send → history entry → undo restores the sandbox's state, per vendor,
//! through the engine with practice accounts (issue 7).

use std::sync::Arc;

use livedesk_core::accounts::{MemorySecretStore, MemorySettingsStore};
use livedesk_core::api::Vendor;
use livedesk_core::Engine;
use livedesk_sandbox::seed;

use crate::world::{account, send_plan, setup};
use serde_json::{json, Value};

/// Changes `op` from its current state with `edit`, then undoes it from history; returns the
/// state read before, after the change, and after the undo.
async fn change_and_undo(
    engine: &Engine,
    vendor: Vendor,
    op: &str,
    key: Value,
    edit: impl Fn(&mut Value),
) -> (Value, Value, Value) {
    let id = account(engine, vendor).await;
    let before = engine
        .load_current(id.clone(), op.into(), key.clone())
        .await
        .unwrap()
        .input;
    let mut changed = before.clone();
    edit(&mut changed);
    let diff = engine
        .diff_call(op.into(), before.clone(), changed.clone())
        .await
        .unwrap();
    assert!(!diff.is_empty(), "the edit changes something");
    engine
        .send_call(id.clone(), op.into(), changed, None, None)
        .await
        .unwrap();
    let after = engine
        .load_current(id.clone(), op.into(), key.clone())
        .await
        .unwrap()
        .input;

    let entry = engine
        .list_history(Some(id.clone()), Some(op.into()), None)
        .await
        .unwrap()
        .remove(0);
    assert!(entry.can_undo, "{entry:?}");
    let plan = engine.plan_replay(entry.id, true).await.unwrap();
    assert_eq!(plan.undo_of, Some(entry.id));
    send_plan(engine, plan).await;
    let restored = engine.load_current(id, op.into(), key).await.unwrap().input;
    let newest = engine.list_history(None, None, None).await.unwrap();
    assert_eq!(newest[0].undo_of, Some(entry.id));
    assert_eq!(newest[1].undone_by, Some(newest[0].id));
    (before, after, restored)
}

#[tokio::test]
async fn huawei_stream_backup_is_undone() {
    let (engine, _s, _d) = setup().await;
    let (before, after, restored) = change_and_undo(
        &engine,
        Vendor::Huawei,
        "huawei.stream_backup",
        json!({"publish_domain": seed::HUAWEI_PUBLISH_DOMAIN}),
        |v| v["stream_backup_enable"] = json!(true),
    )
    .await;
    assert_ne!(before, after);
    assert_eq!(before, restored);
}

#[tokio::test]
async fn alibaba_caster_config_is_undone() {
    let (engine, _s, _d) = setup().await;
    let (before, after, restored) = change_and_undo(
        &engine,
        Vendor::Alibaba,
        "alibaba.set_caster_config",
        json!({"CasterId": seed::ALIBABA_STREAMING_CASTER}),
        |v| {
            v["Delay"] = json!(42);
            v["CasterName"] = json!("Changed by the undo test");
        },
    )
    .await;
    assert_ne!(before, after);
    assert_eq!(before, restored);
}

#[tokio::test]
async fn blendvision_live_is_undone() {
    let (engine, _s, _d) = setup().await;
    let (before, after, restored) = change_and_undo(
        &engine,
        Vendor::BlendVision,
        "blendvision.update_live",
        json!({"id": seed::BLENDVISION_LIVE_ID}),
        |v| v["name"] = json!("Renamed by the undo test"),
    )
    .await;
    assert_ne!(before, after);
    assert_eq!(before["name"], restored["name"]);
    assert_eq!(before["security"], restored["security"]);
}

#[tokio::test]
async fn an_alibaba_field_left_empty_is_flagged_as_cleared() {
    let (engine, _s, _d) = setup().await;
    let id = account(&engine, Vendor::Alibaba).await;
    let before = engine
        .load_current(
            id,
            "alibaba.set_caster_config".into(),
            json!({"CasterId": seed::ALIBABA_STREAMING_CASTER}),
        )
        .await
        .unwrap()
        .input;
    let mut after = before.clone();
    after["CasterName"] = Value::Null;
    let diff = engine
        .diff_call("alibaba.set_caster_config".into(), before, after)
        .await
        .unwrap();
    let name = diff
        .iter()
        .find(|c| c.field == "CasterName")
        .expect("CasterName in the diff");
    assert!(name.cleared, "{name:?}");
}

#[tokio::test]
async fn history_keeps_failures_and_survives_a_restart() {
    let (engine, sandbox, dir) = setup().await;
    let id = account(&engine, Vendor::Naver).await;
    // A READY channel is refused before sending (nothing to keep); an unknown one is the
    // vendor's error.
    let error = engine
        .send_call(
            id.clone(),
            "naver.switch_stream".into(),
            json!({"channelId": "ls-20990101000000-Nope1"}),
            None,
            None,
        )
        .await
        .unwrap_err();
    assert!(error.vendor_code.is_some(), "{error:?}");
    engine
        .send_call(
            id,
            "naver.switch_stream".into(),
            json!({"channelId": seed::NAVER_PUBLISHING_CHANNEL}),
            None,
            None,
        )
        .await
        .unwrap();
    drop(engine);
    drop(sandbox);
    let (history, set_aside) =
        livedesk_history::History::open(dir.path().join("history.sqlite3")).unwrap();
    assert!(set_aside.is_none());
    let engine = Engine::new(
        Arc::new(MemorySettingsStore::default()),
        Arc::new(MemorySecretStore::default()),
    )
    .with_history(history);
    let items = engine.list_history(None, None, None).await.unwrap();
    let outcomes: Vec<&str> = items.iter().map(|i| i.outcome.as_str()).collect();
    assert_eq!(outcomes, ["ok", "vendor_error"]);
    assert!(
        items[0].summary[0].contains("backup stream is now on air"),
        "{:?}",
        items[0].summary
    );
}

async fn naver_backup_on_air(engine: &Engine, id: &str) -> Value {
    let channel = json!({"channelId": seed::NAVER_PUBLISHING_CHANNEL});
    let read = engine
        .send_call(id.into(), "naver.get_channel".into(), channel, None, None)
        .await
        .unwrap();
    read.raw["content"]["isPublishingBackUp"].clone()
}

#[tokio::test]
async fn naver_switch_is_undone_by_switching_back() {
    let (engine, _s, _d) = setup().await;
    let id = account(&engine, Vendor::Naver).await;
    let channel = json!({"channelId": seed::NAVER_PUBLISHING_CHANNEL});
    let before = naver_backup_on_air(&engine, &id).await;
    engine
        .send_call(
            id.clone(),
            "naver.switch_stream".into(),
            channel,
            None,
            None,
        )
        .await
        .unwrap();
    assert_ne!(naver_backup_on_air(&engine, &id).await, before);
    let entry = engine
        .list_history(Some(id.clone()), Some("naver.switch_stream".into()), None)
        .await
        .unwrap()
        .remove(0);
    let plan = engine.plan_replay(entry.id, true).await.unwrap();
    send_plan(&engine, plan).await;
    assert_eq!(naver_backup_on_air(&engine, &id).await, before);
}

#[tokio::test]
async fn retention_keeps_the_newest_and_is_remembered() {
    let (engine, _s, _d) = setup().await;
    let id = account(&engine, Vendor::Naver).await;
    for _ in 0..5 {
        engine
            .send_call(
                id.clone(),
                "naver.switch_stream".into(),
                json!({"channelId": seed::NAVER_PUBLISHING_CHANNEL}),
                None,
                None,
            )
            .await
            .unwrap();
    }
    let zero = livedesk_core::history::RetentionSettings {
        max_entries: Some(0),
        max_age_days: None,
    };
    assert_eq!(
        engine
            .set_history_retention(zero)
            .await
            .unwrap_err()
            .field
            .as_deref(),
        Some("max_entries")
    );
    let two = livedesk_core::history::RetentionSettings {
        max_entries: Some(2),
        max_age_days: Some(30),
    };
    assert_eq!(
        engine.set_history_retention(two).await.unwrap(),
        3,
        "three oldest removed"
    );
    assert_eq!(engine.history_retention().await.unwrap(), two);
    assert_eq!(
        engine.list_history(None, None, None).await.unwrap().len(),
        2
    );
}
