//! Shared by the integration tests: a sandbox on a frozen clock, an HTTP client, and an
//! independent client-side signer.

pub mod client;
pub mod signer;

use livedesk_sandbox::{Clock, Sandbox, SandboxConfig, SandboxHandle};

/// 2026-01-01T00:00:00Z: every test starts at the same instant.
pub const T0_MS: i64 = 1_767_225_600_000;

pub async fn start() -> SandboxHandle {
    Sandbox::start(SandboxConfig {
        port: 0,
        clock: Clock::frozen_at_ms(T0_MS),
    })
    .await
    .expect("sandbox starts")
}
