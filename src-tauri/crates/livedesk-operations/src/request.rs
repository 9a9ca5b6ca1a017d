//! The request builder, the same for every operation: each input field goes where its
//! schema's `x-in` says, the account fills in the project, region and API name, and the
//! vendor's usual headers are added. Also the review of a prepared call and its
//! "copy as curl", both with every secret masked (`livedesk_secrets`), and with what the
//! signer says it adds.

use livedesk_i18n::t;
use std::fmt;

use livedesk_http::Vendor;
use livedesk_secrets::{
    mask_placeholders, pieces, placeholder, placeholder_last4, remember, replace_stream_keys,
    Piece, StreamKeyPart,
};
use livedesk_signing::{describe, Added, Location, Made, Scheme, SignableRequest, StandIn};
use serde::Serialize;
use serde_json::Value;

use crate::account::Account;
use crate::error::OpError;
use crate::operation::{DynOperation, FollowUp, Operation, Rpc};
use crate::wire::{self, encode};

/// Shown in reviews instead of a secret (the project's one mask).
pub use livedesk_secrets::MASK;
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
            problem: t!("operations-account-no-project"),
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
        .map_err(|_| OpError::invalid("", t!("operations-input-unusable")))?;
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
        return Err(OpError::invalid(name, t!("operations-field-required")));
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

/// A copy of the input with every secret value replaced by a placeholder that shows its last
/// 4 characters: the fields marked `x-secret` (stream keys) and the keys of push and ingest
/// addresses (stream names, `auth_key`). Each is also remembered, so that the log and crash
/// reports mask it wherever it turns up (`livedesk_secrets::remember`).
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
                        Value::String(value) if secret => {
                            remember(value);
                            Value::String(placeholder_last4(&k.to_ascii_uppercase(), value))
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
        Value::String(text) => Value::String(mask_stream_keys(text)),
        other => other.clone(),
    }
}

/// A value as reviews show it: the `auth_key` of ingest URLs masked, at any depth.
pub(crate) fn masked_value(value: &Value) -> Value {
    match value {
        Value::String(text) => Value::String(mask_placeholders(&mask_stream_keys(text))),
        Value::Array(items) => Value::Array(items.iter().map(masked_value).collect()),
        Value::Object(map) => Value::Object(
            map.iter()
                .map(|(k, v)| (k.clone(), masked_value(v)))
                .collect(),
        ),
        other => other.clone(),
    }
}

/// `rtmp://h/app/<stream>?auth_key=1608953344-0-0-53f0...` → placeholders of the stream
/// name (`STREAM_KEY`) and the parameter (`AUTH_KEY`), carrying their last 4 characters.
fn mask_stream_keys(text: &str) -> String {
    replace_stream_keys(text, |part, value| {
        remember(value);
        match part {
            StreamKeyPart::Param(name) => placeholder_last4(&name.to_ascii_uppercase(), value),
            StreamKeyPart::StreamName => placeholder_last4("STREAM_KEY", value),
        }
    })
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
            body: parts.body.as_ref().map(|_| placeholder("BODY")),
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
enum Word {
    Text(String),
    Var(String),
}

/// Text with placeholders as shell pieces: each secret a variable of its name.
fn words(text: &str) -> Vec<Word> {
    pieces(text)
        .into_iter()
        .map(|p| match p {
            Piece::Text(t) => Word::Text(t),
            Piece::Secret(name) => Word::Var(name),
        })
        .collect()
}

/// One shell word: literal parts in single quotes, variables in double quotes.
fn shell_word(pieces: &[Word]) -> String {
    if pieces.is_empty() {
        return "''".to_owned();
    }
    let mut merged: Vec<Word> = Vec::with_capacity(pieces.len());
    for piece in pieces {
        match (merged.last_mut(), piece) {
            (Some(Word::Text(last)), Word::Text(more)) => last.push_str(more),
            (_, Word::Text(t)) if t.is_empty() => {}
            _ => merged.push(piece.clone()),
        }
    }
    merged
        .iter()
        .map(|p| match p {
            Word::Text(t) => format!("'{}'", t.replace('\'', r"'\''")),
            Word::Var(v) => format!("\"${v}\""),
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
            url: mask_placeholders(&m.url()),
            headers: m
                .headers
                .iter()
                .map(|(n, v)| ReviewHeader {
                    name: n.clone(),
                    value: mask_placeholders(v),
                })
                .collect(),
            body: m.body.as_deref().map(mask_placeholders),
            signing: self.signing_note(),
        }
    }

    /// What the signer adds to this request, told with stand-ins for the account's keys
    /// (tokens are the placeholder `TOKEN`). Empty when the request cannot be signed as it
    /// is (the review still shows it; sending will say why).
    fn added(&self) -> Vec<Added> {
        let token = placeholder("TOKEN");
        let stand_in = StandIn {
            token: &token,
            security_token: self.account.security_token,
            project_id: self.account.project_id.as_deref(),
            org_id: self.account.org_id.as_deref(),
        };
        describe(self.account.scheme, self.masked.to_signable(), &stand_in).unwrap_or_default()
    }

    /// What signing adds, in words, from the signer's own list.
    fn signing_note(&self) -> String {
        let added = self.added();
        let list = |location: Location| -> Vec<String> {
            added
                .iter()
                .filter(|a| a.what.location == location)
                .map(|a| format!("{} ({})", a.name, a.what.about))
                .collect()
        };
        let mut parts = Vec::new();
        for (location, what) in [
            (Location::Header, "operations-signing-headers"),
            (Location::Query, "operations-signing-query"),
        ] {
            let items = list(location);
            if !items.is_empty() {
                parts.push(livedesk_i18n::tr(
                    what,
                    &[("list", livedesk_i18n::Arg::from(and_list(&items)))],
                ));
            }
        }
        if parts.is_empty() {
            return t!("operations-signing-note-none");
        }
        t!("operations-signing-note", parts = and_list(&parts))
    }

    /// An addition as a shell word's pieces; `None` for what curl writes itself (`Host`).
    fn curl_value(&self, added: &Added) -> Option<Vec<Word>> {
        let var = || vec![Word::Var(added.what.variable.to_owned())];
        let body_has_secrets = self.masked.body.as_deref().is_some_and(has_placeholder);
        Some(match added.what.made {
            Made::Host => return None,
            Made::Time | Made::Nonce | Made::Signature | Made::AccessKey => var(),
            Made::Body if body_has_secrets => var(),
            // The stand-in token is a placeholder: it becomes the addition's variable.
            Made::Token => words(&added.value)
                .into_iter()
                .map(|w| match w {
                    Word::Var(_) => Word::Var(added.what.variable.to_owned()),
                    text => text,
                })
                .collect(),
            Made::Body | Made::Scheme | Made::Account => vec![Word::Text(added.value.clone())],
        })
    }

    /// "Copy as curl": the request as Livedesk sends it, with every secret a shell
    /// variable. What signing adds is the signer's list: values made of the time, a nonce
    /// or a key cannot be written out, so they are variables too (`"$HUAWEI_AUTHORIZATION"`
    /// ...), with the scheme's comment saying how they are made. BlendVision has no
    /// signature: its command runs as it is once `BLENDVISION_API_TOKEN` is set.
    pub fn curl(&self) -> String {
        let m = &self.masked;
        let mut url = words(&m.url());
        let mut headers: Vec<(String, Vec<Word>)> = m
            .headers
            .iter()
            .map(|(n, v)| (n.clone(), words(v)))
            .collect();
        let mut first_param = m.query.is_empty();
        for added in self.added() {
            let Some(value) = self.curl_value(&added) else {
                continue;
            };
            match added.what.location {
                Location::Header => headers.push((added.name.clone(), value)),
                Location::Query => {
                    let separator = if std::mem::take(&mut first_param) {
                        "?"
                    } else {
                        "&"
                    };
                    url.push(Word::Text(format!("{separator}{}=", encode(&added.name))));
                    url.extend(value.into_iter().map(|w| match w {
                        Word::Text(t) => Word::Text(encode(&t)),
                        var => var,
                    }));
                }
            }
        }
        let mut lines = vec![self.account.scheme.by_hand().to_owned()];
        if m.body.as_deref().is_some_and(has_placeholder) || has_placeholder(&m.url()) {
            lines.push(
                "# Secrets of the input (stream keys, auth_key of ingest URLs) are variables \
                 too: set them before running."
                    .to_owned(),
            );
        }
        let mut command = format!("curl -X {} {}", m.method, shell_word(&url));
        for (name, value) in headers {
            let mut word = vec![Word::Text(format!("{name}: "))];
            word.extend(value);
            command.push_str(&format!(" \\\n  -H {}", shell_word(&word)));
        }
        if let Some(body) = &m.body {
            command.push_str(&format!(" \\\n  --data-raw {}", shell_word(&words(body))));
        }
        lines.push(command);
        lines.join("\n")
    }
}

fn has_placeholder(text: &str) -> bool {
    text.contains(livedesk_secrets::PLACEHOLDER_START)
}

/// `a`, `a and b`, `a, b and c`.
fn and_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [first, rest @ ..] => {
            let (last, middle) = rest.split_last().expect("two or more");
            let list = middle.iter().fold(first.clone(), |list, next| {
                t!("operations-list-next", list = list, next = next)
            });
            t!("operations-and", list = list, last = last)
        }
    }
}

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
        assert!(masked.contains("rtmp://h/a/__LIVEDESK_SECRET_STREAM_KEY__?auth_key="));
        // Long enough to show its last 4 once masked, as account secrets do.
        assert_eq!(
            mask_placeholders(&masked_value(&input["url"]).to_string()),
            format!("\"rtmp://h/a/{MASK}?auth_key={MASK}CRET&x=1\"")
        );
        assert_eq!(
            mask_placeholders("a__LIVEDESK_SECRET_X__b"),
            format!("a{MASK}b")
        );
    }

    #[test]
    fn shell_words_quote_literals_and_expand_variables() {
        let word = shell_word(&words("it's __LIVEDESK_SECRET_KEY__!"));
        assert_eq!(word, r#"'it'\''s '"$KEY"'!'"#);
        assert_eq!(shell_word(&[]), "''");
    }
}
