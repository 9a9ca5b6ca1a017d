//! BlendVision round trips against the sandbox: a full update read back, and the vendor's
//! refusals (immutable field, unknown live, read-only token) explained.

use livedesk_http::{ErrorKind, Vendor};
use livedesk_operations::prepare;
use livedesk_sandbox::{seed, BLENDVISION_ORG_ID, BLENDVISION_READONLY_API_TOKEN};
use livedesk_signing::{Credentials, SignableRequest};
use serde_json::json;

use crate::common::*;

#[tokio::test]
async fn update_and_read_back() {
    let (world, target) = World::with_account(Vendor::BlendVision).await;
    let id = seed::BLENDVISION_LIVE_ID;
    let input = json!({
        "id": id,
        "name": "Morning Show, take 2",
        "custom_id": "morning-show.2",
        "security": {
            "privacy": {"type": "SECURITY_PRIVACY_TYPE_TOKEN", "token": {"device_limit": 2}},
            "watermark": {"enabled": true, "type": "WATERMARK_TYPE_USER_ID",
                          "position": "WATERMARK_POSITION_CUSTOM", "size": 10, "offset": {"x": 5, "y": 95}},
            "domain_control": {"enabled": true, "domains": ["www.example.com"]}
        },
        "cover_images": {"end": {"type": "COVER_IMAGE_TYPE_CUSTOMIZE", "customize": {"library_id": "img-end"}}},
        "metadata": {"short_description": "Daily news", "labels": [{"name": "news"}]},
        "interaction": {"poll_enabled": true, "chatroom": {"live": {"enabled": true, "theme": "CHATROOM_THEME_DARK"}}},
        "save_for_download_enabled": true,
        "live_vod": {"source": "LIVE_VOD_SOURCE_CATCHUP", "started_at": "2025-07-01T12:00:00Z", "ended_at": "2025-08-01T00:00:00+08:00"},
        "relay_settings": [{"type": "RELAY_TYPE_RTMP", "display_name": "YouTube", "is_enabled": true,
                            "rtmp": {"url": "rtmp://a.rtmp.youtube.com/live2", "stream_key": "yt-key"}}]
    });
    let call = prepare("blendvision.update_live", &input, &target).unwrap();
    let outcome = world.send(&call, &target).await.unwrap();
    assert_eq!(
        outcome.summary,
        vec![
            format!("Live “Morning Show, take 2” ({id}) was updated."),
            "Status: waiting for preview.".to_owned(),
            "Privacy: viewers need a token or redeem code (up to 2 devices each).".to_owned(),
            "Watermark: ON.".to_owned(),
            "Chatroom during the live: ON.".to_owned(),
            "Saved for download: ON.".to_owned(),
        ]
    );

    let read = SignableRequest::new("GET", format!("{}/bv/cms/v1/lives/{id}", world.base()));
    let live = world.read(&target, read).await["live"].clone();
    assert_eq!(live["name"], "Morning Show, take 2");
    assert_eq!(live["custom_id"], "morning-show.2");
    assert_eq!(
        live["security"]["watermark"]["offset"],
        json!({"x": 5, "y": 95})
    );
    assert_eq!(live["security"]["privacy"]["token"]["device_limit"], 2);
    assert_eq!(
        live["cover_images"]["end"]["customize"]["library_id"],
        "img-end"
    );
    assert_eq!(live["metadata"]["labels"], json!([{"name": "news"}]));
    assert_eq!(
        live["interaction"]["chatroom"]["live"]["theme"],
        "CHATROOM_THEME_DARK"
    );
    assert_eq!(
        live["relay_settings"][0]["rtmp"]["url"],
        "rtmp://a.rtmp.youtube.com/live2"
    );
    // Immutable parts of `security` the update did not mention are kept.
    assert_eq!(
        live["security"]["protection"]["type"],
        "PROTECTION_TYPE_UNSPECIFIED"
    );
}

#[tokio::test]
async fn changing_an_immutable_field_is_explained_and_names_it() {
    let (world, target) = World::with_account(Vendor::BlendVision).await;
    let id = seed::BLENDVISION_ON_AIR_LIVE_ID;
    let token = json!({"type": "SECURITY_PRIVACY_TYPE_TOKEN", "token": {"device_limit": 3}});
    // Repeating the current value is fine.
    let same = json!({"id": id, "security": {"privacy": token, "geo_control": ["TW", "JP"]}});
    let call = prepare("blendvision.update_live", &same, &target).unwrap();
    world.send(&call, &target).await.unwrap();

    let changed = json!({"id": id, "security": {"privacy": token, "geo_control": ["TW"]}});
    let call = prepare("blendvision.update_live", &changed, &target).unwrap();
    let error = vendor_error(world.send(&call, &target).await);
    let vendor = error.vendor_error().unwrap();
    assert_eq!(vendor.code, "3");
    assert_eq!(error.code(), "vendor.invalid_input");
    assert_eq!(error.field(), Some("security.geo_control"));
    assert_eq!(
        error.to_string(),
        "BlendVision One did not accept “Security › Allowed countries”: it is fixed when the \
         live is created and cannot be changed."
    );
    assert!(error
        .hint()
        .unwrap()
        .starts_with("Leave “Security › Allowed countries” out"));
}

#[tokio::test]
async fn unknown_live_and_read_only_token() {
    let (world, target) = World::with_account(Vendor::BlendVision).await;
    let input = json!({"id": "no-such-live", "security": {"privacy": {"type": "SECURITY_PRIVACY_TYPE_PUBLIC"}}});
    let call = prepare("blendvision.update_live", &input, &target).unwrap();
    let error = vendor_error(world.send(&call, &target).await);
    assert_eq!(error.vendor_error().unwrap().kind, ErrorKind::NotFound);
    assert_eq!(
        error.to_string(),
        "BlendVision One has no live with the id “no-such-live” in this organisation."
    );

    let mut read_only = target.clone();
    read_only.credentials =
        Credentials::blendvision(BLENDVISION_READONLY_API_TOKEN, BLENDVISION_ORG_ID);
    let input = json!({"id": seed::BLENDVISION_LIVE_ID, "security": {"privacy": {"type": "SECURITY_PRIVACY_TYPE_PUBLIC"}}});
    let call = prepare("blendvision.update_live", &input, &read_only).unwrap();
    let error = vendor_error(world.send(&call, &read_only).await);
    assert_eq!(error.code(), "vendor.no_permission");
    assert!(
        !format!("{error} {error:?} {:?}", error.hint()).contains(BLENDVISION_READONLY_API_TOKEN)
    );
}
