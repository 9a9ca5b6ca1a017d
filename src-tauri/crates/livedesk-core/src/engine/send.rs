//! Send: a form checked, signed and sent once, with its History entry on disk before it
//! leaves and the vendor's state read just before it (to refuse what the vendor will refuse,
//! to refuse a form loaded from a state that has changed since, and to undo it later).

use livedesk_history::{History, NewEntry};
use livedesk_operations::{before_send, BeforeSend, OperationKind};
use livedesk_secrets::{ExposeSecret, Secret};
use serde_json::Value;

use super::Engine;
use crate::api::Vendor;
use crate::calls::{self, CallResult, CallReview};
use crate::error::{ApiError, CoreError};
use crate::notice::Notice;

/// Which history write [`Engine::keep`] makes (a change's entry is begun on its own, see
/// [`Engine::send_call`]).
enum Kept {
    /// The answer to the change begun as this entry.
    Complete(i64),
    /// A whole call at once (reads, or when the change could not be begun).
    Record,
}

/// What a call's History entry is made of, before its answer.
struct Record {
    account_id: String,
    account_name: String,
    vendor: Vendor,
    operation: String,
    review: CallReview,
    input: Value,
    state_before: Option<Value>,
    undo_of: Option<u32>,
}

impl Record {
    fn entry(&self, result: Option<&Result<CallResult, ApiError>>) -> NewEntry {
        calls::history_entry(calls::HistoryInput {
            account_id: self.account_id.clone(),
            account_name: self.account_name.clone(),
            vendor: self.vendor,
            operation: self.operation.clone(),
            review: &self.review,
            input: self.input.clone(),
            state_before: self.state_before.clone(),
            undo_of: self.undo_of,
            result,
        })
    }
}

fn exposed(secrets: &[Secret]) -> Vec<&str> {
    secrets.iter().map(|s| s.expose_secret()).collect()
}

impl Engine {
    /// Validates, signs and sends once. A write's current state is read first: the send is
    /// refused when the vendor will refuse it, or when `loaded` (the state its form was loaded
    /// from) is no longer the vendor's; otherwise it is kept in the History entry, so the
    /// change can be undone. The same form cannot be sent twice at once.
    pub async fn send_call(
        &self,
        account_id: String,
        operation: String,
        input: Value,
        undo_of: Option<u32>,
        loaded: Option<Value>,
    ) -> Result<CallResult, ApiError> {
        let info =
            livedesk_operations::operation_info(&operation).map_err(|e| calls::op_error(&e))?;
        let is_write = info.kind == OperationKind::Write;
        let input = self.sealed.unseal(&account_id, &operation, &input)?;
        let loaded = loaded
            .map(|l| self.sealed.unseal(&account_id, &operation, &l))
            .transpose()?;
        // Only changes are guarded: reads may run side by side.
        let _sending = match is_write {
            true => Some(self.in_flight.begin(&account_id, &operation)?),
            false => None,
        };
        let (target, account_name, secrets) = self.call_context(account_id.clone()).await?;
        let prepared = calls::prepare_call(&operation, &input, &target)?;
        let client = self.http()?;
        let mut record = Record {
            account_id,
            account_name,
            vendor: info.vendor,
            operation,
            review: calls::review(&prepared),
            input,
            state_before: None,
            undo_of,
        };
        let history = self.history.clone().filter(|_| is_write);
        // A change is in History, on disk, before it leaves: if Livedesk dies before the
        // answer, the next start finds it and says its outcome is unknown. The disk's sync
        // takes longer than the vendor's read, so both run at once.
        let begin = history.clone().map(|history| {
            let (entry, secrets) = (record.entry(None), secrets.clone());
            tokio::task::spawn_blocking(move || history.begin(entry, &exposed(&secrets)))
        });
        let before = match is_write {
            true => {
                let with_state = self.history.is_some() || loaded.is_some();
                before_send(client, &target, &prepared, &self.memory, with_state).await
            }
            false => BeforeSend::default(),
        };
        let begun = match begin {
            Some(task) => self.begun(task.await),
            None => None,
        };
        record.state_before = match checked(before, loaded.as_ref()) {
            Ok(state) => state,
            Err(refused) => {
                self.discard(history.as_deref(), begun);
                return Err(refused);
            }
        };
        if let (Some(history), Some(id), Some(_)) = (&history, begun, &record.state_before) {
            let added = history.add_state_before(id, &record.entry(None), &exposed(&secrets));
            if let Err(e) = added {
                self.history_failed(e);
            }
        }
        let result = calls::send(client, &prepared, &target, &self.memory).await;
        match &result {
            Ok(_) => {
                tracing::info!(account = %record.account_id, operation = %record.operation, "operation sent");
            }
            Err(e) => tracing::warn!(
                account = %record.account_id,
                operation = %record.operation,
                code = %e.code,
                vendor_code = e.vendor_code.as_deref().unwrap_or(""),
                "operation failed"
            ),
        }
        if let Some(history) = &self.history {
            let kept = begun.map_or(Kept::Record, Kept::Complete);
            self.keep(
                history,
                kept,
                record.entry(Some(&result)),
                &exposed(&secrets),
            );
        }
        result
    }

    /// The id of the entry begun on a blocking thread, once it is on disk.
    fn begun(
        &self,
        task: Result<Result<i64, livedesk_history::HistoryError>, tokio::task::JoinError>,
    ) -> Option<i64> {
        match task {
            Ok(Ok(id)) => Some(id),
            Ok(Err(e)) => {
                self.history_failed(e);
                None
            }
            Err(e) => {
                tracing::warn!(error = %e, "history entry not begun");
                None
            }
        }
    }

    /// Takes out the begun entry of a send refused before it left.
    fn discard(&self, history: Option<&History>, begun: Option<i64>) {
        if let (Some(history), Some(id)) = (history, begun) {
            if let Err(e) = history.discard(id) {
                self.history_failed(e);
            }
        }
    }

    /// Writes a call's history entry; a history that cannot be written is told on the home
    /// screen and never stops the call. The entry's id, when it was written.
    fn keep(
        &self,
        history: &History,
        kept: Kept,
        entry: NewEntry,
        secrets: &[&str],
    ) -> Option<i64> {
        let written = match kept {
            Kept::Complete(id) => history.complete(id, entry, secrets).map(|()| id),
            Kept::Record => history.record(entry, secrets),
        };
        match written {
            Ok(id) => Some(id),
            Err(e) => {
                self.history_failed(e);
                None
            }
        }
    }

    fn history_failed(&self, e: livedesk_history::HistoryError) {
        tracing::warn!(code = %e.code(), error = %e, "call not recorded in history");
        self.add_notice(Notice::from_error(e));
    }
}

/// The state before a send, once what was read allows it: the vendor's refusal, a form
/// loaded from a state that is no longer the vendor's, or (with `loaded`) a state that could
/// not be read refuse it. Without `loaded` a state that cannot be read only means the change
/// cannot be undone from History (the write's own answer says why).
fn checked(before: BeforeSend, loaded: Option<&Value>) -> Result<Option<Value>, ApiError> {
    if let Some(refusal) = before.refusal {
        let error = livedesk_operations::OpError::Refused(Box::new(refusal));
        return Err(calls::op_error(&error));
    }
    match (before.state_before, loaded) {
        (Some(Ok(now)), Some(loaded)) if &now != loaded => {
            Err(CoreError::ChangedSinceLoaded.into())
        }
        (Some(Ok(now)), _) => Ok(Some(now)),
        (Some(Err(e)), Some(_)) => Err(calls::op_error(&e)),
        (Some(Err(_)) | None, _) => Ok(None),
    }
}
