//! `livedesk-cli call`: the app's own path for one operation — validate, review, sign, send,
//! explain — on the app's accounts. Practice accounts talk to a sandbox started here (or to
//! the one at `LIVEDESK_SANDBOX_URL`).

use livedesk_i18n::t;
use std::path::PathBuf;
use std::sync::Arc;

use livedesk_core::accounts::KeyringSecretStore;
use livedesk_core::{ApiError, Engine};
use livedesk_history::History;
use livedesk_sandbox::{Sandbox, SandboxConfig};
use serde_json::Value;

use crate::data_folder::{self, DataDir};
use crate::output::{note, print_json, say};

#[derive(clap::Args)]
pub struct Args {
    /// The account, by name or id (see `livedesk-cli accounts list`).
    #[arg(long)]
    account: String,
    /// The operation id, e.g. huawei.stream_backup (see `livedesk-cli operations`).
    #[arg(long)]
    op: String,
    /// A JSON file with the form's input (`-` for stdin).
    #[arg(long)]
    input: PathBuf,
    /// Only check the input and show the request that would be sent.
    #[arg(long)]
    dry_run: bool,
    /// Print the result as JSON.
    #[arg(long)]
    json: bool,
    #[command(flatten)]
    data: DataDir,
}

/// What the window would show on its home screen (e.g. a change whose answer never came).
pub fn tell_notices(engine: &Engine) {
    for notice in engine.first_screen_now().info.notices {
        eprintln!("livedesk-cli: {}", explain(notice));
    }
}

fn explain(error: ApiError) -> String {
    let mut lines = vec![error.message];
    for p in error.problems.unwrap_or_default() {
        lines.push(format!("  {}: {}", p.field, p.message));
    }
    if let Some(code) = error.vendor_code {
        lines.push(t!("cli-vendor-code", code = code));
    }
    if let Some(id) = error.request_id {
        lines.push(t!("cli-request-id", id = id));
    }
    if let Some(hint) = error.hint {
        lines.push(hint);
    }
    lines.join("\n")
}

fn read_input(path: &PathBuf) -> Result<Value, String> {
    let text = if path.as_os_str() == "-" {
        std::io::read_to_string(std::io::stdin()).map_err(|e| format!("--input: {e}"))?
    } else {
        std::fs::read_to_string(path).map_err(|e| format!("--input {}: {e}", path.display()))?
    };
    serde_json::from_str(&text).map_err(|e| t!("cli-input-not-json", problem = e.to_string()))
}

// The `call` command's steps in order (validate, review, dry run or send, print), as the
// window runs them.
#[allow(clippy::too_many_lines)]
pub fn run(args: Args) -> Result<(), String> {
    let input = read_input(&args.input)?;
    let dir = data_folder::open(args.data)?;
    let store = data_folder::settings(&dir)?;
    let engine = Engine::new(Arc::new(store), Arc::new(KeyringSecretStore));
    let engine = match History::open(data_folder::history_file(&dir)) {
        Ok((history, set_aside)) => {
            if let Some(s) = set_aside {
                note!(
                    "cli-call-history-set-aside",
                    reason = s.reason.to_string(),
                    backup = s.backup_path.display().to_string()
                );
            }
            let engine = engine.with_history(history);
            tell_notices(&engine);
            engine
        }
        Err(e) => {
            note!("cli-call-history-unavailable", problem = e.to_string());
            engine
        }
    };
    let account = engine
        .accounts()
        .list()
        .into_iter()
        .find(|a| a.id == args.account || a.name == args.account)
        .ok_or_else(|| {
            t!(
                "cli-no-such-account-option",
                account = args.account.as_str()
            )
        })?;
    let runtime = tokio::runtime::Runtime::new().map_err(|e| e.to_string())?;
    runtime.block_on(async {
        let _sandbox = if account.sandbox {
            match std::env::var("LIVEDESK_SANDBOX_URL") {
                Ok(url) => {
                    engine.accounts().set_sandbox_url(Some(url));
                    None
                }
                Err(_) => {
                    let handle = Sandbox::start(SandboxConfig::default())
                        .await
                        .map_err(|e| t!("cli-sandbox-failed", problem = e.to_string()))?;
                    engine.accounts().set_sandbox_url(Some(handle.base_url()));
                    Some(handle)
                }
            }
        } else {
            None
        };
        if args.dry_run {
            return dry_run(&engine, &account.id, &args.op, input, args.json).await;
        }
        let result = engine
            .send_call(account.id.clone(), args.op.clone(), input, None, None)
            .await
            .map_err(explain)?;
        if args.json {
            print_json(&result, "results serialise");
            return Ok(());
        }
        for line in &result.summary {
            println!("{line}");
        }
        if let Some(id) = &result.request_id {
            say!("cli-request-id", id = id.as_str());
        }
        Ok(())
    })
}

/// `--dry-run`: what the window's Review shows, from the same engine calls: the target, what
/// sending would do on air, what the vendor would refuse, the changes against the current
/// settings in the form's words, then the technical details.
async fn dry_run(
    engine: &Engine,
    account_id: &str,
    op: &str,
    input: Value,
    json: bool,
) -> Result<(), String> {
    let review = engine
        .review_call(account_id.to_owned(), op.to_owned(), input.clone())
        .await
        .map_err(explain)?;
    // Only writes with a state to load have a diff; a state that cannot be read is said in
    // the review's effects already.
    let current = engine
        .load_current(account_id.to_owned(), op.to_owned(), input.clone())
        .await
        .ok();
    let changes = match &current {
        Some(state) => engine
            .diff_call(op.to_owned(), state.input.clone(), input)
            .await
            .map_err(explain)?,
        None => Vec::new(),
    };
    if json {
        let out = serde_json::json!({"review": review, "changes": changes});
        print_json(&out, "reviews serialise");
        return Ok(());
    }
    print!(
        "{}",
        review_text(&review, current.is_some().then_some(&changes[..]))
    );
    Ok(())
}

/// The review as text, in the window's order.
fn review_text(
    review: &livedesk_core::calls::CallReview,
    changes: Option<&[livedesk_core::calls::FieldChange]>,
) -> String {
    let mut out = String::new();
    let facts = &review.facts;
    for t in &facts.target {
        out.push_str(&format!("{}: {}\n", t.label, t.value));
    }
    if let Some(warning) = &review.warning {
        out.push_str(&format!(
            "\n{}\n",
            t!("cli-review-warning", warning = warning.as_str())
        ));
    }
    if !facts.refusals.is_empty() {
        out.push_str(&format!("\n{}\n", t!("cli-review-refused")));
        for r in &facts.refusals {
            out.push_str(&format!("- {}\n  {}\n", r.message, r.hint));
        }
    }
    if !facts.effects.is_empty() {
        out.push_str(&format!("\n{}\n", t!("cli-review-effects")));
        for line in &facts.effects {
            out.push_str(&format!("- {line}\n"));
        }
    }
    if let Some(changes) = changes {
        out.push_str(&format!("\n{}\n", t!("cli-review-changes")));
        if changes.is_empty() {
            out.push_str(&format!("- {}\n", t!("cli-review-no-changes")));
        }
        for c in changes {
            out.push_str(&format!("- {}: {} → {}\n", c.label, c.old_text, c.new_text));
        }
    }
    out.push_str(&format!("\n{}\n", t!("cli-review-technical")));
    out.push_str(&format!("{} {}\n", review.method, review.url));
    for (name, value) in &review.headers {
        out.push_str(&format!("{name}: {value}\n"));
    }
    if let Some(body) = &review.body {
        out.push_str(&format!("\n{body}\n"));
    }
    out.push_str(&format!(
        "\n{}\n\n{}\n{}\n",
        review.signing,
        t!("cli-review-curl"),
        review.curl
    ));
    out
}

/// `livedesk-cli operations`: the catalog, so ids can be found.
pub fn list_operations(json: bool) -> Result<(), String> {
    let operations = livedesk_core::calls::operations();
    if json {
        print_json(&operations, "catalog serialises");
        return Ok(());
    }
    for op in operations {
        println!("{:<28} {:?}  {}", op.id, op.vendor, op.title);
    }
    Ok(())
}
