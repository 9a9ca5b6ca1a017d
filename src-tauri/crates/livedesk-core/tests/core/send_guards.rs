//! What Send refuses before anything leaves: a form loaded from settings changed elsewhere
//! since, and a change the vendor will refuse. Neither is sent nor left in History.

use livedesk_core::api::Vendor;
use livedesk_sandbox::seed;
use serde_json::json;

use crate::world::{account, setup};

const OP: &str = "blendvision.update_live";

#[tokio::test]
async fn a_form_loaded_before_a_change_made_elsewhere_is_not_sent_over_it() {
    let (engine, _sandbox, _dir) = setup().await;
    let id = account(&engine, Vendor::BlendVision).await;
    let key = json!({"id": seed::BLENDVISION_LIVE_ID});
    let load = || engine.load_current(id.clone(), OP.into(), key.clone());
    let loaded = load().await.unwrap().input;

    // Someone else renames the live meanwhile (a send with no form loaded before it).
    let mut elsewhere = loaded.clone();
    elsewhere["name"] = json!("Renamed elsewhere");
    engine
        .send_call(id.clone(), OP.into(), elsewhere.clone(), None, None)
        .await
        .unwrap();
    let sent_before = engine.list_history(None, None, None).await.unwrap().len();

    // This producer's form still holds what it loaded, with their own edit.
    let mut mine = loaded.clone();
    mine["name"] = json!("Renamed by me");
    let refused = engine
        .send_call(
            id.clone(),
            OP.into(),
            mine.clone(),
            None,
            Some(loaded.clone()),
        )
        .await
        .unwrap_err();
    assert_eq!(
        refused.code.as_str(),
        "call.changed_since_loaded",
        "{refused:?}"
    );
    assert!(refused.message.contains("Nothing was sent"), "{refused:?}");
    let now = load().await.unwrap().input;
    assert_eq!(now, elsewhere, "the change made elsewhere stays on air");
    let history = engine.list_history(None, None, None).await.unwrap();
    assert_eq!(history.len(), sent_before, "nothing refused is in History");

    // Loaded again, the same edit goes out.
    let mut mine = now.clone();
    mine["name"] = json!("Renamed by me");
    engine
        .send_call(id.clone(), OP.into(), mine.clone(), None, Some(now))
        .await
        .unwrap();
    assert_eq!(load().await.unwrap().input, mine);
    let history = engine.list_history(None, None, None).await.unwrap();
    assert_eq!(history.len(), sent_before + 1);
    let entry = engine.history_entry(history[0].id).await.unwrap();
    assert_eq!(
        entry.state_before.as_ref(),
        Some(&elsewhere),
        "Undo restores what it replaced"
    );
}

#[tokio::test]
async fn a_change_the_vendor_will_refuse_leaves_no_entry_behind() {
    let (engine, _sandbox, _dir) = setup().await;
    let id = account(&engine, Vendor::Naver).await;
    let refused = engine
        .send_call(
            id.clone(),
            "naver.switch_stream".into(),
            json!({"channelId": seed::NAVER_READY_CHANNEL}),
            None,
            None,
        )
        .await
        .unwrap_err();
    assert_eq!(refused.code.as_str(), "operation.refused", "{refused:?}");
    assert!(engine
        .list_history(None, None, None)
        .await
        .unwrap()
        .is_empty());
    let notices = engine.app_info().await.unwrap().notices;
    assert!(
        notices.is_empty(),
        "History was written cleanly: {notices:?}"
    );
}
