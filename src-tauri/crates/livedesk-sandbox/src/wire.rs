//! The request as the vendor handlers see it, and the response body type (which can be cut
//! short on purpose by a fault).

use crate::encoding;
use crate::ids::RequestId;
use bytes::Bytes;
use http::{HeaderMap, HeaderValue, Method, Response, StatusCode};
use http_body::{Frame, SizeHint};
use std::pin::Pin;
use std::task::{Context, Poll};

/// A fully read request plus the instant it is judged at.
pub(crate) struct Req {
    pub method: Method,
    /// The path exactly as sent (still percent-encoded).
    pub path: String,
    /// The query exactly as sent, without `?` (empty when absent).
    pub query: String,
    pub headers: HeaderMap,
    pub body: Bytes,
    pub now_ms: i64,
    pub id: RequestId,
}

impl Req {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    pub fn path_and_query(&self) -> String {
        if self.query.is_empty() {
            self.path.clone()
        } else {
            format!("{}?{}", self.path, self.query)
        }
    }

    /// Path segments after the leading `/`, still encoded.
    pub fn segments(&self) -> Vec<&str> {
        self.path.trim_start_matches('/').split('/').collect()
    }

    /// First decoded value of a query parameter (form decoding).
    pub fn query_param(&self, name: &str) -> Option<String> {
        self.query_params(name).into_iter().next()
    }

    /// Every decoded value of a repeated query parameter.
    pub fn query_params(&self, name: &str) -> Vec<String> {
        encoding::form_pairs(&self.query)
            .into_iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v)
            .collect()
    }
}

/// Response body: whole, or deliberately broken off after its first half.
pub enum SandboxBody {
    Full(Option<Bytes>),
    /// The part to send, then whether hyper has had a chance to flush it before the error.
    Truncated(Option<Bytes>, bool),
}

impl SandboxBody {
    pub fn empty() -> Self {
        SandboxBody::Full(None)
    }
}

impl http_body::Body for SandboxBody {
    type Data = Bytes;
    type Error = std::io::Error;

    fn poll_frame(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, std::io::Error>>> {
        Poll::Ready(match self.get_mut() {
            SandboxBody::Full(bytes) => bytes
                .take()
                .filter(|b| !b.is_empty())
                .map(|b| Ok(Frame::data(b))),
            SandboxBody::Truncated(bytes, flushed) => match bytes.take() {
                Some(b) => Some(Ok(Frame::data(b))),
                // hyper flushes what it has buffered while the body is pending; erroring
                // straight away would drop the head and the first half unsent.
                None if !*flushed => {
                    *flushed = true;
                    cx.waker().wake_by_ref();
                    return Poll::Pending;
                }
                // The error makes hyper abort the connection mid-body, as a proxy dying would.
                None => Some(Err(std::io::Error::new(
                    std::io::ErrorKind::ConnectionAborted,
                    "body truncated by a sandbox fault",
                ))),
            },
        })
    }

    fn is_end_stream(&self) -> bool {
        matches!(self, SandboxBody::Full(b) if b.as_ref().is_none_or(|b| b.is_empty()))
    }

    fn size_hint(&self) -> SizeHint {
        match self {
            SandboxBody::Full(b) => SizeHint::with_exact(b.as_ref().map_or(0, |b| b.len() as u64)),
            SandboxBody::Truncated(..) => SizeHint::default(),
        }
    }
}

pub type Resp = Response<SandboxBody>;

pub fn json(status: StatusCode, value: &serde_json::Value) -> Resp {
    bytes_response(status, "application/json", value.to_string().into_bytes())
}

pub fn text(status: StatusCode, body: &str) -> Resp {
    bytes_response(
        status,
        "text/plain; charset=utf-8",
        body.as_bytes().to_vec(),
    )
}

pub fn empty(status: StatusCode) -> Resp {
    let mut resp = Response::new(SandboxBody::empty());
    *resp.status_mut() = status;
    resp
}

fn bytes_response(status: StatusCode, content_type: &'static str, body: Vec<u8>) -> Resp {
    let mut resp = Response::new(SandboxBody::Full(Some(Bytes::from(body))));
    *resp.status_mut() = status;
    resp.headers_mut().insert(
        http::header::CONTENT_TYPE,
        HeaderValue::from_static(content_type),
    );
    resp
}

pub fn with_header(mut resp: Resp, name: &'static str, value: &str) -> Resp {
    if let Ok(v) = HeaderValue::from_str(value) {
        resp.headers_mut().insert(name, v);
    }
    resp
}

/// The whole body of a response built by this crate (bodies are never streamed before a fault).
pub fn take_bytes(resp: &mut Resp) -> Bytes {
    match std::mem::replace(resp.body_mut(), SandboxBody::empty()) {
        SandboxBody::Full(b) | SandboxBody::Truncated(b, _) => b.unwrap_or_default(),
    }
}
