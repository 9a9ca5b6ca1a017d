//! Validation before signing: every constraint and conditional rule of each form is enforced
//! by the engine (never trusting the UI), and each rejection names its field with a dotted
//! path, in plain words.

use livedesk_http::Vendor;
use livedesk_operations::{prepare, OpError};
use serde_json::{json, Value};

use crate::common::remote_target;

fn vendor_of(op: &str) -> Vendor {
    match op.split('.').next().unwrap() {
        "huawei" => Vendor::Huawei,
        "naver" => Vendor::Naver,
        "blendvision" => Vendor::BlendVision,
        _ => Vendor::Alibaba,
    }
}

fn refused(op: &str, input: Value) -> OpError {
    match prepare(op, &input, &remote_target(vendor_of(op))) {
        Err(e) => e,
        Ok(call) => panic!("{op} accepted {input}: {call:?}"),
    }
}

/// The first problem: (field, message).
fn problem(op: &str, input: Value) -> (String, String) {
    let error = refused(op, input);
    assert_eq!(error.code(), "input.invalid", "{error}");
    let first = error.problems()[0].clone();
    assert_eq!(error.field(), Some(first.field.as_str()));
    assert!(error.to_string().starts_with(&format!("{}: ", first.field)));
    (first.field, first.message)
}

fn field(op: &str, input: Value) -> String {
    problem(op, input).0
}

fn accepted(op: &str, input: Value) {
    if let Err(e) = prepare(op, &input, &remote_target(vendor_of(op))) {
        panic!("{op} refused {input}: {e} {:?}", e.problems());
    }
}

const BACKUP: &str = "huawei.stream_backup";
const RECORD: &str = "huawei.record_control";
const SWITCH: &str = "naver.switch_stream";
const LIVE: &str = "blendvision.update_live";
const CASTER: &str = "alibaba.set_caster_config";

#[test]
fn huawei_stream_backup() {
    assert_eq!(
        problem(BACKUP, json!({})),
        ("publish_domain".into(), "Ingest domain is required.".into())
    );
    assert_eq!(
        problem(BACKUP, json!({"publish_domain": ""})).1,
        "Ingest domain must not be empty."
    );
    assert_eq!(
        problem(BACKUP, json!({"publish_domain": "d".repeat(256)})).1,
        "Ingest domain must be at most 255 characters long (it has 256)."
    );
    accepted(BACKUP, json!({"publish_domain": "d".repeat(255)}));
    assert_eq!(
        problem(
            BACKUP,
            json!({"publish_domain": "d", "stream_backup_enable": "yes"})
        ),
        (
            "stream_backup_enable".into(),
            "Primary/standby streams must be on or off (true or false).".into()
        )
    );
    assert_eq!(
        problem(BACKUP, json!({"publish_domain": "d", "domain": "x"})),
        (
            "domain".into(),
            "“domain” is not a field of this form.".into()
        )
    );
    assert_eq!(refused(BACKUP, Value::Null).code(), "input.invalid");
    assert_eq!(refused(BACKUP, json!([1])).code(), "input.invalid");
}

#[test]
fn huawei_record_control() {
    let ok = json!({"action": "START", "publish_domain": "d", "app": "live", "stream": "s"});
    accepted(RECORD, ok.clone());
    let with = |key: &str, value: Value| {
        let mut input = ok.clone();
        input[key] = value;
        input
    };
    assert_eq!(
        problem(RECORD, with("action", json!("PAUSE"))),
        (
            "action".into(),
            "Command must be one of “Start recording”, “Stop recording”.".into()
        )
    );
    assert_eq!(field(RECORD, with("app", json!(""))), "app");
    assert_eq!(field(RECORD, with("stream", Value::Null)), "stream");
    let all = refused(RECORD, json!({}));
    let fields: Vec<&str> = all.problems().iter().map(|p| p.field.as_str()).collect();
    assert_eq!(fields, ["action", "publish_domain", "app", "stream"]);
    assert!(all.to_string().ends_with("(and 3 more problems)"), "{all}");
}

#[test]
fn naver_switch_stream() {
    accepted(SWITCH, json!({"channelId": "ls-20250814123456-zTwK2"}));
    assert_eq!(field(SWITCH, json!({})), "channelId");
    assert_eq!(
        problem(SWITCH, json!({"channelId": "ls 1"})).1,
        "Channel ID must not contain spaces."
    );
    assert_eq!(
        field(SWITCH, json!({"channelId": "x".repeat(101)})),
        "channelId"
    );
}

fn live(security: Value, extra: Value) -> Value {
    let mut input = json!({"id": "live-1", "security": security});
    for (k, v) in extra.as_object().unwrap() {
        input[k] = v.clone();
    }
    input
}

fn public() -> Value {
    json!({"privacy": {"type": "SECURITY_PRIVACY_TYPE_PUBLIC"}})
}

fn with_watermark(watermark: Value) -> Value {
    json!({"privacy": {"type": "SECURITY_PRIVACY_TYPE_PUBLIC"}, "watermark": watermark})
}

#[test]
fn blendvision_required_fields_lengths_and_patterns() {
    accepted(LIVE, live(public(), json!({})));
    assert_eq!(
        problem(LIVE, json!({"id": "live-1"})),
        ("security".into(), "Security is required.".into())
    );
    assert_eq!(field(LIVE, live(public(), json!({"id": ""}))), "id");
    assert_eq!(
        field(LIVE, live(json!({"privacy": {}}), json!({}))),
        "security.privacy.type"
    );
    assert_eq!(
        problem(LIVE, live(public(), json!({"name": "n".repeat(101)}))),
        (
            "name".into(),
            "Name must be at most 100 characters long (it has 101).".into()
        )
    );
    assert_eq!(
        problem(LIVE, live(public(), json!({"custom_id": "my id!"}))),
        (
            "custom_id".into(),
            "Custom ID may only contain letters, digits, dots, underscores and hyphens.".into()
        )
    );
    assert_eq!(
        field(LIVE, live(public(), json!({"custom_id": "a".repeat(151)}))),
        "custom_id"
    );
    assert_eq!(
        problem(
            LIVE,
            live(public(), json!({"scheduled_at": "tomorrow 9am"}))
        ),
        (
            "scheduled_at".into(),
            "Scheduled start must be a date and time such as 2025-06-01T08:00:00Z.".into()
        )
    );
    let labels: Vec<Value> = (0..21).map(|i| json!({"name": format!("l{i}")})).collect();
    assert_eq!(
        problem(
            LIVE,
            live(public(), json!({"metadata": {"labels": labels}}))
        ),
        (
            "metadata.labels".into(),
            "Labels can have at most 20 entries (it has 21).".into()
        )
    );
    assert_eq!(
        problem(
            LIVE,
            live(
                public(),
                json!({"metadata": {"labels": [{"name": "ok"}, {"name": "x".repeat(21)}]}})
            )
        ),
        (
            "metadata.labels[1].name".into(),
            "Label must be at most 20 characters long (it has 21).".into()
        )
    );
    let geo =
        json!({"privacy": {"type": "SECURITY_PRIVACY_TYPE_PUBLIC"}, "geo_control": ["TW", "jp"]});
    assert_eq!(
        problem(LIVE, live(geo, json!({}))),
        (
            "security.geo_control[1]".into(),
            "Allowed countries (entry 2) must be a two-letter country code in capitals, such as TW or JP.".into()
        )
    );
    assert_eq!(
        field(
            LIVE,
            live(
                public(),
                json!({"relay_settings": [{"type": "RELAY_TYPE_RTMP", "rtmp": {"url": "http://x"}}]})
            )
        ),
        "relay_settings[0].rtmp.url"
    );
}

#[test]
fn blendvision_privacy_token_rules() {
    let token = |t: Value| json!({"privacy": t});
    accepted(
        LIVE,
        live(
            token(json!({"type": "SECURITY_PRIVACY_TYPE_TOKEN", "token": {"device_limit": 1000}})),
            json!({}),
        ),
    );
    accepted(
        LIVE,
        live(
            token(json!({"type": "SECURITY_PRIVACY_TYPE_TOKEN", "token": {}})),
            json!({}),
        ),
    );
    assert_eq!(
        problem(
            LIVE,
            live(
                token(json!({"type": "SECURITY_PRIVACY_TYPE_TOKEN"})),
                json!({})
            )
        ),
        (
            "security.privacy.token".into(),
            "Token settings is required when Who can watch is “Token or redeem code”.".into()
        )
    );
    assert_eq!(
        problem(
            LIVE,
            live(token(json!({"type": "SECURITY_PRIVACY_TYPE_PUBLIC", "token": {"device_limit": 2}})), json!({}))
        ),
        (
            "security.privacy.token".into(),
            "Token settings is only used when Who can watch is “Token or redeem code”; leave it empty.".into()
        )
    );
    assert_eq!(
        problem(
            LIVE,
            live(
                token(
                    json!({"type": "SECURITY_PRIVACY_TYPE_TOKEN", "token": {"device_limit": 1001}})
                ),
                json!({})
            )
        ),
        (
            "security.privacy.token.device_limit".into(),
            "Devices per token must be from 0 to 1000 (not 1001).".into()
        )
    );
    assert_eq!(
        field(
            LIVE,
            live(
                token(
                    json!({"type": "SECURITY_PRIVACY_TYPE_TOKEN", "token": {"device_limit": -1}})
                ),
                json!({})
            )
        ),
        "security.privacy.token.device_limit"
    );
}

#[test]
fn blendvision_watermark_rules() {
    let full = json!({"enabled": true, "type": "WATERMARK_TYPE_USER_ID",
                      "position": "WATERMARK_POSITION_TOP_LEFT", "size": 50});
    accepted(LIVE, live(with_watermark(full.clone()), json!({})));
    accepted(
        LIVE,
        live(with_watermark(json!({"enabled": false})), json!({})),
    );
    let change = |key: &str, value: Value| {
        let mut w = full.clone();
        w[key] = value;
        live(with_watermark(w), json!({}))
    };
    assert_eq!(
        problem(LIVE, change("size", json!(60))),
        (
            "security.watermark.size".into(),
            "Size must be from 1 to 50 (not 60).".into()
        )
    );
    assert_eq!(
        field(LIVE, change("size", json!(0.5))),
        "security.watermark.size"
    );
    assert_eq!(
        problem(
            LIVE,
            live(with_watermark(json!({"enabled": true})), json!({}))
        ),
        (
            "security.watermark.type".into(),
            "Watermark type is required when Watermark on is “on”.".into()
        )
    );
    let fields: Vec<String> = refused(
        LIVE,
        live(with_watermark(json!({"enabled": true})), json!({})),
    )
    .problems()
    .iter()
    .map(|p| p.field.clone())
    .collect();
    assert_eq!(
        fields,
        [
            "security.watermark.type",
            "security.watermark.position",
            "security.watermark.size"
        ]
    );
    assert_eq!(
        problem(LIVE, change("type", json!("WATERMARK_TYPE_IMAGE"))),
        (
            "security.watermark.image".into(),
            "Image is required when Watermark type is “Image”.".into()
        )
    );
    assert_eq!(
        field(LIVE, change("image", json!({"library_id": "img"}))),
        "security.watermark.image"
    );
    assert_eq!(
        problem(LIVE, change("position", json!("WATERMARK_POSITION_CUSTOM"))),
        (
            "security.watermark.offset".into(),
            "Offset is required when Position is “Custom”.".into()
        )
    );
    let mut custom = full.clone();
    custom["position"] = json!("WATERMARK_POSITION_CUSTOM");
    custom["offset"] = json!({"x": 0, "y": 100});
    assert_eq!(
        problem(LIVE, live(with_watermark(custom.clone()), json!({}))),
        (
            "security.watermark.offset.x".into(),
            "Horizontal position must be from 1 to 100 (not 0).".into()
        )
    );
    custom["offset"] = json!({"x": 1, "y": 101});
    assert_eq!(
        field(LIVE, live(with_watermark(custom), json!({}))),
        "security.watermark.offset.y"
    );
    assert_eq!(
        field(LIVE, change("offset", json!({"x": 5, "y": 5}))),
        "security.watermark.offset"
    );
}

#[test]
fn blendvision_other_conditional_rules() {
    let p = |extra: Value| problem(LIVE, live(public(), extra));
    assert_eq!(
        p(json!({"interaction": {"chatroom": {"live": {"enabled": true}}}})),
        (
            "interaction.chatroom.live.theme".into(),
            "Theme is required when Chatroom on is “on”.".into()
        )
    );
    accepted(
        LIVE,
        live(
            public(),
            json!({"interaction": {"chatroom": {"vod": {"enabled": false}}}}),
        ),
    );
    assert_eq!(
        p(json!({"cover_images": {"end": {"type": "COVER_IMAGE_TYPE_CUSTOMIZE"}}})).0,
        "cover_images.end.customize"
    );
    assert_eq!(
        p(json!({"cover_images": {"close": {"type": "COVER_IMAGE_TYPE_AUTO", "customize": {"library_id": "c"}}}})).0,
        "cover_images.close.customize"
    );
    assert_eq!(
        p(json!({"source": {"type": "LIVE_SOURCE_TYPE_LIBRARY"}})).0,
        "source.library"
    );
    let vod = |v: Value| {
        let mut base = json!({"source": "LIVE_VOD_SOURCE_CATCHUP",
            "started_at": "2025-07-01T12:00:00Z", "ended_at": "2025-07-02T12:00:00Z"});
        for (k, x) in v.as_object().unwrap() {
            base[k] = x.clone();
        }
        json!({"live_vod": base})
    };
    accepted(LIVE, live(public(), vod(json!({}))));
    assert_eq!(
        p(vod(json!({"source": "LIVE_VOD_SOURCE_REPLACE"}))).0,
        "live_vod.replace"
    );
    assert_eq!(
        p(vod(json!({"playback": {"id": "v"}}))).0,
        "live_vod.playback"
    );
    assert_eq!(
        p(vod(json!({"ended_at": "2025-07-01T11:00:00+00:00"}))),
        (
            "live_vod.ended_at".into(),
            "Available until must be later than Available from.".into()
        )
    );
    assert_eq!(
        p(json!({"live_vod": {"source": "LIVE_VOD_SOURCE_CATCHUP"}})).0,
        "live_vod.started_at"
    );
    assert_eq!(
        p(json!({"relay_settings": [{"type": "RELAY_TYPE_RTMP"}]})).0,
        "relay_settings[0].rtmp"
    );
    assert_eq!(
        p(json!({"byo_cdn": {"enabled": true}})).0,
        "byo_cdn.byo_cdn_setting_id"
    );
    assert_eq!(
        p(json!({"showroom": {"questionnaire": {"enabled": true}}})).0,
        "showroom.questionnaire.form_id"
    );
    let options = |o: Value| json!({"interaction": {"chatroom": {"options": o}}});
    accepted(
        LIVE,
        live(
            public(),
            options(json!({"message_ttl": "0s", "message_batch_window": "60s"})),
        ),
    );
    assert_eq!(
        p(options(json!({"message_ttl": "1209601s"}))),
        (
            "interaction.chatroom.options.message_ttl".into(),
            "Message retention must be from 0s to 1209600s.".into()
        )
    );
    assert_eq!(
        p(options(json!({"message_batch_window": "0.4s"}))).0,
        "interaction.chatroom.options.message_batch_window"
    );
    assert_eq!(
        p(options(json!({"message_ttl": "1h"}))).1,
        "Message retention must be a number of seconds followed by s, such as 3600s or 0.5s."
    );
}

fn caster(extra: Value) -> Value {
    let mut input = json!({"CasterId": "c1"});
    for (k, v) in extra.as_object().unwrap() {
        input[k] = v.clone();
    }
    input
}

#[test]
fn alibaba_set_caster_config() {
    accepted(CASTER, caster(json!({})));
    let p = |extra: Value| problem(CASTER, caster(extra));
    assert_eq!(problem(CASTER, json!({})).0, "CasterId");
    assert_eq!(
        p(json!({"Delay": 301})),
        (
            "Delay".into(),
            "Delay must be from 0 to 300 (not 301).".into()
        )
    );
    assert_eq!(p(json!({"Delay": -1})).0, "Delay");
    accepted(CASTER, caster(json!({"Delay": 300})));
    let urls: Vec<String> = (0..21).map(|i| format!("rtmp://d/app/s{i}")).collect();
    assert_eq!(
        p(json!({"SideOutputUrlList": urls})),
        (
            "SideOutputUrlList".into(),
            "More output addresses can have at most 20 entries (it has 21).".into()
        )
    );
    accepted(CASTER, caster(json!({"SideOutputUrlList": urls[..20]})));
    assert_eq!(
        p(json!({"SideOutputUrlList": ["rtmp://d/a/s", "https://d/a/s"]})),
        (
            "SideOutputUrlList[1]".into(),
            "More output addresses (entry 2) must be an RTMP address starting with rtmp://.".into()
        )
    );
    assert_eq!(p(json!({"SideOutputUrl": "http://d/a"})).0, "SideOutputUrl");
    assert_eq!(p(json!({"CallbackUrl": "ftp://d/a"})).0, "CallbackUrl");
    assert_eq!(
        p(json!({"UrgentImageUrl": "image.jpg"})).0,
        "UrgentImageUrl"
    );
    assert_eq!(
        p(json!({"ChannelEnable": 2})),
        (
            "ChannelEnable".into(),
            "Channels must be one of “Off: layouts use the video sources directly”, “On: layouts use channels (cannot be turned off again)”.".into()
        )
    );
    assert_eq!(p(json!({"ProgramEffect": true})).0, "ProgramEffect");
    assert_eq!(
        p(json!({"TranscodeConfig": {"CasterTemplate": "lp_8k"}})).0,
        "TranscodeConfig.CasterTemplate"
    );
    assert_eq!(
        p(json!({"TranscodeConfig": {"CasterTemplate": "lp_sd", "LiveTemplate": ["lld", "4k"]}})).0,
        "TranscodeConfig.LiveTemplate[1]"
    );
    assert_eq!(
        p(json!({"TranscodeConfig": {}})).0,
        "TranscodeConfig.CasterTemplate"
    );
    let record = |formats: Value| json!({"RecordConfig": {"endpoint": "oss-cn-shanghai.aliyuncs.com", "ossBucket": "b", "videoFormat": formats}});
    accepted(
        CASTER,
        caster(record(
            json!([{"Format": "mp4", "OssObjectPrefix": "r/{StreamName}"}]),
        )),
    );
    assert_eq!(
        p(record(json!([]))),
        (
            "RecordConfig.videoFormat".into(),
            "Recording formats needs at least 1 entry.".into()
        )
    );
    assert_eq!(
        p(record(json!([{"Format": "avi", "OssObjectPrefix": "r"}]))).0,
        "RecordConfig.videoFormat[0].Format"
    );
    assert_eq!(
        p(record(
            json!([{"Format": "flv", "OssObjectPrefix": "r", "CycleDuration": 10}])
        )),
        (
            "RecordConfig.videoFormat[0].CycleDuration".into(),
            "Recording cycle must be from 15 to 21600 (not 10).".into()
        )
    );
    assert_eq!(
        p(record(
            json!([{"Format": "flv", "OssObjectPrefix": "r", "SliceOssObjectPrefix": "s"}])
        )),
        (
            "RecordConfig.videoFormat[0].SliceOssObjectPrefix".into(),
            "Segment name pattern is only used when File format is “Streaming segments for players (HLS, m3u8)”; leave it empty."
                .into()
        )
    );
    assert_eq!(
        p(json!({"RecordConfig": {"ossBucket": "b", "videoFormat": []}})).0,
        "RecordConfig.endpoint"
    );
    let sync = |group: Value| json!({"SyncGroupsConfig": [group]});
    accepted(
        CASTER,
        caster(sync(json!({"mode": 1, "resourceIds": ["a", "b"]}))),
    );
    assert_eq!(
        p(sync(json!({"mode": 0, "resourceIds": ["a"]}))),
        (
            "SyncGroupsConfig[0].hostResourceId".into(),
            "Streamer's video source is required when Mode is “Streamer: the sources follow the streamer's video”.".into()
        )
    );
    assert_eq!(
        p(sync(
            json!({"mode": 1, "resourceIds": ["a"], "hostResourceId": "h"})
        ))
        .0,
        "SyncGroupsConfig[0].hostResourceId"
    );
    assert_eq!(
        p(sync(json!({"mode": 1, "resourceIds": []}))).0,
        "SyncGroupsConfig[0].resourceIds"
    );
    assert_eq!(
        p(sync(json!({"mode": 3, "resourceIds": ["a"]}))).0,
        "SyncGroupsConfig[0].mode"
    );
    assert_eq!(
        p(json!({"AutoSwitchUrgentConfig": {"eofThres": -3}})).0,
        "AutoSwitchUrgentConfig.eofThres"
    );
    assert_eq!(
        p(json!({"AutoSwitchUrgentOn": "true"})).0,
        "AutoSwitchUrgentOn"
    );
}

#[test]
fn null_means_empty_everywhere() {
    accepted(
        BACKUP,
        json!({"publish_domain": "d", "stream_backup_enable": null}),
    );
    accepted(
        LIVE,
        json!({"id": "l", "name": null, "security": {"privacy": {"type": "SECURITY_PRIVACY_TYPE_PUBLIC", "token": null}, "watermark": null}}),
    );
    assert_eq!(
        field(BACKUP, json!({"publish_domain": null})),
        "publish_domain"
    );
    assert_eq!(
        problem(
            CASTER,
            caster(json!({"SideOutputUrlList": ["rtmp://a/b/c", null]}))
        ),
        (
            "SideOutputUrlList[1]".into(),
            "More output addresses (entry 2) is empty: fill it in or remove it.".into()
        )
    );
}
