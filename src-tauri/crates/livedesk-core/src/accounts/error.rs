use livedesk_operations::FieldProblem;

use super::keychain::{headline, trouble_of, what_to_do, KeychainStep, KeychainTrouble};
use crate::error::{ErrorCode, FieldIssue, UserFacing};

/// Everything that can go wrong with accounts, in words a producer can act on.
#[derive(Debug, thiserror::Error)]
pub enum AccountError {
    #[error("{field} {problem}.")]
    Invalid { field: String, problem: String },
    /// The form broke its schema's rules (the operations' validator): every field at fault.
    #[error("{}", describe(.0))]
    Form(Vec<FieldProblem>),
    #[error("There is already an account named “{0}”.")]
    DuplicateName(String),
    #[error("No account with id {0} exists any more.")]
    NotFound(String),
    /// The keychain failed while Livedesk was at `step`, for a cause the producer can act on.
    #[error("{} {}", headline(*.trouble), .step.outcome())]
    Keychain {
        trouble: KeychainTrouble,
        step: KeychainStep,
    },
    #[error("The keychain has no keys stored for the account “{0}”.")]
    SecretsMissing(String),
    #[error("The keys stored in the keychain for this account are damaged.")]
    KeychainEntryDamaged,
    /// Keys are sent only where they were entered (`binding.rs`); `entered_for` is `None`
    /// for keys saved by an older version that did not record it.
    #[error("{}", elsewhere(.account, .entered_for.as_deref(), .now))]
    SecretsBoundElsewhere {
        account: String,
        entered_for: Option<String>,
        now: String,
    },
    #[error("Livedesk could not save its settings file: {0}")]
    SettingsWrite(String),
}

fn describe(problems: &[FieldProblem]) -> String {
    match problems {
        [] => "The form was not accepted.".to_owned(),
        [only] => only.message.clone(),
        [first, rest @ ..] => format!(
            "{} (and {} more {})",
            first.message,
            rest.len(),
            if rest.len() == 1 {
                "problem"
            } else {
                "problems"
            }
        ),
    }
}

fn elsewhere(account: &str, entered_for: Option<&str>, now: &str) -> String {
    match entered_for {
        Some(place) => format!(
            "Nothing was sent: the keys of “{account}” were entered for {place}, but the account now points at {now}. Livedesk sends keys only where they were entered."
        ),
        None => format!(
            "Nothing was sent: the account “{account}” now points at {now}, and its keys were saved by an older Livedesk that did not note where they were entered for."
        ),
    }
}

impl AccountError {
    pub fn invalid(field: &str, problem: &str) -> Self {
        AccountError::Invalid {
            field: field.to_owned(),
            problem: problem.to_owned(),
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
            AccountError::Invalid { field, .. } => format!("Correct “{field}” and save again."),
            AccountError::Form(problems) if problems.len() > 1 => {
                format!(
                    "Correct the {} marked fields and save again.",
                    problems.len()
                )
            }
            AccountError::Form(_) => "Correct the field and save again.".into(),
            AccountError::DuplicateName(_) => {
                "Choose another name, for example add the studio or client.".into()
            }
            AccountError::NotFound(_) => {
                "It may have been deleted in another window; reload the accounts list.".into()
            }
            AccountError::Keychain { trouble, .. } => what_to_do(*trouble).into(),
            AccountError::SecretsMissing(_) | AccountError::KeychainEntryDamaged => {
                "Edit the account and enter its keys again; nothing else is lost.".into()
            }
            AccountError::SecretsBoundElsewhere { .. } => {
                "If you moved the account on purpose, edit it and enter its keys again; otherwise put its address back.".into()
            }
            AccountError::SettingsWrite(_) => {
                "Check that your disk is not full and that Livedesk's data folder is writable."
                    .into()
            }
        })
    }
}
