//! Huawei Cloud Live: AK/SK verification, stream backup per domain, record control rules.

use crate::common::client::{send, Response};
use crate::common::signer::{huawei_authorization, query_string};
use crate::common::{start, T0_MS};
use livedesk_sandbox::seed::*;
use livedesk_sandbox::timefmt::{format_compact, format_http_date};
use livedesk_sandbox::*;
use serde_json::{json, Value};
use std::time::Duration;

struct Call<'a> {
    method: &'a str,
    tail: &'a str,
    query: Vec<(&'a str, &'a str)>,
    body: Vec<u8>,
    date_ms: i64,
    ak: &'a str,
    sk: &'a str,
    project: &'a str,
    unsigned_payload: bool,
}

impl<'a> Call<'a> {
    fn new(method: &'a str, tail: &'a str) -> Self {
        Self {
            method,
            tail,
            query: Vec::new(),
            body: Vec::new(),
            date_ms: T0_MS,
            ak: HUAWEI_ACCESS_KEY,
            sk: HUAWEI_SECRET_KEY,
            project: HUAWEI_PROJECT_ID,
            unsigned_payload: false,
        }
    }

    fn query(mut self, pairs: &[(&'a str, &'a str)]) -> Self {
        self.query = pairs.to_vec();
        self
    }

    fn json(mut self, body: Value) -> Self {
        self.body = body.to_string().into_bytes();
        self
    }

    fn raw(mut self, body: &str) -> Self {
        self.body = body.as_bytes().to_vec();
        self
    }

    async fn send(self, sb: &SandboxHandle) -> Response {
        let path = format!("/v1/{}/{}", self.project, self.tail);
        let host = sb.addr().to_string();
        let date = format_compact(self.date_ms);
        let mut headers = vec![
            ("content-type", "application/json; charset=utf-8"),
            ("host", host.as_str()),
            ("x-project-id", self.project),
            ("x-sdk-date", date.as_str()),
        ];
        if self.unsigned_payload {
            headers.push(("x-sdk-content-sha256", "UNSIGNED-PAYLOAD"));
        }
        let auth = huawei_authorization(
            self.ak,
            self.sk,
            self.method,
            &path,
            &self.query,
            &headers,
            &self.body,
        );
        let mut sent: Vec<(String, String)> = headers
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        sent.push(("authorization".into(), auth));
        let target = if self.query.is_empty() {
            path
        } else {
            format!("{path}?{}", query_string(&self.query))
        };
        send(sb.addr(), self.method, &target, &sent, &self.body)
            .await
            .expect("response")
    }
}

fn gateway_401(resp: &Response, detail: &str) {
    assert_eq!(resp.status, 401, "{resp:?}");
    assert_eq!(
        resp.json(),
        json!({
            "error_code": "APIGW.0301",
            "error_msg": format!("Incorrect IAM authentication information: {detail}"),
            "request_id": resp.header("x-request-id"),
        })
    );
}

fn live_error(resp: &Response, status: u16, code: &str, msg: &str) {
    assert_eq!(resp.status, status, "{resp:?}");
    assert_eq!(resp.json(), json!({"error_code": code, "error_msg": msg}));
    assert_eq!(resp.header("x-request-id").len(), 32);
}

fn backup_query() -> Vec<(&'static str, &'static str)> {
    vec![("publish_domain", HUAWEI_PUBLISH_DOMAIN)]
}

#[tokio::test]
async fn signed_get_reads_the_stream_backup_flag() {
    let sb = start().await;
    let resp = Call::new("GET", "domain/stream-backup")
        .query(&backup_query())
        .send(&sb)
        .await;
    assert_eq!(resp.status, 200);
    assert_eq!(
        resp.json(),
        json!({"publish_domain": HUAWEI_PUBLISH_DOMAIN, "stream_backup_enable": false})
    );
    assert_eq!(resp.header("date"), format_http_date(T0_MS));
    assert_eq!(resp.header("x-request-id").len(), 32);
}

#[tokio::test]
async fn put_sets_the_flag_of_one_domain_only() {
    let sb = start().await;
    let resp = Call::new("PUT", "domain/stream-backup")
        .json(json!({"publish_domain": HUAWEI_PUBLISH_DOMAIN, "stream_backup_enable": true}))
        .send(&sb)
        .await;
    assert_eq!(resp.status, 200);
    assert_eq!(
        resp.json(),
        json!({"publish_domain": HUAWEI_PUBLISH_DOMAIN, "stream_backup_enable": true})
    );
    let read = |domain: &'static str| {
        Call::new("GET", "domain/stream-backup").query(&[("publish_domain", domain)])
    };
    let this = read(HUAWEI_PUBLISH_DOMAIN).send(&sb).await.json();
    assert_eq!(this["stream_backup_enable"], true);
    let other = read(HUAWEI_EVENTS_DOMAIN).send(&sb).await.json();
    assert_eq!(other["stream_backup_enable"], false);
    let off = Call::new("PUT", "domain/stream-backup")
        .json(json!({"publish_domain": HUAWEI_BACKUP_DOMAIN, "stream_backup_enable": false}))
        .send(&sb)
        .await;
    assert_eq!(off.json()["stream_backup_enable"], false);
    assert_eq!(
        read(HUAWEI_BACKUP_DOMAIN).send(&sb).await.json()["stream_backup_enable"],
        false
    );
}

#[tokio::test]
async fn wrong_secret_is_apigw_0301() {
    let sb = start().await;
    let mut call = Call::new("GET", "domain/stream-backup").query(&backup_query());
    call.sk = "not-the-secret-key";
    gateway_401(&call.send(&sb).await, "verify aksk signature fail");
}

#[tokio::test]
async fn a_body_changed_after_signing_fails_the_signature() {
    let sb = start().await;
    let path = format!("/v1/{HUAWEI_PROJECT_ID}/domain/stream-backup");
    let host = sb.addr().to_string();
    let date = format_compact(T0_MS);
    let headers = [("host", host.as_str()), ("x-sdk-date", date.as_str())];
    let signed = json!({"publish_domain": HUAWEI_PUBLISH_DOMAIN, "stream_backup_enable": false});
    let auth = huawei_authorization(
        HUAWEI_ACCESS_KEY,
        HUAWEI_SECRET_KEY,
        "PUT",
        &path,
        &[],
        &headers,
        signed.to_string().as_bytes(),
    );
    let sent = json!({"publish_domain": HUAWEI_PUBLISH_DOMAIN, "stream_backup_enable": true});
    let mut hs: Vec<(String, String)> = headers
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    hs.push(("authorization".into(), auth));
    let resp = send(sb.addr(), "PUT", &path, &hs, sent.to_string().as_bytes())
        .await
        .unwrap();
    gateway_401(&resp, "verify aksk signature fail");
}

#[tokio::test]
async fn unknown_access_key_is_apigw_0301() {
    let sb = start().await;
    let mut call = Call::new("GET", "domain/stream-backup").query(&backup_query());
    call.ak = "UNKNOWNAK00000000000";
    gateway_401(&call.send(&sb).await, "ak UNKNOWNAK00000000000 not exist");
}

#[tokio::test]
async fn missing_authorization_is_apigw_0301() {
    let sb = start().await;
    let path = format!("/v1/{HUAWEI_PROJECT_ID}/domain/stream-backup?publish_domain=x");
    let resp = send(sb.addr(), "GET", &path, &[], b"").await.unwrap();
    gateway_401(&resp, "Authorization header not found");
}

#[tokio::test]
async fn a_date_more_than_15_minutes_off_is_signature_expired() {
    let sb = start().await;
    let call = |date_ms| {
        let mut c = Call::new("GET", "domain/stream-backup").query(&backup_query());
        c.date_ms = date_ms;
        c
    };
    let fifteen = 15 * 60 * 1000;
    assert_eq!(call(T0_MS - fifteen).send(&sb).await.status, 200);
    assert_eq!(call(T0_MS + fifteen).send(&sb).await.status, 200);
    gateway_401(
        &call(T0_MS - fifteen - 1000).send(&sb).await,
        "signature expired",
    );
    gateway_401(
        &call(T0_MS + fifteen + 1000).send(&sb).await,
        "signature expired",
    );
    // The gateway's clock moving on has the same effect, and shows in `Date`.
    sb.clock().advance(Duration::from_secs(16 * 60));
    let resp = call(T0_MS).send(&sb).await;
    gateway_401(&resp, "signature expired");
    assert_eq!(
        resp.header("date"),
        format_http_date(T0_MS + 16 * 60 * 1000)
    );
}

#[tokio::test]
async fn unsigned_payload_is_accepted_when_declared_and_signed() {
    let sb = start().await;
    let mut call = Call::new("PUT", "domain/stream-backup")
        .json(json!({"publish_domain": HUAWEI_PUBLISH_DOMAIN, "stream_backup_enable": true}));
    call.unsigned_payload = true;
    assert_eq!(call.send(&sb).await.status, 200);
}

#[tokio::test]
async fn queries_are_signed_in_canonical_order_with_encoded_values() {
    let sb = start().await;
    // Sent in non-canonical order with a space and a reserved character.
    let resp = Call::new("GET", "domain/stream-backup")
        .query(&[
            ("z_extra", "a b/c"),
            ("publish_domain", HUAWEI_PUBLISH_DOMAIN),
        ])
        .send(&sb)
        .await;
    assert_eq!(resp.status, 200, "{:?}", resp.body);
}

#[tokio::test]
async fn bad_bodies_and_parameters_are_live_100011001() {
    let sb = start().await;
    let put = |body: &str| Call::new("PUT", "domain/stream-backup").raw(body);
    live_error(
        &put("{not json").send(&sb).await,
        400,
        "LIVE.100011001",
        "Request Illegal",
    );
    live_error(
        &put(&json!({"publish_domain": HUAWEI_PUBLISH_DOMAIN}).to_string())
            .send(&sb)
            .await,
        400,
        "LIVE.100011001",
        "Invalid request parameter: stream_backup_enable",
    );
    live_error(
        &put(
            &json!({"publish_domain": HUAWEI_PUBLISH_DOMAIN, "stream_backup_enable": "true"})
                .to_string(),
        )
        .send(&sb)
        .await,
        400,
        "LIVE.100011001",
        "Invalid request parameter: stream_backup_enable",
    );
    let long = "d".repeat(256);
    live_error(
        &put(&json!({"publish_domain": long, "stream_backup_enable": true}).to_string())
            .send(&sb)
            .await,
        400,
        "LIVE.100011001",
        "Invalid request parameter: publish_domain",
    );
    live_error(
        &Call::new("GET", "domain/stream-backup").send(&sb).await,
        400,
        "LIVE.100011001",
        "Invalid request parameter: publish_domain",
    );
}

#[tokio::test]
async fn an_unknown_domain_is_not_found() {
    let sb = start().await;
    let resp = Call::new("GET", "domain/stream-backup")
        .query(&[("publish_domain", "nope.example.com")])
        .send(&sb)
        .await;
    live_error(&resp, 404, "LIVE.103011019", "Request Illegal");
}

#[tokio::test]
async fn another_project_id_is_refused() {
    let sb = start().await;
    let mut call = Call::new("GET", "domain/stream-backup").query(&backup_query());
    call.project = "00000000000000000000000000000000";
    gateway_401(
        &call.send(&sb).await,
        "project 00000000000000000000000000000000 does not belong to the ak",
    );
}

#[tokio::test]
async fn an_unknown_api_is_apigw_0101() {
    let sb = start().await;
    let resp = Call::new("DELETE", "domain/stream-backup").send(&sb).await;
    assert_eq!(resp.status, 404);
    assert_eq!(
        resp.json(),
        json!({
            "error_code": "APIGW.0101",
            "error_msg": "The API does not exist or has not been published in the environment",
            "request_id": resp.header("x-request-id"),
        })
    );
}

fn record(action: &'static str, stream: &'static str) -> Call<'static> {
    Call::new("POST", "record/control")
        .query(&[("action", action)])
        .json(json!({"publish_domain": HUAWEI_PUBLISH_DOMAIN, "app": HUAWEI_RECORD_APP, "stream": stream}))
}

#[tokio::test]
async fn start_is_refused_within_10_seconds_of_a_stop() {
    let sb = start().await;
    let stream = HUAWEI_ONLINE_STREAMS[0];
    let ok = record("START", stream).send(&sb).await;
    assert_eq!(ok.status, 200);
    assert_eq!(ok.json(), json!({}));
    assert_eq!(record("STOP", stream).send(&sb).await.status, 200);
    let mut again = record("START", stream);
    again.date_ms = T0_MS + 10_000;
    sb.clock().advance(Duration::from_secs(10));
    live_error(
        &again.send(&sb).await,
        400,
        "LIVE.100011022",
        "Recording of this stream was stopped less than 10 seconds ago",
    );
    // Another stream is not affected by this stream's stop.
    assert_eq!(
        record("START", HUAWEI_ONLINE_STREAMS[1])
            .send(&sb)
            .await
            .status,
        200
    );
    sb.clock().advance(Duration::from_millis(1));
    let mut later = record("START", stream);
    later.date_ms = T0_MS + 10_001;
    assert_eq!(later.send(&sb).await.status, 200);
}

#[tokio::test]
async fn an_unknown_record_is_404() {
    let sb = start().await;
    let not_found = |resp: &Response| {
        live_error(
            resp,
            404,
            "LIVE.100011001",
            "The resource to access is not exists",
        )
    };
    // No COMMAND_RECORD rule covers this app.
    let unruled = Call::new("POST", "record/control")
        .query(&[("action", "START")])
        .json(json!({"publish_domain": HUAWEI_PUBLISH_DOMAIN, "app": HUAWEI_UNRULED_APP, "stream": "main-stage"}));
    not_found(&unruled.send(&sb).await);
    // Nothing is being recorded, so there is nothing to stop.
    not_found(&record("STOP", HUAWEI_ONLINE_STREAMS[0]).send(&sb).await);
}

#[tokio::test]
async fn start_needs_a_stream_being_pushed() {
    let sb = start().await;
    live_error(
        &record("START", HUAWEI_OFFLINE_STREAM).send(&sb).await,
        400,
        "LIVE.100011001",
        "The stream is not being pushed",
    );
    sb.set_huawei_stream_online(
        HUAWEI_PUBLISH_DOMAIN,
        HUAWEI_RECORD_APP,
        HUAWEI_OFFLINE_STREAM,
        true,
    );
    assert_eq!(
        record("START", HUAWEI_OFFLINE_STREAM)
            .send(&sb)
            .await
            .status,
        200
    );
}

#[tokio::test]
async fn record_control_validates_action_and_body() {
    let sb = start().await;
    live_error(
        &record("PAUSE", HUAWEI_ONLINE_STREAMS[0]).send(&sb).await,
        400,
        "LIVE.100011001",
        "Invalid request parameter: action",
    );
    let no_stream = Call::new("POST", "record/control")
        .query(&[("action", "START")])
        .json(json!({"publish_domain": HUAWEI_PUBLISH_DOMAIN, "app": HUAWEI_RECORD_APP}));
    live_error(
        &no_stream.send(&sb).await,
        400,
        "LIVE.100011001",
        "Invalid request parameter: stream",
    );
}

/// The reads behind the pickers and Review: domains (push and pull), record rules, and the
/// streams being pushed, filtered as the vendor filters them.
#[tokio::test]
async fn domains_rules_and_online_streams_are_listed() {
    let sb = start().await;
    let domains = Call::new("GET", "domain").send(&sb).await;
    assert_eq!(domains.status, 200, "{domains:?}");
    let body = domains.json();
    let kinds: Vec<(String, String)> = body["domain_info"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["domain"].as_str().unwrap().to_owned(),
                d["domain_type"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    assert!(kinds.contains(&(HUAWEI_PUBLISH_DOMAIN.to_owned(), "push".to_owned())));
    assert!(kinds.iter().any(|(_, t)| t == "pull"), "{kinds:?}");
    assert_eq!(body["total"], kinds.len());

    let rules = Call::new("GET", "record/rules")
        .query(&[("publish_domain", HUAWEI_PUBLISH_DOMAIN)])
        .send(&sb)
        .await
        .json();
    assert_eq!(rules["total"], 1, "{rules}");
    assert_eq!(rules["record_config"][0]["app"], HUAWEI_RECORD_APP);
    assert_eq!(rules["record_config"][0]["record_type"], "COMMAND_RECORD");

    let online = Call::new("GET", "realtime/streams")
        .query(&[
            ("publish_domain", HUAWEI_PUBLISH_DOMAIN),
            ("app", HUAWEI_RECORD_APP),
        ])
        .send(&sb)
        .await
        .json();
    let names: Vec<&str> = online["streams"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["stream"].as_str().unwrap())
        .collect();
    assert_eq!(names, HUAWEI_ONLINE_STREAMS);
    assert_eq!(online["total_num"], 2);
    let one = Call::new("GET", "realtime/streams")
        .query(&[
            ("publish_domain", HUAWEI_PUBLISH_DOMAIN),
            ("stream", "main-stage"),
        ])
        .send(&sb)
        .await;
    live_error(
        &one,
        400,
        "LIVE.100011001",
        "Invalid request parameter: app",
    );
    let unknown = Call::new("GET", "realtime/streams")
        .query(&[("publish_domain", "nope.example.com")])
        .send(&sb)
        .await;
    assert_eq!(unknown.status, 404);
}
