//! Startup time and signed requests per second of the sandbox, on loopback.
//! `cargo bench -p livedesk-sandbox --bench throughput`; prints figures, asserts nothing
//! about speed. The load is bounded in count and time.

#[path = "../tests/sandbox/common/signer.rs"]
#[allow(dead_code)]
mod signer;

use bytes::Bytes;
use http::Request;
use http_body_util::{BodyExt, Full};
use hyper_util::rt::TokioIo;
use livedesk_sandbox::seed::*;
use livedesk_sandbox::timefmt::{format_compact, format_iso};
use livedesk_sandbox::*;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

const CONNECTIONS: usize = 8;
const REQUESTS_PER_CONNECTION: usize = 2_500;
const TIME_LIMIT: Duration = Duration::from_secs(30);

static NONCE: AtomicU64 = AtomicU64::new(0);

/// One signed request for vendor `n % 4`, signed now, as a real client would.
fn signed_request(addr: SocketAddr, n: usize) -> Request<Full<Bytes>> {
    let host = addr.to_string();
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_millis() as i64;
    let builder = Request::builder().header("host", &host);
    match n % 4 {
        0 => {
            let path = format!("/v1/{HUAWEI_PROJECT_ID}/domain/stream-backup");
            let date = format_compact(now);
            let query = [("publish_domain", HUAWEI_PUBLISH_DOMAIN)];
            let headers = [("host", host.as_str()), ("x-sdk-date", date.as_str())];
            let auth = signer::huawei_authorization(
                HUAWEI_ACCESS_KEY,
                HUAWEI_SECRET_KEY,
                "GET",
                &path,
                &query,
                &headers,
                b"",
            );
            builder
                .method("GET")
                .uri(format!("{path}?{}", signer::query_string(&query)))
                .header("x-sdk-date", date)
                .header("authorization", auth)
                .body(Full::default())
                .unwrap()
        }
        1 => {
            let uri = format!("/api/v2/channels/{NAVER_PUBLISHING_CHANNEL}");
            let ts = now.to_string();
            let sig = signer::naver_signature(NAVER_SECRET_KEY, "GET", &uri, &ts, NAVER_ACCESS_KEY);
            builder
                .method("GET")
                .uri(uri)
                .header("x-ncp-apigw-timestamp", ts)
                .header("x-ncp-iam-access-key", NAVER_ACCESS_KEY)
                .header("x-ncp-apigw-signature-v2", sig)
                .header("x-ncp-region_code", NAVER_REGION)
                .body(Full::default())
                .unwrap()
        }
        2 => {
            let date = format_iso(now);
            let nonce = format!("bench-{}", NONCE.fetch_add(1, Ordering::Relaxed));
            let hash = signer::body_sha256(b"");
            let headers = [
                ("host", host.as_str()),
                ("x-acs-action", "DescribeCasterConfig"),
                ("x-acs-version", "2016-11-01"),
                ("x-acs-date", date.as_str()),
                ("x-acs-signature-nonce", nonce.as_str()),
                ("x-acs-content-sha256", hash.as_str()),
            ];
            let query = [("CasterId", ALIBABA_IDLE_CASTER)];
            let (_, _, auth) = signer::alibaba_v3(
                ALIBABA_ACCESS_KEY_ID,
                ALIBABA_ACCESS_KEY_SECRET,
                "POST",
                &query,
                &headers,
                b"",
            );
            let mut b = builder
                .method("POST")
                .uri(format!("/?{}", signer::query_string(&query)));
            for (k, v) in &headers[1..] {
                b = b.header(*k, *v);
            }
            b.header("authorization", auth)
                .body(Full::default())
                .unwrap()
        }
        _ => builder
            .method("GET")
            .uri(format!("/bv/cms/v1/lives/{BLENDVISION_LIVE_ID}"))
            .header("authorization", format!("Bearer {BLENDVISION_API_TOKEN}"))
            .header("x-bv-org-id", BLENDVISION_ORG_ID)
            .body(Full::default())
            .unwrap(),
    }
}

/// One keep-alive connection sending requests back to back; returns how many got a 200.
async fn client(addr: SocketAddr, first: usize, deadline: Instant) -> usize {
    let stream = tokio::net::TcpStream::connect(addr).await.expect("connect");
    stream.set_nodelay(true).unwrap();
    let (mut sender, conn) = hyper::client::conn::http1::handshake(TokioIo::new(stream))
        .await
        .expect("handshake");
    tokio::spawn(conn);
    let mut ok = 0;
    for i in 0..REQUESTS_PER_CONNECTION {
        if Instant::now() > deadline {
            break;
        }
        sender.ready().await.expect("ready");
        let resp = sender
            .send_request(signed_request(addr, first + i))
            .await
            .expect("response");
        let status = resp.status();
        resp.into_body().collect().await.expect("body");
        if status == 200 {
            ok += 1;
        } else {
            eprintln!("request {} got {status}", first + i);
        }
    }
    ok
}

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        let started = Instant::now();
        let sandbox = Sandbox::start(SandboxConfig::default()).await.expect("start");
        let bound = started.elapsed();
        let addr = sandbox.addr();
        let probe = hyper_probe(addr).await;
        let first_answer = started.elapsed();
        println!(
            "startup: bound in {:.2} ms; first signed answer (HTTP {probe}) {:.2} ms after start",
            ms(bound),
            ms(first_answer)
        );

        let deadline = Instant::now() + TIME_LIMIT;
        let load = Instant::now();
        let tasks: Vec<_> = (0..CONNECTIONS)
            .map(|c| tokio::spawn(client(addr, c * REQUESTS_PER_CONNECTION, deadline)))
            .collect();
        let mut ok = 0;
        for t in tasks {
            ok += t.await.unwrap();
        }
        let elapsed = load.elapsed();
        println!(
            "throughput: {ok} signed requests (Huawei, NAVER, Alibaba V3, BlendVision in turn) over {CONNECTIONS} keep-alive connections in {:.2} s = {:.0} requests/s (client signing on the same 2 cores)",
            elapsed.as_secs_f64(),
            ok as f64 / elapsed.as_secs_f64()
        );
        sandbox.shutdown().await;
    });
}

async fn hyper_probe(addr: SocketAddr) -> u16 {
    let stream = tokio::net::TcpStream::connect(addr).await.expect("connect");
    let (mut sender, conn) = hyper::client::conn::http1::handshake(TokioIo::new(stream))
        .await
        .expect("handshake");
    tokio::spawn(conn);
    let resp = sender
        .send_request(signed_request(addr, 0))
        .await
        .expect("response");
    resp.status().as_u16()
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}
