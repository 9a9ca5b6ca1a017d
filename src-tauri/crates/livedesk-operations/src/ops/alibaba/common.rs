//! What Alibaba's operations share: `DescribeCasterConfig`'s answer mapped back into the
//! `SetCasterConfig` form (docs/vendors/alibaba.md). The read renames and double-wraps what the write takes as JSON
//! strings, so each structured parameter is rebuilt with the write's key casing.

use livedesk_i18n::t;
use serde_json::{json, Map, Value};

use serde::Serialize;

use super::set_caster_config::SetCasterConfig;
use crate::operation::{Operation, Prefilled};
use crate::summary::{count, flag, number, text};

/// Plain text parameters with the same name in the read and the write.
const TEXT_PARAMETERS: [&str; 10] = [
    "CasterId",
    "CasterName",
    "DomainName",
    "UrgentMaterialId",
    "UrgentLiveStreamUrl",
    "SideOutputUrl",
    "CallbackUrl",
    "ProgramName",
    "UrgentImageId",
    "UrgentImageUrl",
];

/// A parameter that may come as a JSON string (as the write takes it) or already as JSON.
fn json_parameter(value: Option<&Value>) -> Option<Value> {
    match value? {
        Value::String(s) if s.trim().is_empty() => None,
        Value::String(s) => Some(serde_json::from_str(s).unwrap_or_else(|_| json!(s))),
        Value::Null => None,
        other => Some(other.clone()),
    }
}

/// Alibaba's XML-style lists: `{"RecordFormat": [..]}` around the list (a single entry may
/// come without the list), or the list itself.
pub(crate) fn wrapped_list<'a>(value: Option<&'a Value>, inner: &str) -> Vec<&'a Value> {
    match value {
        Some(Value::Array(items)) => items.iter().collect(),
        Some(Value::Object(map)) => match map.get(inner) {
            Some(Value::Array(items)) => items.iter().collect(),
            Some(one @ (Value::Object(_) | Value::String(_))) => vec![one],
            _ => Vec::new(),
        },
        _ => Vec::new(),
    }
}

/// `5` rather than `5.0` when whole.
fn number_value(n: f64) -> Value {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        json!(n as i64)
    } else {
        json!(n)
    }
}

pub(crate) fn texts(items: Vec<&Value>) -> Vec<Value> {
    items
        .into_iter()
        .filter_map(Value::as_str)
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| json!(s))
        .collect()
}

/// `SideOutputUrlList` reads back as a JSON array, or as URLs joined with commas.
fn side_outputs(value: Option<&Value>) -> Vec<Value> {
    match value {
        Some(Value::Array(items)) => texts(items.iter().collect()),
        Some(Value::String(s)) if s.trim_start().starts_with('[') => {
            match serde_json::from_str::<Vec<Value>>(s) {
                Ok(items) => texts(items.iter().collect()),
                Err(_) => Vec::new(),
            }
        }
        Some(Value::String(s)) => s
            .split(',')
            .map(str::trim)
            .filter(|u| !u.is_empty())
            .map(|u| json!(u))
            .collect(),
        _ => Vec::new(),
    }
}

fn transcode(config: &Value, notes: &mut Vec<String>) -> Option<Value> {
    let mut out = Map::new();
    if let Some(template) = text(config, "/CasterTemplate") {
        out.insert("CasterTemplate".into(), json!(template));
    }
    let mut live = texts(wrapped_list(config.get("LiveTemplateIds"), "LocationId"));
    if live.is_empty() {
        live = texts(wrapped_list(config.get("LiveTemplate"), "LiveTemplate"));
    }
    if !live.is_empty() {
        out.insert("LiveTemplate".into(), Value::Array(live));
    }
    let custom = config.get("CustomParams");
    if custom.is_some_and(|c| c.as_object().is_some_and(|o| !o.is_empty())) {
        notes.push(t!("alibaba-note-custom-params"));
    }
    (!out.is_empty()).then_some(Value::Object(out))
}

fn record(config: &Value, notes: &mut Vec<String>) -> Option<Value> {
    let endpoint = text(config, "/OssEndpoint").or_else(|| text(config, "/endpoint"));
    let bucket = text(config, "/OssBucket").or_else(|| text(config, "/ossBucket"));
    let mut formats = wrapped_list(config.get("RecordFormat"), "RecordFormat");
    if formats.is_empty() {
        formats = wrapped_list(config.get("videoFormat"), "videoFormat");
    }
    let formats: Vec<Value> = formats
        .into_iter()
        .map(|f| {
            let mut entry = Map::new();
            if let Some(format) = text(f, "/Format") {
                entry.insert("Format".into(), json!(format.to_ascii_lowercase()));
            }
            for name in ["OssObjectPrefix", "SliceOssObjectPrefix"] {
                if let Some(prefix) = text(f, &format!("/{name}")) {
                    entry.insert(name.into(), json!(prefix));
                }
            }
            if let Some(cycle) = count(f, "/CycleDuration") {
                entry.insert("CycleDuration".into(), json!(cycle));
            }
            Value::Object(entry)
        })
        .collect();
    if let Some(mode) = count(config, "/OnDemand").filter(|m| *m != 0) {
        notes.push(t!("alibaba-note-on-demand", mode = mode.to_string()));
    }
    if endpoint.is_none() && bucket.is_none() && formats.is_empty() {
        return None;
    }
    let mut out = Map::new();
    if let Some(endpoint) = endpoint {
        out.insert("endpoint".into(), json!(endpoint));
    }
    if let Some(bucket) = bucket {
        out.insert("ossBucket".into(), json!(bucket));
    }
    out.insert("videoFormat".into(), Value::Array(formats));
    if let Some(interval) = count(config, "/interval") {
        out.insert("interval".into(), json!(interval));
    }
    Some(Value::Object(out))
}

fn sync_groups(config: &Value) -> Option<Value> {
    let groups: Vec<Value> = wrapped_list(Some(config), "SyncGroup")
        .into_iter()
        .map(|g| {
            let mut group = Map::new();
            if let Some(mode) = count(g, "/Mode").or_else(|| count(g, "/mode")) {
                group.insert("mode".into(), json!(mode));
            }
            let mut ids = texts(wrapped_list(g.get("ResourceIds"), "ResourceId"));
            if ids.is_empty() {
                ids = texts(wrapped_list(g.get("resourceIds"), "resourceIds"));
            }
            group.insert("resourceIds".into(), Value::Array(ids));
            if let Some(host) = text(g, "/HostResourceId").or_else(|| text(g, "/hostResourceId")) {
                group.insert("hostResourceId".into(), json!(host));
            }
            Value::Object(group)
        })
        .collect();
    (!groups.is_empty()).then_some(Value::Array(groups))
}

fn auto_switch(config: &Value, notes: &mut Vec<String>) -> Option<Value> {
    let Value::Object(map) = config else {
        notes.push(t!("alibaba-note-auto-switch-unreadable"));
        return None;
    };
    let others: Vec<String> = map
        .keys()
        .filter(|k| *k != "eofThres")
        .cloned()
        .collect();
    if !others.is_empty() {
        notes.push(t!(
            "alibaba-note-auto-switch-extra",
            names = join(&others)
        ));
    }
    count(config, "/eofThres").map(|n| json!({"eofThres": n}))
}

/// Items of a list in a sentence (`lp_sd, lld`), with the language's punctuation.
pub(crate) fn join(items: &[String]) -> String {
    let mut items = items.iter();
    let first = items.next().cloned().unwrap_or_default();
    items.fold(first, |list, item| {
        t!("alibaba-list-join", list = list, item = item)
    })
}

/// Where the choices a summary names sit in the form.
pub(crate) const TEMPLATE: &str = "/properties/TranscodeConfig/properties/CasterTemplate";
pub(crate) const LIVE_TEMPLATE: &str = "/properties/TranscodeConfig/properties/LiveTemplate/items";
pub(crate) const FORMAT: &str = "/properties/RecordConfig/properties/videoFormat/items/properties/Format";

/// The label of a choice as the form shows it, in the producer's language (the code itself
/// when the form has no label for it).
pub(crate) fn choice_label<T: Serialize + ?Sized>(field: &str, value: &T) -> String {
    let value = serde_json::to_value(value).unwrap_or(Value::Null);
    let info = crate::operation_info(SetCasterConfig::ID).ok();
    info.as_ref()
        .and_then(|info| info.schema.pointer(&format!("{field}/oneOf")))
        .and_then(Value::as_array)
        .and_then(|options| options.iter().find(|o| o.get("const") == Some(&value)))
        .and_then(|o| o.get("title"))
        .and_then(Value::as_str)
        .map(str::to_owned)
        .unwrap_or_else(|| value.as_str().unwrap_or_default().to_owned())
}

/// `DescribeCasterConfig`'s answer as `SetCasterConfig`'s form input (docs/vendors/alibaba.md):
/// same names for the plain parameters, `AutoSwitchUrgentOn` `"true"` → `true`, and the
/// JSON-string parameters as their sub-forms with the write's casing: `TranscodeConfig`
/// (`LiveTemplateIds.LocationId` → `LiveTemplate`), `RecordConfig` (`OssEndpoint` →
/// `endpoint`, `OssBucket` → `ossBucket`, `RecordFormat.RecordFormat` → `videoFormat`, formats
/// in lower case), `SyncGroupsConfig` (`SyncGroup[]` → `[{mode, resourceIds,
/// hostResourceId}]`), `AutoSwitchUrgentConfig` (parsed), `SideOutputUrlList` (a list).
/// Empty values are left out: the form shows them empty, and sending them empty clears
/// them, as they are now.
pub(crate) fn set_caster_config_input(answer: &Value) -> Prefilled {
    let mut input = Map::new();
    let mut notes = Vec::new();
    for name in TEXT_PARAMETERS {
        if let Some(value) = text(answer, &format!("/{name}")) {
            input.insert(name.into(), json!(value));
        }
    }
    if let Some(delay) = number(answer, "/Delay") {
        input.insert("Delay".into(), number_value(delay));
    }
    for name in ["ProgramEffect", "ChannelEnable"] {
        if let Some(n) = count(answer, &format!("/{name}")) {
            input.insert(name.into(), json!(n));
        }
    }
    if let Some(on) = flag(answer, "/AutoSwitchUrgentOn") {
        input.insert("AutoSwitchUrgentOn".into(), json!(on));
    }
    if let Some(config) = json_parameter(answer.get("AutoSwitchUrgentConfig")) {
        if let Some(value) = auto_switch(&config, &mut notes) {
            input.insert("AutoSwitchUrgentConfig".into(), value);
        }
    }
    let outputs = side_outputs(answer.get("SideOutputUrlList"));
    if !outputs.is_empty() {
        input.insert("SideOutputUrlList".into(), Value::Array(outputs));
    }
    if let Some(config) = json_parameter(answer.get("TranscodeConfig")) {
        if let Some(value) = transcode(&config, &mut notes) {
            input.insert("TranscodeConfig".into(), value);
        }
    }
    if let Some(config) = json_parameter(answer.get("RecordConfig")) {
        if let Some(value) = record(&config, &mut notes) {
            input.insert("RecordConfig".into(), value);
        }
    }
    if let Some(config) = json_parameter(answer.get("SyncGroupsConfig")) {
        if let Some(value) = sync_groups(&config) {
            input.insert("SyncGroupsConfig".into(), value);
        }
    }
    if let Some(mode) = text(answer, "/AudioMixerMode") {
        notes.push(t!("alibaba-note-audio-mixer", mode = mode));
    }
    Prefilled {
        input: Value::Object(input),
        notes,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use super::super::set_caster_config::SetCasterConfig;
    use crate::operation::Operation;

    #[test]
    fn other_read_layouts_are_mapped_and_what_cannot_be_carried_is_named() {
        // Layouts the vendor pages allow besides the sandbox's: lists without their wrapper or
        // a single entry without its list, JSON-string parameters, numbers and flags as text,
        // side outputs as a JSON array.
        let answer = json!({
            "CasterId": "c-1",
            "Delay": "2.5",
            "ChannelEnable": "1",
            "AutoSwitchUrgentOn": "false",
            "AutoSwitchUrgentConfig": "{\"eofThres\":5,\"other\":1}",
            "SideOutputUrlList": "[\"rtmp://a/b/c\"]",
            "TranscodeConfig": {"CasterTemplate": "lp_ld_v", "LiveTemplateIds": {"LocationId": "lsd"},
                                "CustomParams": {"video": {"width": 720}}},
            "RecordConfig": "{\"OssEndpoint\":\"oss.example.com\",\"OssBucket\":\"b\",\"OnDemand\":1,\"RecordFormat\":[{\"Format\":\"FLV\",\"OssObjectPrefix\":\"r/{StreamName}\"}]}",
            "SyncGroupsConfig": {"SyncGroup": {"Mode": 1, "ResourceIds": {"ResourceId": ["r1"]}, "HostResourceId": ""}},
            "UrgentImageId": "",
            "AudioMixerMode": "auto"
        });
        let schema = crate::operation_info(SetCasterConfig::ID).unwrap().schema;
        let Prefilled { input, notes } = SetCasterConfig::current_input(&answer, &schema);
        assert_eq!(
            input,
            json!({
                "CasterId": "c-1",
                "Delay": 2.5,
                "ChannelEnable": 1,
                "AutoSwitchUrgentOn": false,
                "AutoSwitchUrgentConfig": {"eofThres": 5},
                "SideOutputUrlList": ["rtmp://a/b/c"],
                "TranscodeConfig": {"CasterTemplate": "lp_ld_v", "LiveTemplate": ["lsd"]},
                "RecordConfig": {"endpoint": "oss.example.com", "ossBucket": "b",
                                 "videoFormat": [{"Format": "flv", "OssObjectPrefix": "r/{StreamName}"}]},
                "SyncGroupsConfig": [{"mode": 1, "resourceIds": ["r1"]}]
            })
        );
        assert_eq!(notes.len(), 4, "{notes:?}");
        assert!(notes[0].contains("(other)"), "{notes:?}");
        assert!(notes[1].contains("CustomParams"), "{notes:?}");
        assert!(notes[2].contains("OnDemand 1"), "{notes:?}");
        assert!(notes[3].contains("audio mixer mode (auto)"), "{notes:?}");
    }
}
