//! BlendVision in the producer's language: the update form, a check problem and the update's
//! summary in Japanese from the catalogs (`i18n/ja/engine/*blendvision.ftl`), and English
//! left as it was. `scoped` sets the language for this test's thread only.

use livedesk_http::{Target, Vendor};
use livedesk_i18n::{scoped, tr_in, Lang};
use livedesk_operations::{choices, operation_info, prepare, PreparedCall};
use livedesk_sandbox::seed;
use serde_json::json;

use crate::common::*;

const LIVE: &str = "blendvision.update_live";

/// The form's title, the privacy field's title and the token choice's label.
fn form_words() -> (String, String, String) {
    let info = operation_info(LIVE).unwrap();
    let privacy = &info.schema["properties"]["security"]["properties"]["privacy"];
    let token = privacy["properties"]["type"]["oneOf"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["const"] == "SECURITY_PRIVACY_TYPE_TOKEN")
        .unwrap()["title"]
        .as_str()
        .unwrap()
        .to_owned();
    (
        info.title,
        privacy["title"].as_str().unwrap().to_owned(),
        token,
    )
}

/// What sending `call` says it did, in `lang`.
async fn summary_in(
    lang: Lang,
    world: &World,
    call: &PreparedCall,
    target: &Target,
) -> Vec<String> {
    let _lang = scoped(lang);
    world.send(call, target).await.unwrap().summary
}

fn ja(id: &str, attribute: Option<&str>) -> String {
    livedesk_i18n::lookup(Lang::Ja, id, attribute).unwrap()
}

#[test]
fn the_update_form_speaks_japanese_and_english_stays_english() {
    {
        let _ja = scoped(Lang::Ja);
        let (title, privacy, token) = form_words();
        assert_eq!(title, "ライブイベントの更新");
        assert_eq!(title, ja("op-blendvision-update_live", None));
        assert_eq!(privacy, "公開設定");
        assert_eq!(
            privacy,
            ja("op-blendvision-update_live-f-security-privacy", None)
        );
        assert_eq!(token, "トークンまたは視聴コード");
        assert_eq!(
            token,
            ja(
                "op-blendvision-update_live-f-security-privacy-type",
                Some("c-SECURITY_PRIVACY_TYPE_TOKEN")
            )
        );
    }
    let (title, privacy, token) = form_words();
    assert_eq!(
        (title.as_str(), privacy.as_str(), token.as_str()),
        ("Update a live", "Privacy", "Token or redeem code")
    );
}

#[test]
fn embedding_domains_are_one_switch() {
    let info = operation_info(LIVE).unwrap();
    let group = &info.schema["properties"]["security"]["properties"]["domain_control"];
    let group = group.get("anyOf").and_then(|a| a.get(0)).unwrap_or(group);
    assert_eq!(group["x-switch"], "enabled", "{group}");
    assert_eq!(group["properties"]["enabled"]["type"], "boolean");
}

#[test]
fn a_check_problem_in_japanese() {
    let input = json!({
        "id": "live-1",
        "security": {"privacy": {"type": "SECURITY_PRIVACY_TYPE_PUBLIC"}},
        "interaction": {"chatroom": {"options": {"message_ttl": "1209601s"}}}
    });
    let target = remote_target(Vendor::BlendVision);
    let problem = |lang| {
        let _lang = scoped(lang);
        let error = prepare(LIVE, &input, &target).unwrap_err();
        error.problems()[0].message.clone()
    };
    assert_eq!(
        problem(Lang::Ja),
        "メッセージの保存期間は 0s〜1209600s にしてください。"
    );
    assert_eq!(
        problem(Lang::En),
        "Message retention must be from 0s to 1209600s."
    );
}

#[tokio::test]
async fn the_update_summary_in_japanese() {
    let (world, target) = World::with_account(Vendor::BlendVision).await;
    let id = seed::BLENDVISION_LIVE_ID;
    let input = json!({
        "id": id,
        "name": "朝のニュース",
        "security": {"privacy": {"type": "SECURITY_PRIVACY_TYPE_PUBLIC"}}
    });
    let call = prepare(LIVE, &input, &target).unwrap();
    let summary = summary_in(Lang::Ja, &world, &call, &target).await;
    let updated = tr_in(
        Lang::Ja,
        "blendvision-updated-named",
        &[("name", "朝のニュース".into()), ("id", id.into())],
    );
    assert_eq!(
        updated,
        format!("ライブイベント「朝のニュース」（{id}）を更新しました。")
    );
    assert_eq!(summary[0], updated);
    assert_eq!(summary[1], "ステータス：プレビュー待ち。");
    assert_eq!(summary[2], "公開設定：公開、誰でも視聴できます。");

    let english = world.send(&call, &target).await.unwrap().summary;
    assert_eq!(
        english[0],
        format!("Live “朝のニュース” ({id}) was updated.")
    );
    assert_eq!(english[1], "Status: waiting for preview.");
}

#[tokio::test]
async fn the_live_picker_in_korean() {
    let (world, target) = World::with_account(Vendor::BlendVision).await;
    let lives = {
        let _ko = scoped(Lang::Ko);
        choices(&world.client, &target, LIVE).await.unwrap()
    };
    let on_air = lives
        .iter()
        .find(|c| c.value == seed::BLENDVISION_ON_AIR_LIVE_ID)
        .unwrap();
    assert_eq!(
        on_air.detail.as_deref(),
        Some("방송 중 · 풀 HD(FHD, 1080p)")
    );
}

#[tokio::test]
async fn the_list_of_lives_in_japanese() {
    let (world, target) = World::with_account(Vendor::BlendVision).await;
    let call = prepare("blendvision.list_lives", &json!({}), &target).unwrap();
    let summary = summary_in(Lang::Ja, &world, &call, &target).await;
    assert_eq!(summary[0], "ライブイベント 3 件。");
    assert!(
        summary[2].ends_with("ライブ配信中、フル HD（FHD、1080p）"),
        "{summary:?}"
    );
}

#[tokio::test]
async fn an_immutable_field_is_named_as_the_japanese_form_names_it() {
    let (world, target) = World::with_account(Vendor::BlendVision).await;
    let token = json!({"type": "SECURITY_PRIVACY_TYPE_TOKEN", "token": {"device_limit": 3}});
    let changed = json!({
        "id": seed::BLENDVISION_ON_AIR_LIVE_ID,
        "security": {"privacy": token, "geo_control": ["TW"]}
    });
    let call = prepare(LIVE, &changed, &target).unwrap();
    let _ja = scoped(Lang::Ja);
    let error = vendor_error(world.send(&call, &target).await);
    let explanation = &error.vendor_error().unwrap().explanation;
    assert!(
        explanation.starts_with("BlendVision One は「セキュリティ"),
        "{explanation}"
    );
    assert!(
        explanation.contains("視聴可能な国」を受け付けませんでした"),
        "{explanation}"
    );
}
