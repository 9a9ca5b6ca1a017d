//! `livedesk-cli`: every code path of the app, without the window.

mod accounts;
mod call;
mod data_folder;
mod history;
mod output;
mod sandbox;
mod sign;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "livedesk-cli", version, about = "Livedesk from a terminal")]
struct Cli {
    /// The language of what Livedesk prints: en, zh-Hans, zh-Hant, ko or ja (default: the
    /// system's language; this help stays in English).
    #[arg(long, global = true, env = "LIVEDESK_LANG", value_parser = parse_lang)]
    lang: Option<livedesk_i18n::Lang>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Sign one request: reads a JSON object on stdin, prints the signed request as JSON.
    Sign,
    /// Manage vendor accounts (the same ones the app shows).
    Accounts(accounts::Args),
    /// Send one vendor operation with an account (or only review it with --dry-run).
    Call(call::Args),
    /// The call history the app keeps.
    History(history::Args),
    /// List the vendor operations and their ids (--json: with their forms' JSON Schema).
    Operations {
        #[arg(long)]
        json: bool,
    },
    /// Run the vendor sandbox on loopback and print its base URL and test credentials.
    Sandbox(sandbox::Args),
}

fn parse_lang(tag: &str) -> Result<livedesk_i18n::Lang, String> {
    livedesk_i18n::Lang::from_tag(tag).ok_or_else(|| {
        let choices: Vec<&str> = livedesk_i18n::Lang::ALL.iter().map(|l| l.tag()).collect();
        format!(
            "not a language Livedesk speaks; choose one of {}",
            choices.join(", ")
        )
    })
}

/// A reader that stops early (`livedesk-cli operations | head`) ends the command the way it
/// ends any Unix tool. Rust ignores SIGPIPE, so printing to the closed pipe would panic and
/// print a crash report instead.
#[cfg(unix)]
fn end_quietly_when_the_reader_stops() {
    // SAFETY: first thing in `main`, before any other thread exists; it restores the default
    // action of one signal and touches no memory.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}

fn main() -> ExitCode {
    #[cfg(unix)]
    end_quietly_when_the_reader_stops();
    // Settings and history are created private (0600 in a 0700 folder on Linux and macOS).
    livedesk_core::private_files::private_from_now_on();
    livedesk_core::diagnostics::install_panic_hook();
    // Quiet by default: the CLI prints its own messages; LIVEDESK_LOG=debug shows each request.
    livedesk_core::diagnostics::init_logging(None, "error");
    let cli = Cli::parse();
    livedesk_i18n::set_language(cli.lang.unwrap_or_else(livedesk_i18n::Lang::system));
    let result = match cli.command {
        Command::Sign => sign::run(),
        Command::Sandbox(args) => sandbox::run(args),
        Command::Accounts(args) => accounts::run(args),
        Command::Call(args) => call::run(args),
        Command::History(args) => history::run(args),
        Command::Operations { json } => call::list_operations(json),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("livedesk-cli: {message}");
            ExitCode::FAILURE
        }
    }
}
