//! Seed data: a few realistic resources per vendor, identical in every fresh sandbox.
//! Hosts are `example.com` names: nothing here is ever connected to.

use crate::credentials::BLENDVISION_ORG_ID;
use crate::state::{
    AlibabaState, BlendVisionState, Caster, CasterConfig, HuaweiState, NaverState, StreamKey,
};
use serde_json::{json, Value};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// Huawei: ingest domain with stream backup off, and its `COMMAND_RECORD` app (`*` streams).
pub const HUAWEI_PUBLISH_DOMAIN: &str = "push.sandbox-live.example.com";
/// Huawei: ingest domain with stream backup already on.
pub const HUAWEI_BACKUP_DOMAIN: &str = "push-backup.sandbox-live.example.com";
pub const HUAWEI_EVENTS_DOMAIN: &str = "push-events.sandbox-live.example.com";
pub const HUAWEI_RECORD_APP: &str = "live";
/// Huawei: streams of [`HUAWEI_PUBLISH_DOMAIN`]/[`HUAWEI_RECORD_APP`] being pushed.
pub const HUAWEI_ONLINE_STREAMS: [&str; 2] = ["main-stage", "side-stage"];
/// Huawei: covered by the record rule but not being pushed.
pub const HUAWEI_OFFLINE_STREAM: &str = "lobby-cam";
/// Huawei: an app of [`HUAWEI_PUBLISH_DOMAIN`] with no `COMMAND_RECORD` rule.
pub const HUAWEI_UNRULED_APP: &str = "archive";

/// NAVER: `PUBLISHING` with a backup stream.
pub const NAVER_PUBLISHING_CHANNEL: &str = "ls-20250814123456-zTwK2";
pub const NAVER_READY_CHANNEL: &str = "ls-20250901090000-AbCd3";
pub const NAVER_BLOCKED_CHANNEL: &str = "ls-20250710180000-QwEr7";

/// BlendVision: waiting for preview, HD, public.
pub const BLENDVISION_LIVE_ID: &str = "3c1e5a8e-2b51-4f2e-9a0a-7d1d2f0e9b11";
/// BlendVision: on air, FHD, token-protected, DRM.
pub const BLENDVISION_ON_AIR_LIVE_ID: &str = "7a4f0c2e-9d3b-4e8a-b1c6-5f2e8d9a0b13";
pub const BLENDVISION_ENDED_LIVE_ID: &str = "b25d8e61-3f7a-4c09-8e2d-1a6b4c7d9e15";

/// Alibaba: idle, channels off, fully configured.
pub const ALIBABA_IDLE_CASTER: &str = "a2b8e671-2fe5-4642-a2ec-bf93880e0001";
/// Alibaba: streaming, channels on (they can never be turned off again).
pub const ALIBABA_STREAMING_CASTER: &str = "b4810848-bcf9-4aef-bd4a-e6bba2d90002";
/// Alibaba: idle, nearly empty configuration.
pub const ALIBABA_BARE_CASTER: &str = "c7d1e2f3-4a5b-4c6d-8e9f-0a1b2c3d0003";

/// 2025-06-01T08:00:00Z: when the seed resources were "created".
const SEED_EPOCH_MS: i64 = 1_748_764_800_000;

pub(crate) fn huawei() -> HuaweiState {
    let key = |d: &str, a: &str, s: &str| StreamKey::new(d, a, s);
    HuaweiState {
        domains: BTreeMap::from([
            (HUAWEI_PUBLISH_DOMAIN.to_owned(), false),
            (HUAWEI_BACKUP_DOMAIN.to_owned(), true),
            (HUAWEI_EVENTS_DOMAIN.to_owned(), false),
        ]),
        command_rules: vec![
            key(HUAWEI_PUBLISH_DOMAIN, HUAWEI_RECORD_APP, "*"),
            key(HUAWEI_EVENTS_DOMAIN, "events", "keynote"),
        ],
        online: BTreeSet::from([
            key(
                HUAWEI_PUBLISH_DOMAIN,
                HUAWEI_RECORD_APP,
                HUAWEI_ONLINE_STREAMS[0],
            ),
            key(
                HUAWEI_PUBLISH_DOMAIN,
                HUAWEI_RECORD_APP,
                HUAWEI_ONLINE_STREAMS[1],
            ),
            key(HUAWEI_PUBLISH_DOMAIN, HUAWEI_UNRULED_APP, "main-stage"),
            key(HUAWEI_EVENTS_DOMAIN, "events", "keynote"),
        ]),
        recordings: HashMap::new(),
    }
}

fn naver_channel(id: &str, name: &str, status: &str, instance_no: i64, fail_over: bool) -> Value {
    let stream_key = format!("sbx{}", &id[id.len() - 5..]).to_lowercase();
    json!({
        "channelId": id,
        "channelName": name,
        "instanceNo": instance_no,
        "qualitySetId": 5,
        "qualitySetName": "480p-set",
        "outputProtocol": "HLS,DASH",
        "channelStatus": status,
        "isRecording": false,
        "useDVR": true,
        "immediateOnAir": false,
        "timemachineMin": 360,
        "cdn": {
            "instanceNo": "4006",
            "serviceName": format!("cdn-{id}"),
            "statusName": "RUNNING",
            "cdnType": "GLOBAL_EDGE",
            "cdnDomain": format!("{}.cdn.sandbox-live.example.com", stream_key)
        },
        "streamKey": stream_key,
        "publishUrl": "rtmp://ingest.sandbox-live.example.com:8080/relay",
        "globalPublishUrl": "",
        "totalPublishSeconds": if status == "PUBLISHING" { 22936 } else { 0 },
        "createdTime": SEED_EPOCH_MS,
        "alertOn": false,
        "recentPublishStartTime": SEED_EPOCH_MS + 3_600_000,
        "alertOptions": {
            "alertChangeStatus": false,
            "alertVodUploadFail": false,
            "alertReStreamFail": false,
            "alertStreamFailOver": false
        },
        "callbackEndpoint": "https://hooks.sandbox-live.example.com/naver",
        "envType": "REAL",
        "record": { "type": "MANUAL_UPLOAD", "accessControl": "PRIVATE" },
        "origin": {
            "originDomain": "origin.sandbox-live.example.com",
            "originPath": format!("{instance_no}")
        },
        "backupStreamKey": if fail_over { format!("{stream_key}?backup=true") } else { String::new() },
        "isStreamFailOver": fail_over,
        "isPublishingBackUp": false
    })
}

pub(crate) fn naver() -> NaverState {
    NaverState {
        channels: vec![
            naver_channel(
                NAVER_PUBLISHING_CHANNEL,
                "main_stage",
                "PUBLISHING",
                10_200_301,
                true,
            ),
            naver_channel(
                NAVER_READY_CHANNEL,
                "rehearsal_room",
                "READY",
                10_200_302,
                true,
            ),
            naver_channel(
                NAVER_BLOCKED_CHANNEL,
                "old_show",
                "BLOCK",
                10_200_303,
                false,
            ),
        ],
    }
}

fn iso(ms: i64) -> String {
    crate::timefmt::format_iso(ms)
}

fn bv_live(
    id: &str,
    name: &str,
    status: &str,
    resolution: &str,
    security: Value,
    day: i64,
) -> Value {
    let created = SEED_EPOCH_MS + day * 86_400_000;
    let manifests = |protocol: &str, ext: &str| {
        json!({
            "protocol": protocol,
            "uris": [{
                "resolutions": [
                    {"height": "720", "width": "1280"},
                    {"height": "480", "width": "852"}
                ],
                "uri": format!("https://cdn.sandbox-live.example.com/bv/{id}/index.{ext}")
            }]
        })
    };
    json!({
        "id": id,
        "name": name,
        "type": "LIVE_TYPE_LIVE",
        "broadcast_mode": "BROADCAST_MODE_TRADITIONAL_LIVE",
        "resolution": resolution,
        "source": null,
        "security": security,
        "ull_enabled": false,
        "save_for_download_enabled": false,
        "ingest_types": ["LIVE_STREAM_INGEST_TYPE_RTMP"],
        "cover_images": {
            "close": null, "current": null, "end": null, "player_pause": null,
            "preview": null, "ready_to_start": null, "signal_interruption": null
        },
        "interaction": {
            "chatroom": {
                "live": {"enabled": false, "theme": "CHATROOM_THEME_UNSPECIFIED"},
                "vod": {"enabled": false, "theme": "CHATROOM_THEME_UNSPECIFIED"}
            },
            "event_id": "",
            "poll_enabled": false
        },
        "labels": [],
        "error_infos": [],
        "org_id": BLENDVISION_ORG_ID,
        "setup": {
            "rtmp": {
                "links": [
                    {"pipeline": "LIVE_STREAM_PIPELINE_MAIN",
                     "url": format!("rtmp://ingest-a.sandbox-live.example.com:1935/live1/{id}")},
                    {"pipeline": "LIVE_STREAM_PIPELINE_BACKUP",
                     "url": format!("rtmp://ingest-b.sandbox-live.example.com:1935/live2/{id}")}
                ]
            }
        },
        "status": status,
        "stream": [{
            "manifests": [manifests("PROTOCOL_HLS", "m3u8"), manifests("PROTOCOL_DASH", "mpd")],
            "thumbnail": null
        }],
        "created_at": iso(created),
        "updated_at": iso(created + 123_000)
    })
}

fn bv_security(privacy: Value, protection: &str, geo: &[&str]) -> Value {
    json!({
        "domain_control": {"domains": [], "enabled": false},
        "geo_control": geo,
        "privacy": privacy,
        "protection": {"type": protection},
        "watermark": {
            "enabled": false,
            "position": "WATERMARK_POSITION_UNSPECIFIED",
            "type": "WATERMARK_TYPE_UNSPECIFIED"
        }
    })
}

pub(crate) fn blendvision() -> BlendVisionState {
    let public = json!({"token": null, "type": "SECURITY_PRIVACY_TYPE_PUBLIC"});
    let token = json!({"token": {"device_limit": 3}, "type": "SECURITY_PRIVACY_TYPE_TOKEN"});
    BlendVisionState {
        lives: vec![
            bv_live(
                BLENDVISION_LIVE_ID,
                "Sandbox Morning Show",
                "LIVE_STATUS_WAIT_FOR_PREVIEW",
                "LIVE_RESOLUTION_HD",
                bv_security(public.clone(), "PROTECTION_TYPE_UNSPECIFIED", &[]),
                0,
            ),
            bv_live(
                BLENDVISION_ON_AIR_LIVE_ID,
                "Sandbox Product Launch",
                "LIVE_STATUS_LIVE",
                "LIVE_RESOLUTION_FHD",
                bv_security(token, "PROTECTION_TYPE_DRM", &["TW", "JP"]),
                1,
            ),
            bv_live(
                BLENDVISION_ENDED_LIVE_ID,
                "Sandbox Weekly Recap",
                "LIVE_STATUS_LIVE_END",
                "LIVE_RESOLUTION_HD",
                bv_security(public, "PROTECTION_TYPE_UNSPECIFIED", &[]),
                2,
            ),
        ],
    }
}

fn caster(id: &str, status: i64, day: i64, template: &str, config: CasterConfig) -> Caster {
    let created_ms = SEED_EPOCH_MS + day * 86_400_000;
    Caster {
        id: id.into(),
        status,
        created_ms,
        last_modified_ms: created_ms + 600_000,
        norm_type: 1,
        template: template.into(),
        config,
    }
}

pub(crate) fn alibaba() -> AlibabaState {
    let full = CasterConfig {
        caster_name: "Sandbox Studio A".into(),
        domain_name: "live.sandbox-live.example.com".into(),
        delay: 5.0,
        urgent_material_id: "a089175eb5f4427684fc0715159a0001".into(),
        urgent_image_url: "https://static.sandbox-live.example.com/standby.jpg".into(),
        auto_switch_urgent_on: true,
        auto_switch_urgent_config: r#"{"eofThres":3}"#.into(),
        callback_url: "https://hooks.sandbox-live.example.com/alibaba".into(),
        program_name: "morning-loop".into(),
        program_effect: 1,
        side_output_url: "rtmp://push.sandbox-live.example.com/caster/studio-a".into(),
        side_output_url_list: vec![
            "rtmp://push.sandbox-live.example.com/app1/stream1".into(),
            "rtmp://push.sandbox-live.example.com/app2/stream2".into(),
        ],
        transcode: Some(json!({"CasterTemplate": "lp_sd", "LiveTemplate": ["lld"]})),
        record: Some(json!({
            "endpoint": "oss-cn-shanghai.aliyuncs.example.com",
            "ossBucket": "sandbox-records",
            "videoFormat": [{
                "Format": "m3u8",
                "OssObjectPrefix": "record/{AppName}/{StreamName}/{StartTime}_{EndTime}",
                "SliceOssObjectPrefix": "record/{AppName}/{StreamName}/{UnixTimestamp}",
                "CycleDuration": 21600
            }]
        })),
        ..CasterConfig::default()
    };
    let streaming = CasterConfig {
        caster_name: "Sandbox Studio B".into(),
        domain_name: "live.sandbox-live.example.com".into(),
        channel_enable: 1,
        transcode: Some(json!({"CasterTemplate": "lp_hd", "LiveTemplate": ["lhd"]})),
        ..CasterConfig::default()
    };
    let bare = CasterConfig {
        caster_name: "Sandbox Studio C".into(),
        ..CasterConfig::default()
    };
    let mut streaming_caster = caster(ALIBABA_STREAMING_CASTER, 1, 1, "lp_hd", streaming);
    // Modified most recently, so it lists first.
    streaming_caster.last_modified_ms += 2 * 86_400_000;
    AlibabaState {
        casters: vec![
            caster(ALIBABA_IDLE_CASTER, 0, 0, "lp_sd", full),
            streaming_caster,
            caster(ALIBABA_BARE_CASTER, 0, 2, "lp_ld", bare),
        ],
        nonces: HashMap::new(),
    }
}
