//! Pickers and current state against the sandbox: the choices of each id field, and each
//! write's current state as its own form input, which `prepare` accepts as it is.

use livedesk_http::Vendor;
use livedesk_operations::{choices, current_input, load_current, prepare, Choice, OpError};
use livedesk_sandbox::seed;
use serde_json::{json, Value};

use crate::common::*;

fn choice(value: &str, label: &str, detail: &str) -> Choice {
    Choice {
        value: value.to_owned(),
        label: label.to_owned(),
        detail: Some(detail.to_owned()),
    }
}

#[tokio::test]
async fn pickers_list_channels_lives_and_studios() {
    let world = World::start().await;
    let naver = world.target(Vendor::Naver);
    let channels = choices(&world.client, &naver, "naver.switch_stream")
        .await
        .unwrap();
    assert_eq!(
        channels,
        [
            choice(
                seed::NAVER_PUBLISHING_CHANNEL,
                "main_stage",
                "PUBLISHING (receiving a stream), main stream on air"
            ),
            choice(
                seed::NAVER_READY_CHANNEL,
                "rehearsal_room",
                "READY (ready, not receiving a stream)"
            ),
            choice(seed::NAVER_BLOCKED_CHANNEL, "old_show", "BLOCK (stopped)"),
        ]
    );
    // The read with the same picker, and the list read itself, give the same entries.
    for op in ["naver.get_channel", "naver.list_channels"] {
        assert_eq!(choices(&world.client, &naver, op).await.unwrap(), channels);
    }

    let blendvision = world.target(Vendor::BlendVision);
    let lives = choices(&world.client, &blendvision, "blendvision.update_live")
        .await
        .unwrap();
    assert_eq!(
        lives,
        [
            choice(
                seed::BLENDVISION_LIVE_ID,
                "Sandbox Morning Show",
                "waiting for preview, High definition (HD, 720p)"
            ),
            choice(
                seed::BLENDVISION_ON_AIR_LIVE_ID,
                "Sandbox Product Launch",
                "on air, Full HD (FHD, 1080p)"
            ),
            choice(
                seed::BLENDVISION_ENDED_LIVE_ID,
                "Sandbox Weekly Recap",
                "ended, High definition (HD, 720p)"
            ),
        ]
    );

    let alibaba = world.target(Vendor::Alibaba);
    let casters = choices(&world.client, &alibaba, "alibaba.set_caster_config")
        .await
        .unwrap();
    assert_eq!(
        casters,
        [
            choice(
                seed::ALIBABA_STREAMING_CASTER,
                "Sandbox Studio B",
                "streaming, channels on, High definition, landscape (lp_hd)"
            ),
            choice(
                seed::ALIBABA_BARE_CASTER,
                "Sandbox Studio C",
                "idle, Low definition, landscape (lp_ld)"
            ),
            choice(
                seed::ALIBABA_IDLE_CASTER,
                "Sandbox Studio A",
                "idle, Standard definition, landscape (lp_sd)"
            ),
        ]
    );
}

#[tokio::test]
async fn operations_without_a_picker_or_current_state_say_so() {
    let world = World::start().await;
    let huawei = world.target(Vendor::Huawei);
    let error = choices(&world.client, &huawei, "huawei.stream_backup")
        .await
        .unwrap_err();
    assert_eq!(error.code(), "operation.not_offered");
    assert!(
        error.to_string().contains("no list to pick from"),
        "{error}"
    );
    let input = json!({"publish_domain": seed::HUAWEI_PUBLISH_DOMAIN, "app": "live", "stream": "s", "action": "STOP"});
    let error = load_current(&world.client, &huawei, "huawei.record_control", &input)
        .await
        .unwrap_err();
    assert_eq!(error.code(), "operation.not_offered");
    let error = choices(&world.client, &huawei, "no.such_op")
        .await
        .unwrap_err();
    assert_eq!(error.code(), "operation.unknown");
}

#[tokio::test]
async fn missing_or_refused_keys_name_the_write_fields() {
    let world = World::start().await;
    let alibaba = world.target(Vendor::Alibaba);
    let error = load_current(
        &world.client,
        &alibaba,
        "alibaba.set_caster_config",
        &json!({"CasterName": "x"}),
    )
    .await
    .unwrap_err();
    assert_eq!(error.field(), Some("CasterId"));
    assert_eq!(
        error.to_string(),
        "CasterId: Fill in Production studio ID to load the current settings."
    );
    let naver = world.target(Vendor::Naver);
    let error = current_input(
        &world.client,
        &naver,
        "naver.switch_stream",
        &json!({"channelId": "has spaces"}),
    )
    .await
    .unwrap_err();
    assert!(matches!(error, OpError::Invalid { .. }));
    assert_eq!(error.field(), Some("channelId"));
    let error = current_input(
        &world.client,
        &naver,
        "naver.switch_stream",
        &json!({"channelId": "ls-missing"}),
    )
    .await
    .unwrap_err();
    assert_eq!(error.code(), "vendor.not_found");
}

/// The current state, and `prepare` accepting it unchanged.
async fn current(
    world: &World,
    vendor: Vendor,
    op: &str,
    keys: Value,
) -> livedesk_operations::CurrentState {
    let target = world.target(vendor);
    let state = load_current(&world.client, &target, op, &keys)
        .await
        .unwrap();
    assert_eq!(state.operation, op);
    assert!(
        state
            .notes
            .iter()
            .all(|n| !n.contains("cannot be sent back")),
        "{:?}",
        state.notes
    );
    prepare(op, &state.input, &target).unwrap();
    state
}

#[tokio::test]
async fn huawei_current_state_is_the_stream_backup_flag() {
    let world = World::start().await;
    let state = current(
        &world,
        Vendor::Huawei,
        "huawei.stream_backup",
        json!({"publish_domain": seed::HUAWEI_BACKUP_DOMAIN, "stream_backup_enable": false}),
    )
    .await;
    assert_eq!(state.read_operation, "huawei.get_stream_backup");
    assert_eq!(
        state.input,
        json!({"publish_domain": seed::HUAWEI_BACKUP_DOMAIN, "stream_backup_enable": true})
    );
    assert_eq!(
        state.summary[0],
        format!("Stream backup is ON for {}.", seed::HUAWEI_BACKUP_DOMAIN)
    );
    assert!(state.notes.is_empty());
}

#[tokio::test]
async fn naver_switch_has_only_the_channel_and_says_which_stream_is_on_air() {
    let world = World::start().await;
    let id = seed::NAVER_PUBLISHING_CHANNEL;
    let state = current(
        &world,
        Vendor::Naver,
        "naver.switch_stream",
        json!({"channelId": id}),
    )
    .await;
    assert_eq!(state.input, json!({"channelId": id}));
    assert_eq!(state.summary[1], "The main stream is on air.");
    assert_eq!(state.raw["content"]["isPublishingBackUp"], false);
    assert!(state.notes[0].contains("sending it again switches back"));
}

#[tokio::test]
async fn blendvision_live_becomes_the_update_form() {
    let world = World::start().await;
    let id = seed::BLENDVISION_ON_AIR_LIVE_ID;
    let state = current(
        &world,
        Vendor::BlendVision,
        "blendvision.update_live",
        json!({"id": id}),
    )
    .await;
    assert_eq!(state.read_operation, "blendvision.get_live");
    // Read-only fields (status, setup, stream, type ...) and proto3 defaults
    // (`*_UNSPECIFIED`, `null`) are gone; immutable fields come as they are, so they are sent
    // unchanged; sections the live lacks come empty.
    assert_eq!(
        state.input,
        json!({
            "id": id,
            "name": "Sandbox Product Launch",
            "security": {
                "privacy": {"type": "SECURITY_PRIVACY_TYPE_TOKEN", "token": {"device_limit": 3}},
                "watermark": {"enabled": false},
                "domain_control": {"enabled": false, "domains": []},
                "protection": {"type": "PROTECTION_TYPE_DRM"},
                "geo_control": ["TW", "JP"]
            },
            "cover_images": {},
            "metadata": {},
            "showroom": {},
            "interaction": {
                "poll_enabled": false,
                "chatroom": {"live": {"enabled": false}, "vod": {"enabled": false}}
            },
            "byo_cdn": {},
            "player": {},
            "save_for_download_enabled": false,
            "relay_settings": []
        })
    );
    assert!(state.summary.contains(&"Status: on air.".to_owned()));
}

#[tokio::test]
async fn alibaba_config_is_mapped_back_into_set_caster_config() {
    let world = World::start().await;
    let id = seed::ALIBABA_IDLE_CASTER;
    let state = current(
        &world,
        Vendor::Alibaba,
        "alibaba.set_caster_config",
        json!({"CasterId": id}),
    )
    .await;
    assert_eq!(state.read_operation, "alibaba.describe_caster_config");
    // The read's `AutoSwitchUrgentOn: "true"`, JSON strings, double-wrapped lists, comma-joined
    // outputs and upper-case formats, in the write's shapes and casing.
    assert_eq!(
        state.input,
        json!({
            "CasterId": id,
            "CasterName": "Sandbox Studio A",
            "DomainName": "live.sandbox-live.example.com",
            "TranscodeConfig": {"CasterTemplate": "lp_sd", "LiveTemplate": ["lld"]},
            "RecordConfig": {
                "endpoint": "oss-cn-shanghai.aliyuncs.example.com",
                "ossBucket": "sandbox-records",
                "videoFormat": [{
                    "Format": "m3u8",
                    "OssObjectPrefix": "record/{AppName}/{StreamName}/{StartTime}_{EndTime}",
                    "SliceOssObjectPrefix": "record/{AppName}/{StreamName}/{UnixTimestamp}",
                    "CycleDuration": 21600
                }]
            },
            "Delay": 5,
            "UrgentMaterialId": "a089175eb5f4427684fc0715159a0001",
            "SideOutputUrl": "rtmp://push.sandbox-live.example.com/caster/studio-a",
            "SideOutputUrlList": [
                "rtmp://push.sandbox-live.example.com/app1/stream1",
                "rtmp://push.sandbox-live.example.com/app2/stream2"
            ],
            "CallbackUrl": "https://hooks.sandbox-live.example.com/alibaba",
            "ProgramEffect": 1,
            "ProgramName": "morning-loop",
            "ChannelEnable": 0,
            "UrgentImageUrl": "https://static.sandbox-live.example.com/standby.jpg",
            "AutoSwitchUrgentOn": true,
            "AutoSwitchUrgentConfig": {"eofThres": 3}
        })
    );
    assert!(state.notes.is_empty(), "{:?}", state.notes);
    assert_eq!(state.raw["AutoSwitchUrgentOn"], "true");

    let streaming = current(
        &world,
        Vendor::Alibaba,
        "alibaba.set_caster_config",
        json!({"CasterId": seed::ALIBABA_STREAMING_CASTER}),
    )
    .await;
    assert_eq!(streaming.input["ChannelEnable"], 1);
    assert_eq!(
        streaming.input["TranscodeConfig"],
        json!({"CasterTemplate": "lp_hd", "LiveTemplate": ["lhd"]})
    );
    let bare = current(
        &world,
        Vendor::Alibaba,
        "alibaba.set_caster_config",
        json!({"CasterId": seed::ALIBABA_BARE_CASTER}),
    )
    .await;
    assert_eq!(
        bare.input,
        json!({"CasterId": seed::ALIBABA_BARE_CASTER, "CasterName": "Sandbox Studio C",
               "Delay": 0, "ProgramEffect": 0, "ChannelEnable": 0, "AutoSwitchUrgentOn": false})
    );
}
