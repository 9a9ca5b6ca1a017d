//! Alibaba round trips against the sandbox, with both signatures (RPC and V3): the whole
//! configuration set and read back through DescribeCasterConfig, and the vendor's refusals
//! (channels cannot go back, channels need a stopped studio, unknown studio) explained.

use livedesk_http::{Target, Vendor};
use livedesk_operations::{execute, prepare, OperationMemory};
use livedesk_sandbox::{seed, ALIBABA_REGION};
use livedesk_signing::{Scheme, SignableRequest};
use serde_json::{json, Value};

use crate::common::*;

fn describe(world: &World, target: &Target, caster: &str) -> SignableRequest {
    let base = world.base();
    match target.scheme {
        Scheme::AlibabaAcs3HmacSha256 => SignableRequest::new(
            "GET",
            format!("{base}/?CasterId={caster}&RegionId={ALIBABA_REGION}"),
        )
        .with_header("x-acs-action", "DescribeCasterConfig")
        .with_header("x-acs-version", "2016-11-01"),
        _ => SignableRequest::new(
            "GET",
            format!("{base}/?Action=DescribeCasterConfig&Version=2016-11-01&CasterId={caster}&RegionId={ALIBABA_REGION}"),
        ),
    }
}

fn full_input(caster: &str) -> Value {
    json!({
        "CasterId": caster,
        "CasterName": "Studio C, reconfigured",
        "DomainName": "live.sandbox-live.example.com",
        "TranscodeConfig": {"CasterTemplate": "lp_sd", "LiveTemplate": ["lld", "lsd"]},
        "RecordConfig": {
            "endpoint": "oss-cn-shanghai.aliyuncs.com",
            "ossBucket": "studio-c",
            "videoFormat": [
                {"Format": "m3u8", "OssObjectPrefix": "record/{AppName}/{StreamName}/{StartTime}_{EndTime}",
                 "SliceOssObjectPrefix": "record/{AppName}/{StreamName}/{UnixTimestamp}", "CycleDuration": 3600},
                {"Format": "flv", "OssObjectPrefix": "record/{AppName}/{StreamName}/{StartTime}_{EndTime}"}
            ]
        },
        "Delay": 5,
        "SideOutputUrlList": ["rtmp://push.example.com/app1/s1", "rtmp://push.example.com/app2/s2"],
        "CallbackUrl": "https://hooks.example.com/caster",
        "SyncGroupsConfig": [{"mode": 0, "resourceIds": ["r1", "r2"], "hostResourceId": "h1"}],
        "AutoSwitchUrgentOn": true,
        "AutoSwitchUrgentConfig": {"eofThres": 3}
    })
}

async fn round_trip(scheme: Scheme) {
    let world = World::start().await;
    let mut target = world.target(Vendor::Alibaba);
    target.scheme = scheme;
    let caster = seed::ALIBABA_BARE_CASTER;
    let call = prepare("alibaba.set_caster_config", &full_input(caster), &target).unwrap();
    let outcome = world.send(&call, &target).await.unwrap();
    assert_eq!(outcome.raw["CasterId"], caster);
    assert!(outcome.request_id.is_some());
    assert_eq!(
        outcome.summary,
        vec![
            format!("Production studio “Studio C, reconfigured” ({caster}) now has the configuration you sent."),
            "Transcoding: Standard definition, landscape (lp_sd), plus Low definition (lld), Standard definition (lsd).".to_owned(),
            "Recording: ON, to storage bucket studio-c as Streaming segments for players (HLS, m3u8), One FLV video file per recording.".to_owned(),
            "Delay: 5 seconds.".to_owned(),
            "Automatic switch to standby: ON.".to_owned(),
            "Left empty, so now cleared: Standby video, Standby live stream, Extra output address, \
             Carousel in effect, Carousel name, Channels, Standby image, Standby image address."
                .to_owned(),
        ]
    );

    let config = world.read(&target, describe(&world, &target, caster)).await;
    assert_eq!(config["CasterName"], "Studio C, reconfigured");
    assert_eq!(config["Delay"], 5.0);
    assert_eq!(config["TranscodeConfig"]["CasterTemplate"], "lp_sd");
    assert_eq!(
        config["TranscodeConfig"]["LiveTemplateIds"]["LocationId"],
        json!(["lld", "lsd"])
    );
    assert_eq!(config["RecordConfig"]["OssBucket"], "studio-c");
    let formats = &config["RecordConfig"]["RecordFormat"]["RecordFormat"];
    assert_eq!(formats[0]["Format"], "M3U8");
    assert_eq!(formats[0]["CycleDuration"], 3600);
    assert_eq!(formats[1]["Format"], "FLV");
    assert_eq!(
        config["SideOutputUrlList"],
        "rtmp://push.example.com/app1/s1,rtmp://push.example.com/app2/s2"
    );
    assert_eq!(
        config["SyncGroupsConfig"]["SyncGroup"][0]["HostResourceId"],
        "h1"
    );
    assert_eq!(
        config["SyncGroupsConfig"]["SyncGroup"][0]["ResourceIds"]["ResourceId"],
        json!(["r1", "r2"])
    );
    assert_eq!(config["AutoSwitchUrgentOn"], "true");
    assert_eq!(config["AutoSwitchUrgentConfig"], r#"{"eofThres":3}"#);
    assert_eq!(config["CallbackUrl"], "https://hooks.example.com/caster");
}

#[tokio::test]
async fn set_caster_config_round_trip_rpc() {
    round_trip(Scheme::AlibabaRpcHmacSha1).await;
}

#[tokio::test]
async fn set_caster_config_round_trip_v3() {
    round_trip(Scheme::AlibabaAcs3HmacSha256).await;
}

#[tokio::test]
async fn an_empty_field_clears_the_current_value() {
    let (world, target) = World::with_account(Vendor::Alibaba).await;
    let caster = seed::ALIBABA_IDLE_CASTER;
    let before = world.read(&target, describe(&world, &target, caster)).await;
    assert_eq!(before["DomainName"], "live.sandbox-live.example.com");
    let call = prepare(
        "alibaba.set_caster_config",
        &json!({"CasterId": caster, "CasterName": "Only a name"}),
        &target,
    )
    .unwrap();
    let outcome = world.send(&call, &target).await.unwrap();
    assert!(
        outcome
            .summary
            .last()
            .unwrap()
            .contains("Streaming domain, Transcoding, Recording, Delay"),
        "{:?}",
        outcome.summary
    );
    let after = world.read(&target, describe(&world, &target, caster)).await;
    assert_eq!(after["DomainName"], "");
    assert!(after.get("TranscodeConfig").is_none());
}

#[tokio::test]
async fn channels_cannot_go_back_and_need_a_stopped_studio() {
    let (world, target) = World::with_account(Vendor::Alibaba).await;
    let memory = OperationMemory::new();

    // Channels are on for the streaming studio: leaving ChannelEnable empty would turn them off.
    let input = json!({"CasterId": seed::ALIBABA_STREAMING_CASTER, "CasterName": "Studio B"});
    let call = prepare("alibaba.set_caster_config", &input, &target).unwrap();
    let error = vendor_error(execute(&world.client, &call, &target, &memory).await);
    assert_eq!(
        error.vendor_error().unwrap().code,
        "InvalidCaster.ChannelDisableUnsupported"
    );
    assert_eq!(
        error.to_string(),
        "Channels are on for this production studio, and Alibaba Cloud never lets them be turned off again."
    );
    assert!(error
        .hint()
        .unwrap()
        .starts_with("Set Channels to On and send again."));
    let input = json!({"CasterId": seed::ALIBABA_STREAMING_CASTER, "CasterName": "Studio B", "ChannelEnable": 1,
                       "TranscodeConfig": {"CasterTemplate": "lp_hd", "LiveTemplate": ["lhd"]}});
    let call = prepare("alibaba.set_caster_config", &input, &target).unwrap();
    let outcome = execute(&world.client, &call, &target, &memory)
        .await
        .unwrap();
    assert!(outcome
        .summary
        .contains(&"Channels: ON (they cannot be turned off again).".to_owned()));

    // Turning channels on the first time needs the studio stopped.
    world
        .sandbox
        .set_alibaba_caster_status(seed::ALIBABA_BARE_CASTER, 1);
    let input = json!({"CasterId": seed::ALIBABA_BARE_CASTER, "ChannelEnable": 1});
    let call = prepare("alibaba.set_caster_config", &input, &target).unwrap();
    let error = vendor_error(execute(&world.client, &call, &target, &memory).await);
    assert_eq!(
        error.vendor_error().unwrap().code,
        "IncorrectCasterStatus.EnableChannel"
    );
    assert!(
        error
            .to_string()
            .contains("only while the production studio is stopped"),
        "{error}"
    );
}

#[tokio::test]
async fn unknown_studio_is_explained() {
    let (world, target) = World::with_account(Vendor::Alibaba).await;
    let call = prepare(
        "alibaba.set_caster_config",
        &json!({"CasterId": "no-such-caster"}),
        &target,
    )
    .unwrap();
    let error = vendor_error(world.send(&call, &target).await);
    assert_eq!(error.vendor_error().unwrap().code, "InvalidCaster.NotFound");
    assert_eq!(error.code(), "vendor.not_found");
    assert_eq!(
        error.to_string(),
        "Alibaba Cloud has no production studio “no-such-caster” in this region."
    );
}

/// The production-studio templates (`daobo-*`) Alibaba documents for live transcoding: a
/// configuration holding them loads, shows no change, and is sent back unchanged.
#[tokio::test]
async fn a_daobo_template_read_back_is_sent_back_unchanged() {
    let (world, target) = World::with_account(Vendor::Alibaba).await;
    let caster = seed::ALIBABA_BARE_CASTER;
    let mut input = full_input(caster);
    input["TranscodeConfig"]["LiveTemplate"] = json!(["daobo-lhd", "daobo-lsd"]);
    let call = prepare("alibaba.set_caster_config", &input, &target).unwrap();
    world.send(&call, &target).await.unwrap();
    let keys = json!({"CasterId": caster});
    let loaded = livedesk_operations::load_current(
        &world.client,
        &target,
        "alibaba.set_caster_config",
        &keys,
    )
    .await
    .unwrap();
    assert_eq!(
        loaded.input["TranscodeConfig"]["LiveTemplate"],
        json!(["daobo-lhd", "daobo-lsd"]),
        "{loaded:?}"
    );
    assert!(
        loaded
            .notes
            .iter()
            .all(|n| !n.contains("cannot be sent back")),
        "{:?}",
        loaded.notes
    );
    assert!(
        livedesk_operations::diff("alibaba.set_caster_config", &loaded.input, &loaded.input)
            .is_empty()
    );
    let mut before = world.read(&target, describe(&world, &target, caster)).await;
    let again = prepare("alibaba.set_caster_config", &loaded.input, &target).unwrap();
    world.send(&again, &target).await.unwrap();
    let mut after = world.read(&target, describe(&world, &target, caster)).await;
    for answer in [&mut before, &mut after] {
        answer.as_object_mut().unwrap().remove("RequestId");
    }
    assert_eq!(
        before["TranscodeConfig"]["LiveTemplateIds"]["LocationId"],
        json!(["daobo-lhd", "daobo-lsd"]),
        "{before}"
    );
    assert_eq!(before, after);
    let schema = livedesk_operations::operation_info("alibaba.set_caster_config")
        .unwrap()
        .schema;
    let label = livedesk_operations::human(
        &schema["properties"]["TranscodeConfig"]["properties"]["LiveTemplate"],
        Some(&json!(["daobo-lhd"])),
    );
    assert_eq!(label, "Production studio, high definition (daobo-lhd)");
}
