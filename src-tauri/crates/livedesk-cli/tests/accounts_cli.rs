//! `livedesk-cli accounts` against the real keychain (run by scripts/test-all.sh with --ignored).

mod common;

use std::process::Output;

use common::{livedesk_cli, run_with_stdin};

fn cli(data: &std::path::Path, args: &[&str], stdin: &str) -> Output {
    let mut command = livedesk_cli();
    command
        .arg("accounts")
        .args(args)
        .env("LIVEDESK_DATA_DIR", data);
    run_with_stdin(command, stdin)
}

#[test]
#[ignore = "needs a Secret Service; run by scripts/test-all.sh"]
fn add_list_remove_with_secrets_only_from_stdin() {
    let dir = tempfile::tempdir().unwrap();
    let canary = "CLI-CANARY-SECRET-90af13";
    let added = cli(
        dir.path(),
        &[
            "add",
            "--vendor",
            "alibaba",
            "--name",
            "Ali – Hangzhou",
            "--set",
            "region_id=cn-hangzhou",
        ],
        &format!("{{\"access_key_id\": \"LTAI-cli-0001\", \"access_key_secret\": \"{canary}\"}}"),
    );
    assert!(
        added.status.success(),
        "{}",
        String::from_utf8_lossy(&added.stderr)
    );

    let listed = cli(dir.path(), &["list"], "");
    let text = String::from_utf8_lossy(&listed.stdout);
    assert!(
        text.contains("Ali – Hangzhou") && text.contains("cn-hangzhou"),
        "{text}"
    );
    assert!(text.contains("access_key_secret …af13"), "masked: {text}");
    assert!(!text.contains(canary));
    let settings = std::fs::read_to_string(dir.path().join("settings.json")).unwrap();
    assert!(!settings.contains(canary), "{settings}");

    let refused = cli(
        dir.path(),
        &[
            "add",
            "--vendor",
            "naver",
            "--name",
            "x",
            "--set",
            "secret_key=oops",
        ],
        "{}",
    );
    assert!(!refused.status.success());
    assert!(String::from_utf8_lossy(&refused.stderr).contains("--set secret_key"));

    let bad = cli(
        dir.path(),
        &[
            "add",
            "--vendor",
            "naver",
            "--name",
            "Ali – hangzhou",
            "--set",
            "region_code=KR",
        ],
        "{\"access_key\": \"a\", \"secret_key\": \"b\"}",
    );
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("already an account named"));

    let removed = cli(dir.path(), &["remove", "Ali – Hangzhou", "--yes"], "");
    assert!(
        removed.status.success(),
        "{}",
        String::from_utf8_lossy(&removed.stderr)
    );
    let listed = cli(dir.path(), &["list", "--json"], "");
    assert_eq!(String::from_utf8_lossy(&listed.stdout).trim(), "[]");
}
