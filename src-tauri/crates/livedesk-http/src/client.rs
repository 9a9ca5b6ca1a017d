//! The HTTP client policy, in one place, and sending with retries.
//!
//! - rustls with the platform's trust store (plus the bundled web roots), no redirects (a
//!   redirect could carry the signed headers elsewhere, or to plain http);
//! - a connect timeout and a total timeout (body included), a cap on the answer's size that
//!   is enforced while streaming, and the user agent `Livedesk/<version>`;
//! - `https` only, except to this computer (127.0.0.0/8, ::1, `localhost`), which is also
//!   never sent through a proxy;
//! - every attempt is signed afresh (time, nonce); only reads are retried, and only after a
//!   failed connection or a 5xx.

use livedesk_i18n::t;
use std::fmt;
use std::net::IpAddr;
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

use livedesk_signing::{SignError, SignedRequest, SigningContext, SigningTime};
use reqwest::header::{HeaderMap, HeaderName, HeaderValue};
use url::{Host, Url};

use crate::error::{HttpError, UnreachableReason};
use crate::response::{self, VendorResponse};
use crate::trace;
use crate::vendor::Vendor;
use crate::vendor_error::{self, interpret, Answer};
use livedesk_secrets::{KnownSecrets, MIN_FREE_TEXT_LEN};

/// The user agent every request carries.
pub const USER_AGENT: &str = concat!("Livedesk/", env!("CARGO_PKG_VERSION"));

/// A read is tried at most this many more times.
pub const MAX_RETRIES: usize = 2;

/// The computer's clock, injectable for tests.
pub type LocalClock = Arc<dyn Fn() -> SystemTime + Send + Sync>;

/// Timeouts, the size cap and the user agent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClientConfig {
    /// Time allowed to open a connection (TCP and TLS).
    pub connect_timeout: Duration,
    /// Time allowed for a whole attempt, from connecting to the end of the body.
    pub total_timeout: Duration,
    /// The largest answer body read; a larger one is refused without being buffered.
    pub max_response_bytes: usize,
    pub user_agent: String,
}

impl Default for ClientConfig {
    fn default() -> Self {
        Self {
            connect_timeout: Duration::from_secs(5),
            total_timeout: Duration::from_secs(20),
            max_response_bytes: 2 << 20,
            user_agent: USER_AGENT.to_owned(),
        }
    }
}

/// Whether a call may be repeated, and how long to wait before each retry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SendPolicy {
    pub vendor: Vendor,
    /// A read: sending it twice does no harm. Only reads are ever retried.
    pub idempotent: bool,
    /// The waits before the retries of a read (at most [`MAX_RETRIES`] are used).
    pub backoff: Vec<Duration>,
}

impl SendPolicy {
    pub const DEFAULT_BACKOFF: [Duration; 2] =
        [Duration::from_millis(250), Duration::from_millis(750)];

    /// An idempotent read: retried after a failed connection or a 5xx.
    pub fn read(vendor: Vendor) -> Self {
        Self {
            vendor,
            idempotent: true,
            backoff: Self::DEFAULT_BACKOFF.to_vec(),
        }
    }

    /// A change: sent exactly once, whatever happens.
    pub fn write(vendor: Vendor) -> Self {
        Self {
            vendor,
            idempotent: false,
            backoff: Vec::new(),
        }
    }

    pub fn with_backoff(mut self, backoff: Vec<Duration>) -> Self {
        self.backoff = backoff;
        self
    }

    /// How many attempts may be made in all.
    pub fn max_attempts(&self) -> u32 {
        if self.idempotent {
            1 + self.backoff.len().min(MAX_RETRIES) as u32
        } else {
            1
        }
    }
}

/// Sends signed requests. Cheap to clone (the connection pools are shared).
#[derive(Clone)]
pub struct Client {
    /// For vendors: https only, the system proxy settings apply.
    remote: reqwest::Client,
    /// For this computer (the sandbox): never through a proxy.
    loopback: reqwest::Client,
    config: ClientConfig,
    clock: LocalClock,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("config", &self.config)
            .finish_non_exhaustive()
    }
}

impl Client {
    pub fn new(config: ClientConfig) -> Result<Self, HttpError> {
        let build = |loopback: bool| {
            let mut builder = reqwest::Client::builder()
                .use_rustls_tls()
                .connect_timeout(config.connect_timeout)
                .timeout(config.total_timeout)
                .user_agent(config.user_agent.clone())
                .redirect(reqwest::redirect::Policy::none())
                .https_only(!loopback);
            if loopback {
                builder = builder.no_proxy();
            }
            builder.build().map_err(|e| HttpError::ClientSetup {
                problem: setup_problem(&e),
            })
        };
        Ok(Self {
            remote: build(false)?,
            loopback: build(true)?,
            config,
            clock: Arc::new(SystemTime::now),
        })
    }

    /// Uses another clock as "this computer's" (the `Date` skew and signing times).
    pub fn with_clock(mut self, clock: impl Fn() -> SystemTime + Send + Sync + 'static) -> Self {
        self.clock = Arc::new(clock);
        self
    }

    pub fn config(&self) -> &ClientConfig {
        &self.config
    }

    /// This computer's time, as the client sees it.
    pub fn now(&self) -> SystemTime {
        (self.clock)()
    }

    /// The time and a fresh nonce to sign one attempt with.
    pub fn signing_context(&self) -> SigningContext {
        SigningContext::new(SigningTime::from_system_time(self.now())).with_nonce(fresh_nonce())
    }

    /// Sends a request, calling `prepare` (with the attempt number, from 1) to sign each
    /// attempt afresh, and interprets the answer: a 2xx is a [`VendorResponse`], any other
    /// status a [`HttpError::Vendor`] explained in plain words.
    ///
    /// A read (`policy.idempotent`) is tried again after a failed or cut connection or a 5xx,
    /// after the policy's backoff; a write, a 4xx (authentication failures included: Huawei
    /// locks a key after repeated ones) and a timeout never are.
    pub async fn send<F>(
        &self,
        policy: &SendPolicy,
        mut prepare: F,
    ) -> Result<VendorResponse, HttpError>
    where
        F: FnMut(u32) -> Result<SignedRequest, SignError>,
    {
        let max_attempts = policy.max_attempts();
        let mut attempt = 1;
        loop {
            let signed = prepare(attempt)?;
            trace::sending(policy.vendor, &signed, attempt);
            let started = Instant::now();
            let result = self.attempt(policy, &signed, attempt).await;
            trace::finished(policy.vendor, &signed, attempt, started.elapsed(), &result);
            match result {
                Err(e) if attempt < max_attempts && e.is_retryable() => {
                    let wait = policy.backoff[(attempt - 1) as usize];
                    trace::retrying(policy.vendor, attempt, wait);
                    tokio::time::sleep(wait).await;
                    attempt += 1;
                }
                result => return result,
            }
        }
    }

    // One attempt from connect to the checked answer; its steps share the timing and the
    // log line, which is written once at the end.
    #[allow(clippy::too_many_lines)]
    async fn attempt(
        &self,
        policy: &SendPolicy,
        signed: &SignedRequest,
        attempt: u32,
    ) -> Result<VendorResponse, HttpError> {
        let url = check_url(&signed.url, false)?;
        let host = host_label(&url);
        let loopback = is_loopback(&url);
        let write = !policy.idempotent;
        let method = reqwest::Method::from_bytes(signed.method.as_bytes()).map_err(|_| {
            HttpError::InvalidRequest {
                field: "method",
                problem: t!("http-not-a-method"),
            }
        })?;
        let mut headers = HeaderMap::with_capacity(signed.headers.len());
        for (name, value) in &signed.headers {
            let name =
                HeaderName::from_bytes(name.as_bytes()).map_err(|_| HttpError::InvalidRequest {
                    field: "headers",
                    problem: t!("http-header-name-invalid"),
                })?;
            // The value is never quoted: it may be a token.
            let value = HeaderValue::from_str(value).map_err(|_| HttpError::InvalidRequest {
                field: "headers",
                problem: t!("http-header-value-invalid", name = name.as_str()),
            })?;
            headers.append(name, value);
        }
        let client = if loopback {
            &self.loopback
        } else {
            &self.remote
        };
        let mut request = client.request(method, url).headers(headers);
        if let Some(body) = &signed.body {
            request = request.body(body.clone());
        }

        let started = Instant::now();
        let failed = |e: reqwest::Error| self.failure(&e, &host, write);
        let mut response = request.send().await.map_err(failed)?;
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        let server_date = response::server_date(&headers);
        let clock_skew_seconds = server_date.map(|d| response::skew_seconds(d, self.now()));

        let limit = self.config.max_response_bytes;
        let too_large = || HttpError::TooLarge {
            host: host.clone(),
            limit,
        };
        if response.content_length().is_some_and(|n| n > limit as u64) {
            return Err(too_large());
        }
        let capacity = response.content_length().map_or(8 << 10, |n| n as usize);
        let mut body = Vec::with_capacity(capacity.min(limit));
        while let Some(chunk) = response.chunk().await.map_err(failed)? {
            if body.len() + chunk.len() > limit {
                return Err(too_large());
            }
            body.extend_from_slice(&chunk);
        }
        let elapsed = started.elapsed();

        if !(200..300).contains(&status) {
            let sent = signed.sent_secrets();
            let scrubber =
                KnownSecrets::at_least(MIN_FREE_TEXT_LEN, sent.iter().map(String::as_str));
            let answer = Answer {
                vendor: policy.vendor,
                status,
                headers: &headers,
                body: &body,
                clock_skew_seconds,
            };
            let mut error = interpret(&answer, &scrubber);
            // Compared as shown: both with any security token blanked out.
            let ours = signed.string_to_sign.as_deref().map(|s| scrubber.mask(s));
            error.compare_string_to_sign(ours.as_deref());
            return Err(error.into());
        }

        let json = if body.iter().all(u8::is_ascii_whitespace) {
            None
        } else {
            match serde_json::from_slice::<serde_json::Value>(&body) {
                Ok(json) => Some(json),
                Err(e) => {
                    return Err(HttpError::BadResponse {
                        vendor: policy.vendor.display_name(),
                        status,
                        problem: response::json_problem(&e),
                        request_id: vendor_error::request_id(policy.vendor, &headers, None),
                    })
                }
            }
        };
        let request_id = vendor_error::request_id(policy.vendor, &headers, json.as_ref());
        Ok(VendorResponse {
            vendor: policy.vendor,
            status,
            headers,
            body,
            request_id,
            server_date,
            clock_skew_seconds,
            elapsed,
            attempts: attempt,
        })
    }

    /// Turns a network failure into plain words. The library's own message is never used:
    /// it can quote the whole URL, query and all.
    fn failure(&self, e: &reqwest::Error, host: &str, write: bool) -> HttpError {
        let host = host.to_owned();
        if e.is_connect() {
            let reason = if e.is_timeout() {
                UnreachableReason::TimedOut
            } else {
                unreachable_reason(e)
            };
            HttpError::Unreachable { host, reason }
        } else if e.is_timeout() {
            HttpError::Timeout {
                host,
                after: self.config.total_timeout,
                write,
            }
        } else if e.is_body() || e.is_decode() {
            HttpError::Truncated { host, write }
        } else {
            HttpError::ConnectionLost { host, write }
        }
    }
}

/// A fresh random nonce (Alibaba's `SignatureNonce`): 32 hex digits.
pub fn fresh_nonce() -> String {
    uuid::Uuid::new_v4().simple().to_string()
}

/// Checks an account's endpoint: a full `https://` address (plain `http://` only to this
/// computer) without user name, password, query or fragment. Errors name the field
/// `endpoint` and never repeat a password.
pub fn validate_endpoint(endpoint: &str) -> Result<Url, HttpError> {
    check_url(endpoint.trim(), true)
}

fn check_url(raw: &str, base_only: bool) -> Result<Url, HttpError> {
    let invalid = |problem: String| HttpError::InvalidEndpoint { problem };
    if raw.is_empty() {
        return Err(invalid(t!("http-endpoint-empty")));
    }
    let url = match Url::parse(raw) {
        Ok(url) => url,
        Err(url::ParseError::RelativeUrlWithoutBase) => {
            return Err(invalid(t!("http-endpoint-not-full")))
        }
        // The parser's messages describe the problem without quoting the input.
        Err(e) => {
            return Err(invalid(t!(
                "http-endpoint-not-valid",
                problem = e.to_string()
            )))
        }
    };
    if !matches!(url.scheme(), "https" | "http") {
        return Err(invalid(t!("http-endpoint-not-https-scheme")));
    }
    if url.host_str().unwrap_or_default().is_empty() {
        return Err(invalid(t!("http-endpoint-no-host")));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(invalid(t!("http-endpoint-user-name")));
    }
    if base_only && (url.query().is_some() || url.fragment().is_some()) {
        return Err(invalid(t!("http-endpoint-not-base")));
    }
    if url.scheme() == "http" && !is_loopback(&url) {
        return Err(HttpError::EndpointNotHttps {
            host: host_label(&url),
        });
    }
    Ok(url)
}

/// 127.0.0.0/8, ::1 and `localhost`.
fn is_loopback(url: &Url) -> bool {
    match url.host() {
        Some(Host::Domain(name)) => name.eq_ignore_ascii_case("localhost"),
        Some(Host::Ipv4(ip)) => IpAddr::V4(ip).is_loopback(),
        Some(Host::Ipv6(ip)) => IpAddr::V6(ip).is_loopback(),
        None => false,
    }
}

/// `host` or `host:port`, for messages.
pub(crate) fn host_label(url: &Url) -> String {
    let host = match url.host() {
        Some(Host::Ipv6(ip)) => format!("[{ip}]"),
        Some(host) => host.to_string(),
        None => String::new(),
    };
    match url.port() {
        Some(port) => format!("{host}:{port}"),
        None => host,
    }
}

/// Why a connection failed, from the error's causes (their text is read, never shown).
fn unreachable_reason(e: &reqwest::Error) -> UnreachableReason {
    let mut source: Option<&(dyn std::error::Error + 'static)> = Some(e);
    let mut reason = UnreachableReason::Other;
    while let Some(cause) = source {
        if let Some(io) = cause.downcast_ref::<std::io::Error>() {
            match io_kind(io) {
                std::io::ErrorKind::ConnectionRefused => return UnreachableReason::Refused,
                std::io::ErrorKind::TimedOut => return UnreachableReason::TimedOut,
                // While connecting, only the TLS layer reads data: it could not make sense
                // of the server's (a plain-http server, or something in between).
                std::io::ErrorKind::InvalidData => return UnreachableReason::Tls,
                _ => {}
            }
        }
        let text = cause.to_string().to_ascii_lowercase();
        if text.contains("dns error")
            || text.contains("failed to lookup")
            || text.contains("name or service not known")
            || text.contains("no such host")
        {
            reason = UnreachableReason::NameNotFound;
        } else if [
            "certificate",
            "tls",
            "handshake",
            "corrupt message",
            "alert",
        ]
        .iter()
        .any(|word| text.contains(word))
        {
            reason = UnreachableReason::Tls;
        }
        source = cause.source();
    }
    reason
}

/// The most telling kind of an I/O error: wrappers of kind `Other` are looked through.
fn io_kind(error: &std::io::Error) -> std::io::ErrorKind {
    let mut error = error;
    loop {
        match (error.kind(), error.get_ref()) {
            (std::io::ErrorKind::Other, Some(inner)) => {
                match inner.downcast_ref::<std::io::Error>() {
                    Some(io) => error = io,
                    None => return std::io::ErrorKind::Other,
                }
            }
            (kind, _) => return kind,
        }
    }
}

fn setup_problem(e: &reqwest::Error) -> String {
    let text = e.to_string().to_ascii_lowercase();
    if text.contains("certificate") || text.contains("tls") {
        t!("http-setup-certificates")
    } else {
        t!("http-setup-client")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn https_and_loopback_http_are_accepted() {
        for ok in [
            "https://live.ap-southeast-3.myhuaweicloud.com",
            "https://livestation.apigw.ntruss.com/",
            "  https://live.aliyuncs.com  ",
            "http://127.0.0.1:8080",
            "http://127.3.4.5",
            "http://localhost:3000/base",
            "http://LOCALHOST",
            "http://[::1]:9000",
            "https://[2001:db8::1]/",
        ] {
            assert!(validate_endpoint(ok).is_ok(), "{ok}");
        }
    }

    #[test]
    fn public_http_is_refused_naming_the_field() {
        for bad in [
            "http://live.aliyuncs.com",
            "http://10.0.0.1",
            "http://[2001:db8::1]",
            "http://localhost.example.com",
            "http://128.0.0.1",
        ] {
            let error = validate_endpoint(bad).unwrap_err();
            assert_eq!(error.code(), "endpoint.not_https", "{bad}");
            assert!(error.to_string().starts_with("endpoint: "), "{error}");
        }
    }

    #[test]
    fn garbage_is_refused_without_echoing_passwords() {
        for bad in [
            "",
            "   ",
            "live.aliyuncs.com",
            "ftp://live.aliyuncs.com",
            "localhost:8080",
            "https://",
            "https://user:hunter2-SECRET@live.aliyuncs.com",
            "https://live.aliyuncs.com/?a=1",
            "https://live.aliyuncs.com/#x",
            "https://exa mple.com",
            "https://h:99999",
            "not a url at all",
        ] {
            let error = validate_endpoint(bad).unwrap_err();
            assert_eq!(error.code(), "endpoint.invalid", "{bad}");
            let shown = format!("{error} {error:?} {:?}", error.hint());
            assert!(shown.starts_with("endpoint: "), "{shown}");
            assert!(!shown.contains("SECRET"), "{shown}");
        }
    }

    #[test]
    fn request_urls_may_carry_a_query() {
        assert!(check_url("https://h/?Action=A", false).is_ok());
        assert!(check_url("http://h.example.com/?Action=A", false).is_err());
    }

    #[test]
    fn policies() {
        let read = SendPolicy::read(Vendor::Alibaba);
        assert_eq!(read.max_attempts(), 3);
        let many = read.clone().with_backoff(vec![Duration::ZERO; 9]);
        assert_eq!(many.max_attempts(), 3);
        let write = SendPolicy::write(Vendor::Alibaba).with_backoff(vec![Duration::ZERO; 2]);
        assert_eq!(write.max_attempts(), 1);
    }

    #[test]
    fn user_agent_names_livedesk_and_its_version() {
        assert_eq!(
            USER_AGENT,
            format!("Livedesk/{}", env!("CARGO_PKG_VERSION"))
        );
        assert_eq!(ClientConfig::default().user_agent, USER_AGENT);
    }

    #[test]
    fn nonces_are_fresh() {
        let (a, b) = (fresh_nonce(), fresh_nonce());
        assert_ne!(a, b);
        assert_eq!(a.len(), 32);
    }

    #[test]
    fn host_labels() {
        let label = |s: &str| host_label(&Url::parse(s).unwrap());
        assert_eq!(label("https://h.example.com/x?y"), "h.example.com");
        assert_eq!(label("http://127.0.0.1:8080/"), "127.0.0.1:8080");
        assert_eq!(label("http://[::1]:9/"), "[::1]:9");
    }
}
