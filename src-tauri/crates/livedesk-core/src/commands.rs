//! The one list of commands the UI can call. The app crate turns it into Tauri commands,
//! `bindings.rs` turns it into typed TypeScript; adding a command means adding a line here
//! and a method on [`crate::Engine`].

/// Calls `$callback!` with every command as `name(arg: Type, ...) -> Result;`.
#[macro_export]
macro_rules! for_each_command {
    ($callback:ident) => {
        $callback! {
            /// Name and version of this build, and problems found at start.
            app_info() -> $crate::api::AppInfo;
            /// The producer's accounts, secrets never included.
            list_accounts() -> Vec<$crate::api::AccountSummary>;
            /// What the first screen shows: this build's info and the accounts.
            first_screen() -> $crate::api::FirstScreen;
            /// The account form of every vendor, as JSON Schema.
            account_forms() -> Vec<$crate::accounts::AccountForm>;
            /// Creates an account from a filled account form; secrets go to the keychain.
            create_account(vendor: $crate::api::Vendor, form: serde_json::Value) -> $crate::api::AccountSummary;
            /// Renames or edits an account; secret fields left empty keep their value.
            update_account(id: String, form: serde_json::Value) -> $crate::api::AccountSummary;
            /// Deletes an account, its keychain entry included.
            delete_account(id: String) -> ();
            /// One cheap read with the account's keys: works, wrong key, clock off, no permission or unreachable.
            check_connection(id: String, huawei_domain: Option<String>) -> $crate::api::ConnectionCheck;
            /// Every vendor operation with its form (JSON Schema).
            list_operations() -> Vec<$crate::calls::OperationSummary>;
            /// Checks a filled form and shows the request that would be sent, secrets masked.
            review_call(account_id: String, operation: String, input: serde_json::Value) -> $crate::calls::CallReview;
            /// Checks, signs and sends a filled form once; the answer in plain words.
            send_call(account_id: String, operation: String, input: serde_json::Value, undo_of: Option<u32>, loaded: Option<serde_json::Value>) -> $crate::calls::CallResult;
            /// Reads the current settings for a change (identified by its key fields) as the form's input.
            load_current(account_id: String, operation: String, key_input: serde_json::Value) -> $crate::calls::CurrentSettings;
            /// Field-by-field difference between the current settings and a filled form.
            diff_call(operation: String, before: serde_json::Value, after: serde_json::Value) -> Vec<$crate::calls::FieldChange>;
            /// The channels, lives or studios to pick from for an operation's id field.
            /// The entries to pick one field from, read with what the form holds now (Huawei: the apps of the domain filled in).
            field_choices(account_id: String, operation: String, field: String, input: serde_json::Value) -> Vec<$crate::calls::PickerChoice>;
            /// Past calls, newest first, optionally for one account, one operation or matching a text.
            list_history(account_id: Option<String>, operation: Option<String>, text: Option<String>) -> Vec<$crate::history::HistoryItem>;
            /// One past call in full (secrets removed).
            history_entry(id: u32) -> $crate::history::HistoryDetail;
            /// How much history is kept.
            history_retention() -> $crate::history::RetentionSettings;
            /// Changes how much history is kept, and removes what falls outside it now.
            set_history_retention(retention: $crate::history::RetentionSettings) -> u32;
            /// The form to open for "Send again" or "Undo" of a past call.
            plan_replay(id: u32, undo: bool) -> $crate::history::ReplayPlan;
            /// Keeps a form's current input across restarts.
            save_draft(account_id: String, operation: String, input: serde_json::Value) -> ();
            /// The saved input of a form, if any.
            load_draft(account_id: String, operation: String) -> Option<serde_json::Value>;
            /// Adds a practice account per vendor that has none, pointing at the built-in sandbox.
            add_sandbox_accounts() -> Vec<$crate::api::AccountSummary>;
            /// The window's language: the engine's texts (forms, reviews, errors) follow it, now and at the next start.
            set_language(language: $crate::api::Lang) -> ();
            /// Records a timing mark for the performance benchmark; does nothing outside a benchmark run.
            perf_mark(name: String, at_unix_ms: f64, duration_ms: Option<f64>) -> ();
        }
    };
}
