//! Tauri commands, generated from the engine's single list (`livedesk_core::for_each_command`).
//! Each one only hands its arguments to the engine: no logic lives here.

use livedesk_core::{ApiError, Engine};
use std::sync::Arc;
use tauri::State;

macro_rules! tauri_commands {
    ($( $(#[doc = $doc:literal])* $name:ident ( $($arg:ident : $argty:ty),* ) -> $ret:ty ; )*) => {
        $(
            $(#[doc = $doc])*
            #[tauri::command(rename_all = "snake_case")]
            pub async fn $name(engine: State<'_, Arc<Engine>>, $($arg: $argty),*) -> Result<$ret, ApiError> {
                engine.$name($($arg),*).await
            }
        )*

        /// The invoke handler with every command of the list.
        pub fn handler() -> impl Fn(tauri::ipc::Invoke) -> bool + Send + Sync + 'static {
            tauri::generate_handler![$($name),*]
        }
    };
}

livedesk_core::for_each_command!(tauri_commands);
