//! Stream keys in the forms (issue 19): the window is given them masked (Load current
//! settings, Undo, drafts, a history entry) and what it sends back reaches the vendor with the
//! real key; a masked key this session never handed out, or one it cannot tell from another
//! that looks the same, is refused, naming its field.

use std::path::PathBuf;
use std::sync::Arc;

use livedesk_core::accounts::{call_target, JsonFileStore, MemorySecretStore, SettingsStore};
use livedesk_core::api::Vendor;
use livedesk_core::history::ReplayPlan;
use livedesk_core::{ApiError, Engine};
use livedesk_sandbox::{seed, Sandbox, SandboxConfig, SandboxHandle};
use serde_json::{json, Value};

/// Stream keys without digits: only the engine's memory of them can mask them, not their shape.
const SIDE_CANARY: &str = "yt-SEALED-CANARY-sideoutput-qwrt";
const RELAY_CANARY: &str = "bv-SEALED-CANARY-relaykey-zxcv";
/// Two studios' keys that differ only before their last 4: masked, they look the same.
const TWIN_FIRST: &str = "yt-SEALED-TWIN-first-studio-mnbv";
const TWIN_SECOND: &str = "yt-SEALED-TWIN-other-studio-mnbv";
const CANARIES: [&str; 4] = [SIDE_CANARY, RELAY_CANARY, TWIN_FIRST, TWIN_SECOND];
const HIDDEN: &str = "This stream key is hidden and cannot be sent as shown";
const CASTER_OP: &str = "alibaba.set_caster_config";
const LIVE_OP: &str = "blendvision.update_live";

fn side_output(key: &str) -> String {
    format!("rtmp://a.rtmp.youtube.com/live2/{key}")
}

/// A studio's form sending `key` as its side output.
fn caster(caster: &str, key: &str) -> Value {
    json!({"CasterId": caster, "SideOutputUrl": side_output(key)})
}

fn caster_key(caster: &str) -> Value {
    json!({"CasterId": caster})
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

/// Refused as a hidden key, next to `field`.
fn assert_hidden(refused: Result<(), ApiError>, field: &str) {
    let error = refused.unwrap_err();
    assert_eq!(error.field.as_deref(), Some(field), "{error:?}");
    assert!(error.message.starts_with(HIDDEN), "{error:?}");
}

/// A session on a sandbox with its practice accounts; the settings file and the keychain
/// stay for a later session.
struct Desk {
    sandbox: SandboxHandle,
    settings_path: PathBuf,
    settings: Arc<dyn SettingsStore>,
    secrets: Arc<MemorySecretStore>,
    engine: Engine,
    _dir: tempfile::TempDir,
}

impl Desk {
    async fn start() -> Self {
        let sandbox = Sandbox::start(SandboxConfig::default()).await.unwrap();
        let dir = tempfile::tempdir().unwrap();
        let settings_path = dir.path().join("settings.json");
        let settings: Arc<dyn SettingsStore> =
            Arc::new(JsonFileStore::open(&settings_path).unwrap().0);
        let secrets = Arc::new(MemorySecretStore::default());
        let (history, _) =
            livedesk_history::History::open(dir.path().join("history.sqlite3")).unwrap();
        let engine = Engine::new(settings.clone(), secrets.clone()).with_history(history);
        engine.accounts().set_sandbox_url(Some(sandbox.base_url()));
        engine.add_sandbox_accounts().await.unwrap();
        Self {
            sandbox,
            settings_path,
            settings,
            secrets,
            engine,
            _dir: dir,
        }
    }

    /// Another session on the same settings and keychain: it has handed out no masked key.
    fn later(&self) -> Engine {
        let later = Engine::new(self.settings.clone(), self.secrets.clone());
        later
            .accounts()
            .set_sandbox_url(Some(self.sandbox.base_url()));
        later
    }

    async fn account(&self, vendor: Vendor) -> String {
        let accounts = self.engine.list_accounts().await.unwrap();
        accounts
            .into_iter()
            .find(|a| a.vendor == vendor)
            .unwrap()
            .id
    }

    async fn send(&self, id: &str, op: &str, input: Value) {
        let sent = self
            .engine
            .send_call(id.into(), op.into(), input, None, None)
            .await;
        assert!(sent.is_ok(), "{sent:?}");
    }

    /// "Load current settings": the form's input, its stream key masked but for `last4`.
    async fn load(&self, id: &str, op: &str, key: &Value, last4: &str) -> Value {
        let loaded = self
            .engine
            .load_current(id.into(), op.into(), key.clone())
            .await
            .unwrap();
        assert_no_canary("Load current settings", &loaded);
        assert!(
            loaded.input.to_string().contains(&format!("••••••{last4}")),
            "{loaded:?}"
        );
        loaded.input
    }

    /// Undo of the account's last call of `op`: the form it opens with.
    async fn undo_last(&self, id: &str, op: &str) -> ReplayPlan {
        let items = self
            .engine
            .list_history(Some(id.into()), Some(op.into()), None)
            .await
            .unwrap();
        let last = items.iter().map(|i| i.id).max().unwrap();
        self.engine.plan_replay(last, true).await.unwrap()
    }

    /// What the vendor holds now, unmasked: read past the engine, as the vendor's own console
    /// would.
    async fn at_vendor(&self, id: &str, op: &str, key: &Value) -> String {
        let (account, secrets) = self.engine.accounts().credentials(id).unwrap();
        let endpoint = self.engine.accounts().summary(&account).endpoint;
        let target =
            call_target(&account.name, &account.settings, endpoint, &secrets, None).unwrap();
        let client = livedesk_http::Client::new(livedesk_http::ClientConfig::default()).unwrap();
        let state = livedesk_operations::load_current(&client, &target, op, key)
            .await
            .unwrap();
        state.input.to_string()
    }
}

#[tokio::test]
async fn forms_show_stream_keys_masked_and_send_them_whole() {
    let desk = Desk::start().await;
    let engine = &desk.engine;
    let ali = desk.account(Vendor::Alibaba).await;
    let op = CASTER_OP;
    let key = caster_key(seed::ALIBABA_IDLE_CASTER);
    let with = |url: &str| caster(seed::ALIBABA_IDLE_CASTER, url);

    // Load current settings: the key is masked, its last 4 shown.
    desk.send(&ali, op, with(SIDE_CANARY)).await;
    let loaded = desk.load(&ali, op, &key, "qwrt").await;
    assert!(loaded.to_string().contains("live2/••••••qwrt"), "{loaded}");
    let diff = engine
        .diff_call(op.into(), loaded.clone(), loaded.clone())
        .await
        .unwrap();
    assert!(
        diff.is_empty(),
        "an unchanged form changes nothing: {diff:?}"
    );

    // Sent unchanged, after another key was put in its place: the vendor gets the real key.
    let other = "yt-another-key-in-between-abcd";
    desk.send(&ali, op, with(other)).await;
    let mut edited = loaded.clone();
    edited["SideOutputUrl"] = json!(side_output(other));
    let diff = engine
        .diff_call(op.into(), loaded.clone(), edited)
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
        .review_call(ali.clone(), op.into(), loaded.clone())
        .await
        .unwrap();
    assert_no_canary("Review", &review);
    desk.send(&ali, op, loaded.clone()).await;
    let held = desk.at_vendor(&ali, op, &key).await;
    assert!(held.contains(&side_output(SIDE_CANARY)), "{held}");

    // A key the producer typed over the masked one is sent as typed.
    let typed = "yt-typed-by-the-producer-wxyz";
    desk.send(&ali, op, with(typed)).await;
    let held = desk.at_vendor(&ali, op, &key).await;
    assert!(held.contains(&side_output(typed)), "{held}");

    // Another session never handed out this mask: refused, nothing sent.
    let later = desk.later();
    for refused in [
        later
            .review_call(ali.clone(), op.into(), loaded.clone())
            .await
            .map(|_| ()),
        later
            .send_call(ali.clone(), op.into(), loaded.clone(), None, None)
            .await
            .map(|_| ()),
    ] {
        assert_hidden(refused, "SideOutputUrl");
    }
    let held = desk.at_vendor(&ali, op, &key).await;
    assert!(held.contains(&side_output(typed)), "{held}");

    // Undo of the typed key: the form shows the key before it masked; sent, it is back whole.
    let plan = desk.undo_last(&ali, op).await;
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
    let held = desk.at_vendor(&ali, op, &key).await;
    assert!(held.contains(&side_output(SIDE_CANARY)), "{held}");

    // A draft is kept as the window has it: masked, nothing of the key in the settings file.
    engine
        .save_draft(ali.clone(), op.into(), plan.input.clone())
        .await
        .unwrap();
    let file = std::fs::read_to_string(&desk.settings_path).unwrap();
    assert!(file.contains("••••••qwrt"), "the draft is saved: {file}");
    assert_no_canary("settings.json", &file);
    let draft = engine.load_draft(ali.clone(), op.into()).await.unwrap();
    assert_no_canary("the draft", &draft);
    let refused = later
        .send_call(ali.clone(), op.into(), draft.unwrap(), None, None)
        .await
        .map(|_| ());
    assert_hidden(refused, "SideOutputUrl");

    // BlendVision's relay key, a field by itself.
    let bv = desk.account(Vendor::BlendVision).await;
    let key = json!({"id": seed::BLENDVISION_LIVE_ID});
    desk.send(&bv, LIVE_OP, relay(RELAY_CANARY)).await;
    let loaded = desk.load(&bv, LIVE_OP, &key, "zxcv").await;
    desk.send(&bv, LIVE_OP, relay("bv-another-relay-key-abcd"))
        .await;
    desk.send(&bv, LIVE_OP, loaded.clone()).await;
    let held = desk.at_vendor(&bv, LIVE_OP, &key).await;
    assert!(held.contains(RELAY_CANARY), "{held}");
    let refused = later
        .send_call(bv.clone(), LIVE_OP.into(), loaded.clone(), None, None)
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

/// Two studios whose side-output keys look the same once masked: each form sends its own
/// studio's key; a form that cannot say which key it shows is refused rather than guessed.
#[tokio::test]
async fn keys_that_look_the_same_masked_are_never_swapped() {
    let desk = Desk::start().await;
    let engine = &desk.engine;
    let ali = desk.account(Vendor::Alibaba).await;
    let (first, second) = (seed::ALIBABA_IDLE_CASTER, seed::ALIBABA_BARE_CASTER);
    desk.send(&ali, CASTER_OP, caster(first, TWIN_FIRST)).await;
    desk.send(&ali, CASTER_OP, caster(second, TWIN_SECOND))
        .await;

    // Both loaded, the first one first: the two forms show the same text.
    let first_form = desk.load(&ali, CASTER_OP, &caster_key(first), "mnbv").await;
    let second_form = desk
        .load(&ali, CASTER_OP, &caster_key(second), "mnbv")
        .await;
    assert_eq!(first_form["SideOutputUrl"], second_form["SideOutputUrl"]);

    // Each sent unchanged after another key was put in its place: each studio gets its own.
    for (studio, form, own) in [
        (first, &first_form, TWIN_FIRST),
        (second, &second_form, TWIN_SECOND),
    ] {
        desk.send(&ali, CASTER_OP, caster(studio, "yt-in-between-key-wxyz"))
            .await;
        desk.send(&ali, CASTER_OP, form.clone()).await;
        let held = desk.at_vendor(&ali, CASTER_OP, &caster_key(studio)).await;
        assert!(held.contains(&side_output(own)), "{studio}: {held}");
    }

    // The first form turned to a third studio: either key could be meant, so neither is sent.
    let third = seed::ALIBABA_STREAMING_CASTER;
    let mut moved = first_form.clone();
    moved["CasterId"] = json!(third);
    let refused = engine
        .send_call(ali.clone(), CASTER_OP.into(), moved, None, None)
        .await
        .map(|_| ());
    assert_hidden(refused, "SideOutputUrl");
    let held = desk.at_vendor(&ali, CASTER_OP, &caster_key(third)).await;
    assert!(
        !held.contains(TWIN_FIRST) && !held.contains(TWIN_SECOND),
        "{held}"
    );

    // Undo of a change between two keys that look the same: the Undo's form holds the old
    // one, the current settings it is checked against the new one; it is refused, not sent
    // with the key it was meant to take back.
    let rotated = "yt-SEALED-TWIN-rotated-key-mnbv";
    desk.send(&ali, CASTER_OP, caster(first, rotated)).await;
    let plan = desk.undo_last(&ali, CASTER_OP).await;
    desk.load(&ali, CASTER_OP, &caster_key(first), "mnbv").await;
    let refused = engine
        .send_call(
            ali.clone(),
            CASTER_OP.into(),
            plan.input,
            plan.undo_of,
            None,
        )
        .await
        .map(|_| ());
    assert_hidden(refused, "SideOutputUrl");
    let held = desk.at_vendor(&ali, CASTER_OP, &caster_key(first)).await;
    assert!(held.contains(&side_output(rotated)), "{held}");
}
