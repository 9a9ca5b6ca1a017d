//! What the engine's tests share: an engine on a history file of its own, with the practice
//! accounts talking to a sandbox on loopback.

use std::sync::Arc;

use livedesk_core::accounts::{MemorySecretStore, MemorySettingsStore};
use livedesk_core::api::Vendor;
use livedesk_core::calls::CallResult;
use livedesk_core::history::ReplayPlan;
use livedesk_core::Engine;
use livedesk_sandbox::{seed, Sandbox, SandboxConfig, SandboxHandle};

/// The history file [`setup`] opens in its folder.
pub(crate) const HISTORY_FILE: &str = "history.sqlite3";

/// The path of NAVER's switch of the channel that is on air (where faults are set).
pub(crate) fn naver_switch_path() -> String {
    format!(
        "/api/v2/channels/{}/switch-stream",
        seed::NAVER_PUBLISHING_CHANNEL
    )
}

pub(crate) async fn setup() -> (Engine, SandboxHandle, tempfile::TempDir) {
    let sandbox = Sandbox::start(SandboxConfig::default()).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let (history, _) = livedesk_history::History::open(dir.path().join(HISTORY_FILE)).unwrap();
    let engine = Engine::new(
        Arc::new(MemorySettingsStore::default()),
        Arc::new(MemorySecretStore::default()),
    )
    .with_history(history);
    engine.accounts().set_sandbox_url(Some(sandbox.base_url()));
    engine.add_sandbox_accounts().await.unwrap();
    (engine, sandbox, dir)
}

pub(crate) async fn account(engine: &Engine, vendor: Vendor) -> String {
    engine
        .list_accounts()
        .await
        .unwrap()
        .into_iter()
        .find(|a| a.vendor == vendor)
        .unwrap()
        .id
}

/// Sends what History planned (Undo or Send again), as the window does.
pub(crate) async fn send_plan(engine: &Engine, plan: ReplayPlan) -> CallResult {
    engine
        .send_call(
            plan.account_id,
            plan.operation,
            plan.input,
            plan.undo_of,
            None,
        )
        .await
        .unwrap()
}
