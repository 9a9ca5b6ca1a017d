//! Retry rules: reads are retried after a failed connection or a 5xx, each attempt signed
//! afresh; writes, 4xx and authentication failures never are.

use std::time::{Duration, Instant};

use livedesk_http::{ErrorKind, SendPolicy, Vendor};
use livedesk_sandbox::FaultKind;
use livedesk_signing::{sign, Scheme, SigningContext, SigningTime};

use crate::common::*;

#[tokio::test]
async fn a_read_retried_after_a_5xx_gets_through_with_a_fresh_nonce() {
    let sb = start().await;
    let counter = Counter::install(&sb, Vendor::Alibaba);
    sb.set_fault(fault(FaultKind::ServerError { status: 503 }, Vendor::Alibaba).once())
        .unwrap();
    let client = client();
    let mut nonces = Vec::new();
    let mut attempts = Vec::new();
    let started = Instant::now();
    let response = client
        .send(&SendPolicy::read(Vendor::Alibaba), |attempt| {
            attempts.push(attempt);
            let request = signed(
                &client,
                Scheme::AlibabaRpcHmacSha1,
                &alibaba_credentials(),
                alibaba_read(&sb.base_url(), ""),
            )?;
            nonces.push(nonce_of(&request));
            Ok(request)
        })
        .await
        .unwrap();
    assert_eq!(response.status, 200);
    assert_eq!(response.attempts, 2);
    assert_eq!(attempts, [1, 2]);
    assert_ne!(nonces[0], nonces[1], "every attempt has its own nonce");
    assert_eq!(counter.count(&sb), 2);
    // The default backoff waited before the retry.
    assert!(started.elapsed() >= Duration::from_millis(250));
    let body: serde_json::Value = response.json().unwrap();
    assert!(body["CasterList"]["Caster"].is_array());
    assert_eq!(response.request_id.as_deref(), body["RequestId"].as_str());
}

#[tokio::test]
async fn the_sandbox_would_refuse_the_same_nonce_twice() {
    // A cut-off answer: the request was handled (its nonce is used up) before the cut.
    let sb = start().await;
    let client = client();
    sb.set_fault(fault(FaultKind::TruncatedBody, Vendor::Alibaba).once())
        .unwrap();
    let mut nonces = Vec::new();
    let response = client
        .send(&quick_read(Vendor::Alibaba), |_| {
            let request = signed(
                &client,
                Scheme::AlibabaAcs3HmacSha256,
                &alibaba_credentials(),
                alibaba_read(&sb.base_url(), "")
                    .with_header("x-acs-action", "DescribeCasters")
                    .with_header("x-acs-version", "2016-11-01"),
            )?;
            nonces.push(nonce_of(&request));
            Ok(request)
        })
        .await
        .unwrap();
    assert_eq!(response.attempts, 2);
    assert_ne!(nonces[0], nonces[1]);

    // The same again with a nonce reused on purpose: the retry is refused, and that 4xx is
    // not retried.
    sb.set_fault(fault(FaultKind::TruncatedBody, Vendor::Alibaba).once())
        .unwrap();
    let nonce = livedesk_http::fresh_nonce();
    let mut attempts = 0;
    let error = client
        .send(&quick_read(Vendor::Alibaba), |_| {
            attempts += 1;
            let context = SigningContext::new(SigningTime::from_system_time(client.now()))
                .with_nonce(nonce.clone());
            sign(
                Scheme::AlibabaRpcHmacSha1,
                &alibaba_credentials(),
                alibaba_read(&sb.base_url(), ""),
                &context,
            )
        })
        .await
        .unwrap_err();
    assert_eq!(attempts, 2);
    let vendor = error.vendor_error().expect("a vendor error");
    assert_eq!(vendor.code, "SignatureNonceUsed");
    assert_eq!(vendor.kind, ErrorKind::Other);
    assert!(
        vendor.explanation.contains("one-time value"),
        "{}",
        vendor.explanation
    );
}

#[tokio::test]
async fn a_read_is_retried_after_a_dropped_connection() {
    let sb = start().await;
    sb.set_fault(fault(FaultKind::DropConnection, Vendor::Huawei).once())
        .unwrap();
    let client = client();
    let url = huawei_url(
        &sb.base_url(),
        "domain/stream-backup?publish_domain=push.sandbox-live.example.com",
    );
    let response = client
        .send(&quick_read(Vendor::Huawei), |_| {
            signed(
                &client,
                Scheme::HuaweiSdkHmacSha256,
                &huawei_credentials(),
                huawei_request("GET", url.clone()),
            )
        })
        .await
        .unwrap();
    assert_eq!(response.attempts, 2);
    let body: serde_json::Value = response.json().unwrap();
    assert_eq!(body["stream_backup_enable"], false);
}

#[tokio::test]
async fn a_read_gives_up_after_two_retries() {
    let sb = start().await;
    let counter = Counter::install(&sb, Vendor::Alibaba);
    sb.set_fault(fault(
        FaultKind::ServerError { status: 500 },
        Vendor::Alibaba,
    ))
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
    assert_eq!(error.code(), "vendor.server_error");
    assert_eq!(error.vendor_error().unwrap().code, "InternalError");
    assert_eq!(counter.count(&sb), 3);
}

#[tokio::test]
async fn a_read_to_a_closed_port_is_tried_three_times() {
    let port = closed_port().await;
    let client = client();
    let mut attempts = 0;
    let error = client
        .send(&quick_read(Vendor::Naver), |_| {
            attempts += 1;
            signed(
                &client,
                Scheme::NaverApigwV2,
                &naver_credentials(),
                naver_request("GET", format!("http://127.0.0.1:{port}/api/v2/channels")),
            )
        })
        .await
        .unwrap_err();
    assert_eq!(error.code(), "http.unreachable");
    assert_eq!(attempts, 3);
}

#[tokio::test]
async fn a_write_is_sent_exactly_once_on_a_5xx() {
    let sb = start().await;
    let counter = Counter::install(&sb, Vendor::Alibaba);
    sb.set_fault(fault(
        FaultKind::ServerError { status: 503 },
        Vendor::Alibaba,
    ))
    .unwrap();
    let client = client();
    let mut attempts = 0;
    let policy = SendPolicy::write(Vendor::Alibaba).with_backoff(vec![Duration::ZERO; 2]);
    let error = client
        .send(&policy, |_| {
            attempts += 1;
            signed(
                &client,
                Scheme::AlibabaRpcHmacSha1,
                &alibaba_credentials(),
                alibaba_write(&sb.base_url()),
            )
        })
        .await
        .unwrap_err();
    assert_eq!(error.code(), "vendor.server_error");
    assert_eq!(error.vendor_error().unwrap().code, "ServiceUnavailable");
    assert_eq!(attempts, 1);
    assert_eq!(counter.count(&sb), 1);
}

#[tokio::test]
async fn a_write_is_sent_exactly_once_on_a_dropped_connection() {
    let sb = start().await;
    let counter = Counter::install(&sb, Vendor::Huawei);
    sb.set_fault(fault(FaultKind::DropConnection, Vendor::Huawei))
        .unwrap();
    let client = client();
    let mut attempts = 0;
    let url = huawei_url(&sb.base_url(), "domain/stream-backup");
    let body = br#"{"publish_domain":"push.sandbox-live.example.com","stream_backup_enable":true}"#;
    let error = client
        .send(&SendPolicy::write(Vendor::Huawei), |_| {
            attempts += 1;
            signed(
                &client,
                Scheme::HuaweiSdkHmacSha256,
                &huawei_credentials(),
                huawei_request("PUT", url.clone()).with_body(body.to_vec()),
            )
        })
        .await
        .unwrap_err();
    assert_eq!(error.code(), "http.connection_lost");
    assert!(error
        .hint()
        .unwrap()
        .contains("may or may not have been made"));
    assert_eq!(attempts, 1);
    assert_eq!(counter.count(&sb), 1);

    // Wire-level count, with nobody's pool in between.
    let server = tiny_server(Script::Close).await;
    let error = client
        .send(&SendPolicy::write(Vendor::Huawei), |_| {
            signed(
                &client,
                Scheme::HuaweiSdkHmacSha256,
                &huawei_credentials(),
                huawei_request("PUT", huawei_url(&server.base, "domain/stream-backup"))
                    .with_body(body.to_vec()),
            )
        })
        .await
        .unwrap_err();
    assert_eq!(error.code(), "http.connection_lost", "{error:?}");
    assert!(eventually(|| server.finished.load(std::sync::atomic::Ordering::SeqCst) >= 1).await);
    tokio::time::sleep(Duration::from_millis(100)).await;
    assert_eq!(server.requests(), 1);
}

#[tokio::test]
async fn a_write_is_sent_exactly_once_on_a_cut_off_answer_and_it_was_applied() {
    let sb = start().await;
    let counter = Counter::install(&sb, Vendor::Naver);
    sb.set_fault(fault(FaultKind::TruncatedBody, Vendor::Naver))
        .unwrap();
    let client = client();
    let url = format!(
        "{}/api/v2/channels/{}/switch-stream",
        sb.base_url(),
        livedesk_sandbox::seed::NAVER_PUBLISHING_CHANNEL
    );
    let error = client
        .send(&SendPolicy::write(Vendor::Naver), |_| {
            signed(
                &client,
                Scheme::NaverApigwV2,
                &naver_credentials(),
                naver_request("PUT", url.clone()),
            )
        })
        .await
        .unwrap_err();
    assert!(matches!(
        error,
        livedesk_http::HttpError::Truncated { write: true, .. }
    ));
    assert_eq!(counter.count(&sb), 1);
}

#[tokio::test]
async fn authentication_failures_and_other_4xx_are_never_retried() {
    let sb = start().await;
    let client = client();
    for vendor in Vendor::ALL {
        let counter = Counter::install(&sb, vendor);
        let target = wrong_key_target(&sb.base_url(), vendor);
        let report = livedesk_http::check_connection(&client, target).await;
        assert_eq!(report.outcome, livedesk_http::Outcome::WrongKey);
        assert_eq!(counter.count(&sb), 1, "{vendor}");
        sb.clear_faults();
    }
    // A 404 read.
    let counter = Counter::install(&sb, Vendor::Naver);
    let error = client
        .send(&quick_read(Vendor::Naver), |_| {
            signed(
                &client,
                Scheme::NaverApigwV2,
                &naver_credentials(),
                naver_request("GET", format!("{}/api/v2/channels/ls-nope", sb.base_url())),
            )
        })
        .await
        .unwrap_err();
    assert_eq!(error.code(), "vendor.not_found");
    assert_eq!(counter.count(&sb), 1);
}

#[tokio::test]
async fn signing_errors_stop_before_anything_is_sent() {
    let client = client();
    let mut attempts = 0;
    let error = client
        .send(&quick_read(Vendor::Naver), |_| {
            attempts += 1;
            signed(
                &client,
                Scheme::NaverApigwV2,
                &livedesk_signing::Credentials::naver("", "x"),
                naver_request("GET", "http://127.0.0.1:9/api/v2/channels".into()),
            )
        })
        .await
        .unwrap_err();
    assert_eq!(error.code(), "signing.missing_field");
    assert_eq!(attempts, 1);
    assert!(error.hint().is_some());
}
