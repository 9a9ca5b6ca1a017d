//! Vendor accounts: settings in the settings store, secrets only in the OS keychain.

mod binding;
mod endpoint;
mod error;
mod form;
mod keychain;
mod sandbox;
mod secrets;
mod service;
mod settings;
mod store;
mod target;

pub use binding::vendor_domain;
pub use endpoint::check_endpoint;
pub use error::AccountError;
pub use form::{
    account_form, account_message_prefix, account_schema, split_form, vendor_title, AccountForm,
    VENDORS,
};
pub use keychain::{KeychainStep, KeychainTrouble};
#[cfg(any(test, feature = "test-support"))]
pub use secrets::MemorySecretStore;
pub use secrets::{
    secret_fields, KeyringSecretStore, SecretStatus, SecretStore, Secrets, KEYCHAIN_SERVICE,
};
pub use service::{Account, Accounts};
pub use settings::*;
pub use store::{
    quarantine_if_damaged, JsonFileStore, MemorySettingsStore, Quarantined, SettingsStore,
};
pub use target::call_target;
