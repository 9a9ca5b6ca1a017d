//! What the engine remembers between calls, for the rules vendors enforce over time (Huawei:
//! no START within 10 seconds of a STOP of the same stream). Kept in memory for the life of
//! the app; one per engine, shared by every call.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::SystemTime;

/// Moments worth remembering, by a key the operation chooses (it includes the account).
#[derive(Debug, Default)]
pub struct OperationMemory {
    marks: Mutex<HashMap<String, SystemTime>>,
}

impl OperationMemory {
    pub fn new() -> Self {
        Self::default()
    }

    /// Remembers that `key` happened at `at`.
    pub fn mark(&self, key: impl Into<String>, at: SystemTime) {
        self.lock().insert(key.into(), at);
    }

    /// When `key` last happened, if it did.
    pub fn last(&self, key: &str) -> Option<SystemTime> {
        self.lock().get(key).copied()
    }

    /// Forgets everything (e.g. when accounts change).
    pub fn clear(&self) {
        self.lock().clear();
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, SystemTime>> {
        // A panic elsewhere while holding the lock leaves a usable map.
        self.marks.lock().unwrap_or_else(|e| e.into_inner())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn remembers_the_latest_mark() {
        let memory = OperationMemory::new();
        let t = SystemTime::UNIX_EPOCH + Duration::from_secs(5);
        assert_eq!(memory.last("a"), None);
        memory.mark("a", t);
        memory.mark("a", t + Duration::from_secs(1));
        assert_eq!(memory.last("a"), Some(t + Duration::from_secs(1)));
        memory.clear();
        assert_eq!(memory.last("a"), None);
    }
}
