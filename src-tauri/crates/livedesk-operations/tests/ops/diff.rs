//! The review's field-by-field diff between the current state and the form to send:
//! labels from the form's titles, nested groups and lists, defaults, and values cleared.

use livedesk_http::Vendor;
use livedesk_operations::{current_input, diff, Change};
use livedesk_sandbox::seed;
use serde_json::{json, Value};

use crate::common::*;

/// A change without its display texts (checked apart, in `review.rs`).
type RawChange = (String, String, Option<Value>, Option<Value>, bool);

fn change(
    field: &str,
    label: &str,
    old: Option<Value>,
    new: Option<Value>,
    cleared: bool,
) -> RawChange {
    (field.to_owned(), label.to_owned(), old, new, cleared)
}

fn raw(changes: &[Change]) -> Vec<RawChange> {
    changes
        .iter()
        .map(|c| change(&c.field, &c.label, c.old.clone(), c.new.clone(), c.cleared))
        .collect()
}

#[tokio::test]
async fn alibaba_fields_left_empty_are_flagged_as_cleared() {
    let (world, target) = World::with_account(Vendor::Alibaba).await;
    let keys = json!({"CasterId": seed::ALIBABA_IDLE_CASTER});
    let before = current_input(&world.client, &target, "alibaba.set_caster_config", &keys)
        .await
        .unwrap();
    let mut after = before.clone();
    let form = after.as_object_mut().unwrap();
    form.remove("DomainName");
    form.insert("CallbackUrl".into(), json!(""));
    form.insert("Delay".into(), json!(10));
    form.remove("AutoSwitchUrgentConfig");
    after["TranscodeConfig"]["LiveTemplate"] = json!(["lld", "lsd"]);
    after["RecordConfig"]["videoFormat"][0]["CycleDuration"] = json!(3600);
    after["RecordConfig"]["videoFormat"]
        .as_array_mut()
        .unwrap()
        .push(json!({"Format": "flv", "OssObjectPrefix": "r/{StreamName}"}));

    let changes = diff("alibaba.set_caster_config", &before, &after);
    assert_eq!(
        raw(&changes),
        [
            change(
                "DomainName",
                "Streaming domain",
                Some(json!("live.sandbox-live.example.com")),
                None,
                true
            ),
            change(
                "TranscodeConfig.LiveTemplate",
                "Transcoding › Live transcoding templates",
                Some(json!(["lld"])),
                Some(json!(["lld", "lsd"])),
                false
            ),
            change(
                "RecordConfig.videoFormat[0].CycleDuration",
                "Recording › Recording formats #1 › Recording cycle",
                Some(json!(21600)),
                Some(json!(3600)),
                false
            ),
            change(
                "RecordConfig.videoFormat[1].Format",
                "Recording › Recording formats #2 › File format",
                None,
                Some(json!("flv")),
                false
            ),
            change(
                "RecordConfig.videoFormat[1].OssObjectPrefix",
                "Recording › Recording formats #2 › File name pattern",
                None,
                Some(json!("r/{StreamName}")),
                false
            ),
            change("Delay", "Delay", Some(json!(5)), Some(json!(10)), false),
            change(
                "CallbackUrl",
                "Callback address",
                Some(json!("https://hooks.sandbox-live.example.com/alibaba")),
                None,
                true
            ),
            change(
                "AutoSwitchUrgentConfig.eofThres",
                "Automatic switch-over › Wait before switching",
                Some(json!(3)),
                None,
                true
            ),
        ]
    );
    assert!(diff("alibaba.set_caster_config", &before, &before).is_empty());
}

#[test]
fn alibaba_a_whole_group_left_empty_clears_every_field_in_it() {
    let before = json!({"CasterId": "c", "RecordConfig": {"endpoint": "e", "ossBucket": "b",
        "videoFormat": [{"Format": "m3u8", "OssObjectPrefix": "p"}]}, "ChannelEnable": 1});
    let after = json!({"CasterId": "c"});
    let changes = diff("alibaba.set_caster_config", &before, &after);
    let fields: Vec<(&str, bool)> = changes
        .iter()
        .map(|c| (c.field.as_str(), c.cleared))
        .collect();
    assert_eq!(
        fields,
        [
            ("RecordConfig.endpoint", true),
            ("RecordConfig.ossBucket", true),
            ("RecordConfig.videoFormat[0].Format", true),
            ("RecordConfig.videoFormat[0].OssObjectPrefix", true),
            ("ChannelEnable", true),
        ]
    );
    assert_eq!(changes[4].label, "Channels");
}

#[test]
fn empty_equals_the_default_and_numbers_compare_by_value() {
    // Alibaba: Delay and ChannelEnable left empty are 0; Huawei: the switch left empty is off.
    let before =
        json!({"CasterId": "c", "Delay": 0, "ChannelEnable": 0, "AutoSwitchUrgentOn": false});
    let after = json!({"CasterId": "c", "Delay": null, "AutoSwitchUrgentOn": false});
    assert!(diff("alibaba.set_caster_config", &before, &after).is_empty());
    let five = json!({"CasterId": "c", "Delay": 5});
    let five_float = json!({"CasterId": "c", "Delay": 5.0});
    assert!(diff("alibaba.set_caster_config", &five, &five_float).is_empty());
    let on = json!({"CasterId": "c", "AutoSwitchUrgentOn": true});
    let changes = diff("alibaba.set_caster_config", &on, &json!({"CasterId": "c"}));
    assert!(changes[0].cleared, "{changes:?}");

    let off = json!({"publish_domain": "d", "stream_backup_enable": false});
    assert!(diff(
        "huawei.stream_backup",
        &off,
        &json!({"publish_domain": "d"})
    )
    .is_empty());
    let on = json!({"publish_domain": "d", "stream_backup_enable": true});
    let changes = diff("huawei.stream_backup", &off, &on);
    assert_eq!(
        raw(&changes),
        [change(
            "stream_backup_enable",
            "Primary/standby streams",
            Some(json!(false)),
            Some(json!(true)),
            false
        )]
    );
    // Turning a switch off is a change, not a clearing.
    assert!(!diff("huawei.stream_backup", &on, &off)[0].cleared);
}

#[tokio::test]
async fn blendvision_nested_labels_and_top_level_fields_left_out_are_kept() {
    let (world, target) = World::with_account(Vendor::BlendVision).await;
    let keys = json!({"id": seed::BLENDVISION_LIVE_ID});
    let before = current_input(&world.client, &target, "blendvision.update_live", &keys)
        .await
        .unwrap();
    let after = json!({
        "id": seed::BLENDVISION_LIVE_ID,
        "security": {
            "privacy": {"type": "SECURITY_PRIVACY_TYPE_PUBLIC"},
            "watermark": {"enabled": true, "type": "WATERMARK_TYPE_USER_ID",
                          "position": "WATERMARK_POSITION_TOP_LEFT", "size": 10},
            "geo_control": []
        },
        "metadata": {"labels": [{"name": "news"}]}
    });
    let changes = diff("blendvision.update_live", &before, &after);
    assert_eq!(
        raw(&changes),
        [
            change(
                "security.watermark.enabled",
                "Security › Watermark › Watermark on",
                Some(json!(false)),
                Some(json!(true)),
                false
            ),
            change(
                "security.watermark.type",
                "Security › Watermark › Watermark type",
                None,
                Some(json!("WATERMARK_TYPE_USER_ID")),
                false
            ),
            change(
                "security.watermark.position",
                "Security › Watermark › Position",
                None,
                Some(json!("WATERMARK_POSITION_TOP_LEFT")),
                false
            ),
            change(
                "security.watermark.size",
                "Security › Watermark › Size",
                None,
                Some(json!(10)),
                false
            ),
            // Security is sent whole: a group left out of it is cleared.
            change(
                "security.domain_control.enabled",
                "Security › Embedding domains › Restrict embedding",
                Some(json!(false)),
                None,
                true
            ),
            change(
                "metadata.labels[0].name",
                "Descriptions and labels › Labels #1 › Label",
                None,
                Some(json!("news")),
                false
            ),
        ]
    );
    // Name, interaction, download ... are left out: not sent, BlendVision keeps them.
    assert!(changes.iter().all(|c| !c.field.starts_with("name")));
}

#[test]
fn secrets_are_masked_in_the_diff_but_their_changes_shown() {
    let relay = |key: &str| {
        json!({"id": "l", "security": {"privacy": {"type": "SECURITY_PRIVACY_TYPE_PUBLIC"}},
               "relay_settings": [{"type": "RELAY_TYPE_RTMP",
                                   "rtmp": {"url": "rtmp://a.example.com/live", "stream_key": key}}]})
    };
    let changes = diff(
        "blendvision.update_live",
        &relay("old-SECRET"),
        &relay("new-SECRET"),
    );
    assert_eq!(
        raw(&changes),
        [change(
            "relay_settings[0].rtmp.stream_key",
            "Relay to other platforms #1 › RTMP destination › Stream key",
            Some(json!("••••••")),
            Some(json!("••••••")),
            false
        )]
    );
    let before =
        json!({"CasterId": "c", "UrgentLiveStreamUrl": "rtmp://a/b/s?auth_key=1-0-0-SECRET"});
    let changes = diff(
        "alibaba.set_caster_config",
        &before,
        &json!({"CasterId": "c"}),
    );
    // The stream name and the key of a push address, masked as secrets (last 4 when long).
    assert_eq!(
        changes[0].old,
        Some(json!("rtmp://a/b/••••••?auth_key=••••••CRET"))
    );
    assert!(changes[0].cleared);
}
