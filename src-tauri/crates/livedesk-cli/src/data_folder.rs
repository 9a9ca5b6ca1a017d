//! The app's data folder as every command finds it (`--data-dir`, `LIVEDESK_DATA_DIR`, else
//! the app's own) and the files the app keeps there: one option, so the commands agree.

use std::path::PathBuf;

use livedesk_core::accounts::JsonFileStore;

use crate::output::note;

/// The identifier in tauri.conf.json: the app keeps its settings under this folder name.
const APP_IDENTIFIER: &str = "app.livedesk.desktop";
const SETTINGS_FILE: &str = "settings.json";
/// Beside the settings file; the app writes the same file.
const HISTORY_FILE: &str = "history.sqlite3";

#[derive(clap::Args)]
pub struct DataDir {
    /// Livedesk's data folder (default: the app's own, e.g. ~/.local/share/app.livedesk.desktop).
    #[arg(long, env = "LIVEDESK_DATA_DIR", global = true)]
    data_dir: Option<PathBuf>,
}

/// A command whose subcommands all work in the data folder (`accounts`, `history`).
#[derive(clap::Args)]
pub struct WithDataDir<C: clap::Subcommand> {
    #[command(flatten)]
    pub data: DataDir,
    #[command(subcommand)]
    pub command: C,
}

/// The data folder, made private (what an older version left readable by others is
/// tightened; see `livedesk_core::private_files`). A folder that cannot be is reported by the
/// command that needs it, as before.
pub fn open(option: DataDir) -> Result<PathBuf, String> {
    let dir = option
        .data_dir
        .or_else(|| dirs::data_dir().map(|d| d.join(APP_IDENTIFIER)))
        .ok_or_else(|| livedesk_i18n::t!("cli-no-data-dir"))?;
    if let Err(e) = livedesk_core::private_files::make_private(&dir) {
        note!(
            "cli-not-private",
            folder = dir.display().to_string(),
            problem = e.to_string()
        );
    }
    Ok(dir)
}

/// The settings file in `dir`. A damaged one is set aside and a new one started; every
/// command says so, naming the copy (the producer's accounts are in it).
pub fn settings(dir: &std::path::Path) -> Result<JsonFileStore, String> {
    let (store, quarantined) = JsonFileStore::open(dir.join(SETTINGS_FILE))
        .map_err(|e| livedesk_i18n::t!("cli-settings-file", problem = e.to_string()))?;
    if let Some(q) = quarantined {
        note!(
            "cli-settings-set-aside",
            backup = q.backup.display().to_string()
        );
    }
    Ok(store)
}

pub fn history_file(dir: &std::path::Path) -> PathBuf {
    dir.join(HISTORY_FILE)
}
