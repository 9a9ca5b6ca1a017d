//! The engine's settings store, backed by `tauri-plugin-store` and saved on every change.

use std::path::PathBuf;
use std::sync::Arc;

use livedesk_core::accounts::{AccountError, SettingsStore};
use serde_json::Value;
use tauri::Wry;
use tauri_plugin_store::Store;

pub const SETTINGS_FILE: &str = "settings.json";

pub struct PluginStore {
    store: Arc<Store<Wry>>,
    /// For messages: the plugin does not say which file it failed to write.
    path: PathBuf,
}

impl PluginStore {
    pub fn new(store: Arc<Store<Wry>>, path: PathBuf) -> Self {
        PluginStore { store, path }
    }
}

impl SettingsStore for PluginStore {
    fn get(&self, key: &str) -> Option<Value> {
        self.store.get(key)
    }

    fn set(&self, key: &str, value: Value) -> Result<(), AccountError> {
        let before = self.store.get(key);
        self.store.set(key, value);
        // The plugin only writes on save() or a clean exit: a crash must not lose a change.
        self.store.save().map_err(|e| {
            // A change that is not on disk is undone in memory too: otherwise the window would
            // show an account that is gone at the next start (and whose keys were removed).
            match before {
                Some(old) => self.store.set(key, old),
                None => {
                    self.store.delete(key);
                }
            }
            tracing::warn!(file = %self.path.display(), key, error = %e, "settings not saved");
            AccountError::SettingsWrite(format!("{}: {e}", self.path.display()))
        })
    }
}
