//! The request builder, the same for every operation: each input field goes where its
//! schema's `x-in` says, the account fills in the project, region and API name, and the
//! vendor's usual headers are added. Also the review of a prepared call and its
//! "copy as curl", both with every secret masked.

use std::fmt;

use livedesk_http::Vendor;
use livedesk_signing::{Scheme, SignableRequest};
use serde::Serialize;
use serde_json::Value;

use crate::account::Account;
use crate::error::OpError;
use crate::operation::{DynOperation, FollowUp, Operation, Rpc};
use crate::wire::{self, encode};

/// Shown in reviews instead of a secret.
pub const MASK: &str = "••••••";
/// Secrets in the masked copy of a request: `__LIVEDESK_SECRET_<NAME>__`. Only unreserved
/// characters, so encoding leaves them as they are in the path, the query and the body.
const SENTINEL_START: &str = "__LIVEDESK_SECRET_";
const SENTINEL_END: &str = "__";
const HUAWEI_CONTENT_TYPE: &str = "application/json; charset=utf-8";
const JSON: &str = "application/json";

/// A request in parts, before encoding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct RequestParts {
    pub method: &'static str,
    pub base: String,
    /// Encoded.
    pub path: String,
    /// Decoded names and values, in the order sent.
    pub query: Vec<(String, String)>,
    pub headers: Vec<(String, String)>,
    pub body: Option<String>,
}

impl RequestParts {
    pub fn url(&self) -> String {
        let mut url = format!("{}{}", self.base, self.path);
        if !self.query.is_empty() {
            url.push('?');
            let pairs: Vec<String> = self
                .query
                .iter()
                .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
                .collect();
            url.push_str(&pairs.join("&"));
        }
        url
    }

    pub fn to_signable(&self) -> SignableRequest {
        SignableRequest {
            method: self.method.to_owned(),
            url: self.url(),
            headers: self.headers.clone(),
            body: self.body.clone().map(String::into_bytes),
        }
    }
}

fn placement(schema: &Value, field: &str) -> (String, bool) {
    let property = schema.pointer(&format!("/properties/{field}"));
    let place = property
        .and_then(|p| p.get("x-in"))
        .and_then(Value::as_str)
        .unwrap_or("body")
        .to_owned();
    let json_string = property
        .and_then(|p| p.get("x-json-string"))
        .and_then(Value::as_bool)
        .unwrap_or(false);
    (place, json_string)
}

/// The vendor's usual headers, before any from the input.
fn vendor_headers(account: &Account, rpc: Option<Rpc>, has_body: bool) -> Vec<(String, String)> {
    let h = |n: &str, v: &str| (n.to_owned(), v.to_owned());
    match account.vendor {
        Vendor::Huawei => vec![h("Content-Type", HUAWEI_CONTENT_TYPE)],
        Vendor::Naver => vec![
            h(
                "x-ncp-region_code",
                account.region.as_deref().unwrap_or_default(),
            ),
            h("Content-Type", JSON),
        ],
        Vendor::BlendVision if has_body => vec![h("Content-Type", JSON)],
        Vendor::BlendVision => Vec::new(),
        Vendor::Alibaba => match (account.scheme, rpc) {
            (Scheme::AlibabaAcs3HmacSha256, Some(rpc)) => vec![
                h("x-acs-action", rpc.action),
                h("x-acs-version", rpc.version),
            ],
            _ => Vec::new(),
        },
    }
}

/// Alibaba's RPC parameters first (RPC signature only), then `RegionId` from the account.
fn vendor_query(account: &Account, rpc: Option<Rpc>) -> Vec<(String, String)> {
    let mut query = Vec::new();
    if account.vendor != Vendor::Alibaba {
        return query;
    }
    if let (Scheme::AlibabaRpcHmacSha1, Some(rpc)) = (account.scheme, rpc) {
        query.push(("Action".to_owned(), rpc.action.to_owned()));
        query.push(("Version".to_owned(), rpc.version.to_owned()));
    }
    if let Some(region) = &account.region {
        query.push(("RegionId".to_owned(), region.clone()));
    }
    query
}

fn fill_project(path: &str, account: &Account) -> Result<String, OpError> {
    if !path.contains("{project_id}") {
        return Ok(path.to_owned());
    }
    match &account.project_id {
        Some(project) => Ok(path.replace("{project_id}", &encode(project))),
        None => Err(OpError::Account {
            field: "project_id",
            problem: "missing: this operation needs the project id".into(),
        }),
    }
}

/// Builds the unsigned request of `O` from a checked input.
pub(crate) fn build_parts<O: Operation>(
    schema: &Value,
    input: &O::Input,
    account: &Account,
) -> Result<RequestParts, OpError> {
    let ascii_only = account.vendor == Vendor::Huawei;
    let fields = wire::split_fields(input, ascii_only)
        .map_err(|_| OpError::invalid("", "The input could not be turned into a request."))?;
    let mut path = fill_project(O::PATH, account)?;
    let mut query = vendor_query(account, O::RPC);
    let mut extra_headers = Vec::new();
    let mut body_fields = Vec::new();
    let has_body_fields = schema
        .get("properties")
        .and_then(Value::as_object)
        .is_some_and(|p| {
            p.values()
                .any(|v| v.get("x-in").and_then(Value::as_str) == Some("body"))
        });
    for (name, json) in fields {
        let (place, json_string) = placement(schema, name);
        // Strings travel as their text; numbers and booleans as written; JSON-string
        // parameters as the JSON itself.
        let text = || -> String {
            if json_string {
                return json.clone();
            }
            serde_json::from_str::<String>(&json).unwrap_or_else(|_| json.clone())
        };
        match place.as_str() {
            "path" => path = path.replace(&format!("{{{name}}}"), &encode(&text())),
            "query" if !json_string && (json.starts_with('{') || json.starts_with('[')) => {
                let value: Value = serde_json::from_str(&json).unwrap_or(Value::Null);
                flatten_query(name, &value, &mut query);
            }
            "query" => query.push((name.to_owned(), text())),
            "header" => extra_headers.push((name.to_owned(), text())),
            _ => body_fields.push(format!(
                "{}:{json}",
                wire::to_json(name, false).unwrap_or_default()
            )),
        }
    }
    if let Some(open) = path.find('{') {
        let name = path[open + 1..].split('}').next().unwrap_or_default();
        return Err(OpError::invalid(name, "This field is required."));
    }
    let body = has_body_fields.then(|| format!("{{{}}}", body_fields.join(",")));
    let mut headers = vendor_headers(account, O::RPC, body.is_some());
    headers.extend(extra_headers);
    Ok(RequestParts {
        method: O::METHOD,
        base: account.base.clone(),
        path,
        query,
        headers,
        body,
    })
}

/// A structured query field as grpc-gateway reads it: nested fields joined with dots
/// (`filter.updated_at.start_time`), one parameter per list entry (`filter.statuses=A&
/// filter.statuses=B`), strings as their text.
fn flatten_query(name: &str, value: &Value, query: &mut Vec<(String, String)>) {
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                flatten_query(&format!("{name}.{key}"), child, query);
            }
        }
        Value::Array(items) => {
            for item in items {
                flatten_query(name, item, query);
            }
        }
        Value::Null => {}
        Value::String(text) => query.push((name.to_owned(), text.clone())),
        other => query.push((name.to_owned(), other.to_string())),
    }
}

/// A read for a follow-up: the vendor's headers, no body.
pub(crate) fn build_read(
    account: &Account,
    rpc: Option<Rpc>,
    read: &FollowUp,
) -> Result<SignableRequest, OpError> {
    let mut query = vendor_query(account, rpc);
    query.extend(read.query.iter().cloned());
    let parts = RequestParts {
        method: "GET",
        base: account.base.clone(),
        path: fill_project(&read.path, account)?,
        query,
        headers: vendor_headers(account, rpc, false),
        body: None,
    };
    Ok(parts.to_signable())
}

/// A copy of the input with every secret value replaced by a sentinel: the fields marked
/// `x-secret` (stream keys) and the `auth_key` of ingest URLs.
fn mask_input(schema: &Value, value: &Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.iter()
                .map(|(k, v)| {
                    let child = schema
                        .get("properties")
                        .and_then(|p| p.get(k))
                        .unwrap_or(&Value::Null);
                    let secret = child.get("x-secret") == Some(&Value::Bool(true));
                    let masked = match v {
                        Value::String(_) if secret => {
                            Value::String(sentinel(&k.to_ascii_uppercase()))
                        }
                        _ => mask_input(child, v),
                    };
                    (k.clone(), masked)
                })
                .collect(),
        ),
        Value::Array(items) => {
            let item = schema.get("items").unwrap_or(&Value::Null);
            Value::Array(items.iter().map(|v| mask_input(item, v)).collect())
        }
        Value::String(text) => Value::String(mask_auth_keys(text)),
        other => other.clone(),
    }
}

/// A value as reviews show it: the `auth_key` of ingest URLs masked, at any depth.
pub(crate) fn masked_value(value: &Value) -> Value {
    match value {
        Value::String(text) => Value::String(masked_text(&mask_auth_keys(text))),
        Value::Array(items) => Value::Array(items.iter().map(masked_value).collect()),
        Value::Object(map) => Value::Object(
            map.iter()
                .map(|(k, v)| (k.clone(), masked_value(v)))
                .collect(),
        ),
        other => other.clone(),
    }
}

fn sentinel(name: &str) -> String {
    format!("{SENTINEL_START}{name}{SENTINEL_END}")
}

/// `...?auth_key=1608953344-0-0-53f0...` → `...?auth_key=<sentinel>`.
fn mask_auth_keys(text: &str) -> String {
    const KEY: &str = "auth_key=";
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(KEY) {
        out.push_str(&rest[..at + KEY.len()]);
        rest = &rest[at + KEY.len()..];
        let end = rest.find(['&', '#', '"', ' ']).unwrap_or(rest.len());
        out.push_str(&sentinel("AUTH_KEY"));
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// A call ready to be signed and sent: the validated input, the unsigned request, and a
/// masked copy for the review and "copy as curl".
#[derive(Clone)]
pub struct PreparedCall {
    pub(crate) op: &'static dyn DynOperation,
    pub(crate) op_id: &'static str,
    pub(crate) account: Account,
    pub(crate) input: Value,
    pub(crate) masked: RequestParts,
    pub(crate) request: SignableRequest,
}

pub(crate) fn prepare_call<O: Operation>(
    op: &'static dyn DynOperation,
    schema: &Value,
    input: &O::Input,
    account: Account,
) -> Result<PreparedCall, OpError> {
    let parts = build_parts::<O>(schema, input, &account)?;
    let normalized = serde_json::to_value(input).unwrap_or(Value::Null);
    let masked_input = mask_input(schema, &normalized);
    let masked = serde_json::from_value::<O::Input>(masked_input)
        .ok()
        .and_then(|m| build_parts::<O>(schema, &m, &account).ok())
        .unwrap_or_else(|| RequestParts {
            body: parts.body.as_ref().map(|_| sentinel("BODY")),
            query: Vec::new(),
            ..parts.clone()
        });
    Ok(PreparedCall {
        op,
        op_id: O::ID,
        request: parts.to_signable(),
        account,
        input: normalized,
        masked,
    })
}

/// The request as the producer reviews it before sending: secrets masked, and what
/// signing will add, in words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RequestReview {
    pub method: String,
    pub url: String,
    pub headers: Vec<ReviewHeader>,
    /// The JSON body as sent (compact), when there is one.
    pub body: Option<String>,
    /// What signing adds when the call is sent (time, signature ...), in words.
    pub signing: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReviewHeader {
    pub name: String,
    pub value: String,
}

/// A piece of a shell word: literal text or a `$VARIABLE`.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Piece {
    Text(String),
    Var(String),
}

/// Splits text at the sentinels: `a__LIVEDESK_SECRET_X__b` → `a`, `$X`, `b`.
fn pieces(text: &str) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find(SENTINEL_START) {
        let after = &rest[start + SENTINEL_START.len()..];
        let Some(end) = after.find(SENTINEL_END) else {
            break;
        };
        if start > 0 {
            out.push(Piece::Text(rest[..start].to_owned()));
        }
        out.push(Piece::Var(after[..end].to_owned()));
        rest = &after[end + SENTINEL_END.len()..];
    }
    if !rest.is_empty() {
        out.push(Piece::Text(rest.to_owned()));
    }
    out
}

fn masked_text(text: &str) -> String {
    pieces(text)
        .into_iter()
        .map(|p| match p {
            Piece::Text(t) => t,
            Piece::Var(_) => MASK.to_owned(),
        })
        .collect()
}

/// One shell word: literal parts in single quotes, variables in double quotes.
fn shell_word(pieces: &[Piece]) -> String {
    if pieces.is_empty() {
        return "''".to_owned();
    }
    let mut merged: Vec<Piece> = Vec::with_capacity(pieces.len());
    for piece in pieces {
        match (merged.last_mut(), piece) {
            (Some(Piece::Text(last)), Piece::Text(more)) => last.push_str(more),
            (_, Piece::Text(t)) if t.is_empty() => {}
            _ => merged.push(piece.clone()),
        }
    }
    merged
        .iter()
        .map(|p| match p {
            Piece::Text(t) => format!("'{}'", t.replace('\'', r"'\''")),
            Piece::Var(v) => format!("\"${v}\""),
        })
        .collect()
}

impl PreparedCall {
    /// The operation's id.
    pub fn operation(&self) -> &str {
        self.op_id
    }

    pub fn vendor(&self) -> Vendor {
        self.account.vendor
    }

    /// The request as it will be signed (without authentication yet).
    pub fn request(&self) -> &SignableRequest {
        &self.request
    }

    /// The validated input, as the engine read it (defaults and empty fields left out).
    pub fn input(&self) -> &Value {
        &self.input
    }

    /// The request for the producer to review, secrets masked.
    pub fn review(&self) -> RequestReview {
        let m = &self.masked;
        RequestReview {
            method: m.method.to_owned(),
            url: masked_text(&m.url()),
            headers: m
                .headers
                .iter()
                .map(|(n, v)| ReviewHeader {
                    name: n.clone(),
                    value: masked_text(v),
                })
                .collect(),
            body: m.body.as_deref().map(masked_text),
            signing: self.signing_note(),
        }
    }

    fn signing_note(&self) -> String {
        let token = if self.account.security_token {
            " and the temporary security token"
        } else {
            ""
        };
        match self.account.scheme {
            Scheme::HuaweiSdkHmacSha256 => format!(
                "When sending, Livedesk adds X-Project-Id, X-Sdk-Date (the time){token} and an \
                 Authorization header signed with the account's secret key (SDK-HMAC-SHA256)."
            ),
            Scheme::NaverApigwV2 => "When sending, Livedesk adds x-ncp-apigw-timestamp (the \
                 time), x-ncp-iam-access-key and x-ncp-apigw-signature-v2, signed with the \
                 account's secret key."
                .to_owned(),
            Scheme::BlendVisionBearer => "When sending, Livedesk adds the API token \
                 (Authorization: Bearer) and the organisation id (x-bv-org-id)."
                .to_owned(),
            Scheme::AlibabaRpcHmacSha1 => format!(
                "When sending, Livedesk adds AccessKeyId, Format, SignatureMethod, \
                 SignatureVersion, SignatureNonce, Timestamp{token} and a Signature computed \
                 with the AccessKey secret (HMAC-SHA1) to the query."
            ),
            Scheme::AlibabaAcs3HmacSha256 => format!(
                "When sending, Livedesk adds x-acs-date (the time), x-acs-signature-nonce, \
                 x-acs-content-sha256{token} and an Authorization header signed with the \
                 AccessKey secret (ACS3-HMAC-SHA256)."
            ),
        }
    }

    /// "Copy as curl": the request as Livedesk sends it, with every secret a shell
    /// variable. Signatures depend on the secret key and the time, so they cannot be
    /// written out: the signing headers or parameters appear as variables too
    /// (`"$HUAWEI_AUTHORIZATION"` ...), with a comment saying how they are made. BlendVision
    /// has no signature: its command runs as it is once `BLENDVISION_API_TOKEN` is set.
    pub fn curl(&self) -> String {
        let m = &self.masked;
        let mut url = pieces(&m.url());
        let mut headers: Vec<(String, Vec<Piece>)> = m
            .headers
            .iter()
            .map(|(n, v)| (n.clone(), pieces(v)))
            .collect();
        let var = |name: &str| vec![Piece::Var(name.to_owned())];
        let text = |t: &str| vec![Piece::Text(t.to_owned())];
        let token = self.account.security_token;
        let comment = match self.account.scheme {
            Scheme::HuaweiSdkHmacSha256 => {
                headers.push((
                    "X-Project-Id".into(),
                    text(self.account.project_id.as_deref().unwrap_or_default()),
                ));
                if token {
                    headers.push(("X-Security-Token".into(), var("HUAWEI_SECURITY_TOKEN")));
                }
                headers.push(("X-Sdk-Date".into(), var("HUAWEI_SDK_DATE")));
                headers.push(("Authorization".into(), var("HUAWEI_AUTHORIZATION")));
                "# Huawei Cloud signs every request (SDK-HMAC-SHA256) with your access key and \
                 secret key ($HUAWEI_AK, $HUAWEI_SK)\n# and the time: set HUAWEI_SDK_DATE \
                 (YYYYMMDDTHHMMSSZ, UTC) and HUAWEI_AUTHORIZATION computed for exactly this \
                 request."
            }
            Scheme::NaverApigwV2 => {
                headers.push(("x-ncp-apigw-timestamp".into(), var("NCP_TIMESTAMP")));
                headers.push(("x-ncp-iam-access-key".into(), var("NCP_ACCESS_KEY")));
                headers.push(("x-ncp-apigw-signature-v2".into(), var("NCP_SIGNATURE")));
                "# NAVER Cloud signs every request (API Gateway signature v2) with your secret \
                 key ($NCP_SECRET_KEY):\n# set NCP_TIMESTAMP (epoch milliseconds), \
                 NCP_ACCESS_KEY and NCP_SIGNATURE = base64(HMAC-SHA256(secret, \"METHOD \
                 URI\\nTIMESTAMP\\nACCESS_KEY\"))."
            }
            Scheme::BlendVisionBearer => {
                headers.insert(
                    0,
                    (
                        "x-bv-org-id".into(),
                        text(self.account.org_id.as_deref().unwrap_or_default()),
                    ),
                );
                let mut bearer = text("Bearer ");
                bearer.extend(var("BLENDVISION_API_TOKEN"));
                headers.insert(0, ("Authorization".into(), bearer));
                "# BlendVision One: set BLENDVISION_API_TOKEN to the account's API token."
            }
            Scheme::AlibabaRpcHmacSha1 => {
                let mut first = m.query.is_empty();
                let mut add = |name: &str, value: Vec<Piece>| {
                    let separator = if std::mem::take(&mut first) { "?" } else { "&" };
                    url.push(Piece::Text(format!("{separator}{name}=")));
                    url.extend(value);
                };
                add("AccessKeyId", var("ALIBABA_ACCESS_KEY_ID"));
                add("Format", text("JSON"));
                add("SignatureMethod", text("HMAC-SHA1"));
                add("SignatureVersion", text("1.0"));
                add("SignatureNonce", var("ALIBABA_NONCE"));
                add("Timestamp", var("ALIBABA_TIMESTAMP"));
                if token {
                    add("SecurityToken", var("ALIBABA_SECURITY_TOKEN"));
                }
                add("Signature", var("ALIBABA_SIGNATURE"));
                "# Alibaba Cloud signs every request (RPC, HMAC-SHA1) with your AccessKey secret \
                 ($ALIBABA_ACCESS_KEY_SECRET):\n# set ALIBABA_NONCE (unique), \
                 ALIBABA_TIMESTAMP (UTC, percent-encoded) and ALIBABA_SIGNATURE computed over \
                 all sorted parameters (percent-encoded)."
            }
            Scheme::AlibabaAcs3HmacSha256 => {
                headers.push(("x-acs-date".into(), var("ALIBABA_DATE")));
                headers.push(("x-acs-signature-nonce".into(), var("ALIBABA_NONCE")));
                // Alibaba operations send no body: its hash is the empty string's.
                let hash = match m.body.as_deref() {
                    None | Some("") => text(EMPTY_SHA256),
                    Some(_) => var("ALIBABA_CONTENT_SHA256"),
                };
                headers.push(("x-acs-content-sha256".into(), hash));
                if token {
                    headers.push(("x-acs-security-token".into(), var("ALIBABA_SECURITY_TOKEN")));
                }
                headers.push(("Authorization".into(), var("ALIBABA_AUTHORIZATION")));
                "# Alibaba Cloud signs every request (ACS3-HMAC-SHA256) with your AccessKey \
                 secret ($ALIBABA_ACCESS_KEY_SECRET):\n# set ALIBABA_DATE (UTC), ALIBABA_NONCE \
                 (unique) and ALIBABA_AUTHORIZATION computed for exactly this request."
            }
        };
        let mut lines = vec![comment.to_owned()];
        if m.body
            .as_deref()
            .is_some_and(|b| b.contains(SENTINEL_START))
            || m.url().contains(SENTINEL_START)
        {
            lines.push(
                "# Secrets of the input (stream keys, auth_key of ingest URLs) are variables \
                 too: set them before running."
                    .to_owned(),
            );
        }
        let mut command = format!("curl -X {} {}", m.method, shell_word(&url));
        for (name, value) in headers {
            let mut word = vec![Piece::Text(format!("{name}: "))];
            word.extend(value);
            command.push_str(&format!(" \\\n  -H {}", shell_word(&word)));
        }
        if let Some(body) = &m.body {
            command.push_str(&format!(" \\\n  --data-raw {}", shell_word(&pieces(body))));
        }
        lines.push(command);
        lines.join("\n")
    }
}

const EMPTY_SHA256: &str = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

impl fmt::Debug for PreparedCall {
    /// The masked review: inputs can hold stream keys.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let review = self.review();
        f.debug_struct("PreparedCall")
            .field("operation", &self.op_id)
            .field("method", &review.method)
            .field("url", &review.url)
            .field("body", &review.body)
            .finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn secrets_are_masked_structurally_and_in_ingest_urls() {
        let schema = json!({"properties": {
            "relay": {"items": {"properties": {"stream_key": {"x-secret": true}}}},
            "url": {}
        }});
        let input = json!({
            "relay": [{"stream_key": "sk-SECRET", "url": "rtmp://h/app"}],
            "url": "rtmp://h/a/s?auth_key=1608-0-0-SECRET&x=1"
        });
        let masked = mask_input(&schema, &input).to_string();
        assert!(
            !masked.contains("sk-SECRET") && !masked.contains("0-SECRET"),
            "{masked}"
        );
        assert!(masked.contains("__LIVEDESK_SECRET_STREAM_KEY__"));
        assert!(masked.contains("auth_key=__LIVEDESK_SECRET_AUTH_KEY__&x=1"));
        assert_eq!(masked_text("a__LIVEDESK_SECRET_X__b"), format!("a{MASK}b"));
    }

    #[test]
    fn shell_words_quote_literals_and_expand_variables() {
        let word = shell_word(&pieces("it's __LIVEDESK_SECRET_KEY__!"));
        assert_eq!(word, r#"'it'\''s '"$KEY"'!'"#);
        assert_eq!(shell_word(&[]), "''");
    }
}
