//! `livedesk-cli accounts edit` and keys bound to where they were entered, against the real
//! keychain (run by scripts/test-all.sh with --ignored) and a sandbox on loopback.

use std::io::Write;
use std::net::TcpListener;
use std::path::Path;
use std::process::{Command, Output, Stdio};

use livedesk_sandbox::{Sandbox, SandboxConfig, NAVER_ACCESS_KEY, NAVER_SECRET_KEY};

const NAME: &str = "NAVER – studio";

fn cli(data: &Path, args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_livedesk-cli"))
        .env("LIVEDESK_LANG", "en")
        .args(args)
        .env("LIVEDESK_DATA_DIR", data)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

fn ok(output: &Output) -> String {
    assert!(
        output.status.success(),
        "stderr: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn refused(output: &Output) -> String {
    assert!(
        !output.status.success(),
        "stdout: {}",
        String::from_utf8_lossy(&output.stdout)
    );
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn list_channels(data: &Path) -> Output {
    let input = data.join("input.json");
    std::fs::write(&input, "{}").unwrap();
    cli(
        data,
        &[
            "call",
            "--account",
            NAME,
            "--op",
            "naver.list_channels",
            "--input",
            input.to_str().unwrap(),
        ],
        "",
    )
}

/// A loopback listener that only counts who connects.
fn listener() -> (TcpListener, String) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    listener.set_nonblocking(true).unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    (listener, url)
}

#[test]
#[ignore = "needs a Secret Service; run by scripts/test-all.sh"]
fn moving_an_account_needs_its_keys_again_and_the_file_cannot_move_them() {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let sandbox = runtime
        .block_on(Sandbox::start(SandboxConfig::default()))
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    let keys = format!(
        "{{\"access_key\": \"{NAVER_ACCESS_KEY}\", \"secret_key\": \"{NAVER_SECRET_KEY}\"}}"
    );
    let (first, first_url) = listener();
    let at_first = format!("endpoint={first_url}");
    let add = [
        "accounts",
        "add",
        "--vendor",
        "naver",
        "--name",
        NAME,
        "--set",
        "region_code=KR",
        "--set",
        &at_first,
    ];
    ok(&cli(data, &add, &keys));

    // To the sandbox without the keys: refused, named, and the account stays where it was.
    let to_sandbox = format!("endpoint={}", sandbox.base_url());
    let error = refused(&cli(
        data,
        &["accounts", "edit", NAME, "--set", &to_sandbox],
        "",
    ));
    assert!(error.contains("enter it again"), "{error}");
    assert!(
        error.contains(&first_url[7..]),
        "names where the keys were entered: {error}"
    );
    let listed = ok(&cli(data, &["accounts", "list", "--json"], ""));
    assert!(listed.contains(&first_url), "{listed}");
    let partial = refused(&cli(
        data,
        &["accounts", "edit", NAME, "--set", &to_sandbox],
        &format!("{{\"access_key\": \"{NAVER_ACCESS_KEY}\"}}"),
    ));
    assert!(partial.contains("Secret key: enter it again"), "{partial}");

    // With them: moved, and the sandbox answers the keys.
    ok(&cli(
        data,
        &["accounts", "edit", NAME, "--set", &to_sandbox],
        &keys,
    ));
    ok(&list_channels(data));
    // A rename or the same address again needs no keys.
    ok(&cli(
        data,
        &["accounts", "edit", NAME, "--set", &to_sandbox],
        "",
    ));

    // The settings file edited behind Livedesk's back: nothing reaches the other address.
    let (second, second_url) = listener();
    let settings_path = data.join("settings.json");
    let settings = std::fs::read_to_string(&settings_path).unwrap();
    std::fs::write(
        &settings_path,
        settings.replace(&sandbox.base_url(), &second_url),
    )
    .unwrap();
    let error = refused(&list_channels(data));
    assert!(error.contains("Nothing was sent"), "{error}");
    assert!(error.contains("enter its keys again"), "{error}");
    for (who, l) in [("second", &second), ("first", &first)] {
        assert!(
            l.accept()
                .is_err_and(|e| e.kind() == std::io::ErrorKind::WouldBlock),
            "the {who} listener was connected to"
        );
    }
    ok(&cli(data, &["accounts", "remove", NAME, "--yes"], ""));
}
