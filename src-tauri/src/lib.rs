//! The Livedesk window: state, plugins and the generated commands. Logic lives in the engine
//! crates under `src-tauri/crates/`.

mod commands;
pub mod reveal;
mod settings_store;
pub mod webkit;

use std::sync::Arc;

use livedesk_core::accounts::{KeyringSecretStore, MemorySettingsStore, SettingsStore};
use livedesk_core::api::first_screen_script;
use livedesk_core::diagnostics::{init_logging, install_panic_hook};
use livedesk_core::perf::{self, BenchmarkRun, PerfLog};
use livedesk_core::private_files::{make_private, private_from_now_on};
use livedesk_core::storage::{check_settings_file, open_history};
use livedesk_core::{ApiError, Engine, ErrorCode, Notice};
use livedesk_sandbox::{Sandbox, SandboxConfig, SandboxHandle};
use tauri::Manager;
use tauri_plugin_store::StoreExt;

use settings_store::{PluginStore, SETTINGS_FILE};

/// The window's label in tauri.conf.json and capabilities/default.json.
const MAIN_WINDOW: &str = "main";

/// The same file `livedesk-cli` uses, beside the settings.
const HISTORY_FILE: &str = "history.sqlite3";

/// Keeps the embedded sandbox running for as long as the app runs.
struct EmbeddedSandbox(#[allow(dead_code)] SandboxHandle);

fn start_logging(app: &tauri::App) {
    let log_dir = app.path().app_log_dir().ok();
    let setup = init_logging(log_dir.as_deref(), "info");
    keep_data_private(app);
    match (&setup.log_dir, &setup.file_problem) {
        (Some(dir), _) => {
            tracing::info!(dir = %dir.display(), "Livedesk {} started; logging to this folder", env!("CARGO_PKG_VERSION"))
        }
        (None, Some(problem)) => tracing::warn!(%problem, "no log file: logging to stderr only"),
        (None, None) => tracing::warn!("no log folder: logging to stderr only"),
    }
}

/// What an older Livedesk left readable by others is tightened (see `private_files`); the log
/// folder is inside the data folder on Linux, beside it on macOS.
fn keep_data_private(app: &tauri::App) {
    let paths = app.path();
    for dir in [paths.app_data_dir(), paths.app_log_dir()]
        .into_iter()
        .flatten()
    {
        if let Err(e) = make_private(&dir) {
            tracing::warn!(dir = %dir.display(), error = %e, "could not make the folder private");
        }
    }
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

/// The settings file cannot be kept: this session's settings live in memory.
fn settings_unavailable(
    path: &std::path::Path,
    folder: &std::path::Path,
    problem: String,
) -> Notice {
    let (path, folder) = (path.display().to_string(), folder.display().to_string());
    Notice::new(move || {
        ApiError::new(
            ErrorCode::SettingsUnavailable,
            livedesk_i18n::t!(
                "app-settings-unavailable",
                path = path.as_str(),
                problem = problem.as_str()
            ),
            Some(livedesk_i18n::t!(
                "app-settings-unavailable-hint",
                folder = folder.as_str()
            )),
        )
    })
}

fn sandbox_failed(problem: String) -> Notice {
    Notice::new(move || {
        ApiError::new(
            ErrorCode::SandboxUnavailable,
            livedesk_i18n::t!("app-sandbox-failed", problem = problem.as_str()),
            Some(livedesk_i18n::t!("app-sandbox-failed-hint")),
        )
    })
}

fn setup(
    app: &mut tauri::App,
    rendering: webkit::Choice,
    bench: Option<(PerfLog, BenchmarkRun)>,
) -> Result<(), Box<dyn std::error::Error>> {
    if let Some((log, _)) = &bench {
        let _ = log.note("setup_start", None);
    }
    start_logging(app);
    tracing::info!(
        gpu_compositing = !rendering.software_only,
        reason = rendering.reason,
        "rendering"
    );
    let data_dir = app.path().app_data_dir()?;
    let settings_path = data_dir.join(SETTINGS_FILE);
    // The settings (and the saved choice) are not read yet: what is said until then is said
    // in the system's language.
    livedesk_i18n::set_language(livedesk_i18n::Lang::system());
    let mut notices: Vec<Notice> = check_settings_file(&settings_path).into_iter().collect();
    // The plugin ignores a file it cannot read and starts empty (saving then reports); it
    // fails outright when the data folder cannot exist (found by the e2e storage test). The
    // window must open all the same, with settings kept for this session only.
    let settings: Arc<dyn SettingsStore> = match app.store(SETTINGS_FILE) {
        Ok(store) => Arc::new(PluginStore::new(store, settings_path.clone())),
        Err(e) => {
            notices.retain(|n| n.code() != ErrorCode::SettingsUnreadable);
            notices.push(settings_unavailable(
                &settings_path,
                &data_dir,
                e.to_string(),
            ));
            Arc::new(MemorySettingsStore::default())
        }
    };
    let mut engine = Engine::new(settings, Arc::new(KeyringSecretStore));
    // Before anything is said: the notices below are written in the producer's language.
    let language = engine.apply_saved_language();
    tracing::info!(language = language.tag(), "language");
    let (history, history_notice) = open_history(&data_dir.join(HISTORY_FILE));
    notices.extend(history_notice);
    if let Some(history) = history {
        engine = engine.with_history(history);
    }
    for n in notices {
        engine.add_notice(n);
    }
    if let Some((log, run)) = bench {
        engine = engine.with_benchmark(log, run);
    }
    match tauri::async_runtime::block_on(Sandbox::start(SandboxConfig::default())) {
        Ok(handle) => {
            tracing::info!(url = %handle.base_url(), "practice sandbox started");
            engine.accounts().set_sandbox_url(Some(handle.base_url()));
            if let Some(log) = engine.perf_log() {
                let _ = log.note("sandbox", Some(handle.base_url()));
            }
            if let Err(e) = engine.accounts().add_sandbox_accounts(true) {
                engine.add_notice(Notice::from_error(e));
            }
            app.manage(EmbeddedSandbox(handle));
        }
        Err(e) => engine.add_notice(sandbox_failed(e.to_string())),
    }
    // Old entries go in the background; start-up does not wait for the database.
    let engine = Arc::new(engine);
    let pruning = engine.clone();
    tauri::async_runtime::spawn(async move {
        let _ = pruning.apply_retention().await;
    });
    open_main_window(app, &engine)?;
    if let Some(log) = engine.perf_log() {
        let _ = log.note("setup_done", None);
    }
    app.manage(engine);
    Ok(())
}

/// The window is created here rather than from the configuration alone (`"create": false`):
/// it is handed the first screen (accounts, notices) before its page's scripts run, so the
/// page paints the accounts in its first render instead of waiting for a command's answer.
fn open_main_window(app: &tauri::App, engine: &Engine) -> Result<(), Box<dyn std::error::Error>> {
    let config = app
        .config()
        .app
        .windows
        .iter()
        .find(|w| w.label == MAIN_WINDOW)
        .ok_or("tauri.conf.json has no main window")?
        .clone();
    let script = first_screen_script(&engine.first_screen_now())?;
    tauri::WebviewWindowBuilder::from_config(app.handle(), &config)?
        .initialization_script(&script)
        .build()?;
    Ok(())
}

/// glibc gives every thread that allocates its own arena (up to 8 per core) and keeps what was
/// freed in each; the engine's work moves between the async runtime's threads and its blocking
/// pool, so memory freed after a burst of calls stayed spread over many arenas. Two are plenty
/// for this process (the web page has its own).
fn limit_malloc_arenas() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only changes allocator parameters; called before any other thread exists.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, 2);
    }
}

pub fn run() {
    limit_malloc_arenas();
    // Before any file or thread exists: settings, history and logs are created private.
    private_from_now_on();
    // Before anything else, so that even a crash during start-up is reported scrubbed.
    install_panic_hook();
    // Before any thread or window exists: it may set an environment variable WebKit reads.
    let rendering = webkit::apply();
    let bench = benchmark_run();
    if let Some((log, _)) = &bench {
        let _ = log.note("main_start", None);
    }
    tauri::Builder::default()
        .plugin(tauri_plugin_store::Builder::new().build())
        .plugin(reveal::plugin())
        .setup(move |app| setup(app, rendering, bench))
        .invoke_handler(commands::handler())
        .run(tauri::generate_context!())
        .unwrap_or_else(|e| {
            tracing::error!(error = %e, "Livedesk could not start");
            eprintln!(
                "{}",
                livedesk_i18n::t!("app-could-not-start", problem = e.to_string())
            );
            std::process::exit(1);
        });
}
