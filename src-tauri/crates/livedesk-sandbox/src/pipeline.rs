//! One request's way through the sandbox: control endpoints, faults, body, vendor, `Date`.

use crate::control;
use crate::faults::Vendor;
use crate::server::Shared;
use crate::state::lock;
use crate::timefmt;
use crate::vendors;
use crate::wire::{self, Req, Resp, SandboxBody};
use bytes::Bytes;
use http::{header, HeaderValue, Request, StatusCode};
use http_body_util::{BodyExt, Limited};
use hyper::body::Incoming;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

const MAX_BODY_BYTES: usize = 1 << 20;
/// What a garbled answer looks like: an HTML error page from something in between.
const MALFORMED_BODY: &str =
    "<html><head><title>502 Bad Gateway</title></head><body>sandbox: malformed body</body></html>\n";

/// Returned to hyper to make it close the connection without answering.
#[derive(Debug)]
pub(crate) struct Dropped;

impl std::fmt::Display for Dropped {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("connection dropped by a sandbox fault")
    }
}

impl std::error::Error for Dropped {}

pub(crate) async fn handle(
    shared: Arc<Shared>,
    peer: SocketAddr,
    req: Request<Incoming>,
) -> Result<Resp, Dropped> {
    let path = req.uri().path().to_owned();
    if path.starts_with(control::PREFIX) {
        let (parts, body) = req.into_parts();
        let body = match read_body(body).await {
            Ok(b) => b,
            Err(resp) => return Ok(resp),
        };
        return Ok(control::handle(&shared, peer, &parts.method, &path, &body));
    }
    let vendor = Vendor::for_path(&path);
    let plan = lock(&shared.faults).plan(vendor, req.method().as_str(), &path);
    if plan.latency_ms > 0 {
        tokio::time::sleep(Duration::from_millis(plan.latency_ms)).await;
    }
    if plan.drop {
        return Err(Dropped);
    }
    let started = Instant::now();
    let (parts, body) = req.into_parts();
    let body = match read_body(body).await {
        Ok(b) => b,
        Err(resp) => return Ok(resp),
    };
    let req = Req {
        method: parts.method,
        query: parts.uri.query().unwrap_or_default().to_owned(),
        path,
        headers: parts.headers,
        body,
        now_ms: shared.clock.now_ms() + plan.clock_offset_ms,
        id: shared.ids.next(),
    };
    let mut resp = match plan.server_error {
        Some(status) => vendors::server_error(
            vendor,
            StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
            &req,
        ),
        None => vendors::dispatch(&shared.state, vendor, &req),
    };
    if plan.malformed {
        *resp.body_mut() = SandboxBody::Full(Some(Bytes::from_static(MALFORMED_BODY.as_bytes())));
    }
    if plan.truncated {
        let full = wire::take_bytes(&mut resp);
        resp.headers_mut()
            .insert(header::CONTENT_LENGTH, HeaderValue::from(full.len()));
        *resp.body_mut() = SandboxBody::Truncated(Some(full.slice(..full.len() / 2)), false);
    }
    // Clients compare this with their own clock to tell skew from a wrong key.
    if let Ok(date) = HeaderValue::from_str(&timefmt::format_http_date(req.now_ms)) {
        resp.headers_mut().insert(header::DATE, date);
    }
    shared.handling.record(started.elapsed());
    Ok(resp)
}

async fn read_body(body: Incoming) -> Result<Bytes, Resp> {
    match Limited::new(body, MAX_BODY_BYTES).collect().await {
        Ok(collected) => Ok(collected.to_bytes()),
        Err(_) => Err(wire::text(
            StatusCode::PAYLOAD_TOO_LARGE,
            "request body too large or incomplete\n",
        )),
    }
}
