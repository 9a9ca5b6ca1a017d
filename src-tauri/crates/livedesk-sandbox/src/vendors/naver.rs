//! NAVER Cloud Live Station v2: channel list and detail, and main/backup stream switching.

use crate::auth::naver as auth;
use crate::credentials::{
    NAVER_ACCESS_KEY, NAVER_READONLY_ACCESS_KEY, NAVER_READONLY_SECRET_KEY, NAVER_REGION,
    NAVER_SECRET_KEY,
};
use crate::state::{lock, State};
use crate::wire::{self, Req, Resp};
use http::{Method, StatusCode};
use serde_json::{json, Value};

const DEFAULT_PAGE_SIZE: usize = 20;

fn secret_for(ak: &str) -> Option<&'static str> {
    match ak {
        NAVER_ACCESS_KEY => Some(NAVER_SECRET_KEY),
        NAVER_READONLY_ACCESS_KEY => Some(NAVER_READONLY_SECRET_KEY),
        _ => None,
    }
}

/// API Gateway errors (before the service): string codes, no `errorName`.
fn gateway_error(status: StatusCode, code: &str, message: &str) -> Resp {
    wire::json(
        status,
        &json!({"error": {"errorCode": code, "message": message}}),
    )
}

/// Live Station errors: numeric `250xxx` codes with a name.
fn service_error(status: StatusCode, code: u32, name: &str, message: &str) -> Resp {
    wire::json(
        status,
        &json!({"error": {"errorCode": code, "message": message, "errorName": name}}),
    )
}

pub(crate) fn server_error(status: StatusCode) -> Resp {
    let (code, message) = match status.as_u16() {
        503 => ("500", "Endpoint Error"),
        504 => ("510", "Endpoint Timeout"),
        _ => ("900", "Unexpected Error"),
    };
    gateway_error(status, code, message)
}

enum Route<'a> {
    List,
    Detail(&'a str),
    Switch(&'a str),
}

fn route(req: &Req) -> Option<Route<'_>> {
    match (req.method.clone(), req.segments().as_slice()) {
        (Method::GET, ["api", "v2", "channels"]) => Some(Route::List),
        (Method::GET, ["api", "v2", "channels", id]) => Some(Route::Detail(id)),
        (Method::PUT, ["api", "v2", "channels", id, "switch-stream"]) => Some(Route::Switch(id)),
        _ => None,
    }
}

pub(crate) fn handle(state: &State, req: &Req) -> Resp {
    let Some(route) = route(req) else {
        return gateway_error(StatusCode::NOT_FOUND, "300", "Not Found Exception");
    };
    let access_key = match auth::verify(req, secret_for) {
        Ok(ak) => ak,
        Err(_) => return gateway_error(StatusCode::UNAUTHORIZED, "200", "Authentication Failed"),
    };
    if access_key == NAVER_READONLY_ACCESS_KEY && req.method != Method::GET {
        return gateway_error(StatusCode::UNAUTHORIZED, "210", "Permission Denied");
    }
    match req.header("x-ncp-region_code") {
        None => {
            return service_error(
                StatusCode::BAD_REQUEST,
                250_003,
                "REQUIRED_HEADER",
                "Required header is missing: x-ncp-region_code",
            )
        }
        Some(region) if region != NAVER_REGION => {
            return service_error(
                StatusCode::BAD_REQUEST,
                250_019,
                "OPEN_API_UNSUPPORTED_REGION",
                &format!("Unsupported region: {region}"),
            )
        }
        Some(_) => {}
    }
    match route {
        Route::List => list(state, req),
        Route::Detail(id) => detail(state, id),
        Route::Switch(id) => switch_stream(state, id),
    }
}

fn channel_not_found(id: &str) -> Resp {
    service_error(
        StatusCode::NOT_FOUND,
        250_004,
        "NOT_FOUND",
        &format!("Channel not found: {id}"),
    )
}

fn invalid_format(param: &str) -> Resp {
    service_error(
        StatusCode::BAD_REQUEST,
        250_002,
        "INVALID_FORMAT",
        &format!("Invalid value format: {param}"),
    )
}

fn number_param(
    req: &Req,
    name: &str,
    range: std::ops::RangeInclusive<usize>,
) -> Result<Option<usize>, Resp> {
    match req.query_param(name) {
        None => Ok(None),
        Some(raw) => match raw.parse::<usize>() {
            Ok(n) if range.contains(&n) => Ok(Some(n)),
            _ => Err(invalid_format(name)),
        },
    }
}

fn list(state: &State, req: &Req) -> Resp {
    let page = match number_param(req, "pageNo", 1..=usize::MAX) {
        Ok(p) => p.unwrap_or(1),
        Err(resp) => return resp,
    };
    let size = match number_param(req, "pageSizeNo", 1..=100) {
        Ok(s) => s.unwrap_or(DEFAULT_PAGE_SIZE),
        Err(resp) => return resp,
    };
    let status = req.query_param("channelStatus");
    let id = req.query_param("id");
    let name = req.query_param("channelName");
    let field = |c: &Value, key: &str| c[key].as_str().unwrap_or_default().to_owned();
    let naver = lock(&state.naver);
    let matching: Vec<&Value> = naver
        .channels
        .iter()
        .filter(|c| {
            status
                .as_ref()
                .is_none_or(|s| field(c, "channelStatus") == *s)
        })
        .filter(|c| {
            id.as_ref()
                .is_none_or(|i| field(c, "channelId").contains(i.as_str()))
        })
        .filter(|c| {
            name.as_ref()
                .is_none_or(|n| field(c, "channelName").contains(n.as_str()))
        })
        .collect();
    let content: Vec<&Value> = matching
        .iter()
        .skip((page - 1).saturating_mul(size))
        .take(size)
        .copied()
        .collect();
    wire::json(
        StatusCode::OK,
        &json!({"content": content, "total": matching.len()}),
    )
}

fn detail(state: &State, id: &str) -> Resp {
    let naver = lock(&state.naver);
    match naver.channels.iter().find(|c| c["channelId"] == id) {
        Some(channel) => wire::json(StatusCode::OK, &json!({"content": channel})),
        None => channel_not_found(id),
    }
}

fn switch_stream(state: &State, id: &str) -> Resp {
    let mut naver = lock(&state.naver);
    let Some(channel) = naver.channels.iter_mut().find(|c| c["channelId"] == id) else {
        return channel_not_found(id);
    };
    if channel["channelStatus"] != "PUBLISHING" {
        return service_error(
            StatusCode::BAD_REQUEST,
            250_005,
            "NOT_AVAILABLE",
            "The stream can be switched only while the channel is PUBLISHING",
        );
    }
    let backup = channel["isPublishingBackUp"].as_bool().unwrap_or(false);
    channel["isPublishingBackUp"] = Value::Bool(!backup);
    wire::json(StatusCode::OK, &json!({"content": channel}))
}
