//! Every sandbox fault kind, and answers too large to read.

use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use livedesk_http::{ClientConfig, HttpError, SendPolicy, Vendor};
use livedesk_sandbox::FaultKind;
use livedesk_signing::Scheme;

use crate::common::*;

fn naver_list(base: &str) -> livedesk_signing::SignableRequest {
    naver_request("GET", format!("{base}/api/v2/channels"))
}

#[tokio::test]
async fn latency_under_the_timeout_is_waited_for() {
    let sb = start().await;
    sb.set_fault(fault(FaultKind::Latency { ms: 300 }, Vendor::Naver))
        .unwrap();
    let client = client();
    let started = Instant::now();
    let response = client
        .send(&SendPolicy::read(Vendor::Naver), |_| {
            signed(
                &client,
                Scheme::NaverApigwV2,
                &naver_credentials(),
                naver_list(&sb.base_url()),
            )
        })
        .await
        .unwrap();
    assert!(started.elapsed() >= Duration::from_millis(300));
    assert!(response.elapsed >= Duration::from_millis(300));
    assert_eq!(response.status, 200);
}

#[tokio::test]
async fn latency_past_the_timeout_is_a_timeout_and_not_retried() {
    let sb = start().await;
    let counter = Counter::install(&sb, Vendor::Naver);
    sb.set_fault(fault(FaultKind::Latency { ms: 3_000 }, Vendor::Naver))
        .unwrap();
    let client = client_with(ClientConfig {
        total_timeout: Duration::from_millis(400),
        ..ClientConfig::default()
    });
    let started = Instant::now();
    let error = client
        .send(&quick_read(Vendor::Naver), |_| {
            signed(
                &client,
                Scheme::NaverApigwV2,
                &naver_credentials(),
                naver_list(&sb.base_url()),
            )
        })
        .await
        .unwrap_err();
    assert!(started.elapsed() >= Duration::from_millis(400));
    assert_eq!(error.code(), "http.timeout");
    assert!(matches!(error, HttpError::Timeout { write: false, .. }));
    assert!(
        error
            .to_string()
            .contains("did not answer within 0.4 seconds"),
        "{error}"
    );
    assert_eq!(counter.count(&sb), 1);
}

#[tokio::test]
async fn a_server_error_is_a_vendor_server_error() {
    let sb = start().await;
    sb.set_fault(fault(
        FaultKind::ServerError { status: 502 },
        Vendor::Huawei,
    ))
    .unwrap();
    let client = client();
    let url = huawei_url(
        &sb.base_url(),
        "domain/stream-backup?publish_domain=push.sandbox-live.example.com",
    );
    let error = client
        .send(&quick_read(Vendor::Huawei), |_| {
            signed(
                &client,
                Scheme::HuaweiSdkHmacSha256,
                &huawei_credentials(),
                huawei_request("GET", url.clone()),
            )
        })
        .await
        .unwrap_err();
    assert_eq!(error.code(), "vendor.server_error");
    let vendor = error.vendor_error().unwrap();
    assert_eq!(
        (vendor.http_status, vendor.code.as_str()),
        (502, "APIGW.0201")
    );
    assert!(vendor.request_id.is_some());
    assert!(error.hint().unwrap().contains("Try again"));
}

#[tokio::test]
async fn a_malformed_body_is_a_bad_response_and_not_retried() {
    let sb = start().await;
    let counter = Counter::install(&sb, Vendor::Naver);
    sb.set_fault(fault(FaultKind::MalformedBody, Vendor::Naver))
        .unwrap();
    let client = client();
    let error = client
        .send(&quick_read(Vendor::Naver), |_| {
            signed(
                &client,
                Scheme::NaverApigwV2,
                &naver_credentials(),
                naver_list(&sb.base_url()),
            )
        })
        .await
        .unwrap_err();
    assert_eq!(error.code(), "http.bad_response");
    assert!(error.to_string().contains("not JSON"), "{error}");
    assert!(
        !error.to_string().contains("html"),
        "never quotes the body: {error}"
    );
    assert_eq!(counter.count(&sb), 1);

    // A malformed error answer: told from its status, kind Other.
    let error = client
        .send(&quick_read(Vendor::Naver), |_| {
            signed(
                &client,
                Scheme::NaverApigwV2,
                &crate::common::naver_credentials_wrong(),
                naver_list(&sb.base_url()),
            )
        })
        .await
        .unwrap_err();
    assert_eq!(error.code(), "vendor.other");
    let vendor = error.vendor_error().unwrap();
    assert_eq!(vendor.code, "HTTP 401");
    assert!(
        vendor
            .explanation
            .contains("not in NAVER Cloud's usual error format"),
        "{}",
        vendor.explanation
    );
}

#[tokio::test]
async fn a_truncated_body_is_reported_as_cut_off() {
    let sb = start().await;
    sb.set_fault(fault(FaultKind::TruncatedBody, Vendor::BlendVision))
        .unwrap();
    let client = client();
    let url = format!("{}/bv/cms/v1/lives?items_per_page=10", sb.base_url());
    let mut attempts = 0;
    let error = client
        .send(&quick_read(Vendor::BlendVision), |_| {
            attempts += 1;
            signed(
                &client,
                Scheme::BlendVisionBearer,
                &blendvision_credentials(),
                livedesk_signing::SignableRequest::new("GET", url.clone()),
            )
        })
        .await
        .unwrap_err();
    assert_eq!(error.code(), "http.truncated");
    assert!(matches!(error, HttpError::Truncated { write: false, .. }));
    assert_eq!(attempts, 3, "a read is tried again after a cut connection");
    assert!(error.to_string().contains("cut off"), "{error}");
}

#[tokio::test]
async fn a_dropped_connection_is_a_lost_connection() {
    let sb = start().await;
    sb.set_fault(fault(FaultKind::DropConnection, Vendor::Alibaba))
        .unwrap();
    let client = client();
    let mut attempts = 0;
    let error = client
        .send(&quick_read(Vendor::Alibaba), |_| {
            attempts += 1;
            signed(
                &client,
                Scheme::AlibabaRpcHmacSha1,
                &alibaba_credentials(),
                alibaba_read(&sb.base_url(), ""),
            )
        })
        .await
        .unwrap_err();
    assert_eq!(error.code(), "http.connection_lost", "{error:?}");
    assert_eq!(attempts, 3);
    assert!(
        error.to_string().contains("closed before an answer"),
        "{error}"
    );
}

#[tokio::test]
async fn a_clock_offset_fault_is_a_clock_problem() {
    let sb = start().await;
    sb.set_fault(
        fault(
            FaultKind::ClockOffset { ms: 21 * MINUTE_MS },
            Vendor::Alibaba,
        )
        .once(),
    )
    .unwrap();
    let client = client();
    let error = client
        .send(&quick_read(Vendor::Alibaba), |_| {
            signed(
                &client,
                Scheme::AlibabaRpcHmacSha1,
                &alibaba_credentials(),
                alibaba_read(&sb.base_url(), ""),
            )
        })
        .await
        .unwrap_err();
    let vendor = error.vendor_error().unwrap();
    assert_eq!(vendor.code, "InvalidTimeStamp.Expired");
    assert_eq!(
        vendor.kind,
        livedesk_http::ErrorKind::ClockOff { minutes: Some(21) }
    );
    assert!(error.to_string().contains("21 minutes behind"), "{error}");
}

#[tokio::test]
async fn a_ten_megabyte_body_is_cut_off_at_the_cap() {
    let client = client();
    let read = |base: String| {
        let client = client.clone();
        async move {
            client
                .send(&SendPolicy::read(Vendor::BlendVision), |_| {
                    signed(
                        &client,
                        Scheme::BlendVisionBearer,
                        &blendvision_credentials(),
                        livedesk_signing::SignableRequest::new(
                            "GET",
                            format!("{base}/bv/cms/v1/lives"),
                        ),
                    )
                })
                .await
        }
    };
    // Announced: refused before reading any of it.
    let server = tiny_server(Script::Big {
        size: 10 << 20,
        content_length: true,
    })
    .await;
    let error = read(server.base.clone()).await.unwrap_err();
    assert_eq!(error.code(), "http.too_large");
    assert!(error.to_string().contains("larger than 2 MiB"), "{error}");
    assert_eq!(server.requests(), 1, "not retried");
    // Streamed without a length: cut off once past the cap.
    let server = tiny_server(Script::Big {
        size: 10 << 20,
        content_length: false,
    })
    .await;
    let error = read(server.base.clone()).await.unwrap_err();
    assert_eq!(error.code(), "http.too_large");
    // ... and not read to its end: the server could not write all of a far larger one.
    let size = 256 << 20;
    let server = tiny_server(Script::Big {
        size,
        content_length: false,
    })
    .await;
    assert_eq!(
        read(server.base.clone()).await.unwrap_err().code(),
        "http.too_large"
    );
    assert!(eventually(|| server.finished.load(Ordering::SeqCst) == 1).await);
    assert!(server.written.load(Ordering::SeqCst) < size);
    // Just under the cap is fine.
    let server = tiny_server(Script::Big {
        size: (2 << 20) - 10,
        content_length: false,
    })
    .await;
    let response = read(server.base.clone()).await.unwrap();
    assert_eq!(response.body.len(), (2 << 20) - 10);
}

#[tokio::test]
async fn the_cap_is_configurable() {
    let sb = start().await;
    let client = client_with(ClientConfig {
        max_response_bytes: 1024,
        ..ClientConfig::default()
    });
    let error = client
        .send(&SendPolicy::read(Vendor::Naver), |_| {
            signed(
                &client,
                Scheme::NaverApigwV2,
                &naver_credentials(),
                naver_list(&sb.base_url()),
            )
        })
        .await
        .unwrap_err();
    assert_eq!(error.code(), "http.too_large");
    assert!(error.to_string().contains("larger than 1 KiB"), "{error}");
}
