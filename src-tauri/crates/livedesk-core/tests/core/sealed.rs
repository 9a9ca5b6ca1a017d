//! Stream keys in the forms (issue 19): the window is given them masked (Load current
//! settings, Undo, drafts, a history entry) and what it sends back reaches the vendor with the
//! real key; a masked key this session never handed out is refused, naming its field.

use std::sync::Arc;

use livedesk_core::accounts::{call_target, JsonFileStore, MemorySecretStore, SettingsStore};
use livedesk_core::api::Vendor;
use livedesk_core::Engine;
use livedesk_sandbox::{seed, Sandbox, SandboxConfig};
use serde_json::{json, Value};

/// Stream keys without digits: only the engine's memory of them can mask them, not their shape.
const SIDE_CANARY: &str = "yt-SEALED-CANARY-sideoutput-qwrt";
const RELAY_CANARY: &str = "bv-SEALED-CANARY-relaykey-zxcv";
const CANARIES: [&str; 2] = [SIDE_CANARY, RELAY_CANARY];
const HIDDEN: &str = "This stream key is hidden and cannot be sent as shown";

fn side_output(key: &str) -> String {
    format!("rtmp://a.rtmp.youtube.com/live2/{key}")
}

fn relay(key: &str) -> Value {
    json!({"id": seed::BLENDVISION_LIVE_ID,
        "security": {"privacy": {"type": "SECURITY_PRIVACY_TYPE_PUBLIC"}},
        "relay_settings": [{"type": "RELAY_TYPE_RTMP",
            "rtmp": {"url": "rtmp://a.rtmp.youtube.com/live2", "stream_key": key}}]})
}

fn assert_no_canary(what: &str, value: &impl serde::Serialize) {
    let text = serde_json::to_string(value).unwrap();
    for canary in CANARIES {
        assert!(!text.contains(canary), "{what} shows {canary}: {text}");
    }
}

async fn account(engine: &Engine, vendor: Vendor) -> String {
    let accounts = engine.list_accounts().await.unwrap();
    accounts
        .into_iter()
        .find(|a| a.vendor == vendor)
        .unwrap()
        .id
}

/// What the vendor holds now, unmasked: read past the engine, as the vendor's own console would.
async fn at_vendor(engine: &Engine, id: &str, op: &str, key: Value) -> String {
    let (account, secrets) = engine.accounts().credentials(id).unwrap();
    let endpoint = engine.accounts().summary(&account).endpoint;
    let target = call_target(&account.name, &account.settings, endpoint, &secrets, None).unwrap();
    let client = livedesk_http::Client::new(livedesk_http::ClientConfig::default()).unwrap();
    let state = livedesk_operations::load_current(&client, &target, op, &key)
        .await
        .unwrap();
    state.input.to_string()
}

async fn send(engine: &Engine, id: &str, op: &str, input: Value) {
    let sent = engine
        .send_call(id.to_owned(), op.to_owned(), input, None, None)
        .await;
    assert!(sent.is_ok(), "{sent:?}");
}

#[tokio::test]
async fn forms_show_stream_keys_masked_and_send_them_whole() {
    let sandbox = Sandbox::start(SandboxConfig::default()).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let settings_path = dir.path().join("settings.json");
    let settings: Arc<dyn SettingsStore> = Arc::new(JsonFileStore::open(&settings_path).unwrap().0);
    let secrets = Arc::new(MemorySecretStore::default());
    let (history, _) = livedesk_history::History::open(dir.path().join("history.sqlite3")).unwrap();
    let engine = Engine::new(settings.clone(), secrets.clone()).with_history(history);
    engine.accounts().set_sandbox_url(Some(sandbox.base_url()));
    engine.add_sandbox_accounts().await.unwrap();
    let ali = account(&engine, Vendor::Alibaba).await;
    let op = "alibaba.set_caster_config";
    let key = json!({"CasterId": seed::ALIBABA_IDLE_CASTER});
    let with = |url: String| json!({"CasterId": seed::ALIBABA_IDLE_CASTER, "SideOutputUrl": url});

    // Load current settings: the key is masked, its last 4 shown.
    send(&engine, &ali, op, with(side_output(SIDE_CANARY))).await;
    let loaded = engine
        .load_current(ali.clone(), op.into(), key.clone())
        .await
        .unwrap();
    assert_no_canary("Load current settings", &loaded);
    assert!(
        loaded.input.to_string().contains("live2/••••••qwrt"),
        "{loaded:?}"
    );
    let diff = engine
        .diff_call(op.into(), loaded.input.clone(), loaded.input.clone())
        .await
        .unwrap();
    assert!(
        diff.is_empty(),
        "an unchanged form changes nothing: {diff:?}"
    );

    // Sent unchanged, after another key was put in its place: the vendor gets the real key.
    let other = side_output("yt-another-key-in-between-abcd");
    send(&engine, &ali, op, with(other.clone())).await;
    let mut edited = loaded.input.clone();
    edited["SideOutputUrl"] = json!(other);
    let diff = engine
        .diff_call(op.into(), loaded.input.clone(), edited)
        .await
        .unwrap();
    assert_eq!(diff.len(), 1, "{diff:?}");
    assert_no_canary("the diff", &diff);
    let shown = serde_json::to_string(&diff).unwrap();
    assert!(
        shown.contains("••••••qwrt") && shown.contains("••••••abcd"),
        "{shown}"
    );
    let review = engine
        .review_call(ali.clone(), op.into(), loaded.input.clone())
        .await
        .unwrap();
    assert_no_canary("Review", &review);
    send(&engine, &ali, op, loaded.input.clone()).await;
    let held = at_vendor(&engine, &ali, op, key.clone()).await;
    assert!(held.contains(&side_output(SIDE_CANARY)), "{held}");

    // A key the producer typed over the masked one is sent as typed.
    let typed = side_output("yt-typed-by-the-producer-wxyz");
    send(&engine, &ali, op, with(typed.clone())).await;
    assert!(at_vendor(&engine, &ali, op, key.clone())
        .await
        .contains(&typed));

    // Another session never handed out this mask: refused, nothing sent.
    let later = Engine::new(settings.clone(), secrets.clone());
    later.accounts().set_sandbox_url(Some(sandbox.base_url()));
    for refused in [
        later
            .review_call(ali.clone(), op.into(), loaded.input.clone())
            .await
            .map(|_| ()),
        later
            .send_call(ali.clone(), op.into(), loaded.input.clone(), None, None)
            .await
            .map(|_| ()),
    ] {
        let error = refused.unwrap_err();
        assert_eq!(error.field.as_deref(), Some("SideOutputUrl"), "{error:?}");
        assert!(error.message.starts_with(HIDDEN), "{error:?}");
    }
    assert!(at_vendor(&engine, &ali, op, key.clone())
        .await
        .contains(&typed));

    // Undo of the typed key: the form shows the key before it masked; sent, it is back whole.
    let items = engine
        .list_history(Some(ali.clone()), Some(op.into()), None)
        .await
        .unwrap();
    let last = items.iter().map(|i| i.id).max().unwrap();
    let plan = engine.plan_replay(last, true).await.unwrap();
    assert_no_canary("Undo's form", &plan.input);
    assert!(plan.input.to_string().contains("••••••qwrt"), "{plan:?}");
    engine
        .send_call(
            ali.clone(),
            op.into(),
            plan.input.clone(),
            plan.undo_of,
            None,
        )
        .await
        .unwrap();
    let held = at_vendor(&engine, &ali, op, key.clone()).await;
    assert!(held.contains(&side_output(SIDE_CANARY)), "{held}");

    // A draft is kept as the window has it: masked, nothing of the key in the settings file.
    engine
        .save_draft(ali.clone(), op.into(), plan.input.clone())
        .await
        .unwrap();
    let file = std::fs::read_to_string(&settings_path).unwrap();
    assert!(file.contains("••••••qwrt"), "the draft is saved: {file}");
    assert_no_canary("settings.json", &file);
    let draft = engine.load_draft(ali.clone(), op.into()).await.unwrap();
    assert_no_canary("the draft", &draft);
    let refused = later
        .send_call(ali.clone(), op.into(), draft.unwrap(), None, None)
        .await
        .unwrap_err();
    assert_eq!(refused.field.as_deref(), Some("SideOutputUrl"));

    // BlendVision's relay key, a field by itself.
    let bv = account(&engine, Vendor::BlendVision).await;
    let op = "blendvision.update_live";
    let key = json!({"id": seed::BLENDVISION_LIVE_ID});
    send(&engine, &bv, op, relay(RELAY_CANARY)).await;
    let loaded = engine
        .load_current(bv.clone(), op.into(), key.clone())
        .await
        .unwrap();
    assert_no_canary("Load current settings", &loaded);
    assert!(
        loaded.input.to_string().contains("••••••zxcv"),
        "{loaded:?}"
    );
    send(&engine, &bv, op, relay("bv-another-relay-key-abcd")).await;
    send(&engine, &bv, op, loaded.input.clone()).await;
    let held = at_vendor(&engine, &bv, op, key.clone()).await;
    assert!(held.contains(RELAY_CANARY), "{held}");
    let refused = later
        .send_call(bv.clone(), op.into(), loaded.input.clone(), None, None)
        .await
        .unwrap_err();
    let field = refused.field.clone().unwrap_or_default();
    assert!(field.ends_with("stream_key"), "{refused:?}");
    assert!(refused.message.starts_with(HIDDEN), "{refused:?}");

    // History's entries keep the keys for Undo, and show them masked.
    let all = engine.list_history(None, None, None).await.unwrap();
    assert!(all.len() >= 8, "{all:?}");
    for item in all {
        let entry = engine.history_entry(item.id).await.unwrap();
        assert_no_canary("a history entry", &entry);
    }
}
