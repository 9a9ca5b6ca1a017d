//! Opening the files beside the settings at start: every problem becomes a notice for the
//! home screen, and none stops the app from opening. Shared by the app and the tests, so
//! what the tests check is what the window does.

use std::path::Path;

use livedesk_history::History;

use crate::accounts::quarantine_if_damaged;
use crate::error::{ApiError, ErrorCode};

fn notice(code: ErrorCode, message: String, hint: &str) -> ApiError {
    ApiError::new(code, message, Some(hint.into()))
}

/// Moves a damaged settings file aside (see [`quarantine_if_damaged`]) and says what happened.
pub fn check_settings_file(path: &Path) -> Option<ApiError> {
    match quarantine_if_damaged(path) {
        Ok(Some(q)) => Some(notice(
            ErrorCode::SettingsDamaged,
            livedesk_i18n::t!(
                "core-settings-damaged",
                backup = q.backup.display().to_string()
            ),
            &livedesk_i18n::t!("core-settings-damaged-hint"),
        )),
        Ok(None) => None,
        Err(e) => Some(notice(
            ErrorCode::SettingsUnreadable,
            livedesk_i18n::t!(
                "core-settings-unreadable",
                path = path.display().to_string(),
                problem = e.to_string()
            ),
            &livedesk_i18n::t!("core-settings-unreadable-hint"),
        )),
    }
}

/// The call history at `path`, and what the producer must be told about it.
///
/// When the file cannot be opened for writing (a read-only folder or disk, a full disk,
/// another program holding it), the history lives in memory for this session: calls are
/// still sent and listed, and the notice says they will not be kept.
pub fn open_history(path: &Path) -> (Option<History>, Option<ApiError>) {
    match History::open(path) {
        Ok((history, None)) => (Some(history), None),
        Ok((history, Some(s))) => (
            Some(history),
            Some(notice(
                ErrorCode::HistoryDamaged,
                livedesk_i18n::t!(
                    "core-history-damaged",
                    reason = s.reason.as_str(),
                    backup = s.backup_path.display().to_string()
                ),
                &livedesk_i18n::t!("core-history-damaged-hint"),
            )),
        ),
        Err(e) => {
            let hint = livedesk_i18n::t!(
                "core-history-in-memory-hint",
                hint = e.hint().unwrap_or_default()
            );
            let told = ApiError::new(e.code(), format!("{e}."), Some(hint));
            (History::in_memory().ok(), Some(told))
        }
    }
}
