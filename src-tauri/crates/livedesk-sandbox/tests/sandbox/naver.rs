//! NAVER Live Station: gateway signature v2, channel reads, switch-stream rules.

use crate::common::client::{send, Response};
use crate::common::signer::naver_signature;
use crate::common::{start, T0_MS};
use livedesk_sandbox::seed::*;
use livedesk_sandbox::*;
use serde_json::json;

struct Call<'a> {
    method: &'a str,
    uri: String,
    timestamp_ms: i64,
    ak: &'a str,
    sk: &'a str,
    /// Signed URI when it differs from the one sent.
    signed_uri: Option<String>,
    region: Option<&'a str>,
}

impl<'a> Call<'a> {
    fn new(method: &'a str, uri: impl Into<String>) -> Self {
        Self {
            method,
            uri: uri.into(),
            timestamp_ms: T0_MS,
            ak: NAVER_ACCESS_KEY,
            sk: NAVER_SECRET_KEY,
            signed_uri: None,
            region: Some(NAVER_REGION),
        }
    }

    async fn send(self, sb: &SandboxHandle) -> Response {
        let ts = self.timestamp_ms.to_string();
        let signed = self.signed_uri.as_deref().unwrap_or(&self.uri);
        let sig = naver_signature(self.sk, self.method, signed, &ts, self.ak);
        let mut headers = vec![
            ("x-ncp-apigw-timestamp".to_string(), ts),
            ("x-ncp-iam-access-key".to_string(), self.ak.to_string()),
            ("x-ncp-apigw-signature-v2".to_string(), sig),
            ("content-type".to_string(), "application/json".to_string()),
        ];
        if let Some(region) = self.region {
            headers.push(("x-ncp-region_code".to_string(), region.to_string()));
        }
        send(sb.addr(), self.method, &self.uri, &headers, b"")
            .await
            .expect("response")
    }
}

fn switch(id: &str) -> Call<'static> {
    Call::new("PUT", format!("/api/v2/channels/{id}/switch-stream"))
}

fn auth_failed(resp: &Response) {
    assert_eq!(resp.status, 401, "{resp:?}");
    assert_eq!(
        resp.json(),
        json!({"error": {"errorCode": "200", "message": "Authentication Failed"}})
    );
}

#[tokio::test]
async fn lists_and_filters_channels() {
    let sb = start().await;
    let all = Call::new("GET", "/api/v2/channels").send(&sb).await;
    assert_eq!(all.status, 200);
    let body = all.json();
    assert_eq!(body["total"], 3);
    assert_eq!(body["content"].as_array().unwrap().len(), 3);
    let publishing = Call::new(
        "GET",
        "/api/v2/channels?channelStatus=PUBLISHING&pageNo=1&pageSizeNo=10",
    )
    .send(&sb)
    .await
    .json();
    assert_eq!(publishing["total"], 1);
    assert_eq!(
        publishing["content"][0]["channelId"],
        NAVER_PUBLISHING_CHANNEL
    );
    let page2 = Call::new("GET", "/api/v2/channels?pageNo=2&pageSizeNo=2")
        .send(&sb)
        .await
        .json();
    assert_eq!(page2["total"], 3);
    assert_eq!(page2["content"].as_array().unwrap().len(), 1);
}

#[tokio::test]
async fn detail_wraps_the_channel_in_content() {
    let sb = start().await;
    let list = Call::new("GET", "/api/v2/channels").send(&sb).await.json();
    let resp = Call::new("GET", format!("/api/v2/channels/{NAVER_READY_CHANNEL}"))
        .send(&sb)
        .await;
    assert_eq!(resp.status, 200);
    let content = &resp.json()["content"];
    assert_eq!(content["channelStatus"], "READY");
    assert_eq!(*content, list["content"][1]);
}

#[tokio::test]
async fn switch_stream_flips_the_backup_flag_of_a_publishing_channel() {
    let sb = start().await;
    let first = switch(NAVER_PUBLISHING_CHANNEL).send(&sb).await;
    assert_eq!(first.status, 200);
    let mut expected = Call::new(
        "GET",
        format!("/api/v2/channels/{NAVER_PUBLISHING_CHANNEL}"),
    )
    .send(&sb)
    .await
    .json();
    assert_eq!(expected["content"]["isPublishingBackUp"], true);
    assert_eq!(first.json(), expected);
    let second = switch(NAVER_PUBLISHING_CHANNEL).send(&sb).await;
    expected["content"]["isPublishingBackUp"] = false.into();
    assert_eq!(second.json(), expected);
}

#[tokio::test]
async fn switch_stream_is_refused_unless_publishing() {
    let sb = start().await;
    let resp = switch(NAVER_READY_CHANNEL).send(&sb).await;
    assert_eq!(resp.status, 400);
    assert_eq!(
        resp.json(),
        json!({"error": {
            "errorCode": 250005,
            "message": "The stream can be switched only while the channel is PUBLISHING",
            "errorName": "NOT_AVAILABLE"
        }})
    );
    assert!(sb.set_naver_channel_status(NAVER_READY_CHANNEL, "PUBLISHING"));
    let ok = switch(NAVER_READY_CHANNEL).send(&sb).await;
    assert_eq!(ok.json()["content"]["isPublishingBackUp"], true);
}

#[tokio::test]
async fn an_unknown_channel_is_not_found() {
    let sb = start().await;
    let resp = switch("ls-00000000000000-nope0").send(&sb).await;
    assert_eq!(resp.status, 404);
    assert_eq!(
        resp.json(),
        json!({"error": {
            "errorCode": 250004,
            "message": "Channel not found: ls-00000000000000-nope0",
            "errorName": "NOT_FOUND"
        }})
    );
}

#[tokio::test]
async fn wrong_secret_or_unknown_key_is_code_200() {
    let sb = start().await;
    let mut wrong = switch(NAVER_PUBLISHING_CHANNEL);
    wrong.sk = "not-the-secret";
    auth_failed(&wrong.send(&sb).await);
    let mut unknown = switch(NAVER_PUBLISHING_CHANNEL);
    unknown.ak = "NOSUCHACCESSKEY00000";
    auth_failed(&unknown.send(&sb).await);
    // Nothing changed.
    let detail = Call::new(
        "GET",
        format!("/api/v2/channels/{NAVER_PUBLISHING_CHANNEL}"),
    )
    .send(&sb)
    .await
    .json();
    assert_eq!(detail["content"]["isPublishingBackUp"], false);
}

#[tokio::test]
async fn a_timestamp_more_than_5_minutes_off_is_code_200() {
    let sb = start().await;
    let at = |ms| {
        let mut c = Call::new("GET", "/api/v2/channels");
        c.timestamp_ms = ms;
        c
    };
    let five = 5 * 60 * 1000;
    assert_eq!(at(T0_MS - five).send(&sb).await.status, 200);
    assert_eq!(at(T0_MS + five).send(&sb).await.status, 200);
    auth_failed(&at(T0_MS - five - 1).send(&sb).await);
    auth_failed(&at(T0_MS + five + 1).send(&sb).await);
}

#[tokio::test]
async fn the_query_is_signed_as_sent() {
    let sb = start().await;
    let mut reordered = Call::new("GET", "/api/v2/channels?pageNo=1&pageSizeNo=10");
    reordered.signed_uri = Some("/api/v2/channels?pageSizeNo=10&pageNo=1".into());
    auth_failed(&reordered.send(&sb).await);
    let mut without_query = Call::new("GET", "/api/v2/channels?pageNo=1");
    without_query.signed_uri = Some("/api/v2/channels".into());
    auth_failed(&without_query.send(&sb).await);
}

#[tokio::test]
async fn a_read_only_key_may_read_but_not_switch() {
    let sb = start().await;
    let read_only = |mut c: Call<'static>| {
        c.ak = NAVER_READONLY_ACCESS_KEY;
        c.sk = NAVER_READONLY_SECRET_KEY;
        c
    };
    let get = read_only(Call::new("GET", "/api/v2/channels"))
        .send(&sb)
        .await;
    assert_eq!(get.status, 200);
    let put = read_only(switch(NAVER_PUBLISHING_CHANNEL)).send(&sb).await;
    assert_eq!(put.status, 401);
    assert_eq!(
        put.json(),
        json!({"error": {"errorCode": "210", "message": "Permission Denied"}})
    );
}

#[tokio::test]
async fn region_header_is_required_and_must_be_supported() {
    let sb = start().await;
    let mut missing = Call::new("GET", "/api/v2/channels");
    missing.region = None;
    let resp = missing.send(&sb).await;
    assert_eq!(resp.status, 400);
    assert_eq!(
        resp.json(),
        json!({"error": {
            "errorCode": 250003,
            "message": "Required header is missing: x-ncp-region_code",
            "errorName": "REQUIRED_HEADER"
        }})
    );
    let mut other = Call::new("GET", "/api/v2/channels");
    other.region = Some("JP");
    assert_eq!(other.send(&sb).await.json()["error"]["errorCode"], 250019);
}

#[tokio::test]
async fn page_size_over_100_is_invalid_format() {
    let sb = start().await;
    let resp = Call::new("GET", "/api/v2/channels?pageSizeNo=101")
        .send(&sb)
        .await;
    assert_eq!(resp.status, 400);
    assert_eq!(
        resp.json(),
        json!({"error": {
            "errorCode": 250002,
            "message": "Invalid value format: pageSizeNo",
            "errorName": "INVALID_FORMAT"
        }})
    );
}

#[tokio::test]
async fn an_unknown_route_is_gateway_300() {
    let sb = start().await;
    let resp = Call::new("DELETE", "/api/v2/channels").send(&sb).await;
    assert_eq!(resp.status, 404);
    assert_eq!(
        resp.json(),
        json!({"error": {"errorCode": "300", "message": "Not Found Exception"}})
    );
}
