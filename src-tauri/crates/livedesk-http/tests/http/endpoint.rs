//! Endpoint policy: https anywhere, plain http only to this computer, garbage refused; all
//! decided before anything is sent.

use livedesk_http::{validate_endpoint, HttpError, SendPolicy, UnreachableReason, Vendor};
use livedesk_signing::SignedRequest;

use crate::common::*;

fn unsigned(url: &str) -> SignedRequest {
    SignedRequest {
        method: "GET".into(),
        url: url.into(),
        headers: vec![("Accept".into(), "application/json".into())],
        body: None,
        canonical_request: None,
        string_to_sign: None,
        signature: None,
        added: Vec::new(),
    }
}

async fn send(url: &str) -> Result<livedesk_http::VendorResponse, HttpError> {
    let client = client();
    let request = unsigned(url);
    client
        .send(&SendPolicy::write(Vendor::BlendVision), |_| {
            Ok(request.clone())
        })
        .await
}

#[test]
fn validate_endpoint_returns_the_parsed_address() {
    let url = validate_endpoint(" https://live.ap-southeast-3.myhuaweicloud.com ").unwrap();
    assert_eq!(
        url.as_str(),
        "https://live.ap-southeast-3.myhuaweicloud.com/"
    );
    assert_eq!(
        url.host_str(),
        Some("live.ap-southeast-3.myhuaweicloud.com")
    );
    let url = validate_endpoint("http://127.0.0.1:4010").unwrap();
    assert_eq!(url.port(), Some(4010));
}

#[tokio::test]
async fn https_is_used_even_on_loopback() {
    // Nothing listens: the attempt is made (https is allowed) and fails to connect.
    let port = closed_port().await;
    let error = send(&format!("https://127.0.0.1:{port}/bv/cms/v1/lives"))
        .await
        .unwrap_err();
    assert_eq!(error.code(), "http.unreachable", "{error:?}");
}

#[tokio::test]
async fn https_to_a_plain_http_server_fails_as_a_connection_problem() {
    let server = tiny_server(Script::Greet(
        b"HTTP/1.1 400 Bad Request\r\ncontent-length: 0\r\nconnection: close\r\n\r\n".to_vec(),
    ))
    .await;
    let https = server.base.replacen("http://", "https://", 1);
    let error = send(&format!("{https}/bv/cms/v1/lives")).await.unwrap_err();
    assert!(
        matches!(
            error,
            HttpError::Unreachable {
                reason: UnreachableReason::Tls,
                ..
            }
        ),
        "{error:?}"
    );
    assert!(
        error.to_string().contains("secure (TLS) connection"),
        "{error}"
    );
    assert!(error.hint().unwrap().contains("IT department"));
}

#[tokio::test]
async fn plain_http_to_loopback_is_allowed() {
    let server = tiny_server(Script::Json(200, r#"{"ok":true}"#.into())).await;
    let response = send(&format!("{}/x", server.base)).await.unwrap();
    assert_eq!(response.status, 200);
    let localhost = server.base.replacen("127.0.0.1", "localhost", 1);
    assert!(send(&format!("{localhost}/x")).await.is_ok());
}

#[tokio::test]
async fn plain_http_elsewhere_and_garbage_are_refused_before_sending() {
    for url in [
        "http://api.one.blendvision.com/bv/cms/v1/lives",
        "http://192.168.1.10/",
        "http://[2001:db8::1]/",
    ] {
        let error = send(url).await.unwrap_err();
        assert_eq!(error.code(), "endpoint.not_https", "{url}");
        assert!(error.to_string().starts_with("endpoint: "), "{error}");
        assert!(error.hint().unwrap().contains("https://"));
    }
    for url in [
        "",
        "api.one.blendvision.com/x",
        "ftp://127.0.0.1/",
        "https://user:pw-SECRET@127.0.0.1/",
    ] {
        let error = send(url).await.unwrap_err();
        assert_eq!(error.code(), "endpoint.invalid", "{url:?}");
        assert!(!format!("{error} {error:?}").contains("SECRET"));
    }
}

#[tokio::test]
async fn the_user_agent_is_livedesk() {
    // The tiny server records nothing, so ask the sandbox-free way: a server that echoes.
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let task = tokio::spawn(async move {
        let (mut stream, _) = listener.accept().await.unwrap();
        let mut head = Vec::new();
        let mut buf = [0u8; 1024];
        while !head.windows(4).any(|w| w == b"\r\n\r\n") {
            let n = stream.read(&mut buf).await.unwrap();
            head.extend_from_slice(&buf[..n]);
        }
        let body = b"{}";
        let reply = format!(
            "HTTP/1.1 200 OK\r\ncontent-length: {}\r\nconnection: close\r\n\r\n",
            body.len()
        );
        stream.write_all(reply.as_bytes()).await.unwrap();
        stream.write_all(body).await.unwrap();
        String::from_utf8_lossy(&head).to_ascii_lowercase()
    });
    send(&format!("{base}/x")).await.unwrap();
    let head = task.await.unwrap();
    let expected = format!("user-agent: livedesk/{}", env!("CARGO_PKG_VERSION"));
    assert!(head.contains(&expected), "{head}");
}

#[tokio::test]
async fn redirects_are_not_followed() {
    let server = tiny_server(Script::Raw(
        b"HTTP/1.1 302 Found\r\nlocation: http://127.0.0.1:9/elsewhere\r\ncontent-length: 0\r\nconnection: close\r\n\r\n".to_vec(),
    ))
    .await;
    let error = send(&format!("{}/x", server.base)).await.unwrap_err();
    let vendor = error.vendor_error().expect("the redirect is the answer");
    assert_eq!(vendor.http_status, 302);
    assert_eq!(server.requests(), 1);
}
