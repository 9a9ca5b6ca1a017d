//! Shared test helpers: the sandbox, clients, targets, signed requests, a request counter
//! and a tiny scripted HTTP server. Everything listens on and talks to 127.0.0.1 only.

#![allow(dead_code)]

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use livedesk_http::{Client, ClientConfig, SendPolicy, Target, Vendor};
use livedesk_sandbox::{self as sandbox, Fault, FaultKind, Sandbox, SandboxConfig, SandboxHandle};
use livedesk_signing::{sign, Credentials, Scheme, SignError, SignableRequest, SignedRequest};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

pub const MINUTE_MS: i64 = 60_000;

pub async fn start() -> SandboxHandle {
    Sandbox::start(SandboxConfig::default())
        .await
        .expect("sandbox starts on 127.0.0.1")
}

pub fn client() -> Client {
    Client::new(ClientConfig::default()).expect("client")
}

pub fn client_with(config: ClientConfig) -> Client {
    Client::new(config).expect("client")
}

/// Retries without the production waits, so tests stay quick.
pub fn quick_read(vendor: Vendor) -> SendPolicy {
    SendPolicy::read(vendor).with_backoff(vec![Duration::from_millis(10); 2])
}

pub fn sandbox_vendor(vendor: Vendor) -> sandbox::Vendor {
    match vendor {
        Vendor::Huawei => sandbox::Vendor::Huawei,
        Vendor::Naver => sandbox::Vendor::Naver,
        Vendor::BlendVision => sandbox::Vendor::BlendVision,
        Vendor::Alibaba => sandbox::Vendor::Alibaba,
    }
}

/// Counts the requests that reach a vendor of the sandbox: a sticky zero-latency fault
/// uses up one of its hits on every matching request.
pub struct Counter {
    id: sandbox::FaultId,
}

const COUNTER_HITS: u32 = 1000;

impl Counter {
    pub fn install(sandbox: &SandboxHandle, vendor: Vendor) -> Self {
        let id = sandbox
            .set_fault(
                Fault::new(FaultKind::Latency { ms: 0 })
                    .for_vendor(sandbox_vendor(vendor))
                    .times(COUNTER_HITS),
            )
            .unwrap();
        Self { id }
    }

    pub fn count(&self, sandbox: &SandboxHandle) -> u32 {
        let left = sandbox
            .faults()
            .into_iter()
            .find(|(id, _)| *id == self.id)
            .and_then(|(_, f)| f.times)
            .unwrap_or(0);
        COUNTER_HITS - left
    }
}

pub fn fault(kind: FaultKind, vendor: Vendor) -> Fault {
    Fault::new(kind).for_vendor(sandbox_vendor(vendor))
}

// ---- credentials and targets ------------------------------------------------------------

pub fn huawei_credentials() -> Credentials {
    Credentials::huawei(sandbox::HUAWEI_ACCESS_KEY, sandbox::HUAWEI_SECRET_KEY)
        .with_project_id(sandbox::HUAWEI_PROJECT_ID)
}

pub fn naver_credentials() -> Credentials {
    Credentials::naver(sandbox::NAVER_ACCESS_KEY, sandbox::NAVER_SECRET_KEY)
}

pub fn naver_readonly_credentials() -> Credentials {
    Credentials::naver(
        sandbox::NAVER_READONLY_ACCESS_KEY,
        sandbox::NAVER_READONLY_SECRET_KEY,
    )
}

pub fn blendvision_credentials() -> Credentials {
    Credentials::blendvision(sandbox::BLENDVISION_API_TOKEN, sandbox::BLENDVISION_ORG_ID)
}

pub fn blendvision_readonly_credentials() -> Credentials {
    Credentials::blendvision(
        sandbox::BLENDVISION_READONLY_API_TOKEN,
        sandbox::BLENDVISION_ORG_ID,
    )
}

pub fn alibaba_credentials() -> Credentials {
    Credentials::alibaba(
        sandbox::ALIBABA_ACCESS_KEY_ID,
        sandbox::ALIBABA_ACCESS_KEY_SECRET,
    )
}

pub fn scheme_of(vendor: Vendor) -> Scheme {
    match vendor {
        Vendor::Huawei => Scheme::HuaweiSdkHmacSha256,
        Vendor::Naver => Scheme::NaverApigwV2,
        Vendor::BlendVision => Scheme::BlendVisionBearer,
        Vendor::Alibaba => Scheme::AlibabaRpcHmacSha1,
    }
}

pub fn credentials_of(vendor: Vendor) -> Credentials {
    match vendor {
        Vendor::Huawei => huawei_credentials(),
        Vendor::Naver => naver_credentials(),
        Vendor::BlendVision => blendvision_credentials(),
        Vendor::Alibaba => alibaba_credentials(),
    }
}

/// A working target for the vendor's sandbox account.
pub fn target(endpoint: &str, vendor: Vendor) -> Target {
    Target {
        vendor,
        endpoint: endpoint.to_owned(),
        scheme: scheme_of(vendor),
        credentials: credentials_of(vendor),
        project_id: (vendor == Vendor::Huawei).then(|| sandbox::HUAWEI_PROJECT_ID.to_owned()),
        region: match vendor {
            Vendor::Naver => Some(sandbox::NAVER_REGION.to_owned()),
            Vendor::Alibaba => Some(sandbox::ALIBABA_REGION.to_owned()),
            _ => None,
        },
        huawei_domain: (vendor == Vendor::Huawei)
            .then(|| sandbox::seed::HUAWEI_PUBLISH_DOMAIN.to_owned()),
    }
}

/// The same target with a key the vendor does not accept (right id, wrong secret).
pub fn wrong_key_target(endpoint: &str, vendor: Vendor) -> Target {
    let mut t = target(endpoint, vendor);
    t.credentials = match vendor {
        Vendor::Huawei => {
            Credentials::huawei(sandbox::HUAWEI_ACCESS_KEY, "WrongSecretKey0123456789")
                .with_project_id(sandbox::HUAWEI_PROJECT_ID)
        }
        Vendor::Naver => Credentials::naver(sandbox::NAVER_ACCESS_KEY, "WrongSecretKey0123456789"),
        Vendor::BlendVision => {
            Credentials::blendvision("wrong-api-token-0000", sandbox::BLENDVISION_ORG_ID)
        }
        Vendor::Alibaba => Credentials::alibaba(sandbox::ALIBABA_ACCESS_KEY_ID, "WrongSecret0123"),
    };
    t
}

// ---- signed requests against the sandbox ---------------------------------------------------

pub fn signed(
    client: &Client,
    scheme: Scheme,
    credentials: &Credentials,
    request: SignableRequest,
) -> Result<SignedRequest, SignError> {
    sign(scheme, credentials, request, &client.signing_context())
}

/// The nonce an Alibaba request was signed with (RPC query or V3 header).
pub fn nonce_of(request: &SignedRequest) -> String {
    if let Some(nonce) = request.header("x-acs-signature-nonce") {
        return nonce.to_owned();
    }
    url::Url::parse(&request.url)
        .unwrap()
        .query_pairs()
        .find(|(k, _)| k == "SignatureNonce")
        .map(|(_, v)| v.into_owned())
        .expect("a nonce")
}

pub fn alibaba_read(base: &str, params: &str) -> SignableRequest {
    SignableRequest::new(
        "GET",
        format!("{base}/?Action=DescribeCasters&Version=2016-11-01&RegionId=cn-shanghai{params}"),
    )
}

pub fn alibaba_write(base: &str) -> SignableRequest {
    SignableRequest::new(
        "POST",
        format!(
            "{base}/?Action=SetCasterConfig&Version=2016-11-01&RegionId=cn-shanghai&CasterId={}&CasterName=Renamed",
            sandbox::seed::ALIBABA_BARE_CASTER
        ),
    )
}

pub fn huawei_url(base: &str, rest: &str) -> String {
    format!("{base}/v1/{}/{rest}", sandbox::HUAWEI_PROJECT_ID)
}

pub fn huawei_request(method: &str, url: String) -> SignableRequest {
    SignableRequest::new(method, url).with_header("Content-Type", "application/json; charset=utf-8")
}

pub fn naver_request(method: &str, url: String) -> SignableRequest {
    SignableRequest::new(method, url)
        .with_header("x-ncp-region_code", sandbox::NAVER_REGION)
        .with_header("Content-Type", "application/json")
}

// ---- a closed port and a tiny scripted server ---------------------------------------------

/// A loopback port nothing listens on (bound, then released).
pub async fn closed_port() -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    listener.local_addr().unwrap().port()
}

/// What the tiny server does with each request.
#[derive(Clone)]
pub enum Script {
    /// Writes these bytes (a whole HTTP response) and closes.
    Raw(Vec<u8>),
    /// A JSON answer with this status and body.
    Json(u16, String),
    /// A 200 whose body is `size` bytes, streamed; with or without `Content-Length`.
    Big { size: usize, content_length: bool },
    /// Closes without answering.
    Close,
    /// Writes these bytes as soon as the connection opens, without reading anything.
    Greet(Vec<u8>),
}

pub struct TinyServer {
    pub base: String,
    pub requests: Arc<AtomicUsize>,
    /// How many body bytes the big answers managed to write before the client went away.
    pub written: Arc<AtomicUsize>,
    /// Connections the server is done with (answered, or given up on).
    pub finished: Arc<AtomicUsize>,
}

impl TinyServer {
    pub fn requests(&self) -> usize {
        self.requests.load(Ordering::SeqCst)
    }
}

pub async fn tiny_server(script: Script) -> TinyServer {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let requests = Arc::new(AtomicUsize::new(0));
    let written = Arc::new(AtomicUsize::new(0));
    let finished = Arc::new(AtomicUsize::new(0));
    let (r, w, f) = (
        Arc::clone(&requests),
        Arc::clone(&written),
        Arc::clone(&finished),
    );
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            let script = script.clone();
            let (r, w, f) = (Arc::clone(&r), Arc::clone(&w), Arc::clone(&f));
            tokio::spawn(async move {
                let _ = serve(stream, script, r, w).await;
                f.fetch_add(1, Ordering::SeqCst);
            });
        }
    });
    TinyServer {
        base,
        requests,
        written,
        finished,
    }
}

async fn serve(
    mut stream: TcpStream,
    script: Script,
    requests: Arc<AtomicUsize>,
    written: Arc<AtomicUsize>,
) -> std::io::Result<()> {
    if let Script::Greet(bytes) = &script {
        requests.fetch_add(1, Ordering::SeqCst);
        stream.write_all(bytes).await?;
        return stream.shutdown().await;
    }
    read_request(&mut stream).await?;
    requests.fetch_add(1, Ordering::SeqCst);
    match script {
        Script::Raw(bytes) => stream.write_all(&bytes).await?,
        Script::Json(status, body) => {
            let head = format!(
                "HTTP/1.1 {status} X\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n",
                body.len()
            );
            stream.write_all(head.as_bytes()).await?;
            stream.write_all(body.as_bytes()).await?;
        }
        Script::Big {
            size,
            content_length,
        } => {
            let head = if content_length {
                format!("HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {size}\r\n\r\n")
            } else {
                "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n"
                    .to_owned()
            };
            stream.write_all(head.as_bytes()).await?;
            let chunk = vec![b' '; 64 << 10];
            let mut sent = 0;
            while sent < size {
                let n = chunk.len().min(size - sent);
                if content_length {
                    stream.write_all(&chunk[..n]).await?;
                } else {
                    stream.write_all(format!("{n:x}\r\n").as_bytes()).await?;
                    stream.write_all(&chunk[..n]).await?;
                    stream.write_all(b"\r\n").await?;
                }
                sent += n;
                written.store(sent, Ordering::SeqCst);
            }
            if !content_length {
                stream.write_all(b"0\r\n\r\n").await?;
            }
        }
        Script::Close | Script::Greet(_) => {}
    }
    stream.shutdown().await
}

/// Reads the request head and a `Content-Length` body.
async fn read_request(stream: &mut TcpStream) -> std::io::Result<()> {
    let mut data = Vec::new();
    let mut buf = [0u8; 4096];
    let head_end = loop {
        let n = stream.read(&mut buf).await?;
        if n == 0 {
            return Err(std::io::ErrorKind::UnexpectedEof.into());
        }
        data.extend_from_slice(&buf[..n]);
        if let Some(at) = data.windows(4).position(|w| w == b"\r\n\r\n") {
            break at + 4;
        }
    };
    let head = String::from_utf8_lossy(&data[..head_end]).to_ascii_lowercase();
    let length: usize = head
        .lines()
        .find_map(|l| l.strip_prefix("content-length:"))
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(0);
    while data.len() < head_end + length {
        let n = stream.read(&mut buf).await?;
        if n == 0 {
            break;
        }
        data.extend_from_slice(&buf[..n]);
    }
    Ok(())
}

/// Waits until `f` holds, for up to ten seconds (server-side counters trail the client).
pub async fn eventually(f: impl Fn() -> bool) -> bool {
    for _ in 0..1000 {
        if f() {
            return true;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    f()
}

pub fn naver_credentials_wrong() -> Credentials {
    Credentials::naver(sandbox::NAVER_ACCESS_KEY, "WrongSecretKey0123456789")
}

/// DescribeCasters in the form the scheme wants (V3 names the action in headers).
pub fn alibaba_read_for(scheme: Scheme, base: &str) -> SignableRequest {
    match scheme {
        Scheme::AlibabaAcs3HmacSha256 => {
            SignableRequest::new("GET", format!("{base}/?RegionId=cn-shanghai&PageSize=2"))
                .with_header("x-acs-action", "DescribeCasters")
                .with_header("x-acs-version", "2016-11-01")
        }
        _ => alibaba_read(base, "&PageSize=2"),
    }
}
