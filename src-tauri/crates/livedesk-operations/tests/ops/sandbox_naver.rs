//! NAVER round trips against the sandbox: switching main/backup (read back), and the channel
//! state explained when it is not PUBLISHING.

use livedesk_http::{ErrorKind, Vendor};
use livedesk_operations::{execute, prepare, OperationMemory};
use livedesk_sandbox::{seed, NAVER_READONLY_ACCESS_KEY, NAVER_READONLY_SECRET_KEY};
use livedesk_signing::{Credentials, SignableRequest};
use serde_json::json;

use crate::common::*;

#[tokio::test]
async fn switch_to_backup_and_back_with_read_back() {
    let (world, target) = World::with_account(Vendor::Naver).await;
    let memory = OperationMemory::new();
    let id = seed::NAVER_PUBLISHING_CHANNEL;
    let call = prepare("naver.switch_stream", &json!({"channelId": id}), &target).unwrap();

    let outcome = execute(&world.client, &call, &target, &memory)
        .await
        .unwrap();
    assert_eq!(
        outcome.summary,
        vec![
            format!("The backup stream is now on air on channel “main_stage” ({id})."),
            "Channel status: PUBLISHING (receiving a stream).".to_owned(),
            "Stream failover (main/backup redundancy) is ON for this channel.".to_owned(),
            "Recording: OFF.".to_owned(),
        ]
    );
    assert_eq!(outcome.raw["content"]["isPublishingBackUp"], true);
    let read = SignableRequest::new("GET", format!("{}/api/v2/channels/{id}", world.base()))
        .with_header("x-ncp-region_code", "KR")
        .with_header("Content-Type", "application/json");
    assert_eq!(
        world.read(&target, read.clone()).await["content"]["isPublishingBackUp"],
        true
    );

    let outcome = execute(&world.client, &call, &target, &memory)
        .await
        .unwrap();
    assert_eq!(
        outcome.summary[0],
        format!("The main stream is now on air on channel “main_stage” ({id}).")
    );
    assert_eq!(
        world.read(&target, read).await["content"]["isPublishingBackUp"],
        false
    );
}

#[tokio::test]
async fn a_channel_that_is_not_publishing_is_explained_with_its_state() {
    let (world, target) = World::with_account(Vendor::Naver).await;
    let id = seed::NAVER_READY_CHANNEL;
    let call = prepare("naver.switch_stream", &json!({"channelId": id}), &target).unwrap();
    let error = vendor_error(world.send(&call, &target).await);
    let vendor = error.vendor_error().unwrap();
    assert_eq!(vendor.code, "250005");
    assert_eq!(vendor.kind, ErrorKind::PreconditionFailed);
    assert_eq!(
        error.to_string(),
        format!(
            "NAVER Cloud switches between main and backup stream only while the channel is \
             PUBLISHING (receiving a stream). Channel “rehearsal_room” ({id}) is READY (ready, \
             not receiving a stream)."
        )
    );
    assert!(error
        .hint()
        .unwrap()
        .contains("wait until its status is PUBLISHING"));

    world.sandbox.set_naver_channel_status(id, "BLOCK");
    let error = vendor_error(world.send(&call, &target).await);
    assert!(
        error.to_string().ends_with("is BLOCK (stopped)."),
        "{error}"
    );
}

#[tokio::test]
async fn unknown_channel_and_read_only_key() {
    let (world, target) = World::with_account(Vendor::Naver).await;
    let call = prepare(
        "naver.switch_stream",
        &json!({"channelId": "ls-missing"}),
        &target,
    )
    .unwrap();
    let error = vendor_error(world.send(&call, &target).await);
    assert_eq!(error.vendor_error().unwrap().code, "250004");
    assert_eq!(
        error.to_string(),
        "NAVER Cloud has no channel “ls-missing” in this account and region."
    );

    let mut read_only = target.clone();
    read_only.credentials =
        Credentials::naver(NAVER_READONLY_ACCESS_KEY, NAVER_READONLY_SECRET_KEY);
    let input = json!({"channelId": seed::NAVER_PUBLISHING_CHANNEL});
    let call = prepare("naver.switch_stream", &input, &read_only).unwrap();
    let error = vendor_error(world.send(&call, &read_only).await);
    assert_eq!(error.code(), "vendor.no_permission");
    assert_eq!(error.vendor_error().unwrap().code, "210");
}
