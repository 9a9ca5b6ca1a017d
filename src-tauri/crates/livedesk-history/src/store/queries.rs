//! What the app asks of the history: record a call, read one, search, count, apply
//! retention, and plan "Send again" / "Undo".

use livedesk_i18n::t;
use rusqlite::types::Value as SqlValue;
use rusqlite::{params, OptionalExtension, TransactionBehavior};
use serde_json::Value;

use super::rows::{
    entry_from_row, json_text, optional_json, search_text, summary_from_row, ENTRY_COLUMNS,
    SUMMARY_COLUMNS,
};
use super::History;
use crate::error::HistoryError;
use crate::guard::find_secret;
use crate::types::{Entry, EntrySummary, Filter, NewEntry, Outcome, Replay, ReplayKind, Retention};

const MS_PER_DAY: i64 = 86_400_000;

/// A LIKE pattern matching `text` anywhere, with `%`, `_` and `\` taken literally.
fn like_pattern(text: &str) -> String {
    let mut out = String::from("%");
    for c in text.to_lowercase().chars() {
        if matches!(c, '%' | '_' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('%');
    out
}

fn error_json(entry: &NewEntry) -> Option<String> {
    entry
        .error
        .as_ref()
        .map(|e| serde_json::to_string(e).unwrap_or_else(|_| "null".to_owned()))
}

/// The columns of what an error's words were made from.
struct ErrorWords {
    vendor_code: Option<String>,
    vendor_message: Option<String>,
    args: Option<String>,
    lang: Option<String>,
}

impl ErrorWords {
    fn of(entry: &NewEntry) -> ErrorWords {
        let error = entry.error.as_ref();
        ErrorWords {
            vendor_code: error.and_then(|e| e.vendor_code.clone()),
            vendor_message: error.and_then(|e| e.vendor_message.clone()),
            args: error
                .and_then(|e| e.args.as_ref())
                .map(|args| json_text(&serde_json::json!(args))),
            lang: error.and_then(|e| e.lang.clone()),
        }
    }
}

fn require_text(field: &str, value: &str) -> Result<(), HistoryError> {
    if value.trim().is_empty() {
        Err(HistoryError::InvalidEntry {
            field: field.to_owned(),
            problem: t!("history-must-not-be-empty"),
        })
    } else {
        Ok(())
    }
}

impl History {
    /// Records one call and returns its id. `secrets` are the account's actual secret values:
    /// if any of them occurs anywhere in the entry (as is, JSON-escaped or percent-encoded),
    /// nothing is written and [`HistoryError::SecretInEntry`] names the field. Empty secrets are
    /// ignored.
    pub fn record(&self, entry: NewEntry, secrets: &[&str]) -> Result<i64, HistoryError> {
        self.insert(entry, secrets, false)
    }

    /// Records a change about to be sent (the request as reviewed, the state read before it)
    /// as "sending", and returns its id once it is on disk: if Livedesk dies before the answer,
    /// the next [`History::open`] finds it and marks it "unknown". [`History::complete`] puts
    /// the answer in. Secrets are refused as in [`History::record`].
    pub fn begin(&self, entry: NewEntry, secrets: &[&str]) -> Result<i64, HistoryError> {
        let entry = NewEntry {
            outcome: Outcome::Sending,
            ..entry
        };
        self.insert(entry, secrets, true)
    }

    fn insert(
        &self,
        entry: NewEntry,
        secrets: &[&str],
        durable: bool,
    ) -> Result<i64, HistoryError> {
        require_text("account_id", &entry.account_id)?;
        require_text("operation", &entry.operation)?;
        if let Some(field) = find_secret(&entry, secrets) {
            return Err(HistoryError::SecretInEntry { field });
        }
        let error_code = entry.error.as_ref().map(|e| e.code.clone());
        let error = error_json(&entry);
        let summary = json_text(&Value::from(entry.summary.clone()));
        let search = search_text(&entry);
        let words = ErrorWords::of(&entry);

        let mut conn = self.lock();
        // NORMAL (see `open`) may lose the last commits to a power cut; a change in flight must
        // survive one, so this commit alone waits for the disk.
        if durable {
            conn.pragma_update(None, "synchronous", "FULL")?;
        }
        let inserted = (|| {
            let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
            if let Some(of) = entry.undo_of {
                let exists = tx
                    .query_row("SELECT 1 FROM entries WHERE id = ?1", [of], |_| Ok(()))
                    .optional()?
                    .is_some();
                if !exists {
                    return Err(HistoryError::InvalidEntry {
                        field: "undo_of".to_owned(),
                        problem: t!("history-undo-of-missing", id = of.to_string()),
                    });
                }
            }
            tx.execute(
                "INSERT INTO entries (at, account_id, account_name, vendor, operation, outcome, \
                 request, input, response, summary, error, error_code, state_before, request_id, \
                 undo_of, search_text, error_message, error_hint, error_vendor_code, \
                 error_vendor_message, error_args, error_lang) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, \
                 ?17, ?18, ?19, ?20, ?21, ?22)",
                params![
                    entry.at,
                    entry.account_id,
                    entry.account_name,
                    entry.vendor,
                    entry.operation,
                    entry.outcome.as_str(),
                    json_text(&entry.request),
                    json_text(&entry.input),
                    optional_json(&entry.response),
                    summary,
                    error,
                    error_code,
                    optional_json(&entry.state_before),
                    entry.request_id,
                    entry.undo_of,
                    search,
                    entry.error.as_ref().map(|e| e.message.clone()),
                    entry.error.as_ref().and_then(|e| e.hint.clone()),
                    words.vendor_code,
                    words.vendor_message,
                    words.args,
                    words.lang,
                ],
            )?;
            let id = tx.last_insert_rowid();
            tx.commit()?;
            Ok(id)
        })();
        if durable {
            conn.pragma_update(None, "synchronous", "NORMAL")?;
        }
        inserted
    }

    /// Puts the answer into an entry made by [`History::begin`] (still "sending", or already
    /// "unknown" when another start found it meanwhile): its outcome, response, summary, error
    /// and request id. When, where and on which account stay as recorded.
    pub fn complete(&self, id: i64, entry: NewEntry, secrets: &[&str]) -> Result<(), HistoryError> {
        if matches!(entry.outcome, Outcome::Sending | Outcome::Unknown) {
            return Err(HistoryError::InvalidEntry {
                field: "outcome".to_owned(),
                problem: format!("“{}” does not complete a call", entry.outcome.as_str()),
            });
        }
        if let Some(field) = find_secret(&entry, secrets) {
            return Err(HistoryError::SecretInEntry { field });
        }
        let words = ErrorWords::of(&entry);
        let conn = self.lock();
        let changed = conn.execute(
            "UPDATE entries SET outcome = ?1, request = ?2, response = ?3, summary = ?4, \
             error = ?5, error_code = ?6, request_id = ?7, search_text = ?8, \
             error_message = ?10, error_hint = ?11, error_vendor_code = ?12, \
             error_vendor_message = ?13, error_args = ?14, error_lang = ?15 \
             WHERE id = ?9 AND outcome IN ('sending', 'unknown')",
            params![
                entry.outcome.as_str(),
                json_text(&entry.request),
                optional_json(&entry.response),
                json_text(&Value::from(entry.summary.clone())),
                error_json(&entry),
                entry.error.as_ref().map(|e| e.code.clone()),
                entry.request_id,
                search_text(&entry),
                id,
                entry.error.as_ref().map(|e| e.message.clone()),
                entry.error.as_ref().and_then(|e| e.hint.clone()),
                words.vendor_code,
                words.vendor_message,
                words.args,
                words.lang,
            ],
        )?;
        if changed == 1 {
            return Ok(());
        }
        let exists = conn
            .query_row("SELECT 1 FROM entries WHERE id = ?1", [id], |_| Ok(()))
            .optional()?
            .is_some();
        if exists {
            Err(HistoryError::InvalidEntry {
                field: "id".to_owned(),
                problem: t!("history-already-complete", id = id.to_string()),
            })
        } else {
            Err(HistoryError::NotFound { id })
        }
    }

    /// Marks every entry still "sending" as "unknown" and returns them, oldest first: run when
    /// the history is opened, since no call of an earlier run can still be waiting.
    pub(super) fn settle_interrupted(&self) -> Result<Vec<EntrySummary>, HistoryError> {
        let mut conn = self.lock();
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let settled = {
            let mut stmt = tx.prepare(
                "UPDATE entries SET outcome = 'unknown' WHERE outcome = 'sending' RETURNING id",
            )?;
            let ids = stmt
                .query_map([], |row| row.get::<_, i64>(0))?
                .collect::<Result<Vec<_>, _>>()?;
            let mut read = tx.prepare(&format!(
                "SELECT {SUMMARY_COLUMNS} FROM entries e WHERE e.id = ?1"
            ))?;
            let mut settled = ids
                .into_iter()
                .map(|id| read.query_row([id], summary_from_row))
                .collect::<Result<Vec<_>, _>>()?;
            settled.sort_by_key(|e| e.id);
            settled
        };
        tx.commit()?;
        Ok(settled)
    }

    /// One entry in full.
    pub fn get(&self, id: i64) -> Result<Entry, HistoryError> {
        let conn = self.lock();
        conn.query_row(
            &format!("SELECT {ENTRY_COLUMNS} FROM entries e WHERE e.id = ?1"),
            [id],
            entry_from_row,
        )
        .optional()?
        .ok_or(HistoryError::NotFound { id })
    }

    /// Entries matching the filter, newest first (by id: the order they were recorded).
    pub fn search(&self, filter: &Filter) -> Result<Vec<EntrySummary>, HistoryError> {
        let mut conditions: Vec<&str> = Vec::new();
        let mut values: Vec<SqlValue> = Vec::new();
        if let Some(account) = &filter.account_id {
            conditions.push("e.account_id = ?");
            values.push(SqlValue::Text(account.clone()));
        }
        if let Some(operation) = &filter.operation {
            conditions.push("e.operation = ?");
            values.push(SqlValue::Text(operation.clone()));
        }
        if let Some(text) = filter
            .text
            .as_deref()
            .map(str::trim)
            .filter(|t| !t.is_empty())
        {
            conditions.push("e.search_text LIKE ? ESCAPE '\\'");
            values.push(SqlValue::Text(like_pattern(text)));
        }
        if let Some(before) = filter.before_id {
            conditions.push("e.id < ?");
            values.push(SqlValue::Integer(before));
        }
        let limit = filter
            .limit
            .unwrap_or(Filter::DEFAULT_LIMIT)
            .min(Filter::MAX_LIMIT);
        values.push(SqlValue::Integer(i64::from(limit)));
        let clause = if conditions.is_empty() {
            String::new()
        } else {
            format!("WHERE {}", conditions.join(" AND "))
        };
        let sql =
            format!("SELECT {SUMMARY_COLUMNS} FROM entries e {clause} ORDER BY e.id DESC LIMIT ?");
        let conn = self.lock();
        let mut stmt = conn.prepare(&sql)?;
        let rows = stmt.query_map(rusqlite::params_from_iter(values), summary_from_row)?;
        Ok(rows.collect::<Result<Vec<_>, _>>()?)
    }

    /// How many entries are kept.
    pub fn count(&self) -> Result<u64, HistoryError> {
        let conn = self.lock();
        let n: i64 = conn.query_row("SELECT COUNT(*) FROM entries", [], |row| row.get(0))?;
        Ok(u64::try_from(n).unwrap_or(0))
    }

    /// Removes entries older than `max_age_days` (relative to `now_ms`, unix milliseconds) and
    /// then all but the newest `max_entries`. Returns how many were removed.
    pub fn apply_retention(&self, retention: &Retention, now_ms: i64) -> Result<u64, HistoryError> {
        let mut conn = self.lock();
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let mut removed = 0usize;
        if let Some(days) = retention.max_age_days {
            let cutoff = now_ms.saturating_sub(i64::from(days).saturating_mul(MS_PER_DAY));
            removed += tx.execute("DELETE FROM entries WHERE at < ?1", [cutoff])?;
        }
        if let Some(max) = retention.max_entries {
            removed += tx.execute(
                "DELETE FROM entries WHERE id NOT IN \
                 (SELECT id FROM entries ORDER BY id DESC LIMIT ?1)",
                [i64::from(max)],
            )?;
        }
        tx.commit()?;
        Ok(removed as u64)
    }

    /// "Send again": the entry's form, to be reviewed and signed afresh. Any outcome.
    pub fn plan_send_again(&self, id: i64) -> Result<Replay, HistoryError> {
        let entry = self.get(id)?;
        Ok(Replay {
            kind: ReplayKind::SendAgain,
            from_id: entry.id,
            account_id: entry.account_id,
            account_name: entry.account_name,
            vendor: entry.vendor,
            operation: entry.operation,
            input: entry.input,
            undo_of: None,
        })
    }

    /// "Undo": re-apply the state read before the entry's write, as a new call to be reviewed.
    /// Only for a successful write whose earlier state was read, and not already undone.
    pub fn plan_undo(&self, id: i64) -> Result<Replay, HistoryError> {
        let entry = self.get(id)?;
        let refuse = |reason: String| HistoryError::NotUndoable { id, reason };
        if !entry.outcome.may_have_changed() {
            return Err(refuse(t!(
                "history-undo-not-succeeded",
                outcome = entry.outcome.as_str()
            )));
        }
        if let Some(by) = entry.undone_by {
            return Err(refuse(t!("history-undo-already", id = by.to_string())));
        }
        let Some(state) = entry.state_before else {
            return Err(refuse(t!("history-undo-no-state")));
        };
        Ok(Replay {
            kind: ReplayKind::Undo,
            from_id: entry.id,
            account_id: entry.account_id,
            account_name: entry.account_name,
            vendor: entry.vendor,
            operation: entry.operation,
            input: state,
            undo_of: Some(entry.id),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn like_pattern_escapes() {
        assert_eq!(like_pattern("50%_a\\B"), "%50\\%\\_a\\\\b%");
    }
}
