//! A change's entry between [`History::begin`] and [`History::complete`]: it is written while
//! the state before it is still being read, so the read's answer is added afterwards, and an
//! entry whose send was then refused is taken out again.

use rusqlite::params;

use super::rows::optional_json;
use super::History;
use crate::error::HistoryError;
use crate::guard::find_secret;
use crate::types::NewEntry;

impl History {
    /// Adds `entry.state_before` (read after [`History::begin`]) to the "sending" entry `id`,
    /// so a change interrupted mid-send can still be undone. Secrets are refused as in
    /// [`History::record`]. Not synced to disk on its own: it survives Livedesk closing, and
    /// a power cut leaves the entry as begun.
    pub fn add_state_before(
        &self,
        id: i64,
        entry: &NewEntry,
        secrets: &[&str],
    ) -> Result<(), HistoryError> {
        if let Some(field) = find_secret(entry, secrets) {
            return Err(HistoryError::SecretInEntry { field });
        }
        let changed = self.lock().execute(
            "UPDATE entries SET state_before = ?1 WHERE id = ?2 AND outcome = 'sending'",
            params![optional_json(&entry.state_before), id],
        )?;
        match changed {
            1 => Ok(()),
            _ => Err(HistoryError::NotFound { id }),
        }
    }

    /// Takes out the "sending" entry `id` of a change that was not sent after all (refused
    /// before it left): History lists what was sent.
    pub fn discard(&self, id: i64) -> Result<(), HistoryError> {
        let removed = self.lock().execute(
            "DELETE FROM entries WHERE id = ?1 AND outcome = 'sending'",
            [id],
        )?;
        match removed {
            1 => Ok(()),
            _ => Err(HistoryError::NotFound { id }),
        }
    }
}
