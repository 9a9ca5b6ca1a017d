//! A vendor's error answer, read and explained in plain words.
//!
//! Each vendor module (`vendors::*`) reads its own error body into a [`Parsed`]: the vendor's
//! code and message kept as they are, plus what kind of problem it is. This module turns that
//! into a [`VendorError`] with an explanation and a hint for a producer who is not an
//! engineer. A clock problem is told apart from a wrong key with the answer's `Date` header:
//! the minutes it is off are in the message.

use std::fmt;

use livedesk_codes::ErrorCode;
use livedesk_i18n::t;
use reqwest::header::HeaderMap;
use serde::Serialize;
use serde_json::Value;

use crate::vendor::Vendor;
use crate::vendors;
use livedesk_secrets::KnownSecrets;

/// What kind of problem a vendor reported.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ErrorKind {
    /// The key, secret or token was not accepted.
    WrongKey,
    /// The request's time was refused: this computer's clock is off. `minutes` is how far
    /// it is behind the vendor's clock (negative: ahead), from the answer's `Date` header;
    /// `None` when the answer carried no usable `Date`.
    ClockOff {
        minutes: Option<i64>,
    },
    /// The key works but may not do this.
    NoPermission,
    NotFound,
    /// The request is valid but cannot be done in the current state.
    PreconditionFailed,
    /// A value was refused; `field` names it as the vendor does, when known.
    InvalidInput {
        field: Option<String>,
    },
    RateLimited,
    ServerError,
    Other,
}

impl ErrorKind {
    /// `vendor.<kind>`: the code the app shows for a vendor error.
    pub fn code(&self) -> ErrorCode {
        match self {
            Self::WrongKey => ErrorCode::VendorWrongKey,
            Self::ClockOff { .. } => ErrorCode::VendorClockOff,
            Self::NoPermission => ErrorCode::VendorNoPermission,
            Self::NotFound => ErrorCode::VendorNotFound,
            Self::PreconditionFailed => ErrorCode::VendorPreconditionFailed,
            Self::InvalidInput { .. } => ErrorCode::VendorInvalidInput,
            Self::RateLimited => ErrorCode::VendorRateLimited,
            Self::ServerError => ErrorCode::VendorServerError,
            Self::Other => ErrorCode::VendorOther,
        }
    }

    /// The plain words and hint for an error of this kind from `vendor`, in the current
    /// language, from what outlives the answer (History words a past error again with it
    /// after a language switch): the vendor's own message is quoted as it is, and what only
    /// the answer told (a refinement of its code, an operation's own explanation) is not.
    pub fn words(
        &self,
        vendor: Vendor,
        vendor_message: &str,
        request_id: Option<&str>,
    ) -> (String, String) {
        words(vendor, self, None, vendor_message, request_id)
    }

    /// The kind an HTTP status alone suggests, for answers without a known code.
    pub(crate) fn from_status(status: u16) -> Self {
        match status {
            401 => Self::WrongKey,
            403 => Self::NoPermission,
            404 | 410 => Self::NotFound,
            409 | 412 => Self::PreconditionFailed,
            400 | 413 | 414 | 422 => Self::InvalidInput { field: None },
            429 => Self::RateLimited,
            500..=599 => Self::ServerError,
            _ => Self::Other,
        }
    }
}

/// A vendor's error answer, interpreted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct VendorError {
    pub vendor: Vendor,
    /// The vendor's own code, as sent (`APIGW.0301`, `200`, `250004`, `SignatureDoesNotMatch`,
    /// `16`); `HTTP <status>` when the answer had none.
    pub code: String,
    /// The vendor's own message, as sent (tokens that were sent are blanked out).
    pub vendor_message: String,
    /// Serialised flat: `"kind": "clock_off", "minutes": 17`.
    #[serde(flatten)]
    pub kind: ErrorKind,
    /// What happened, in plain words.
    pub explanation: String,
    /// What to do next.
    pub hint: String,
    pub request_id: Option<String>,
    pub http_status: u16,
    /// Alibaba `SignatureDoesNotMatch`: the text the server signed, to compare with ours.
    pub server_string_to_sign: Option<String>,
    /// The vendor's clock minus this computer's, in seconds, from the `Date` header.
    pub clock_skew_seconds: Option<i64>,
}

impl fmt::Display for VendorError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.explanation)
    }
}

impl std::error::Error for VendorError {}

/// Refinements of a kind that change the words, not the kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Note {
    /// The path or operation does not exist: endpoint, region or API version is wrong.
    ApiNotFound,
    /// Huawei: the key does not belong to the project in the path.
    ProjectMismatch,
    /// BlendVision: the token does not belong to the organisation.
    WrongOrganisation,
    /// The key may only read.
    ReadOnly,
    /// Alibaba: the AccessKey ID is unknown.
    KeyNotFound,
    /// Alibaba: the AccessKey is disabled.
    KeyInactive,
    /// Alibaba: a nonce was used twice.
    NonceUsed,
    /// The signature was not in the vendor's format (a Livedesk problem).
    SignatureFormat,
    /// The region is not supported or does not match.
    Region,
    /// The client's IP address is not allowed.
    IpNotAllowed,
}

/// How a vendor module classifies an error before the clock is taken into account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Class {
    /// Authentication failed: a wrong key, or a clock too far off (decided with the skew).
    Auth,
    /// The vendor said the request's time was refused.
    Clock,
    Kind(ErrorKind),
}

/// A vendor error body, read by a vendor module.
#[derive(Debug, Clone)]
pub(crate) struct Parsed {
    pub code: String,
    pub message: String,
    pub class: Class,
    pub note: Option<Note>,
    pub request_id: Option<String>,
    pub server_string_to_sign: Option<String>,
}

impl Parsed {
    pub fn new(code: impl Into<String>, message: impl Into<String>, class: Class) -> Self {
        Self {
            code: code.into(),
            message: message.into(),
            class,
            note: None,
            request_id: None,
            server_string_to_sign: None,
        }
    }
}

/// The response facts an interpretation needs.
pub(crate) struct Answer<'a> {
    pub vendor: Vendor,
    pub status: u16,
    pub headers: &'a HeaderMap,
    pub body: &'a [u8],
    pub clock_skew_seconds: Option<i64>,
}

impl VendorError {
    /// Reads a vendor's error answer (status, headers, body) and explains it. Never panics:
    /// an answer that is not the vendor's error shape (HTML from a proxy, cut-off JSON) is
    /// explained from its HTTP status, with kind `Other` unless the status says more.
    pub fn from_response(
        vendor: Vendor,
        status: u16,
        headers: &HeaderMap,
        body: &[u8],
        clock_skew_seconds: Option<i64>,
    ) -> Self {
        interpret(
            &Answer {
                vendor,
                status,
                headers,
                body,
                clock_skew_seconds,
            },
            &KnownSecrets::default(),
        )
    }

    /// Plain words for a failing Alibaba signature, once the server's string to sign has
    /// been compared with the one sent: the same text means the secret is wrong; different
    /// text means the request changed on the way or was signed wrongly.
    pub(crate) fn compare_string_to_sign(&mut self, ours: Option<&str>) {
        let (Some(server), Some(ours)) = (self.server_string_to_sign.as_deref(), ours) else {
            return;
        };
        if server != ours {
            self.kind = ErrorKind::Other;
            self.explanation = t!(
                "http-signature-other-request",
                provider = self.vendor.to_string()
            );
            self.hint = with_request_id(
                t!("http-hint-signature-other-request"),
                self.request_id.as_deref(),
            );
        }
    }
}

/// The request id the vendor gave the answer, from its headers or body.
pub(crate) fn request_id(
    vendor: Vendor,
    headers: &HeaderMap,
    json: Option<&Value>,
) -> Option<String> {
    let header = |name: &str| {
        headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .map(str::to_owned)
    };
    let body = |key: &str| {
        json.and_then(|j| j.get(key))
            .and_then(Value::as_str)
            .filter(|v| !v.is_empty())
            .map(str::to_owned)
    };
    let specific = match vendor {
        Vendor::Huawei => header("x-request-id").or_else(|| body("request_id")),
        Vendor::Alibaba => body("RequestId")
            .or_else(|| body("requestId"))
            .or_else(|| header("x-acs-request-id")),
        Vendor::Naver | Vendor::BlendVision => None,
    };
    // Neither NAVER nor BlendVision documents one; take the common header names.
    specific
        .or_else(|| header("x-request-id"))
        .or_else(|| header("request-id"))
        .or_else(|| header("x-trace-id"))
        .map(|id| id.chars().filter(|c| !c.is_control()).take(128).collect())
}

pub(crate) fn interpret(answer: &Answer<'_>, scrubber: &KnownSecrets) -> VendorError {
    let json: Option<Value> = serde_json::from_slice(answer.body).ok();
    let parsed = json.as_ref().and_then(|j| match answer.vendor {
        Vendor::Huawei => vendors::huawei::parse(answer.status, j),
        Vendor::Naver => vendors::naver::parse(answer.status, j),
        Vendor::BlendVision => vendors::blendvision::parse(answer.status, j),
        Vendor::Alibaba => vendors::alibaba::parse(answer.status, j),
    });
    let request_id = parsed
        .as_ref()
        .and_then(|p| p.request_id.clone())
        .or_else(|| request_id(answer.vendor, answer.headers, json.as_ref()))
        .map(|id| scrubber.mask(&id));
    let skew = answer.clock_skew_seconds;
    let Some(parsed) = parsed else {
        return unreadable(answer, request_id);
    };
    let kind = match parsed.class {
        Class::Kind(kind) => kind,
        Class::Clock => ErrorKind::ClockOff {
            minutes: skew.map(minutes),
        },
        Class::Auth => auth_kind(answer.vendor, skew),
    };
    let vendor_message = scrubber.mask(&parsed.message);
    let (explanation, hint) = words(
        answer.vendor,
        &kind,
        parsed.note,
        &vendor_message,
        request_id.as_deref(),
    );
    VendorError {
        vendor: answer.vendor,
        code: scrubber.mask(&parsed.code),
        vendor_message,
        kind,
        explanation,
        hint,
        request_id,
        http_status: answer.status,
        server_string_to_sign: parsed
            .server_string_to_sign
            .as_deref()
            .map(|s| scrubber.mask(s)),
        clock_skew_seconds: skew,
    }
}

/// An authentication failure is the clock's fault when the vendor's clock is about as far
/// from ours as the vendor tolerates, or further.
fn auth_kind(vendor: Vendor, skew: Option<i64>) -> ErrorKind {
    match (skew, vendor.clock_tolerance_seconds()) {
        (Some(skew), Some(tolerance)) if skew.abs() >= tolerance - 60 => ErrorKind::ClockOff {
            minutes: Some(minutes(skew)),
        },
        _ => ErrorKind::WrongKey,
    }
}

fn minutes(skew_seconds: i64) -> i64 {
    (skew_seconds as f64 / 60.0).round() as i64
}

/// An error answer not in the vendor's error shape: explained from the status alone.
fn unreadable(answer: &Answer<'_>, request_id: Option<String>) -> VendorError {
    let vendor = answer.vendor;
    let status = answer.status;
    let kind = match ErrorKind::from_status(status) {
        k @ (ErrorKind::ServerError | ErrorKind::RateLimited) => k,
        _ => ErrorKind::Other,
    };
    let name = vendor.to_string();
    let explanation = match kind {
        ErrorKind::ServerError => t!(
            "http-unreadable-server-error",
            provider = &name,
            status = status.to_string()
        ),
        ErrorKind::RateLimited => t!(
            "http-unreadable-rate-limited",
            provider = &name,
            status = status.to_string()
        ),
        _ => t!(
            "http-unreadable-other",
            provider = &name,
            status = status.to_string()
        ),
    };
    let hint = match kind {
        ErrorKind::ServerError => t!("http-hint-try-in-minutes"),
        ErrorKind::RateLimited => t!("http-hint-wait-a-minute"),
        _ => t!("http-hint-check-endpoint-proxy"),
    };
    VendorError {
        vendor,
        code: format!("HTTP {status}"),
        vendor_message: String::new(),
        kind,
        explanation,
        hint: with_request_id(hint, request_id.as_deref()),
        request_id,
        http_status: status,
        server_string_to_sign: None,
        clock_skew_seconds: answer.clock_skew_seconds,
    }
}

/// Two sentences one after the other, as the language writes them (a space, or none).
pub(crate) fn then(first: &str, second: &str) -> String {
    t!("http-then", first = first, second = second)
}

pub(crate) fn with_request_id(hint: String, request_id: Option<&str>) -> String {
    match request_id {
        Some(id) => then(&hint, &t!("http-request-id-for-vendor", id = id)),
        None => hint,
    }
}

/// "17 minutes behind", "1 minute ahead".
pub(crate) fn clock_phrase(minutes: i64) -> String {
    let n = minutes.unsigned_abs();
    if minutes > 0 {
        t!("http-clock-behind", count = n)
    } else {
        t!("http-clock-ahead", count = n)
    }
}

/// The sentence about the clock, for messages: minutes come from the `Date` header.
pub(crate) fn clock_sentence(vendor: Vendor, minutes: Option<i64>) -> String {
    let vendor = vendor.to_string();
    match minutes {
        Some(0) => t!("http-clock-agrees-but-refused", provider = vendor),
        Some(m) => t!(
            "http-clock-off-refused",
            clock = clock_phrase(m),
            provider = vendor
        ),
        None => t!("http-clock-seems-wrong", provider = vendor),
    }
}

/// What to do about a clock that is off.
pub(crate) fn clock_hint() -> String {
    t!("http-hint-clock")
}

/// The explanation and hint for a kind, refined by a note and by vendor.
// A table: each kind's plain words and hint, refined per vendor, read best in one place.
#[allow(clippy::too_many_lines)]
fn words(
    vendor: Vendor,
    kind: &ErrorKind,
    note: Option<Note>,
    vendor_message: &str,
    request_id: Option<&str>,
) -> (String, String) {
    let name = vendor.to_string();
    let v = name.as_str();
    // The vendor's own words, quoted after Livedesk's sentence.
    let said = |sentence: String| {
        if vendor_message.trim().is_empty() {
            sentence
        } else {
            then(
                &sentence,
                &t!(
                    "http-vendor-said",
                    provider = v,
                    message = vendor_message.trim()
                ),
            )
        }
    };
    let (explanation, hint) = match (kind, note) {
        (ErrorKind::WrongKey, Some(Note::ProjectMismatch)) => (
            t!("http-wrong-key-project", provider = v),
            t!("http-hint-wrong-key-project"),
        ),
        (ErrorKind::WrongKey, Some(Note::KeyNotFound)) => (
            t!("http-wrong-key-unknown-id", provider = v),
            t!("http-hint-wrong-key-unknown-id"),
        ),
        (ErrorKind::WrongKey, Some(Note::KeyInactive)) => (
            t!("http-wrong-key-disabled", provider = v),
            t!("http-hint-wrong-key-disabled"),
        ),
        (ErrorKind::WrongKey, _) => wrong_key(vendor),
        (ErrorKind::ClockOff { minutes }, _) => (clock_sentence(vendor, *minutes), clock_hint()),
        (ErrorKind::NoPermission, Some(Note::WrongOrganisation)) => (
            t!("http-wrong-organisation", provider = v),
            t!("http-hint-wrong-organisation"),
        ),
        (ErrorKind::NoPermission, Some(Note::ReadOnly)) => (
            t!("http-read-only", provider = v),
            no_permission_hint(vendor),
        ),
        (ErrorKind::NoPermission, Some(Note::IpNotAllowed)) => (
            t!("http-ip-not-allowed", provider = v),
            t!("http-hint-ip-not-allowed"),
        ),
        (ErrorKind::NoPermission, Some(Note::Region)) => (
            t!("http-region-not-available", provider = v),
            t!("http-hint-check-region"),
        ),
        (ErrorKind::NoPermission, _) => (
            t!("http-no-permission", provider = v),
            no_permission_hint(vendor),
        ),
        (ErrorKind::NotFound, Some(Note::ApiNotFound)) => (
            t!("http-api-not-found", provider = v),
            t!("http-hint-check-endpoint-region"),
        ),
        (ErrorKind::NotFound, _) => (
            said(t!("http-not-found", provider = v)),
            t!("http-hint-not-found"),
        ),
        (ErrorKind::PreconditionFailed, _) => (
            said(t!("http-precondition-failed", provider = v)),
            t!("http-hint-precondition-failed"),
        ),
        (ErrorKind::InvalidInput { .. }, Some(Note::Region)) => (
            said(t!("http-region-not-supported", provider = v)),
            t!("http-hint-check-region"),
        ),
        (_, Some(Note::NonceUsed)) => (
            t!("http-nonce-used", provider = v),
            t!("http-hint-nonce-used"),
        ),
        (ErrorKind::InvalidInput { .. } | ErrorKind::Other, Some(Note::SignatureFormat)) => (
            said(t!("http-signature-format", provider = v)),
            t!("http-hint-report"),
        ),
        (ErrorKind::InvalidInput { field: Some(field) }, _) => (
            said(t!("http-invalid-field", provider = v, field = field)),
            t!("http-hint-correct-field", field = field),
        ),
        (ErrorKind::InvalidInput { field: None }, _) => (
            said(t!("http-invalid-value", provider = v)),
            t!("http-hint-check-values"),
        ),
        (ErrorKind::RateLimited, _) => (
            t!("http-rate-limited", provider = v),
            t!("http-hint-wait-a-minute"),
        ),
        (ErrorKind::ServerError, _) => (
            said(t!("http-server-error", provider = v)),
            t!("http-hint-server-error"),
        ),
        (ErrorKind::Other, _) => (
            said(t!("http-refused", provider = v)),
            t!("http-hint-check-settings"),
        ),
    };
    (explanation, with_request_id(hint, request_id))
}

fn wrong_key(vendor: Vendor) -> (String, String) {
    match vendor {
        Vendor::Huawei => (
            t!("http-wrong-key-huawei"),
            t!("http-hint-wrong-key-huawei"),
        ),
        Vendor::Naver => (t!("http-wrong-key-naver"), t!("http-hint-wrong-key-naver")),
        Vendor::Alibaba => (
            t!("http-wrong-key-alibaba"),
            t!("http-hint-wrong-key-alibaba"),
        ),
        Vendor::BlendVision => (
            t!("http-wrong-key-blendvision"),
            t!("http-hint-wrong-key-blendvision"),
        ),
    }
}

fn no_permission_hint(vendor: Vendor) -> String {
    match vendor {
        Vendor::Huawei => t!("http-hint-no-permission-huawei"),
        Vendor::Naver => t!("http-hint-no-permission-naver"),
        Vendor::Alibaba => t!("http-hint-no-permission-alibaba"),
        Vendor::BlendVision => t!("http-hint-no-permission-blendvision"),
    }
}

/// `Invalid request parameter: publish_domain` → `publish_domain`: the last word after a
/// colon, when it looks like a field name.
pub(crate) fn field_after_colon(message: &str) -> Option<String> {
    let (_, tail) = message.rsplit_once(':')?;
    let tail = tail
        .trim()
        .trim_matches(|c| c == '"' || c == '\'' || c == '.');
    looks_like_field(tail).then(|| tail.to_owned())
}

pub(crate) fn looks_like_field(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-' | '[' | ']'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clock_phrases_say_how_many_minutes() {
        assert_eq!(clock_phrase(17), "17 minutes behind");
        assert_eq!(clock_phrase(-1), "1 minute ahead");
        assert!(clock_sentence(Vendor::Huawei, Some(17)).contains("17 minutes behind"));
        assert_eq!(minutes(1019), 17);
        assert_eq!(minutes(-1021), -17);
    }

    #[test]
    fn auth_failures_become_clock_problems_only_with_a_large_skew() {
        assert_eq!(auth_kind(Vendor::Huawei, None), ErrorKind::WrongKey);
        assert_eq!(auth_kind(Vendor::Huawei, Some(120)), ErrorKind::WrongKey);
        assert_eq!(
            auth_kind(Vendor::Huawei, Some(-1020)),
            ErrorKind::ClockOff { minutes: Some(-17) }
        );
        assert_eq!(
            auth_kind(Vendor::Naver, Some(360)),
            ErrorKind::ClockOff { minutes: Some(6) }
        );
        assert_eq!(
            auth_kind(Vendor::BlendVision, Some(9999)),
            ErrorKind::WrongKey
        );
    }

    #[test]
    fn fields_are_found_after_a_colon() {
        assert_eq!(
            field_after_colon("Invalid request parameter: publish_domain").as_deref(),
            Some("publish_domain")
        );
        assert_eq!(field_after_colon("Request Illegal"), None);
        assert_eq!(field_after_colon("bad: two words"), None);
    }

    #[test]
    fn unreadable_bodies_are_explained_from_the_status() {
        let headers = HeaderMap::new();
        for body in [&b"<html>502</html>"[..], b"{\"error_co", b"", b"\xff\xfe"] {
            let e = VendorError::from_response(Vendor::Huawei, 401, &headers, body, None);
            assert_eq!(e.kind, ErrorKind::Other);
            assert_eq!(e.code, "HTTP 401");
            let e = VendorError::from_response(Vendor::Alibaba, 503, &headers, body, None);
            assert_eq!(e.kind, ErrorKind::ServerError);
        }
    }
}
