use livedesk_i18n::t;
use livedesk_operations::FieldProblem;

use super::keychain::{headline, trouble_of, what_to_do, KeychainStep, KeychainTrouble};
use crate::error::{ErrorCode, FieldIssue, UserFacing};

/// Everything that can go wrong with accounts, in words a producer can act on.
#[derive(Debug, thiserror::Error)]
pub enum AccountError {
    /// `problem` is the whole sentence, naming the field.
    #[error("{problem}")]
    Invalid { field: String, problem: String },
    /// The form broke its schema's rules (the operations' validator): every field at fault.
    #[error("{}", describe(.0))]
    Form(Vec<FieldProblem>),
    #[error("{}", t!("accounts-duplicate-name", name = .0))]
    DuplicateName(String),
    #[error("{}", t!("accounts-not-found", id = .0))]
    NotFound(String),
    /// The keychain failed while Livedesk was at `step`, for a cause the producer can act on.
    #[error("{}", t!("accounts-keychain-failed", what = headline(*.trouble), outcome = .step.outcome()))]
    Keychain {
        trouble: KeychainTrouble,
        step: KeychainStep,
    },
    #[error("{}", t!("accounts-secrets-missing", account = .0))]
    SecretsMissing(String),
    #[error("{}", t!("accounts-keychain-entry-damaged"))]
    KeychainEntryDamaged,
    /// Keys are sent only where they were entered (`binding.rs`); `entered_for` is `None`
    /// for keys saved by an older version that did not record it.
    #[error("{}", elsewhere(.account, .entered_for.as_deref(), .now))]
    SecretsBoundElsewhere {
        account: String,
        entered_for: Option<String>,
        now: String,
    },
    #[error("{}", t!("accounts-settings-write", problem = .0))]
    SettingsWrite(String),
}

fn describe(problems: &[FieldProblem]) -> String {
    match problems {
        [] => t!("accounts-form-not-accepted"),
        [only] => only.message.clone(),
        [first, rest @ ..] => t!(
            "accounts-form-problems",
            first = first.message.as_str(),
            count = rest.len()
        ),
    }
}

fn elsewhere(account: &str, entered_for: Option<&str>, now: &str) -> String {
    match entered_for {
        Some(place) => t!(
            "accounts-keys-entered-elsewhere",
            account = account,
            place = place,
            now = now
        ),
        None => t!("accounts-keys-place-unknown", account = account, now = now),
    }
}

impl AccountError {
    /// `field` at fault, as the message `problem` (an `accounts-invalid-…` id) says.
    pub fn invalid(field: &str, problem: &str) -> Self {
        AccountError::Invalid {
            field: field.to_owned(),
            problem: t!(problem, field = field),
        }
    }

    pub fn keychain(trouble: KeychainTrouble, step: KeychainStep) -> Self {
        AccountError::Keychain { trouble, step }
    }

    /// Maps a `keyring` failure at `step` by its cause (see `keychain.rs`).
    pub fn from_keyring(error: &keyring::Error, step: KeychainStep) -> Self {
        match error {
            keyring::Error::BadEncoding(_) => AccountError::KeychainEntryDamaged,
            other => AccountError::keychain(trouble_of(other), step),
        }
    }
}

impl UserFacing for AccountError {
    fn field(&self) -> Option<&str> {
        match self {
            AccountError::Invalid { field, .. } => Some(field),
            AccountError::Form(problems) => problems.first().map(|p| p.field.as_str()),
            AccountError::DuplicateName(_) => Some("name"),
            _ => None,
        }
    }

    fn code(&self) -> ErrorCode {
        match self {
            AccountError::Invalid { .. } => ErrorCode::AccountInvalid,
            AccountError::Form(_) => ErrorCode::InputInvalid,
            AccountError::DuplicateName(_) => ErrorCode::AccountDuplicateName,
            AccountError::NotFound(_) => ErrorCode::AccountNotFound,
            AccountError::Keychain { trouble, .. } => match trouble {
                KeychainTrouble::NoService => ErrorCode::KeychainNoService,
                KeychainTrouble::Locked => ErrorCode::KeychainLocked,
                KeychainTrouble::Denied => ErrorCode::KeychainDenied,
                KeychainTrouble::Unavailable => ErrorCode::KeychainUnavailable,
                KeychainTrouble::Other => ErrorCode::KeychainError,
            },
            AccountError::SecretsMissing(_) => ErrorCode::KeychainMissing,
            AccountError::KeychainEntryDamaged => ErrorCode::KeychainDamaged,
            AccountError::SecretsBoundElsewhere { .. } => ErrorCode::SecretsBoundElsewhere,
            AccountError::SettingsWrite(_) => ErrorCode::SettingsWriteFailed,
        }
    }

    fn problems(&self) -> Vec<FieldIssue> {
        match self {
            AccountError::Form(problems) => problems
                .iter()
                .map(|p| FieldIssue {
                    field: p.field.clone(),
                    message: p.message.clone(),
                })
                .collect(),
            _ => Vec::new(),
        }
    }

    fn hint(&self) -> Option<String> {
        Some(match self {
            AccountError::Invalid { field, .. } => t!("accounts-hint-correct-field", field = field),
            AccountError::Form(problems) if problems.len() > 1 => {
                t!("accounts-hint-correct-fields", count = problems.len())
            }
            AccountError::Form(_) => t!("accounts-hint-correct-the-field"),
            AccountError::DuplicateName(_) => t!("accounts-hint-duplicate-name"),
            AccountError::NotFound(_) => t!("accounts-hint-not-found"),
            AccountError::Keychain { trouble, .. } => what_to_do(*trouble),
            AccountError::SecretsMissing(_) | AccountError::KeychainEntryDamaged => {
                t!("accounts-hint-enter-keys-again")
            }
            AccountError::SecretsBoundElsewhere { .. } => t!("accounts-hint-keys-elsewhere"),
            AccountError::SettingsWrite(_) => t!("accounts-hint-settings-write"),
        })
    }
}
