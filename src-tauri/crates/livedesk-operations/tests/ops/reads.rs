//! The read operations: the exact requests from their forms (nothing sent), and their
//! answers from the sandbox in plain words; reads are retried, writes are not.

use livedesk_http::Vendor;
use livedesk_operations::{execute, prepare, OperationMemory};
use livedesk_sandbox::{self as sandbox, seed, Fault, FaultKind};
use livedesk_signing::Scheme;
use serde_json::json;

use crate::common::*;

#[test]
fn huawei_get_stream_backup_is_the_documented_get() {
    let target = remote_target(Vendor::Huawei);
    let input = json!({"publish_domain": "live.push.example.com"});
    let call = prepare("huawei.get_stream_backup", &input, &target).unwrap();
    let request = call.request();
    assert_eq!(request.method, "GET");
    assert_eq!(
        request.url,
        format!(
            "{HUAWEI_ENDPOINT}/v1/{HUAWEI_PROJECT}/domain/stream-backup?publish_domain=live.push.example.com"
        )
    );
    assert!(request.body.is_none());
    let error = prepare("huawei.get_stream_backup", &json!({}), &target).unwrap_err();
    assert_eq!(error.field(), Some("publish_domain"));
}

#[test]
fn naver_reads_are_gets_with_their_filters_in_the_query() {
    let target = remote_target(Vendor::Naver);
    let input = json!({"pageNo": 2, "pageSizeNo": 50, "channelStatus": "PUBLISHING", "channelName": "main stage"});
    let call = prepare("naver.list_channels", &input, &target).unwrap();
    assert_eq!(call.request().method, "GET");
    assert_eq!(
        call.request().url,
        format!("{NAVER_ENDPOINT}/api/v2/channels?pageNo=2&pageSizeNo=50&channelStatus=PUBLISHING&channelName=main%20stage")
    );
    assert_eq!(header(&call, "x-ncp-region_code"), Some("KR"));
    assert!(call.request().body.is_none());
    let call = prepare("naver.list_channels", &json!({}), &target).unwrap();
    assert_eq!(
        call.request().url,
        format!("{NAVER_ENDPOINT}/api/v2/channels")
    );
    let error = prepare("naver.list_channels", &json!({"pageSizeNo": 101}), &target).unwrap_err();
    assert_eq!(error.field(), Some("pageSizeNo"));

    let call = prepare(
        "naver.get_channel",
        &json!({"channelId": "ls-20250814123456-zTwK2"}),
        &target,
    )
    .unwrap();
    assert_eq!(
        call.request().url,
        format!("{NAVER_ENDPOINT}/api/v2/channels/ls-20250814123456-zTwK2")
    );
}

#[test]
fn blendvision_list_always_sends_a_page_size_and_repeats_list_filters() {
    let target = remote_target(Vendor::BlendVision);
    let call = prepare("blendvision.list_lives", &json!({}), &target).unwrap();
    assert_eq!(
        call.request().url,
        format!("{BLENDVISION_ENDPOINT}/bv/cms/v1/lives?items_per_page=20")
    );
    let input = json!({
        "current_page": 3,
        "items_per_page": 100,
        "filter": {
            "name": "Morning Show",
            "statuses": ["LIVE_STATUS_LIVE", "LIVE_STATUS_PREVIEW"],
            "updated_at": {"start_time": "2025-06-01T00:00:00Z"}
        },
        "order_by": ["LIST_LIVE_ORDER_BY_UPDATED_AT_DESC"]
    });
    let call = prepare("blendvision.list_lives", &input, &target).unwrap();
    assert_eq!(call.request().method, "GET");
    assert_eq!(
        query_pairs(&call.request().url),
        [
            ("current_page", "3"),
            ("items_per_page", "100"),
            ("filter.name", "Morning Show"),
            ("filter.statuses", "LIVE_STATUS_LIVE"),
            ("filter.statuses", "LIVE_STATUS_PREVIEW"),
            ("filter.updated_at.start_time", "2025-06-01T00:00:00Z"),
            ("order_by", "LIST_LIVE_ORDER_BY_UPDATED_AT_DESC"),
        ]
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
    );
    assert!(call.request().body.is_none());
    assert_eq!(header(&call, "Content-Type"), None);
    let bad = json!({"filter": {"updated_at": {"end_time": "yesterday"}}});
    let error = prepare("blendvision.list_lives", &bad, &target).unwrap_err();
    assert_eq!(error.field(), Some("filter.updated_at.end_time"));

    let call = prepare("blendvision.get_live", &json!({"id": "live 1"}), &target);
    assert_eq!(call.unwrap_err().field(), Some("id"));
    let call = prepare("blendvision.get_live", &json!({"id": "abc"}), &target).unwrap();
    assert_eq!(
        call.request().url,
        format!("{BLENDVISION_ENDPOINT}/bv/cms/v1/lives/abc")
    );
}

#[test]
fn alibaba_reads_are_rpc_calls_with_every_parameter_in_the_query() {
    let target = remote_target(Vendor::Alibaba);
    let input = json!({"CasterName": "Studio", "StartTime": "2025-06-01T08:00:00Z", "PageNum": 2,
                       "Status": 1, "NormType": "1", "OrderByModifyAsc": true});
    let call = prepare("alibaba.describe_casters", &input, &target).unwrap();
    assert_eq!(call.request().method, "POST");
    assert_eq!(
        query_pairs(&call.request().url),
        [
            ("Action", "DescribeCasters"),
            ("Version", "2016-11-01"),
            ("RegionId", "cn-shanghai"),
            ("CasterName", "Studio"),
            ("StartTime", "2025-06-01T08:00:00Z"),
            ("PageNum", "2"),
            ("Status", "1"),
            ("NormType", "1"),
            ("OrderByModifyAsc", "true"),
        ]
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
    );
    assert!(call.request().body.is_none());
    let error = prepare(
        "alibaba.describe_casters",
        &json!({"StartTime": "2025-06-01 08:00:00"}),
        &target,
    )
    .unwrap_err();
    assert_eq!(error.field(), Some("StartTime"));
    assert!(error.to_string().contains("UTC time"), "{error}");

    let mut v3 = target.clone();
    v3.scheme = Scheme::AlibabaAcs3HmacSha256;
    let call = prepare(
        "alibaba.describe_caster_config",
        &json!({"CasterId": "c-1"}),
        &v3,
    )
    .unwrap();
    assert_eq!(header(&call, "x-acs-action"), Some("DescribeCasterConfig"));
    assert_eq!(
        query_pairs(&call.request().url),
        [("RegionId", "cn-shanghai"), ("CasterId", "c-1")]
            .map(|(k, v)| (k.to_owned(), v.to_owned()))
    );
}

#[tokio::test]
async fn every_read_against_the_sandbox_in_plain_words() {
    let world = World::start().await;
    let memory = OperationMemory::new();
    let read = |vendor: Vendor, op: &'static str, input: serde_json::Value| {
        let target = world.target(vendor);
        let world = &world;
        let memory = &memory;
        async move {
            let call = prepare(op, &input, &target).unwrap();
            execute(&world.client, &call, &target, memory)
                .await
                .unwrap()
        }
    };

    let outcome = read(
        Vendor::Huawei,
        "huawei.get_stream_backup",
        json!({"publish_domain": seed::HUAWEI_BACKUP_DOMAIN}),
    )
    .await;
    assert_eq!(
        outcome.summary,
        [
            format!("Stream backup is ON for {}.", seed::HUAWEI_BACKUP_DOMAIN),
            "Several encoders can push the same stream name; if the one on air stops, the next \
             takes over."
                .to_owned()
        ]
    );

    let outcome = read(Vendor::Naver, "naver.list_channels", json!({})).await;
    assert_eq!(
        outcome.summary,
        [
            "3 channels.".to_owned(),
            format!(
                "“main_stage” ({}): PUBLISHING (receiving a stream), main stream on air",
                seed::NAVER_PUBLISHING_CHANNEL
            ),
            format!(
                "“rehearsal_room” ({}): READY (ready, not receiving a stream)",
                seed::NAVER_READY_CHANNEL
            ),
            format!(
                "“old_show” ({}): BLOCK (stopped)",
                seed::NAVER_BLOCKED_CHANNEL
            ),
        ]
    );
    let outcome = read(
        Vendor::Naver,
        "naver.list_channels",
        json!({"pageSizeNo": 1, "channelStatus": "READY"}),
    )
    .await;
    assert_eq!(outcome.summary[0], "1 channel.");
    let outcome = read(
        Vendor::Naver,
        "naver.list_channels",
        json!({"pageSizeNo": 2}),
    )
    .await;
    assert_eq!(outcome.summary[0], "3 channels; this page shows 2.");

    let outcome = read(
        Vendor::Naver,
        "naver.get_channel",
        json!({"channelId": seed::NAVER_PUBLISHING_CHANNEL}),
    )
    .await;
    assert_eq!(
        outcome.summary,
        [
            format!(
                "Channel “main_stage” ({}) is PUBLISHING (receiving a stream).",
                seed::NAVER_PUBLISHING_CHANNEL
            ),
            "The main stream is on air.".to_owned(),
            "Stream failover (main/backup redundancy) is ON for this channel.".to_owned(),
            "Recording: OFF.".to_owned(),
            "Time machine (DVR): ON.".to_owned(),
            "Output protocol: HLS,DASH.".to_owned(),
        ]
    );

    let outcome = read(Vendor::BlendVision, "blendvision.list_lives", json!({})).await;
    assert_eq!(
        outcome.summary,
        [
            "3 lives.".to_owned(),
            format!(
                "“Sandbox Morning Show” ({}): waiting for preview, High definition (HD, 720p)",
                seed::BLENDVISION_LIVE_ID
            ),
            format!(
                "“Sandbox Product Launch” ({}): on air, Full HD (FHD, 1080p)",
                seed::BLENDVISION_ON_AIR_LIVE_ID
            ),
            format!(
                "“Sandbox Weekly Recap” ({}): ended, High definition (HD, 720p)",
                seed::BLENDVISION_ENDED_LIVE_ID
            ),
        ]
    );
    let filtered = json!({"filter": {"statuses": ["LIVE_STATUS_LIVE", "LIVE_STATUS_LIVE_END"]}});
    let outcome = read(Vendor::BlendVision, "blendvision.list_lives", filtered).await;
    assert_eq!(outcome.summary[0], "2 lives.");

    let outcome = read(
        Vendor::BlendVision,
        "blendvision.get_live",
        json!({"id": seed::BLENDVISION_ON_AIR_LIVE_ID}),
    )
    .await;
    assert_eq!(
        outcome.summary,
        [
            format!(
                "Live “Sandbox Product Launch” ({}).",
                seed::BLENDVISION_ON_AIR_LIVE_ID
            ),
            "Resolution: Full HD (FHD, 1080p).".to_owned(),
            "Status: on air.".to_owned(),
            "Privacy: viewers need a token or redeem code (up to 3 devices each).".to_owned(),
            "Watermark: OFF.".to_owned(),
            "Chatroom during the live: OFF.".to_owned(),
            "Saved for download: OFF.".to_owned(),
        ]
    );

    let outcome = read(Vendor::Alibaba, "alibaba.describe_casters", json!({})).await;
    assert_eq!(
        outcome.summary,
        [
            "3 production studios.".to_owned(),
            format!(
                "“Sandbox Studio B” ({}): streaming, channels on, High definition, landscape (lp_hd)",
                seed::ALIBABA_STREAMING_CASTER
            ),
            format!(
                "“Sandbox Studio C” ({}): idle, Low definition, landscape (lp_ld)",
                seed::ALIBABA_BARE_CASTER
            ),
            format!(
                "“Sandbox Studio A” ({}): idle, Standard definition, landscape (lp_sd)",
                seed::ALIBABA_IDLE_CASTER
            ),
        ]
    );
    assert!(outcome.request_id.is_some());

    let outcome = read(
        Vendor::Alibaba,
        "alibaba.describe_caster_config",
        json!({"CasterId": seed::ALIBABA_IDLE_CASTER}),
    )
    .await;
    assert_eq!(
        outcome.summary,
        [
            format!(
                "Production studio “Sandbox Studio A” ({}).",
                seed::ALIBABA_IDLE_CASTER
            ),
            "Streaming domain: live.sandbox-live.example.com.".to_owned(),
            "Transcoding: Standard definition, landscape (lp_sd), plus Low definition (lld)."
                .to_owned(),
            "Recording: ON, to storage bucket sandbox-records as Streaming segments for players \
             (HLS, m3u8)."
                .to_owned(),
            "Delay: 5 seconds.".to_owned(),
            "Automatic switch to standby: ON.".to_owned(),
            "Channels: OFF.".to_owned(),
        ]
    );
    let outcome = read(
        Vendor::Alibaba,
        "alibaba.describe_caster_config",
        json!({"CasterId": seed::ALIBABA_BARE_CASTER}),
    )
    .await;
    assert_eq!(
        outcome.summary[1..4],
        [
            "Streaming domain: none (the studio cannot start without one).".to_owned(),
            "Transcoding: none (the studio cannot start without it).".to_owned(),
            "Recording: OFF.".to_owned(),
        ]
    );
}

#[tokio::test]
async fn read_errors_are_explained_like_the_writes() {
    let world = World::start().await;
    let memory = OperationMemory::new();
    let cases = [
        (
            Vendor::Huawei,
            "huawei.get_stream_backup",
            json!({"publish_domain": "nope.example.com"}),
            "Huawei Cloud has no ingest domain “nope.example.com” in this project.",
        ),
        (
            Vendor::Naver,
            "naver.get_channel",
            json!({"channelId": "ls-missing"}),
            "NAVER Cloud has no channel “ls-missing” in this account and region.",
        ),
        (
            Vendor::BlendVision,
            "blendvision.get_live",
            json!({"id": "no-such-live"}),
            "BlendVision One has no live with the id “no-such-live” in this organisation.",
        ),
        (
            Vendor::Alibaba,
            "alibaba.describe_caster_config",
            json!({"CasterId": "no-such-caster"}),
            "Alibaba Cloud has no production studio “no-such-caster” in this region.",
        ),
    ];
    for (vendor, op, input, message) in cases {
        let target = world.target(vendor);
        let call = prepare(op, &input, &target).unwrap();
        let error = vendor_error(execute(&world.client, &call, &target, &memory).await);
        assert_eq!(error.code(), "vendor.not_found", "{op}");
        assert_eq!(error.to_string(), message);
    }
}

#[tokio::test]
async fn a_read_is_retried_after_a_server_error_and_a_write_is_not() {
    let (world, target) = World::with_account(Vendor::Naver).await;
    let memory = OperationMemory::new();
    let fault = || {
        Fault::new(FaultKind::ServerError { status: 503 })
            .for_vendor(sandbox::Vendor::Naver)
            .once()
    };
    world.sandbox.set_fault(fault()).unwrap();
    let input = json!({"channelId": seed::NAVER_PUBLISHING_CHANNEL});
    let call = prepare("naver.get_channel", &input, &target).unwrap();
    let outcome = execute(&world.client, &call, &target, &memory)
        .await
        .unwrap();
    assert_eq!(outcome.status, 200);

    world.sandbox.set_fault(fault()).unwrap();
    let call = prepare("naver.switch_stream", &input, &target).unwrap();
    let error = execute(&world.client, &call, &target, &memory)
        .await
        .unwrap_err();
    assert_eq!(error.code(), "vendor.server_error");
    let read = prepare("naver.get_channel", &input, &target).unwrap();
    let channel = execute(&world.client, &read, &target, &memory)
        .await
        .unwrap();
    assert_eq!(
        channel.raw["content"]["isPublishingBackUp"], false,
        "the write was not retried"
    );
}
