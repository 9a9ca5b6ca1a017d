//! Huawei's dependent pickers against the sandbox: ingest domains (push only), then the apps
//! a recording-by-command rule covers on that domain, then the streams being pushed.

use livedesk_http::Vendor;
use livedesk_operations::{field_choices, operation_info, OpError};
use livedesk_sandbox::seed;
use serde_json::json;

use crate::common::*;

#[tokio::test]
async fn huawei_recording_picks_domain_then_app_then_stream() {
    let (world, target) = World::with_account(Vendor::Huawei).await;
    let op = "huawei.record_control";
    let pick = |field: &'static str, input: serde_json::Value| {
        let (client, target) = (&world.client, &target);
        async move { field_choices(client, target, op, field, &input).await }
    };
    let domains: Vec<String> = pick("publish_domain", json!({}))
        .await
        .unwrap()
        .into_iter()
        .map(|c| c.value)
        .collect();
    assert!(
        domains.contains(&seed::HUAWEI_PUBLISH_DOMAIN.to_owned()),
        "{domains:?}"
    );
    assert!(
        domains.iter().all(|d| !d.starts_with("play.")),
        "push domains only: {domains:?}"
    );

    // The app list needs the domain first, and names it.
    let missing = pick("app", json!({})).await.unwrap_err();
    assert!(
        matches!(&missing, OpError::Invalid { problems } if problems[0].field == "publish_domain"),
        "{missing:?}"
    );
    let apps = pick(
        "app",
        json!({"publish_domain": seed::HUAWEI_PUBLISH_DOMAIN}),
    )
    .await
    .unwrap();
    let names: Vec<&str> = apps.iter().map(|c| c.value.as_str()).collect();
    assert_eq!(names, [seed::HUAWEI_RECORD_APP]);
    assert!(apps[0]
        .detail
        .as_deref()
        .unwrap()
        .contains("recording by command"));

    let streams = pick(
        "stream",
        json!({"publish_domain": seed::HUAWEI_PUBLISH_DOMAIN, "app": seed::HUAWEI_RECORD_APP}),
    )
    .await
    .unwrap();
    let names: Vec<&str> = streams.iter().map(|c| c.value.as_str()).collect();
    assert_eq!(names, seed::HUAWEI_ONLINE_STREAMS);
    assert!(streams[0]
        .detail
        .as_deref()
        .unwrap()
        .starts_with("being pushed"));

    let info = operation_info(op).unwrap();
    let fields: Vec<(&str, Vec<&str>)> = info
        .pickers
        .iter()
        .map(|p| {
            (
                p.field.as_str(),
                p.needs.iter().map(String::as_str).collect(),
            )
        })
        .collect();
    assert_eq!(
        fields,
        [
            ("publish_domain", vec![]),
            ("app", vec!["publish_domain"]),
            ("stream", vec!["publish_domain", "app"]),
        ]
    );
}

#[tokio::test]
async fn the_one_id_picker_is_a_field_picker_too() {
    let (world, target) = World::with_account(Vendor::Naver).await;
    let channels = field_choices(
        &world.client,
        &target,
        "naver.switch_stream",
        "channelId",
        &json!({}),
    )
    .await
    .unwrap();
    assert!(channels
        .iter()
        .any(|c| c.value == seed::NAVER_PUBLISHING_CHANNEL));
    let none = field_choices(
        &world.client,
        &target,
        "naver.switch_stream",
        "other",
        &json!({}),
    )
    .await;
    assert!(matches!(none, Err(OpError::NotOffered { .. })), "{none:?}");
}
