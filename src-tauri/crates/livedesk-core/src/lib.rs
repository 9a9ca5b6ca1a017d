//! The Livedesk engine. Everything here compiles and tests without Tauri or WebKit;
//! the app crate and `livedesk-cli` are thin shells around it.

pub mod error;
