use crate::error::UserFacing;

/// Everything that can go wrong with accounts, in words a producer can act on.
#[derive(Debug, thiserror::Error)]
pub enum AccountError {
    #[error("{field} {problem}.")]
    Invalid { field: String, problem: String },
    #[error("There is already an account named “{0}”.")]
    DuplicateName(String),
    #[error("No account with id {0} exists any more.")]
    NotFound(String),
    #[error("No keychain is available on this computer, so Livedesk cannot keep keys safely.")]
    KeychainUnavailable(String),
    #[error("The keychain is locked or Livedesk was not allowed to use it.")]
    KeychainLocked,
    #[error("The keychain has no keys stored for the account “{0}”.")]
    SecretsMissing(String),
    #[error("The keys stored in the keychain for this account are damaged.")]
    KeychainEntryDamaged,
    #[error("The keychain refused the request: {0}")]
    Keychain(String),
    #[error("Livedesk could not save its settings file: {0}")]
    SettingsWrite(String),
}

impl AccountError {
    pub fn invalid(field: &str, problem: &str) -> Self {
        AccountError::Invalid {
            field: field.to_owned(),
            problem: problem.to_owned(),
        }
    }

    /// Maps `keyring` failures; its messages may name platform internals but never a secret.
    pub fn from_keyring(error: keyring::Error) -> Self {
        match error {
            keyring::Error::PlatformFailure(e) => AccountError::KeychainUnavailable(e.to_string()),
            keyring::Error::NoStorageAccess(_) => AccountError::KeychainLocked,
            keyring::Error::BadEncoding(_) => AccountError::KeychainEntryDamaged,
            other => AccountError::Keychain(other.to_string()),
        }
    }
}

impl UserFacing for AccountError {
    fn field(&self) -> Option<&str> {
        match self {
            AccountError::Invalid { field, .. } => Some(field),
            AccountError::DuplicateName(_) => Some("name"),
            _ => None,
        }
    }

    fn code(&self) -> &'static str {
        match self {
            AccountError::Invalid { .. } => "account.invalid",
            AccountError::DuplicateName(_) => "account.duplicate_name",
            AccountError::NotFound(_) => "account.not_found",
            AccountError::KeychainUnavailable(_) => "keychain.unavailable",
            AccountError::KeychainLocked => "keychain.locked",
            AccountError::SecretsMissing(_) => "keychain.missing",
            AccountError::KeychainEntryDamaged => "keychain.damaged",
            AccountError::Keychain(_) => "keychain.error",
            AccountError::SettingsWrite(_) => "settings.write_failed",
        }
    }

    fn hint(&self) -> Option<String> {
        Some(match self {
            AccountError::Invalid { field, .. } => format!("Correct “{field}” and save again."),
            AccountError::DuplicateName(_) => "Choose another name, for example add the studio or client.".into(),
            AccountError::NotFound(_) => "It may have been deleted in another window; reload the accounts list.".into(),
            AccountError::KeychainUnavailable(_) => {
                "On Linux, install and start a Secret Service such as GNOME Keyring or KWallet, then restart Livedesk. Practice (Sandbox) accounts still work.".into()
            }
            AccountError::KeychainLocked => {
                "Unlock your keychain (or allow Livedesk when the system asks), then try again.".into()
            }
            AccountError::SecretsMissing(_) | AccountError::KeychainEntryDamaged => {
                "Edit the account and enter its keys again; nothing else is lost.".into()
            }
            AccountError::Keychain(_) => "Try again; if it keeps failing, restart your computer's keychain service.".into(),
            AccountError::SettingsWrite(_) => "Check that your disk is not full and that Livedesk's data folder is writable.".into(),
        })
    }
}
