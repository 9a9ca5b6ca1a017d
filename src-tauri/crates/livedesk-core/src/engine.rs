//! The engine behind every command, shared by the app window and `livedesk-cli`.

use std::sync::{Arc, Mutex, OnceLock};

use livedesk_http::{check_connection, Client, ClientConfig, Outcome};

use serde_json::Value;

use crate::accounts::{
    account_form, call_target, AccountError, AccountForm, Accounts, SecretStore, SettingsStore,
    VENDORS,
};
use crate::api::{AccountSummary, AppInfo, ConnectionCheck, Vendor};
use crate::error::{ApiError, CoreError};

pub struct Engine {
    accounts: Arc<Accounts>,
    /// Built on first use: loading the platform's TLS roots is not start-up work.
    http: OnceLock<Client>,
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
            http: OnceLock::new(),
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

    fn http(&self) -> Result<&Client, ApiError> {
        if let Some(client) = self.http.get() {
            return Ok(client);
        }
        let client = Client::new(ClientConfig::default()).map_err(|e| ApiError {
            code: e.code().into(),
            message: e.to_string(),
            hint: e.hint(),
            field: None,
        })?;
        Ok(self.http.get_or_init(|| client))
    }

    pub async fn check_connection(
        &self,
        id: String,
        huawei_domain: Option<String>,
    ) -> Result<ConnectionCheck, ApiError> {
        let accounts = self.accounts.clone();
        let domain = huawei_domain
            .map(|d| d.trim().to_owned())
            .filter(|d| !d.is_empty());
        let target = blocking(move || {
            let (account, secrets) = accounts.credentials(&id)?;
            let endpoint = accounts.summary(&account).endpoint;
            call_target(&account.name, &account.settings, endpoint, &secrets, domain)
        })
        .await?;
        let report = check_connection(self.http()?, target).await;
        let (outcome, clock_minutes) = match report.outcome {
            Outcome::Works => ("works", None),
            Outcome::WrongKey => ("wrong_key", None),
            Outcome::ClockOff { minutes } => (
                "clock_off",
                minutes.map(|m| m.clamp(-99_999, 99_999) as i32),
            ),
            Outcome::NoPermission => ("no_permission", None),
            Outcome::Unreachable => ("unreachable", None),
            Outcome::Other => ("other", None),
        };
        Ok(ConnectionCheck {
            outcome: outcome.into(),
            clock_minutes,
            message: report.message,
            hint: report.hint,
            vendor_code: report.vendor_code,
            request_id: report.request_id,
        })
    }

    pub async fn add_sandbox_accounts(&self) -> Result<Vec<AccountSummary>, ApiError> {
        let accounts = self.accounts.clone();
        blocking(move || accounts.add_sandbox_accounts(false)).await
    }
}
