//! The engine's settings store, backed by `tauri-plugin-store` and saved on every change.

use std::sync::Arc;

use livedesk_core::accounts::{AccountError, SettingsStore};
use serde_json::Value;
use tauri::Wry;
use tauri_plugin_store::Store;

pub const SETTINGS_FILE: &str = "settings.json";

pub struct PluginStore(pub Arc<Store<Wry>>);

impl SettingsStore for PluginStore {
    fn get(&self, key: &str) -> Option<Value> {
        self.0.get(key)
    }

    fn set(&self, key: &str, value: Value) -> Result<(), AccountError> {
        self.0.set(key, value);
        // The plugin only writes on save() or a clean exit: a crash must not lose a change.
        self.0
            .save()
            .map_err(|e| AccountError::SettingsWrite(e.to_string()))
    }
}
