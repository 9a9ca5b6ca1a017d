//! Entries to and from table rows: the columns read, JSON columns, the stored search text.

use rusqlite::types::Type;
use rusqlite::Row;
use serde_json::Value;

use crate::types::{Entry, EntryError, EntrySummary, NewEntry, Outcome};

/// Every column an [`Entry`] is read from, in `entry_from_row` order.
pub(super) const ENTRY_COLUMNS: &str =
    "e.id, e.at, e.account_id, e.account_name, e.vendor, e.operation, \
    e.outcome, e.request, e.input, e.response, e.summary, e.error, e.state_before, \
    e.request_id, e.undo_of, \
    (SELECT MAX(u.id) FROM entries u WHERE u.undo_of = e.id AND u.outcome = 'ok')";

/// What a history list shows, in `summary_from_row` order.
pub(super) const SUMMARY_COLUMNS: &str =
    "e.id, e.at, e.account_id, e.account_name, e.vendor, e.operation, \
    e.outcome, e.summary, e.error_code, e.request_id, e.undo_of, \
    (SELECT MAX(u.id) FROM entries u WHERE u.undo_of = e.id AND u.outcome = 'ok'), \
    e.state_before IS NOT NULL, e.error_message, e.error_hint, \
    e.error_vendor_code, e.error_vendor_message, e.error_args, e.error_lang";

pub(super) fn json_text(value: &Value) -> String {
    // Serializing a `serde_json::Value` cannot fail.
    serde_json::to_string(value).unwrap_or_else(|_| "null".to_owned())
}

pub(super) fn optional_json(value: &Option<Value>) -> Option<String> {
    value.as_ref().filter(|v| !v.is_null()).map(json_text)
}

fn bad_column(
    index: usize,
    error: impl std::error::Error + Send + Sync + 'static,
) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(index, Type::Text, Box::new(error))
}

fn json_column<T: serde::de::DeserializeOwned>(row: &Row<'_>, index: usize) -> rusqlite::Result<T> {
    let text: String = row.get(index)?;
    serde_json::from_str(&text).map_err(|e| bad_column(index, e))
}

fn optional_json_column<T: serde::de::DeserializeOwned>(
    row: &Row<'_>,
    index: usize,
) -> rusqlite::Result<Option<T>> {
    let text: Option<String> = row.get(index)?;
    text.map(|t| serde_json::from_str(&t).map_err(|e| bad_column(index, e)))
        .transpose()
}

#[derive(Debug)]
struct UnknownOutcome(String);
impl std::fmt::Display for UnknownOutcome {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "unknown outcome {:?}", self.0)
    }
}
impl std::error::Error for UnknownOutcome {}

fn outcome_column(row: &Row<'_>, index: usize) -> rusqlite::Result<Outcome> {
    let text: String = row.get(index)?;
    Outcome::parse(&text).ok_or_else(|| bad_column(index, UnknownOutcome(text)))
}

pub(super) fn entry_from_row(row: &Row<'_>) -> rusqlite::Result<Entry> {
    Ok(Entry {
        id: row.get(0)?,
        at: row.get(1)?,
        account_id: row.get(2)?,
        account_name: row.get(3)?,
        vendor: row.get(4)?,
        operation: row.get(5)?,
        outcome: outcome_column(row, 6)?,
        request: json_column(row, 7)?,
        input: json_column(row, 8)?,
        response: optional_json_column(row, 9)?,
        summary: json_column(row, 10)?,
        error: optional_json_column::<EntryError>(row, 11)?,
        state_before: optional_json_column(row, 12)?,
        request_id: row.get(13)?,
        undo_of: row.get(14)?,
        undone_by: row.get(15)?,
    })
}

pub(super) fn summary_from_row(row: &Row<'_>) -> rusqlite::Result<EntrySummary> {
    let outcome = outcome_column(row, 6)?;
    let has_state_before: bool = row.get(12)?;
    Ok(EntrySummary {
        id: row.get(0)?,
        at: row.get(1)?,
        account_id: row.get(2)?,
        account_name: row.get(3)?,
        vendor: row.get(4)?,
        operation: row.get(5)?,
        outcome,
        summary: json_column(row, 7)?,
        error_code: row.get(8)?,
        request_id: row.get(9)?,
        undo_of: row.get(10)?,
        undone_by: row.get(11)?,
        can_undo: outcome.may_have_changed() && has_state_before,
        has_state_before,
        error_message: row.get(13)?,
        error_hint: row.get(14)?,
        error_vendor_code: row.get(15)?,
        error_vendor_message: row.get(16)?,
        error_args: optional_json_column(row, 17)?,
        error_lang: row.get(18)?,
    })
}

/// Lower-cased text the `text` filter looks in.
pub(super) fn search_text(entry: &NewEntry) -> String {
    let mut parts: Vec<&str> = entry.summary.iter().map(String::as_str).collect();
    parts.push(&entry.operation);
    parts.push(&entry.account_name);
    if let Some(id) = &entry.request_id {
        parts.push(id);
    }
    if let Some(error) = &entry.error {
        parts.push(&error.message);
        parts.extend(error.vendor_message.as_deref());
    }
    parts.join("\n").to_lowercase()
}
