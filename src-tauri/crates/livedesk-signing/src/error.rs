//! The one error type of the crate.
//!
//! Every variant names the input field at fault, because the app shows the producer
//! `{code, message, hint}` and "which box do I fix" is the first question. Messages never
//! carry a secret: user-supplied values are only echoed where they cannot be one (scheme
//! names, timestamps, header names), and always `{:?}`-escaped so a message stays on one line.

use livedesk_codes::ErrorCode;

/// Why a request could not be signed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SignError {
    #[error(
        "scheme: unknown signing scheme {given:?} (expected one of {})",
        crate::Scheme::names()
    )]
    UnknownScheme { given: String },

    #[error("{field}: missing")]
    MissingField { field: String },

    #[error("{field}: {problem}")]
    InvalidField { field: String, problem: String },

    #[error("{field}: {value:?} is not a time in the form {format}")]
    InvalidTimestamp {
        field: String,
        value: String,
        format: &'static str,
    },

    #[error("url: {problem}")]
    InvalidUrl { problem: String },

    /// The request already names credentials (an access key, a token, a project) and they are
    /// not the ones it is being signed with: sending it would fail, or worse, act elsewhere.
    #[error("{field}: differs from the credentials used to sign")]
    ConflictsWithCredentials { field: String },

    #[error("credentials: {scheme} needs {expected} credentials, not {given}")]
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
                format!("Choose one of: {}.", crate::Scheme::names())
            }
            Self::MissingField { field } => match field.as_str() {
                "access_key" => "Enter the access key (AK) from the vendor's console.".into(),
                "secret_key" => "Enter the secret key (SK) that belongs to the access key.".into(),
                "api_token" => "Enter an API token created in the BlendVision One console.".into(),
                "org_id" => {
                    "Enter the organisation id shown in the BlendVision One console.".into()
                }
                "nonce" => "Give each request a fresh random nonce.".into(),
                "timestamp" => "Give the time of the request, in UTC.".into(),
                f if f.starts_with("query.") || f.starts_with("headers.") => {
                    format!(
                        "Add {} to the request: the vendor requires it.",
                        display_name(f)
                    )
                }
                _ => format!("Fill in {field} and try again."),
            },
            Self::InvalidField { field, .. } if field.starts_with("headers") => {
                "Header names are plain words (letters, digits, - and _), each used once; \
                 values cannot contain line breaks or other control characters."
                    .into()
            }
            Self::InvalidField { field, .. } => format!("Correct {field} and try again."),
            Self::InvalidTimestamp { format, .. } => {
                format!("Write the time in UTC as {format}, and check the computer's clock.")
            }
            Self::InvalidUrl { .. } => {
                "Use a full address such as https://live.example.com/path?name=value.".into()
            }
            Self::ConflictsWithCredentials { field } => format!(
                "Remove {} from the request, or sign it with the account it names.",
                display_name(field)
            ),
            Self::WrongCredentials { expected, .. } => {
                format!("Pick the {expected} account for this call.")
            }
        })
    }
}

/// `headers.X-Sdk-Date` reads better as "header X-Sdk-Date" in a sentence.
fn display_name(field: &str) -> String {
    if let Some(name) = field.strip_prefix("headers.") {
        format!("header {name}")
    } else if let Some(name) = field.strip_prefix("query.") {
        format!("query parameter {name}")
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
