//! Secrets: which ones each vendor needs, and where they live (only the OS keychain).
//!
//! One keychain entry per account — service `livedesk`, user = the account id — holding a
//! small JSON object `{field: value}`. One entry per account means one prompt on macOS, and
//! deleting an account deletes exactly one entry.

use std::collections::BTreeMap;

use livedesk_secrets::{ExposeSecret, Secret};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::error::AccountError;
use super::keychain::KeychainStep;
use crate::api::Vendor;

pub const KEYCHAIN_SERVICE: &str = "livedesk";

/// One secret field of a vendor's login.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SecretField {
    pub id: &'static str,
    pub title: &'static str,
    pub help: &'static str,
    pub required: bool,
}

const fn field(
    id: &'static str,
    title: &'static str,
    help: &'static str,
    required: bool,
) -> SecretField {
    SecretField {
        id,
        title,
        help,
        required,
    }
}

pub fn secret_fields(vendor: Vendor) -> &'static [SecretField] {
    const HUAWEI: &[SecretField] = &[
        field(
            "access_key",
            "Access key ID (AK)",
            "Huawei Cloud console → My Credentials → Access Keys; the AK is shown in the list.",
            true,
        ),
        field(
            "secret_key",
            "Secret access key (SK)",
            "Shown once, in the credentials.csv file downloaded when the access key was created.",
            true,
        ),
        field(
            "security_token",
            "Security token",
            "Only for temporary credentials (STS); leave empty for a permanent access key.",
            false,
        ),
    ];
    const NAVER: &[SecretField] = &[
        field(
            "access_key",
            "Access key ID",
            "NAVER Cloud console → My Page → Manage Account → Manage Auth Key.",
            true,
        ),
        field(
            "secret_key",
            "Secret key",
            "Shown next to the access key under Manage Auth Key (click “View”).",
            true,
        ),
    ];
    const BLENDVISION: &[SecretField] = &[field(
        "api_token",
        "API token",
        "BlendVision One console → Settings → API Token: create a token and copy it.",
        true,
    )];
    const ALIBABA: &[SecretField] = &[
        field(
            "access_key_id",
            "AccessKey ID",
            "Alibaba Cloud console → your avatar → AccessKey Management (use a RAM user's key).",
            true,
        ),
        field(
            "access_key_secret",
            "AccessKey secret",
            "Shown once, when the AccessKey is created; create a new one if it was lost.",
            true,
        ),
        field(
            "security_token",
            "STS security token",
            "Only for temporary STS credentials; leave empty otherwise.",
            false,
        ),
    ];
    match vendor {
        Vendor::Huawei => HUAWEI,
        Vendor::Naver => NAVER,
        Vendor::BlendVision => BLENDVISION,
        Vendor::Alibaba => ALIBABA,
    }
}

/// Secrets held in memory only as long as needed; `Debug` never shows them. The second
/// part is where they may be sent (see `binding.rs`), kept in the same keychain entry.
#[derive(Default)]
pub struct Secrets(BTreeMap<String, Secret>, Option<String>);

/// The key of the binding in the keychain entry's JSON; no secret field starts with `$`.
const BOUND_TO_KEY: &str = "$bound_to";

impl std::fmt::Debug for Secrets {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_map().entries(self.0.iter()).finish()
    }
}

impl Secrets {
    pub fn get(&self, field: &str) -> Option<&str> {
        self.0.get(field).map(|s| s.expose_secret())
    }

    /// Every secret the engine handles passes here, so crash reports and the log can
    /// recognise it (see [`livedesk_secrets::remember`]).
    pub fn insert(&mut self, field: &str, value: Secret) {
        livedesk_secrets::remember(value.expose_secret());
        self.0.insert(field.to_owned(), value);
    }

    pub fn fields(&self) -> impl Iterator<Item = &str> {
        self.0.keys().map(String::as_str)
    }

    /// Where these secrets may be sent; `None` for an entry saved by an older version.
    pub fn bound_to(&self) -> Option<&str> {
        self.1.as_deref()
    }

    pub fn bind(&mut self, binding: String) {
        self.1 = Some(binding);
    }

    fn to_json(&self) -> Secret {
        let mut map: BTreeMap<&str, &str> = self
            .0
            .iter()
            .map(|(k, v)| (k.as_str(), v.expose_secret()))
            .collect();
        if let Some(binding) = &self.1 {
            map.insert(BOUND_TO_KEY, binding);
        }
        Secret::from(serde_json::to_string(&map).expect("a map of strings serialises"))
    }

    fn from_json(json: &str) -> Result<Self, AccountError> {
        let mut map: BTreeMap<String, String> =
            serde_json::from_str(json).map_err(|_| AccountError::KeychainEntryDamaged)?;
        let mut secrets = Secrets(BTreeMap::new(), map.remove(BOUND_TO_KEY));
        for (field, value) in map {
            secrets.insert(&field, Secret::from(value));
        }
        Ok(secrets)
    }

    /// Checks a form's secrets for `vendor`: trimmed, non-empty, no unknown fields. With
    /// `all_required`, every required field must be present (creating an account).
    pub fn from_input(
        vendor: Vendor,
        input: BTreeMap<String, String>,
        all_required: bool,
    ) -> Result<Secrets, AccountError> {
        let fields = secret_fields(vendor);
        let mut secrets = Secrets::default();
        for (name, value) in input {
            let Some(spec) = fields.iter().find(|f| f.id == name) else {
                return Err(AccountError::invalid(
                    &name,
                    "accounts-invalid-not-a-setting",
                ));
            };
            let value = value.trim();
            if value.is_empty() {
                if spec.required && all_required {
                    return Err(AccountError::invalid(spec.id, "accounts-invalid-required"));
                }
                continue;
            }
            if value.chars().any(char::is_control) {
                return Err(AccountError::invalid(
                    spec.id,
                    "accounts-invalid-invisible-character",
                ));
            }
            secrets.insert(spec.id, Secret::from(value.to_owned()));
        }
        if all_required {
            if let Some(missing) = fields
                .iter()
                .find(|f| f.required && secrets.get(f.id).is_none())
            {
                return Err(AccountError::invalid(
                    missing.id,
                    "accounts-invalid-required",
                ));
            }
        }
        Ok(secrets)
    }

    /// A second copy, kept only while a change may have to be taken back.
    pub(crate) fn duplicate(&self) -> Secrets {
        Secrets(self.0.clone(), self.1.clone())
    }

    /// Takes every field of `other`, keeping the rest.
    pub fn merge(&mut self, other: Secrets) {
        self.0.extend(other.0);
    }
}

/// What the UI may know about a secret: whether it is set and, for long ones, the last 4.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SecretStatus {
    pub field: String,
    pub title: String,
    pub set: bool,
    pub last4: Option<String>,
}

/// What the UI may see of a secret (`livedesk_secrets` decides how secrets look).
pub use livedesk_secrets::last4;

/// Where secrets are kept. The real one is the OS keychain; tests use [`MemorySecretStore`].
pub trait SecretStore: Send + Sync {
    fn load(&self, account_id: &str) -> Result<Option<Secrets>, AccountError>;
    fn save(&self, account_id: &str, secrets: &Secrets) -> Result<(), AccountError>;
    /// Deleting an entry that is not there is not an error.
    fn delete(&self, account_id: &str) -> Result<(), AccountError>;
}

/// The OS keychain through `keyring` (Keychain, Credential Manager, Secret Service).
#[derive(Debug, Default)]
pub struct KeyringSecretStore;

impl KeyringSecretStore {
    fn entry(account_id: &str, step: KeychainStep) -> Result<keyring::Entry, AccountError> {
        keyring::Entry::new(KEYCHAIN_SERVICE, account_id).map_err(|e| failed(account_id, step, &e))
    }
}

/// Support needs to see keychain trouble in the log: which account, what step and the
/// platform's own words, never the entry's content (keyring's errors name platform internals
/// only).
fn failed(account_id: &str, step: KeychainStep, error: &keyring::Error) -> AccountError {
    let mapped = AccountError::from_keyring(error, step);
    tracing::warn!(
        account = account_id,
        step = ?step,
        code = crate::error::UserFacing::code(&mapped).as_str(),
        detail = %error,
        "keychain failure"
    );
    mapped
}

impl SecretStore for KeyringSecretStore {
    fn load(&self, account_id: &str) -> Result<Option<Secrets>, AccountError> {
        let step = KeychainStep::Read;
        match Self::entry(account_id, step)?.get_password() {
            Ok(json) => Secrets::from_json(&json).map(Some),
            Err(keyring::Error::NoEntry) => Ok(None),
            Err(e) => Err(failed(account_id, step, &e)),
        }
    }

    fn save(&self, account_id: &str, secrets: &Secrets) -> Result<(), AccountError> {
        let step = KeychainStep::Save;
        Self::entry(account_id, step)?
            .set_password(secrets.to_json().expose_secret())
            .map_err(|e| failed(account_id, step, &e))
    }

    fn delete(&self, account_id: &str) -> Result<(), AccountError> {
        let step = KeychainStep::Delete;
        match Self::entry(account_id, step)?.delete_credential() {
            Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
            Err(e) => Err(failed(account_id, step, &e)),
        }
    }
}

/// An in-memory twin of the keychain, for tests only: not in the shipped engine (feature
/// `test-support`, turned on by this crate's dev-dependencies).
#[cfg(any(test, feature = "test-support"))]
#[derive(Debug, Default)]
pub struct MemorySecretStore {
    entries: std::sync::Mutex<BTreeMap<String, Secret>>,
    unavailable: std::sync::Mutex<Option<fn() -> AccountError>>,
}

#[cfg(any(test, feature = "test-support"))]
impl MemorySecretStore {
    /// Makes every later call fail like an unavailable keychain would.
    pub fn fail_with(&self, error: fn() -> AccountError) {
        *self.unavailable.lock().unwrap() = Some(error);
    }

    pub fn entry_count(&self) -> usize {
        self.entries.lock().unwrap().len()
    }

    pub fn raw(&self, account_id: &str) -> Option<String> {
        self.entries
            .lock()
            .unwrap()
            .get(account_id)
            .map(|s| s.expose_secret().to_owned())
    }

    fn check(&self) -> Result<(), AccountError> {
        match *self.unavailable.lock().unwrap() {
            Some(error) => Err(error()),
            None => Ok(()),
        }
    }
}

#[cfg(any(test, feature = "test-support"))]
impl SecretStore for MemorySecretStore {
    fn load(&self, account_id: &str) -> Result<Option<Secrets>, AccountError> {
        self.check()?;
        let entries = self.entries.lock().unwrap();
        entries
            .get(account_id)
            .map(|json| Secrets::from_json(json.expose_secret()))
            .transpose()
    }

    fn save(&self, account_id: &str, secrets: &Secrets) -> Result<(), AccountError> {
        self.check()?;
        self.entries
            .lock()
            .unwrap()
            .insert(account_id.to_owned(), secrets.to_json());
        Ok(())
    }

    fn delete(&self, account_id: &str) -> Result<(), AccountError> {
        self.check()?;
        self.entries.lock().unwrap().remove(account_id);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::UserFacing;

    #[test]
    fn debug_output_never_shows_a_secret() {
        let mut secrets = Secrets::default();
        secrets.insert("secret_key", Secret::from("CANARY-0123456789".to_owned()));
        let shown = format!("{secrets:?}");
        assert!(!shown.contains("CANARY"), "{shown}");
        assert!(shown.contains("secret_key"));
    }

    #[test]
    fn input_is_trimmed_and_empty_required_fields_are_named() {
        let input = BTreeMap::from([
            ("access_key".to_owned(), "  AK123  ".to_owned()),
            ("secret_key".to_owned(), "   ".to_owned()),
        ]);
        let error = Secrets::from_input(Vendor::Naver, input.clone(), true).unwrap_err();
        assert_eq!(error.field(), Some("secret_key"));
        let partial = Secrets::from_input(Vendor::Naver, input, false).unwrap();
        assert_eq!(partial.get("access_key"), Some("AK123"));
        assert_eq!(partial.get("secret_key"), None);
    }

    #[test]
    fn unknown_and_multi_line_secrets_are_refused() {
        let unknown = BTreeMap::from([("password".to_owned(), "x".to_owned())]);
        assert_eq!(
            Secrets::from_input(Vendor::BlendVision, unknown, false)
                .unwrap_err()
                .field(),
            Some("password")
        );
        let broken = BTreeMap::from([("api_token".to_owned(), "abc\ndef".to_owned())]);
        assert_eq!(
            Secrets::from_input(Vendor::BlendVision, broken, false)
                .unwrap_err()
                .field(),
            Some("api_token")
        );
    }
}
