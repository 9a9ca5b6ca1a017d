//! `/__sandbox/...`: fault, clock and state control for tests in other processes. No vendor
//! uses this prefix; only loopback peers are served.

use crate::credentials::credentials;
use crate::faults::{Fault, FaultId};
use crate::seed;
use crate::server::Shared;
use crate::state::lock;
use crate::timefmt;
use crate::wire::{self, Resp};
use http::{Method, StatusCode};
use serde::Deserialize;
use serde_json::{json, Value};
use std::net::SocketAddr;
use std::time::Duration;

pub(crate) const PREFIX: &str = "/__sandbox/";

fn bad_request(message: &str) -> Resp {
    wire::json(StatusCode::BAD_REQUEST, &json!({"error": message}))
}

pub(crate) fn handle(
    shared: &Shared,
    peer: SocketAddr,
    method: &Method,
    path: &str,
    body: &[u8],
) -> Resp {
    if !peer.ip().is_loopback() {
        return wire::text(StatusCode::FORBIDDEN, "sandbox control is loopback-only\n");
    }
    let rest = &path[PREFIX.len()..];
    match (method.clone(), rest) {
        (Method::GET, "faults") => list_faults(shared),
        (Method::POST, "faults") => add_fault(shared, body),
        (Method::DELETE, "faults") => {
            lock(&shared.faults).clear();
            wire::empty(StatusCode::NO_CONTENT)
        }
        (Method::DELETE, _) if rest.starts_with("faults/") => remove_fault(shared, &rest[7..]),
        (Method::GET, "clock") => clock(shared),
        (Method::POST, "clock") => set_clock(shared, body),
        (Method::POST, "reset") => {
            shared.state.reset();
            lock(&shared.faults).clear();
            wire::empty(StatusCode::NO_CONTENT)
        }
        (Method::GET, "stats") => wire::json(StatusCode::OK, &json!(shared.handling.summary())),
        (Method::DELETE, "stats") => {
            shared.handling.clear();
            wire::empty(StatusCode::NO_CONTENT)
        }
        (Method::GET, "credentials") => wire::json(StatusCode::OK, &credentials_and_seed()),
        _ => wire::text(StatusCode::NOT_FOUND, "unknown sandbox control endpoint\n"),
    }
}

fn list_faults(shared: &Shared) -> Resp {
    let faults: Vec<Value> = lock(&shared.faults)
        .list()
        .into_iter()
        .map(|(id, fault)| {
            let mut v = serde_json::to_value(fault).unwrap_or_default();
            v["id"] = json!(id.0);
            v
        })
        .collect();
    wire::json(StatusCode::OK, &json!({"faults": faults}))
}

fn add_fault(shared: &Shared, body: &[u8]) -> Resp {
    let fault: Fault = match serde_json::from_slice(body) {
        Ok(f) => f,
        Err(e) => return bad_request(&format!("not a fault: {e}")),
    };
    if let Err(e) = fault.validate() {
        return bad_request(&e);
    }
    let id = lock(&shared.faults).add(fault);
    wire::json(StatusCode::CREATED, &json!({"id": id.0}))
}

fn remove_fault(shared: &Shared, id: &str) -> Resp {
    match id.parse::<u64>() {
        Ok(id) if lock(&shared.faults).remove(FaultId(id)) => wire::empty(StatusCode::NO_CONTENT),
        _ => wire::text(StatusCode::NOT_FOUND, "no such fault\n"),
    }
}

fn clock(shared: &Shared) -> Resp {
    let now = shared.clock.now_ms();
    wire::json(
        StatusCode::OK,
        &json!({
            "now_ms": now,
            "now": timefmt::format_iso(now),
            "offset_ms": shared.clock.offset_ms(),
            "frozen": shared.clock.is_frozen(),
        }),
    )
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ClockChange {
    advance_ms: Option<u64>,
    offset_ms: Option<i64>,
}

fn set_clock(shared: &Shared, body: &[u8]) -> Resp {
    let change: ClockChange = match serde_json::from_slice(body) {
        Ok(c) => c,
        Err(e) => return bad_request(&format!("expected {{advance_ms?, offset_ms?}}: {e}")),
    };
    if let Some(offset) = change.offset_ms {
        shared.clock.set_offset_ms(offset);
    }
    if let Some(ms) = change.advance_ms {
        shared.clock.advance(Duration::from_millis(ms));
    }
    clock(shared)
}

/// The test credentials plus the seed's account ids and resources, for other processes.
pub(crate) fn credentials_and_seed() -> Value {
    json!({
        "credentials": credentials(),
        "seed": {
            "huawei": {
                "publish_domains": [seed::HUAWEI_PUBLISH_DOMAIN, seed::HUAWEI_BACKUP_DOMAIN, seed::HUAWEI_EVENTS_DOMAIN],
                "record_app": seed::HUAWEI_RECORD_APP,
                "online_streams": seed::HUAWEI_ONLINE_STREAMS,
                "offline_stream": seed::HUAWEI_OFFLINE_STREAM,
            },
            "naver": {
                "channels": [seed::NAVER_PUBLISHING_CHANNEL, seed::NAVER_READY_CHANNEL, seed::NAVER_BLOCKED_CHANNEL],
            },
            "blendvision": {
                "lives": [seed::BLENDVISION_LIVE_ID, seed::BLENDVISION_ON_AIR_LIVE_ID, seed::BLENDVISION_ENDED_LIVE_ID],
            },
            "alibaba": {
                "casters": [seed::ALIBABA_IDLE_CASTER, seed::ALIBABA_STREAMING_CASTER, seed::ALIBABA_BARE_CASTER],
            },
        }
    })
}
