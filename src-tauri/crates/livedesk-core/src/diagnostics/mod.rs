//! What leaves the process besides IPC results: log lines and crash reports. Both go through
//! [`scrub`] so that no secret the engine has handled can end up in a log file or on a
//! terminal, even when a bug formats one.

mod crash;
mod logging;

pub use crash::scrub_report;
pub use crash::{crash_report, install_panic_hook, set_panic_hook_with, CRASH_TARGET};
pub use logging::{init_logging, LogSetup};
