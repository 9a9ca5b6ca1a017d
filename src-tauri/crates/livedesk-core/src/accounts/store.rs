//! Where non-secret settings live: a small JSON key-value file. In the app it is the
//! `tauri-plugin-store` file; the CLI and the tests read and write the same format with
//! [`JsonFileStore`].

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use serde_json::Value;

use super::error::AccountError;

/// A key-value store that writes through to disk on every `set`.
pub trait SettingsStore: Send + Sync {
    fn get(&self, key: &str) -> Option<Value>;
    fn set(&self, key: &str, value: Value) -> Result<(), AccountError>;
}

/// What was wrong with the settings file at start, for the producer to be told once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quarantined {
    pub backup: PathBuf,
}

/// A settings file that is not a JSON object is moved aside (never deleted) so the app can
/// start fresh; the caller tells the producer where the copy is. Keychain entries are untouched.
pub fn quarantine_if_damaged(path: &Path) -> std::io::Result<Option<Quarantined>> {
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e),
    };
    if matches!(
        serde_json::from_slice::<Value>(&bytes),
        Ok(Value::Object(_))
    ) {
        return Ok(None);
    }
    let stamp = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or_default();
    let backup = path.with_extension(format!("damaged-{stamp}.json"));
    std::fs::rename(path, &backup)?;
    Ok(Some(Quarantined { backup }))
}

/// A JSON object in a file, written atomically (temp file + rename) on every change.
#[derive(Debug)]
pub struct JsonFileStore {
    path: PathBuf,
    values: Mutex<BTreeMap<String, Value>>,
}

impl JsonFileStore {
    /// Opens `path`, moving a damaged file aside first (see [`quarantine_if_damaged`]).
    pub fn open(path: impl Into<PathBuf>) -> std::io::Result<(Self, Option<Quarantined>)> {
        let path = path.into();
        let quarantined = quarantine_if_damaged(&path)?;
        let values = match std::fs::read(&path) {
            Ok(bytes) => serde_json::from_slice(&bytes).unwrap_or_default(),
            Err(_) => BTreeMap::new(),
        };
        Ok((
            JsonFileStore {
                path,
                values: Mutex::new(values),
            },
            quarantined,
        ))
    }
}

impl SettingsStore for JsonFileStore {
    fn get(&self, key: &str) -> Option<Value> {
        self.values.lock().unwrap().get(key).cloned()
    }

    fn set(&self, key: &str, value: Value) -> Result<(), AccountError> {
        let mut values = self.values.lock().unwrap();
        let mut next = values.clone();
        next.insert(key.to_owned(), value);
        let write = || -> std::io::Result<()> {
            if let Some(dir) = self.path.parent() {
                std::fs::create_dir_all(dir)?;
            }
            let tmp = self.path.with_extension("json.tmp");
            std::fs::write(
                &tmp,
                serde_json::to_vec_pretty(&next).expect("JSON values serialise"),
            )?;
            std::fs::rename(&tmp, &self.path)
        };
        write()
            .map_err(|e| AccountError::SettingsWrite(format!("{}: {e}", self.path.display())))?;
        *values = next;
        Ok(())
    }
}

/// Settings kept in memory: the app's fallback when its settings file cannot be used at all
/// (accounts then last until it closes), and the tests' store.
#[derive(Debug, Default)]
pub struct MemorySettingsStore(Mutex<BTreeMap<String, Value>>);

impl SettingsStore for MemorySettingsStore {
    fn get(&self, key: &str) -> Option<Value> {
        self.0.lock().unwrap().get(key).cloned()
    }

    fn set(&self, key: &str, value: Value) -> Result<(), AccountError> {
        self.0.lock().unwrap().insert(key.to_owned(), value);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_damaged_file_is_kept_aside_and_the_store_starts_empty() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("settings.json");
        std::fs::write(&path, b"{\"accounts\": [trunc").unwrap();
        let (store, quarantined) = JsonFileStore::open(&path).unwrap();
        let backup = quarantined.expect("damaged file reported").backup;
        assert_eq!(std::fs::read(&backup).unwrap(), b"{\"accounts\": [trunc");
        assert_eq!(store.get("accounts"), None);
        store.set("accounts", serde_json::json!([])).unwrap();
        let reopened = JsonFileStore::open(&path).unwrap();
        assert_eq!(reopened.1, None);
        assert_eq!(reopened.0.get("accounts"), Some(serde_json::json!([])));
    }

    #[test]
    fn every_set_is_on_disk_at_once() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("nested/settings.json");
        let (store, _) = JsonFileStore::open(&path).unwrap();
        store.set("a", serde_json::json!(1)).unwrap();
        let on_disk: Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
        assert_eq!(on_disk, serde_json::json!({"a": 1}));
    }
}
