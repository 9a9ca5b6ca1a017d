//! Types that cross the boundary to the UI. Their TypeScript twins are generated
//! (see `bindings.rs`); never edit `ui/src/bindings.ts` by hand.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// What the home screen says about this build.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AppInfo {
    pub name: String,
    pub version: String,
}

/// The vendors Livedesk can talk to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum Vendor {
    Huawei,
    Naver,
    Blendvision,
    Alibaba,
}

/// One account as the UI may see it: never a secret, at most its last characters.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AccountSummary {
    pub id: String,
    pub name: String,
    pub vendor: Vendor,
    pub region: Option<String>,
    /// A practice account pointing at the built-in sandbox.
    pub sandbox: bool,
}
