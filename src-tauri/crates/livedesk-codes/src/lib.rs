//! Livedesk's own error codes: stable, machine-readable `area.what` strings that reach the UI
//! (as a TypeScript union, see `livedesk-core/src/bindings.rs`), the CLI's `--json` output
//! and the history. Every crate's error returns one of these from `code()`; each code's text
//! is written once, in the list below, so nothing matches a code by its spelling.
//!
//! A vendor's own error code (`APIGW.0301`, `SignatureDoesNotMatch`, ...) is not one of
//! these: it travels as text beside the code (`vendor_code`), and the code says what kind of
//! vendor error it was (`vendor.wrong_key`, ...).

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

macro_rules! error_codes {
    ($( $(#[doc = $doc:literal])* $variant:ident = $code:literal, )*) => {
        /// One of Livedesk's own error codes.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[cfg_attr(feature = "ts", derive(ts_rs::TS))]
        pub enum ErrorCode {
            $( $(#[doc = $doc])* #[serde(rename = $code)] $variant, )*
        }

        impl ErrorCode {
            /// Every code, in the order listed.
            pub const ALL: &'static [ErrorCode] = &[$(ErrorCode::$variant),*];

            /// The code as the UI, the CLI and the history see it.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(ErrorCode::$variant => $code,)*
                }
            }
        }
    };
}

error_codes! {
    // Signing (livedesk-signing): nothing was sent.
    SigningUnknownScheme = "signing.unknown_scheme",
    SigningMissingField = "signing.missing_field",
    SigningInvalidField = "signing.invalid_field",
    SigningInvalidTimestamp = "signing.invalid_timestamp",
    SigningInvalidUrl = "signing.invalid_url",
    SigningConflictsWithCredentials = "signing.conflicts_with_credentials",
    SigningWrongCredentials = "signing.wrong_credentials",
    // Endpoints and the HTTP client (livedesk-http).
    EndpointInvalid = "endpoint.invalid",
    EndpointNotHttps = "endpoint.not_https",
    HttpInvalidRequest = "http.invalid_request",
    HttpClientSetup = "http.client_setup",
    HttpTimeout = "http.timeout",
    HttpUnreachable = "http.unreachable",
    HttpConnectionLost = "http.connection_lost",
    HttpTruncated = "http.truncated",
    HttpTooLarge = "http.too_large",
    HttpBadResponse = "http.bad_response",
    /// Check connection: the account's settings cannot make the test read.
    CheckSettings = "check.settings",
    // A vendor's error answer, by kind; the vendor's own code is `vendor_code`.
    VendorWrongKey = "vendor.wrong_key",
    VendorClockOff = "vendor.clock_off",
    VendorNoPermission = "vendor.no_permission",
    VendorNotFound = "vendor.not_found",
    VendorPreconditionFailed = "vendor.precondition_failed",
    VendorInvalidInput = "vendor.invalid_input",
    VendorRateLimited = "vendor.rate_limited",
    VendorServerError = "vendor.server_error",
    VendorOther = "vendor.other",
    // Operations (livedesk-operations).
    OperationUnknown = "operation.unknown",
    OperationNotOffered = "operation.not_offered",
    OperationTooSoon = "operation.too_soon",
    /// The state read before a change says the vendor will refuse it; nothing was sent.
    OperationRefused = "operation.refused",
    /// A form (operation or account) was refused; `problems` names every field.
    InputInvalid = "input.invalid",
    /// A call already under way for the same account and form.
    CallInFlight = "call.in_flight",
    /// The vendor's settings changed since the form was loaded from them; nothing was sent.
    CallChangedSinceLoaded = "call.changed_since_loaded",
    // Accounts, keychain and settings (livedesk-core).
    AccountInvalid = "account.invalid",
    AccountDuplicateName = "account.duplicate_name",
    AccountNotFound = "account.not_found",
    KeychainUnavailable = "keychain.unavailable",
    /// No keychain service answers (on Linux: no Secret Service on the session bus).
    KeychainNoService = "keychain.no_service",
    KeychainLocked = "keychain.locked",
    /// The keychain, or the producer at its prompt, refused Livedesk.
    KeychainDenied = "keychain.denied",
    KeychainMissing = "keychain.missing",
    KeychainDamaged = "keychain.damaged",
    KeychainError = "keychain.error",
    /// The account points somewhere its saved keys were not entered for: nothing was sent.
    SecretsBoundElsewhere = "keychain.bound_elsewhere",
    SettingsWriteFailed = "settings.write_failed",
    SettingsDamaged = "settings.damaged",
    SettingsUnreadable = "settings.unreadable",
    SettingsUnavailable = "settings.unavailable",
    // History (livedesk-history).
    HistoryUnavailable = "history.unavailable",
    HistorySetAsideFailed = "history.set_aside_failed",
    HistorySecretInEntry = "history.secret_in_entry",
    HistoryInvalidEntry = "history.invalid_entry",
    HistoryNotFound = "history.not_found",
    HistoryNotUndoable = "history.not_undoable",
    HistoryDamaged = "history.damaged",
    HistoryStorage = "history.storage",
    /// A change was being sent when Livedesk closed: whether it was applied is not known.
    HistoryOutcomeUnknown = "history.outcome_unknown",
    // The app.
    SandboxUnavailable = "sandbox.unavailable",
    Internal = "internal",
    /// Made by the UI itself when a command fails with something that is not an `ApiError`.
    UiUnexpected = "ui.unexpected",
}

impl fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A text that is not one of Livedesk's codes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownCode(pub String);

impl fmt::Display for UnknownCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "“{}” is not a Livedesk error code", self.0)
    }
}

impl std::error::Error for UnknownCode {}

impl FromStr for ErrorCode {
    type Err = UnknownCode;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        ErrorCode::ALL
            .iter()
            .copied()
            .find(|c| c.as_str() == text)
            .ok_or_else(|| UnknownCode(text.to_owned()))
    }
}

/// Tests and logs compare a code with its text (`assert_eq!(error.code(), "http.timeout")`).
impl PartialEq<&str> for ErrorCode {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<str> for ErrorCode {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_is_unique_and_reads_back() {
        let mut seen = std::collections::HashSet::new();
        for code in ErrorCode::ALL {
            assert!(seen.insert(code.as_str()), "{code} listed twice");
            assert_eq!(code.as_str().parse::<ErrorCode>(), Ok(*code));
            assert_eq!(
                serde_json::to_value(code).unwrap(),
                serde_json::Value::String(code.as_str().into())
            );
            assert_eq!(
                serde_json::from_str::<ErrorCode>(&format!("\"{code}\"")).unwrap(),
                *code
            );
        }
        assert!("APIGW.0301".parse::<ErrorCode>().is_err());
    }
}
