//! Crash reports: a panic's message and location, scrubbed, on stderr and in the log.
//!
//! The standard hook prints the message as is, and a panic message is whatever a bug
//! formatted, possibly a `Debug` of something holding a key. It is replaced, not chained.

use std::panic::PanicHookInfo;

use livedesk_secrets::{mask_key_like, mask_remembered};

/// Crash messages are cut here before masking (a Debug of a large value can be huge).
const MAX_REPORT_BYTES: usize = 64 << 10;

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

/// What a crash report may show of a message: cut to a sane size, remembered secrets and
/// key-like tokens masked.
pub fn scrub_report(message: &str) -> String {
    let mut end = message.len().min(MAX_REPORT_BYTES);
    while !message.is_char_boundary(end) {
        end -= 1;
    }
    let mut clean = mask_key_like(&mask_remembered(&message[..end]));
    if end < message.len() {
        clean.push_str(" [cut]");
    }
    clean
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_without_secrets_is_unchanged() {
        livedesk_secrets::remember("another-secret-value-42");
        let text = "ünïcode text, acc_0123456789abcdef, request 42";
        assert_eq!(scrub_report(text), text);
    }

    #[test]
    fn huge_messages_are_cut_on_a_character_boundary() {
        let text = "é".repeat(MAX_REPORT_BYTES);
        let clean = scrub_report(&text);
        assert!(clean.ends_with(" [cut]"));
        assert!(clean.len() <= MAX_REPORT_BYTES + 6);
    }
}
