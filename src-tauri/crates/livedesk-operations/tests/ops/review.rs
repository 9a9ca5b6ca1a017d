//! The review of a prepared call and its "copy as curl": the request as sent, with secrets
//! masked (never a key, a token or a stream key), and what signing adds.

use livedesk_http::Vendor;
use livedesk_operations::{prepare, MASK};
use livedesk_signing::{Made, Scheme};
use serde_json::json;

use crate::common::*;

fn no_secret(text: &str) {
    for secret in ["VERY-SECRET", "yt-key-SECRET", "1608953344-0-0-SECRET"] {
        assert!(!text.contains(secret), "{secret} in:\n{text}");
    }
}

#[test]
fn huawei_review_and_curl() {
    let target = remote_target(Vendor::Huawei);
    let input = json!({"publish_domain": "live.push.example.com", "stream_backup_enable": true});
    let call = prepare("huawei.stream_backup", &input, &target).unwrap();
    let review = call.review();
    assert_eq!(review.method, "PUT");
    assert_eq!(review.url, call.request().url);
    assert_eq!(
        review.body.as_deref(),
        Some(r#"{"publish_domain":"live.push.example.com","stream_backup_enable":true}"#)
    );
    assert!(review.signing.contains("X-Sdk-Date") && review.signing.contains("SDK-HMAC-SHA256"));
    let curl = call.curl();
    assert_eq!(
        curl,
        format!(
            "# Huawei Cloud signs every request (SDK-HMAC-SHA256) with your access key and secret key ($HUAWEI_AK, $HUAWEI_SK)\n\
             # and the time: set HUAWEI_SDK_DATE (YYYYMMDDTHHMMSSZ, UTC) and HUAWEI_AUTHORIZATION computed for exactly this request.\n\
             curl -X PUT '{HUAWEI_ENDPOINT}/v1/{HUAWEI_PROJECT}/domain/stream-backup' \\\n  \
             -H 'Content-Type: application/json; charset=utf-8' \\\n  \
             -H 'X-Project-Id: {HUAWEI_PROJECT}' \\\n  \
             -H 'X-Sdk-Date: '\"$HUAWEI_SDK_DATE\" \\\n  \
             -H 'Authorization: '\"$HUAWEI_AUTHORIZATION\" \\\n  \
             --data-raw '{{\"publish_domain\":\"live.push.example.com\",\"stream_backup_enable\":true}}'"
        )
    );
    no_secret(&format!("{curl} {review:?} {call:?}"));
}

#[test]
fn naver_curl_has_the_signature_headers_as_variables() {
    let call = prepare(
        "naver.switch_stream",
        &json!({"channelId": "ls-1"}),
        &remote_target(Vendor::Naver),
    )
    .unwrap();
    let curl = call.curl();
    assert!(
        curl.contains(&format!(
            "curl -X PUT '{NAVER_ENDPOINT}/api/v2/channels/ls-1/switch-stream'"
        )),
        "{curl}"
    );
    assert!(curl.contains("-H 'x-ncp-region_code: KR'"), "{curl}");
    assert!(
        curl.contains("-H 'x-ncp-apigw-signature-v2: '\"$NCP_SIGNATURE\""),
        "{curl}"
    );
    assert!(!curl.contains("--data-raw"));
    assert_eq!(call.review().body, None);
    no_secret(&curl);
}

#[test]
fn blendvision_masks_stream_keys_and_its_curl_runs_with_the_token_variable() {
    let input = json!({
        "id": "live-1",
        "security": {"privacy": {"type": "SECURITY_PRIVACY_TYPE_PUBLIC"}},
        "relay_settings": [{"type": "RELAY_TYPE_RTMP", "rtmp": {"url": "rtmp://a.rtmp.youtube.com/live2", "stream_key": "yt-key-SECRET"}}]
    });
    let call = prepare(
        "blendvision.update_live",
        &input,
        &remote_target(Vendor::BlendVision),
    )
    .unwrap();
    // The request itself carries the key: it has to reach the vendor.
    assert!(body(&call).contains("\"stream_key\":\"yt-key-SECRET\""));
    let review = call.review();
    assert!(
        review
            .body
            .as_deref()
            .unwrap()
            .contains(&format!("\"stream_key\":\"{MASK}CRET\"")),
        "{review:?}"
    );
    let curl = call.curl();
    assert!(
        curl.contains("-H 'Authorization: Bearer '\"$BLENDVISION_API_TOKEN\""),
        "{curl}"
    );
    assert!(curl.contains("-H 'x-bv-org-id: org-1234'"), "{curl}");
    assert!(curl.contains(r#""stream_key":"'"$STREAM_KEY"'""#), "{curl}");
    assert!(curl.contains("# Secrets of the input"), "{curl}");
    no_secret(&format!("{curl} {review:?} {call:?}"));
}

#[test]
fn alibaba_curl_appends_the_signature_parameters_and_masks_auth_keys() {
    let input = json!({
        "CasterId": "c1",
        "SideOutputUrl": "rtmp://push.example.com/caster/x?auth_key=1608953344-0-0-SECRET"
    });
    let call = prepare(
        "alibaba.set_caster_config",
        &input,
        &remote_target(Vendor::Alibaba),
    )
    .unwrap();
    let review = call.review();
    assert!(
        review.url.contains(&format!("auth_key%3D{MASK}")),
        "{}",
        review.url
    );
    let curl = call.curl();
    assert!(curl.contains("curl -X POST 'https://live.aliyuncs.com/?Action=SetCasterConfig&Version=2016-11-01&RegionId=cn-shanghai&CasterId=c1&SideOutputUrl=rtmp%3A%2F%2Fpush.example.com%2Fcaster%2F'\"$STREAM_KEY\"'%3Fauth_key%3D'\"$AUTH_KEY\"'&AccessKeyId='\"$ALIBABA_ACCESS_KEY_ID\"'&Format=JSON&SignatureMethod=HMAC-SHA1&SignatureVersion=1.0&SignatureNonce='\"$ALIBABA_NONCE\"'&Timestamp='\"$ALIBABA_TIMESTAMP\"'&Signature='\"$ALIBABA_SIGNATURE\""), "{curl}");
    no_secret(&format!("{curl} {review:?} {call:?}"));

    let mut target = remote_target(Vendor::Alibaba);
    target.scheme = Scheme::AlibabaAcs3HmacSha256;
    target.credentials = target
        .credentials
        .clone()
        .with_security_token("sts-VERY-SECRET");
    let call = prepare(
        "alibaba.set_caster_config",
        &json!({"CasterId": "c1"}),
        &target,
    )
    .unwrap();
    let curl = call.curl();
    assert!(
        curl.contains("-H 'x-acs-action: SetCasterConfig'"),
        "{curl}"
    );
    assert!(curl.contains("-H 'x-acs-content-sha256: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'"), "{curl}");
    assert!(
        curl.contains("-H 'x-acs-security-token: '\"$ALIBABA_SECURITY_TOKEN\""),
        "{curl}"
    );
    assert!(call.review().signing.contains("temporary security token"));
    no_secret(&curl);
}

#[test]
fn review_serialises_for_the_ui() {
    let call = prepare(
        "naver.switch_stream",
        &json!({"channelId": "ls-1"}),
        &remote_target(Vendor::Naver),
    )
    .unwrap();
    let json = serde_json::to_value(call.review()).unwrap();
    assert_eq!(
        json["headers"][0],
        json!({"name": "x-ncp-region_code", "value": "KR"})
    );
    assert_eq!(call.operation(), "naver.switch_stream");
    assert_eq!(call.input(), &json!({"channelId": "ls-1"}));
}

#[test]
fn review_and_curl_print_what_the_signer_says_it_adds() {
    for vendor in [
        Vendor::Huawei,
        Vendor::Naver,
        Vendor::BlendVision,
        Vendor::Alibaba,
    ] {
        let target = remote_target(vendor);
        let (op, input) = match vendor {
            Vendor::Huawei => (
                "huawei.stream_backup",
                json!({"publish_domain": "live.push.example.com", "stream_backup_enable": true}),
            ),
            Vendor::Naver => ("naver.switch_stream", json!({"channelId": "ls-1"})),
            Vendor::BlendVision => (
                "blendvision.update_live",
                json!({"id": "live-1", "security": {"privacy": {"type": "SECURITY_PRIVACY_TYPE_PUBLIC"}}}),
            ),
            Vendor::Alibaba => ("alibaba.set_caster_config", json!({"CasterId": "c1"})),
        };
        let call = prepare(op, &input, &target).unwrap();
        let (signing, curl) = (call.review().signing, call.curl());
        assert!(curl.starts_with(target.scheme.by_hand()), "{curl}");
        for addition in target.scheme.adds() {
            if addition.made == Made::Token {
                continue; // only with temporary credentials (BlendVision's is checked above)
            }
            if addition.made == Made::Host {
                assert!(
                    !curl.contains("-H 'Host:") && !curl.contains("-H 'host:"),
                    "{curl}"
                );
            } else if !(vendor == Vendor::Huawei && addition.name == "X-Sdk-Content-Sha256") {
                assert!(
                    curl.contains(addition.name),
                    "{} not in {curl}",
                    addition.name
                );
                assert!(
                    signing.contains(addition.name),
                    "{} not in {signing}",
                    addition.name
                );
            }
        }
    }
}
