//! The one error type of the crate.
//!
//! Like every Livedesk error it reaches the producer as `{code, message, hint}`; a rejected
//! input also names the field (a dotted path such as `security.watermark.size`), so the form
//! can point at it. Nothing here ever carries a secret: input values are not quoted, except
//! numbers (which are never secrets), and vendor errors come already scrubbed by
//! `livedesk-http`.

use livedesk_http::{ErrorCode, ErrorKind, HttpError, VendorError};
use livedesk_i18n::t;
use serde::Serialize;

/// One thing wrong with the input: where (a dotted path, `[n]` for list entries, counted
/// from 0) and what, in plain words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldProblem {
    pub field: String,
    pub message: String,
}

impl FieldProblem {
    pub fn new(field: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            field: field.into(),
            message: message.into(),
        }
    }
}

/// Why an operation could not be prepared or did not succeed.
#[derive(Debug, thiserror::Error)]
pub enum OpError {
    /// No operation has this id.
    #[error("{}", t!("operations-unknown", id = id))]
    UnknownOperation { id: String },

    /// The operation has no such feature: no list to pick from, no current state to load
    /// (`what` is the message id of that phrase).
    #[error("{}", t!("operations-not-offered", id = id, what = livedesk_i18n::tr(what, &[])))]
    NotOffered { id: String, what: &'static str },

    /// The input was refused before anything was signed or sent. Never empty; the first
    /// problem is the one shown, the UI can mark all of them.
    #[error("{}", describe(.problems))]
    Invalid { problems: Vec<FieldProblem> },

    /// The account cannot be used for this operation (another vendor, a missing project
    /// id, a call prepared for another account ...).
    #[error("{}", t!("operations-field-problem", field = *field, problem = problem))]
    Account {
        field: &'static str,
        problem: String,
    },

    /// The vendor would refuse the call right now, and Livedesk knows how long to wait
    /// (Huawei: START within 10 seconds of a STOP of the same stream). Nothing was sent.
    #[error("{explanation}")]
    TooSoon {
        field: &'static str,
        explanation: String,
        seconds_left: u64,
    },

    /// The state read just before says the vendor will refuse the call (a NAVER channel
    /// not PUBLISHING, a Huawei STOP of a stream not recording ...). Nothing was sent.
    #[error("{}", .0.message)]
    Refused(Box<crate::review::Refusal>),

    /// The vendor answered with an error: its code is kept, explained in plain words.
    #[error("{}", .0.explanation)]
    Vendor(Box<VendorError>),

    /// Anything else on the way: the endpoint, the network, the signing, an unreadable
    /// answer.
    #[error(transparent)]
    Http(HttpError),
}

fn describe(problems: &[FieldProblem]) -> String {
    match problems {
        [] => t!("operations-input-not-accepted"),
        [only] if only.field.is_empty() => only.message.clone(),
        [only] => t!(
            "operations-field-problem",
            field = &only.field,
            problem = &only.message
        ),
        [first, rest @ ..] => t!(
            "operations-field-problem-and-more",
            field = &first.field,
            problem = &first.message,
            count = rest.len()
        ),
    }
}

impl From<HttpError> for OpError {
    fn from(error: HttpError) -> Self {
        match error {
            HttpError::Vendor(e) => OpError::Vendor(e),
            other => OpError::Http(other),
        }
    }
}

impl From<VendorError> for OpError {
    fn from(error: VendorError) -> Self {
        OpError::Vendor(Box::new(error))
    }
}

impl OpError {
    pub(crate) fn invalid(field: impl Into<String>, message: impl Into<String>) -> Self {
        OpError::Invalid {
            problems: vec![FieldProblem::new(field, message)],
        }
    }

    /// Stable machine-readable code: `operation.*`, `input.invalid`, `account.invalid`, or
    /// the code of the vendor or HTTP error (`vendor.<kind>`, `http.*`, `endpoint.*`,
    /// `signing.*`).
    pub fn code(&self) -> ErrorCode {
        match self {
            Self::UnknownOperation { .. } => ErrorCode::OperationUnknown,
            Self::NotOffered { .. } => ErrorCode::OperationNotOffered,
            Self::Invalid { .. } => ErrorCode::InputInvalid,
            Self::Account { .. } => ErrorCode::AccountInvalid,
            Self::TooSoon { .. } => ErrorCode::OperationTooSoon,
            Self::Refused(_) => ErrorCode::OperationRefused,
            Self::Vendor(e) => e.kind.code(),
            Self::Http(e) => e.code(),
        }
    }

    /// What the producer can do about it.
    pub fn hint(&self) -> Option<String> {
        match self {
            Self::UnknownOperation { .. } | Self::NotOffered { .. } => {
                Some(t!("operations-hint-report"))
            }
            Self::Invalid { problems } if problems.len() > 1 => {
                Some(t!("operations-hint-correct-fields", count = problems.len()))
            }
            Self::Invalid { .. } => Some(t!("operations-hint-correct-field")),
            Self::Account { .. } => Some(t!("operations-hint-check-account")),
            Self::TooSoon { seconds_left, .. } => {
                Some(t!("operations-hint-wait", count = *seconds_left))
            }
            Self::Refused(r) => Some(t!("operations-hint-refused", hint = &r.hint)),
            Self::Vendor(e) => Some(e.hint.clone()),
            Self::Http(e) => e.hint(),
        }
    }

    /// The field the error is about, when it is about one: the first refused input field,
    /// the account setting, or the field a vendor named (in the vendor's spelling, which is
    /// also the form's).
    pub fn field(&self) -> Option<&str> {
        match self {
            Self::Invalid { problems } => problems.first().map(|p| p.field.as_str()),
            Self::Account { field, .. } | Self::TooSoon { field, .. } => Some(field),
            Self::Vendor(e) => match &e.kind {
                ErrorKind::InvalidInput { field } => field.as_deref(),
                _ => None,
            },
            Self::UnknownOperation { .. }
            | Self::NotOffered { .. }
            | Self::Refused(_)
            | Self::Http(_) => None,
        }
    }

    /// Every refused input field, for the form (empty unless the input was refused).
    pub fn problems(&self) -> &[FieldProblem] {
        match self {
            Self::Invalid { problems } => problems,
            _ => &[],
        }
    }

    /// The vendor's interpreted error, when the vendor answered with one.
    pub fn vendor_error(&self) -> Option<&VendorError> {
        match self {
            Self::Vendor(e) => Some(e),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_names_the_first_field_and_counts_the_rest() {
        let one = OpError::invalid("security.watermark.size", "Size must be at most 50.");
        assert_eq!(one.field(), Some("security.watermark.size"));
        assert_eq!(
            one.to_string(),
            "security.watermark.size: Size must be at most 50."
        );
        assert_eq!(one.code(), "input.invalid");
        let two = OpError::Invalid {
            problems: vec![FieldProblem::new("a", "A."), FieldProblem::new("b", "B.")],
        };
        assert_eq!(two.to_string(), "a: A. (and 1 more problem)");
        assert!(two.hint().unwrap().contains("2 marked fields"));
        assert_eq!(two.problems().len(), 2);
    }

    #[test]
    fn every_variant_has_a_code_and_a_hint() {
        let errors = [
            OpError::UnknownOperation { id: "x".into() },
            OpError::NotOffered {
                id: "x".into(),
                what: "operations-offered-no-list",
            },
            OpError::invalid("f", "m"),
            OpError::Account {
                field: "project_id",
                problem: "missing".into(),
            },
            OpError::TooSoon {
                field: "action",
                explanation: "wait".into(),
                seconds_left: 1,
            },
            OpError::Http(HttpError::InvalidEndpoint {
                problem: "is empty".into(),
            }),
        ];
        for error in errors {
            assert!(!error.code().as_str().is_empty());
            assert!(error.hint().is_some_and(|h| !h.is_empty()), "{error}");
        }
    }
}
