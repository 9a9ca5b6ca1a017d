//! Alibaba ApsaraVideo Live: RPC v1.0 and V3 signatures, nonces, and the caster rules.

use crate::common::client::{send, Response};
use crate::common::signer::{
    alibaba_rpc_signature, alibaba_rpc_string_to_sign, alibaba_v3, body_sha256, query_string,
};
use crate::common::{start, T0_MS};
use livedesk_sandbox::seed::*;
use livedesk_sandbox::timefmt::format_iso;
use livedesk_sandbox::*;
use serde_json::{json, Value};
use std::sync::atomic::{AtomicU64, Ordering};

fn fresh_nonce() -> String {
    static NEXT: AtomicU64 = AtomicU64::new(0);
    format!("test-nonce-{}", NEXT.fetch_add(1, Ordering::Relaxed))
}

/// An RPC v1.0 call: parameters in the query, or in a form body.
struct Rpc {
    method: &'static str,
    params: Vec<(String, String)>,
    in_body: bool,
    timestamp_ms: i64,
    nonce: String,
    ak: &'static str,
    secret: &'static str,
    version: &'static str,
    /// `JSON` as the SDKs send it, `json` as some hand-written clients do.
    format: &'static str,
}

fn rpc(action: &str, params: &[(&str, &str)]) -> Rpc {
    let mut all = vec![("Action".to_string(), action.to_string())];
    all.extend(params.iter().map(|(k, v)| (k.to_string(), v.to_string())));
    Rpc {
        method: "POST",
        params: all,
        in_body: false,
        timestamp_ms: T0_MS,
        nonce: fresh_nonce(),
        ak: ALIBABA_ACCESS_KEY_ID,
        secret: ALIBABA_ACCESS_KEY_SECRET,
        version: "2016-11-01",
        format: "JSON",
    }
}

impl Rpc {
    /// Every parameter that is signed, in the order sent.
    fn signed_params(&self) -> Vec<(String, String)> {
        let mut p = self.params.clone();
        for (k, v) in [
            ("AccessKeyId", self.ak.to_string()),
            ("Format", self.format.into()),
            ("SignatureMethod", "HMAC-SHA1".into()),
            ("SignatureNonce", self.nonce.clone()),
            ("SignatureVersion", "1.0".into()),
            ("Timestamp", format_iso(self.timestamp_ms)),
            ("Version", self.version.into()),
        ] {
            p.push((k.to_string(), v));
        }
        p
    }

    fn string_to_sign(&self) -> String {
        let p = self.signed_params();
        let refs: Vec<(&str, &str)> = p.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        alibaba_rpc_string_to_sign(self.method, &refs)
    }

    async fn send(&self, sb: &SandboxHandle) -> Response {
        let mut p = self.signed_params();
        p.push((
            "Signature".into(),
            alibaba_rpc_signature(self.secret, &self.string_to_sign()),
        ));
        let refs: Vec<(&str, &str)> = p.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        let encoded = query_string(&refs);
        let result = if self.in_body {
            let headers = [(
                "content-type".to_string(),
                "application/x-www-form-urlencoded".to_string(),
            )];
            send(sb.addr(), self.method, "/", &headers, encoded.as_bytes()).await
        } else {
            send(sb.addr(), self.method, &format!("/?{encoded}"), &[], b"").await
        };
        result.expect("response")
    }
}

/// A V3 call: API parameters in the query, signature in headers.
struct V3 {
    action: &'static str,
    query: Vec<(String, String)>,
    timestamp_ms: i64,
    nonce: String,
    secret: &'static str,
}

fn v3(action: &'static str, query: &[(&str, &str)]) -> V3 {
    V3 {
        action,
        query: query
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect(),
        timestamp_ms: T0_MS,
        nonce: fresh_nonce(),
        secret: ALIBABA_ACCESS_KEY_SECRET,
    }
}

impl V3 {
    async fn send(&self, sb: &SandboxHandle) -> (Response, String) {
        let host = sb.addr().to_string();
        let date = format_iso(self.timestamp_ms);
        let hash = body_sha256(b"");
        let headers = [
            ("host", host.as_str()),
            ("x-acs-action", self.action),
            ("x-acs-version", "2016-11-01"),
            ("x-acs-date", date.as_str()),
            ("x-acs-signature-nonce", self.nonce.as_str()),
            ("x-acs-content-sha256", hash.as_str()),
        ];
        let q: Vec<(&str, &str)> = self
            .query
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        let (_, sts, auth) = alibaba_v3(
            ALIBABA_ACCESS_KEY_ID,
            self.secret,
            "POST",
            &q,
            &headers,
            b"",
        );
        let mut sent: Vec<(String, String)> = headers
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        sent.push(("authorization".into(), auth));
        let uri = if q.is_empty() {
            "/".to_string()
        } else {
            format!("/?{}", query_string(&q))
        };
        (
            send(sb.addr(), "POST", &uri, &sent, b"")
                .await
                .expect("response"),
            sts,
        )
    }
}

fn ali_error(resp: &Response, status: u16, code: &str, message: &str) {
    assert_eq!(resp.status, status, "{resp:?}");
    let body = resp.json();
    let rid = body["RequestId"].as_str().expect("RequestId").to_string();
    assert_eq!(rid.len(), 36);
    assert_eq!(resp.header("x-acs-request-id"), rid);
    assert_eq!(
        body,
        json!({
            "RequestId": rid,
            "HostId": "live.aliyuncs.com",
            "Code": code,
            "Message": message,
            "Recommend": format!("https://api.aliyun.com/troubleshoot?q={code}&product=live&requestId={rid}"),
        })
    );
}

fn malformed(resp: &Response, name: &str, why: &str) {
    ali_error(
        resp,
        400,
        "InvalidParameter.Malformed",
        &format!("The parameter {name} is malformed: {why}."),
    );
}

async fn config(sb: &SandboxHandle, caster: &str) -> Value {
    let resp = rpc("DescribeCasterConfig", &[("CasterId", caster)])
        .send(sb)
        .await;
    assert_eq!(resp.status, 200, "{resp:?}");
    resp.json()
}

#[tokio::test]
async fn describe_casters_lists_the_seed_most_recently_modified_first() {
    let sb = start().await;
    let mut call = rpc("DescribeCasters", &[("RegionId", ALIBABA_REGION)]);
    call.method = "GET";
    let resp = call.send(&sb).await;
    assert_eq!(resp.status, 200, "{resp:?}");
    let body = resp.json();
    assert_eq!(body["Total"], 3);
    let ids: Vec<&str> = body["CasterList"]["Caster"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["CasterId"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        [
            ALIBABA_STREAMING_CASTER,
            ALIBABA_BARE_CASTER,
            ALIBABA_IDLE_CASTER
        ]
    );
    let streaming = &body["CasterList"]["Caster"][0];
    assert_eq!(streaming["Status"], 1);
    assert_eq!(streaming["ChargeType"], "PostPaid");
    let idle = rpc("DescribeCasters", &[("Status", "0")])
        .send(&sb)
        .await
        .json();
    assert_eq!(idle["Total"], 2);
}

#[tokio::test]
async fn describe_caster_config_uses_the_read_model() {
    let sb = start().await;
    let body = config(&sb, ALIBABA_IDLE_CASTER).await;
    let rid = body["RequestId"].clone();
    assert_eq!(
        body,
        json!({
            "RequestId": rid,
            "CasterId": ALIBABA_IDLE_CASTER,
            "CasterName": "Sandbox Studio A",
            "DomainName": "live.sandbox-live.example.com",
            "Delay": 5.0,
            "UrgentMaterialId": "a089175eb5f4427684fc0715159a0001",
            "UrgentImageId": "",
            "UrgentImageUrl": "https://static.sandbox-live.example.com/standby.jpg",
            "UrgentLiveStreamUrl": "",
            "AutoSwitchUrgentOn": "true",
            "AutoSwitchUrgentConfig": "{\"eofThres\":3}",
            "CallbackUrl": "https://hooks.sandbox-live.example.com/alibaba",
            "ProgramName": "morning-loop",
            "ProgramEffect": 1,
            "ChannelEnable": 0,
            "SideOutputUrl": "rtmp://push.sandbox-live.example.com/caster/studio-a",
            "SideOutputUrlList": "rtmp://push.sandbox-live.example.com/app1/stream1,rtmp://push.sandbox-live.example.com/app2/stream2",
            "TranscodeConfig": {"CasterTemplate": "lp_sd", "LiveTemplateIds": {"LocationId": ["lld"]}},
            "RecordConfig": {
                "OssEndpoint": "oss-cn-shanghai.aliyuncs.example.com",
                "OssBucket": "sandbox-records",
                "RecordFormat": {"RecordFormat": [{
                    "Format": "M3U8",
                    "OssObjectPrefix": "record/{AppName}/{StreamName}/{StartTime}_{EndTime}",
                    "SliceOssObjectPrefix": "record/{AppName}/{StreamName}/{UnixTimestamp}",
                    "CycleDuration": 21600
                }]}
            }
        })
    );
}

#[tokio::test]
async fn set_caster_config_replaces_the_whole_configuration() {
    let sb = start().await;
    let resp = rpc(
        "SetCasterConfig",
        &[
            ("CasterId", ALIBABA_IDLE_CASTER),
            ("CasterName", "Only A Name"),
        ],
    )
    .send(&sb)
    .await;
    assert_eq!(resp.status, 200, "{resp:?}");
    let body = resp.json();
    assert_eq!(
        body,
        json!({"RequestId": body["RequestId"], "CasterId": ALIBABA_IDLE_CASTER})
    );
    let after = config(&sb, ALIBABA_IDLE_CASTER).await;
    assert_eq!(
        after,
        json!({
            "RequestId": after["RequestId"],
            "CasterId": ALIBABA_IDLE_CASTER,
            "CasterName": "Only A Name",
            "DomainName": "", "Delay": 0.0, "UrgentMaterialId": "", "UrgentImageId": "",
            "UrgentImageUrl": "", "UrgentLiveStreamUrl": "", "AutoSwitchUrgentOn": "false",
            "AutoSwitchUrgentConfig": "", "CallbackUrl": "", "ProgramName": "",
            "ProgramEffect": 0, "ChannelEnable": 0, "SideOutputUrl": "", "SideOutputUrlList": ""
        })
    );
}

#[tokio::test]
async fn set_caster_config_round_trips_every_setting() {
    let sb = start().await;
    let sync = r#"[{"mode":0,"resourceIds":["r1","r2"],"hostResourceId":"r0"}]"#;
    let params = [
        ("CasterId", ALIBABA_BARE_CASTER),
        ("CasterName", "Studio C"),
        ("DomainName", "live.sandbox-live.example.com"),
        ("Delay", "300"),
        (
            "TranscodeConfig",
            r#"{"CasterTemplate":"lp_hd","LiveTemplate":["lhd","lsd"]}"#,
        ),
        (
            "RecordConfig",
            r#"{"endpoint":"oss.example.com","ossBucket":"b","videoFormat":[{"Format":"flv","OssObjectPrefix":"r/{StreamName}","CycleDuration":3600}]}"#,
        ),
        (
            "SideOutputUrlList",
            r#"["rtmp://a.example.com/app/s1","rtmp://b.example.com/app/s2"]"#,
        ),
        ("SyncGroupsConfig", sync),
        ("AutoSwitchUrgentOn", "true"),
        ("AutoSwitchUrgentConfig", r#"{"eofThres":5}"#),
        ("ProgramEffect", "1"),
        ("ChannelEnable", "1"),
    ];
    // Parameters in a form body are signed together with the query, as one sorted list.
    let mut call = rpc("SetCasterConfig", &params);
    call.in_body = true;
    let resp = call.send(&sb).await;
    assert_eq!(resp.status, 200, "{resp:?}");
    let after = config(&sb, ALIBABA_BARE_CASTER).await;
    assert_eq!(after["Delay"], 300.0);
    assert_eq!(
        after["TranscodeConfig"],
        json!({"CasterTemplate": "lp_hd", "LiveTemplateIds": {"LocationId": ["lhd", "lsd"]}})
    );
    assert_eq!(
        after["RecordConfig"],
        json!({"OssEndpoint": "oss.example.com", "OssBucket": "b", "RecordFormat": {"RecordFormat": [
            {"Format": "FLV", "OssObjectPrefix": "r/{StreamName}", "CycleDuration": 3600}]}})
    );
    assert_eq!(
        after["SyncGroupsConfig"],
        json!({"SyncGroup": [{"Mode": 0, "HostResourceId": "r0", "ResourceIds": {"ResourceId": ["r1", "r2"]}}]})
    );
    assert_eq!(
        after["SideOutputUrlList"],
        "rtmp://a.example.com/app/s1,rtmp://b.example.com/app/s2"
    );
    assert_eq!(after["ChannelEnable"], 1);
    assert_eq!(after["AutoSwitchUrgentOn"], "true");
    let listed = rpc("DescribeCasters", &[("CasterId", ALIBABA_BARE_CASTER)])
        .send(&sb)
        .await
        .json();
    assert_eq!(
        listed["CasterList"]["Caster"][0]["LastModified"],
        format_iso(T0_MS)
    );
}

/// An SDK-style request: `AutoSwitchUrgentOn=True` (Python prints booleans so), `Format`
/// in either case; both are read as Alibaba Cloud reads them.
#[tokio::test]
async fn booleans_in_any_case_and_format_in_either_case_are_accepted() {
    let sb = start().await;
    for (on, format, expected) in [
        ("True", "JSON", "true"),
        ("FALSE", "json", "false"),
        ("true", "json", "true"),
    ] {
        let mut call = rpc(
            "SetCasterConfig",
            &[
                ("CasterId", ALIBABA_IDLE_CASTER),
                ("AutoSwitchUrgentOn", on),
            ],
        );
        call.format = format;
        let resp = call.send(&sb).await;
        assert_eq!(resp.status, 200, "{on} {format}: {resp:?}");
        assert_eq!(
            config(&sb, ALIBABA_IDLE_CASTER).await["AutoSwitchUrgentOn"],
            expected
        );
    }
    malformed(
        &rpc(
            "SetCasterConfig",
            &[
                ("CasterId", ALIBABA_IDLE_CASTER),
                ("AutoSwitchUrgentOn", "yes"),
            ],
        )
        .send(&sb)
        .await,
        "AutoSwitchUrgentOn",
        "must be true or false",
    );
}

#[tokio::test]
async fn delay_is_at_most_300_seconds() {
    let sb = start().await;
    let set = |delay: &'static str| {
        rpc(
            "SetCasterConfig",
            &[("CasterId", ALIBABA_IDLE_CASTER), ("Delay", delay)],
        )
    };
    malformed(
        &set("300.5").send(&sb).await,
        "Delay",
        "must be a number from 0 to 300",
    );
    malformed(
        &set("soon").send(&sb).await,
        "Delay",
        "must be a number from 0 to 300",
    );
    assert_eq!(set("300").send(&sb).await.status, 200);
}

#[tokio::test]
async fn at_most_20_side_output_urls() {
    let sb = start().await;
    let list = |n: usize| {
        let urls: Vec<String> = (0..n)
            .map(|i| format!("rtmp://push.example.com/app/s{i}"))
            .collect();
        serde_json::to_string(&urls).unwrap()
    };
    let twenty_one = list(21);
    let resp = rpc(
        "SetCasterConfig",
        &[
            ("CasterId", ALIBABA_IDLE_CASTER),
            ("SideOutputUrlList", &twenty_one),
        ],
    )
    .send(&sb)
    .await;
    malformed(&resp, "SideOutputUrlList", "holds more than 20 URLs");
    let twenty = list(20);
    let ok = rpc(
        "SetCasterConfig",
        &[
            ("CasterId", ALIBABA_IDLE_CASTER),
            ("SideOutputUrlList", &twenty),
        ],
    )
    .send(&sb)
    .await;
    assert_eq!(ok.status, 200);
    let https = r#"["https://push.example.com/app/s"]"#;
    let resp = rpc(
        "SetCasterConfig",
        &[
            ("CasterId", ALIBABA_IDLE_CASTER),
            ("SideOutputUrlList", https),
        ],
    )
    .send(&sb)
    .await;
    malformed(&resp, "SideOutputUrlList", "only RTMP URLs are supported");
}

#[tokio::test]
async fn channels_cannot_be_turned_off_once_on() {
    let sb = start().await;
    let refused = |resp: &Response| {
        ali_error(
            resp,
            400,
            "InvalidCaster.ChannelDisableUnsupported",
            "Channels cannot be disabled once they are enabled; send ChannelEnable=1.",
        )
    };
    let streaming = ALIBABA_STREAMING_CASTER;
    refused(
        &rpc(
            "SetCasterConfig",
            &[("CasterId", streaming), ("ChannelEnable", "0")],
        )
        .send(&sb)
        .await,
    );
    // Omitting it clears it, which is turning it off too.
    refused(
        &rpc("SetCasterConfig", &[("CasterId", streaming)])
            .send(&sb)
            .await,
    );
    let keep = rpc(
        "SetCasterConfig",
        &[("CasterId", streaming), ("ChannelEnable", "1")],
    );
    assert_eq!(keep.send(&sb).await.status, 200);
    // First enabling needs a stopped caster.
    sb.set_alibaba_caster_status(ALIBABA_IDLE_CASTER, 1);
    let on = || {
        rpc(
            "SetCasterConfig",
            &[("CasterId", ALIBABA_IDLE_CASTER), ("ChannelEnable", "1")],
        )
    };
    ali_error(
        &on().send(&sb).await,
        400,
        "IncorrectCasterStatus.EnableChannel",
        "Channels can be enabled for the first time only while the caster is stopped.",
    );
    sb.set_alibaba_caster_status(ALIBABA_IDLE_CASTER, 0);
    assert_eq!(on().send(&sb).await.status, 200);
    refused(
        &rpc(
            "SetCasterConfig",
            &[("CasterId", ALIBABA_IDLE_CASTER), ("ChannelEnable", "0")],
        )
        .send(&sb)
        .await,
    );
}

#[tokio::test]
async fn caster_id_is_required_and_must_exist() {
    let sb = start().await;
    ali_error(
        &rpc("SetCasterConfig", &[("CasterName", "x")]).send(&sb).await,
        400,
        "MissingParameter",
        "The input parameter \"CasterId\" that is mandatory for processing this request is not supplied.",
    );
    ali_error(
        &rpc("DescribeCasterConfig", &[("CasterId", "no-such-caster")])
            .send(&sb)
            .await,
        404,
        "InvalidCaster.NotFound",
        "The caster no-such-caster does not exist.",
    );
    malformed(
        &rpc(
            "SetCasterConfig",
            &[
                ("CasterId", ALIBABA_IDLE_CASTER),
                ("TranscodeConfig", "lp_sd"),
            ],
        )
        .send(&sb)
        .await,
        "TranscodeConfig",
        "must be a JSON object",
    );
}

#[tokio::test]
async fn a_wrong_rpc_signature_shows_the_server_string_to_sign() {
    let sb = start().await;
    let mut call = rpc("DescribeCasterConfig", &[("CasterId", ALIBABA_IDLE_CASTER)]);
    call.secret = "not-the-secret";
    let resp = call.send(&sb).await;
    ali_error(
        &resp,
        400,
        "SignatureDoesNotMatch",
        &format!(
            "Specified signature is not matched with our calculation. server string to sign is:{}",
            call.string_to_sign()
        ),
    );
}

#[tokio::test]
async fn v3_signatures_are_accepted_and_checked() {
    let sb = start().await;
    let (ok, _) = v3("DescribeCasterConfig", &[("CasterId", ALIBABA_IDLE_CASTER)])
        .send(&sb)
        .await;
    assert_eq!(ok.status, 200, "{ok:?}");
    assert_eq!(ok.json()["CasterName"], "Sandbox Studio A");
    let (set, _) = v3(
        "SetCasterConfig",
        &[
            ("CasterId", ALIBABA_BARE_CASTER),
            ("CasterName", "Via V3"),
            ("Delay", "12.5"),
        ],
    )
    .send(&sb)
    .await;
    assert_eq!(set.status, 200, "{set:?}");
    assert_eq!(config(&sb, ALIBABA_BARE_CASTER).await["Delay"], 12.5);
    let mut wrong = v3("DescribeCasterConfig", &[("CasterId", ALIBABA_IDLE_CASTER)]);
    wrong.secret = "not-the-secret";
    let (resp, sts) = wrong.send(&sb).await;
    assert!(sts.starts_with("ACS3-HMAC-SHA256\n"));
    ali_error(
        &resp,
        400,
        "SignatureDoesNotMatch",
        &format!("Specified signature is not matched with our calculation. server string to sign is:{sts}"),
    );
}

#[tokio::test]
async fn a_timestamp_more_than_15_minutes_off_is_expired() {
    let sb = start().await;
    let fifteen = 15 * 60 * 1000;
    let mut ok = rpc("DescribeCasters", &[]);
    ok.timestamp_ms = T0_MS - fifteen;
    assert_eq!(ok.send(&sb).await.status, 200);
    let expired = |resp: &Response| {
        ali_error(
            resp,
            400,
            "InvalidTimeStamp.Expired",
            "Specified time stamp or date value is expired.",
        )
    };
    let mut stale = rpc("DescribeCasters", &[]);
    stale.timestamp_ms = T0_MS - fifteen - 1000;
    expired(&stale.send(&sb).await);
    let mut ahead = v3("DescribeCasters", &[]);
    ahead.timestamp_ms = T0_MS + fifteen + 1000;
    expired(&ahead.send(&sb).await.0);
}

#[tokio::test]
async fn a_reused_nonce_is_refused() {
    let sb = start().await;
    let used = |resp: &Response| {
        ali_error(
            resp,
            400,
            "SignatureNonceUsed",
            "Specified signature nonce was used already.",
        )
    };
    let first = rpc("DescribeCasters", &[]);
    assert_eq!(first.send(&sb).await.status, 200);
    used(&first.send(&sb).await);
    // A retry needs a fresh nonce, not just a fresh timestamp.
    let mut retry = rpc("DescribeCasters", &[]);
    retry.nonce = first.nonce.clone();
    retry.timestamp_ms = T0_MS + 1000;
    used(&retry.send(&sb).await);
    let call = v3("DescribeCasters", &[]);
    assert_eq!(call.send(&sb).await.0.status, 200);
    used(&call.send(&sb).await.0);
}

#[tokio::test]
async fn a_failed_signature_does_not_use_up_the_nonce() {
    let sb = start().await;
    let mut bad = rpc("DescribeCasters", &[]);
    bad.secret = "wrong";
    assert_eq!(bad.send(&sb).await.status, 400);
    let mut good = rpc("DescribeCasters", &[]);
    good.nonce = bad.nonce.clone();
    assert_eq!(good.send(&sb).await.status, 200);
}

#[tokio::test]
async fn unknown_key_action_and_version_have_their_codes() {
    let sb = start().await;
    let mut unknown = rpc("DescribeCasters", &[]);
    unknown.ak = "LTAI5tNoSuchKey000000";
    ali_error(
        &unknown.send(&sb).await,
        404,
        "InvalidAccessKeyId.NotFound",
        "Specified access key is not found.",
    );
    ali_error(
        &rpc("DeleteCaster", &[]).send(&sb).await,
        404,
        "InvalidAction.NotFound",
        "Specified api is not found, please check your url and method.",
    );
    let mut old = rpc("DescribeCasters", &[]);
    old.version = "2014-05-26";
    ali_error(
        &old.send(&sb).await,
        400,
        "InvalidVersion",
        "Specified parameter Version is not valid.",
    );
    let bare = send(sb.addr(), "GET", "/?Action=DescribeCasters", &[], b"")
        .await
        .unwrap();
    ali_error(
        &bare,
        400,
        "MissingAccessKeyId",
        "The input parameter \"AccessKeyId\" that is mandatory for processing this request is not supplied.",
    );
}

#[tokio::test]
async fn query_and_form_parameters_are_signed_as_one_list() {
    let sb = start().await;
    let call = rpc(
        "SetCasterConfig",
        &[
            ("CasterId", ALIBABA_BARE_CASTER),
            ("CasterName", "Split Params"),
            ("Delay", "7"),
        ],
    );
    let mut params = call.signed_params();
    params.push((
        "Signature".into(),
        alibaba_rpc_signature(ALIBABA_ACCESS_KEY_SECRET, &call.string_to_sign()),
    ));
    // Common parameters travel in the query, the operation's in the body.
    let (body, query): (Vec<_>, Vec<_>) = params
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .partition(|(k, _)| ["CasterName", "Delay"].contains(k));
    let headers = [(
        "content-type".to_string(),
        "application/x-www-form-urlencoded; charset=utf-8".to_string(),
    )];
    let resp = send(
        sb.addr(),
        "POST",
        &format!("/?{}", query_string(&query)),
        &headers,
        query_string(&body).as_bytes(),
    )
    .await
    .unwrap();
    assert_eq!(resp.status, 200, "{resp:?}");
    let after = config(&sb, ALIBABA_BARE_CASTER).await;
    assert_eq!(
        (after["CasterName"].as_str(), after["Delay"].as_f64()),
        (Some("Split Params"), Some(7.0))
    );
}
