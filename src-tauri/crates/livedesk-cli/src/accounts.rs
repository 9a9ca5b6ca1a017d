//! `livedesk-cli accounts list|add|edit|remove`: the app's own account code, on the same settings
//! file and the same keychain entries. Secrets come from stdin or a hidden prompt, never from
//! the command line (where they would land in shell history and `ps`).

use livedesk_i18n::t;
use std::collections::BTreeMap;
use std::io::{IsTerminal, Read, Write};
use std::sync::Arc;

use livedesk_core::accounts::{
    account_message_prefix, secret_fields, Accounts, KeyringSecretStore,
};
use livedesk_core::api::{AccountSummary, Vendor};
use livedesk_core::{ApiError, UserFacing};
use serde_json::{Map, Value};

use crate::data_folder::{self, WithDataDir};
use crate::output::{print_json, say};

pub type Args = WithDataDir<Command>;

#[derive(clap::Subcommand)]
pub enum Command {
    /// List accounts (secrets are never shown; only whether they are set).
    List {
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Add an account. Secrets are read as a JSON object on stdin, or asked for when stdin is a terminal.
    Add {
        /// huawei | naver | blendvision | alibaba
        #[arg(long)]
        vendor: String,
        /// Your name for the account.
        #[arg(long)]
        name: String,
        /// A non-secret setting as field=value, e.g. --set region=cn-north-4 --set project_id=…
        #[arg(long = "set", value_name = "FIELD=VALUE")]
        settings: Vec<String>,
    },
    /// Change an account's name or settings, by name or id. New keys are read as a JSON object
    /// on stdin (or asked for when stdin is a terminal; Enter keeps a key). Moving the account
    /// to an address its keys were not entered for needs every key again.
    Edit {
        account: String,
        /// A new name.
        #[arg(long)]
        name: Option<String>,
        /// A non-secret setting as field=value, e.g. --set endpoint=https://…
        #[arg(long = "set", value_name = "FIELD=VALUE")]
        settings: Vec<String>,
    },
    /// Add a practice account per vendor (they talk to the built-in sandbox; no keys needed).
    AddPractice,
    /// Remove an account (its keychain entry too), by name or id.
    Remove {
        account: String,
        /// Do not ask for confirmation.
        #[arg(long)]
        yes: bool,
    },
}

fn user_error(e: &impl UserFacing) -> String {
    let api = ApiError::from_error(e);
    match api.hint {
        Some(hint) => format!("{} {hint}", api.message),
        None => api.message,
    }
}

fn parse_vendor(raw: &str) -> Result<Vendor, String> {
    serde_json::from_value(Value::String(raw.to_lowercase()))
        .map_err(|_| t!("cli-unknown-vendor", vendor = raw))
}

/// `--set FIELD=VALUE` pairs into `form`; a secret field there is refused.
fn set_fields(
    vendor: Vendor,
    pairs: Vec<String>,
    form: &mut Map<String, Value>,
) -> Result<(), String> {
    for pair in pairs {
        let (field, value) = pair
            .split_once('=')
            .ok_or_else(|| t!("cli-set-expected-pair", pair = pair.as_str()))?;
        if secret_fields(vendor).iter().any(|f| f.id == field) {
            return Err(t!("cli-set-secret", field = field));
        }
        form.insert(field.to_owned(), Value::String(value.to_owned()));
    }
    Ok(())
}

/// Secrets from stdin; `editing`: empty stdin means none, and Enter at a prompt keeps a key.
fn read_secrets(vendor: Vendor, editing: bool) -> Result<BTreeMap<String, String>, String> {
    let stdin = std::io::stdin();
    if !stdin.is_terminal() {
        let mut text = String::new();
        stdin
            .lock()
            .read_to_string(&mut text)
            .map_err(|e| format!("stdin: {e}"))?;
        if editing && text.trim().is_empty() {
            return Ok(BTreeMap::new());
        }
        return serde_json::from_str(&text).map_err(|_| t!("cli-secrets-not-json"));
    }
    let mut secrets = BTreeMap::new();
    for field in secret_fields(vendor) {
        // The field's title as the account form shows it in this language.
        let message = format!("{}-f-{}", account_message_prefix(vendor), field.id);
        let title = livedesk_i18n::lookup(livedesk_i18n::language(), &message, None)
            .unwrap_or_else(|| field.title.to_owned());
        let prompt = if editing {
            t!("cli-prompt-keep", field = title)
        } else if field.required {
            t!("cli-prompt", field = title)
        } else {
            t!("cli-prompt-optional", field = title)
        };
        let value = rpassword::prompt_password(format!("{prompt} "))
            .map_err(|e| format!("{}: {e}", field.id))?;
        secrets.insert(field.id.to_owned(), value);
    }
    Ok(secrets)
}

/// `accounts edit`: the account's current settings with the `--set` ones over them (the
/// engine takes an account's settings whole), and any keys from stdin.
fn edit(
    accounts: &Accounts,
    wanted: &str,
    name: Option<String>,
    settings: Vec<String>,
) -> Result<(), String> {
    let found = accounts
        .list()
        .into_iter()
        .find(|a| a.id == wanted || a.name == wanted)
        .ok_or_else(|| format!("no account named or with id “{wanted}”"))?;
    let mut form = Map::new();
    if let Some(name) = name {
        form.insert("name".into(), Value::String(name));
    }
    if !settings.is_empty() {
        let current = accounts.get(&found.id).map_err(|e| user_error(&e))?;
        if let Value::Object(mut current) =
            serde_json::to_value(&current.settings).unwrap_or_default()
        {
            current.remove("vendor");
            form.extend(current.into_iter().filter(|(_, v)| !v.is_null()));
        }
        set_fields(found.vendor, settings, &mut form)?;
    }
    for (field, value) in read_secrets(found.vendor, true)? {
        form.insert(field, Value::String(value));
    }
    let saved = accounts
        .update(&found.id, Value::Object(form))
        .map_err(|e| user_error(&e))?;
    say!(
        "cli-account-saved",
        name = saved.name.as_str(),
        endpoint = saved.endpoint.as_str()
    );
    Ok(())
}

fn added(account: &AccountSummary) {
    say!(
        "cli-account-added",
        name = account.name.as_str(),
        id = account.id.as_str()
    );
}

// The dispatch of the `accounts` subcommands: one short arm per subcommand.
#[allow(clippy::too_many_lines)]
pub fn run(args: Args) -> Result<(), String> {
    let dir = data_folder::open(args.data)?;
    let store = data_folder::settings(&dir)?;
    let accounts = Accounts::new(Arc::new(store), Arc::new(KeyringSecretStore));
    match args.command {
        Command::List { json } => {
            let list = accounts.list();
            if json {
                print_json(&list, "summaries serialise");
                return Ok(());
            }
            if list.is_empty() {
                say!("cli-no-accounts");
            }
            for a in list {
                let secrets: Vec<String> = a
                    .secrets
                    .iter()
                    .filter(|s| s.set)
                    .map(|s| {
                        format!(
                            "{} {}",
                            s.field,
                            s.last4
                                .as_deref()
                                .map(|l| format!("…{l}"))
                                .unwrap_or_else(|| t!("cli-secret-set"))
                        )
                    })
                    .collect();
                let practice = if a.sandbox {
                    format!("  [{}]", t!("cli-practice"))
                } else {
                    String::new()
                };
                println!(
                    "{}  {}  {}  {}  {}{practice}",
                    a.id,
                    a.name,
                    a.vendor_title,
                    a.region,
                    secrets.join(", ")
                );
            }
            Ok(())
        }
        Command::Add {
            vendor,
            name,
            settings,
        } => {
            let vendor = parse_vendor(&vendor)?;
            let mut form = Map::new();
            form.insert("name".into(), Value::String(name));
            set_fields(vendor, settings, &mut form)?;
            for (field, value) in read_secrets(vendor, false)? {
                form.insert(field, Value::String(value));
            }
            let created = accounts
                .create(vendor, Value::Object(form))
                .map_err(|e| user_error(&e))?;
            added(&created);
            Ok(())
        }
        Command::Edit {
            account,
            name,
            settings,
        } => edit(&accounts, &account, name, settings),
        Command::AddPractice => {
            let practice = accounts
                .add_sandbox_accounts(false)
                .map_err(|e| user_error(&e))?;
            for a in &practice {
                added(a);
            }
            if practice.is_empty() {
                say!("cli-practice-exist");
            }
            Ok(())
        }
        Command::Remove { account, yes } => {
            let list = accounts.list();
            let found = list
                .iter()
                .find(|a| a.id == account || a.name == account)
                .ok_or_else(|| t!("cli-no-such-account", account = account.as_str()))?;
            if !yes {
                if !std::io::stdin().is_terminal() {
                    return Err(t!("cli-remove-needs-yes"));
                }
                print!("{} ", t!("cli-remove-confirm", name = found.name.as_str()));
                std::io::stdout().flush().ok();
                let mut answer = String::new();
                std::io::stdin()
                    .read_line(&mut answer)
                    .map_err(|e| e.to_string())?;
                if !answer.trim().eq_ignore_ascii_case("y") {
                    say!("cli-kept");
                    return Ok(());
                }
            }
            accounts.delete(&found.id).map_err(|e| user_error(&e))?;
            say!("cli-account-removed", name = found.name.as_str());
            Ok(())
        }
    }
}
