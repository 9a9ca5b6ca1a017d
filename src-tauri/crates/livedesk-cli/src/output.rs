//! How the CLI prints: a message of the catalog on a line of its own (`say!`), a note on
//! stderr after the program's name that does not stop the command (`note!`), and results as
//! pretty JSON (`print_json`). One place, so every command's lines look alike.

use serde::Serialize;

/// The catalog message on stdout: `say!("cli-kept")`, `say!("cli-account-added", name = …)`.
macro_rules! say {
    ($($message:tt)+) => {
        println!("{}", livedesk_i18n::t!($($message)+))
    };
}

/// The catalog message on stderr, after `livedesk-cli: `, the way `main` prints errors.
macro_rules! note {
    ($($message:tt)+) => {
        eprintln!("livedesk-cli: {}", livedesk_i18n::t!($($message)+))
    };
}

pub(crate) use {note, say};

/// `value` as indented JSON on stdout (`--json`); `what` names it should it fail to serialise,
/// which the engine's result types never do.
pub fn print_json(value: &impl Serialize, what: &str) {
    println!("{}", serde_json::to_string_pretty(value).expect(what));
}
