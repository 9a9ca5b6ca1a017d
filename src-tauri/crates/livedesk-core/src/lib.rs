//! The Livedesk engine. Everything here compiles and tests without Tauri or WebKit;
//! the app crate and `livedesk-cli` are thin shells around it.

pub mod accounts;
pub mod api;
pub mod bindings;
pub mod calls;
pub mod commands;
pub mod engine;
pub mod error;

pub use engine::Engine;
pub use error::{ApiError, CoreError, UserFacing};
