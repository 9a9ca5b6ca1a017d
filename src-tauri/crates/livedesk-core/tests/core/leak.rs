//! A recognisable canary secret goes in through every command that takes a form; it must come
//! out of none of them: not in results, errors, Debug output, the settings file or the log
//! (everything logged at TRACE, the dependencies' `log` records included, unscrubbed).

use std::io::Write;
use std::sync::{Arc, Mutex};

use livedesk_core::accounts::{JsonFileStore, MemorySecretStore};
use livedesk_core::api::Vendor;
use livedesk_core::Engine;
use serde_json::json;

const CANARY: &str = "LEAK-CANARY-3e9b7a51c0d2";
/// Stream keys, without digits: only the engine's memory of them can mask them, not their shape.
const STREAM_CANARY: &str = "yt-STREAM-CANARY-keyvalue-qwrt";
const RELAY_CANARY: &str = "bv-RELAY-CANARY-streamkey-zxcv";

macro_rules! count_commands {
    ($( $(#[doc = $doc:literal])* $name:ident ( $($arg:ident : $argty:ty),* ) -> $ret:ty ; )*) => {
        [$(stringify!($name)),*].len()
    };
}

/// Every log line of the test, as formatted, before any scrubbing the app adds on top.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Global, not per thread: the engine logs from blocking and runtime worker threads too.
fn capture_all_logs() -> Captured {
    let captured = Captured::default();
    let writer = captured.clone();
    tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_ansi(false)
        .with_writer(move || writer.clone())
        .try_init()
        .expect("the only subscriber of this test binary");
    captured
}

#[tokio::test]
async fn the_canary_secret_appears_in_no_result_error_or_file() {
    let log = capture_all_logs();
    let dir = tempfile::tempdir().unwrap();
    let settings_path = dir.path().join("settings.json");
    let (store, _) = JsonFileStore::open(&settings_path).unwrap();
    let secrets = Arc::new(MemorySecretStore::default());
    let history_path = dir.path().join("history.sqlite3");
    let (history, _) = livedesk_history::History::open(&history_path).unwrap();
    let engine = Engine::new(Arc::new(store), secrets.clone()).with_history(history);
    let sandbox = livedesk_sandbox::Sandbox::start(livedesk_sandbox::SandboxConfig::default())
        .await
        .unwrap();
    engine.accounts().set_sandbox_url(Some(sandbox.base_url()));

    let mut seen: Vec<String> = Vec::new();
    let mut record = |label: &str, value: String| seen.push(format!("{label}: {value}"));
    let mut exercised = 0;

    exercised += 1;
    record("app_info", format!("{:?}", engine.app_info().await));
    // English, as the process already speaks: the language is the whole test binary's.
    exercised += 1;
    record(
        "set_language",
        format!(
            "{:?}",
            engine.set_language(livedesk_core::api::Lang::En).await
        ),
    );
    exercised += 1;
    record(
        "account_forms",
        format!("{:?}", engine.account_forms().await),
    );
    exercised += 1;
    let created = engine
        .create_account(
            Vendor::Alibaba,
            json!({"name": "Leak test", "region_id": "cn-shanghai", "endpoint": sandbox.base_url(),
                   "access_key_id": livedesk_sandbox::ALIBABA_ACCESS_KEY_ID, "access_key_secret": CANARY}),
        )
        .await
        .unwrap();
    record("create_account", serde_json::to_string(&created).unwrap());
    // A rejected form that carries the canary must not echo it back.
    record(
        "create_account error",
        serde_json::to_string(
            &engine
                .create_account(Vendor::Alibaba, json!({"name": "Leak test", "region_id": "cn-shanghai", "access_key_id": "x", "access_key_secret": CANARY}))
                .await
                .unwrap_err(),
        )
        .unwrap(),
    );
    record(
        "create_account error (bad field)",
        serde_json::to_string(&engine.create_account(Vendor::Alibaba, json!({"name": "L2", "region_id": CANARY, "access_key_id": "x", "access_key_secret": CANARY})).await.unwrap_err())
            .unwrap(),
    );
    exercised += 1;
    let updated = engine
        .update_account(
            created.id.clone(),
            json!({"name": "Leak test 2", "access_key_secret": format!("{CANARY}-2")}),
        )
        .await
        .unwrap();
    record("update_account", serde_json::to_string(&updated).unwrap());
    // Guard against a test that cannot fail: the canary really is stored, in the keychain only.
    assert!(secrets.raw(&created.id).unwrap().contains(CANARY));
    exercised += 1;
    // The sandbox refuses the canary key: the explanation must not quote it.
    let checked = engine
        .check_connection(created.id.clone(), None)
        .await
        .unwrap();
    assert_eq!(
        checked.outcome,
        livedesk_http::Outcome::WrongKey,
        "{checked:?}"
    );
    record("check_connection", serde_json::to_string(&checked).unwrap());
    exercised += 1;
    record(
        "list_operations",
        format!("{:?}", engine.list_operations().await.unwrap().len()),
    );
    let input =
        json!({"CasterId": livedesk_sandbox::seed::ALIBABA_IDLE_CASTER, "CasterName": "Leak"});
    exercised += 1;
    let review = engine
        .review_call(
            created.id.clone(),
            "alibaba.set_caster_config".into(),
            input.clone(),
        )
        .await
        .unwrap();
    record("review_call", serde_json::to_string(&review).unwrap());
    exercised += 1;
    let refused = engine
        .send_call(
            created.id.clone(),
            "alibaba.set_caster_config".into(),
            input.clone(),
            None,
            None,
        )
        .await
        .unwrap_err();
    assert_eq!(refused.code, "vendor.wrong_key", "{refused:?}");
    record("send_call error", serde_json::to_string(&refused).unwrap());
    exercised += 1;
    let key = json!({"CasterId": livedesk_sandbox::seed::ALIBABA_IDLE_CASTER});
    record(
        "load_current",
        format!(
            "{:?}",
            engine
                .load_current(created.id.clone(), "alibaba.set_caster_config".into(), key)
                .await
        ),
    );
    exercised += 1;
    record(
        "diff_call",
        format!(
            "{:?}",
            engine
                .diff_call("alibaba.set_caster_config".into(), json!({}), input.clone())
                .await
        ),
    );
    exercised += 1;
    record(
        "field_choices",
        format!(
            "{:?}",
            engine
                .field_choices(
                    created.id.clone(),
                    "alibaba.set_caster_config".into(),
                    "CasterId".into(),
                    json!({}),
                )
                .await
        ),
    );
    exercised += 1;
    let listed = engine.list_history(None, None, None).await.unwrap();
    assert_eq!(listed.len(), 1, "the refused call is in history");
    record("list_history", serde_json::to_string(&listed).unwrap());
    exercised += 1;
    record(
        "history_entry",
        serde_json::to_string(&engine.history_entry(listed[0].id).await.unwrap()).unwrap(),
    );
    exercised += 1;
    record(
        "plan_replay",
        format!("{:?}", engine.plan_replay(listed[0].id, false).await),
    );
    exercised += 1;
    record(
        "history_retention",
        format!("{:?}", engine.history_retention().await),
    );
    exercised += 1;
    let kept = livedesk_core::history::RetentionSettings {
        max_entries: Some(100),
        max_age_days: None,
    };
    record(
        "set_history_retention",
        format!("{:?}", engine.set_history_retention(kept).await),
    );
    exercised += 1;
    engine
        .save_draft(
            created.id.clone(),
            "alibaba.set_caster_config".into(),
            input,
        )
        .await
        .unwrap();
    exercised += 1;
    record(
        "load_draft",
        format!(
            "{:?}",
            engine
                .load_draft(created.id.clone(), "alibaba.set_caster_config".into())
                .await
        ),
    );
    exercised += 1;
    record(
        "list_accounts",
        serde_json::to_string(&engine.list_accounts().await.unwrap()).unwrap(),
    );
    exercised += 1;
    record(
        "first_screen",
        serde_json::to_string(&engine.first_screen().await.unwrap()).unwrap(),
    );
    // What the window is handed before its page's scripts run.
    record(
        "first screen script",
        livedesk_core::api::first_screen_script(&engine.first_screen_now()).unwrap(),
    );
    exercised += 1;
    record(
        "add_sandbox_accounts",
        serde_json::to_string(&engine.add_sandbox_accounts().await.unwrap()).unwrap(),
    );
    exercised += 1;
    record(
        "perf_mark",
        format!("{:?}", engine.perf_mark(CANARY.into(), 1.0, None).await),
    );
    record(
        "credentials Debug",
        format!("{:?}", engine.accounts().credentials(&created.id).unwrap()),
    );
    record(
        "settings file",
        std::fs::read_to_string(&settings_path).unwrap(),
    );
    exercised += 1;
    record(
        "delete_account",
        format!("{:?}", engine.delete_account(created.id.clone()).await),
    );
    record(
        "delete_account again",
        format!("{:?}", engine.delete_account(created.id.clone()).await),
    );

    stream_keys_in_calls(&engine, &sandbox.base_url(), &mut record).await;

    assert_eq!(
        exercised,
        livedesk_core::for_each_command!(count_commands),
        "a command was added: exercise it here with the canary too"
    );
    let log = String::from_utf8(log.0.lock().unwrap().clone()).unwrap();
    // Guard against a log that cannot fail: the calls and the account are in it.
    assert!(log.contains("vendor refused"), "{log}");
    assert!(log.contains(&created.id), "{log}");
    let lower = log.to_ascii_lowercase();
    for derived in ["signature=", "authorization:", "x-ncp-apigw-signature"] {
        assert!(
            !lower.contains(derived),
            "a signature was logged ({derived}): {log}"
        );
    }
    seen.push(format!("log: {log}"));
    let leaks: Vec<&String> = seen
        .iter()
        .filter(|s| {
            [CANARY, STREAM_CANARY, RELAY_CANARY]
                .iter()
                .any(|c| s.contains(c))
        })
        .collect();
    assert!(leaks.is_empty(), "the canary leaked: {leaks:#?}");
    assert!(
        secrets.raw(&created.id).is_none(),
        "deleted with the account"
    );
}

/// Stream keys in an Alibaba `SideOutputUrl` and a BlendVision relay: sent to the vendor, then
/// read back; neither the review, its curl, the answers, the history list nor a crash report
/// shows them (only their last 4 characters).
async fn stream_keys_in_calls(
    engine: &Engine,
    sandbox: &str,
    record: &mut impl FnMut(&str, String),
) {
    use livedesk_sandbox::seed;
    let alibaba = engine
        .create_account(
            Vendor::Alibaba,
            json!({"name": "Stream keys – Alibaba", "region_id": "cn-shanghai", "endpoint": sandbox,
                   "access_key_id": livedesk_sandbox::ALIBABA_ACCESS_KEY_ID,
                   "access_key_secret": livedesk_sandbox::ALIBABA_ACCESS_KEY_SECRET}),
        )
        .await
        .unwrap();
    let side_output = format!("rtmp://a.rtmp.youtube.com/live2/{STREAM_CANARY}");
    let input = json!({"CasterId": seed::ALIBABA_IDLE_CASTER, "SideOutputUrl": side_output});
    let op = "alibaba.set_caster_config".to_owned();
    let review = engine
        .review_call(alibaba.id.clone(), op.clone(), input.clone())
        .await
        .unwrap();
    let shown = serde_json::to_string(&review).unwrap();
    // Guard: the key is there, masked with its last 4, and a variable in the curl.
    assert!(shown.contains("live2%2F••••••qwrt"), "{shown}");
    assert!(review.curl.contains("$STREAM_KEY"), "{}", review.curl);
    record("stream review", shown);
    let sent = engine
        .send_call(alibaba.id.clone(), op.clone(), input, None, None)
        .await;
    record("stream send", format!("{sent:?}"));
    assert!(sent.is_ok(), "{sent:?}");
    let key = json!({"CasterId": seed::ALIBABA_IDLE_CASTER});
    let read = engine
        .send_call(
            alibaba.id.clone(),
            "alibaba.describe_caster_config".into(),
            key,
            None,
            None,
        )
        .await
        .unwrap();
    let answer = serde_json::to_string(&read).unwrap();
    assert!(
        answer.contains("live2/••••••qwrt"),
        "the read answers the key, masked: {answer}"
    );
    record("stream read", answer);

    let bv = engine
        .create_account(
            Vendor::BlendVision,
            json!({"name": "Stream keys – BlendVision", "org_id": livedesk_sandbox::BLENDVISION_ORG_ID,
                   "endpoint": sandbox, "api_token": livedesk_sandbox::BLENDVISION_API_TOKEN}),
        )
        .await
        .unwrap();
    let relay = json!({"id": seed::BLENDVISION_LIVE_ID,
        "security": {"privacy": {"type": "SECURITY_PRIVACY_TYPE_PUBLIC"}}, "relay_settings": [{"type": "RELAY_TYPE_RTMP",
        "rtmp": {"url": "rtmp://a.rtmp.youtube.com/live2", "stream_key": RELAY_CANARY}}]});
    let op = "blendvision.update_live".to_owned();
    let review = engine
        .review_call(bv.id.clone(), op.clone(), relay.clone())
        .await
        .unwrap();
    let shown = serde_json::to_string(&review).unwrap();
    assert!(shown.contains("••••••zxcv"), "{shown}");
    record("relay review", shown);
    let sent = engine.send_call(bv.id.clone(), op, relay, None, None).await;
    record("relay send", format!("{sent:?}"));
    assert!(sent.is_ok(), "{sent:?}");
    let read = engine
        .send_call(
            bv.id.clone(),
            "blendvision.get_live".into(),
            json!({"id": seed::BLENDVISION_LIVE_ID}),
            None,
            None,
        )
        .await;
    let answer = format!("{read:?}");
    assert!(
        answer.contains("••••••zxcv"),
        "the read answers the key, masked: {answer}"
    );
    record("relay read", answer);
    record(
        "history after stream keys",
        serde_json::to_string(&engine.list_history(None, None, None).await.unwrap()).unwrap(),
    );
    // A crash report quoting both keys, as a careless panic message would.
    record(
        "crash report",
        livedesk_core::diagnostics::scrub_report(&format!(
            "panicked at 'relay {RELAY_CANARY} failed for {side_output}'"
        )),
    );
    for id in [alibaba.id, bv.id] {
        engine.delete_account(id).await.unwrap();
    }
}
