//! NAVER and Huawei in the producer's language: the catalog's forms, Review's refusals and
//! effects, and the result's summary come from `i18n/<lang>/engine/` (naver.ftl,
//! huawei.ftl and their schema files), while English stays English. Each test speaks its
//! language on its own thread only (`livedesk_i18n::scoped`).

use livedesk_http::Vendor;
use livedesk_i18n::{lookup, scoped, tr_in, Arg, Lang};
use livedesk_operations::{
    execute, operation_info, prepare, review_facts, OperationMemory, RefusalReason,
};
use livedesk_sandbox::seed;
use serde_json::{json, Value};

use crate::common::*;

fn hangul(text: &str) -> bool {
    text.chars().any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c))
}

fn han(text: &str) -> bool {
    text.chars().any(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c))
}

/// The title of the choice `value` somewhere under `node` (an optional field nests it).
fn choice_title<'a>(node: &'a Value, value: &str) -> Option<&'a str> {
    match node {
        Value::Object(map) if map.get("const").and_then(Value::as_str) == Some(value) => {
            map.get("title").and_then(Value::as_str)
        }
        Value::Object(map) => map.values().find_map(|v| choice_title(v, value)),
        Value::Array(items) => items.iter().find_map(|v| choice_title(v, value)),
        _ => None,
    }
}

/// The NAVER switch's title, its channel field, and a status choice of the channel list,
/// as `lang`'s catalog writes them.
fn naver_forms(lang: Lang) -> (String, String, String) {
    let _lang = scoped(lang);
    let switch = operation_info("naver.switch_stream").unwrap();
    let field = switch.schema["properties"]["channelId"]["title"]
        .as_str()
        .unwrap()
        .to_owned();
    let list = operation_info("naver.list_channels").unwrap();
    let choice = choice_title(&list.schema["properties"]["channelStatus"], "PUBLISHING")
        .unwrap()
        .to_owned();
    (switch.title, field, choice)
}

#[test]
fn the_naver_forms_speak_korean_and_traditional_chinese() {
    let expected = |lang, id: &str, attribute| lookup(lang, id, attribute).unwrap();
    let (title, field, choice) = naver_forms(Lang::Ko);
    assert_eq!(title, expected(Lang::Ko, "op-naver-switch_stream", None));
    assert!(hangul(&title) && title.contains("채널"), "{title}");
    assert_eq!(field, "채널 ID");
    assert_eq!(
        choice,
        expected(
            Lang::Ko,
            "op-naver-list_channels-f-channelStatus",
            Some("c-PUBLISHING")
        )
    );
    assert!(
        choice.contains("송출 중") && choice.contains("PUBLISHING"),
        "{choice}"
    );

    let (title, field, choice) = naver_forms(Lang::ZhHant);
    assert_eq!(
        title,
        expected(Lang::ZhHant, "op-naver-switch_stream", None)
    );
    assert!(han(&title) && title.contains("頻道"), "{title}");
    assert_eq!(field, "頻道 ID");
    assert_eq!(choice, "正在推流（PUBLISHING）");

    // The help says what the vendor's word means, in every language.
    for lang in [Lang::Ko, Lang::ZhHant] {
        let _lang = scoped(lang);
        for id in [
            "naver.switch_stream",
            "naver.list_channels",
            "naver.get_channel",
        ] {
            let help = operation_info(id).unwrap().help;
            let meaning = tr_in(lang, "naver-status-publishing", &[]);
            assert!(
                help.contains("PUBLISHING") && help.contains(&meaning),
                "{id}: {help}"
            );
        }
    }

    let (title, field, choice) = naver_forms(Lang::En);
    assert_eq!(title, "Switch a channel between main and backup stream");
    assert_eq!(field, "Channel ID");
    assert_eq!(choice, "Receiving a stream (PUBLISHING)");
}

#[tokio::test]
async fn naver_refuses_a_ready_channel_and_reports_the_switch_in_korean() {
    let (world, target) = World::with_account(Vendor::Naver).await;
    let memory = OperationMemory::new();
    let ko = scoped(Lang::Ko);

    let ready = json!({"channelId": seed::NAVER_READY_CHANNEL});
    let call = prepare("naver.switch_stream", &ready, &target).unwrap();
    let facts = review_facts(&world.client, &target, &call, &memory).await;
    assert_eq!(facts.refusals.len(), 1, "{facts:?}");
    let refusal = &facts.refusals[0];
    assert_eq!(refusal.reason, RefusalReason::ChannelNotPublishing);
    let name = tr_in(
        Lang::Ko,
        "naver-channel-name",
        &[
            ("name", Arg::from("rehearsal_room")),
            ("id", Arg::from(seed::NAVER_READY_CHANNEL)),
        ],
    );
    assert_eq!(
        refusal.message,
        tr_in(
            Lang::Ko,
            "naver-not-publishing",
            &[
                ("name", Arg::from(name)),
                ("status", Arg::from("READY")),
                (
                    "words",
                    Arg::from(tr_in(Lang::Ko, "naver-status-ready", &[]))
                ),
            ]
        )
    );
    assert!(hangul(&refusal.message), "{}", refusal.message);
    assert!(
        refusal.message.contains("“rehearsal_room”"),
        "{}",
        refusal.message
    );
    assert_eq!(
        refusal.hint,
        tr_in(Lang::Ko, "naver-not-publishing-hint", &[])
    );
    assert!(
        refusal.hint.contains("PUBLISHING(송출 중)"),
        "{}",
        refusal.hint
    );

    let publishing = json!({"channelId": seed::NAVER_PUBLISHING_CHANNEL});
    let call = prepare("naver.switch_stream", &publishing, &target).unwrap();
    let facts = review_facts(&world.client, &target, &call, &memory).await;
    assert!(facts.refusals.is_empty(), "{facts:?}");
    assert_eq!(facts.effects[1], tr_in(Lang::Ko, "naver-viewers-stay", &[]));
    let outcome = execute(&world.client, &call, &target, &memory)
        .await
        .unwrap();
    let name = tr_in(
        Lang::Ko,
        "naver-channel-name",
        &[
            ("name", Arg::from("main_stage")),
            ("id", Arg::from(seed::NAVER_PUBLISHING_CHANNEL)),
        ],
    );
    assert_eq!(
        outcome.summary[0],
        tr_in(
            Lang::Ko,
            "naver-switched-backup",
            &[("name", Arg::from(name))]
        )
    );
    assert!(
        outcome.summary[0].contains("백업 스트림"),
        "{:?}",
        outcome.summary
    );

    // The same review in English, after the Korean scope ends: the main stream comes back.
    drop(ko);
    let facts = review_facts(&world.client, &target, &call, &memory).await;
    assert_eq!(
        facts.effects[0],
        format!(
            "The main stream will go on air on channel “main_stage” ({}) (now: backup stream).",
            seed::NAVER_PUBLISHING_CHANNEL
        )
    );
}

#[tokio::test]
async fn huawei_stream_backup_review_in_simplified_chinese() {
    let (world, target) = World::with_account(Vendor::Huawei).await;
    let input =
        json!({"publish_domain": seed::HUAWEI_PUBLISH_DOMAIN, "stream_backup_enable": true});
    let call = prepare("huawei.stream_backup", &input, &target).unwrap();
    let facts = {
        let _zh = scoped(Lang::ZhHans);
        review_facts(&world.client, &target, &call, &OperationMemory::new()).await
    };
    assert_eq!(
        facts.effects[0],
        tr_in(
            Lang::ZhHans,
            "huawei-backup-will-be-now",
            &[
                ("state", Arg::from("on")),
                ("domain", Arg::from(seed::HUAWEI_PUBLISH_DOMAIN)),
                ("now", Arg::from("off")),
            ]
        )
    );
    assert_eq!(
        facts.effects[0],
        format!(
            "{} 的主备流将开启（当前：关闭）。",
            seed::HUAWEI_PUBLISH_DOMAIN
        )
    );
    assert_eq!(
        facts.effects[1],
        tr_in(Lang::ZhHans, "huawei-backup-on-means", &[])
    );
    assert!(facts.effects[1].contains("流名称"), "{facts:?}");

    let english = review_facts(&world.client, &target, &call, &OperationMemory::new()).await;
    assert_eq!(
        english.effects[0],
        format!(
            "Stream backup will be ON for {} (now: OFF).",
            seed::HUAWEI_PUBLISH_DOMAIN
        )
    );
}
