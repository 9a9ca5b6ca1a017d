//! The Livedesk window: state, plugins and the generated commands. Logic lives in the engine
//! crates under `src-tauri/crates/`.

mod commands;

use livedesk_core::Engine;

pub fn run() {
    tauri::Builder::default()
        .plugin(tauri_plugin_store::Builder::new().build())
        .manage(Engine::new())
        .invoke_handler(commands::handler())
        .run(tauri::generate_context!())
        .unwrap_or_else(|e| {
            eprintln!("Livedesk could not start: {e}");
            std::process::exit(1);
        });
}
