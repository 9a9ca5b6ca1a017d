//! Alibaba Cloud ApsaraVideo Live (RPC, version 2016-11-01) at `/`: authentication, nonce
//! replay protection and the common error body; the caster operations are in `alibaba_casters`.

use super::alibaba_casters::{self as casters, Params};
use crate::auth::alibaba::{self as auth, AuthError, MAX_SKEW_MS};
use crate::credentials::{ALIBABA_ACCESS_KEY_ID, ALIBABA_ACCESS_KEY_SECRET};
use crate::state::{lock, State};
use crate::wire::{self, Req, Resp};
use http::{Method, StatusCode};
use serde_json::json;

pub(crate) const API_VERSION: &str = "2016-11-01";
const HOST_ID: &str = "live.aliyuncs.com";
/// Beyond this many remembered nonces, the ones too old to matter are forgotten.
const NONCE_PURGE_THRESHOLD: usize = 50_000;

fn secret_for(ak: &str) -> Option<&'static str> {
    (ak == ALIBABA_ACCESS_KEY_ID).then_some(ALIBABA_ACCESS_KEY_SECRET)
}

/// `{RequestId, HostId, Code, Message, Recommend}`, as the gateway answers.
pub(super) fn error(status: StatusCode, code: &str, message: &str, req: &Req) -> Resp {
    let request_id = req.id.uuid_upper();
    let body = json!({
        "RequestId": request_id,
        "HostId": HOST_ID,
        "Code": code,
        "Message": message,
        "Recommend": format!(
            "https://api.aliyun.com/troubleshoot?q={code}&product=live&requestId={request_id}"
        ),
    });
    wire::with_header(wire::json(status, &body), "x-acs-request-id", &request_id)
}

pub(super) fn missing(name: &str, req: &Req) -> Resp {
    error(
        StatusCode::BAD_REQUEST,
        "MissingParameter",
        &format!("The input parameter \"{name}\" that is mandatory for processing this request is not supplied."),
        req,
    )
}

pub(crate) fn server_error(status: StatusCode, req: &Req) -> Resp {
    if status == StatusCode::SERVICE_UNAVAILABLE {
        error(
            status,
            "ServiceUnavailable",
            "The request has failed due to a temporary failure of the server.",
            req,
        )
    } else {
        error(
            status,
            "InternalError",
            "The request processing has failed due to some unknown error, exception or failure.",
            req,
        )
    }
}

fn auth_failure(e: AuthError, req: &Req) -> Resp {
    let bad = StatusCode::BAD_REQUEST;
    match e {
        AuthError::Missing(name) => error(
            bad,
            &format!("Missing{name}"),
            &format!("The input parameter \"{name}\" that is mandatory for processing this request is not supplied."),
            req,
        ),
        AuthError::IncompleteSignature => error(
            bad,
            "IncompleteSignature",
            "The request signature does not conform to Aliyun standards.",
            req,
        ),
        AuthError::InvalidSignatureMethod => error(
            bad,
            "InvalidSignatureMethod",
            "Specified signature method is not supported.",
            req,
        ),
        AuthError::InvalidSignatureVersion => error(
            bad,
            "InvalidSignatureVersion",
            "Specified signature version is not supported.",
            req,
        ),
        AuthError::TimestampFormat => error(
            bad,
            "InvalidTimeStamp.Format",
            "Specified time stamp or date value is not well formatted.",
            req,
        ),
        AuthError::Expired => error(
            bad,
            "InvalidTimeStamp.Expired",
            "Specified time stamp or date value is expired.",
            req,
        ),
        AuthError::UnknownAccessKey => error(
            StatusCode::NOT_FOUND,
            "InvalidAccessKeyId.NotFound",
            "Specified access key is not found.",
            req,
        ),
        AuthError::SignatureMismatch { string_to_sign } => error(
            bad,
            "SignatureDoesNotMatch",
            &format!("Specified signature is not matched with our calculation. server string to sign is:{string_to_sign}"),
            req,
        ),
    }
}

pub(crate) fn handle(state: &State, req: &Req) -> Resp {
    if req.method != Method::GET && req.method != Method::POST {
        return error(
            StatusCode::BAD_REQUEST,
            "UnsupportedHTTPMethod",
            "This http method is not supported.",
            req,
        );
    }
    let verified = match auth::verify(req, secret_for) {
        Ok(v) => v,
        Err(e) => return auth_failure(e, req),
    };
    let mut alibaba = lock(&state.alibaba);
    if alibaba.nonces.len() > NONCE_PURGE_THRESHOLD {
        alibaba
            .nonces
            .retain(|_, at| req.now_ms - *at <= MAX_SKEW_MS);
    }
    let nonce_key = (verified.access_key_id.clone(), verified.nonce.clone());
    match alibaba.nonces.get(&nonce_key) {
        Some(at) if req.now_ms - *at <= MAX_SKEW_MS => {
            return error(
                StatusCode::BAD_REQUEST,
                "SignatureNonceUsed",
                "Specified signature nonce was used already.",
                req,
            )
        }
        _ => {
            alibaba.nonces.insert(nonce_key, req.now_ms);
        }
    }
    match verified.version.as_deref() {
        None => return auth_failure(AuthError::Missing("Version"), req),
        Some(API_VERSION) => {}
        Some(_) => {
            return error(
                StatusCode::BAD_REQUEST,
                "InvalidVersion",
                "Specified parameter Version is not valid.",
                req,
            )
        }
    }
    let params = Params(&verified.params);
    match verified.action.as_deref() {
        Some("DescribeCasters") => casters::describe_casters(&alibaba, &params, req),
        Some("DescribeCasterConfig") => casters::describe_caster_config(&alibaba, &params, req),
        Some("SetCasterConfig") => casters::set_caster_config(&mut alibaba, &params, req),
        Some(_) => error(
            StatusCode::NOT_FOUND,
            "InvalidAction.NotFound",
            "Specified api is not found, please check your url and method.",
            req,
        ),
        None => auth_failure(AuthError::Missing("Action"), req),
    }
}
