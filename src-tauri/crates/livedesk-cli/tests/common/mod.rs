//! What the CLI's tests share: `livedesk-cli` run as a producer runs it (in English, on a data
//! folder of the test's own), its answer read, and a sandbox on loopback for the practice
//! accounts to talk to.

// Each test file is a binary of its own and uses part of this.
#![allow(dead_code)]

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

use livedesk_sandbox::{Sandbox, SandboxConfig, SandboxHandle};

/// `livedesk-cli`, speaking English.
pub fn livedesk_cli() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_livedesk-cli"));
    command.env("LIVEDESK_LANG", "en");
    command
}

/// Runs `command` with `stdin` as what is typed into it, and waits for it to end.
pub fn run_with_stdin(mut command: Command, stdin: &str) -> Output {
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("livedesk-cli starts");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().expect("livedesk-cli finishes")
}

/// What a command that worked printed; one that failed fails the test, showing its stderr.
#[track_caller]
pub fn ok(output: &Output) -> String {
    assert!(
        output.status.success(),
        "stderr: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// Why a command that failed failed (its stderr); one that worked fails the test.
#[track_caller]
pub fn refused(output: &Output) -> String {
    assert!(
        !output.status.success(),
        "stdout: {}",
        String::from_utf8_lossy(&output.stdout)
    );
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// A sandbox on loopback (and the runtime serving it) with an empty data folder: Livedesk's
/// first start, with somewhere for its practice accounts to send to.
pub struct World {
    pub data: tempfile::TempDir,
    pub url: String,
    _runtime: tokio::runtime::Runtime,
    pub sandbox: SandboxHandle,
}

impl World {
    pub fn new() -> Self {
        let runtime = tokio::runtime::Runtime::new().unwrap();
        let sandbox = runtime
            .block_on(Sandbox::start(SandboxConfig::default()))
            .unwrap();
        Self {
            data: tempfile::tempdir().unwrap(),
            url: sandbox.base_url(),
            _runtime: runtime,
            sandbox,
        }
    }

    /// The same with a practice account per vendor, added as a producer adds them.
    pub fn with_practice_accounts() -> Self {
        let world = Self::new();
        ok(&world.cli(&["accounts", "add-practice"]));
        world
    }

    pub fn path(&self) -> &Path {
        self.data.path()
    }

    /// `livedesk-cli` on this data folder, its practice accounts sending to this sandbox.
    pub fn command(&self) -> Command {
        let mut command = livedesk_cli();
        command
            .env("LIVEDESK_DATA_DIR", self.path())
            .env("LIVEDESK_SANDBOX_URL", &self.url);
        command
    }

    pub fn cli(&self, args: &[&str]) -> Output {
        self.command().args(args).output().unwrap()
    }

    pub fn cli_with_stdin(&self, args: &[&str], stdin: &str) -> Output {
        let mut command = self.command();
        command.args(args);
        run_with_stdin(command, stdin)
    }
}
