//! `livedesk-cli call` round trips: each of the five operations, with the practice accounts,
//! against one sandbox on loopback whose state carries across calls.

mod common;

use std::path::Path;
use std::process::{Output, Stdio};
use std::time::{Duration, Instant};

use common::{ok, refused, World};
use livedesk_sandbox::{seed, Fault, FaultKind};
use serde_json::{json, Value};

fn call(world: &World, account: &str, op: &str, input: Value, extra: &[&str]) -> Output {
    let file = world.path().join(format!("{op}.json"));
    std::fs::write(&file, input.to_string()).unwrap();
    let mut args = vec![
        "call",
        "--account",
        account,
        "--op",
        op,
        "--input",
        file.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    world.cli(&args)
}

#[track_caller]
fn sent(output: &Output) -> Value {
    serde_json::from_str(&ok(output)).unwrap()
}

const HUAWEI: &str = "Sandbox – Huawei Cloud Live";
const NAVER: &str = "Sandbox – NAVER Cloud Live Station";
const BLENDVISION: &str = "Sandbox – BlendVision One";
const ALIBABA: &str = "Sandbox – Alibaba Cloud ApsaraVideo Live";

#[test]
fn huawei_stream_backup_round_trip() {
    let w = World::with_practice_accounts();
    let on = sent(&call(
        &w,
        HUAWEI,
        "huawei.stream_backup",
        json!({"publish_domain": seed::HUAWEI_PUBLISH_DOMAIN, "stream_backup_enable": true}),
        &["--json"],
    ));
    assert_eq!(
        on["summary"][0],
        format!(
            "Stream backup is now ON for {}.",
            seed::HUAWEI_PUBLISH_DOMAIN
        )
    );
    assert!(on["request_id"].is_string());
    let error = refused(&call(
        &w,
        HUAWEI,
        "huawei.stream_backup",
        json!({"publish_domain": ""}),
        &[],
    ));
    assert!(error.contains("publish_domain"), "{error}");
}

#[test]
fn huawei_record_control_round_trip() {
    let w = World::with_practice_accounts();
    let input = |action: &str| json!({"action": action, "publish_domain": seed::HUAWEI_PUBLISH_DOMAIN, "app": seed::HUAWEI_RECORD_APP, "stream": seed::HUAWEI_ONLINE_STREAMS[0]});
    let started = sent(&call(
        &w,
        HUAWEI,
        "huawei.record_control",
        input("START"),
        &["--json"],
    ));
    assert!(
        started["summary"][0]
            .as_str()
            .unwrap()
            .ends_with("has started."),
        "{started}"
    );
    let stopped = sent(&call(
        &w,
        HUAWEI,
        "huawei.record_control",
        input("STOP"),
        &["--json"],
    ));
    assert!(
        stopped["summary"][0]
            .as_str()
            .unwrap()
            .ends_with("has stopped."),
        "{stopped}"
    );
    // A START right after the STOP is refused by the vendor's 10-second rule, and explained.
    let error = refused(&call(
        &w,
        HUAWEI,
        "huawei.record_control",
        input("START"),
        &[],
    ));
    assert!(error.contains("Vendor code: LIVE.100011022"), "{error}");
}

#[test]
fn naver_switch_stream_round_trip() {
    let w = World::with_practice_accounts();
    let switched = sent(&call(
        &w,
        NAVER,
        "naver.switch_stream",
        json!({"channelId": seed::NAVER_PUBLISHING_CHANNEL}),
        &["--json"],
    ));
    assert!(
        switched["summary"][0]
            .as_str()
            .unwrap()
            .contains("backup stream is now on air"),
        "{switched}"
    );
    assert_eq!(
        switched["raw"]["content"]["isPublishingBackUp"], true,
        "{switched}"
    );
    let error = refused(&call(
        &w,
        NAVER,
        "naver.switch_stream",
        json!({"channelId": seed::NAVER_READY_CHANNEL}),
        &[],
    ));
    assert!(
        error.contains("only while the channel is PUBLISHING"),
        "{error}"
    );
}

/// The dry run says what the window's Review says: which stream goes on air, or why NAVER
/// would refuse; the channel is the target, never a change.
#[test]
fn naver_switch_stream_dry_run_states_the_effect() {
    let w = World::with_practice_accounts();
    let review = call(
        &w,
        NAVER,
        "naver.switch_stream",
        json!({"channelId": seed::NAVER_PUBLISHING_CHANNEL}),
        &["--dry-run"],
    );
    let text = String::from_utf8_lossy(&review.stdout);
    assert!(review.status.success(), "{text}");
    assert!(
        text.contains("The backup stream will go on air on channel")
            && text.contains("(now: main stream)"),
        "{text}"
    );
    assert!(!text.contains("Nothing changes"), "{text}");
    assert!(
        text.contains(&format!("Channel ID: {}", seed::NAVER_PUBLISHING_CHANNEL)),
        "{text}"
    );
    let ready = call(
        &w,
        NAVER,
        "naver.switch_stream",
        json!({"channelId": seed::NAVER_READY_CHANNEL}),
        &["--dry-run"],
    );
    let text = String::from_utf8_lossy(&ready.stdout);
    assert!(
        text.contains("This would be refused; nothing would be sent") && text.contains("is READY"),
        "{text}"
    );
}

#[test]
fn blendvision_update_live_round_trip() {
    let w = World::with_practice_accounts();
    let input = json!({"id": seed::BLENDVISION_LIVE_ID, "name": "Morning Show, take 2",
                       "security": {"privacy": {"type": "SECURITY_PRIVACY_TYPE_TOKEN", "token": {"device_limit": 2}}}});
    let updated = sent(&call(
        &w,
        BLENDVISION,
        "blendvision.update_live",
        input,
        &["--json"],
    ));
    assert!(!updated["summary"].as_array().unwrap().is_empty());
    assert_eq!(
        updated["raw"]["live"]["name"], "Morning Show, take 2",
        "{updated}"
    );
    let bad = json!({"id": seed::BLENDVISION_LIVE_ID, "security": {"privacy": {"type": "SECURITY_PRIVACY_TYPE_TOKEN", "token": {"device_limit": 1001}}}});
    let error = refused(&call(&w, BLENDVISION, "blendvision.update_live", bad, &[]));
    assert!(
        error.contains("security.privacy.token.device_limit"),
        "{error}"
    );
}

#[test]
fn alibaba_set_caster_config_round_trip_and_dry_run() {
    let w = World::with_practice_accounts();
    let input =
        json!({"CasterId": seed::ALIBABA_IDLE_CASTER, "CasterName": "Studio A", "Delay": 30});
    let review = call(
        &w,
        ALIBABA,
        "alibaba.set_caster_config",
        input.clone(),
        &["--dry-run"],
    );
    let text = String::from_utf8_lossy(&review.stdout);
    assert!(
        review.status.success() && text.contains("replaces"),
        "{text}"
    );
    assert!(text.contains("$ALIBABA_AUTHORIZATION"), "{text}");
    assert!(
        !text.contains(livedesk_sandbox::ALIBABA_ACCESS_KEY_SECRET),
        "no secret in a dry run: {text}"
    );
    let set = sent(&call(
        &w,
        ALIBABA,
        "alibaba.set_caster_config",
        input,
        &["--json"],
    ));
    assert!(!set["summary"].as_array().unwrap().is_empty(), "{set}");
    let error = refused(&call(
        &w,
        ALIBABA,
        "alibaba.set_caster_config",
        json!({"CasterId": seed::ALIBABA_IDLE_CASTER, "Delay": 301}),
        &[],
    ));
    assert!(error.contains("Delay"), "{error}");
}

#[test]
fn calls_are_listed_in_history() {
    let w = World::with_practice_accounts();
    sent(&call(
        &w,
        NAVER,
        "naver.switch_stream",
        json!({"channelId": seed::NAVER_PUBLISHING_CHANNEL}),
        &["--json"],
    ));
    // An unknown channel reaches the vendor (a READY one is refused before sending and
    // leaves nothing in history).
    refused(&call(
        &w,
        NAVER,
        "naver.switch_stream",
        json!({"channelId": "ls-20990101000000-Nope1"}),
        &[],
    ));
    let listed = w.cli(&["history", "list", "--json"]);
    assert!(
        listed.status.success(),
        "{}",
        String::from_utf8_lossy(&listed.stderr)
    );
    let items: Value = serde_json::from_slice(&listed.stdout).unwrap();
    let outcomes: Vec<&str> = items
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["outcome"].as_str().unwrap())
        .collect();
    assert_eq!(outcomes, ["vendor_error", "ok"]);
    let shown = w.cli(&["history", "show", &items[1]["id"].to_string()]);
    let entry: Value = serde_json::from_slice(&shown.stdout).unwrap();
    assert_eq!(entry["request"]["method"], "PUT");
    assert!(!String::from_utf8_lossy(&shown.stdout).contains(livedesk_sandbox::NAVER_SECRET_KEY));
}

/// The newest entry's outcome, read without opening the history through Livedesk (which would
/// settle an entry still being sent).
fn newest_outcome(db: &Path) -> Option<String> {
    let flags = rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY;
    let conn = rusqlite::Connection::open_with_flags(db, flags).ok()?;
    conn.query_row(
        "SELECT outcome FROM entries ORDER BY id DESC LIMIT 1",
        [],
        |r| r.get(0),
    )
    .ok()
}

#[test]
fn a_call_killed_before_its_answer_is_outcome_unknown_in_history() {
    let w = World::with_practice_accounts();
    // The vendor reads the current state at once, then holds the change's answer.
    let held = w
        .sandbox
        .set_fault(Fault::new(FaultKind::Latency { ms: 120_000 }).on_method("PUT"))
        .unwrap();
    let file = w.path().join("held.json");
    let input =
        json!({"publish_domain": seed::HUAWEI_PUBLISH_DOMAIN, "stream_backup_enable": true});
    std::fs::write(&file, input.to_string()).unwrap();
    let mut child = w
        .command()
        .args(["call", "--account", HUAWEI, "--op", "huawei.stream_backup"])
        .arg("--input")
        .arg(&file)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let db = w.path().join("history.sqlite3");
    let deadline = Instant::now() + Duration::from_secs(60);
    while newest_outcome(&db).as_deref() != Some("sending") {
        assert!(
            child.try_wait().unwrap().is_none(),
            "the call ended before it was killed"
        );
        assert!(Instant::now() < deadline, "no entry being sent after 60 s");
        std::thread::sleep(Duration::from_millis(25));
    }
    // Let the change reach the vendor, then kill (SIGKILL on Unix) while it holds the answer.
    std::thread::sleep(Duration::from_millis(300));
    child.kill().unwrap();
    assert!(!child.wait().unwrap().success());
    w.sandbox.remove_fault(held).unwrap();
    assert_eq!(newest_outcome(&db).as_deref(), Some("sending"));

    let listed = w.cli(&["history", "list"]);
    assert!(listed.status.success());
    let told = String::from_utf8_lossy(&listed.stderr);
    assert!(
        told.contains("was being sent when Livedesk closed")
            && told.contains("Load the current settings to see whether it was applied"),
        "{told}"
    );
    let lines = String::from_utf8_lossy(&listed.stdout).into_owned();
    assert!(
        lines.lines().next().unwrap().contains("outcome unknown"),
        "{lines}"
    );
    let listed = w.cli(&["history", "list", "--json"]);
    let items: Value = serde_json::from_slice(&listed.stdout).unwrap();
    assert_eq!(items[0]["outcome"], "unknown");
    assert_eq!(items[0]["can_undo"], true);
    assert_eq!(items[0]["operation"], "huawei.stream_backup");
    let shown = w.cli(&["history", "show", &items[0]["id"].to_string()]);
    let entry: Value = serde_json::from_slice(&shown.stdout).unwrap();
    assert_eq!(entry["request"]["method"], "PUT");
    assert!(entry["state_before"].is_object(), "{entry}");

    let conn = rusqlite::Connection::open(&db).unwrap();
    let integrity: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(integrity, "ok");
}

/// `livedesk-cli operations | head -1`: the reader stops early, and the CLI ends without a
/// crash report (as any Unix tool does).
#[cfg(unix)]
#[test]
fn a_reader_that_stops_early_is_no_crash() {
    use std::io::Read;
    use std::os::unix::process::ExitStatusExt;
    let mut child = common::livedesk_cli()
        .args(["operations", "--json"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 16];
    child.stdout.take().unwrap().read_exact(&mut first).unwrap();
    // The pipe's reading end is closed here, with most of the JSON still to come.
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.is_empty(), "{stderr}");
    assert!(
        output.status.success() || output.status.signal() == Some(libc::SIGPIPE),
        "{:?}",
        output.status
    );
}

/// A damaged settings file is set aside by whichever command finds it, and that command says
/// where the copy is (the producer's accounts are in it).
#[test]
fn every_command_says_when_it_set_a_damaged_settings_file_aside() {
    for args in [&["history", "list"][..], &["accounts", "list"][..]] {
        let world = World::new();
        std::fs::write(world.path().join("settings.json"), "{ not json").unwrap();
        let output = world.cli(args);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            stderr.contains("the settings file was damaged; it was set aside as"),
            "{args:?}: {stderr}"
        );
        let copies = std::fs::read_dir(world.path())
            .unwrap()
            .filter(|f| {
                let name = f.as_ref().unwrap().file_name();
                name.to_string_lossy().starts_with("settings.damaged-")
            })
            .count();
        assert_eq!(copies, 1, "{args:?}");
    }
}
