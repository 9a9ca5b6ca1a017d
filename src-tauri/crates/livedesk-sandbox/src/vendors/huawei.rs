//! Huawei Cloud Live v1: stream backup per ingest domain, and manual recording control.

use crate::auth::huawei::{self as auth, AuthError};
use crate::credentials::{HUAWEI_ACCESS_KEY, HUAWEI_PROJECT_ID, HUAWEI_SECRET_KEY};
use crate::state::{lock, State, StreamKey};
use crate::wire::{self, Req, Resp};
use http::{Method, StatusCode};
use serde_json::{json, Map, Value};

/// The documented wait after a STOP before the same stream may START again.
pub(crate) const RESTART_WAIT_MS: i64 = 10_000;
const ILLEGAL: &str = "Request Illegal";

fn secret_for(ak: &str) -> Option<&'static str> {
    (ak == HUAWEI_ACCESS_KEY).then_some(HUAWEI_SECRET_KEY)
}

fn with_request_id(resp: Resp, req: &Req) -> Resp {
    wire::with_header(resp, "x-request-id", &req.id.hex())
}

/// API gateway errors carry the request id in the body too.
fn gateway_error(status: StatusCode, code: &str, msg: &str, req: &Req) -> Resp {
    let body = json!({"error_code": code, "error_msg": msg, "request_id": req.id.hex()});
    with_request_id(wire::json(status, &body), req)
}

/// Errors of the Live service itself: `{error_code, error_msg}`.
fn live_error(status: StatusCode, code: &str, msg: &str, req: &Req) -> Resp {
    with_request_id(
        wire::json(status, &json!({"error_code": code, "error_msg": msg})),
        req,
    )
}

fn invalid(param: &str, req: &Req) -> Resp {
    live_error(
        StatusCode::BAD_REQUEST,
        "LIVE.100011001",
        &format!("Invalid request parameter: {param}"),
        req,
    )
}

fn illegal(req: &Req) -> Resp {
    live_error(StatusCode::BAD_REQUEST, "LIVE.100011001", ILLEGAL, req)
}

pub(crate) fn server_error(status: StatusCode, req: &Req) -> Resp {
    let (code, msg) = if status == StatusCode::INTERNAL_SERVER_ERROR {
        ("APIGW.0601", "Internal server error")
    } else {
        ("APIGW.0201", "Backend unavailable")
    };
    gateway_error(status, code, msg, req)
}

enum Route<'a> {
    StreamBackup(&'a str),
    RecordControl(&'a str),
    StreamsOnline(&'a str),
    Domains(&'a str),
    RecordRules(&'a str),
}

fn route(req: &Req) -> Option<Route<'_>> {
    match (req.method.clone(), req.segments().as_slice()) {
        (Method::GET | Method::PUT, ["v1", project, "domain", "stream-backup"]) => {
            Some(Route::StreamBackup(project))
        }
        (Method::POST, ["v1", project, "record", "control"]) => Some(Route::RecordControl(project)),
        (Method::GET, ["v1", project, "realtime", "streams"]) => {
            Some(Route::StreamsOnline(project))
        }
        (Method::GET, ["v1", project, "domain"]) => Some(Route::Domains(project)),
        (Method::GET, ["v1", project, "record", "rules"]) => Some(Route::RecordRules(project)),
        _ => None,
    }
}

pub(crate) fn handle(state: &State, req: &Req) -> Resp {
    let Some(route) = route(req) else {
        return gateway_error(
            StatusCode::NOT_FOUND,
            "APIGW.0101",
            "The API does not exist or has not been published in the environment",
            req,
        );
    };
    if let Err(e) = auth::verify(req, secret_for) {
        return auth_failure(&e, req);
    }
    let project = match route {
        Route::StreamBackup(p)
        | Route::RecordControl(p)
        | Route::StreamsOnline(p)
        | Route::Domains(p)
        | Route::RecordRules(p) => p,
    };
    if project != HUAWEI_PROJECT_ID {
        return gateway_error(
            StatusCode::UNAUTHORIZED,
            "APIGW.0301",
            &format!(
                "Incorrect IAM authentication information: project {project} does not belong to the ak"
            ),
            req,
        );
    }
    match route {
        Route::StreamBackup(_) if req.method == Method::GET => show_stream_backup(state, req),
        Route::StreamBackup(_) => modify_stream_backup(state, req),
        Route::RecordControl(_) => run_record(state, req),
        Route::StreamsOnline(_) => streams_online(state, req),
        Route::Domains(_) => show_domain(state, req),
        Route::RecordRules(_) => record_rules(state, req),
    }
}

fn auth_failure(e: &AuthError, req: &Req) -> Resp {
    gateway_error(
        StatusCode::UNAUTHORIZED,
        "APIGW.0301",
        &format!("Incorrect IAM authentication information: {}", e.detail()),
        req,
    )
}

fn domain_not_found(req: &Req) -> Resp {
    live_error(StatusCode::NOT_FOUND, "LIVE.103011019", ILLEGAL, req)
}

fn valid_domain(d: &str) -> bool {
    (1..=255).contains(&d.chars().count())
}

fn show_stream_backup(state: &State, req: &Req) -> Resp {
    let Some(domain) = req
        .query_param("publish_domain")
        .filter(|d| valid_domain(d))
    else {
        return invalid("publish_domain", req);
    };
    let huawei = lock(&state.huawei);
    match huawei.domains.get(&domain) {
        Some(&enabled) => ok(
            &json!({"publish_domain": domain, "stream_backup_enable": enabled}),
            req,
        ),
        None => domain_not_found(req),
    }
}

fn ok(body: &Value, req: &Req) -> Resp {
    with_request_id(wire::json(StatusCode::OK, body), req)
}

fn json_object(req: &Req) -> Option<Map<String, Value>> {
    match serde_json::from_slice(&req.body) {
        Ok(Value::Object(map)) => Some(map),
        _ => None,
    }
}

fn modify_stream_backup(state: &State, req: &Req) -> Resp {
    let Some(body) = json_object(req) else {
        return illegal(req);
    };
    let Some(domain) = body
        .get("publish_domain")
        .and_then(Value::as_str)
        .filter(|d| valid_domain(d))
    else {
        return invalid("publish_domain", req);
    };
    let Some(enable) = body.get("stream_backup_enable").and_then(Value::as_bool) else {
        return invalid("stream_backup_enable", req);
    };
    let mut huawei = lock(&state.huawei);
    match huawei.domains.get_mut(domain) {
        Some(flag) => {
            *flag = enable;
            ok(
                &json!({"publish_domain": domain, "stream_backup_enable": enable}),
                req,
            )
        }
        None => domain_not_found(req),
    }
}

fn run_record(state: &State, req: &Req) -> Resp {
    let action = req.query_param("action");
    let start = match action.as_deref() {
        Some("START") => true,
        Some("STOP") => false,
        _ => return invalid("action", req),
    };
    let Some(body) = json_object(req) else {
        return illegal(req);
    };
    let mut values = Vec::with_capacity(3);
    for field in ["publish_domain", "app", "stream"] {
        match body
            .get(field)
            .and_then(Value::as_str)
            .filter(|v| !v.is_empty())
        {
            Some(v) => values.push(v),
            None => return invalid(field, req),
        }
    }
    let key = StreamKey::new(values[0], values[1], values[2]);
    let mut huawei = lock(&state.huawei);
    if !huawei.has_command_rule(&key) {
        return record_not_found(req);
    }
    let online = huawei.online.contains(&key);
    let rec = huawei.recordings.entry(key).or_default();
    if start {
        if rec.active {
            return ok(&json!({}), req);
        }
        if !online {
            return live_error(
                StatusCode::BAD_REQUEST,
                "LIVE.100011001",
                "The stream is not being pushed",
                req,
            );
        }
        if rec
            .last_stop_ms
            .is_some_and(|stop| req.now_ms - stop <= RESTART_WAIT_MS)
        {
            return live_error(
                StatusCode::BAD_REQUEST,
                "LIVE.100011022",
                "Recording of this stream was stopped less than 10 seconds ago",
                req,
            );
        }
        rec.active = true;
    } else {
        if !rec.active {
            return record_not_found(req);
        }
        rec.active = false;
        rec.last_stop_ms = Some(req.now_ms);
    }
    ok(&json!({}), req)
}

fn record_not_found(req: &Req) -> Resp {
    live_error(
        StatusCode::NOT_FOUND,
        "LIVE.100011001",
        "The resource to access is not exists",
        req,
    )
}

/// `ListLiveStreamsOnline`: the streams being pushed to a domain, optionally one app or one
/// stream (`stream` needs `app`), a page at a time (`offset` counts pages from 0).
fn streams_online(state: &State, req: &Req) -> Resp {
    let Some(domain) = req
        .query_param("publish_domain")
        .filter(|d| valid_domain(d))
    else {
        return invalid("publish_domain", req);
    };
    let app = req.query_param("app").filter(|a| !a.is_empty());
    let stream = req.query_param("stream").filter(|s| !s.is_empty());
    if stream.is_some() && app.is_none() {
        return invalid("app", req);
    }
    let number = |name: &str, default: i64, range: std::ops::RangeInclusive<i64>| match req
        .query_param(name)
    {
        None => Some(default),
        Some(v) => v.parse::<i64>().ok().filter(|n| range.contains(n)),
    };
    let (Some(offset), Some(limit)) = (
        number("offset", 0, 0..=i64::MAX),
        number("limit", 10, 1..=100),
    ) else {
        return invalid("offset/limit", req);
    };
    let huawei = lock(&state.huawei);
    if !huawei.domains.contains_key(&domain) {
        return domain_not_found(req);
    }
    let matching: Vec<&StreamKey> = huawei
        .online
        .iter()
        .filter(|k| k.domain == domain)
        .filter(|k| app.as_ref().is_none_or(|a| &k.app == a))
        .filter(|k| stream.as_ref().is_none_or(|s| &k.stream == s))
        .collect();
    let total = matching.len() as i64;
    let streams: Vec<Value> = matching
        .into_iter()
        .skip(usize::try_from(offset.saturating_mul(limit)).unwrap_or(usize::MAX))
        .take(usize::try_from(limit).unwrap_or(0))
        .map(|k| {
            json!({
                "publish_domain": k.domain, "app": k.app, "stream": k.stream,
                "video_codec": "H264", "audio_codec": "AAC", "video_frame_rate": 30,
                "audio_frame_rate": 44100, "video_bitrate": 4000, "audio_bitrate": 128,
                "resolution": "1920x1080", "client_ip": "192.0.2.10",
                "start_time": "2025-06-01T08:00:00Z"
            })
        })
        .collect();
    ok(
        &json!({
            "total_page": (total + limit - 1) / limit, "total_num": total,
            "offset": offset, "limit": limit, "request_id": req.id.hex(),
            "streams": streams
        }),
        req,
    )
}

/// The streaming (pull) domain the sandbox lists beside its ingest domains: pickers of ingest
/// domains must leave it out.
pub(crate) const PULL_DOMAIN: &str = "play.sandbox-live.example.com";

/// `ShowDomain`: every domain of the project (or the one asked for), ingest domains and the
/// streaming domain they play from.
fn show_domain(state: &State, req: &Req) -> Resp {
    let only = req.query_param("domain").filter(|d| !d.is_empty());
    let huawei = lock(&state.huawei);
    let created = "2025-06-01T08:00:00Z";
    let mut all: Vec<Value> = huawei
        .domains
        .keys()
        .map(|d| {
            json!({"domain": d, "domain_type": "push", "vendor": "huawei", "region": "ap-southeast-3",
                   "domain_cname": format!("{d}.c.cdnhwc1.com"), "status": "on",
                   "create_time": created, "status_describe": "", "service_area": "outside_mainland_china"})
        })
        .collect();
    all.push(
        json!({"domain": PULL_DOMAIN, "domain_type": "pull", "vendor": "huawei",
        "region": "ap-southeast-3", "domain_cname": format!("{PULL_DOMAIN}.c.cdnhwc1.com"),
        "status": "on", "related_domain": crate::seed::HUAWEI_PUBLISH_DOMAIN,
        "create_time": created, "status_describe": "", "service_area": "outside_mainland_china"}),
    );
    all.retain(|d| only.as_ref().is_none_or(|o| d["domain"] == o.as_str()));
    if only.is_some() && all.is_empty() {
        return domain_not_found(req);
    }
    ok(&json!({"total": all.len(), "domain_info": all}), req)
}

/// `ListRecordRules`: the `COMMAND_RECORD` rules, filtered by domain, app and stream.
fn record_rules(state: &State, req: &Req) -> Resp {
    let filter = |name: &str| req.query_param(name).filter(|v| !v.is_empty());
    let (domain, app, stream) = (filter("publish_domain"), filter("app"), filter("stream"));
    if filter("record_type").is_some_and(|t| t != "COMMAND_RECORD") {
        return ok(&json!({"total": 0, "record_config": []}), req);
    }
    let huawei = lock(&state.huawei);
    let rules: Vec<Value> = huawei
        .command_rules
        .iter()
        .filter(|k| domain.as_ref().is_none_or(|d| &k.domain == d))
        .filter(|k| app.as_ref().is_none_or(|a| &k.app == a))
        .filter(|k| stream.as_ref().is_none_or(|s| &k.stream == s))
        .enumerate()
        .map(|(i, k)| {
            json!({"id": format!("rule-{}", i + 1), "publish_domain": k.domain, "app": k.app,
                   "stream": k.stream, "record_type": "COMMAND_RECORD",
                   "default_record_config": {"record_format": ["MP4"],
                       "obs_addr": {"bucket": "sandbox-records", "location": "ap-southeast-3", "object": ""}},
                   "create_time": "2025-06-01T08:00:00Z", "update_time": "2025-06-01T08:00:00Z"})
        })
        .collect();
    ok(&json!({"total": rules.len(), "record_config": rules}), req)
}
