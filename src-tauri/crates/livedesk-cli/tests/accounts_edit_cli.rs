//! `livedesk-cli accounts edit` and keys bound to where they were entered, against the real
//! keychain (run by scripts/test-all.sh with --ignored) and a sandbox on loopback.

mod common;

use std::net::TcpListener;
use std::process::Output;

use common::{ok, refused, World};
use livedesk_sandbox::{NAVER_ACCESS_KEY, NAVER_SECRET_KEY};

const NAME: &str = "NAVER – studio";

fn list_channels(world: &World) -> Output {
    let input = world.path().join("input.json");
    std::fs::write(&input, "{}").unwrap();
    world.cli(&[
        "call",
        "--account",
        NAME,
        "--op",
        "naver.list_channels",
        "--input",
        input.to_str().unwrap(),
    ])
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
    let world = World::new();
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
    ok(&world.cli_with_stdin(&add, &keys));

    // To the sandbox without the keys: refused, named, and the account stays where it was.
    let to_sandbox = format!("endpoint={}", world.url);
    let error =
        refused(&world.cli_with_stdin(&["accounts", "edit", NAME, "--set", &to_sandbox], ""));
    assert!(error.contains("enter it again"), "{error}");
    assert!(
        error.contains(&first_url[7..]),
        "names where the keys were entered: {error}"
    );
    let listed = ok(&world.cli_with_stdin(&["accounts", "list", "--json"], ""));
    assert!(listed.contains(&first_url), "{listed}");
    let partial = refused(&world.cli_with_stdin(
        &["accounts", "edit", NAME, "--set", &to_sandbox],
        &format!("{{\"access_key\": \"{NAVER_ACCESS_KEY}\"}}"),
    ));
    assert!(partial.contains("Secret key: enter it again"), "{partial}");

    // With them: moved, and the sandbox answers the keys.
    ok(&world.cli_with_stdin(&["accounts", "edit", NAME, "--set", &to_sandbox], &keys));
    ok(&list_channels(&world));
    // A rename or the same address again needs no keys.
    ok(&world.cli_with_stdin(&["accounts", "edit", NAME, "--set", &to_sandbox], ""));

    // The settings file edited behind Livedesk's back: nothing reaches the other address.
    let (second, second_url) = listener();
    let settings_path = world.path().join("settings.json");
    let settings = std::fs::read_to_string(&settings_path).unwrap();
    std::fs::write(&settings_path, settings.replace(&world.url, &second_url)).unwrap();
    let error = refused(&list_channels(&world));
    assert!(error.contains("Nothing was sent"), "{error}");
    assert!(error.contains("enter its keys again"), "{error}");
    for (who, l) in [("second", &second), ("first", &first)] {
        assert!(
            l.accept()
                .is_err_and(|e| e.kind() == std::io::ErrorKind::WouldBlock),
            "the {who} listener was connected to"
        );
    }
    ok(&world.cli_with_stdin(&["accounts", "remove", NAME, "--yes"], ""));
}
