//! The Livedesk window: state, plugins and the generated commands. Logic lives in the engine
//! crates under `src-tauri/crates/`.

mod commands;
mod settings_store;

use std::sync::Arc;

use livedesk_core::accounts::{quarantine_if_damaged, KeyringSecretStore};
use livedesk_core::perf::{self, BenchmarkRun, PerfLog};
use livedesk_core::{ApiError, Engine};
use livedesk_sandbox::{Sandbox, SandboxConfig, SandboxHandle};
use tauri::Manager;
use tauri_plugin_store::StoreExt;

use livedesk_history::History;
use settings_store::{PluginStore, SETTINGS_FILE};

/// The same file `livedesk-cli` uses, beside the settings.
const HISTORY_FILE: &str = "history.sqlite3";

/// Keeps the embedded sandbox running for as long as the app runs.
struct EmbeddedSandbox(#[allow(dead_code)] SandboxHandle);

fn notice(code: &str, message: String, hint: &str) -> ApiError {
    ApiError::new(code, message, Some(hint.into()))
}

/// Set by `scripts/bench.sh` only: where timing marks go and what the window does by itself.
fn benchmark_run() -> Option<(PerfLog, BenchmarkRun)> {
    let path = std::env::var_os(perf::MARKS_ENV)?;
    let log = PerfLog::create(std::path::Path::new(&path)).ok()?;
    let workload_calls = std::env::var(perf::CALLS_ENV)
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    Some((log, BenchmarkRun { workload_calls }))
}

fn setup(app: &mut tauri::App) -> Result<(), Box<dyn std::error::Error>> {
    let bench = benchmark_run();
    if let Some((log, _)) = &bench {
        let _ = log.note("setup_start", None);
    }
    let mut notices = Vec::new();
    let settings_path = app.path().app_data_dir()?.join(SETTINGS_FILE);
    match quarantine_if_damaged(&settings_path) {
        Ok(Some(q)) => notices.push(notice(
            "settings.damaged",
            format!("Livedesk's settings file was damaged and has been set aside as {}.", q.backup.display()),
            "Livedesk started with empty settings. Your keys are still in the keychain: add your accounts again, or send the damaged file to support.",
        )),
        Ok(None) => {}
        Err(e) => notices.push(notice(
            "settings.unreadable",
            format!("Livedesk could not read its settings file: {e}"),
            "Check the permissions of Livedesk's data folder, then restart Livedesk.",
        )),
    }
    let store = app.store(SETTINGS_FILE)?;
    let mut engine = Engine::new(Arc::new(PluginStore(store)), Arc::new(KeyringSecretStore));
    let history_path = app.path().app_data_dir()?.join(HISTORY_FILE);
    match History::open(&history_path) {
        Ok((history, set_aside)) => {
            if let Some(s) = set_aside {
                notices.push(notice(
                    "history.damaged",
                    format!(
                        "The call history was damaged ({}) and has been set aside as {}.",
                        s.reason,
                        s.backup_path.display()
                    ),
                    "A new, empty history was started. Accounts, keys and drafts are not affected.",
                ));
            }
            engine = engine.with_history(history);
        }
        Err(e) => notices.push(notice(
            e.code(),
            format!("The call history cannot be opened: {e}"),
            "Calls can still be sent, but they are not recorded until this is fixed.",
        )),
    }
    for n in notices {
        engine.add_notice(n);
    }
    if let Some((log, run)) = bench {
        engine = engine.with_benchmark(log, run);
    }
    match tauri::async_runtime::block_on(Sandbox::start(SandboxConfig::default())) {
        Ok(handle) => {
            engine.accounts().set_sandbox_url(Some(handle.base_url()));
            if let Some(log) = engine.perf_log() {
                let _ = log.note("sandbox", Some(handle.base_url()));
            }
            if let Err(e) = engine.accounts().add_sandbox_accounts(true) {
                engine.add_notice(ApiError::from_error(&e));
            }
            app.manage(EmbeddedSandbox(handle));
        }
        Err(e) => engine.add_notice(notice(
            "sandbox.unavailable",
            format!("The practice sandbox could not start: {e}"),
            "Practice accounts will not answer; real accounts are not affected.",
        )),
    }
    // Old entries go in the background; start-up does not wait for the database.
    let engine = std::sync::Arc::new(engine);
    let pruning = engine.clone();
    tauri::async_runtime::spawn(async move {
        let _ = pruning.apply_retention().await;
    });
    if let Some(log) = engine.perf_log() {
        let _ = log.note("setup_done", None);
    }
    app.manage(engine);
    Ok(())
}

pub fn run() {
    tauri::Builder::default()
        .plugin(tauri_plugin_store::Builder::new().build())
        .setup(setup)
        .invoke_handler(commands::handler())
        .run(tauri::generate_context!())
        .unwrap_or_else(|e| {
            eprintln!("Livedesk could not start: {e}");
            std::process::exit(1);
        });
}
