//! How every error reaches the producer: `{code, message, hint}`.
//!
//! Each crate keeps its own `thiserror` enum and implements [`UserFacing`]; the shells
//! (app and CLI) only ever hand the UI an [`ApiError`], so a raw Rust error string with
//! internals never becomes the whole story the producer is told.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub use livedesk_codes::ErrorCode;

/// The one error shape the UI and the CLI see.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, thiserror::Error)]
#[error("{message}")]
pub struct ApiError {
    /// One of Livedesk's own codes (`area.what`, e.g. `keychain.locked`), never a vendor's:
    /// a vendor's own code travels as text in `vendor_code`, and `code` says what kind of
    /// vendor error it was (`vendor.wrong_key`, ...).
    pub code: ErrorCode,
    /// What happened, in plain words.
    pub message: String,
    /// What to do next, when there is something the producer can do.
    pub hint: Option<String>,
    /// The form field at fault, so the UI can show the message next to it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub field: Option<String>,
    /// Every field at fault when a form had several problems (dotted paths, `a.b.0`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub problems: Option<Vec<FieldIssue>>,
    /// The vendor's own error code, kept as the vendor sent it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub vendor_code: Option<String>,
    /// The vendor's request id, for its support.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub request_id: Option<String>,
    /// When the same call can be sent again (e.g. Huawei's 10 s after a recording STOP).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub retry_after_seconds: Option<u32>,
    /// What the message and hint were made from, for History to word them again after a
    /// language switch (see [`crate::error_words`]); never sent to the window.
    #[serde(skip)]
    #[ts(skip)]
    pub wording: Option<Box<crate::error_words::Wording>>,
}

/// One field's problem in a form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct FieldIssue {
    pub field: String,
    pub message: String,
}

/// Implemented by every crate's error enum.
pub trait UserFacing: std::error::Error {
    fn code(&self) -> ErrorCode;
    fn hint(&self) -> Option<String> {
        None
    }
    fn field(&self) -> Option<&str> {
        None
    }
    /// Every field at fault, when a form had several problems.
    fn problems(&self) -> Vec<FieldIssue> {
        Vec::new()
    }
}

impl ApiError {
    pub fn new(code: ErrorCode, message: impl Into<String>, hint: Option<String>) -> Self {
        ApiError {
            code,
            message: message.into(),
            hint,
            field: None,
            problems: None,
            vendor_code: None,
            request_id: None,
            retry_after_seconds: None,
            wording: None,
        }
    }

    pub fn from_error<E: UserFacing + ?Sized>(error: &E) -> Self {
        let problems = error.problems();
        Self {
            field: error.field().map(str::to_owned),
            problems: (!problems.is_empty()).then_some(problems),
            ..ApiError::new(error.code(), error.to_string(), error.hint())
        }
    }
}

/// Errors of the engine itself.
#[derive(Debug, thiserror::Error)]
pub enum CoreError {
    #[error("{field}: {problem}")]
    InvalidInput { field: String, problem: String },
    #[error("{}", livedesk_i18n::t!("core-internal", problem = .0))]
    Internal(String),
    /// The vendor's settings are no longer those the form was loaded from: nothing was sent.
    #[error("{}", livedesk_i18n::t!("core-changed-since-loaded"))]
    ChangedSinceLoaded,
}

impl UserFacing for CoreError {
    fn field(&self) -> Option<&str> {
        match self {
            CoreError::InvalidInput { field, .. } => Some(field),
            CoreError::Internal(_) | CoreError::ChangedSinceLoaded => None,
        }
    }

    fn code(&self) -> ErrorCode {
        match self {
            CoreError::InvalidInput { .. } => ErrorCode::InputInvalid,
            CoreError::Internal(_) => ErrorCode::Internal,
            CoreError::ChangedSinceLoaded => ErrorCode::CallChangedSinceLoaded,
        }
    }

    fn hint(&self) -> Option<String> {
        match self {
            CoreError::InvalidInput { field, .. } => {
                Some(livedesk_i18n::t!("core-hint-correct-field", field = field))
            }
            CoreError::Internal(_) => Some(livedesk_i18n::t!("core-hint-internal")),
            CoreError::ChangedSinceLoaded => {
                Some(livedesk_i18n::t!("core-changed-since-loaded-hint"))
            }
        }
    }
}

impl From<CoreError> for ApiError {
    fn from(error: CoreError) -> Self {
        ApiError::from_error(&error)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serialises_as_code_message_hint() {
        let error = ApiError::from(CoreError::InvalidInput {
            field: "publish_domain".into(),
            problem: "must not be empty".into(),
        });
        let json = serde_json::to_value(&error).unwrap();
        assert_eq!(
            json,
            serde_json::json!({
                "code": "input.invalid",
                "message": "publish_domain: must not be empty",
                "hint": "Correct “publish_domain” and try again.",
                "field": "publish_domain"
            })
        );
    }
}
