//! Accounts: create, edit, delete, list — settings in the settings store, secrets in the
//! keychain, and the UI only ever shown [`AccountSummary`].

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex, RwLock};

use serde::{Deserialize, Serialize};
use serde_json::Value;

use livedesk_operations::FieldProblem;

use super::binding::{allows, binding_for, describe, describe_endpoint, first_binding};
use super::error::AccountError;
use super::form::{account_message_prefix, split_form, vendor_title, VENDORS};
use super::sandbox::{sandbox_account, sandbox_secrets};
use super::secrets::{last4, secret_fields, SecretStatus, SecretStore, Secrets};
use super::settings::AccountSettings;
use super::store::SettingsStore;
use crate::api::{AccountSummary, Vendor};

const ACCOUNTS_KEY: &str = "accounts";
const SANDBOX_OFFERED_KEY: &str = "sandbox_accounts_offered";

/// One account as kept in the settings store: never a secret, only which are set.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Account {
    pub id: String,
    pub name: String,
    pub settings: AccountSettings,
    /// Secret field → its last 4 characters ("" when too short to show any).
    #[serde(default)]
    pub secret_hints: BTreeMap<String, String>,
    #[serde(default)]
    pub sandbox: bool,
}

pub struct Accounts {
    settings: Arc<dyn SettingsStore>,
    secrets: Arc<dyn SecretStore>,
    /// One change at a time, so two saves cannot interleave their read-modify-write.
    write: Mutex<()>,
    sandbox_url: RwLock<Option<String>>,
}

fn new_id() -> String {
    let mut bytes = [0u8; 8];
    getrandom::fill(&mut bytes).expect("the OS has a random source");
    format!("acc_{}", hex::encode(bytes))
}

fn clean_name(name: &str) -> Result<String, AccountError> {
    let name = name.trim();
    if name.is_empty() {
        return Err(AccountError::invalid("name", "accounts-invalid-required"));
    }
    if name.chars().count() > 80 {
        return Err(AccountError::invalid(
            "name",
            "accounts-invalid-name-too-long",
        ));
    }
    Ok(name.to_owned())
}

impl Accounts {
    pub fn new(settings: Arc<dyn SettingsStore>, secrets: Arc<dyn SecretStore>) -> Self {
        Accounts {
            settings,
            secrets,
            write: Mutex::new(()),
            sandbox_url: RwLock::new(None),
        }
    }

    /// Where Sandbox accounts send their calls (the sandbox's port changes every start).
    pub fn set_sandbox_url(&self, url: Option<String>) {
        *self.sandbox_url.write().unwrap() = url;
    }

    fn stored(&self) -> Vec<Account> {
        // Entries that no longer parse are skipped rather than failing the whole list.
        self.settings
            .get(ACCOUNTS_KEY)
            .and_then(|v| v.as_array().cloned())
            .unwrap_or_default()
            .into_iter()
            .filter_map(|v| serde_json::from_value(v).ok())
            .collect()
    }

    fn store(&self, accounts: &[Account]) -> Result<(), AccountError> {
        self.settings.set(
            ACCOUNTS_KEY,
            serde_json::to_value(accounts).expect("accounts serialise"),
        )
    }

    pub fn summary(&self, account: &Account) -> AccountSummary {
        let settings = match (&account.sandbox, self.sandbox_url.read().unwrap().as_ref()) {
            (true, Some(url)) => account.settings.clone().with_endpoint(url.clone()),
            _ => account.settings.clone(),
        };
        let secrets = secret_fields(account.settings.vendor())
            .iter()
            .map(|f| {
                let hint = account.secret_hints.get(f.id);
                SecretStatus {
                    field: f.id.into(),
                    title: f.title.into(),
                    set: hint.is_some(),
                    last4: hint.filter(|h| !h.is_empty()).cloned(),
                }
            })
            .collect();
        AccountSummary {
            id: account.id.clone(),
            name: account.name.clone(),
            vendor: account.settings.vendor(),
            vendor_title: vendor_title(account.settings.vendor()),
            region: account.settings.region().into(),
            endpoint: settings.endpoint(),
            sandbox: account.sandbox,
            settings,
            secrets,
        }
    }

    pub fn list(&self) -> Vec<AccountSummary> {
        self.stored().iter().map(|a| self.summary(a)).collect()
    }

    pub fn get(&self, id: &str) -> Result<Account, AccountError> {
        self.stored()
            .into_iter()
            .find(|a| a.id == id)
            .ok_or_else(|| AccountError::NotFound(id.into()))
    }

    fn check_unique(
        accounts: &[Account],
        name: &str,
        except: Option<&str>,
    ) -> Result<(), AccountError> {
        let taken = accounts
            .iter()
            .any(|a| Some(a.id.as_str()) != except && a.name.to_lowercase() == name.to_lowercase());
        if taken {
            return Err(AccountError::DuplicateName(name.into()));
        }
        Ok(())
    }

    fn hints(secrets: &Secrets) -> BTreeMap<String, String> {
        secrets
            .fields()
            .map(|f| {
                (
                    f.to_owned(),
                    secrets.get(f).and_then(last4).unwrap_or_default(),
                )
            })
            .collect()
    }

    /// Creates an account from a filled account form of `vendor`.
    pub fn create(&self, vendor: Vendor, form: Value) -> Result<AccountSummary, AccountError> {
        let filled = split_form(vendor, form, true)?;
        let name = clean_name(filled.name.as_deref().unwrap_or_default())?;
        let settings = filled
            .settings
            .ok_or_else(|| {
                AccountError::invalid(
                    super::form::first_setting(vendor),
                    "accounts-invalid-required",
                )
            })?
            .normalized()?;
        let mut secrets = Secrets::from_input(vendor, filled.secrets, true)?;
        secrets.bind(binding_for(vendor, &settings.endpoint()));
        let _guard = self.write.lock().unwrap();
        let mut accounts = self.stored();
        Self::check_unique(&accounts, &name, None)?;
        let account = Account {
            id: new_id(),
            name,
            settings,
            secret_hints: Self::hints(&secrets),
            sandbox: false,
        };
        self.secrets.save(&account.id, &secrets)?;
        accounts.push(account.clone());
        if let Err(e) = self.store(&accounts) {
            // Keep keychain and settings in step: no orphan secret for an account never saved.
            let _ = self.secrets.delete(&account.id);
            return Err(e);
        }
        Ok(self.summary(&account))
    }

    /// Changes name, settings and/or replaces secrets; secret fields left empty keep their value.
    pub fn update(&self, id: &str, form: Value) -> Result<AccountSummary, AccountError> {
        let _guard = self.write.lock().unwrap();
        let mut accounts = self.stored();
        let index = accounts
            .iter()
            .position(|a| a.id == id)
            .ok_or_else(|| AccountError::NotFound(id.into()))?;
        let vendor = accounts[index].settings.vendor();
        let filled = split_form(vendor, form, false)?;
        let mut account = accounts[index].clone();
        if let Some(name) = filled.name {
            let name = clean_name(&name)?;
            Self::check_unique(&accounts, &name, Some(id))?;
            account.name = name;
        }
        let settings_changed = filled.settings.is_some();
        if let Some(settings) = filled.settings {
            if account.sandbox {
                return Err(AccountError::invalid(
                    "endpoint",
                    "accounts-invalid-practice-endpoint",
                ));
            }
            account.settings = settings.normalized()?;
        }
        let replacement = Secrets::from_input(vendor, filled.secrets, false)?;
        let changes_keys = replacement.fields().next().is_some();
        let mut previous = None;
        if account.sandbox && changes_keys {
            return Err(AccountError::invalid(
                "access_key",
                "accounts-invalid-practice-keys",
            ));
        }
        // The keychain is opened only when keys change or the address does (a rename or a
        // region alone never prompts for it).
        let moved =
            settings_changed && account.settings.endpoint() != accounts[index].settings.endpoint();
        if !account.sandbox && (changes_keys || moved) {
            let stored = self.secrets.load(id)?.unwrap_or_default();
            if let Some(secrets) = Self::rekeyed(&account, &accounts[index], &stored, replacement)?
            {
                self.secrets.save(id, &secrets)?;
                account.secret_hints = Self::hints(&secrets);
                previous = Some(stored);
            }
        }
        accounts[index] = account.clone();
        if let Err(e) = self.store(&accounts) {
            // The settings still describe the old keys: put them back, so the two agree.
            if let Some(previous) = previous {
                let _ = self.secrets.save(id, &previous);
            }
            return Err(e);
        }
        Ok(self.summary(&account))
    }

    /// The keys to save after an edit, or `None` when the keychain entry stays as it is.
    /// Moving the account outside the address its keys were entered for (`binding.rs`)
    /// takes every required key entered again; the old ones are not carried over.
    fn rekeyed(
        account: &Account,
        before: &Account,
        stored: &Secrets,
        replacement: Secrets,
    ) -> Result<Option<Secrets>, AccountError> {
        let vendor = account.settings.vendor();
        let endpoint = account.settings.endpoint();
        let still_allowed = match stored.bound_to() {
            Some(binding) => allows(binding, &endpoint),
            None => first_binding(vendor, &endpoint).is_some(),
        };
        let moved = endpoint != before.settings.endpoint();
        if replacement.fields().next().is_none() && (still_allowed || !moved) {
            return Ok(None);
        }
        let mut secrets = if still_allowed {
            let mut merged = stored.duplicate();
            merged.merge(replacement);
            merged
        } else {
            let was = stored
                .bound_to()
                .map_or_else(|| describe_endpoint(&before.settings.endpoint()), describe);
            let now = describe_endpoint(&endpoint);
            let missing: Vec<FieldProblem> = secret_fields(vendor)
                .iter()
                .filter(|f| f.required && replacement.get(f.id).is_none())
                .map(|f| {
                    // The field's title as the form shows it in this language.
                    let message = format!("{}-f-{}", account_message_prefix(vendor), f.id);
                    let title = livedesk_i18n::lookup(livedesk_i18n::language(), &message, None)
                        .unwrap_or_else(|| f.title.to_owned());
                    FieldProblem::new(
                        f.id,
                        livedesk_i18n::t!(
                            "accounts-enter-key-again",
                            field = title,
                            was = was.as_str(),
                            now = now.as_str()
                        ),
                    )
                })
                .collect();
            if !missing.is_empty() {
                return Err(AccountError::Form(missing));
            }
            replacement
        };
        if let Some(missing) = secret_fields(vendor)
            .iter()
            .find(|f| f.required && secrets.get(f.id).is_none())
        {
            return Err(AccountError::invalid(
                missing.id,
                "accounts-invalid-required",
            ));
        }
        if secrets.bound_to().is_none() || !still_allowed {
            secrets.bind(binding_for(vendor, &endpoint));
        }
        Ok(Some(secrets))
    }

    /// Either both go or neither: the settings are saved without the account first (a
    /// settings file that cannot be written leaves the account and its keys whole), then the
    /// keychain entry is deleted; if the keychain refuses, the account is put back.
    pub fn delete(&self, id: &str) -> Result<(), AccountError> {
        let _guard = self.write.lock().unwrap();
        let accounts = self.stored();
        let account = accounts
            .iter()
            .find(|a| a.id == id)
            .ok_or_else(|| AccountError::NotFound(id.into()))?;
        let sandbox = account.sandbox;
        let remaining: Vec<Account> = accounts.iter().filter(|a| a.id != id).cloned().collect();
        self.store(&remaining)?;
        if !sandbox {
            if let Err(e) = self.secrets.delete(id) {
                let _ = self.store(&accounts);
                return Err(e);
            }
        }
        Ok(())
    }

    /// The account and its secrets, for signing one call.
    pub fn credentials(&self, id: &str) -> Result<(Account, Secrets), AccountError> {
        let account = self.get(id)?;
        if account.sandbox {
            return Ok((account.clone(), sandbox_secrets(account.settings.vendor())));
        }
        let mut secrets = self
            .secrets
            .load(id)?
            .ok_or_else(|| AccountError::SecretsMissing(account.name.clone()))?;
        self.check_binding(&account, &mut secrets)?;
        Ok((account, secrets))
    }

    /// Keys go only where they were entered, whatever the settings file says now. Keys of an
    /// older version are bound at first use on the vendor's own domain, refused elsewhere.
    fn check_binding(&self, account: &Account, secrets: &mut Secrets) -> Result<(), AccountError> {
        let endpoint = account.settings.endpoint();
        let entered_for = match secrets.bound_to() {
            Some(binding) if allows(binding, &endpoint) => return Ok(()),
            Some(binding) => Some(describe(binding)),
            None => match first_binding(account.settings.vendor(), &endpoint) {
                Some(binding) => {
                    secrets.bind(binding);
                    return self.secrets.save(&account.id, secrets);
                }
                None => None,
            },
        };
        tracing::warn!(
            account = account.id.as_str(),
            "keys refused for an address they were not entered for"
        );
        Err(AccountError::SecretsBoundElsewhere {
            account: account.name.clone(),
            entered_for,
            now: describe_endpoint(&endpoint),
        })
    }

    /// Adds a practice account per vendor that has none. With `only_first_time`, does so only
    /// once per installation, so accounts the producer deleted do not come back by themselves.
    pub fn add_sandbox_accounts(
        &self,
        only_first_time: bool,
    ) -> Result<Vec<AccountSummary>, AccountError> {
        let _guard = self.write.lock().unwrap();
        if only_first_time && self.settings.get(SANDBOX_OFFERED_KEY) == Some(Value::Bool(true)) {
            return Ok(Vec::new());
        }
        let mut accounts = self.stored();
        let mut added = Vec::new();
        for vendor in VENDORS {
            if accounts
                .iter()
                .any(|a| a.sandbox && a.settings.vendor() == vendor)
            {
                continue;
            }
            let mut account = sandbox_account(vendor, new_id());
            while accounts
                .iter()
                .any(|a| a.name.to_lowercase() == account.name.to_lowercase())
            {
                account.name =
                    livedesk_i18n::t!("accounts-practice-name", name = account.name.as_str());
            }
            accounts.push(account.clone());
            added.push(account);
        }
        self.store(&accounts)?;
        self.settings.set(SANDBOX_OFFERED_KEY, Value::Bool(true))?;
        Ok(added.iter().map(|a| self.summary(a)).collect())
    }
}
