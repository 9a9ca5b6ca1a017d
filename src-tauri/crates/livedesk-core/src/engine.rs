//! The engine behind every command, shared by the app window and `livedesk-cli`.

use std::sync::{Arc, Mutex};

use serde_json::Value;

use crate::accounts::{
    account_form, AccountError, AccountForm, Accounts, SecretStore, SettingsStore, VENDORS,
};
use crate::api::{AccountSummary, AppInfo, Vendor};
use crate::error::{ApiError, CoreError};

pub struct Engine {
    accounts: Arc<Accounts>,
    notices: Mutex<Vec<ApiError>>,
}

/// Keychain and disk calls block (D-Bus, file I/O): keep them off the async workers.
async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> Result<T, AccountError> + Send + 'static,
) -> Result<T, ApiError> {
    match tokio::task::spawn_blocking(work).await {
        Ok(result) => result.map_err(|e| ApiError::from_error(&e)),
        Err(e) => Err(CoreError::Internal(e.to_string()).into()),
    }
}

impl Engine {
    pub fn new(settings: Arc<dyn SettingsStore>, secrets: Arc<dyn SecretStore>) -> Self {
        Engine {
            accounts: Arc::new(Accounts::new(settings, secrets)),
            notices: Mutex::new(Vec::new()),
        }
    }

    pub fn accounts(&self) -> &Accounts {
        &self.accounts
    }

    /// Something the producer must be told on the home screen.
    pub fn add_notice(&self, notice: ApiError) {
        self.notices.lock().unwrap().push(notice);
    }

    pub async fn app_info(&self) -> Result<AppInfo, ApiError> {
        Ok(AppInfo {
            name: "Livedesk".into(),
            version: env!("CARGO_PKG_VERSION").into(),
            notices: self.notices.lock().unwrap().clone(),
        })
    }

    pub async fn list_accounts(&self) -> Result<Vec<AccountSummary>, ApiError> {
        let accounts = self.accounts.clone();
        blocking(move || Ok(accounts.list())).await
    }

    pub async fn account_forms(&self) -> Result<Vec<AccountForm>, ApiError> {
        Ok(VENDORS.into_iter().map(account_form).collect())
    }

    pub async fn create_account(
        &self,
        vendor: Vendor,
        form: Value,
    ) -> Result<AccountSummary, ApiError> {
        let accounts = self.accounts.clone();
        blocking(move || accounts.create(vendor, form)).await
    }

    pub async fn update_account(
        &self,
        id: String,
        form: Value,
    ) -> Result<AccountSummary, ApiError> {
        let accounts = self.accounts.clone();
        blocking(move || accounts.update(&id, form)).await
    }

    pub async fn delete_account(&self, id: String) -> Result<(), ApiError> {
        let accounts = self.accounts.clone();
        blocking(move || accounts.delete(&id)).await
    }

    pub async fn add_sandbox_accounts(&self) -> Result<Vec<AccountSummary>, ApiError> {
        let accounts = self.accounts.clone();
        blocking(move || accounts.add_sandbox_accounts(false)).await
    }
}
