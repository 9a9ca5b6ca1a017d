//! Many calls in flight across accounts at once: 200 calls, 20 at a time, against the sandbox.
//! None is mixed up with another account's answer or history entry (issue 8).

use std::sync::Arc;

use livedesk_core::accounts::{MemorySecretStore, MemorySettingsStore};
use livedesk_core::api::Vendor;
use livedesk_core::Engine;
use livedesk_sandbox::{seed, Sandbox, SandboxConfig};
use serde_json::json;
use tokio::sync::Semaphore;

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_hundred_calls_twenty_at_a_time_stay_with_their_accounts() {
    let sandbox = Sandbox::start(SandboxConfig::default()).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let (history, _) = livedesk_history::History::open(dir.path().join("history.sqlite3")).unwrap();
    let engine = Arc::new(
        Engine::new(
            Arc::new(MemorySettingsStore::default()),
            Arc::new(MemorySecretStore::default()),
        )
        .with_history(history),
    );
    engine.accounts().set_sandbox_url(Some(sandbox.base_url()));
    let accounts = engine.add_sandbox_accounts().await.unwrap();
    let calls: Vec<(String, Vendor, &str, serde_json::Value)> = accounts
        .iter()
        .map(|a| match a.vendor {
            Vendor::Huawei => (
                a.id.clone(),
                a.vendor,
                "huawei.get_stream_backup",
                json!({"publish_domain": seed::HUAWEI_BACKUP_DOMAIN}),
            ),
            Vendor::Naver => (
                a.id.clone(),
                a.vendor,
                "naver.get_channel",
                json!({"channelId": seed::NAVER_PUBLISHING_CHANNEL}),
            ),
            Vendor::BlendVision => (
                a.id.clone(),
                a.vendor,
                "blendvision.get_live",
                json!({"id": seed::BLENDVISION_LIVE_ID}),
            ),
            Vendor::Alibaba => (
                a.id.clone(),
                a.vendor,
                "alibaba.describe_caster_config",
                json!({"CasterId": seed::ALIBABA_IDLE_CASTER}),
            ),
        })
        .collect();

    let gate = Arc::new(Semaphore::new(20));
    let mut tasks = Vec::new();
    for n in 0..200 {
        let (account, vendor, op, input) = calls[n % calls.len()].clone();
        let engine = engine.clone();
        let gate = gate.clone();
        tasks.push(tokio::spawn(async move {
            let _slot = gate.acquire().await.unwrap();
            let result = engine
                .send_call(account.clone(), op.into(), input, None, None)
                .await;
            (account, vendor, op, result)
        }));
    }
    for task in tasks {
        let (account, vendor, op, result) = task.await.unwrap();
        let result = result.unwrap_or_else(|e| panic!("{op} for {vendor:?}: {e:?}"));
        assert_eq!(result.operation, op);
        // Each answer is about the resource its own account asked for.
        let raw = result.raw.to_string();
        let expected = match vendor {
            Vendor::Huawei => seed::HUAWEI_BACKUP_DOMAIN,
            Vendor::Naver => seed::NAVER_PUBLISHING_CHANNEL,
            Vendor::BlendVision => seed::BLENDVISION_LIVE_ID,
            Vendor::Alibaba => seed::ALIBABA_IDLE_CASTER,
        };
        assert!(
            raw.contains(expected) || result.summary.join(" ").contains(expected),
            "{account} {op}: {raw}"
        );
    }
    let recorded = engine.list_history(None, None, None).await.unwrap();
    assert_eq!(recorded.len(), 50, "the list shows the newest 50");
    for (account, _, op, _) in &calls {
        let mine = engine
            .list_history(Some(account.clone()), None, None)
            .await
            .unwrap();
        assert_eq!(
            mine.len(),
            50,
            "{op}: every call of this account is recorded once"
        );
        assert!(mine
            .iter()
            .all(|e| e.operation == *op && e.outcome.as_str() == "ok"));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_same_change_cannot_be_sent_twice_at_once() {
    use livedesk_sandbox::{Fault, FaultKind};
    let sandbox = Sandbox::start(SandboxConfig::default()).await.unwrap();
    let engine = Arc::new(Engine::new(
        Arc::new(MemorySettingsStore::default()),
        Arc::new(MemorySecretStore::default()),
    ));
    engine.accounts().set_sandbox_url(Some(sandbox.base_url()));
    let huawei = engine
        .add_sandbox_accounts()
        .await
        .unwrap()
        .into_iter()
        .find(|a| a.vendor == Vendor::Huawei)
        .unwrap();
    // The first send is held up at the vendor for a moment.
    sandbox
        .set_fault(Fault::new(FaultKind::Latency { ms: 3000 }).once())
        .unwrap();
    let input =
        json!({"publish_domain": seed::HUAWEI_PUBLISH_DOMAIN, "stream_backup_enable": true});
    let first = {
        let (engine, id, input) = (engine.clone(), huawei.id.clone(), input.clone());
        tokio::spawn(async move {
            engine
                .send_call(id, "huawei.stream_backup".into(), input, None, None)
                .await
        })
    };
    tokio::time::sleep(std::time::Duration::from_millis(600)).await;
    let second = engine
        .send_call(
            huawei.id.clone(),
            "huawei.stream_backup".into(),
            input.clone(),
            None,
            None,
        )
        .await;
    assert_eq!(second.unwrap_err().code, "call.in_flight");
    first.await.unwrap().expect("the first send goes through");
    // Once answered, the same form can be sent again.
    engine
        .send_call(huawei.id, "huawei.stream_backup".into(), input, None, None)
        .await
        .unwrap();
}
