//! The one list of commands the UI can call. The app crate turns it into Tauri commands,
//! `bindings.rs` turns it into typed TypeScript; adding a command means adding a line here
//! and a method on [`crate::Engine`].

/// Calls `$callback!` with every command as `name(arg: Type, ...) -> Result;`.
#[macro_export]
macro_rules! for_each_command {
    ($callback:ident) => {
        $callback! {
            /// Name and version of this build.
            app_info() -> $crate::api::AppInfo;
            /// The producer's accounts, secrets never included.
            list_accounts() -> Vec<$crate::api::AccountSummary>;
        }
    };
}
