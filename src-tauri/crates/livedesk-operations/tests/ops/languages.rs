//! The shared words of the operations in the producer's language: a refused input names its
//! field by the form's title in that language and says what is wrong in it; a diff's values
//! read in it. English stays as it was (the other tests of this binary).

use livedesk_http::Vendor;
use livedesk_i18n::{scoped, Lang};
use livedesk_operations::{diff, operation_info, prepare};
use serde_json::{json, Value};

use crate::common::remote_target;

const SWITCH: &str = "naver.switch_stream";

/// The title of the form's field as the form shows it in the current language.
fn field_title(op: &str, field: &str) -> String {
    operation_info(op).unwrap().schema["properties"][field]["title"]
        .as_str()
        .unwrap()
        .to_owned()
}

fn refused(op: &str, input: Value) -> livedesk_operations::OpError {
    prepare(op, &input, &remote_target(Vendor::Naver)).unwrap_err()
}

#[test]
fn a_refused_channel_id_is_explained_in_traditional_chinese() {
    let _zh = scoped(Lang::ZhHant);
    let title = field_title(SWITCH, "channelId");
    let spaces = refused(SWITCH, json!({"channelId": "ls 1"}));
    assert_eq!(spaces.code(), "input.invalid");
    assert_eq!(spaces.field(), Some("channelId"));
    assert_eq!(
        spaces.problems()[0].message,
        format!("{title}不能包含空格。")
    );
    assert_eq!(
        spaces.to_string(),
        format!("channelId：{title}不能包含空格。")
    );
    assert_eq!(
        spaces.hint().as_deref(),
        Some("請修正該欄位；未傳送任何內容。")
    );
    let missing = refused(SWITCH, json!({}));
    assert_eq!(missing.problems()[0].message, format!("{title}為必填。"));
}

#[test]
fn the_pattern_hint_of_the_form_is_in_the_forms_language() {
    let english =
        operation_info(SWITCH).unwrap().schema["properties"]["channelId"]["x-pattern-hint"].clone();
    assert_eq!(english, "must not contain spaces");
    let _zh = scoped(Lang::ZhHant);
    let hint = &operation_info(SWITCH).unwrap().schema["properties"]["channelId"]["x-pattern-hint"];
    assert_eq!(hint, "不能包含空格");
}

#[test]
fn a_switch_turned_on_reads_on_and_off_in_japanese() {
    let before = json!({"publish_domain": "push.example.com", "stream_backup_enable": false});
    let after = json!({"publish_domain": "push.example.com", "stream_backup_enable": true});
    let english = diff("huawei.stream_backup", &before, &after);
    assert_eq!(
        (english[0].old_text.as_str(), english[0].new_text.as_str()),
        ("Off", "On")
    );
    let _ja = scoped(Lang::Ja);
    let changes = diff("huawei.stream_backup", &before, &after);
    assert_eq!(changes.len(), 1, "{changes:?}");
    assert_eq!(changes[0].field, "stream_backup_enable");
    assert_eq!(
        changes[0].label,
        field_title("huawei.stream_backup", "stream_backup_enable")
    );
    assert_eq!(
        (changes[0].old_text.as_str(), changes[0].new_text.as_str()),
        ("オフ", "オン")
    );
}
