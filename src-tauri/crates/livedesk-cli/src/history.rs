//! `livedesk-cli history list|show`: the app's call history (same file).

use livedesk_i18n::t;
use std::sync::Arc;

use livedesk_core::accounts::KeyringSecretStore;
use livedesk_core::Engine;
use livedesk_history::History;

use crate::data_folder::{self, WithDataDir};
use crate::output::{note, print_json, say};

pub type Args = WithDataDir<Command>;

#[derive(clap::Subcommand)]
pub enum Command {
    /// Past calls, newest first.
    List {
        #[arg(long)]
        account: Option<String>,
        #[arg(long)]
        op: Option<String>,
        /// Only entries whose summary, operation, account or request id contains this.
        #[arg(long)]
        text: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// One past call in full (secrets were never recorded).
    Show { id: u32 },
}

pub fn run(args: Args) -> Result<(), String> {
    let dir = data_folder::open(args.data)?;
    let store = data_folder::settings(&dir)?;
    let (history, set_aside) =
        History::open(data_folder::history_file(&dir)).map_err(|e| e.to_string())?;
    if let Some(s) = set_aside {
        note!(
            "cli-history-set-aside",
            reason = s.reason.to_string(),
            backup = s.backup_path.display().to_string()
        );
    }
    let engine = Engine::new(Arc::new(store), Arc::new(KeyringSecretStore)).with_history(history);
    crate::call::tell_notices(&engine);
    let runtime = tokio::runtime::Runtime::new().map_err(|e| e.to_string())?;
    runtime.block_on(async {
        match args.command {
            Command::List {
                account,
                op,
                text,
                json,
            } => {
                let account_id = match account {
                    None => None,
                    Some(a) => Some(
                        engine
                            .accounts()
                            .list()
                            .into_iter()
                            .find(|s| s.id == a || s.name == a)
                            .map(|s| s.id)
                            .ok_or_else(|| {
                                t!("cli-no-such-account-option", account = a.as_str())
                            })?,
                    ),
                };
                let items = engine
                    .list_history(account_id, op, text)
                    .await
                    .map_err(|e| e.message)?;
                if json {
                    print_json(&items, "history serialises");
                    return Ok(());
                }
                if items.is_empty() {
                    say!("cli-no-calls");
                }
                for i in items {
                    let first = i
                        .summary
                        .first()
                        .cloned()
                        .or(i.error_code.map(|c| c.to_string()))
                        .unwrap_or_default();
                    let outcome = outcome_words(i.outcome);
                    println!(
                        "#{}  {}  {}  {}  {outcome}  {first}",
                        i.id, i.at as i64, i.account_name, i.operation
                    );
                }
                Ok(())
            }
            Command::Show { id } => {
                let entry = engine.history_entry(id).await.map_err(|e| e.message)?;
                print_json(&entry, "entries serialise");
                Ok(())
            }
        }
    })
}

/// The outcome as the list says it.
fn outcome_words(outcome: livedesk_history::Outcome) -> String {
    use livedesk_history::Outcome;
    t!(match outcome {
        Outcome::Ok => "cli-outcome-ok",
        Outcome::VendorError => "cli-outcome-vendor-error",
        Outcome::Failed => "cli-outcome-failed",
        Outcome::Rejected => "cli-outcome-rejected",
        Outcome::Sending => "cli-outcome-sending",
        Outcome::Unknown => "cli-outcome-unknown",
    })
}
