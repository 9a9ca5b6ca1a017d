//! A change whose answer never comes (the vendor holds it, Livedesk goes away meanwhile) is in
//! History as "sending"; the next start turns it into "unknown", says so on the home screen and
//! offers Undo from the state read before it (issue 19).

use std::sync::Arc;
use std::time::Duration;

use livedesk_core::accounts::{MemorySecretStore, MemorySettingsStore};
use livedesk_core::api::Vendor;
use livedesk_core::Engine;
use livedesk_sandbox::{seed, Fault, FaultKind, Sandbox, SandboxConfig};
use serde_json::json;

use crate::world::send_plan;

const OP: &str = "huawei.stream_backup";

type Stores = (Arc<MemorySettingsStore>, Arc<MemorySecretStore>);

fn stores() -> Stores {
    (Arc::default(), Arc::default())
}

/// One run of Livedesk: the stores outlive it, like the settings file and the keychain.
fn engine(history: livedesk_history::History, (settings, secrets): &Stores) -> Engine {
    Engine::new(settings.clone(), secrets.clone()).with_history(history)
}

#[tokio::test]
async fn a_change_cut_off_before_its_answer_is_unknown_at_the_next_start() {
    let sandbox = Sandbox::start(SandboxConfig::default()).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("history.sqlite3");
    let stores = stores();
    let (history, _) = livedesk_history::History::open(&path).unwrap();
    let first = engine(history, &stores);
    first.accounts().set_sandbox_url(Some(sandbox.base_url()));
    first.add_sandbox_accounts().await.unwrap();
    let account = first
        .list_accounts()
        .await
        .unwrap()
        .into_iter()
        .find(|a| a.vendor == Vendor::Huawei)
        .unwrap();
    let key = json!({"publish_domain": seed::HUAWEI_PUBLISH_DOMAIN});
    let before = first
        .load_current(account.id.clone(), OP.into(), key.clone())
        .await
        .unwrap()
        .input;
    let mut changed = before.clone();
    changed["stream_backup_enable"] = json!(!before["stream_backup_enable"].as_bool().unwrap());

    // The vendor reads the current state at once but holds the change's answer.
    let held = sandbox
        .set_fault(Fault::new(FaultKind::Latency { ms: 120_000 }).on_method("PUT"))
        .unwrap();
    let send = first.send_call(account.id.clone(), OP.into(), changed, None, None);
    let watch = async {
        loop {
            let items = first.list_history(None, None, None).await.unwrap();
            if items
                .first()
                .is_some_and(|i| i.outcome == livedesk_history::Outcome::Sending)
            {
                // Let the request reach the vendor too.
                tokio::time::sleep(Duration::from_millis(300)).await;
                return items[0].clone();
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    };
    let sending = tokio::select! {
        answer = send => panic!("the held change was answered: {answer:?}"),
        item = watch => item,
    };
    assert!(!sending.can_undo, "no Undo while the answer may still come");
    let detail = first.history_entry(sending.id).await.unwrap();
    assert_eq!(detail.request["method"], "PUT", "the request as reviewed");
    assert_eq!(detail.state_before.as_ref(), Some(&before));
    // Livedesk goes away: the send was dropped mid-flight, then the engine.
    drop(first);
    sandbox.remove_fault(held).unwrap();

    let (history, set_aside) = livedesk_history::History::open(&path).unwrap();
    assert!(set_aside.is_none());
    let next = engine(history, &stores);
    next.accounts().set_sandbox_url(Some(sandbox.base_url()));
    let notices = next.first_screen_now().info.notices;
    let notice = notices
        .iter()
        .find(|n| n.code == "history.outcome_unknown")
        .unwrap_or_else(|| panic!("no notice about the change: {notices:?}"));
    assert!(
        notice
            .message
            .contains("was being sent when Livedesk closed")
            && notice
                .message
                .contains("Load the current settings to see whether it was applied")
            && notice.message.contains(&account.name),
        "{}",
        notice.message
    );
    assert!(notice
        .hint
        .as_deref()
        .unwrap()
        .contains(&format!("#{}", sending.id)));

    let items = next.list_history(None, None, None).await.unwrap();
    assert_eq!(items[0].id, sending.id);
    assert_eq!(items[0].outcome, livedesk_history::Outcome::Unknown);
    assert!(items[0].can_undo);
    let plan = next.plan_replay(sending.id, true).await.unwrap();
    assert_eq!(plan.input, before);
    assert_eq!(plan.undo_of, Some(sending.id));
    send_plan(&next, plan).await;
    let after_undo = next.list_history(None, None, None).await.unwrap();
    assert_eq!(after_undo[1].undone_by, Some(after_undo[0].id));
    let restored = next
        .load_current(account.id, OP.into(), key)
        .await
        .unwrap()
        .input;
    assert_eq!(restored, before);
    drop(next);

    let conn = rusqlite::Connection::open(&path).unwrap();
    let integrity: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(integrity, "ok");
}

#[tokio::test]
async fn an_answered_change_is_one_entry_with_its_answer() {
    let sandbox = Sandbox::start(SandboxConfig::default()).await.unwrap();
    let engine = engine(livedesk_history::History::in_memory().unwrap(), &stores());
    engine.accounts().set_sandbox_url(Some(sandbox.base_url()));
    engine.add_sandbox_accounts().await.unwrap();
    let id = engine
        .list_accounts()
        .await
        .unwrap()
        .into_iter()
        .find(|a| a.vendor == Vendor::Huawei)
        .unwrap()
        .id;
    let key = json!({"publish_domain": seed::HUAWEI_PUBLISH_DOMAIN});
    let mut input = engine
        .load_current(id.clone(), OP.into(), key)
        .await
        .unwrap()
        .input;
    input["stream_backup_enable"] = json!(true);
    engine
        .send_call(id, OP.into(), input, None, None)
        .await
        .unwrap();
    let items = engine.list_history(None, None, None).await.unwrap();
    assert_eq!(items.len(), 1);
    assert_eq!(items[0].outcome, livedesk_history::Outcome::Ok);
    assert!(items[0].can_undo);
    assert!(engine
        .first_screen_now()
        .info
        .notices
        .iter()
        .all(|n| n.code != "history.outcome_unknown"));
}
