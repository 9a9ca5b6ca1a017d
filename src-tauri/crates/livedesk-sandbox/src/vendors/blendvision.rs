//! BlendVision One CMS v1: list, get and update lives.

use super::blendvision_validate::{self as validate, FieldError};
use crate::auth::blendvision::{self as auth, AuthError, Token};
use crate::credentials::{
    BLENDVISION_API_TOKEN, BLENDVISION_ORG_ID, BLENDVISION_READONLY_API_TOKEN,
};
use crate::state::{lock, State};
use crate::timefmt;
use crate::wire::{self, Req, Resp};
use http::{Method, StatusCode};
use serde_json::{json, Map, Value};

const TOKENS: [Token; 2] = [
    Token {
        token: BLENDVISION_API_TOKEN,
        org_id: BLENDVISION_ORG_ID,
        can_write: true,
    },
    Token {
        token: BLENDVISION_READONLY_API_TOKEN,
        org_id: BLENDVISION_ORG_ID,
        can_write: false,
    },
];
const DOMAIN: &str = "bv.cms.v1";

/// A `google.rpc.Status` body; the HTTP status follows the gRPC code as grpc-gateway maps it.
fn status(code: u16, message: &str, reason: Option<&str>, metadata: Value) -> Resp {
    let http = match code {
        3 | 9 => StatusCode::BAD_REQUEST,
        4 => StatusCode::GATEWAY_TIMEOUT,
        5 => StatusCode::NOT_FOUND,
        7 => StatusCode::FORBIDDEN,
        14 => StatusCode::SERVICE_UNAVAILABLE,
        16 => StatusCode::UNAUTHORIZED,
        _ => StatusCode::INTERNAL_SERVER_ERROR,
    };
    let details = match reason {
        Some(reason) => json!([{"reason": reason, "domain": DOMAIN, "metadata": metadata}]),
        None => json!([]),
    };
    wire::json(
        http,
        &json!({"code": code, "message": message, "details": details}),
    )
}

/// Keeps the injected HTTP status; the body carries the nearest gRPC code.
pub(crate) fn server_error(http: StatusCode) -> Resp {
    let (code, message) = match http.as_u16() {
        503 => (14, "service unavailable"),
        504 => (4, "deadline exceeded"),
        _ => (13, "internal error"),
    };
    let mut resp = status(code, message, None, json!({}));
    *resp.status_mut() = http;
    resp
}

fn invalid_field(e: &FieldError) -> Resp {
    status(
        3,
        &format!("validation error, field '{}': {}", e.field, e.description),
        Some("ERROR_REASON_INVALID_ARGUMENT"),
        json!({"field": e.field, "description": e.description}),
    )
}

fn live_not_found(id: &str) -> Resp {
    status(
        5,
        &format!("live {id} not found"),
        Some("ERROR_REASON_NOT_FOUND"),
        json!({"id": id}),
    )
}

enum Route<'a> {
    List,
    Get(&'a str),
    Update(&'a str),
}

fn route(req: &Req) -> Option<Route<'_>> {
    match (req.method.clone(), req.segments().as_slice()) {
        (Method::GET, ["bv", "cms", "v1", "lives"]) => Some(Route::List),
        (Method::GET, ["bv", "cms", "v1", "lives", id]) => Some(Route::Get(id)),
        (Method::PUT, ["bv", "cms", "v1", "lives", id]) => Some(Route::Update(id)),
        _ => None,
    }
}

pub(crate) fn handle(state: &State, req: &Req) -> Resp {
    let Some(route) = route(req) else {
        return status(5, "Not Found", None, json!({}));
    };
    let write = matches!(route, Route::Update(_));
    match auth::verify(req, &TOKENS, write) {
        Ok(()) => {}
        Err(AuthError::Unauthenticated) => {
            return status(
                16,
                "authorization header is missing or the api token is invalid",
                Some("ERROR_REASON_UNAUTHENTICATED"),
                json!({}),
            )
        }
        Err(AuthError::PermissionDenied(what)) => {
            let message = if what == "write" {
                "the api token has no permission to modify lives"
            } else {
                "the api token does not belong to the organization in x-bv-org-id"
            };
            return status(
                7,
                message,
                Some("ERROR_REASON_PERMISSION_DENIED"),
                json!({}),
            );
        }
    }
    match route {
        Route::List => list(state, req),
        Route::Get(id) => get(state, id),
        Route::Update(id) => update(state, req, id),
    }
}

fn int_param(req: &Req, name: &str, default: i64, min: i64, max: i64) -> Result<i64, Resp> {
    let Some(raw) = req.query_param(name) else {
        return Ok(default);
    };
    match raw.parse::<i64>() {
        Ok(n) if (min..=max).contains(&n) => Ok(n),
        _ => Err(invalid_field(&FieldError {
            field: name.into(),
            description: format!("value must be an integer inside range [{min}, {max}]"),
        })),
    }
}

fn list(state: &State, req: &Req) -> Resp {
    let page = match int_param(req, "current_page", 1, 1, i64::from(i32::MAX)) {
        Ok(p) => p as usize,
        Err(resp) => return resp,
    };
    let per_page = match int_param(req, "items_per_page", 1, 1, 100) {
        Ok(n) => n as usize,
        Err(resp) => return resp,
    };
    let name = req.query_param("filter.name");
    let statuses = req.query_params("filter.statuses");
    let bv = lock(&state.blendvision);
    let matching: Vec<&Value> = bv
        .lives
        .iter()
        .filter(|l| {
            name.as_ref()
                .is_none_or(|n| l["name"].as_str().unwrap_or("").contains(n.as_str()))
        })
        .filter(|l| statuses.is_empty() || statuses.iter().any(|s| l["status"] == s.as_str()))
        .collect();
    let lives: Vec<&Value> = matching
        .iter()
        .skip((page - 1).saturating_mul(per_page))
        .take(per_page)
        .copied()
        .collect();
    wire::json(
        StatusCode::OK,
        &json!({
            "lives": lives,
            "pagination": {
                "current_page": page,
                "items_per_page": per_page,
                "total_items": matching.len()
            }
        }),
    )
}

fn get(state: &State, id: &str) -> Resp {
    let bv = lock(&state.blendvision);
    match bv.lives.iter().find(|l| l["id"] == id) {
        Some(live) => wire::json(StatusCode::OK, &json!({"live": live})),
        None => live_not_found(id),
    }
}

fn update(state: &State, req: &Req, id: &str) -> Resp {
    let body: Map<String, Value> = match serde_json::from_slice(&req.body) {
        Ok(Value::Object(map)) => map,
        _ => {
            return status(
                3,
                "invalid request body: expected a JSON object",
                Some("ERROR_REASON_INVALID_ARGUMENT"),
                json!({}),
            )
        }
    };
    if let Err(e) = validate::validate_update(&body) {
        return invalid_field(&e);
    }
    let mut bv = lock(&state.blendvision);
    let Some(live) = bv.lives.iter_mut().find(|l| l["id"] == id) else {
        return live_not_found(id);
    };
    let body = Value::Object(body);
    if let Some(field) = validate::changed_immutable(live, &body) {
        return invalid_field(&FieldError {
            field,
            description: "field is immutable and cannot be changed".into(),
        });
    }
    let before = live.clone();
    for key in validate::UPDATABLE {
        if let Some(v) = body.get(key) {
            live[key] = v.clone();
        }
    }
    // Replacing `security` or `interaction` must not drop the immutable parts inside them.
    for path in validate::IMMUTABLE.iter().filter(|p| p.len() > 1) {
        if validate::get(&body, path).is_none() {
            if let Some(kept) = validate::get(&before, path) {
                validate::set(live, path, kept.clone());
            }
        }
    }
    live["updated_at"] = Value::String(timefmt::format_iso(req.now_ms));
    wire::json(StatusCode::OK, &json!({"live": live}))
}
