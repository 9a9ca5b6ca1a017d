//! "Check connection" through the engine, against the built-in sandbox on loopback.

use std::sync::Arc;

use livedesk_core::accounts::{MemorySecretStore, MemorySettingsStore};
use livedesk_core::api::Vendor;
use livedesk_core::Engine;
use livedesk_http::Outcome;
use livedesk_sandbox::{Sandbox, SandboxConfig};
use serde_json::json;

async fn engine_with_sandbox() -> (Engine, livedesk_sandbox::SandboxHandle) {
    let sandbox = Sandbox::start(SandboxConfig::default()).await.unwrap();
    let engine = Engine::new(
        Arc::new(MemorySettingsStore::default()),
        Arc::new(MemorySecretStore::default()),
    );
    engine.accounts().set_sandbox_url(Some(sandbox.base_url()));
    (engine, sandbox)
}

#[tokio::test]
async fn every_practice_account_works() {
    let (engine, _sandbox) = engine_with_sandbox().await;
    for account in engine.add_sandbox_accounts().await.unwrap() {
        let domain = (account.vendor == Vendor::Huawei)
            .then(|| livedesk_sandbox::seed::HUAWEI_PUBLISH_DOMAIN.to_owned());
        let report = engine
            .check_connection(account.id.clone(), domain)
            .await
            .unwrap();
        assert_eq!(
            report.outcome,
            Outcome::Works,
            "{}: {report:?}",
            account.name
        );
    }
}

#[tokio::test]
async fn a_wrong_secret_and_a_closed_port_are_told_apart() {
    let (engine, sandbox) = engine_with_sandbox().await;
    let wrong = engine
        .create_account(
            Vendor::Naver,
            json!({"name": "Wrong key", "region_code": "KR", "endpoint": sandbox.base_url(),
                   "access_key": livedesk_sandbox::NAVER_ACCESS_KEY, "secret_key": "not-the-secret-0000"}),
        )
        .await
        .unwrap();
    let report = engine.check_connection(wrong.id, None).await.unwrap();
    assert_eq!(report.outcome, Outcome::WrongKey, "{report:?}");
    assert_eq!(report.vendor_code.as_deref(), Some("200"));

    // A loopback port nobody listens on: bind one, note it, close it.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let closed = engine
        .create_account(
            Vendor::BlendVision,
            json!({"name": "Nobody home", "org_id": "org", "endpoint": format!("http://127.0.0.1:{port}"), "api_token": "token-0123456789"}),
        )
        .await
        .unwrap();
    let report = engine.check_connection(closed.id, None).await.unwrap();
    assert_eq!(report.outcome, Outcome::Unreachable, "{report:?}");
}

#[tokio::test]
async fn a_clock_that_is_off_is_reported_in_minutes() {
    let (engine, sandbox) = engine_with_sandbox().await;
    sandbox.clock().set_offset_ms(20 * 60 * 1000);
    let account = engine
        .add_sandbox_accounts()
        .await
        .unwrap()
        .into_iter()
        .find(|a| a.vendor == Vendor::Alibaba)
        .unwrap();
    let report = engine.check_connection(account.id, None).await.unwrap();
    assert!(
        matches!(report.outcome, Outcome::ClockOff { .. }),
        "{report:?}"
    );
    assert_eq!(report.outcome, Outcome::ClockOff { minutes: Some(20) });
    assert!(report.message.contains("20 minutes"), "{}", report.message);
}
