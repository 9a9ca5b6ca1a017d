//! "Check connection": every outcome for every vendor the sandbox can produce it for.

use std::time::{Duration, SystemTime};

use livedesk_http::{check_connection, Outcome, Target, Vendor};
use livedesk_sandbox as sandbox;
use livedesk_signing::{Credentials, Scheme};

use crate::common::*;

#[tokio::test]
async fn works_for_every_vendor_and_both_alibaba_schemes() {
    let sb = start().await;
    let client = client();
    for vendor in Vendor::ALL {
        let report = check_connection(&client, target(&sb.base_url(), vendor)).await;
        assert_eq!(report.outcome, Outcome::Works, "{vendor}: {report:?}");
        assert!(
            report.message.contains("the key works"),
            "{}",
            report.message
        );
        assert_eq!(report.hint, None, "{vendor}");
        assert!(
            report.clock_skew_seconds.is_some_and(|s| s.abs() <= 2),
            "{report:?}"
        );
    }
    let mut v3 = target(&sb.base_url(), Vendor::Alibaba);
    v3.scheme = Scheme::AlibabaAcs3HmacSha256;
    let report = check_connection(&client, v3).await;
    assert_eq!(report.outcome, Outcome::Works, "{report:?}");
    // Request ids where the vendor gives them.
    let huawei = check_connection(&client, target(&sb.base_url(), Vendor::Huawei)).await;
    assert!(huawei.request_id.is_some_and(|id| id.len() == 32));
    let alibaba = check_connection(&client, target(&sb.base_url(), Vendor::Alibaba)).await;
    assert!(alibaba.request_id.is_some_and(|id| id.len() == 36));
}

#[tokio::test]
async fn read_only_keys_can_still_read() {
    let sb = start().await;
    let client = client();
    let mut naver = target(&sb.base_url(), Vendor::Naver);
    naver.credentials = naver_readonly_credentials();
    assert_eq!(
        check_connection(&client, naver).await.outcome,
        Outcome::Works
    );
    let mut bv = target(&sb.base_url(), Vendor::BlendVision);
    bv.credentials = blendvision_readonly_credentials();
    assert_eq!(check_connection(&client, bv).await.outcome, Outcome::Works);
}

#[tokio::test]
async fn huawei_without_a_domain_checks_the_key_only_and_an_unknown_domain_is_named() {
    let sb = start().await;
    let client = client();
    let mut t = target(&sb.base_url(), Vendor::Huawei);
    t.huawei_domain = None;
    let report = check_connection(&client, t.clone()).await;
    assert_eq!(report.outcome, Outcome::Works, "{report:?}");
    assert!(
        report.message.contains("No ingest domain was named"),
        "{}",
        report.message
    );

    t.huawei_domain = Some("push.unknown.example.com".into());
    let report = check_connection(&client, t.clone()).await;
    assert_eq!(report.outcome, Outcome::Other, "{report:?}");
    assert!(
        report.message.contains("The key works"),
        "{}",
        report.message
    );
    assert!(report.message.contains("push.unknown.example.com"));
    assert_eq!(report.vendor_code.as_deref(), Some("LIVE.103011019"));

    // The project id may come from the credentials alone.
    t.huawei_domain = Some(sandbox::seed::HUAWEI_BACKUP_DOMAIN.into());
    t.project_id = None;
    assert_eq!(
        check_connection(&client, t.clone()).await.outcome,
        Outcome::Works
    );
    t.credentials = Credentials::huawei(sandbox::HUAWEI_ACCESS_KEY, sandbox::HUAWEI_SECRET_KEY);
    let report = check_connection(&client, t).await;
    assert_eq!(report.outcome, Outcome::Other);
    assert!(
        report.message.starts_with("project_id: missing"),
        "{}",
        report.message
    );
}

#[tokio::test]
async fn wrong_key_for_every_vendor() {
    let sb = start().await;
    let client = client();
    for vendor in Vendor::ALL {
        let report = check_connection(&client, wrong_key_target(&sb.base_url(), vendor)).await;
        assert_eq!(report.outcome, Outcome::WrongKey, "{vendor}: {report:?}");
        assert_eq!(report.code.map(|c| c.as_str()), Some("vendor.wrong_key"));
        assert!(
            report.message.contains("not accepted"),
            "{}",
            report.message
        );
        assert!(report.hint.is_some());
    }
    let expected_codes = [
        (Vendor::Huawei, "APIGW.0301"),
        (Vendor::Naver, "200"),
        (Vendor::BlendVision, "16"),
        (Vendor::Alibaba, "SignatureDoesNotMatch"),
    ];
    for (vendor, code) in expected_codes {
        let report = check_connection(&client, wrong_key_target(&sb.base_url(), vendor)).await;
        assert_eq!(report.vendor_code.as_deref(), Some(code), "{vendor}");
    }
    // Alibaba V3, and an AccessKey ID the vendor does not know.
    let mut v3 = wrong_key_target(&sb.base_url(), Vendor::Alibaba);
    v3.scheme = Scheme::AlibabaAcs3HmacSha256;
    assert_eq!(
        check_connection(&client, v3).await.outcome,
        Outcome::WrongKey
    );
    let mut unknown = target(&sb.base_url(), Vendor::Alibaba);
    unknown.credentials = Credentials::alibaba("LTAI5tUnknownKey0000", "secret");
    let report = check_connection(&client, unknown).await;
    assert_eq!(report.outcome, Outcome::WrongKey);
    assert!(
        report.message.contains("does not know this AccessKey ID"),
        "{}",
        report.message
    );
    // Huawei: a project that is not the key's.
    let mut project = target(&sb.base_url(), Vendor::Huawei);
    project.project_id = Some("0123456789abcdef0123456789abcdef".into());
    project.credentials =
        Credentials::huawei(sandbox::HUAWEI_ACCESS_KEY, sandbox::HUAWEI_SECRET_KEY);
    let report = check_connection(&client, project).await;
    assert_eq!(report.outcome, Outcome::WrongKey);
    assert!(report.hint.unwrap().contains("project id"));
}

#[tokio::test]
async fn clock_off_says_by_how_many_minutes() {
    let sb = start().await;
    let client = client();
    // The sandbox's clock runs ahead: this computer's is behind by that much.
    for (vendor, minutes) in [
        (Vendor::Huawei, 17),
        (Vendor::Alibaba, 23),
        (Vendor::Naver, 7),
    ] {
        sb.clock().set_offset_ms(minutes * MINUTE_MS);
        let report = check_connection(&client, target(&sb.base_url(), vendor)).await;
        assert_eq!(
            report.outcome,
            Outcome::ClockOff {
                minutes: Some(minutes)
            },
            "{vendor}: {report:?}"
        );
        assert!(
            report
                .message
                .contains(&format!("{minutes} minutes behind")),
            "{vendor}: {}",
            report.message
        );
        assert!(report.hint.unwrap().contains("automatic time"));
        assert_eq!(report.code.map(|c| c.as_str()), Some("vendor.clock_off"));
    }
    // Ahead, and the V3 scheme.
    sb.clock().set_offset_ms(-31 * MINUTE_MS);
    let mut v3 = target(&sb.base_url(), Vendor::Alibaba);
    v3.scheme = Scheme::AlibabaAcs3HmacSha256;
    let report = check_connection(&client, v3).await;
    assert_eq!(report.outcome, Outcome::ClockOff { minutes: Some(-31) });
    assert!(
        report.message.contains("31 minutes ahead"),
        "{}",
        report.message
    );
}

#[tokio::test]
async fn a_small_skew_under_the_vendors_limit_works_with_a_note() {
    let sb = start().await;
    sb.clock().set_offset_ms(3 * MINUTE_MS);
    let client = client();
    // NAVER allows 5 minutes; BlendVision signs no time at all.
    for vendor in [Vendor::Naver, Vendor::BlendVision, Vendor::Huawei] {
        let report = check_connection(&client, target(&sb.base_url(), vendor)).await;
        assert_eq!(report.outcome, Outcome::Works, "{vendor}: {report:?}");
        assert!(
            report.message.contains("3 minutes behind"),
            "{}",
            report.message
        );
        assert!(report.hint.unwrap().contains("automatic time"));
    }
    // BlendVision does not care how far off the clock is.
    sb.clock().set_offset_ms(40 * MINUTE_MS);
    let report = check_connection(&client, target(&sb.base_url(), Vendor::BlendVision)).await;
    assert_eq!(report.outcome, Outcome::Works);
    assert!(
        report.message.contains("40 minutes behind"),
        "{}",
        report.message
    );
}

#[tokio::test]
async fn the_local_clock_can_be_injected() {
    let sb = start().await;
    let client = client().with_clock(|| SystemTime::now() - Duration::from_secs(17 * 60));
    let report = check_connection(&client, target(&sb.base_url(), Vendor::Huawei)).await;
    assert_eq!(
        report.outcome,
        Outcome::ClockOff { minutes: Some(17) },
        "{report:?}"
    );
    assert!(report.message.contains("17 minutes behind"));
    let client = client_with(Default::default())
        .with_clock(|| SystemTime::now() + Duration::from_secs(9 * 60));
    let report = check_connection(&client, target(&sb.base_url(), Vendor::Naver)).await;
    assert_eq!(
        report.outcome,
        Outcome::ClockOff { minutes: Some(-9) },
        "{report:?}"
    );
    assert!(report.message.contains("9 minutes ahead"));
}

#[tokio::test]
async fn no_permission_from_the_sandbox_and_from_vendor_bodies() {
    let sb = start().await;
    let client = client();
    // BlendVision: a token of another organisation.
    let mut bv = target(&sb.base_url(), Vendor::BlendVision);
    bv.credentials = Credentials::blendvision(
        sandbox::BLENDVISION_API_TOKEN,
        "00000000-0000-0000-0000-000000000000",
    );
    let report = check_connection(&client, bv).await;
    assert_eq!(report.outcome, Outcome::NoPermission, "{report:?}");
    assert_eq!(report.vendor_code.as_deref(), Some("7"));
    assert!(report.hint.unwrap().contains("organisation id"));

    // The sandbox refuses read-only keys only on writes, so a read never meets them: the
    // vendors' documented refusals come from a scripted server instead.
    let cases = [
        (
            Vendor::Huawei,
            403,
            r#"{"error_code":"APIGW.0302","error_msg":"The IAM user is not authorized to access the API.","request_id":"a1b2"}"#,
        ),
        (
            Vendor::Huawei,
            401,
            r#"{"error_code":"LIVE.100011003","error_msg":"You do not have permission to access the API"}"#,
        ),
        (
            Vendor::Naver,
            401,
            r#"{"error":{"errorCode":"210","message":"Permission Denied"}}"#,
        ),
        (
            Vendor::Naver,
            403,
            r#"{"error":{"errorCode":250010,"message":"POLICY_CHECK_FAILED","errorName":"POLICY_CHECK_FAILED"}}"#,
        ),
        (
            Vendor::Alibaba,
            403,
            r#"{"RequestId":"5C0B0A5E-0000-0000-0000-000000000000","HostId":"live.aliyuncs.com","Code":"Forbidden.RAM","Message":"User not authorized to operate on the specified resource, or this API doesn't support RAM.","Recommend":"https://api.aliyun.com/troubleshoot?q=Forbidden.RAM"}"#,
        ),
        (
            Vendor::BlendVision,
            403,
            r#"{"code":7,"message":"permission denied","details":[]}"#,
        ),
    ];
    for (vendor, status, body) in cases {
        let server = tiny_server(Script::Json(status, body.into())).await;
        let report = check_connection(&client, target(&server.base, vendor)).await;
        assert_eq!(
            report.outcome,
            Outcome::NoPermission,
            "{vendor} {body}: {report:?}"
        );
        assert!(report.message.contains("not allowed") || report.message.contains("organisation"));
        assert_eq!(server.requests(), 1, "never retried");
    }
}

#[tokio::test]
async fn unreachable_for_every_vendor() {
    let port = closed_port().await;
    let client = client();
    let base = format!("http://127.0.0.1:{port}");
    for vendor in Vendor::ALL {
        let report = check_connection(&client, target(&base, vendor)).await;
        assert_eq!(report.outcome, Outcome::Unreachable, "{vendor}: {report:?}");
        assert_eq!(report.code.map(|c| c.as_str()), Some("http.unreachable"));
        assert!(
            report.message.contains(&format!("127.0.0.1:{port}")),
            "{}",
            report.message
        );
        assert!(report.message.contains("refused"), "{}", report.message);
        assert!(report.hint.is_some());
    }
}

#[tokio::test]
async fn settings_problems_are_reports_not_panics() {
    let client = client();
    let base = |endpoint: &str, vendor| Target {
        endpoint: endpoint.into(),
        ..target("http://127.0.0.1:9", vendor)
    };
    let report = check_connection(&client, base("http://live.aliyuncs.com", Vendor::Alibaba)).await;
    assert_eq!(report.outcome, Outcome::Other);
    assert_eq!(report.code.map(|c| c.as_str()), Some("endpoint.not_https"));
    let report = check_connection(&client, base("live.aliyuncs.com", Vendor::Alibaba)).await;
    assert_eq!(report.code.map(|c| c.as_str()), Some("endpoint.invalid"));
    let mut mismatch = target("http://127.0.0.1:9", Vendor::Naver);
    mismatch.scheme = Scheme::HuaweiSdkHmacSha256;
    let report = check_connection(&client, mismatch).await;
    assert_eq!(report.outcome, Outcome::Other);
    assert!(report.message.starts_with("scheme:"), "{}", report.message);
    let mut wrong_credentials = target("http://127.0.0.1:9", Vendor::Naver);
    wrong_credentials.credentials = huawei_credentials();
    let report = check_connection(&client, wrong_credentials).await;
    assert_eq!(
        report.code.map(|c| c.as_str()),
        Some("signing.wrong_credentials")
    );
    let mut empty = target("http://127.0.0.1:9", Vendor::Naver);
    empty.credentials = Credentials::naver("", "x");
    let report = check_connection(&client, empty).await;
    assert_eq!(
        report.code.map(|c| c.as_str()),
        Some("signing.missing_field")
    );
}

#[tokio::test]
async fn other_outcomes_for_server_trouble() {
    let sb = start().await;
    sb.set_fault(fault(
        livedesk_sandbox::FaultKind::ServerError { status: 503 },
        Vendor::Naver,
    ))
    .unwrap();
    let report = check_connection(&client(), target(&sb.base_url(), Vendor::Naver)).await;
    assert_eq!(report.outcome, Outcome::Other, "{report:?}");
    assert_eq!(report.code.map(|c| c.as_str()), Some("vendor.server_error"));
    assert_eq!(report.vendor_code.as_deref(), Some("500"));
}
