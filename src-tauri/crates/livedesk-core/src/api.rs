//! Types that cross the boundary to the UI. Their TypeScript twins are generated
//! (see `bindings.rs`); never edit `ui/src/bindings.ts` by hand.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::accounts::{AccountSettings, SecretStatus};
use crate::error::ApiError;

/// What the home screen says about this build, and anything the producer must know at start.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AppInfo {
    /// The language the engine speaks: the window's choice, else the system's.
    pub language: Lang,
    pub name: String,
    pub version: String,
    /// Problems found at start (a damaged settings file set aside, no keychain, …).
    pub notices: Vec<ApiError>,
    /// Set only when the performance benchmark started this window.
    pub benchmark: Option<crate::perf::BenchmarkRun>,
}

/// Everything the first screen shows: this build's info and the accounts (read from the
/// settings, never from the keychain). The window receives it before its page's scripts run
/// (see [`FIRST_SCREEN_GLOBAL`]) and asks for it again through the `first_screen` command.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct FirstScreen {
    pub info: AppInfo,
    pub accounts: Vec<AccountSummary>,
}

/// The global the window's initialization script sets to the [`FirstScreen`] JSON.
pub const FIRST_SCREEN_GLOBAL: &str = "__LIVEDESK_FIRST_SCREEN__";

/// The script that hands the first screen to the page before any of its own scripts runs.
pub fn first_screen_script(first: &FirstScreen) -> Result<String, serde_json::Error> {
    // JSON is a JavaScript expression; it carries no secrets (AccountSummary has hints only).
    Ok(format!(
        "window.{FIRST_SCREEN_GLOBAL} = {};",
        serde_json::to_string(first)?
    ))
}

/// The vendors Livedesk can talk to: the one `Vendor` of the app's crates, from
/// `livedesk-http` (exported to TypeScript through its `ts` feature).
pub use livedesk_http::Vendor;

/// The five languages of the window and the engine (`livedesk-i18n`).
pub use livedesk_i18n::Lang;

/// One account as the UI may see it: never a secret, at most its last 4 characters.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AccountSummary {
    pub id: String,
    pub name: String,
    pub vendor: Vendor,
    pub vendor_title: String,
    pub region: String,
    /// Where calls go.
    pub endpoint: String,
    /// A practice account pointing at the built-in sandbox.
    pub sandbox: bool,
    /// The non-secret settings, to prefill the edit form.
    pub settings: AccountSettings,
    pub secrets: Vec<SecretStatus>,
}

/// What "Check connection" found, in plain words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ConnectionCheck {
    /// Serialised flat: `"outcome": "clock_off", "minutes": 17` (how many minutes this
    /// computer's clock is behind; negative: ahead).
    #[serde(flatten)]
    pub outcome: livedesk_http::Outcome,
    pub message: String,
    pub hint: Option<String>,
    /// The vendor's own error code, when it sent one.
    pub vendor_code: Option<String>,
    pub request_id: Option<String>,
}

#[cfg(test)]
mod first_screen_tests {
    use super::*;
    use crate::error::ErrorCode;

    #[test]
    fn the_script_sets_the_global_to_the_first_screen_as_json() {
        let first = FirstScreen {
            info: AppInfo {
                language: Lang::En,
                name: "Livedesk".into(),
                version: "0.1.0".into(),
                notices: vec![ApiError::new(
                    ErrorCode::SettingsUnreadable,
                    "</script> \u{2028}",
                    None,
                )],
                benchmark: None,
            },
            accounts: vec![],
        };
        let script = first_screen_script(&first).unwrap();
        let json = script
            .strip_prefix(&format!("window.{FIRST_SCREEN_GLOBAL} = "))
            .and_then(|rest| rest.strip_suffix(';'))
            .expect("an assignment to the global");
        let back: FirstScreen = serde_json::from_str(json).unwrap();
        assert_eq!(
            back, first,
            "the page gets exactly what first_screen answers"
        );
    }
}
