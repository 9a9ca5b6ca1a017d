//! Loopback twin of the vendor APIs Livedesk calls (issue 5): Huawei Cloud Live, NAVER Live
//! Station, BlendVision One and Alibaba ApsaraVideo Live, on one base URL.
//!
//! It authenticates like each vendor (signatures, date skew, nonces), answers with the
//! vendors' own status codes and error bodies, keeps state by the vendors' rules, and can be
//! told to misbehave ([`Fault`]) or to see another time ([`Clock`]).
//!
//! ```no_run
//! # async fn demo() -> Result<(), livedesk_sandbox::SandboxError> {
//! use livedesk_sandbox::{Sandbox, SandboxConfig};
//! let sandbox = Sandbox::start(SandboxConfig::default()).await?;
//! println!("{}", sandbox.base_url());
//! sandbox.shutdown().await;
//! # Ok(()) }
//! ```

mod auth;
mod clock;
mod control;
mod credentials;
mod encoding;
mod error;
mod faults;
#[doc(hidden)]
pub mod fuzzing;
mod ids;
mod pipeline;
pub mod seed;
mod server;
mod state;
mod stats;
pub mod timefmt;
mod vendors;
mod wire;

pub use clock::Clock;
pub use credentials::*;
pub use error::SandboxError;
pub use faults::{Fault, FaultId, FaultKind, Vendor};
pub use server::{Sandbox, SandboxConfig, SandboxHandle};
pub use stats::HandlingStats;

/// The credentials and seed ids as the `/__sandbox/credentials` endpoint serves them.
pub fn credentials_and_seed_json() -> serde_json::Value {
    control::credentials_and_seed()
}
