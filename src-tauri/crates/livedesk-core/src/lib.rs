//! The Livedesk engine. Everything here compiles and tests without Tauri or WebKit;
//! the app crate and `livedesk-cli` are thin shells around it.

// `ApiError` is the one error shape sent to the UI (code, message, hint, field problems, vendor
// code, ...): it crosses IPC once per command, so its size on the stack does not matter.
#![allow(clippy::result_large_err)]

pub mod accounts;
pub mod api;
pub mod bindings;
pub mod calls;
pub mod commands;
pub mod diagnostics;
pub mod engine;
pub mod error;
pub mod error_words;
pub mod history;
pub mod notice;
pub mod perf;
pub mod private_files;
pub mod schema_catalog;
pub mod sealed;
pub mod storage;
#[cfg(test)]
mod validation_cases;

pub use engine::Engine;
pub use error::{ApiError, CoreError, ErrorCode, UserFacing};
pub use notice::Notice;
