//! Review's facts from the state read before a write: the effect on air in words, the
//! refusals flagged before anything is sent, the target shown apart from the changes, the
//! diff in the form's words, and the cleared list Review and the result share.

use std::time::Duration;

use livedesk_http::Vendor;
use livedesk_operations::{
    current_input, diff, execute, human, load_current, preflight, prepare, review_facts, OpError,
    OperationMemory, RefusalReason,
};
use livedesk_sandbox::seed;
use serde_json::{json, Value};

use crate::common::*;

fn record(action: &str, stream: &str) -> Value {
    json!({"action": action, "publish_domain": seed::HUAWEI_PUBLISH_DOMAIN,
           "app": seed::HUAWEI_RECORD_APP, "stream": stream})
}

#[tokio::test]
async fn naver_switch_names_the_stream_that_goes_on_air_and_the_channel_as_target() {
    let (world, target) = World::with_account(Vendor::Naver).await;
    let input = json!({"channelId": seed::NAVER_PUBLISHING_CHANNEL});
    let call = prepare("naver.switch_stream", &input, &target).unwrap();
    let facts = review_facts(&world.client, &target, &call, &OperationMemory::new()).await;
    assert!(facts.refusals.is_empty(), "{facts:?}");
    assert!(
        facts.effects[0].starts_with("The backup stream will go on air on channel")
            && facts.effects[0].ends_with("(now: main stream)."),
        "{facts:?}"
    );
    assert_eq!(facts.target.len(), 1);
    assert_eq!(facts.target[0].label, "Channel ID");
    assert_eq!(facts.target[0].value, seed::NAVER_PUBLISHING_CHANNEL);
    // The channel is the target, never a change, even against another channel's state.
    let other = json!({"channelId": seed::NAVER_READY_CHANNEL});
    assert!(diff("naver.switch_stream", &other, &input).is_empty());
    // Once switched, Review says the main stream comes back.
    world.send(&call, &target).await.unwrap();
    let facts = review_facts(&world.client, &target, &call, &OperationMemory::new()).await;
    assert!(
        facts.effects[0].starts_with("The main stream will go on air")
            && facts.effects[0].ends_with("(now: backup stream)."),
        "{facts:?}"
    );
}

#[tokio::test]
async fn naver_switch_of_a_ready_channel_is_refused_before_anything_is_sent() {
    let (world, target) = World::with_account(Vendor::Naver).await;
    let input = json!({"channelId": seed::NAVER_READY_CHANNEL});
    let call = prepare("naver.switch_stream", &input, &target).unwrap();
    let memory = OperationMemory::new();
    let facts = review_facts(&world.client, &target, &call, &memory).await;
    assert_eq!(facts.refusals.len(), 1, "{facts:?}");
    assert_eq!(
        facts.refusals[0].reason,
        RefusalReason::ChannelNotPublishing
    );
    assert!(facts.refusals[0].message.contains("is READY"), "{facts:?}");
    let before = world.sandbox.handling_stats().requests;
    let refused = preflight(&world.client, &target, &call, &memory).await;
    assert!(matches!(refused, Err(OpError::Refused(_))), "{refused:?}");
    // Only the channel read reached the sandbox: no switch.
    assert_eq!(world.sandbox.handling_stats().requests, before + 1);
}

#[tokio::test]
async fn huawei_recording_review_says_whether_the_stream_records_and_flags_refusals() {
    let (world, target) = World::with_account(Vendor::Huawei).await;
    let memory = OperationMemory::new();
    let facts_of = |input: Value| {
        let call = prepare("huawei.record_control", &input, &target).unwrap();
        let (client, target, memory) = (&world.client, &target, &memory);
        async move { review_facts(client, target, &call, memory).await }
    };
    // Not being pushed: a STOP has nothing to stop, a START cannot record.
    let stop = facts_of(record("STOP", seed::HUAWEI_OFFLINE_STREAM)).await;
    assert_eq!(
        stop.refusals[0].reason,
        RefusalReason::NotRecording,
        "{stop:?}"
    );
    assert!(
        stop.refusals[0].message.contains("not being pushed"),
        "{stop:?}"
    );
    let start = facts_of(record("START", seed::HUAWEI_OFFLINE_STREAM)).await;
    assert_eq!(start.refusals[0].reason, RefusalReason::StreamNotPushed);
    let labels: Vec<&str> = start.target.iter().map(|t| t.label.as_str()).collect();
    assert_eq!(labels, ["Ingest domain", "Application name", "Stream name"]);

    // Being pushed: START will start; once started, STOP says since when.
    let online = seed::HUAWEI_ONLINE_STREAMS[0];
    let start = facts_of(record("START", online)).await;
    assert!(start.refusals.is_empty(), "{start:?}");
    assert!(start.effects[0].contains("will start"), "{start:?}");
    let call = prepare("huawei.record_control", &record("START", online), &target).unwrap();
    execute(&world.client, &call, &target, &memory)
        .await
        .unwrap();
    let stop = facts_of(record("STOP", online)).await;
    assert!(stop.refusals.is_empty(), "{stop:?}");
    assert!(
        stop.effects[0].contains("will stop (it is recording since"),
        "{stop:?}"
    );
    let call = prepare("huawei.record_control", &record("STOP", online), &target).unwrap();
    execute(&world.client, &call, &target, &memory)
        .await
        .unwrap();

    // Stopped: a second STOP and a START within 10 seconds are flagged; later, START is fine.
    let stop = facts_of(record("STOP", online)).await;
    assert_eq!(stop.refusals[0].reason, RefusalReason::NotRecording);
    let start = facts_of(record("START", online)).await;
    let reasons: Vec<_> = start.refusals.iter().map(|r| r.reason).collect();
    assert_eq!(reasons, [RefusalReason::TooSoonAfterStop], "{start:?}");
    world.sandbox.clock().advance(Duration::from_secs(11));
    let start = facts_of(record("START", online)).await;
    assert!(start.refusals.is_empty(), "{start:?}");
}

#[tokio::test]
async fn huawei_stream_backup_says_the_switch_against_the_setting_read() {
    let (world, target) = World::with_account(Vendor::Huawei).await;
    let input =
        json!({"publish_domain": seed::HUAWEI_PUBLISH_DOMAIN, "stream_backup_enable": true});
    let call = prepare("huawei.stream_backup", &input, &target).unwrap();
    let facts = review_facts(&world.client, &target, &call, &OperationMemory::new()).await;
    assert_eq!(
        facts.effects[0],
        format!(
            "Stream backup will be ON for {} (now: OFF).",
            seed::HUAWEI_PUBLISH_DOMAIN
        )
    );
    assert_eq!(facts.target[0].value, seed::HUAWEI_PUBLISH_DOMAIN);
}

#[tokio::test]
async fn blendvision_privacy_change_is_in_the_forms_words() {
    let (world, target) = World::with_account(Vendor::BlendVision).await;
    let keys = json!({"id": seed::BLENDVISION_LIVE_ID});
    let before = current_input(&world.client, &target, "blendvision.update_live", &keys)
        .await
        .unwrap();
    let mut after = before.clone();
    after["security"]["privacy"] =
        json!({"type": "SECURITY_PRIVACY_TYPE_TOKEN", "token": {"device_limit": 3}});
    let changes = diff("blendvision.update_live", &before, &after);
    let privacy = changes
        .iter()
        .find(|c| c.field == "security.privacy.type")
        .expect("privacy changes");
    assert_eq!(privacy.old_text, "Public");
    assert_eq!(privacy.new_text, "Token or redeem code");
    let call = prepare("blendvision.update_live", &after, &target).unwrap();
    let facts = review_facts(&world.client, &target, &call, &OperationMemory::new()).await;
    let all = facts.effects.join("\n");
    assert!(
        all.contains("will be Token or redeem code (now: Public)"),
        "{all}"
    );
    assert!(!all.contains("SECURITY_PRIVACY_TYPE"), "{all}");
}

#[tokio::test]
async fn blendvision_review_of_the_live_as_it_is_says_nothing_changes() {
    let (world, target) = World::with_account(Vendor::BlendVision).await;
    let keys = json!({"id": seed::BLENDVISION_LIVE_ID});
    let before = current_input(&world.client, &target, "blendvision.update_live", &keys)
        .await
        .unwrap();
    let call = prepare("blendvision.update_live", &before, &target).unwrap();
    let facts = review_facts(&world.client, &target, &call, &OperationMemory::new()).await;
    assert_eq!(
        facts.effects,
        ["Nothing changes: the form holds the settings loaded."]
    );
    assert!(facts.refusals.is_empty());
}

#[test]
fn values_read_in_the_forms_words() {
    let choice = json!({"oneOf": [{"const": "A_WIRE", "title": "Plain A"}]});
    assert_eq!(human(&choice, Some(&json!("A_WIRE"))), "Plain A");
    assert_eq!(human(&json!({}), Some(&json!(true))), "On");
    assert_eq!(human(&json!({}), Some(&json!(false))), "Off");
    assert_eq!(human(&json!({}), None), "not set");
    assert_eq!(human(&json!({}), Some(&json!(""))), "not set");
    let formats = json!({"title": "Recording formats"});
    assert_eq!(
        human(
            &formats,
            Some(&json!([{"Format": "m3u8"}, {"Format": "flv"}]))
        ),
        "2 recording formats"
    );
    let templates = json!({"items": {"oneOf": [{"const": "lsd", "title": "Standard"}]}});
    assert_eq!(human(&templates, Some(&json!(["lsd", "x"]))), "Standard, x");
}

/// For every top-level field of SetCasterConfig: left empty, Review's cleared list and the
/// result's are the same, and both name that field.
#[tokio::test]
async fn alibaba_review_and_result_list_the_same_cleared_settings() {
    let (world, target) = World::with_account(Vendor::Alibaba).await;
    let keys = json!({"CasterId": seed::ALIBABA_IDLE_CASTER});
    let info = livedesk_operations::operation_info("alibaba.set_caster_config").unwrap();
    let fields: Vec<String> = info.schema["x-order"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|f| f.as_str().map(str::to_owned))
        .filter(|f| f != "CasterId")
        .collect();
    assert!(fields.len() > 5);
    for field in fields {
        world.sandbox.reset_state();
        let state = load_current(&world.client, &target, "alibaba.set_caster_config", &keys)
            .await
            .unwrap();
        let mut input = state.input.clone();
        input.as_object_mut().unwrap().remove(&field);
        let call = prepare("alibaba.set_caster_config", &input, &target).unwrap();
        let facts = review_facts(&world.client, &target, &call, &OperationMemory::new()).await;
        let title = info.schema["properties"][&field]["title"].as_str().unwrap();
        assert!(
            facts.cleared.iter().any(|c| c == title),
            "{field}: {facts:?}"
        );
        let reviewed = facts
            .effects
            .iter()
            .find(|l| l.starts_with("Left empty"))
            .expect("Review lists what is cleared");
        assert!(reviewed.contains(&facts.cleared.join(", ")), "{reviewed}");
        match world.send(&call, &target).await {
            Ok(outcome) => {
                assert_eq!(outcome.cleared, facts.cleared, "{field}");
                let line = outcome
                    .summary
                    .iter()
                    .find(|l| l.starts_with("Left empty"))
                    .expect("the result lists what is cleared");
                assert!(line.contains(&facts.cleared.join(", ")), "{line}");
            }
            // Channels cannot be turned off: the vendor refuses, nothing was cleared.
            Err(e) => assert_eq!(field, "ChannelEnable", "{field}: {e}"),
        }
    }
}
