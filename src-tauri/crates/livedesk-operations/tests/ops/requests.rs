//! Each operation builds exactly the vendor's request from a filled form: method, URL with
//! its query, the headers that matter, and the body bytes. The expected requests are written
//! out by hand from the vendors' API reference pages (linked from docs/vendors/).

use livedesk_http::Vendor;
use livedesk_operations::prepare;
use livedesk_signing::Scheme;
use serde_json::json;

use crate::common::*;

#[test]
fn huawei_stream_backup_is_the_documented_put() {
    let target = remote_target(Vendor::Huawei);
    let input = json!({"publish_domain": "live.push.example.com", "stream_backup_enable": true});
    let call = prepare("huawei.stream_backup", &input, &target).unwrap();
    let request = call.request();
    assert_eq!(request.method, "PUT");
    assert_eq!(
        request.url,
        format!("{HUAWEI_ENDPOINT}/v1/{HUAWEI_PROJECT}/domain/stream-backup")
    );
    assert_eq!(
        request.headers,
        vec![(
            "Content-Type".to_owned(),
            "application/json; charset=utf-8".to_owned()
        )]
    );
    assert_eq!(
        body(&call),
        r#"{"publish_domain":"live.push.example.com","stream_backup_enable":true}"#
    );
}

#[test]
fn huawei_stream_backup_defaults_to_off_and_escapes_non_ascii_like_the_sdk() {
    let target = remote_target(Vendor::Huawei);
    let input = json!({"publish_domain": "直播.example.com"});
    let call = prepare("huawei.stream_backup", &input, &target).unwrap();
    assert_eq!(
        body(&call),
        r#"{"publish_domain":"\u76f4\u64ad.example.com","stream_backup_enable":false}"#
    );
}

#[test]
fn huawei_project_comes_from_the_credentials_when_the_account_has_none() {
    let mut target = remote_target(Vendor::Huawei);
    target.project_id = None;
    target.credentials = target
        .credentials
        .clone()
        .with_project_id("from-credentials");
    let input = json!({"publish_domain": "d.example.com"});
    let call = prepare("huawei.stream_backup", &input, &target).unwrap();
    assert!(call.request().url.contains("/v1/from-credentials/domain/"));
    target.credentials = livedesk_signing::Credentials::huawei("AK", "SK");
    let error = prepare("huawei.stream_backup", &input, &target).unwrap_err();
    assert_eq!(error.code(), "account.invalid");
    assert_eq!(error.field(), Some("project_id"));
}

#[test]
fn huawei_record_control_puts_the_action_in_the_query() {
    let target = remote_target(Vendor::Huawei);
    let input = json!({"action": "START", "publish_domain": "publish.example.com", "app": "live", "stream": "mystream"});
    let call = prepare("huawei.record_control", &input, &target).unwrap();
    let request = call.request();
    assert_eq!(request.method, "POST");
    assert_eq!(
        request.url,
        format!("{HUAWEI_ENDPOINT}/v1/{HUAWEI_PROJECT}/record/control?action=START")
    );
    assert_eq!(
        header(&call, "Content-Type"),
        Some("application/json; charset=utf-8")
    );
    assert_eq!(
        body(&call),
        r#"{"publish_domain":"publish.example.com","app":"live","stream":"mystream"}"#
    );
    let stop =
        json!({"action": "STOP", "publish_domain": "p.example.com", "app": "a", "stream": "s"});
    let call = prepare("huawei.record_control", &stop, &target).unwrap();
    assert!(call.request().url.ends_with("/record/control?action=STOP"));
}

#[test]
fn naver_switch_stream_has_the_channel_in_the_path_and_the_region_header() {
    let target = remote_target(Vendor::Naver);
    let input = json!({"channelId": "ls-20250814123456-zTwK2"});
    let call = prepare("naver.switch_stream", &input, &target).unwrap();
    let request = call.request();
    assert_eq!(request.method, "PUT");
    assert_eq!(
        request.url,
        format!("{NAVER_ENDPOINT}/api/v2/channels/ls-20250814123456-zTwK2/switch-stream")
    );
    assert_eq!(
        request.headers,
        vec![
            ("x-ncp-region_code".to_owned(), "KR".to_owned()),
            ("Content-Type".to_owned(), "application/json".to_owned()),
        ]
    );
    assert_eq!(request.body, None);

    // The account's region wins over the default; ids are encoded as one path segment.
    let mut target = target;
    target.region = Some("FKR".into());
    let input = json!({"channelId": "ls/../x?y"});
    let call = prepare("naver.switch_stream", &input, &target).unwrap();
    assert_eq!(header(&call, "x-ncp-region_code"), Some("FKR"));
    assert_eq!(
        call.request().url,
        format!("{NAVER_ENDPOINT}/api/v2/channels/ls%2F..%2Fx%3Fy/switch-stream")
    );
}

#[test]
fn blendvision_update_live_sends_the_body_at_top_level() {
    let target = remote_target(Vendor::BlendVision);
    let input = json!({
        "id": "860d49b8-2ca8-4030-b5ff-f6ec3a1c6196",
        "name": "Amazing Live",
        "security": {"privacy": {"type": "SECURITY_PRIVACY_TYPE_PUBLIC"}}
    });
    let call = prepare("blendvision.update_live", &input, &target).unwrap();
    let request = call.request();
    assert_eq!(request.method, "PUT");
    assert_eq!(
        request.url,
        format!("{BLENDVISION_ENDPOINT}/bv/cms/v1/lives/860d49b8-2ca8-4030-b5ff-f6ec3a1c6196")
    );
    assert_eq!(
        request.headers,
        vec![("Content-Type".to_owned(), "application/json".to_owned())]
    );
    assert_eq!(
        body(&call),
        r#"{"name":"Amazing Live","security":{"privacy":{"type":"SECURITY_PRIVACY_TYPE_PUBLIC"}}}"#
    );
}

/// Every field of `UpdateLiveBody` filled in, and the exact body that comes out: the vendor's
/// names and nesting, in the vendor's order, nothing added.
#[test]
fn blendvision_update_live_carries_every_field() {
    let target = remote_target(Vendor::BlendVision);
    let input = json!({
        "id": "live-1",
        "name": "Launch",
        "custom_id": "launch-2025.v1",
        "source": {"type": "LIVE_SOURCE_TYPE_LIBRARY", "library": {"id": "lib-video-1"}},
        "scheduled_at": "2025-07-01T10:00:00Z",
        "live_vod": {"source": "LIVE_VOD_SOURCE_REPLACE", "replace": {"id": "vod-1"},
                     "started_at": "2025-07-01T12:00:00Z", "ended_at": "2025-08-01T00:00:00Z"},
        "security": {
            "privacy": {"type": "SECURITY_PRIVACY_TYPE_TOKEN", "token": {"device_limit": 3}},
            "watermark": {"enabled": true, "type": "WATERMARK_TYPE_IMAGE",
                          "position": "WATERMARK_POSITION_CUSTOM", "image": {"library_id": "img-1"},
                          "size": 12.5, "offset": {"x": 10, "y": 90}},
            "domain_control": {"enabled": true, "domains": ["www.example.com"]},
            "protection": {"type": "PROTECTION_TYPE_DRM"},
            "geo_control": ["TW", "JP"]
        },
        "cover_images": {
            "ready_to_start": {"type": "COVER_IMAGE_TYPE_CUSTOMIZE", "customize": {"library_id": "c1"}},
            "preview": {"type": "COVER_IMAGE_TYPE_AUTO"},
            "player_pause": {"type": "COVER_IMAGE_TYPE_AUTO"},
            "signal_interruption": {"type": "COVER_IMAGE_TYPE_CUSTOMIZE", "customize": {"library_id": "c2"}},
            "end": {"type": "COVER_IMAGE_TYPE_AUTO"},
            "close": {"type": "COVER_IMAGE_TYPE_AUTO"}
        },
        "metadata": {"short_description": "Short", "long_description": "Long",
                     "labels": [{"name": "news"}, {"name": "sports"}]},
        "showroom": {"model": {"layout": "grid"}, "libraries": [{"id": "asset-1"}],
                     "questionnaire": {"form_id": "form-1", "enabled": true}},
        "interaction": {"poll_enabled": true, "chatroom": {
            "live": {"enabled": true, "theme": "CHATROOM_THEME_DARK", "mode": "CHATROOM_MODE_ALL_TO_ONE"},
            "vod": {"enabled": false},
            "options": {"custom_counter_keys": ["likes"], "message_ttl": "3600s",
                        "message_batch_window": "0.5s", "broadcast_setting": {"viewer_metrics_enabled": true}}
        }},
        "byo_cdn": {"enabled": true, "byo_cdn_setting_id": "cdn-1"},
        "player": {"player_setting_id": "player-1"},
        "save_for_download_enabled": false,
        "relay_settings": [{"type": "RELAY_TYPE_RTMP", "display_name": "YouTube", "is_enabled": true,
                            "rtmp": {"url": "rtmp://a.rtmp.youtube.com/live2", "stream_key": "yt-key"}}]
    });
    let call = prepare("blendvision.update_live", &input, &target).unwrap();
    assert_eq!(
        call.request().url,
        format!("{BLENDVISION_ENDPOINT}/bv/cms/v1/lives/live-1")
    );
    let expected = concat!(
        r#"{"name":"Launch","custom_id":"launch-2025.v1","#,
        r#""source":{"type":"LIVE_SOURCE_TYPE_LIBRARY","library":{"id":"lib-video-1"}},"#,
        r#""scheduled_at":"2025-07-01T10:00:00Z","#,
        r#""live_vod":{"source":"LIVE_VOD_SOURCE_REPLACE","replace":{"id":"vod-1"},"started_at":"2025-07-01T12:00:00Z","ended_at":"2025-08-01T00:00:00Z"},"#,
        r#""security":{"privacy":{"type":"SECURITY_PRIVACY_TYPE_TOKEN","token":{"device_limit":3}},"#,
        r#""watermark":{"enabled":true,"type":"WATERMARK_TYPE_IMAGE","position":"WATERMARK_POSITION_CUSTOM","image":{"library_id":"img-1"},"size":12.5,"offset":{"x":10,"y":90}},"#,
        r#""domain_control":{"enabled":true,"domains":["www.example.com"]},"#,
        r#""protection":{"type":"PROTECTION_TYPE_DRM"},"geo_control":["TW","JP"]},"#,
        r#""cover_images":{"ready_to_start":{"type":"COVER_IMAGE_TYPE_CUSTOMIZE","customize":{"library_id":"c1"}},"#,
        r#""preview":{"type":"COVER_IMAGE_TYPE_AUTO"},"player_pause":{"type":"COVER_IMAGE_TYPE_AUTO"},"#,
        r#""signal_interruption":{"type":"COVER_IMAGE_TYPE_CUSTOMIZE","customize":{"library_id":"c2"}},"#,
        r#""end":{"type":"COVER_IMAGE_TYPE_AUTO"},"close":{"type":"COVER_IMAGE_TYPE_AUTO"}},"#,
        r#""metadata":{"short_description":"Short","long_description":"Long","labels":[{"name":"news"},{"name":"sports"}]},"#,
        r#""showroom":{"model":{"layout":"grid"},"libraries":[{"id":"asset-1"}],"questionnaire":{"form_id":"form-1","enabled":true}},"#,
        r#""interaction":{"poll_enabled":true,"chatroom":{"live":{"enabled":true,"theme":"CHATROOM_THEME_DARK","mode":"CHATROOM_MODE_ALL_TO_ONE"},"#,
        r#""vod":{"enabled":false},"options":{"custom_counter_keys":["likes"],"message_ttl":"3600s","message_batch_window":"0.5s","broadcast_setting":{"viewer_metrics_enabled":true}}}},"#,
        r#""byo_cdn":{"enabled":true,"byo_cdn_setting_id":"cdn-1"},"player":{"player_setting_id":"player-1"},"#,
        r#""save_for_download_enabled":false,"#,
        r#""relay_settings":[{"type":"RELAY_TYPE_RTMP","display_name":"YouTube","is_enabled":true,"rtmp":{"url":"rtmp://a.rtmp.youtube.com/live2","stream_key":"yt-key"}}]}"#
    );
    assert_eq!(body(&call), expected);
}

fn full_caster_input() -> serde_json::Value {
    json!({
        "CasterId": "a2b8e671-2fe5-4642-a2ec-bf93880e0001",
        "CasterName": "Studio A",
        "DomainName": "example.com",
        "TranscodeConfig": {"CasterTemplate": "lp_ld", "LiveTemplate": ["lld"]},
        "RecordConfig": {
            "endpoint": "oss-cn-shanghai.aliyuncs.com",
            "ossBucket": "liveBucket",
            "videoFormat": [
                {"Format": "m3u8", "OssObjectPrefix": "record/{AppName}/{StreamName}/{StartTime}_{EndTime}",
                 "SliceOssObjectPrefix": "record/{AppName}/{StreamName}/{UnixTimestamp}", "CycleDuration": 21600},
                {"Format": "flv", "OssObjectPrefix": "record/{AppName}/{StreamName}/{StartTime}_{EndTime}",
                 "CycleDuration": 21600}
            ],
            "interval": 5
        },
        "Delay": 0,
        "UrgentMaterialId": "a2b8e671",
        "UrgentLiveStreamUrl": "rtmp://demo.aliyundoc.com/app/standby",
        "SideOutputUrl": "rtmp://push.example.com/caster/out",
        "SideOutputUrlList": ["rtmp://domain/app1/stream1", "rtmp://domain/app2/stream2"],
        "CallbackUrl": "http://hooks.example.com/caster",
        "ProgramEffect": 1,
        "ProgramName": "program_name",
        "ChannelEnable": 1,
        "SyncGroupsConfig": [{"mode": 0, "resourceIds": ["r1", "r2"], "hostResourceId": "h1"}],
        "UrgentImageId": "a089175eb5f4427684fc0715159a0001",
        "UrgentImageUrl": "http://learn.aliyundoc.com/AppName/image.jpg",
        "AutoSwitchUrgentOn": true,
        "AutoSwitchUrgentConfig": {"eofThres": 3}
    })
}

/// Every parameter in the query, the structured ones as JSON strings with the vendor's key
/// casing (TranscodeConfig UpperCamel; RecordConfig lowerCamel outside, UpperCamel inside;
/// SyncGroupsConfig lowerCamel).
#[test]
fn alibaba_set_caster_config_puts_every_parameter_in_the_query() {
    let target = remote_target(Vendor::Alibaba);
    let call = prepare("alibaba.set_caster_config", &full_caster_input(), &target).unwrap();
    let request = call.request();
    assert_eq!(request.method, "POST");
    assert!(request.url.starts_with(&format!("{ALIBABA_ENDPOINT}/?Action=SetCasterConfig&Version=2016-11-01&RegionId=cn-shanghai&CasterId=a2b8e671-2fe5-4642-a2ec-bf93880e0001&CasterName=Studio%20A&")));
    assert!(request.headers.is_empty(), "{:?}", request.headers);
    assert_eq!(request.body, None);
    let expected: Vec<(&str, &str)> = vec![
        ("Action", "SetCasterConfig"),
        ("Version", "2016-11-01"),
        ("RegionId", "cn-shanghai"),
        ("CasterId", "a2b8e671-2fe5-4642-a2ec-bf93880e0001"),
        ("CasterName", "Studio A"),
        ("DomainName", "example.com"),
        (
            "TranscodeConfig",
            r#"{"CasterTemplate":"lp_ld","LiveTemplate":["lld"]}"#,
        ),
        (
            "RecordConfig",
            r#"{"endpoint":"oss-cn-shanghai.aliyuncs.com","ossBucket":"liveBucket","videoFormat":[{"Format":"m3u8","OssObjectPrefix":"record/{AppName}/{StreamName}/{StartTime}_{EndTime}","SliceOssObjectPrefix":"record/{AppName}/{StreamName}/{UnixTimestamp}","CycleDuration":21600},{"Format":"flv","OssObjectPrefix":"record/{AppName}/{StreamName}/{StartTime}_{EndTime}","CycleDuration":21600}],"interval":5}"#,
        ),
        ("Delay", "0"),
        ("UrgentMaterialId", "a2b8e671"),
        (
            "UrgentLiveStreamUrl",
            "rtmp://demo.aliyundoc.com/app/standby",
        ),
        ("SideOutputUrl", "rtmp://push.example.com/caster/out"),
        (
            "SideOutputUrlList",
            r#"["rtmp://domain/app1/stream1","rtmp://domain/app2/stream2"]"#,
        ),
        ("CallbackUrl", "http://hooks.example.com/caster"),
        ("ProgramEffect", "1"),
        ("ProgramName", "program_name"),
        ("ChannelEnable", "1"),
        (
            "SyncGroupsConfig",
            r#"[{"mode":0,"resourceIds":["r1","r2"],"hostResourceId":"h1"}]"#,
        ),
        ("UrgentImageId", "a089175eb5f4427684fc0715159a0001"),
        (
            "UrgentImageUrl",
            "http://learn.aliyundoc.com/AppName/image.jpg",
        ),
        ("AutoSwitchUrgentOn", "true"),
        ("AutoSwitchUrgentConfig", r#"{"eofThres":3}"#),
    ];
    let pairs = query_pairs(&request.url);
    let pairs: Vec<(&str, &str)> = pairs
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    assert_eq!(pairs, expected);
    // RFC 3986 encoding: no `+` for spaces, JSON punctuation percent-encoded.
    assert!(request.url.contains("&TranscodeConfig=%7B%22CasterTemplate%22%3A%22lp_ld%22%2C%22LiveTemplate%22%3A%5B%22lld%22%5D%7D&"));
}

#[test]
fn alibaba_v3_names_the_action_in_headers_and_fractional_delays_stay() {
    let mut target = remote_target(Vendor::Alibaba);
    target.scheme = Scheme::AlibabaAcs3HmacSha256;
    target.region = None;
    let input = json!({"CasterId": "c1", "Delay": 2.5});
    let call = prepare("alibaba.set_caster_config", &input, &target).unwrap();
    let request = call.request();
    assert_eq!(
        request.url,
        format!("{ALIBABA_ENDPOINT}/?CasterId=c1&Delay=2.5")
    );
    assert_eq!(
        request.headers,
        vec![
            ("x-acs-action".to_owned(), "SetCasterConfig".to_owned()),
            ("x-acs-version".to_owned(), "2016-11-01".to_owned()),
        ]
    );
}

#[test]
fn an_endpoint_with_a_path_keeps_it() {
    let mut target = remote_target(Vendor::BlendVision);
    target.endpoint = "https://gateway.example.com/bv-proxy/".into();
    let input =
        json!({"id": "l1", "security": {"privacy": {"type": "SECURITY_PRIVACY_TYPE_PUBLIC"}}});
    let call = prepare("blendvision.update_live", &input, &target).unwrap();
    assert_eq!(
        call.request().url,
        "https://gateway.example.com/bv-proxy/bv/cms/v1/lives/l1"
    );
}

#[test]
fn the_account_must_fit_the_operation() {
    let input = json!({"channelId": "ls-1"});
    let error = prepare(
        "naver.switch_stream",
        &input,
        &remote_target(Vendor::Huawei),
    )
    .unwrap_err();
    assert_eq!(error.field(), Some("vendor"));
    let mut target = remote_target(Vendor::Naver);
    target.scheme = Scheme::HuaweiSdkHmacSha256;
    assert_eq!(
        prepare("naver.switch_stream", &input, &target)
            .unwrap_err()
            .field(),
        Some("scheme")
    );
    let mut target = remote_target(Vendor::Naver);
    target.endpoint = "http://livestation.apigw.ntruss.com".into();
    assert_eq!(
        prepare("naver.switch_stream", &input, &target)
            .unwrap_err()
            .code(),
        "endpoint.not_https"
    );
    let error = prepare("naver.nothing", &input, &remote_target(Vendor::Naver)).unwrap_err();
    assert_eq!(error.code(), "operation.unknown");
}
