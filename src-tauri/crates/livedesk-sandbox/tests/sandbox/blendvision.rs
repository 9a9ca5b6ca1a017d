//! BlendVision One: bearer token + org, lives list/get/update, validation and immutables.

use crate::common::client::{send, Response};
use crate::common::{start, T0_MS};
use livedesk_sandbox::seed::*;
use livedesk_sandbox::timefmt::format_iso;
use livedesk_sandbox::*;
use serde_json::{json, Value};
use std::time::Duration;

async fn call(
    sb: &SandboxHandle,
    method: &str,
    uri: &str,
    token: Option<&str>,
    org: Option<&str>,
    body: &[u8],
) -> Response {
    let mut headers = vec![("content-type".to_string(), "application/json".to_string())];
    if let Some(token) = token {
        headers.push(("authorization".into(), format!("Bearer {token}")));
    }
    if let Some(org) = org {
        headers.push(("x-bv-org-id".into(), org.into()));
    }
    send(sb.addr(), method, uri, &headers, body)
        .await
        .expect("response")
}

async fn get(sb: &SandboxHandle, uri: &str) -> Response {
    call(
        sb,
        "GET",
        uri,
        Some(BLENDVISION_API_TOKEN),
        Some(BLENDVISION_ORG_ID),
        b"",
    )
    .await
}

async fn put(sb: &SandboxHandle, id: &str, body: &Value) -> Response {
    call(
        sb,
        "PUT",
        &format!("/bv/cms/v1/lives/{id}"),
        Some(BLENDVISION_API_TOKEN),
        Some(BLENDVISION_ORG_ID),
        body.to_string().as_bytes(),
    )
    .await
}

fn rpc_status(resp: &Response, http: u16, code: u16, message: &str, reason: &str, metadata: Value) {
    assert_eq!(resp.status, http, "{resp:?}");
    assert_eq!(
        resp.json(),
        json!({
            "code": code,
            "message": message,
            "details": [{"reason": reason, "domain": "bv.cms.v1", "metadata": metadata}]
        })
    );
}

fn invalid(resp: &Response, field: &str, description: &str) {
    rpc_status(
        resp,
        400,
        3,
        &format!("validation error, field '{field}': {description}"),
        "ERROR_REASON_INVALID_ARGUMENT",
        json!({"field": field, "description": description}),
    );
}

fn public() -> Value {
    json!({"privacy": {"type": "SECURITY_PRIVACY_TYPE_PUBLIC"}})
}

#[tokio::test]
async fn lists_one_live_per_page_by_default() {
    let sb = start().await;
    let resp = get(&sb, "/bv/cms/v1/lives").await;
    assert_eq!(resp.status, 200);
    let body = resp.json();
    assert_eq!(body["lives"].as_array().unwrap().len(), 1);
    assert_eq!(
        body["pagination"],
        json!({"current_page": 1, "items_per_page": 1, "total_items": 3})
    );
    let all = get(&sb, "/bv/cms/v1/lives?items_per_page=100").await.json();
    assert_eq!(all["lives"].as_array().unwrap().len(), 3);
    let on_air = get(
        &sb,
        "/bv/cms/v1/lives?items_per_page=100&filter.statuses=LIVE_STATUS_LIVE&filter.statuses=LIVE_STATUS_LIVE_END",
    )
    .await
    .json();
    assert_eq!(on_air["pagination"]["total_items"], 2);
    let named = get(&sb, "/bv/cms/v1/lives?items_per_page=10&filter.name=Launch")
        .await
        .json();
    assert_eq!(named["lives"][0]["id"], BLENDVISION_ON_AIR_LIVE_ID);
}

#[tokio::test]
async fn items_per_page_over_100_is_code_3() {
    let sb = start().await;
    invalid(
        &get(&sb, "/bv/cms/v1/lives?items_per_page=101").await,
        "items_per_page",
        "value must be an integer inside range [1, 100]",
    );
}

#[tokio::test]
async fn get_returns_the_live_and_404s_unknown_ids() {
    let sb = start().await;
    let resp = get(&sb, &format!("/bv/cms/v1/lives/{BLENDVISION_LIVE_ID}")).await;
    assert_eq!(resp.status, 200);
    let live = &resp.json()["live"];
    assert_eq!(live["id"], BLENDVISION_LIVE_ID);
    assert_eq!(live["org_id"], BLENDVISION_ORG_ID);
    assert_eq!(live["status"], "LIVE_STATUS_WAIT_FOR_PREVIEW");
    let missing = get(&sb, "/bv/cms/v1/lives/00000000-0000-0000-0000-000000000000").await;
    rpc_status(
        &missing,
        404,
        5,
        "live 00000000-0000-0000-0000-000000000000 not found",
        "ERROR_REASON_NOT_FOUND",
        json!({"id": "00000000-0000-0000-0000-000000000000"}),
    );
}

#[tokio::test]
async fn a_missing_or_unknown_token_is_code_16() {
    let sb = start().await;
    let uri = "/bv/cms/v1/lives";
    let expect_16 = |resp: &Response| {
        rpc_status(
            resp,
            401,
            16,
            "authorization header is missing or the api token is invalid",
            "ERROR_REASON_UNAUTHENTICATED",
            json!({}),
        )
    };
    expect_16(&call(&sb, "GET", uri, None, Some(BLENDVISION_ORG_ID), b"").await);
    expect_16(
        &call(
            &sb,
            "GET",
            uri,
            Some("bv-unknown-token"),
            Some(BLENDVISION_ORG_ID),
            b"",
        )
        .await,
    );
}

#[tokio::test]
async fn another_org_or_a_read_only_token_is_code_7() {
    let sb = start().await;
    let uri = format!("/bv/cms/v1/lives/{BLENDVISION_LIVE_ID}");
    let other_org = call(
        &sb,
        "GET",
        &uri,
        Some(BLENDVISION_API_TOKEN),
        Some("another-org"),
        b"",
    )
    .await;
    rpc_status(
        &other_org,
        403,
        7,
        "the api token does not belong to the organization in x-bv-org-id",
        "ERROR_REASON_PERMISSION_DENIED",
        json!({}),
    );
    let ro = Some(BLENDVISION_READONLY_API_TOKEN);
    assert_eq!(
        call(&sb, "GET", &uri, ro, Some(BLENDVISION_ORG_ID), b"")
            .await
            .status,
        200
    );
    let body = json!({"name": "x", "security": public()}).to_string();
    let write = call(
        &sb,
        "PUT",
        &uri,
        ro,
        Some(BLENDVISION_ORG_ID),
        body.as_bytes(),
    )
    .await;
    rpc_status(
        &write,
        403,
        7,
        "the api token has no permission to modify lives",
        "ERROR_REASON_PERMISSION_DENIED",
        json!({}),
    );
}

#[tokio::test]
async fn update_returns_the_full_live_as_stored() {
    let sb = start().await;
    sb.clock().advance(Duration::from_secs(90));
    let before = get(&sb, &format!("/bv/cms/v1/lives/{BLENDVISION_LIVE_ID}"))
        .await
        .json()["live"]
        .clone();
    let body = json!({
        "name": "Renamed Show",
        "security": {"privacy": {"type": "SECURITY_PRIVACY_TYPE_TOKEN", "token": {"device_limit": 2}}},
        "save_for_download_enabled": true,
        // Read-only and unknown fields are ignored, as grpc-gateway discards them.
        "status": "LIVE_STATUS_LIVE",
        "id": "something-else",
        "not_a_field": 1
    });
    let resp = put(&sb, BLENDVISION_LIVE_ID, &body).await;
    assert_eq!(resp.status, 200, "{resp:?}");
    let mut expected = before.clone();
    expected["name"] = "Renamed Show".into();
    expected["security"] = json!({
        "privacy": {"type": "SECURITY_PRIVACY_TYPE_TOKEN", "token": {"device_limit": 2}},
        // Immutable parts left out of the update keep their values.
        "protection": before["security"]["protection"],
        "geo_control": before["security"]["geo_control"],
    });
    expected["save_for_download_enabled"] = true.into();
    expected["updated_at"] = format_iso(T0_MS + 90_000).into();
    assert_eq!(resp.json(), json!({"live": expected}));
    let after = get(&sb, &format!("/bv/cms/v1/lives/{BLENDVISION_LIVE_ID}"))
        .await
        .json();
    assert_eq!(after, json!({"live": expected}));
}

#[tokio::test]
async fn security_is_required_even_inside_a_wrapper() {
    let sb = start().await;
    invalid(
        &put(&sb, BLENDVISION_LIVE_ID, &json!({"name": "x"})).await,
        "security",
        "value is required",
    );
    // The update body has no `live` wrapper: a wrapped body lacks `security` at the top.
    invalid(
        &put(
            &sb,
            BLENDVISION_LIVE_ID,
            &json!({"live": {"name": "x", "security": public()}}),
        )
        .await,
        "security",
        "value is required",
    );
    invalid(
        &put(
            &sb,
            BLENDVISION_LIVE_ID,
            &json!({"security": {"privacy": {"type": "OPEN"}}}),
        )
        .await,
        "security.privacy.type",
        "value must be one of [SECURITY_PRIVACY_TYPE_PUBLIC, SECURITY_PRIVACY_TYPE_TOKEN]",
    );
}

#[tokio::test]
async fn field_rules_are_checked() {
    let sb = start().await;
    let with = |extra: Value| {
        let mut body = json!({"security": public()});
        for (k, v) in extra.as_object().unwrap() {
            body[k] = v.clone();
        }
        body
    };
    invalid(
        &put(
            &sb,
            BLENDVISION_LIVE_ID,
            &with(json!({"name": "n".repeat(101)})),
        )
        .await,
        "name",
        "value length must be at most 100 characters",
    );
    invalid(
        &put(
            &sb,
            BLENDVISION_LIVE_ID,
            &with(json!({"custom_id": "has space"})),
        )
        .await,
        "custom_id",
        "value does not match regex pattern `^[a-zA-Z0-9._-]{1,150}$`",
    );
    let watermark = json!({"security": {"privacy": {"type": "SECURITY_PRIVACY_TYPE_PUBLIC"},
        "watermark": {"enabled": true, "type": "WATERMARK_TYPE_USER_ID",
                      "position": "WATERMARK_POSITION_TOP_LEFT", "size": 60}}});
    invalid(
        &put(&sb, BLENDVISION_LIVE_ID, &watermark).await,
        "security.watermark.size",
        "value must be inside range [1, 50]",
    );
    let resp = call(
        &sb,
        "PUT",
        &format!("/bv/cms/v1/lives/{BLENDVISION_LIVE_ID}"),
        Some(BLENDVISION_API_TOKEN),
        Some(BLENDVISION_ORG_ID),
        b"{oops",
    )
    .await;
    rpc_status(
        &resp,
        400,
        3,
        "invalid request body: expected a JSON object",
        "ERROR_REASON_INVALID_ARGUMENT",
        json!({}),
    );
}

#[tokio::test]
async fn immutable_fields_may_be_repeated_but_not_changed() {
    let sb = start().await;
    let uri = format!("/bv/cms/v1/lives/{BLENDVISION_ON_AIR_LIVE_ID}");
    let live = get(&sb, &uri).await.json()["live"].clone();
    let same = json!({
        "type": live["type"], "broadcast_mode": live["broadcast_mode"],
        "resolution": live["resolution"], "security": live["security"], "name": "Same immutables"
    });
    assert_eq!(
        put(&sb, BLENDVISION_ON_AIR_LIVE_ID, &same).await.status,
        200
    );
    let immutable = |resp: &Response, field: &str| {
        invalid(resp, field, "field is immutable and cannot be changed")
    };
    let mut resolution = same.clone();
    resolution["resolution"] = "LIVE_RESOLUTION_4K".into();
    immutable(
        &put(&sb, BLENDVISION_ON_AIR_LIVE_ID, &resolution).await,
        "resolution",
    );
    let mut geo = same.clone();
    geo["security"]["geo_control"] = json!(["US"]);
    immutable(
        &put(&sb, BLENDVISION_ON_AIR_LIVE_ID, &geo).await,
        "security.geo_control",
    );
    let mut drm = same.clone();
    drm["security"]["protection"] = json!({"type": "PROTECTION_TYPE_UNSPECIFIED"});
    immutable(
        &put(&sb, BLENDVISION_ON_AIR_LIVE_ID, &drm).await,
        "security.protection",
    );
    let after = get(&sb, &uri).await.json()["live"].clone();
    assert_eq!(after["resolution"], "LIVE_RESOLUTION_FHD");
    assert_eq!(after["security"]["geo_control"], json!(["TW", "JP"]));
    assert_eq!(after["name"], "Same immutables");
}
