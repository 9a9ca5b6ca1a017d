//! Every file `livedesk-cli` keeps is the user's alone on Linux and macOS: the data folder 0700,
//! settings and history (with SQLite's -wal/-shm) 0600, also when an older version left them
//! readable by others.
#![cfg(unix)]

mod common;

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::Output;

use common::{ok, World};
use livedesk_sandbox::seed;

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

/// A command on `data` that must work.
#[track_caller]
fn cli(world: &World, data: &Path, args: &[&str]) -> Output {
    let output = world
        .command()
        .env("LIVEDESK_DATA_DIR", data)
        .args(args)
        .output()
        .unwrap();
    ok(&output);
    output
}

#[test]
fn settings_and_history_are_private_and_loose_ones_are_tightened() {
    let world = World::new();
    // As an older Livedesk, or another umask, left them: readable by everyone.
    let data = world.path().join("livedesk");
    std::fs::create_dir(&data).unwrap();
    std::fs::write(data.join("settings.json"), b"{}").unwrap();
    std::fs::set_permissions(&data, std::fs::Permissions::from_mode(0o755)).unwrap();
    std::fs::set_permissions(
        data.join("settings.json"),
        std::fs::Permissions::from_mode(0o644),
    )
    .unwrap();

    cli(&world, &data, &["accounts", "add-practice"]);
    let input = data.join("input.json");
    std::fs::write(
        &input,
        serde_json::json!({"publish_domain": seed::HUAWEI_PUBLISH_DOMAIN, "stream_backup_enable": true})
            .to_string(),
    )
    .unwrap();
    cli(
        &world,
        &data,
        &[
            "call",
            "--account",
            "Sandbox – Huawei Cloud Live",
            "--op",
            "huawei.stream_backup",
            "--input",
            input.to_str().unwrap(),
        ],
    );
    let listed = cli(&world, &data, &["history", "list", "--json"]);
    assert!(String::from_utf8_lossy(&listed.stdout).contains("huawei.stream_backup"));

    assert_eq!(mode(&data), 0o700);
    let mut checked = Vec::new();
    for name in [
        "settings.json",
        "history.sqlite3",
        "history.sqlite3-wal",
        "history.sqlite3-shm",
    ] {
        let path = data.join(name);
        // SQLite removes -wal and -shm when the last connection closes; when it does not, they
        // must be private too.
        if name.contains(".sqlite3-") && !path.exists() {
            continue;
        }
        assert_eq!(mode(&path), 0o600, "{name}");
        checked.push(name);
    }
    assert!(checked.len() >= 2, "{checked:?}");
}
