//! Undo: the current state read before a change (`current_input`, what the engine keeps as
//! "state before"), sent again with `prepare` + `execute`, puts the sandbox back exactly as
//! it was: read current → change → re-apply the saved input → read again equals the first
//! read.

use livedesk_http::{Target, Vendor};
use livedesk_operations::{current_input, load_current, prepare};
use livedesk_sandbox::seed;
use livedesk_signing::Scheme;
use serde_json::{json, Value};

use crate::common::*;

async fn send(world: &World, target: &Target, op: &str, input: &Value) {
    let call = prepare(op, input, target).unwrap();
    world.send(&call, target).await.unwrap();
}

/// The read's answer without what changes on every call.
async fn read_raw(world: &World, target: &Target, op: &str, keys: &Value) -> Value {
    let mut raw = load_current(&world.client, target, op, keys)
        .await
        .unwrap()
        .raw;
    if let Value::Object(map) = &mut raw {
        map.remove("RequestId");
    }
    raw
}

#[tokio::test]
async fn huawei_stream_backup_is_restored() {
    let (world, target) = World::with_account(Vendor::Huawei).await;
    let op = "huawei.stream_backup";
    let keys = json!({"publish_domain": seed::HUAWEI_PUBLISH_DOMAIN});
    let first = read_raw(&world, &target, op, &keys).await;
    let before = current_input(&world.client, &target, op, &keys)
        .await
        .unwrap();

    let change =
        json!({"publish_domain": seed::HUAWEI_PUBLISH_DOMAIN, "stream_backup_enable": true});
    send(&world, &target, op, &change).await;
    assert_eq!(
        read_raw(&world, &target, op, &keys).await["stream_backup_enable"],
        true
    );

    send(&world, &target, op, &before).await;
    assert_eq!(read_raw(&world, &target, op, &keys).await, first);
    assert_eq!(first["stream_backup_enable"], false);
}

#[tokio::test]
async fn naver_switch_is_undone_by_switching_again() {
    let (world, target) = World::with_account(Vendor::Naver).await;
    let op = "naver.switch_stream";
    let keys = json!({"channelId": seed::NAVER_PUBLISHING_CHANNEL});
    let first = read_raw(&world, &target, op, &keys).await;
    let before = current_input(&world.client, &target, op, &keys)
        .await
        .unwrap();

    send(&world, &target, op, &keys).await;
    let switched = read_raw(&world, &target, op, &keys).await;
    assert_eq!(switched["content"]["isPublishingBackUp"], true);

    send(&world, &target, op, &before).await;
    assert_eq!(read_raw(&world, &target, op, &keys).await, first);
}

#[tokio::test]
async fn blendvision_update_is_restored_in_every_mutable_field() {
    let (world, target) = World::with_account(Vendor::BlendVision).await;
    let op = "blendvision.update_live";
    for id in [seed::BLENDVISION_LIVE_ID, seed::BLENDVISION_ON_AIR_LIVE_ID] {
        let keys = json!({"id": id});
        let before = current_input(&world.client, &target, op, &keys)
            .await
            .unwrap();
        let first_raw = read_raw(&world, &target, op, &keys).await;

        // Changes in every section, sections the live did not have included.
        let mut change = before.clone();
        change["name"] = json!("Changed name");
        change["custom_id"] = json!("changed.1");
        change["security"]["privacy"] = json!({"type": "SECURITY_PRIVACY_TYPE_PUBLIC"});
        change["security"]["watermark"] = json!({"enabled": true, "type": "WATERMARK_TYPE_USER_ID",
            "position": "WATERMARK_POSITION_CUSTOM", "size": 12, "offset": {"x": 3, "y": 4}});
        change["security"]["domain_control"] =
            json!({"enabled": true, "domains": ["www.example.com"]});
        change["cover_images"] = json!({"end": {"type": "COVER_IMAGE_TYPE_CUSTOMIZE", "customize": {"library_id": "img"}}});
        change["metadata"] = json!({"short_description": "New", "labels": [{"name": "news"}]});
        change["showroom"] = json!({"model": {"theme": "dark"}, "libraries": [{"id": "lib-1"}]});
        change["interaction"] = json!({"poll_enabled": true,
            "chatroom": {"live": {"enabled": true, "theme": "CHATROOM_THEME_DARK"}}});
        change["byo_cdn"] = json!({"enabled": true, "byo_cdn_setting_id": "cdn-1"});
        change["player"] = json!({"player_setting_id": "player-1"});
        change["save_for_download_enabled"] = json!(true);
        change["relay_settings"] = json!([{"type": "RELAY_TYPE_RTMP", "display_name": "YouTube",
            "is_enabled": true, "rtmp": {"url": "rtmp://a.rtmp.youtube.com/live2", "stream_key": "k"}}]);
        send(&world, &target, op, &change).await;
        let changed = current_input(&world.client, &target, op, &keys)
            .await
            .unwrap();
        assert_eq!(
            changed["security"]["watermark"]["size"].as_f64(),
            Some(12.0),
            "{id}"
        );
        assert_eq!(
            changed["relay_settings"][0]["display_name"], "YouTube",
            "{id}"
        );

        send(&world, &target, op, &before).await;
        let after = current_input(&world.client, &target, op, &keys)
            .await
            .unwrap();
        // `name`: BlendVision keeps what an update leaves out, so only a value read before
        // can be put back; `custom_id` was empty before and stays "changed.1" (see README).
        let mut expected = before.clone();
        expected["custom_id"] = json!("changed.1");
        assert_eq!(after, expected, "{id}");
        // The immutable fields were sent back unchanged and kept.
        let raw = read_raw(&world, &target, op, &keys).await;
        assert_eq!(
            raw["live"]["security"]["geo_control"],
            first_raw["live"]["security"]["geo_control"]
        );
        assert_eq!(
            raw["live"]["security"]["protection"],
            first_raw["live"]["security"]["protection"]
        );
    }
}

#[tokio::test]
async fn alibaba_set_caster_config_is_restored_exactly() {
    for scheme in [Scheme::AlibabaRpcHmacSha1, Scheme::AlibabaAcs3HmacSha256] {
        let world = World::start().await;
        let mut target = world.target(Vendor::Alibaba);
        target.scheme = scheme;
        let op = "alibaba.set_caster_config";
        for caster in [
            seed::ALIBABA_IDLE_CASTER,
            seed::ALIBABA_STREAMING_CASTER,
            seed::ALIBABA_BARE_CASTER,
        ] {
            let keys = json!({"CasterId": caster});
            let first = read_raw(&world, &target, op, &keys).await;
            let before = current_input(&world.client, &target, op, &keys)
                .await
                .unwrap();

            let mut change = before.clone();
            let form = change.as_object_mut().unwrap();
            form.remove("RecordConfig");
            form.remove("DomainName");
            form.insert("Delay".into(), json!(7.5));
            form.insert(
                "SideOutputUrlList".into(),
                json!(["rtmp://x.example.com/a/b"]),
            );
            form.insert(
                "TranscodeConfig".into(),
                json!({"CasterTemplate": "lp_ud", "LiveTemplate": ["lud"]}),
            );
            form.insert(
                "SyncGroupsConfig".into(),
                json!([{"mode": 0, "resourceIds": ["r1"], "hostResourceId": "h1"}]),
            );
            form.insert("AutoSwitchUrgentOn".into(), json!(false));
            send(&world, &target, op, &change).await;
            let changed = read_raw(&world, &target, op, &keys).await;
            assert_ne!(changed, first, "{caster}");
            assert_eq!(changed["Delay"], 7.5);

            send(&world, &target, op, &before).await;
            assert_eq!(
                read_raw(&world, &target, op, &keys).await,
                first,
                "{caster} {scheme:?}"
            );
        }
    }
}
