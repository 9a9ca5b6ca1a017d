//! The engine end to end: accounts, calls against the sandbox, history, logs and crash
//! reports, storage faults, the keychain, and the TypeScript bindings' drift check. One test
//! binary, like the other crates (`cargo test -p livedesk-core --test core [filter]`).

mod accounts;
mod bindings;
mod check_connection;
mod concurrency;
mod crash_report;
mod damaged_history;
mod faults;
mod fuzz_inputs;
mod history_languages;
mod interrupted;
mod keychain;
mod leak;
mod notices;
mod schema_catalog;
mod sealed;
mod secrets_binding;
mod send_guards;
mod storage_faults;
mod undo;
mod world;
