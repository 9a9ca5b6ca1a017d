//! The loopback control endpoints (`/__sandbox/...`) for tests in other processes, and the
//! sandbox's lifecycle.

use crate::common::client::send;
use crate::common::{start, T0_MS};
use livedesk_sandbox::seed::*;
use livedesk_sandbox::*;
use serde_json::{json, Value};

async fn control(sb: &SandboxHandle, method: &str, path: &str, body: Value) -> (u16, Value) {
    let bytes = if body.is_null() {
        Vec::new()
    } else {
        body.to_string().into_bytes()
    };
    let resp = send(
        sb.addr(),
        method,
        &format!("/__sandbox/{path}"),
        &[],
        &bytes,
    )
    .await
    .unwrap();
    let json = serde_json::from_slice(&resp.body).unwrap_or(Value::Null);
    (resp.status, json)
}

async fn bv_get(sb: &SandboxHandle) -> u16 {
    let headers = [
        (
            "authorization".to_string(),
            format!("Bearer {BLENDVISION_API_TOKEN}"),
        ),
        ("x-bv-org-id".to_string(), BLENDVISION_ORG_ID.to_string()),
    ];
    send(sb.addr(), "GET", "/bv/cms/v1/lives", &headers, b"")
        .await
        .unwrap()
        .status
}

#[tokio::test]
async fn faults_can_be_added_listed_and_removed_over_http() {
    let sb = start().await;
    let fault = json!({"kind": "server_error", "status": 503, "vendor": "blendvision", "times": 1});
    assert_eq!(
        control(&sb, "POST", "faults", fault).await,
        (201, json!({"id": 1}))
    );
    let (status, list) = control(&sb, "GET", "faults", Value::Null).await;
    assert_eq!(status, 200);
    assert_eq!(
        list,
        json!({"faults": [{"id": 1, "kind": "server_error", "status": 503, "vendor": "blendvision", "times": 1}]})
    );
    assert_eq!(bv_get(&sb).await, 503);
    assert_eq!(bv_get(&sb).await, 200);
    assert_eq!(
        control(&sb, "GET", "faults", Value::Null).await.1,
        json!({"faults": []})
    );

    let (_, added) = control(&sb, "POST", "faults", json!({"kind": "drop_connection"})).await;
    let id = added["id"].as_u64().unwrap();
    assert_eq!(
        control(&sb, "DELETE", &format!("faults/{id}"), Value::Null)
            .await
            .0,
        204
    );
    assert_eq!(
        control(&sb, "DELETE", &format!("faults/{id}"), Value::Null)
            .await
            .0,
        404
    );
    control(&sb, "POST", "faults", json!({"kind": "latency", "ms": 1})).await;
    assert_eq!(control(&sb, "DELETE", "faults", Value::Null).await.0, 204);
    assert!(sb.faults().is_empty());
}

#[tokio::test]
async fn nonsense_faults_are_rejected() {
    let sb = start().await;
    let (status, body) = control(
        &sb,
        "POST",
        "faults",
        json!({"kind": "server_error", "status": 200}),
    )
    .await;
    assert_eq!(status, 400);
    assert_eq!(
        body,
        json!({"error": "server_error status must be 5xx, got 200"})
    );
    assert_eq!(
        control(&sb, "POST", "faults", json!({"kind": "meteor"}))
            .await
            .0,
        400
    );
}

#[tokio::test]
async fn the_clock_can_be_read_and_moved_over_http() {
    let sb = start().await;
    let (_, clock) = control(&sb, "GET", "clock", Value::Null).await;
    assert_eq!(
        clock,
        json!({"now_ms": T0_MS, "now": "2026-01-01T00:00:00Z", "offset_ms": 0, "frozen": true})
    );
    let (_, moved) = control(&sb, "POST", "clock", json!({"advance_ms": 11_000})).await;
    assert_eq!(moved["now_ms"], T0_MS + 11_000);
    let (_, set) = control(&sb, "POST", "clock", json!({"offset_ms": -60_000})).await;
    assert_eq!(set["now_ms"], T0_MS - 60_000);
    assert_eq!(sb.clock().now_ms(), T0_MS - 60_000);
    assert_eq!(
        control(&sb, "POST", "clock", json!({"rewind": 1})).await.0,
        400
    );
}

#[tokio::test]
async fn credentials_and_seed_ids_are_served() {
    let sb = start().await;
    let (status, body) = control(&sb, "GET", "credentials", Value::Null).await;
    assert_eq!(status, 200);
    assert_eq!(body, credentials_and_seed_json());
    assert_eq!(
        body["credentials"]["huawei"]["project_id"],
        HUAWEI_PROJECT_ID
    );
    assert_eq!(body["credentials"]["alibaba"]["region"], ALIBABA_REGION);
    assert_eq!(
        body["seed"]["naver"]["channels"][0],
        NAVER_PUBLISHING_CHANNEL
    );
}

#[tokio::test]
async fn reset_restores_the_seed_and_clears_faults() {
    let sb = start().await;
    assert!(sb.set_naver_channel_status(NAVER_READY_CHANNEL, "BLOCK"));
    sb.set_fault(Fault::new(FaultKind::Latency { ms: 1 }))
        .unwrap();
    assert_eq!(control(&sb, "POST", "reset", Value::Null).await.0, 204);
    assert!(sb.faults().is_empty());
    // Rust API reset gives the same seed back.
    sb.reset_state();
    assert!(sb.set_naver_channel_status(NAVER_READY_CHANNEL, "READY"));
    assert!(!sb.set_naver_channel_status("ls-missing", "READY"));
}

#[tokio::test]
async fn unknown_control_paths_are_404() {
    let sb = start().await;
    assert_eq!(
        control(&sb, "GET", "nothing-here", Value::Null).await.0,
        404
    );
}

#[tokio::test]
async fn binds_loopback_and_stops_on_shutdown() {
    let sb = start().await;
    let addr = sb.addr();
    assert!(addr.ip().is_loopback());
    assert_ne!(addr.port(), 0);
    assert_eq!(sb.base_url(), format!("http://127.0.0.1:{}", addr.port()));
    assert_eq!(bv_get(&sb).await, 200);
    sb.shutdown().await;
    assert!(tokio::net::TcpStream::connect(addr).await.is_err());
}

#[tokio::test]
async fn a_taken_port_is_a_bind_error() {
    let first = start().await;
    let second = Sandbox::start(SandboxConfig {
        port: first.addr().port(),
        clock: Clock::system(),
    })
    .await;
    assert!(matches!(second, Err(SandboxError::Bind { .. })));
}

#[tokio::test]
async fn handling_times_of_vendor_requests_are_reported_and_can_be_cleared() {
    let sb = start().await;
    let (_, empty) = control(&sb, "GET", "stats", Value::Null).await;
    assert_eq!(empty["requests"], 0);
    for _ in 0..3 {
        bv_get(&sb).await;
    }
    let (status, stats) = control(&sb, "GET", "stats", Value::Null).await;
    assert_eq!(status, 200);
    // Control calls (this one included) are not vendor work and are not counted.
    assert_eq!(stats["requests"], 3);
    assert!(stats["median_us"].as_u64().unwrap() <= stats["max_us"].as_u64().unwrap());
    assert_eq!(sb.handling_stats().requests, 3);
    assert_eq!(control(&sb, "DELETE", "stats", Value::Null).await.0, 204);
    assert_eq!(sb.handling_stats().requests, 0);
}
