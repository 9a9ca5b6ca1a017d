//! The one error type of the crate.
//!
//! The app shows the producer `{code, message, hint}`: the message says what happened in
//! plain words, the hint what to do next. Nothing here ever carries a secret: hosts are named,
//! but never a URL's query, a header value or text from the network library (which can quote
//! the full URL); vendor messages are masked where they quote the tokens that were sent (`livedesk_secrets`).

use std::time::Duration;

use livedesk_codes::ErrorCode;
use livedesk_i18n::t;
use livedesk_signing::SignError;

use crate::vendor_error::VendorError;

/// Why a call did not produce a usable answer.
#[derive(Debug, thiserror::Error)]
pub enum HttpError {
    /// The endpoint is not a usable address (garbage, no host, a user name, a query ...).
    #[error("{}", t!("http-endpoint-invalid", problem = problem))]
    InvalidEndpoint { problem: String },

    /// Plain `http://` to a host that is not this computer.
    #[error("{}", t!("http-endpoint-not-https", host = host))]
    EndpointNotHttps { host: String },

    /// The request could not be signed (nothing was sent).
    #[error(transparent)]
    Signing(#[from] SignError),

    /// The signed request cannot be sent as it is (a method or header HTTP refuses).
    #[error("{}", t!("http-invalid-request", field = *field, problem = problem))]
    InvalidRequest {
        field: &'static str,
        problem: String,
    },

    /// The HTTP client could not be set up (nothing was sent).
    #[error("{}", t!("http-client-setup", problem = problem))]
    ClientSetup { problem: String },

    /// No answer within the total time allowed.
    #[error("{}", t!("http-timeout", host = host, seconds = seconds(*after)))]
    Timeout {
        host: String,
        after: Duration,
        /// The request changes something and may have been applied.
        write: bool,
    },

    /// No connection could be made.
    #[error("{}", t!("http-unreachable", host = host, reason = reason.to_string()))]
    Unreachable {
        host: String,
        reason: UnreachableReason,
    },

    /// The connection closed after the request went out and before an answer came back.
    #[error("{}", t!("http-connection-lost", host = host))]
    ConnectionLost { host: String, write: bool },

    /// The answer stopped before its end.
    #[error("{}", t!("http-truncated", host = host))]
    Truncated { host: String, write: bool },

    /// The answer was larger than the client accepts; it was not read.
    #[error("{}", t!("http-too-large", host = host, size = size(*limit)))]
    TooLarge { host: String, limit: usize },

    /// An answer came back but could not be read (not JSON, not the expected shape). The
    /// problem never quotes the body.
    #[error("{}", t!("http-bad-response", provider = vendor_name(vendor), problem = problem))]
    BadResponse {
        vendor: &'static str,
        status: u16,
        problem: String,
        request_id: Option<String>,
    },

    /// The vendor answered with an error: see [`VendorError`] for its code and plain words.
    #[error("{}", .0.explanation)]
    Vendor(Box<VendorError>),
}

/// Why no connection could be made, in words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnreachableReason {
    Refused,
    NameNotFound,
    TimedOut,
    Tls,
    Other,
}

impl std::fmt::Display for UnreachableReason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self {
            Self::Refused => t!("http-reason-refused"),
            Self::NameNotFound => t!("http-reason-name-not-found"),
            Self::TimedOut => t!("http-reason-timed-out"),
            Self::Tls => t!("http-reason-tls"),
            Self::Other => t!("http-reason-other"),
        })
    }
}

impl HttpError {
    /// Stable machine-readable code: `http.*`, `endpoint.*`, `signing.*` or `vendor.<kind>`.
    pub fn code(&self) -> ErrorCode {
        match self {
            Self::InvalidEndpoint { .. } => ErrorCode::EndpointInvalid,
            Self::EndpointNotHttps { .. } => ErrorCode::EndpointNotHttps,
            Self::Signing(e) => e.code(),
            Self::InvalidRequest { .. } => ErrorCode::HttpInvalidRequest,
            Self::ClientSetup { .. } => ErrorCode::HttpClientSetup,
            Self::Timeout { .. } => ErrorCode::HttpTimeout,
            Self::Unreachable { .. } => ErrorCode::HttpUnreachable,
            Self::ConnectionLost { .. } => ErrorCode::HttpConnectionLost,
            Self::Truncated { .. } => ErrorCode::HttpTruncated,
            Self::TooLarge { .. } => ErrorCode::HttpTooLarge,
            Self::BadResponse { .. } => ErrorCode::HttpBadResponse,
            Self::Vendor(e) => e.kind.code(),
        }
    }

    /// What the producer can do about it, in plain words.
    pub fn hint(&self) -> Option<String> {
        Some(match self {
            Self::InvalidEndpoint { .. } => t!("http-hint-endpoint-invalid"),
            Self::EndpointNotHttps { .. } => t!("http-hint-endpoint-not-https"),
            Self::Signing(e) => return e.hint(),
            Self::InvalidRequest { .. } => t!("http-hint-invalid-request"),
            Self::ClientSetup { .. } => t!("http-hint-client-setup"),
            Self::Timeout { write: true, .. } => t!("http-hint-maybe-applied"),
            Self::Timeout { .. } => t!("http-hint-timeout"),
            Self::Unreachable {
                reason: UnreachableReason::Tls,
                ..
            } => t!("http-hint-tls"),
            Self::Unreachable { .. } => t!("http-hint-unreachable"),
            Self::ConnectionLost { write: true, .. } | Self::Truncated { write: true, .. } => {
                t!("http-hint-maybe-applied")
            }
            Self::ConnectionLost { .. } | Self::Truncated { .. } => t!("http-hint-connection-lost"),
            Self::TooLarge { .. } => t!("http-hint-too-large"),
            Self::BadResponse { request_id, .. } => {
                let hint = t!("http-hint-bad-response");
                match request_id {
                    Some(id) => crate::vendor_error::then(
                        &hint,
                        &t!("http-request-id-for-support", id = id),
                    ),
                    None => hint,
                }
            }
            Self::Vendor(e) => e.hint.clone(),
        })
    }

    /// The vendor's interpreted error, when the vendor answered with one.
    pub fn vendor_error(&self) -> Option<&VendorError> {
        match self {
            Self::Vendor(e) => Some(e),
            _ => None,
        }
    }

    /// Worth trying again automatically for an idempotent read: the connection failed or was
    /// cut, or the vendor had a server error. Never an authentication failure, a 4xx, a
    /// timeout (the producer has already waited) or a certificate problem.
    pub(crate) fn is_retryable(&self) -> bool {
        match self {
            Self::Unreachable { reason, .. } => *reason != UnreachableReason::Tls,
            Self::ConnectionLost { .. } | Self::Truncated { .. } => true,
            Self::Vendor(e) => e.http_status >= 500,
            _ => false,
        }
    }
}

impl From<VendorError> for HttpError {
    fn from(error: VendorError) -> Self {
        Self::Vendor(Box::new(error))
    }
}

/// The vendor's name in the producer's language, from its English display name.
fn vendor_name(display_name: &str) -> String {
    crate::Vendor::ALL
        .into_iter()
        .find(|v| v.display_name() == display_name)
        .map_or_else(|| display_name.to_owned(), |v| v.to_string())
}

fn seconds(d: Duration) -> String {
    let ms = d.as_millis();
    if ms.is_multiple_of(1000) {
        (ms / 1000).to_string()
    } else {
        format!("{:.1}", d.as_secs_f64())
    }
}

pub(crate) fn size(bytes: usize) -> String {
    const MIB: usize = 1 << 20;
    const KIB: usize = 1 << 10;
    if bytes >= MIB && bytes.is_multiple_of(MIB) {
        format!("{} MiB", bytes / MIB)
    } else if bytes >= MIB {
        format!("{:.1} MiB", bytes as f64 / MIB as f64)
    } else if bytes >= KIB {
        format!("{} KiB", bytes / KIB)
    } else {
        format!("{bytes} bytes")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_and_seconds_read_naturally() {
        assert_eq!(size(2 << 20), "2 MiB");
        assert_eq!(size(3 << 19), "1.5 MiB");
        assert_eq!(size(4096), "4 KiB");
        assert_eq!(size(10), "10 bytes");
        assert_eq!(seconds(Duration::from_secs(20)), "20");
        assert_eq!(seconds(Duration::from_millis(300)), "0.3");
    }

    #[test]
    fn every_variant_has_a_code_and_a_hint() {
        let errors = [
            HttpError::InvalidEndpoint {
                problem: "x".into(),
            },
            HttpError::EndpointNotHttps { host: "h".into() },
            HttpError::ClientSetup {
                problem: "x".into(),
            },
            HttpError::Timeout {
                host: "h".into(),
                after: Duration::from_secs(1),
                write: false,
            },
            HttpError::Unreachable {
                host: "h".into(),
                reason: UnreachableReason::Refused,
            },
            HttpError::ConnectionLost {
                host: "h".into(),
                write: true,
            },
            HttpError::Truncated {
                host: "h".into(),
                write: false,
            },
            HttpError::TooLarge {
                host: "h".into(),
                limit: 1 << 21,
            },
            HttpError::BadResponse {
                vendor: "Huawei Cloud",
                status: 200,
                problem: "not JSON".into(),
                request_id: None,
            },
        ];
        for error in errors {
            let code = error.code().as_str();
            assert!(
                code.starts_with("http.") || code.starts_with("endpoint."),
                "{code}"
            );
            assert!(error.hint().is_some_and(|h| !h.is_empty()), "{code}");
            assert!(!error.to_string().is_empty());
        }
    }
}
