//! The one error type of the crate.
//!
//! Every variant names the input field at fault, because the app shows the producer
//! `{code, message, hint}` and "which box do I fix" is the first question. Messages never
//! carry a secret: user-supplied values are only echoed where they cannot be one (scheme
//! names, timestamps, header names), and always `{:?}`-escaped so a message stays on one line.

use livedesk_codes::ErrorCode;
use livedesk_i18n::t;

/// Why a request could not be signed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SignError {
    #[error("{}", t!("signing-unknown-scheme", given = format!("{given:?}"), names = crate::Scheme::names()))]
    UnknownScheme { given: String },

    #[error("{}", t!("signing-missing", field = field))]
    MissingField { field: String },

    #[error("{}", t!("signing-invalid-field", field = field, problem = problem))]
    InvalidField { field: String, problem: String },

    #[error("{}", t!("signing-invalid-timestamp", field = field, value = format!("{value:?}"), format = *format))]
    InvalidTimestamp {
        field: String,
        value: String,
        format: &'static str,
    },

    #[error("{}", t!("signing-invalid-url", problem = problem))]
    InvalidUrl { problem: String },

    /// The request already names credentials (an access key, a token, a project) and they are
    /// not the ones it is being signed with: sending it would fail, or worse, act elsewhere.
    #[error("{}", t!("signing-conflict", field = field))]
    ConflictsWithCredentials { field: String },

    #[error("{}", t!("signing-wrong-credentials", scheme = *scheme, expected = *expected, given = *given))]
    WrongCredentials {
        scheme: &'static str,
        expected: &'static str,
        given: &'static str,
    },
}

impl SignError {
    pub(crate) fn missing(field: impl Into<String>) -> Self {
        Self::MissingField {
            field: field.into(),
        }
    }

    pub(crate) fn invalid(field: impl Into<String>, problem: impl Into<String>) -> Self {
        Self::InvalidField {
            field: field.into(),
            problem: problem.into(),
        }
    }

    pub(crate) fn conflict(field: impl Into<String>) -> Self {
        Self::ConflictsWithCredentials {
            field: field.into(),
        }
    }

    /// The input field at fault, spelled as in the `livedesk-cli sign` input
    /// (`access_key`, `url`, `headers.X-Sdk-Date`, `query.Action`, ...).
    pub fn field(&self) -> &str {
        match self {
            Self::UnknownScheme { .. } => "scheme",
            Self::MissingField { field }
            | Self::InvalidField { field, .. }
            | Self::InvalidTimestamp { field, .. }
            | Self::ConflictsWithCredentials { field } => field,
            Self::InvalidUrl { .. } => "url",
            Self::WrongCredentials { .. } => "credentials",
        }
    }

    /// Stable machine-readable code (`signing.*`), for the UI and for tests.
    pub fn code(&self) -> ErrorCode {
        match self {
            Self::UnknownScheme { .. } => ErrorCode::SigningUnknownScheme,
            Self::MissingField { .. } => ErrorCode::SigningMissingField,
            Self::InvalidField { .. } => ErrorCode::SigningInvalidField,
            Self::InvalidTimestamp { .. } => ErrorCode::SigningInvalidTimestamp,
            Self::InvalidUrl { .. } => ErrorCode::SigningInvalidUrl,
            Self::ConflictsWithCredentials { .. } => ErrorCode::SigningConflictsWithCredentials,
            Self::WrongCredentials { .. } => ErrorCode::SigningWrongCredentials,
        }
    }

    /// What the producer can do about it, in plain words.
    pub fn hint(&self) -> Option<String> {
        Some(match self {
            Self::UnknownScheme { .. } => {
                t!("signing-hint-choose-scheme", names = crate::Scheme::names())
            }
            Self::MissingField { field } => match field.as_str() {
                "access_key" => t!("signing-hint-access-key"),
                "secret_key" => t!("signing-hint-secret-key"),
                "api_token" => t!("signing-hint-api-token"),
                "org_id" => t!("signing-hint-org-id"),
                "nonce" => t!("signing-hint-nonce"),
                "timestamp" => t!("signing-hint-timestamp"),
                f if f.starts_with("query.") || f.starts_with("headers.") => {
                    t!("signing-hint-add-to-request", field = display_name(f))
                }
                _ => t!("signing-hint-fill-in", field = field),
            },
            Self::InvalidField { field, .. } if field.starts_with("headers") => {
                t!("signing-hint-headers")
            }
            Self::InvalidField { field, .. } => t!("signing-hint-correct", field = field),
            Self::InvalidTimestamp { format, .. } => {
                t!("signing-hint-timestamp-format", format = *format)
            }
            Self::InvalidUrl { .. } => t!("signing-hint-url"),
            Self::ConflictsWithCredentials { field } => {
                t!("signing-hint-conflict", field = display_name(field))
            }
            Self::WrongCredentials { expected, .. } => {
                t!("signing-hint-wrong-credentials", expected = *expected)
            }
        })
    }
}

/// `headers.X-Sdk-Date` reads better as "header X-Sdk-Date" in a sentence.
fn display_name(field: &str) -> String {
    if let Some(name) = field.strip_prefix("headers.") {
        t!("signing-header-name", name = name)
    } else if let Some(name) = field.strip_prefix("query.") {
        t!("signing-query-name", name = name)
    } else {
        field.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_variant_names_its_field_first_and_stays_on_one_line() {
        let errors = [
            SignError::UnknownScheme {
                given: "aws\nsigv4".into(),
            },
            SignError::missing("access_key"),
            SignError::invalid("headers.X-Sdk-Date", "not a date"),
            SignError::InvalidTimestamp {
                field: "timestamp".into(),
                value: "yesterday\r\n".into(),
                format: "20191115T033655Z",
            },
            SignError::InvalidUrl {
                problem: "relative URL without a base".into(),
            },
            SignError::conflict("query.AccessKeyId"),
            SignError::WrongCredentials {
                scheme: "naver-apigw-v2",
                expected: "NAVER Cloud",
                given: "Huawei Cloud",
            },
        ];
        for error in errors {
            let message = error.to_string();
            assert!(message.starts_with(error.field()), "{message}");
            assert!(
                !message.contains('\n') && !message.contains('\r'),
                "{message}"
            );
            assert!(error.code().as_str().starts_with("signing."));
            assert!(error.hint().is_some_and(|h| !h.is_empty()));
        }
    }

    #[test]
    fn hints_speak_of_headers_and_parameters_in_words() {
        let hint = SignError::missing("headers.x-acs-action").hint().unwrap();
        assert!(hint.contains("header x-acs-action"), "{hint}");
        let hint = SignError::conflict("query.AccessKeyId").hint().unwrap();
        assert!(hint.contains("query parameter AccessKeyId"), "{hint}");
    }
}
