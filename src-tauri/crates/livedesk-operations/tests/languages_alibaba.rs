//! Alibaba's production studio operations in the producer's language: the form, the list of
//! what a send clears, the summaries, the picker and the explanations read in 简体中文 (the
//! words of Alibaba's Chinese console), and stay English in English. The account forms'
//! translations are checked where this crate localizes them (`localize_schema`).
//!
//! Languages are set per thread (`livedesk_i18n::scoped`), never for the process.

use livedesk_http::{HeaderMap, Vendor, VendorError};
use livedesk_i18n::{scoped, Lang};
use livedesk_operations::ops::alibaba::describe_caster_config::DescribeCasterConfig;
use livedesk_operations::ops::alibaba::describe_casters::DescribeCasters;
use livedesk_operations::ops::alibaba::set_caster_config::{SetCasterConfig, SetCasterConfigInput};
use livedesk_operations::{localize_schema, operation_info, Operation};
use serde_json::{json, Value};

fn input(value: Value) -> SetCasterConfigInput {
    serde_json::from_value(value).unwrap()
}

/// A studio sent with a name, transcoding, recording and a delay: everything else is cleared.
fn partial_input() -> SetCasterConfigInput {
    input(json!({
        "CasterId": "c-1",
        "CasterName": "晚会",
        "TranscodeConfig": {"CasterTemplate": "lp_sd", "LiveTemplate": ["lld", "lsd"]},
        "RecordConfig": {"endpoint": "oss-cn-shanghai.aliyuncs.com", "ossBucket": "records",
                         "videoFormat": [{"Format": "m3u8", "OssObjectPrefix": "r/{StreamName}"}]},
        "Delay": 5
    }))
}

fn studios() -> Value {
    json!({"Total": 3, "CasterList": {"Caster": [
        {"CasterId": "c-1", "CasterName": "晚会", "Status": 0, "ChannelEnable": 1,
         "CasterTemplate": "lp_sd"},
        {"CasterId": "c-2", "Status": 1}
    ]}})
}

fn vendor_error(code: &str) -> VendorError {
    let body = json!({"Code": code, "Message": "vendor words"}).to_string();
    VendorError::from_response(
        Vendor::Alibaba,
        400,
        &HeaderMap::new(),
        body.as_bytes(),
        None,
    )
}

fn choice_title(field: &Value, value: &str) -> String {
    field["oneOf"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["const"] == value)
        .and_then(|o| o["title"].as_str())
        .unwrap()
        .to_owned()
}

#[test]
fn the_studio_form_reads_in_the_consoles_chinese_words() {
    let _zh = scoped(Lang::ZhHans);
    let info = operation_info(SetCasterConfig::ID).unwrap();
    assert_eq!(info.title, "配置导播台");
    let delay = &info.schema["properties"]["Delay"];
    assert_eq!(delay["title"], "延时播放");
    assert_eq!(
        delay["description"],
        "输出延后播出的秒数，0（不延时播放）到 300。"
    );
    let template = &info.schema["properties"]["TranscodeConfig"]["properties"]["CasterTemplate"];
    assert_eq!(choice_title(template, "lp_sd"), "标清，横屏（lp_sd）");

    let list = operation_info(DescribeCasters::ID).unwrap();
    assert_eq!(
        choice_title(&list.schema["properties"]["NormType"], "1"),
        "通用型",
        "Alibaba's console name for the Standard type"
    );
}

#[test]
fn what_a_send_clears_and_the_summary_are_chinese() {
    let _zh = scoped(Lang::ZhHans);
    let sent = partial_input();
    let cleared = SetCasterConfig::cleared(&sent);
    assert_eq!(
        cleared,
        [
            "主播流域名",
            "备播视频",
            "备播直播流",
            "旁路输出地址",
            "更多旁路输出地址",
            "回调地址",
            "轮播生效",
            "轮播名称",
            "通道",
            "多画面同步",
            "备播图片",
            "备播图片地址",
            "断流时自动切换备播",
            "自动切备播"
        ]
    );
    let summary = SetCasterConfig::summarize(&sent, &json!({"CasterId": "c-1"}));
    let cleared_line = format!("以下项目留空，现已清除：{}。", cleared.join("、"));
    assert_eq!(
        summary,
        [
            "导播台“晚会”（c-1）现在使用您发送的配置。",
            "转码：标清，横屏（lp_sd），另加 流畅（lld）、标清（lsd）。",
            "录制：开启，录制到存储空间 records，格式为 供播放器使用的流媒体分片（HLS，m3u8）。",
            "延时播放：5 秒。",
            cleared_line.as_str(),
        ]
    );
}

#[test]
fn the_list_the_picker_the_loaded_notes_and_the_explanations_are_chinese() {
    let _zh = scoped(Lang::ZhHans);
    let list = DescribeCasters::LIST.unwrap();
    let summary =
        DescribeCasters::summarize(&serde_json::from_value(json!({})).unwrap(), &studios());
    assert_eq!(summary[0], "3 个导播台；本页显示 2 个。");
    let choices = list.choices(&studios());
    assert_eq!(
        choices[0].detail.as_deref(),
        Some("空闲、通道已开启、标清，横屏（lp_sd）")
    );
    assert_eq!(choices[1].detail.as_deref(), Some("导播中"));

    let answer = json!({"CasterId": "c-1", "AudioMixerMode": "auto"});
    let schema = operation_info(SetCasterConfig::ID).unwrap().schema;
    let notes = SetCasterConfig::current_input(&answer, &schema).notes;
    assert_eq!(
        notes,
        ["混音模式（auto）没有对应的 SetCasterConfig 参数；此表单无法修改它。"]
    );

    let mut error = vendor_error("IncorrectCasterStatus.Inuse");
    SetCasterConfig::explain(&partial_input(), &mut error, None);
    assert_eq!(
        error.explanation,
        "导播台正在使用中，阿里云暂时无法修改其配置。"
    );
    assert_eq!(error.hint, "请停止导播台，或在其空闲时重试。");
    assert_eq!(
        error.code, "IncorrectCasterStatus.Inuse",
        "the vendor's code is kept"
    );

    let read = serde_json::from_value(json!({"CasterId": "c-9"})).unwrap();
    let config = json!({"CasterId": "c-1", "CasterName": "晚会", "Delay": 0,
                        "TranscodeConfig": "{\"CasterTemplate\":\"lp_hd\"}"});
    assert_eq!(
        DescribeCasterConfig::summarize(&read, &config),
        [
            "导播台“晚会”（c-1）。",
            "主播流域名：无（没有它导播台无法启动）。",
            "转码：高清，横屏（lp_hd）。",
            "录制：关闭。",
            "延时播放：关闭。",
        ]
    );

    let mut error = vendor_error("InvalidCaster.NotFound");
    DescribeCasterConfig::explain(&read, &mut error, None);
    assert_eq!(error.explanation, "阿里云在此地域中没有导播台“c-9”。");
}

#[test]
fn english_stays_english() {
    let _en = scoped(Lang::En);
    let info = operation_info(SetCasterConfig::ID).unwrap();
    assert_eq!(info.title, "Configure a production studio");
    assert_eq!(info.schema["properties"]["Delay"]["title"], "Delay");
    let sent = partial_input();
    let summary = SetCasterConfig::summarize(&sent, &json!({"CasterId": "c-1"}));
    assert_eq!(
        summary[1],
        "Transcoding: Standard definition, landscape (lp_sd), plus Low definition (lld), \
         Standard definition (lsd)."
    );
    assert_eq!(SetCasterConfig::cleared(&sent)[0], "Streaming domain");
    let choices = DescribeCasters::LIST.unwrap().choices(&studios());
    assert_eq!(
        choices[0].detail.as_deref(),
        Some("idle, channels on, Standard definition, landscape (lp_sd)")
    );
    assert_eq!(
        DescribeCasters::summarize(&serde_json::from_value(json!({})).unwrap(), &studios())[0],
        "3 production studios; this page shows 2."
    );
}

/// The Alibaba account form as `livedesk-core` builds it (its fields' titles and help),
/// reduced to what its translation covers.
fn alibaba_account_form() -> Value {
    json!({"type": "object", "properties": {
        "region_id": {"title": "Region", "oneOf": [{"const": "cn-hongkong", "title": "China (Hong Kong) (cn-hongkong)"}]},
        "access_key_id": {"title": "AccessKey ID", "description": "Alibaba Cloud console → your avatar → AccessKey Management (use a RAM user's key)."},
        "access_key_secret": {"title": "AccessKey secret", "description": "Shown once, when the AccessKey is created; create a new one if it was lost."}
    }})
}

#[test]
fn the_account_forms_use_each_consoles_names() {
    for (lang, region, hong_kong, where_key, secret) in [
        (
            Lang::ZhHans,
            "地域",
            "中国香港（cn-hongkong）",
            "AccessKey 管理",
            "AccessKey Secret",
        ),
        (
            Lang::ZhHant,
            "地域",
            "中國香港（cn-hongkong）",
            "AccessKey 管理",
            "AccessKey Secret",
        ),
        (
            Lang::Ko,
            "리전",
            "중국(홍콩)(cn-hongkong)",
            "AccessKey 관리",
            "AccessKey Secret",
        ),
        (
            Lang::Ja,
            "リージョン",
            "中国（香港）（cn-hongkong）",
            "AccessKey 管理",
            "AccessKey Secret",
        ),
    ] {
        let mut form = alibaba_account_form();
        localize_schema("account-alibaba", &mut form, lang);
        let fields = &form["properties"];
        assert_eq!(fields["region_id"]["title"], region, "{lang:?}");
        assert_eq!(
            choice_title(&fields["region_id"], "cn-hongkong"),
            hong_kong,
            "{lang:?}"
        );
        let help = fields["access_key_id"]["description"].as_str().unwrap();
        assert!(
            help.contains(where_key) && help.contains("RAM"),
            "{lang:?}: {help}"
        );
        assert_eq!(fields["access_key_secret"]["title"], secret, "{lang:?}");
    }
    let mut form = alibaba_account_form();
    localize_schema("account-alibaba", &mut form, Lang::En);
    assert_eq!(
        form,
        alibaba_account_form(),
        "English is the form as written"
    );

    // The other vendors' credentials under their consoles' names.
    let names = [
        (
            Lang::ZhHans,
            "account-huawei-f-access_key",
            "访问密钥ID（AK）",
        ),
        (Lang::ZhHant, "account-huawei-f-project_id", "項目ID"),
        (Lang::Ko, "account-naver-f-region_code", "리전"),
        (
            Lang::Ja,
            "account-huawei-f-secret_key",
            "シークレットアクセスキー (SK)",
        ),
        (Lang::Ko, "account-blendvision-f-org_id", "조직 ID"),
    ];
    for (lang, id, title) in names {
        assert_eq!(
            livedesk_i18n::lookup(lang, id, None).as_deref(),
            Some(title),
            "{id}"
        );
    }
}
