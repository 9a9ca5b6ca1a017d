//! The settings file as the engine reads it (it may have been edited by hand, or damaged):
//! accounts, drafts and retention, through the engine's own commands. Input: the file's bytes.
#![no_main]

use std::sync::Arc;

use libfuzzer_sys::fuzz_target;
use livedesk_core::accounts::{MemorySecretStore, MemorySettingsStore, SettingsStore};
use livedesk_core::Engine;
use serde_json::{json, Value};

fuzz_target!(|data: &[u8]| {
    thread_local! {
        // Review reads the vendor's current state first (here a closed loopback port): the
        // clock is paused so the read's retry pauses cost no real time.
        static RUNTIME: tokio::runtime::Runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .start_paused(true)
            .build()
            .expect("a runtime");
        static OPERATIONS: Vec<String> =
            livedesk_core::calls::operations().into_iter().map(|op| op.id).collect();
    }
    // What the app and the CLI do with a file that is not a JSON object: set it aside.
    let Ok(Value::Object(file)) = serde_json::from_slice::<Value>(data) else {
        return;
    };
    let settings = MemorySettingsStore::default();
    for (key, value) in file {
        settings.set(&key, value).expect("memory store");
    }
    let engine = Engine::new(Arc::new(settings), Arc::new(MemorySecretStore::default()));
    engine
        .accounts()
        .set_sandbox_url(Some("http://127.0.0.1:9".into()));
    let _ = engine.first_screen_now();
    let ops = OPERATIONS.with(Vec::clone);
    RUNTIME.with(|rt| {
        rt.block_on(async {
            let _ = engine.history_retention().await;
            let Ok(accounts) = engine.list_accounts().await else {
                return;
            };
            for account in accounts {
                let _ = engine.accounts().credentials(&account.id);
                for op in &ops {
                    let draft = engine
                        .load_draft(account.id.clone(), op.clone())
                        .await
                        .ok()
                        .flatten();
                    let input = draft.unwrap_or_else(|| json!({}));
                    let _ = engine
                        .review_call(account.id.clone(), op.clone(), input)
                        .await;
                }
            }
        })
    });
});
