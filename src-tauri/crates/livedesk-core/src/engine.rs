//! The engine behind every command, shared by the app window and `livedesk-cli`.

use std::sync::{Arc, Mutex, OnceLock};

use livedesk_http::{check_connection, Client, ClientConfig, Outcome};

use serde_json::Value;

use crate::accounts::{
    account_form, call_target, AccountError, AccountForm, Accounts, SecretStore, SettingsStore,
    VENDORS,
};
use crate::api::{AccountSummary, AppInfo, ConnectionCheck, FirstScreen, Lang, Vendor};
use crate::calls::{
    self, CallReview, CurrentSettings, FieldChange, InFlight, OperationMemory, OperationSummary,
    PickerChoice,
};
use crate::error::{ApiError, CoreError};
use crate::history::{HistoryDetail, HistoryItem, ReplayPlan, RetentionSettings};
use crate::notice::Notice;
use crate::perf::{BenchmarkRun, PerfLog, PerfMark};
use crate::sealed::Sealed;

mod send;
use livedesk_history::{Filter, History};
use livedesk_secrets::{mask_stream_keys, Secret};

pub struct Engine {
    accounts: Arc<Accounts>,
    settings: Arc<dyn SettingsStore>,
    memory: OperationMemory,
    in_flight: InFlight,
    history: Option<Arc<History>>,
    /// Built on first use: loading the platform's TLS roots is not start-up work.
    http: OnceLock<Client>,
    notices: Mutex<Vec<Notice>>,
    benchmark: Option<(PerfLog, BenchmarkRun)>,
    /// The stream keys the window was shown masked, this session (see [`Sealed`]).
    sealed: Sealed,
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

/// The settings key of the window's language choice.
const LANGUAGE_KEY: &str = "language";

impl Engine {
    pub fn new(settings: Arc<dyn SettingsStore>, secrets: Arc<dyn SecretStore>) -> Self {
        Engine {
            accounts: Arc::new(Accounts::new(settings.clone(), secrets)),
            settings,
            memory: OperationMemory::new(),
            in_flight: InFlight::default(),
            history: None,
            http: OnceLock::new(),
            notices: Mutex::new(Vec::new()),
            benchmark: None,
            sealed: Sealed::default(),
        }
    }

    /// Where calls are recorded; without one, calls are sent but not kept.
    /// Changes an earlier run left without an answer are told on the home screen.
    pub fn with_history(mut self, history: History) -> Self {
        {
            let mut notices = self.notices.lock().unwrap();
            for entry in history.interrupted() {
                let entry = entry.clone();
                let notice = Notice::new(move || crate::history::interrupted_notice(&entry));
                tracing::warn!(notice = ?notice, "notice");
                notices.push(notice);
            }
        }
        self.history = Some(Arc::new(history));
        self
    }

    /// A run driven by the performance benchmark: marks go to `marks`.
    pub fn with_benchmark(mut self, marks: PerfLog, run: BenchmarkRun) -> Self {
        self.benchmark = Some((marks, run));
        self
    }

    /// The benchmark's mark file, when this is a benchmark run.
    pub fn perf_log(&self) -> Option<&PerfLog> {
        self.benchmark.as_ref().map(|(log, _)| log)
    }

    pub fn accounts(&self) -> &Accounts {
        &self.accounts
    }

    /// Something the producer must be told on the home screen.
    /// The same problem (by code) is told once: a history that cannot be written fails every
    /// call the same way. It is worded when the window asks (in the language of that moment).
    pub fn add_notice(&self, notice: Notice) {
        let mut notices = self.notices.lock().unwrap();
        if notices.iter().any(|n| n.code() == notice.code()) {
            return;
        }
        tracing::warn!(notice = ?notice, "notice");
        notices.push(notice);
    }

    /// Speaks the language chosen in the window before, else the system's (the app calls
    /// this once at start; the language is the process's, see `livedesk-i18n`).
    pub fn apply_saved_language(&self) -> Lang {
        let saved = self
            .settings
            .get(LANGUAGE_KEY)
            .and_then(|v| serde_json::from_value::<Lang>(v).ok());
        let lang = saved.unwrap_or_else(Lang::system);
        livedesk_i18n::set_language(lang);
        lang
    }

    /// The window's language choice: the engine speaks it from now on, and at the next start.
    pub async fn set_language(&self, language: Lang) -> Result<(), ApiError> {
        livedesk_i18n::set_language(language);
        let settings = self.settings.clone();
        blocking(move || settings.set(LANGUAGE_KEY, serde_json::json!(language))).await
    }

    fn info(&self) -> AppInfo {
        AppInfo {
            language: livedesk_i18n::language(),
            name: "Livedesk".into(),
            version: env!("CARGO_PKG_VERSION").into(),
            notices: self
                .notices
                .lock()
                .unwrap()
                .iter()
                .map(Notice::word)
                .collect(),
            benchmark: self.benchmark.as_ref().map(|(_, run)| run.clone()),
        }
    }

    pub async fn app_info(&self) -> Result<AppInfo, ApiError> {
        Ok(self.info())
    }

    pub async fn list_accounts(&self) -> Result<Vec<AccountSummary>, ApiError> {
        let accounts = self.accounts.clone();
        blocking(move || Ok(accounts.list())).await
    }

    /// The first screen as it is now; quick (settings only, no keychain), so the window can be
    /// given it when it is created.
    pub fn first_screen_now(&self) -> FirstScreen {
        FirstScreen {
            info: self.info(),
            accounts: self.accounts.list(),
        }
    }

    pub async fn first_screen(&self) -> Result<FirstScreen, ApiError> {
        Ok(FirstScreen {
            info: self.info(),
            accounts: self.list_accounts().await?,
        })
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
        let created = blocking(move || accounts.create(vendor, form)).await;
        match &created {
            Ok(a) => tracing::info!(account = %a.id, ?vendor, "account created"),
            Err(e) => tracing::info!(?vendor, code = %e.code, "account not created"),
        }
        created
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
        let account = id.clone();
        let deleted = blocking(move || accounts.delete(&id)).await;
        match &deleted {
            Ok(()) => tracing::info!(%account, "account deleted"),
            Err(e) => tracing::warn!(%account, code = %e.code, "account not deleted"),
        }
        deleted
    }

    fn http(&self) -> Result<&Client, ApiError> {
        if let Some(client) = self.http.get() {
            return Ok(client);
        }
        let client = Client::new(ClientConfig::default())
            .map_err(|e| ApiError::new(e.code(), e.to_string(), e.hint()))?;
        Ok(self.http.get_or_init(|| client))
    }

    /// The account's target for one call: settings, resolved endpoint, keychain secrets.
    async fn target(
        &self,
        id: String,
        huawei_domain: Option<String>,
    ) -> Result<livedesk_http::Target, ApiError> {
        let accounts = self.accounts.clone();
        blocking(move || {
            let (account, secrets) = accounts.credentials(&id)?;
            let endpoint = accounts.summary(&account).endpoint;
            call_target(
                &account.name,
                &account.settings,
                endpoint,
                &secrets,
                huawei_domain,
            )
        })
        .await
    }

    pub async fn check_connection(
        &self,
        id: String,
        huawei_domain: Option<String>,
    ) -> Result<ConnectionCheck, ApiError> {
        let domain = huawei_domain
            .map(|d| d.trim().to_owned())
            .filter(|d| !d.is_empty());
        let target = self.target(id, domain).await?;
        let report = check_connection(self.http()?, target).await;
        // A number JavaScript holds exactly, whatever the vendor's clock says.
        let outcome = match report.outcome {
            Outcome::ClockOff { minutes } => Outcome::ClockOff {
                minutes: minutes.map(|m| m.clamp(-99_999, 99_999)),
            },
            other => other,
        };
        Ok(ConnectionCheck {
            outcome,
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

    pub async fn perf_mark(
        &self,
        name: String,
        at_unix_ms: f64,
        duration_ms: Option<f64>,
    ) -> Result<(), ApiError> {
        let Some(log) = self.perf_log() else {
            return Ok(());
        };
        let name: String = name.chars().take(120).collect();
        log.write(&PerfMark {
            name,
            at_unix_ms,
            duration_ms,
            text: None,
        })
        .map_err(|e| CoreError::Internal(format!("benchmark mark file: {e}")).into())
    }
}

const DRAFTS_KEY: &str = "drafts";
const RETENTION_KEY: &str = "history_retention";

impl Engine {
    pub async fn list_operations(&self) -> Result<Vec<OperationSummary>, ApiError> {
        Ok(calls::operations())
    }

    pub async fn review_call(
        &self,
        account_id: String,
        operation: String,
        input: Value,
    ) -> Result<CallReview, ApiError> {
        let input = self.sealed.unseal(&account_id, &operation, &input)?;
        let target = self.target(account_id, None).await?;
        let prepared = calls::prepare_call(&operation, &input, &target)?;
        let facts =
            livedesk_operations::review_facts(self.http()?, &target, &prepared, &self.memory).await;
        Ok(calls::review_with(&prepared, facts))
    }

    /// The account's target, its name, and its secrets (only to keep them out of history).
    async fn call_context(
        &self,
        id: String,
    ) -> Result<(livedesk_http::Target, String, Vec<Secret>), ApiError> {
        let accounts = self.accounts.clone();
        blocking(move || {
            let (account, secrets) = accounts.credentials(&id)?;
            let endpoint = accounts.summary(&account).endpoint;
            let values = secrets
                .fields()
                .filter_map(|f| secrets.get(f))
                .map(|v| Secret::from(v.to_owned()))
                .collect();
            let target = call_target(&account.name, &account.settings, endpoint, &secrets, None)?;
            Ok((target, account.name, values))
        })
        .await
    }

    pub async fn load_current(
        &self,
        account_id: String,
        operation: String,
        key_input: Value,
    ) -> Result<CurrentSettings, ApiError> {
        let target = self.target(account_id.clone(), None).await?;
        let state =
            livedesk_operations::load_current(self.http()?, &target, &operation, &key_input)
                .await
                .map_err(|e| calls::op_error(&e))?;
        Ok(CurrentSettings {
            input: self.sealed.seal(&account_id, &operation, state.input),
            summary: state.summary.iter().map(|s| mask_stream_keys(s)).collect(),
            notes: state.notes,
        })
    }

    pub async fn diff_call(
        &self,
        operation: String,
        before: Value,
        after: Value,
    ) -> Result<Vec<FieldChange>, ApiError> {
        // Compared as they will be sent, shown masked.
        let (before, after) = (
            self.sealed.unseal_known(None, &operation, &before),
            self.sealed.unseal_known(None, &operation, &after),
        );
        Ok(calls::changes(&operation, &before, &after)
            .into_iter()
            .map(crate::sealed::masked_change)
            .collect())
    }

    pub async fn field_choices(
        &self,
        account_id: String,
        operation: String,
        field: String,
        input: Value,
    ) -> Result<Vec<PickerChoice>, ApiError> {
        let input = self
            .sealed
            .unseal_known(Some(&account_id), &operation, &input);
        let target = self.target(account_id, None).await?;
        let choices =
            livedesk_operations::field_choices(self.http()?, &target, &operation, &field, &input)
                .await
                .map_err(|e| calls::op_error(&e))?;
        Ok(choices
            .into_iter()
            .map(|c| PickerChoice {
                value: c.value,
                label: c.label,
                detail: c.detail,
            })
            .collect())
    }

    fn history(&self) -> Result<Arc<History>, ApiError> {
        self.history.clone().ok_or_else(|| {
            ApiError::new(
                crate::error::ErrorCode::HistoryUnavailable,
                livedesk_i18n::t!("core-history-unavailable"),
                Some(livedesk_i18n::t!("core-history-unavailable-hint")),
            )
        })
    }

    pub async fn list_history(
        &self,
        account_id: Option<String>,
        operation: Option<String>,
        text: Option<String>,
    ) -> Result<Vec<HistoryItem>, ApiError> {
        let history = self.history()?;
        let filter = Filter {
            account_id,
            operation,
            text,
            ..Filter::default()
        };
        tokio::task::spawn_blocking(move || history.search(&filter))
            .await
            .map_err(|e| ApiError::from(CoreError::Internal(e.to_string())))?
            .map(|items| items.into_iter().map(crate::history::item).collect())
            .map_err(|e| crate::history::history_error(&e))
    }

    pub async fn history_entry(&self, id: u32) -> Result<HistoryDetail, ApiError> {
        let history = self.history()?;
        tokio::task::spawn_blocking(move || history.get(id.into()))
            .await
            .map_err(|e| ApiError::from(CoreError::Internal(e.to_string())))?
            .map(crate::history::detail)
            .map(crate::sealed::masked_detail)
            .map_err(|e| crate::history::history_error(&e))
    }

    pub async fn history_retention(&self) -> Result<RetentionSettings, ApiError> {
        Ok(self.retention())
    }

    fn retention(&self) -> RetentionSettings {
        self.settings
            .get(RETENTION_KEY)
            .and_then(|v| serde_json::from_value(v).ok())
            .unwrap_or_else(|| livedesk_history::Retention::default().into())
    }

    /// Applies the stored retention (at start, and after each change of it).
    pub async fn apply_retention(&self) -> Result<u32, ApiError> {
        let history = self.history()?;
        let retention: livedesk_history::Retention = self.retention().into();
        tokio::task::spawn_blocking(move || {
            history.apply_retention(&retention, livedesk_history::now_ms())
        })
        .await
        .map_err(|e| ApiError::from(CoreError::Internal(e.to_string())))?
        .map(|n| u32::try_from(n).unwrap_or(u32::MAX))
        .map_err(|e| crate::history::history_error(&e))
    }

    pub async fn set_history_retention(
        &self,
        retention: RetentionSettings,
    ) -> Result<u32, ApiError> {
        for (field, value) in [
            ("max_entries", retention.max_entries),
            ("max_age_days", retention.max_age_days),
        ] {
            if value == Some(0) {
                return Err(CoreError::InvalidInput {
                    field: field.into(),
                    problem: livedesk_i18n::t!("core-at-least-one"),
                }
                .into());
            }
        }
        let settings = self.settings.clone();
        blocking(move || {
            settings.set(
                RETENTION_KEY,
                serde_json::to_value(retention).expect("retention serialises"),
            )
        })
        .await?;
        self.apply_retention().await
    }

    pub async fn plan_replay(&self, id: u32, undo: bool) -> Result<ReplayPlan, ApiError> {
        let history = self.history()?;
        tokio::task::spawn_blocking(move || {
            if undo {
                history.plan_undo(id.into())
            } else {
                history.plan_send_again(id.into())
            }
        })
        .await
        .map_err(|e| ApiError::from(CoreError::Internal(e.to_string())))?
        .map(crate::history::plan)
        .map(|plan| ReplayPlan {
            input: self
                .sealed
                .seal(&plan.account_id, &plan.operation, plan.input),
            ..plan
        })
        .map_err(|e| crate::history::history_error(&e))
    }

    /// Keeps what the producer typed, per account and operation, across restarts.
    pub async fn save_draft(
        &self,
        account_id: String,
        operation: String,
        input: Value,
    ) -> Result<(), ApiError> {
        let settings = self.settings.clone();
        blocking(move || {
            let mut drafts = settings
                .get(DRAFTS_KEY)
                .and_then(|v| v.as_object().cloned())
                .unwrap_or_default();
            drafts.insert(format!("{account_id}/{operation}"), input);
            settings.set(DRAFTS_KEY, Value::Object(drafts))
        })
        .await
    }

    pub async fn load_draft(
        &self,
        account_id: String,
        operation: String,
    ) -> Result<Option<Value>, ApiError> {
        let drafts = self.settings.get(DRAFTS_KEY);
        let draft = drafts.and_then(|d| d.get(format!("{account_id}/{operation}")).cloned());
        Ok(draft.map(|input| self.sealed.seal(&account_id, &operation, input)))
    }
}
