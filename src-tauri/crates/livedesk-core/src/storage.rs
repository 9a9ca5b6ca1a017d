//! Opening the files beside the settings at start: every problem becomes a notice for the
//! home screen, and none stops the app from opening. Shared by the app and the tests, so
//! what the tests check is what the window does.

use std::path::Path;
use std::sync::Arc;

use livedesk_history::History;

use crate::accounts::quarantine_if_damaged;
use crate::error::{ApiError, ErrorCode};
use crate::notice::Notice;

/// A notice worded from message ids (see [`Notice::new`]).
fn notice(
    code: ErrorCode,
    message: impl Fn() -> String + Send + Sync + 'static,
    hint: &'static str,
) -> Notice {
    Notice::new(move || ApiError::new(code, message(), Some(livedesk_i18n::tr(hint, &[]))))
}

/// Moves a damaged settings file aside (see [`quarantine_if_damaged`]) and says what happened.
pub fn check_settings_file(path: &Path) -> Option<Notice> {
    match quarantine_if_damaged(path) {
        Ok(Some(q)) => {
            let backup = q.backup.display().to_string();
            Some(notice(
                ErrorCode::SettingsDamaged,
                move || livedesk_i18n::t!("core-settings-damaged", backup = backup.as_str()),
                "core-settings-damaged-hint",
            ))
        }
        Ok(None) => None,
        Err(e) => {
            let (path, problem) = (path.display().to_string(), e.to_string());
            Some(notice(
                ErrorCode::SettingsUnreadable,
                move || {
                    livedesk_i18n::t!(
                        "core-settings-unreadable",
                        path = path.as_str(),
                        problem = problem.as_str()
                    )
                },
                "core-settings-unreadable-hint",
            ))
        }
    }
}

/// The call history at `path`, and what the producer must be told about it.
///
/// When the file cannot be opened for writing (a read-only folder or disk, a full disk,
/// another program holding it), the history lives in memory for this session: calls are
/// still sent and listed, and the notice says they will not be kept.
pub fn open_history(path: &Path) -> (Option<History>, Option<Notice>) {
    match History::open(path) {
        Ok((history, None)) => (Some(history), None),
        Ok((history, Some(s))) => {
            let backup = s.backup_path.display().to_string();
            let told = notice(
                ErrorCode::HistoryDamaged,
                move || {
                    livedesk_i18n::t!(
                        "core-history-damaged",
                        reason = s.reason.to_string(),
                        backup = backup.as_str()
                    )
                },
                "core-history-damaged-hint",
            );
            (Some(history), Some(told))
        }
        Err(e) => {
            let e = Arc::new(e);
            let told = Notice::new(move || {
                let hint = livedesk_i18n::t!(
                    "core-history-in-memory-hint",
                    hint = e.hint().unwrap_or_default()
                );
                ApiError::new(e.code(), format!("{e}."), Some(hint))
            });
            (History::in_memory().ok(), Some(told))
        }
    }
}
