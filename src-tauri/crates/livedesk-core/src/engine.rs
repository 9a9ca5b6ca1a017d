//! The engine behind every command, shared by the app window and `livedesk-cli`.

use crate::api::{AccountSummary, AppInfo};
use crate::error::ApiError;

#[derive(Debug, Default)]
pub struct Engine {}

impl Engine {
    pub fn new() -> Self {
        Self {}
    }

    pub async fn app_info(&self) -> Result<AppInfo, ApiError> {
        Ok(AppInfo {
            name: "Livedesk".into(),
            version: env!("CARGO_PKG_VERSION").into(),
        })
    }

    pub async fn list_accounts(&self) -> Result<Vec<AccountSummary>, ApiError> {
        Ok(Vec::new())
    }
}
