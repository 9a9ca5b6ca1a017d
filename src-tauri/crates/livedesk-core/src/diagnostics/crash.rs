//! Crash reports: a panic's message and location, scrubbed, on stderr and in the log.
//!
//! The standard hook prints the message as is, and a panic message is whatever a bug
//! formatted, possibly a `Debug` of something holding a key. It is replaced, not chained.

use std::panic::PanicHookInfo;

use super::scrub::scrub_report;

/// The log target of crash reports (the stderr log layer leaves them out: the hook has
/// already printed them there).
pub const CRASH_TARGET: &str = "livedesk::crash";

/// The report for one panic: thread, location and the scrubbed message.
pub fn crash_report(info: &PanicHookInfo<'_>) -> String {
    let message = info.payload_as_str().unwrap_or("(no message)");
    let location = info
        .location()
        .map(|l| format!("{}:{}:{}", l.file(), l.line(), l.column()))
        .unwrap_or_else(|| "an unknown place".to_owned());
    let thread = std::thread::current();
    let thread = thread.name().unwrap_or("unnamed");
    format!(
        "Livedesk crashed in thread '{thread}' at {location}: {}",
        scrub_report(message)
    )
}

/// Replaces the panic hook with one that hands each scrubbed report to `sink`.
pub fn set_panic_hook_with(sink: impl Fn(&str) + Send + Sync + 'static) {
    std::panic::set_hook(Box::new(move |info| sink(&crash_report(info))));
}

/// The hook of the app and the CLI: the report goes to stderr (that works even when logging
/// does not) and to the log, with a backtrace when `RUST_BACKTRACE` asks for one (symbols
/// and addresses only).
pub fn install_panic_hook() {
    set_panic_hook_with(|report| {
        let backtrace = std::backtrace::Backtrace::capture();
        let full = match backtrace.status() {
            std::backtrace::BacktraceStatus::Captured => format!("{report}\n{backtrace}"),
            _ => report.to_owned(),
        };
        eprintln!("{full}");
        tracing::error!(target: CRASH_TARGET, "{full}");
    });
}
