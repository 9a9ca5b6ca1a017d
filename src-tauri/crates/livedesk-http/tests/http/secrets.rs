//! No secret in any error, Debug output or report, whatever the vendor sends back.

use livedesk_http::{check_connection, ErrorKind, HttpError, SendPolicy, Vendor};
use livedesk_sandbox as sandbox;
use livedesk_secrets::MASK;
use livedesk_signing::{Credentials, Scheme, SignableRequest};

use crate::common::*;

fn everything_shown(error: &HttpError) -> String {
    format!(
        "{error} | {error:?} | {:?} | {}",
        error.hint(),
        error.code()
    )
}

#[tokio::test]
async fn an_sts_token_never_comes_back_from_alibabas_string_to_sign() {
    let sb = start().await;
    let client = client();
    for scheme in [Scheme::AlibabaRpcHmacSha1, Scheme::AlibabaAcs3HmacSha256] {
        let credentials =
            Credentials::alibaba(sandbox::ALIBABA_ACCESS_KEY_ID, "WrongSecret-VERY-SECRET")
                .with_security_token("sts-VERY-SECRET-token+/=");
        let error = client
            .send(&SendPolicy::read(Vendor::Alibaba), |_| {
                signed(
                    &client,
                    scheme,
                    &credentials,
                    alibaba_read_for(scheme, &sb.base_url()),
                )
            })
            .await
            .unwrap_err();
        let vendor = error.vendor_error().unwrap();
        assert_eq!(vendor.code, "SignatureDoesNotMatch");
        // Same text signed on both sides (token blanked in both): the secret is wrong.
        assert_eq!(vendor.kind, ErrorKind::WrongKey, "{scheme}: {vendor:?}");
        if scheme == Scheme::AlibabaRpcHmacSha1 {
            let server = vendor.server_string_to_sign.as_deref().unwrap();
            assert!(
                server.contains(&format!("SecurityToken%3D{MASK}%26")),
                "{server}"
            );
        }
        let shown = format!(
            "{} {}",
            everything_shown(&error),
            serde_json::to_string(vendor).unwrap()
        );
        assert!(!shown.contains("VERY-SECRET"), "{shown}");
        assert!(!shown.contains("sts-VERY"), "{shown}");
    }
}

#[tokio::test]
async fn an_echoed_bearer_token_is_blanked() {
    let token = "bv-VERY-SECRET-token-123";
    let body = format!(r#"{{"code":16,"message":"token {token} is not valid","details":[]}}"#);
    let server = tiny_server(Script::Json(401, body)).await;
    let client = client();
    let credentials = Credentials::blendvision(token, "org");
    let error = client
        .send(&SendPolicy::read(Vendor::BlendVision), |_| {
            signed(
                &client,
                Scheme::BlendVisionBearer,
                &credentials,
                SignableRequest::new("GET", format!("{}/bv/cms/v1/lives", server.base)),
            )
        })
        .await
        .unwrap_err();
    let shown = everything_shown(&error);
    assert!(!shown.contains("VERY-SECRET"), "{shown}");
    assert!(error.vendor_error().unwrap().vendor_message.contains(MASK));
}

#[tokio::test]
async fn network_errors_never_quote_the_url() {
    let port = closed_port().await;
    let client = client();
    let credentials =
        Credentials::alibaba("LTAI-id", "secret").with_security_token("sts-VERY-SECRET");
    let error = client
        .send(&quick_read(Vendor::Alibaba), |_| {
            signed(
                &client,
                Scheme::AlibabaRpcHmacSha1,
                &credentials,
                alibaba_read(&format!("http://127.0.0.1:{port}"), ""),
            )
        })
        .await
        .unwrap_err();
    let shown = everything_shown(&error);
    assert!(
        !shown.contains("VERY-SECRET") && !shown.contains("Signature"),
        "{shown}"
    );
}

#[tokio::test]
async fn reports_and_targets_hide_secrets() {
    let sb = start().await;
    let client = client();
    for vendor in Vendor::ALL {
        let target = wrong_key_target(&sb.base_url(), vendor);
        let debug = format!("{target:?}");
        assert!(
            !debug.contains("WrongSecret") && !debug.contains("wrong-api-token"),
            "{debug}"
        );
        let report = check_connection(&client, target).await;
        let shown = format!("{report:?} {}", serde_json::to_string(&report).unwrap());
        assert!(
            !shown.contains("WrongSecret") && !shown.contains("wrong-api-token"),
            "{shown}"
        );
    }
    assert!(!format!("{client:?}").is_empty());
}
