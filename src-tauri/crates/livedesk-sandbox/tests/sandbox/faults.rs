//! Fault injection through the Rust API: latency, 5xx, garbled and cut bodies, dropped
//! connections and a skewed clock, scoped and counted.

use crate::common::client::{raw, send, Response};
use crate::common::signer::naver_signature;
use crate::common::start;
use livedesk_sandbox::seed::*;
use livedesk_sandbox::*;
use serde_json::json;
use std::time::{Duration, Instant};

fn bv_headers() -> Vec<(String, String)> {
    vec![
        (
            "authorization".into(),
            format!("Bearer {BLENDVISION_API_TOKEN}"),
        ),
        ("x-bv-org-id".into(), BLENDVISION_ORG_ID.into()),
    ]
}

async fn bv_get(sb: &SandboxHandle) -> Result<Response, String> {
    send(
        sb.addr(),
        "GET",
        &format!("/bv/cms/v1/lives/{BLENDVISION_LIVE_ID}"),
        &bv_headers(),
        b"",
    )
    .await
}

async fn bv_rename(sb: &SandboxHandle, name: &str) -> Result<Response, String> {
    let body =
        json!({"name": name, "security": {"privacy": {"type": "SECURITY_PRIVACY_TYPE_PUBLIC"}}});
    send(
        sb.addr(),
        "PUT",
        &format!("/bv/cms/v1/lives/{BLENDVISION_LIVE_ID}"),
        &bv_headers(),
        body.to_string().as_bytes(),
    )
    .await
}

fn raw_bv_get(sb: &SandboxHandle) -> String {
    format!(
        "GET /bv/cms/v1/lives/{BLENDVISION_LIVE_ID} HTTP/1.1\r\nHost: {}\r\nAuthorization: Bearer {BLENDVISION_API_TOKEN}\r\nx-bv-org-id: {BLENDVISION_ORG_ID}\r\nConnection: close\r\n\r\n",
        sb.addr()
    )
}

async fn live_name(sb: &SandboxHandle) -> String {
    bv_get(sb).await.unwrap().json()["live"]["name"]
        .as_str()
        .unwrap()
        .to_owned()
}

#[tokio::test]
async fn latency_delays_only_the_next_matching_request() {
    let sb = start().await;
    sb.set_fault(
        Fault::new(FaultKind::Latency { ms: 100 })
            .for_vendor(Vendor::BlendVision)
            .once(),
    )
    .unwrap();
    let started = Instant::now();
    assert_eq!(bv_get(&sb).await.unwrap().status, 200);
    // A lower bound only: the sleep guarantees it, whatever the machine's speed.
    assert!(started.elapsed() >= Duration::from_millis(100));
    assert!(sb.faults().is_empty());
}

#[tokio::test]
async fn server_errors_use_each_vendors_shape() {
    let sb = start().await;
    sb.set_fault(
        Fault::new(FaultKind::ServerError { status: 503 })
            .for_vendor(Vendor::BlendVision)
            .once(),
    )
    .unwrap();
    let resp = bv_get(&sb).await.unwrap();
    assert_eq!(resp.status, 503);
    assert_eq!(
        resp.json(),
        json!({"code": 14, "message": "service unavailable", "details": []})
    );
    assert_eq!(
        bv_get(&sb).await.unwrap().status,
        200,
        "one-shot fault is used up"
    );

    sb.set_fault(Fault::new(FaultKind::ServerError { status: 500 }).once())
        .unwrap();
    let huawei = send(sb.addr(), "GET", "/v1/p/domain/stream-backup", &[], b"")
        .await
        .unwrap();
    assert_eq!(huawei.status, 500);
    assert_eq!(
        huawei.json(),
        json!({"error_code": "APIGW.0601", "error_msg": "Internal server error",
               "request_id": huawei.header("x-request-id")})
    );

    sb.set_fault(Fault::new(FaultKind::ServerError { status: 504 }).once())
        .unwrap();
    let naver = send(sb.addr(), "GET", "/api/v2/channels", &[], b"")
        .await
        .unwrap();
    assert_eq!(naver.status, 504);
    assert_eq!(
        naver.json(),
        json!({"error": {"errorCode": "510", "message": "Endpoint Timeout"}})
    );

    sb.set_fault(Fault::new(FaultKind::ServerError { status: 503 }).once())
        .unwrap();
    let alibaba = send(sb.addr(), "GET", "/?Action=DescribeCasters", &[], b"")
        .await
        .unwrap();
    assert_eq!(alibaba.status, 503);
    let body = alibaba.json();
    assert_eq!(body["Code"], "ServiceUnavailable");
    assert_eq!(
        body["Message"],
        "The request has failed due to a temporary failure of the server."
    );
}

#[tokio::test]
async fn a_malformed_body_hides_a_change_that_did_happen() {
    let sb = start().await;
    sb.set_fault(Fault::new(FaultKind::MalformedBody).once())
        .unwrap();
    let resp = bv_rename(&sb, "Changed Behind A Bad Body").await.unwrap();
    assert_eq!(resp.status, 200);
    assert!(serde_json::from_slice::<serde_json::Value>(&resp.body).is_err());
    assert!(String::from_utf8_lossy(&resp.body).contains("malformed body"));
    assert_eq!(live_name(&sb).await, "Changed Behind A Bad Body");
}

#[tokio::test]
async fn a_truncated_body_stops_halfway_through_its_declared_length() {
    let sb = start().await;
    let full_len = bv_get(&sb).await.unwrap().body.len();
    sb.set_fault(Fault::new(FaultKind::TruncatedBody).once())
        .unwrap();
    let bytes = raw(sb.addr(), &raw_bv_get(&sb)).await;
    let text = String::from_utf8_lossy(&bytes).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").expect("headers arrived");
    assert!(head.starts_with("HTTP/1.1 200"), "{head}");
    assert!(
        head.to_ascii_lowercase()
            .contains(&format!("content-length: {full_len}")),
        "{head}"
    );
    assert_eq!(body.len(), full_len / 2);
    sb.set_fault(Fault::new(FaultKind::TruncatedBody).once())
        .unwrap();
    assert!(
        bv_get(&sb).await.is_err(),
        "a client sees an incomplete body"
    );
}

#[tokio::test]
async fn a_dropped_connection_gets_no_response_and_changes_nothing() {
    let sb = start().await;
    sb.set_fault(Fault::new(FaultKind::DropConnection).once())
        .unwrap();
    assert!(raw(sb.addr(), &raw_bv_get(&sb)).await.is_empty());
    sb.set_fault(Fault::new(FaultKind::DropConnection).once())
        .unwrap();
    assert!(bv_rename(&sb, "Never Stored").await.is_err());
    assert_eq!(live_name(&sb).await, "Sandbox Morning Show");
}

async fn naver_list(sb: &SandboxHandle) -> Response {
    let ts = sb.clock().now_ms().to_string();
    let uri = "/api/v2/channels";
    let headers = [
        ("x-ncp-apigw-timestamp".to_string(), ts.clone()),
        (
            "x-ncp-iam-access-key".to_string(),
            NAVER_ACCESS_KEY.to_string(),
        ),
        (
            "x-ncp-apigw-signature-v2".to_string(),
            naver_signature(NAVER_SECRET_KEY, "GET", uri, &ts, NAVER_ACCESS_KEY),
        ),
        ("x-ncp-region_code".to_string(), NAVER_REGION.to_string()),
    ];
    send(sb.addr(), "GET", uri, &headers, b"").await.unwrap()
}

#[tokio::test]
async fn a_clock_offset_makes_good_dates_look_stale() {
    let sb = start().await;
    assert_eq!(naver_list(&sb).await.status, 200);
    let six_min = 6 * 60 * 1000;
    sb.set_fault(
        Fault::new(FaultKind::ClockOffset { ms: six_min })
            .for_vendor(Vendor::Naver)
            .once(),
    )
    .unwrap();
    let skewed = naver_list(&sb).await;
    assert_eq!(skewed.status, 401);
    assert_eq!(
        skewed.json(),
        json!({"error": {"errorCode": "200", "message": "Authentication Failed"}})
    );
    // `Date` tells the client whose clock is off.
    let expected_date = timefmt::format_http_date(sb.clock().now_ms() + six_min);
    assert_eq!(skewed.header("date"), expected_date);
    assert_eq!(
        sb.clock().offset_ms(),
        0,
        "the fault does not move the sandbox's clock"
    );
    assert_eq!(naver_list(&sb).await.status, 200);
}

#[tokio::test]
async fn scoped_faults_leave_other_vendors_and_paths_alone() {
    let sb = start().await;
    sb.set_fault(Fault::new(FaultKind::DropConnection).for_vendor(Vendor::Naver))
        .unwrap();
    sb.set_fault(
        Fault::new(FaultKind::ServerError { status: 502 })
            .for_vendor(Vendor::BlendVision)
            .on_path("/bv/cms/v1/lives/no-such"),
    )
    .unwrap();
    assert_eq!(bv_get(&sb).await.unwrap().status, 200);
    let scoped = send(
        sb.addr(),
        "GET",
        "/bv/cms/v1/lives/no-such-live",
        &bv_headers(),
        b"",
    )
    .await
    .unwrap();
    assert_eq!(scoped.status, 502);
    assert!(send(sb.addr(), "GET", "/api/v2/channels", &[], b"")
        .await
        .is_err());
}

#[tokio::test]
async fn sticky_faults_stay_until_removed() {
    let sb = start().await;
    let id = sb
        .set_fault(
            Fault::new(FaultKind::ServerError { status: 500 }).for_vendor(Vendor::BlendVision),
        )
        .unwrap();
    assert_eq!(bv_get(&sb).await.unwrap().status, 500);
    assert_eq!(bv_get(&sb).await.unwrap().status, 500);
    assert_eq!(sb.faults().len(), 1);
    sb.remove_fault(id).unwrap();
    assert_eq!(bv_get(&sb).await.unwrap().status, 200);
    assert!(matches!(
        sb.remove_fault(id),
        Err(SandboxError::UnknownFault(_))
    ));
    let counted = sb
        .set_fault(Fault::new(FaultKind::ServerError { status: 500 }).times(2))
        .unwrap();
    assert_eq!(
        sb.faults(),
        vec![(
            counted,
            Fault::new(FaultKind::ServerError { status: 500 }).times(2)
        )]
    );
    bv_get(&sb).await.unwrap();
    assert_eq!(sb.faults()[0].1.times, Some(1));
    bv_get(&sb).await.unwrap();
    assert!(sb.faults().is_empty());
    sb.set_fault(Fault::new(FaultKind::Latency { ms: 1 }))
        .unwrap();
    sb.clear_faults();
    assert!(sb.faults().is_empty());
}

#[tokio::test]
async fn faults_must_make_sense() {
    let sb = start().await;
    assert!(matches!(
        sb.set_fault(Fault::new(FaultKind::ServerError { status: 404 })),
        Err(SandboxError::InvalidFault(_))
    ));
    assert!(sb
        .set_fault(Fault::new(FaultKind::DropConnection).times(0))
        .is_err());
}
