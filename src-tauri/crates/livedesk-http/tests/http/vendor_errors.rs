//! Vendor error answers, as the sandbox really sends them, read and explained.

use livedesk_http::{Client, ErrorKind, HttpError, SendPolicy, Vendor, VendorError};
use livedesk_sandbox::{self as sandbox, seed};
use livedesk_signing::{Credentials, Scheme, SignableRequest};

use crate::common::*;

async fn send_once(
    client: &Client,
    vendor: Vendor,
    scheme: Scheme,
    credentials: &Credentials,
    request: SignableRequest,
) -> Result<livedesk_http::VendorResponse, HttpError> {
    client
        .send(&SendPolicy::write(vendor), |_| {
            signed(client, scheme, credentials, request.clone())
        })
        .await
}

async fn vendor_error(
    client: &Client,
    vendor: Vendor,
    scheme: Scheme,
    credentials: &Credentials,
    request: SignableRequest,
) -> VendorError {
    match send_once(client, vendor, scheme, credentials, request).await {
        Err(HttpError::Vendor(e)) => *e,
        other => panic!("expected a vendor error, got {other:?}"),
    }
}

fn assert_plain(e: &VendorError) {
    assert!(!e.explanation.is_empty() && !e.hint.is_empty(), "{e:?}");
    assert!(
        e.explanation.contains(e.vendor.display_name()),
        "{}",
        e.explanation
    );
    let error = HttpError::from(e.clone());
    assert_eq!(error.code(), e.kind.code());
    assert_eq!(error.to_string(), e.explanation);
    assert_eq!(error.hint().as_deref(), Some(e.hint.as_str()));
}

#[tokio::test]
async fn huawei() {
    let sb = start().await;
    let client = client();
    let h = |method: &str, rest: &str| huawei_request(method, huawei_url(&sb.base_url(), rest));
    let creds = huawei_credentials();
    let send = |request| {
        vendor_error(
            &client,
            Vendor::Huawei,
            Scheme::HuaweiSdkHmacSha256,
            &creds,
            request,
        )
    };

    let e = send(h("GET", "domain/stream-backup")).await;
    assert_eq!(e.code, "LIVE.100011001");
    assert_eq!(
        e.kind,
        ErrorKind::InvalidInput {
            field: Some("publish_domain".into())
        }
    );
    assert!(
        e.explanation.contains("publish_domain"),
        "{}",
        e.explanation
    );
    assert_eq!(e.http_status, 400);
    assert!(
        e.request_id.as_ref().is_some_and(|id| id.len() == 32),
        "X-Request-Id: {e:?}"
    );
    assert_plain(&e);

    let e = send(h(
        "GET",
        "domain/stream-backup?publish_domain=nope.example.com",
    ))
    .await;
    assert_eq!(
        (e.code.as_str(), &e.kind),
        ("LIVE.103011019", &ErrorKind::NotFound)
    );
    assert_plain(&e);

    let record = |action: &str, app: &str, stream: &str| {
        h("POST", &format!("record/control?action={action}")).with_body(
            serde_json::json!({"publish_domain": seed::HUAWEI_PUBLISH_DOMAIN, "app": app, "stream": stream})
                .to_string(),
        )
    };
    let e = send(record("START", seed::HUAWEI_UNRULED_APP, "main-stage")).await;
    assert_eq!((e.http_status, &e.kind), (404, &ErrorKind::NotFound));
    let e = send(record(
        "START",
        seed::HUAWEI_RECORD_APP,
        seed::HUAWEI_OFFLINE_STREAM,
    ))
    .await;
    assert_eq!(e.kind, ErrorKind::InvalidInput { field: None });
    assert!(
        e.explanation.contains("not being pushed"),
        "{}",
        e.explanation
    );
    // START soon after STOP.
    let online = seed::HUAWEI_ONLINE_STREAMS[0];
    send_once(
        &client,
        Vendor::Huawei,
        Scheme::HuaweiSdkHmacSha256,
        &creds,
        record("START", seed::HUAWEI_RECORD_APP, online),
    )
    .await
    .unwrap();
    send_once(
        &client,
        Vendor::Huawei,
        Scheme::HuaweiSdkHmacSha256,
        &creds,
        record("STOP", seed::HUAWEI_RECORD_APP, online),
    )
    .await
    .unwrap();
    let e = send(record("START", seed::HUAWEI_RECORD_APP, online)).await;
    assert_eq!(
        (e.code.as_str(), &e.kind),
        ("LIVE.100011022", &ErrorKind::PreconditionFailed)
    );
    assert_plain(&e);

    // An API that does not exist.
    let e = send(h("GET", "nothing/here")).await;
    assert_eq!(
        (e.code.as_str(), &e.kind),
        ("APIGW.0101", &ErrorKind::NotFound)
    );
    assert!(
        e.explanation
            .contains("does not lead to a Huawei Cloud API"),
        "{}",
        e.explanation
    );

    // The wrong key, and an unknown one.
    let wrong = Credentials::huawei(sandbox::HUAWEI_ACCESS_KEY, "nope")
        .with_project_id(sandbox::HUAWEI_PROJECT_ID);
    let e = vendor_error(
        &client,
        Vendor::Huawei,
        Scheme::HuaweiSdkHmacSha256,
        &wrong,
        h("GET", "domain/stream-backup"),
    )
    .await;
    assert_eq!(
        (e.code.as_str(), &e.kind),
        ("APIGW.0301", &ErrorKind::WrongKey)
    );
    assert_eq!(e.explanation, "The key was not accepted by Huawei Cloud.");
    assert!(e.vendor_message.contains("verify aksk signature fail"));
    assert!(e.hint.contains("locks a key"));
    let unknown =
        Credentials::huawei("UNKNOWNAK", "nope").with_project_id(sandbox::HUAWEI_PROJECT_ID);
    let e = vendor_error(
        &client,
        Vendor::Huawei,
        Scheme::HuaweiSdkHmacSha256,
        &unknown,
        h("GET", "domain/stream-backup"),
    )
    .await;
    assert_eq!(e.kind, ErrorKind::WrongKey);
}

#[tokio::test]
async fn naver() {
    let sb = start().await;
    let client = client();
    let base = sb.base_url();
    let creds = naver_credentials();
    let send = |creds: Credentials, request| {
        let client = client.clone();
        async move {
            vendor_error(
                &client,
                Vendor::Naver,
                Scheme::NaverApigwV2,
                &creds,
                request,
            )
            .await
        }
    };
    let switch = |channel: &str| {
        naver_request(
            "PUT",
            format!("{base}/api/v2/channels/{channel}/switch-stream"),
        )
    };

    let e = send(
        naver_readonly_credentials(),
        switch(seed::NAVER_PUBLISHING_CHANNEL),
    )
    .await;
    assert_eq!(
        (e.http_status, e.code.as_str(), &e.kind),
        (401, "210", &ErrorKind::NoPermission)
    );
    assert_plain(&e);

    let e = send(creds.clone(), switch(seed::NAVER_READY_CHANNEL)).await;
    assert_eq!(
        (e.code.as_str(), &e.kind),
        ("250005", &ErrorKind::PreconditionFailed)
    );
    assert!(e.explanation.contains("PUBLISHING"), "{}", e.explanation);

    let e = send(
        creds.clone(),
        naver_request("GET", format!("{base}/api/v2/channels/ls-nope")),
    )
    .await;
    assert_eq!((e.code.as_str(), &e.kind), ("250004", &ErrorKind::NotFound));

    let e = send(
        creds.clone(),
        naver_request("GET", format!("{base}/api/v2/channels?pageSizeNo=1000")),
    )
    .await;
    assert_eq!(
        e.kind,
        ErrorKind::InvalidInput {
            field: Some("pageSizeNo".into())
        }
    );

    let no_region = SignableRequest::new("GET", format!("{base}/api/v2/channels"));
    let e = send(creds.clone(), no_region).await;
    assert_eq!(e.code, "250003");
    assert_eq!(
        e.kind,
        ErrorKind::InvalidInput {
            field: Some("x-ncp-region_code".into())
        }
    );

    let other_region = SignableRequest::new("GET", format!("{base}/api/v2/channels"))
        .with_header("x-ncp-region_code", "JP");
    let e = send(creds.clone(), other_region).await;
    assert_eq!(e.code, "250019");
    assert!(e.explanation.contains("region"), "{}", e.explanation);

    let e = send(
        creds.clone(),
        naver_request("GET", format!("{base}/api/v9/nothing")),
    )
    .await;
    assert_eq!((e.code.as_str(), &e.kind), ("300", &ErrorKind::NotFound));

    let e = send(
        naver_credentials_wrong(),
        naver_request("GET", format!("{base}/api/v2/channels")),
    )
    .await;
    assert_eq!((e.code.as_str(), &e.kind), ("200", &ErrorKind::WrongKey));
    assert_eq!(e.explanation, "The key was not accepted by NAVER Cloud.");
}

#[tokio::test]
async fn blendvision() {
    let sb = start().await;
    let client = client();
    let base = sb.base_url();
    let send = |creds: Credentials, request| {
        let client = client.clone();
        async move {
            vendor_error(
                &client,
                Vendor::BlendVision,
                Scheme::BlendVisionBearer,
                &creds,
                request,
            )
            .await
        }
    };
    let live = format!("{base}/bv/cms/v1/lives/{}", seed::BLENDVISION_LIVE_ID);

    let e = send(
        blendvision_readonly_credentials(),
        SignableRequest::new("PUT", live.clone()).with_body(r#"{"name":"x"}"#),
    )
    .await;
    assert_eq!(
        (e.http_status, e.code.as_str(), &e.kind),
        (403, "7", &ErrorKind::NoPermission)
    );
    assert!(e.explanation.contains("may only read"), "{}", e.explanation);
    assert_plain(&e);

    let e = send(
        blendvision_credentials(),
        SignableRequest::new("GET", format!("{base}/bv/cms/v1/lives/nope")),
    )
    .await;
    assert_eq!((e.code.as_str(), &e.kind), ("5", &ErrorKind::NotFound));

    let e = send(
        blendvision_credentials(),
        SignableRequest::new("GET", format!("{base}/bv/cms/v1/lives?items_per_page=0")),
    )
    .await;
    assert_eq!(
        (e.code.as_str(), &e.kind),
        (
            "3",
            &ErrorKind::InvalidInput {
                field: Some("items_per_page".into())
            }
        )
    );
    assert!(e.hint.contains("items_per_page"));

    let e = send(
        blendvision_credentials(),
        SignableRequest::new("PUT", live.clone()).with_body(r#"{"resolution": 42}"#),
    )
    .await;
    assert!(
        matches!(&e.kind, ErrorKind::InvalidInput { field: Some(_) }),
        "{e:?}"
    );

    let e = send(
        Credentials::blendvision("nope-nope-nope", sandbox::BLENDVISION_ORG_ID),
        SignableRequest::new("GET", live),
    )
    .await;
    assert_eq!((e.code.as_str(), &e.kind), ("16", &ErrorKind::WrongKey));
    assert_eq!(
        e.explanation,
        "The API token was not accepted by BlendVision One."
    );
}

#[tokio::test]
async fn alibaba() {
    let sb = start().await;
    let client = client();
    let base = sb.base_url();
    let rpc = |query: &str| SignableRequest::new("GET", format!("{base}/?{query}"));
    let send = |creds: Credentials, scheme, request| {
        let client = client.clone();
        async move { vendor_error(&client, Vendor::Alibaba, scheme, &creds, request).await }
    };
    let creds = alibaba_credentials();
    let r = Scheme::AlibabaRpcHmacSha1;

    let e = send(
        creds.clone(),
        r,
        rpc("Action=DescribeCasterConfig&Version=2016-11-01"),
    )
    .await;
    assert_eq!(e.code, "MissingParameter");
    assert_eq!(
        e.kind,
        ErrorKind::InvalidInput {
            field: Some("CasterId".into())
        }
    );
    assert!(e.request_id.as_ref().is_some_and(|id| id.len() == 36));
    assert!(
        e.hint.contains(e.request_id.as_deref().unwrap()),
        "request id for support"
    );
    assert_plain(&e);

    let e = send(
        creds.clone(),
        r,
        rpc("Action=DescribeCasterConfig&Version=2016-11-01&CasterId=nope"),
    )
    .await;
    assert_eq!(
        (e.code.as_str(), &e.kind),
        ("InvalidCaster.NotFound", &ErrorKind::NotFound)
    );

    let e = send(creds.clone(), r, rpc("Action=Nope&Version=2016-11-01")).await;
    assert_eq!(
        (e.code.as_str(), &e.kind),
        ("InvalidAction.NotFound", &ErrorKind::NotFound)
    );

    let e = send(
        creds.clone(),
        r,
        rpc("Action=DescribeCasters&Version=2099-01-01"),
    )
    .await;
    assert_eq!(
        e.kind,
        ErrorKind::InvalidInput {
            field: Some("Version".into())
        }
    );

    let e = send(
        creds.clone(),
        r,
        rpc("Action=DescribeCasters&Version=2016-11-01&PageSize=1000"),
    )
    .await;
    assert_eq!(e.code, "InvalidParameter.Malformed");
    assert_eq!(
        e.kind,
        ErrorKind::InvalidInput {
            field: Some("PageSize".into())
        }
    );

    let e = send(
        creds.clone(),
        r,
        rpc("Action=SetCasterConfig&Version=2016-11-01"),
    )
    .await;
    assert_eq!(e.code, "MissingParameter");

    let e = send(
        creds.clone(),
        r,
        rpc(&format!(
            "Action=SetCasterConfig&Version=2016-11-01&CasterId={}&ChannelEnable=0",
            seed::ALIBABA_STREAMING_CASTER
        )),
    )
    .await;
    assert_eq!(
        (e.code.as_str(), &e.kind),
        (
            "InvalidCaster.ChannelDisableUnsupported",
            &ErrorKind::PreconditionFailed
        )
    );

    // A wrong secret: the server's string to sign is ours, so the secret is what is wrong.
    for scheme in [Scheme::AlibabaRpcHmacSha1, Scheme::AlibabaAcs3HmacSha256] {
        let request = alibaba_read_for(scheme, &base);
        let wrong = Credentials::alibaba(sandbox::ALIBABA_ACCESS_KEY_ID, "WrongSecret");
        let e = send(wrong, scheme, request).await;
        assert_eq!(e.code, "SignatureDoesNotMatch", "{scheme}");
        assert_eq!(e.kind, ErrorKind::WrongKey, "{scheme}: {e:?}");
        assert!(e.server_string_to_sign.is_some());
        assert_eq!(e.explanation, "The key was not accepted by Alibaba Cloud.");
    }
}

#[tokio::test]
async fn alibaba_a_request_changed_after_signing_is_not_blamed_on_the_key() {
    let sb = start().await;
    let client = client();
    let error = client
        .send(&SendPolicy::write(Vendor::Alibaba), |_| {
            let mut request = signed(
                &client,
                Scheme::AlibabaRpcHmacSha1,
                &alibaba_credentials(),
                alibaba_read(&sb.base_url(), ""),
            )?;
            request.url.push_str("&PageSize=5");
            Ok(request)
        })
        .await
        .unwrap_err();
    let e = error.vendor_error().unwrap();
    assert_eq!(e.code, "SignatureDoesNotMatch");
    assert_eq!(e.kind, ErrorKind::Other);
    assert!(
        e.explanation.contains("different request"),
        "{}",
        e.explanation
    );
}

#[tokio::test]
async fn every_successful_answer_carries_the_skew_and_request_id() {
    let sb = start().await;
    sb.clock().set_offset_ms(4 * MINUTE_MS);
    let client = client();
    let response = client
        .send(&SendPolicy::read(Vendor::BlendVision), |_| {
            signed(
                &client,
                Scheme::BlendVisionBearer,
                &blendvision_credentials(),
                SignableRequest::new(
                    "GET",
                    format!("{}/bv/cms/v1/lives?items_per_page=3", sb.base_url()),
                ),
            )
        })
        .await
        .unwrap();
    assert!(response.server_date.is_some());
    let skew = response.clock_skew_seconds.unwrap();
    assert!((238..=242).contains(&skew), "{skew}");
    let body: serde_json::Value = response.json().unwrap();
    assert_eq!(body["lives"].as_array().unwrap().len(), 3);
    // A typed read of the wrong shape is a bad response that does not quote the body.
    let error = response.json::<Vec<u32>>().unwrap_err();
    assert_eq!(error.code(), "http.bad_response");
    assert!(!error.to_string().contains("Sandbox"), "{error}");
}

#[test]
fn literal_bodies_through_the_public_api() {
    let headers = livedesk_http::HeaderMap::new();
    let read = |vendor, status, body: &str, skew| {
        VendorError::from_response(vendor, status, &headers, body.as_bytes(), skew)
    };
    let e = read(
        Vendor::Huawei,
        401,
        r#"{"error_code":"APIG.0301","error_msg":"Incorrect IAM authentication information: verify aksk signature fail","request_id":"0123abcd"}"#,
        Some(-1),
    );
    assert_eq!(
        (e.kind.clone(), e.request_id.as_deref()),
        (ErrorKind::WrongKey, Some("0123abcd"))
    );
    let e = read(
        Vendor::Huawei,
        401,
        r#"{"error_code":"APIGW.0303","error_msg":"Incorrect app authentication information: x"}"#,
        Some(17 * 60 + 20),
    );
    assert_eq!(e.kind, ErrorKind::ClockOff { minutes: Some(17) });
    assert!(
        e.explanation.contains("17 minutes behind"),
        "{}",
        e.explanation
    );
    let e = read(
        Vendor::Huawei,
        401,
        r#"{"error_code":"APIGW.0301","error_msg":"Incorrect IAM authentication information: signature expired"}"#,
        None,
    );
    assert_eq!(e.kind, ErrorKind::ClockOff { minutes: None });
    assert!(e.explanation.contains("clock seems to be wrong"));
    let e = read(
        Vendor::Naver,
        429,
        r#"{"error":{"errorCode":"420","message":"Rate Limited"}}"#,
        None,
    );
    assert_eq!(e.kind, ErrorKind::RateLimited);
    assert_eq!(HttpError::from(e).code(), "vendor.rate_limited");
    let e = read(
        Vendor::Naver,
        401,
        r#"{"error":{"errorCode":"200","message":"Authentication Failed"}}"#,
        Some(-400),
    );
    assert_eq!(e.kind, ErrorKind::ClockOff { minutes: Some(-7) });
    assert!(e.explanation.contains("7 minutes ahead"));
    let e = read(
        Vendor::Alibaba,
        400,
        r#"{"RequestId":"R","Code":"InvalidTimeStamp.Expired","Message":"Specified time stamp or date value is expired.","Recommend":"x"}"#,
        Some(3600),
    );
    assert_eq!(e.kind, ErrorKind::ClockOff { minutes: Some(60) });
    let json = serde_json::to_value(&e).unwrap();
    assert_eq!(
        (json["kind"].as_str(), json["minutes"].as_i64()),
        (Some("clock_off"), Some(60))
    );
    assert_eq!(json["vendor"], "alibaba");
    assert_eq!(json["code"], "InvalidTimeStamp.Expired");
    let e = read(
        Vendor::Alibaba,
        400,
        r#"{"Code":"Throttling.User","Message":"Request was denied due to user flow control."}"#,
        None,
    );
    assert_eq!(e.kind, ErrorKind::RateLimited);
    let e = read(
        Vendor::BlendVision,
        400,
        r#"{"code":3,"message":"invalid","details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"R","metadata":{"field":"name"}},{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"R","metadata":{"field":"security.privacy"}}]}"#,
        None,
    );
    assert_eq!(
        e.kind,
        ErrorKind::InvalidInput {
            field: Some("security.privacy".into())
        }
    );
    let e = read(
        Vendor::BlendVision,
        400,
        r#"{"code":9,"message":"live is not in preview"}"#,
        None,
    );
    assert_eq!(e.kind, ErrorKind::PreconditionFailed);
    // Garbage in every shape: explained, never a panic.
    for vendor in Vendor::ALL {
        for body in [
            "",
            "null",
            "[]",
            "{}",
            "<html>",
            "{\"code\":",
            "\u{0}\u{1}",
            r#"{"code":{"x":1}}"#,
        ] {
            let e = read(vendor, 418, body, None);
            assert_eq!(e.kind, ErrorKind::Other, "{vendor} {body:?}");
            assert!(!e.explanation.is_empty());
        }
    }
}
