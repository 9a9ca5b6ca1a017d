//! Huawei round trips against the sandbox: stream backup on and off (read back), recording
//! START/STOP with the 10-second rule held by the engine, and vendor errors explained.

use std::time::Duration;

use livedesk_http::{ErrorKind, Vendor};
use livedesk_operations::{execute, prepare, OpError, OperationMemory};
use livedesk_sandbox::{seed, HUAWEI_PROJECT_ID};
use livedesk_signing::SignableRequest;
use serde_json::json;

use crate::common::*;

#[tokio::test]
async fn stream_backup_round_trip_and_read_back() {
    let (world, target) = World::with_account(Vendor::Huawei).await;
    let memory = OperationMemory::new();
    let input =
        json!({"publish_domain": seed::HUAWEI_PUBLISH_DOMAIN, "stream_backup_enable": true});
    let call = prepare("huawei.stream_backup", &input, &target).unwrap();
    let outcome = execute(&world.client, &call, &target, &memory)
        .await
        .unwrap();
    assert_eq!(outcome.status, 200);
    assert_eq!(
        outcome.summary[0],
        format!(
            "Stream backup is now ON for {}.",
            seed::HUAWEI_PUBLISH_DOMAIN
        )
    );
    assert_eq!(outcome.raw["stream_backup_enable"], true);
    assert!(outcome.request_id.as_ref().is_some_and(|id| id.len() == 32));

    let read = SignableRequest::new(
        "GET",
        format!(
            "{}/v1/{HUAWEI_PROJECT_ID}/domain/stream-backup?publish_domain={}",
            world.base(),
            seed::HUAWEI_PUBLISH_DOMAIN
        ),
    )
    .with_header("Content-Type", "application/json; charset=utf-8");
    assert_eq!(
        world.read(&target, read.clone()).await["stream_backup_enable"],
        true
    );

    let off = json!({"publish_domain": seed::HUAWEI_PUBLISH_DOMAIN});
    let call = prepare("huawei.stream_backup", &off, &target).unwrap();
    let outcome = execute(&world.client, &call, &target, &memory)
        .await
        .unwrap();
    assert!(
        outcome.summary[0].contains("now OFF"),
        "{:?}",
        outcome.summary
    );
    assert_eq!(
        world.read(&target, read).await["stream_backup_enable"],
        false
    );
}

#[tokio::test]
async fn stream_backup_unknown_domain_is_explained() {
    let (world, target) = World::with_account(Vendor::Huawei).await;
    let input = json!({"publish_domain": "nope.example.com", "stream_backup_enable": true});
    let call = prepare("huawei.stream_backup", &input, &target).unwrap();
    let error = vendor_error(world.send(&call, &target).await);
    let vendor = error.vendor_error().unwrap();
    assert_eq!(vendor.code, "LIVE.103011019");
    assert_eq!(vendor.kind, ErrorKind::NotFound);
    assert_eq!(error.code(), "vendor.not_found");
    assert_eq!(
        error.to_string(),
        "Huawei Cloud has no ingest domain “nope.example.com” in this project."
    );
    let hint = error.hint().unwrap();
    assert!(
        hint.contains("ingest (push) domain") && hint.contains("Request id"),
        "{hint}"
    );
}

fn record(action: &str, app: &str, stream: &str) -> serde_json::Value {
    json!({"action": action, "publish_domain": seed::HUAWEI_PUBLISH_DOMAIN, "app": app, "stream": stream})
}

#[tokio::test]
async fn record_start_stop_and_the_ten_second_rule() {
    let (world, target) = World::with_account(Vendor::Huawei).await;
    let memory = OperationMemory::new();
    let stream = seed::HUAWEI_ONLINE_STREAMS[0];
    let run = |action: &'static str| {
        let call = prepare(
            "huawei.record_control",
            &record(action, seed::HUAWEI_RECORD_APP, stream),
            &target,
        )
        .unwrap();
        let (world, target, memory) = (&world, &target, &memory);
        async move { execute(&world.client, &call, target, memory).await }
    };

    let started = run("START").await.unwrap();
    assert_eq!(
        started.summary[0],
        format!(
            "Recording of live/{stream} on {} has started.",
            seed::HUAWEI_PUBLISH_DOMAIN
        )
    );
    assert_eq!(started.raw, json!({}));
    let stopped = run("STOP").await.unwrap();
    assert!(
        stopped.summary[0].ends_with("has stopped."),
        "{:?}",
        stopped.summary
    );
    assert!(stopped.summary[1].contains("10 seconds"));

    // The engine holds back a START within 10 s of the STOP, naming the seconds left.
    let error = run("START").await.unwrap_err();
    match &error {
        OpError::TooSoon {
            seconds_left,
            field,
            ..
        } => {
            assert_eq!(*seconds_left, 10);
            assert_eq!(*field, "action");
        }
        other => panic!("expected TooSoon, got {other:?}"),
    }
    assert_eq!(error.code(), "operation.too_soon");
    assert_eq!(error.field(), Some("action"));
    assert!(
        error.to_string().contains("was stopped 0 seconds ago"),
        "{error}"
    );
    assert_eq!(
        error.hint().unwrap(),
        "Wait 10 more seconds and send it again; nothing was sent."
    );

    world.sandbox.clock().advance(Duration::from_millis(6_500));
    match run("START").await.unwrap_err() {
        OpError::TooSoon { seconds_left, .. } => assert_eq!(seconds_left, 4),
        other => panic!("expected TooSoon, got {other:?}"),
    }
    // Exactly 10 s is still too early ("more than 10 seconds").
    world.sandbox.clock().advance(Duration::from_millis(3_500));
    match run("START").await.unwrap_err() {
        OpError::TooSoon { seconds_left, .. } => assert_eq!(seconds_left, 1),
        other => panic!("expected TooSoon, got {other:?}"),
    }
    world.sandbox.clock().advance(Duration::from_millis(1));
    run("START").await.unwrap();
}

#[tokio::test]
async fn the_ten_second_rule_is_per_account_and_stream() {
    let (world, target) = World::with_account(Vendor::Huawei).await;
    let memory = OperationMemory::new();
    let [first, second] = seed::HUAWEI_ONLINE_STREAMS;
    for (action, stream) in [("START", first), ("STOP", first), ("START", second)] {
        let call = prepare(
            "huawei.record_control",
            &record(action, "live", stream),
            &target,
        )
        .unwrap();
        execute(&world.client, &call, &target, &memory)
            .await
            .unwrap();
    }
}

#[tokio::test]
async fn record_errors_are_explained() {
    let (world, target) = World::with_account(Vendor::Huawei).await;
    let memory = OperationMemory::new();
    let send = |input: serde_json::Value| {
        let call = prepare("huawei.record_control", &input, &target).unwrap();
        let (world, target, memory) = (&world, &target, &memory);
        async move { execute(&world.client, &call, target, memory).await }
    };

    // No COMMAND_RECORD rule for the app: 404 "record does not exist".
    let error = vendor_error(send(record("START", seed::HUAWEI_UNRULED_APP, "main-stage")).await);
    let vendor = error.vendor_error().unwrap();
    assert_eq!(
        (vendor.code.as_str(), vendor.http_status),
        ("LIVE.100011001", 404)
    );
    assert!(
        error.to_string().contains("the record does not exist"),
        "{error}"
    );
    assert!(error.to_string().contains("records by command"), "{error}");
    assert!(error
        .hint()
        .unwrap()
        .contains("add a recording rule that records by command"));

    // STOP of a stream that is not being recorded.
    let error = vendor_error(send(record("STOP", "live", seed::HUAWEI_ONLINE_STREAMS[1])).await);
    assert!(
        error
            .to_string()
            .contains("is not being recorded by command right now"),
        "{error}"
    );

    // START of a stream that is not being pushed.
    let error = vendor_error(send(record("START", "live", seed::HUAWEI_OFFLINE_STREAM)).await);
    assert_eq!(error.vendor_error().unwrap().http_status, 400);
    assert!(error.to_string().contains("not being pushed"), "{error}");
    assert!(error
        .hint()
        .unwrap()
        .starts_with("Recording can start only while the stream is being pushed"));

    // The vendor's own 10-second rule, when the engine did not see the STOP (another memory).
    let stream = seed::HUAWEI_ONLINE_STREAMS[0];
    send(record("START", "live", stream)).await.unwrap();
    send(record("STOP", "live", stream)).await.unwrap();
    let call = prepare(
        "huawei.record_control",
        &record("START", "live", stream),
        &target,
    )
    .unwrap();
    let error = vendor_error(world.send(&call, &target).await);
    assert_eq!(error.vendor_error().unwrap().code, "LIVE.100011022");
    assert_eq!(error.code(), "vendor.precondition_failed");
    assert!(
        error
            .to_string()
            .contains("stopped less than 10 seconds ago"),
        "{error}"
    );
}

#[tokio::test]
async fn a_call_is_sent_only_with_the_account_it_was_prepared_for() {
    let (world, target) = World::with_account(Vendor::Huawei).await;
    let call = prepare(
        "huawei.stream_backup",
        &json!({"publish_domain": seed::HUAWEI_PUBLISH_DOMAIN}),
        &target,
    )
    .unwrap();
    let mut other = target.clone();
    other.project_id = Some("another-project".into());
    let error = world.send(&call, &other).await.unwrap_err();
    assert_eq!(error.code(), "account.invalid");
    assert_eq!(error.field(), Some("account"));
}

#[tokio::test]
async fn a_wrong_key_is_a_vendor_error_and_nothing_is_retried() {
    let world = World::start().await;
    let mut target = world.target(Vendor::Huawei);
    target.credentials = livedesk_signing::Credentials::huawei(
        livedesk_sandbox::HUAWEI_ACCESS_KEY,
        "WrongSecret0123456789",
    );
    let call = prepare(
        "huawei.stream_backup",
        &json!({"publish_domain": seed::HUAWEI_PUBLISH_DOMAIN}),
        &target,
    )
    .unwrap();
    let error = vendor_error(world.send(&call, &target).await);
    assert_eq!(error.code(), "vendor.wrong_key");
    assert_eq!(error.vendor_error().unwrap().code, "APIGW.0301");
}

#[tokio::test]
async fn the_project_header_follows_the_path_project() {
    let world = World::start().await;
    let mut target = world.target(Vendor::Huawei);
    target.credentials = target.credentials.clone().with_project_id("stale-project");
    let input = json!({"publish_domain": seed::HUAWEI_BACKUP_DOMAIN, "stream_backup_enable": true});
    let call = prepare("huawei.stream_backup", &input, &target).unwrap();
    world.send(&call, &target).await.unwrap();
}

#[tokio::test]
async fn a_write_is_sent_once_even_after_a_server_error() {
    use livedesk_sandbox::{Fault, FaultKind};
    let world = World::start().await;
    world
        .sandbox
        .set_fault(
            Fault::new(FaultKind::ServerError { status: 503 })
                .for_vendor(livedesk_sandbox::Vendor::Huawei)
                .once(),
        )
        .unwrap();
    let target = world.target(Vendor::Huawei);
    let input =
        json!({"publish_domain": seed::HUAWEI_PUBLISH_DOMAIN, "stream_backup_enable": true});
    let call = prepare("huawei.stream_backup", &input, &target).unwrap();
    let error = vendor_error(world.send(&call, &target).await);
    assert_eq!(error.code(), "vendor.server_error");
    // Had the client retried, the (one-shot) fault would have been used up by the first
    // attempt and the call would have succeeded.
    assert!(world.sandbox.faults().is_empty());
    world.send(&call, &target).await.unwrap();
}
