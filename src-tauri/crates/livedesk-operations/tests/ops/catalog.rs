//! The catalog the UI lists, and the conventions of every form schema the UI renders.
//!
//! The tests check properties of EVERY registered operation, never the catalog's length or
//! positions: adding an operation changes no test here (see the crate README, "Adding an
//! operation"). Assertions about one operation look it up by id.

use std::collections::HashSet;

use livedesk_http::Vendor;
use livedesk_operations::ops::alibaba::set_caster_config::SetCasterConfig;
use livedesk_operations::ops::blendvision::update_live::UpdateLive;
use livedesk_operations::ops::huawei::record_control::RecordControl;
use livedesk_operations::ops::naver::switch_stream::SwitchStream;
use livedesk_operations::{catalog, operation_info, Operation, OperationInfo, OperationKind};
use serde_json::{json, Value};

fn info(id: &str) -> OperationInfo {
    operation_info(id).unwrap_or_else(|e| panic!("{id}: {e}"))
}

/// The ids history entries, drafts and scripts (`livedesk-cli call --op`) refer to: they
/// stay registered under these names.
#[test]
fn the_published_ids_stay() {
    for (id, vendor, kind) in [
        ("huawei.stream_backup", Vendor::Huawei, OperationKind::Write),
        (
            "huawei.record_control",
            Vendor::Huawei,
            OperationKind::Write,
        ),
        ("naver.switch_stream", Vendor::Naver, OperationKind::Write),
        (
            "blendvision.update_live",
            Vendor::BlendVision,
            OperationKind::Write,
        ),
        (
            "alibaba.set_caster_config",
            Vendor::Alibaba,
            OperationKind::Write,
        ),
        (
            "huawei.get_stream_backup",
            Vendor::Huawei,
            OperationKind::Read,
        ),
        ("naver.list_channels", Vendor::Naver, OperationKind::Read),
        ("naver.get_channel", Vendor::Naver, OperationKind::Read),
        (
            "blendvision.list_lives",
            Vendor::BlendVision,
            OperationKind::Read,
        ),
        (
            "blendvision.get_live",
            Vendor::BlendVision,
            OperationKind::Read,
        ),
        (
            "alibaba.describe_casters",
            Vendor::Alibaba,
            OperationKind::Read,
        ),
        (
            "alibaba.describe_caster_config",
            Vendor::Alibaba,
            OperationKind::Read,
        ),
    ] {
        let op = info(id);
        assert_eq!((op.vendor, op.kind), (vendor, kind), "{id}");
    }
}

#[test]
fn ids_are_unique_and_name_their_vendor() {
    let ops = catalog();
    assert!(!ops.is_empty());
    let mut seen = HashSet::new();
    for op in &ops {
        assert!(seen.insert(op.id.clone()), "{} is registered twice", op.id);
        let vendor = serde_json::to_value(op.vendor).unwrap();
        let vendor = vendor.as_str().unwrap();
        assert!(
            ["huawei", "naver", "blendvision", "alibaba"].contains(&vendor),
            "{}: unknown vendor {vendor}",
            op.id
        );
        let (prefix, name) = op.id.split_once('.').unwrap_or_else(|| panic!("{}", op.id));
        assert_eq!(prefix, vendor, "{}: the id starts with its vendor", op.id);
        assert!(
            !name.is_empty() && name.chars().all(|c| c.is_ascii_lowercase() || c == '_'),
            "{}: vendor.snake_case",
            op.id
        );
    }
}

#[test]
fn writes_are_listed_before_reads() {
    let kinds: Vec<OperationKind> = catalog().iter().map(|o| o.kind).collect();
    let first_read = kinds.iter().position(|k| *k == OperationKind::Read);
    if let Some(first_read) = first_read {
        assert!(
            kinds[first_read..]
                .iter()
                .all(|k| *k == OperationKind::Read),
            "{kinds:?}"
        );
    }
}

#[test]
fn every_operation_describes_itself() {
    for op in catalog() {
        assert!(
            !op.title.trim().is_empty() && op.help.len() > 100,
            "{}",
            op.id
        );
        let methods: &[&str] = match op.kind {
            OperationKind::Write => &["PUT", "POST"],
            // Alibaba's RPC reads are POSTs with every parameter in the query, as its SDKs send.
            OperationKind::Read if op.vendor == Vendor::Alibaba => &["POST"],
            OperationKind::Read => &["GET"],
        };
        assert!(methods.contains(&op.method.as_str()), "{}", op.id);
        assert!(op.path.starts_with('/'), "{}", op.id);
        assert_eq!(op.schema["title"], op.title.as_str());
        assert_eq!(info(&op.id), op);
        if let Some(warning) = &op.warning {
            assert!(!warning.trim().is_empty(), "{}", op.id);
        }
        if op.kind == OperationKind::Read {
            assert!(op.warning.is_none() && op.current.is_none(), "{}", op.id);
            assert!(op.no_current.is_none(), "{}", op.id);
            assert!(op.help.ends_with("Changes nothing."), "{}", op.id);
        }
    }
}

#[test]
fn every_write_has_a_current_read_or_says_why_not() {
    for op in catalog()
        .into_iter()
        .filter(|o| o.kind == OperationKind::Write)
    {
        match (&op.current, &op.no_current) {
            (Some(current), None) => {
                let read = info(&current.read_op);
                assert_eq!(read.kind, OperationKind::Read, "{}", op.id);
                assert!(!current.keys.is_empty(), "{}", op.id);
            }
            (None, Some(why)) => assert!(why.len() > 20, "{}: {why}", op.id),
            other => panic!("{}: current {other:?}", op.id),
        }
    }
    assert!(info(RecordControl::ID)
        .no_current
        .unwrap()
        .contains("action"));
}

#[test]
fn warnings_and_help_of_the_writes() {
    let warning = info(SetCasterConfig::ID).warning.unwrap();
    assert!(
        warning.contains("replaces the studio's whole configuration"),
        "{warning}"
    );
    assert!(
        warning.contains("left empty") || warning.contains("leave empty"),
        "{warning}"
    );
    for id in [
        "huawei.stream_backup",
        RecordControl::ID,
        SwitchStream::ID,
        UpdateLive::ID,
    ] {
        assert!(info(id).warning.is_none(), "{id}");
    }
    let record = info(RecordControl::ID).help;
    assert!(record.contains("records by command") && record.contains("10"));
    assert!(info(SwitchStream::ID).help.contains("PUBLISHING"));
}

#[test]
fn catalog_serialises_for_the_ui() {
    let json = serde_json::to_value(catalog()).unwrap();
    let entries = json.as_array().unwrap();
    let entry = |id: &str| {
        entries
            .iter()
            .find(|e| e["id"] == id)
            .unwrap_or_else(|| panic!("{id}"))
            .clone()
    };
    let backup = entry("huawei.stream_backup");
    assert_eq!(backup["vendor"], "huawei");
    assert!(backup["warning"].is_null());
    assert_eq!(backup["kind"], "write");
    assert_eq!(entry(UpdateLive::ID)["vendor"], "blendvision");
    assert_eq!(entry("huawei.get_stream_backup")["kind"], "read");
    let caster = entry(SetCasterConfig::ID);
    assert!(caster["schema"]["properties"]["CasterId"].is_object());
    assert_eq!(
        entry(SwitchStream::ID)["picker"],
        json!({"field": "channelId", "read_op": "naver.list_channels"})
    );
    assert_eq!(
        caster["current"],
        json!({"read_op": "alibaba.describe_caster_config", "keys": ["CasterId"]})
    );
    assert!(caster["no_current"].is_null());
    let record = entry(RecordControl::ID);
    assert!(record["picker"].is_null() && record["current"].is_null());
    assert!(record["no_current"].is_string());
}

#[test]
fn pickers_and_current_state_point_at_reads_of_the_same_vendor() {
    let pickers = [
        ("naver.switch_stream", "channelId", "naver.list_channels"),
        ("blendvision.update_live", "id", "blendvision.list_lives"),
        (
            "alibaba.set_caster_config",
            "CasterId",
            "alibaba.describe_casters",
        ),
        ("naver.get_channel", "channelId", "naver.list_channels"),
        ("blendvision.get_live", "id", "blendvision.list_lives"),
        (
            "alibaba.describe_caster_config",
            "CasterId",
            "alibaba.describe_casters",
        ),
    ];
    for (id, field, read) in pickers {
        let picker = info(id).picker.unwrap_or_else(|| panic!("{id}"));
        assert_eq!(
            (picker.field.as_str(), picker.read_op.as_str()),
            (field, read)
        );
    }
    for id in [
        "huawei.stream_backup",
        "huawei.record_control",
        "huawei.get_stream_backup",
    ] {
        assert!(info(id).picker.is_none(), "{id}");
    }
    let current = [
        (
            "huawei.stream_backup",
            "huawei.get_stream_backup",
            "publish_domain",
        ),
        ("naver.switch_stream", "naver.get_channel", "channelId"),
        ("blendvision.update_live", "blendvision.get_live", "id"),
        (
            "alibaba.set_caster_config",
            "alibaba.describe_caster_config",
            "CasterId",
        ),
    ];
    for (id, read, key) in current {
        let c = info(id).current.unwrap_or_else(|| panic!("{id}"));
        assert_eq!(c.read_op, read, "{id}");
        assert_eq!(c.keys, [key.to_owned()], "{id}");
    }
    for op in &catalog() {
        let reads = op
            .picker
            .iter()
            .map(|p| &p.read_op)
            .chain(op.current.iter().map(|c| &c.read_op));
        for read in reads {
            let read = operation_info(read).unwrap();
            assert_eq!(read.kind, OperationKind::Read, "{}", op.id);
            assert_eq!(read.vendor, op.vendor, "{}", op.id);
        }
        if let Some(picker) = &op.picker {
            assert!(
                op.schema["properties"][&picker.field].is_object(),
                "{}",
                op.id
            );
            assert!(op.schema["required"]
                .as_array()
                .unwrap()
                .contains(&picker.field.as_str().into()));
        }
        for key in op.current.iter().flat_map(|c| &c.keys) {
            assert!(op.schema["properties"][key].is_object(), "{}", op.id);
        }
    }
}

#[test]
fn every_schema_is_a_valid_json_schema() {
    assert!(jsonschema::meta::validate(&json!({"type": "text"})).is_err());
    for op in catalog() {
        if let Err(error) = jsonschema::meta::validate(&op.schema) {
            panic!("{}: {error}", op.id);
        }
        jsonschema::validator_for(&op.schema).unwrap_or_else(|e| panic!("{}: {e}", op.id));
        assert_eq!(op.schema["type"], "object", "{}", op.id);
    }
}

/// Walks every schema node with its path.
fn walk<'a>(node: &'a Value, path: String, out: &mut Vec<(String, &'a Value)>) {
    out.push((path.clone(), node));
    if let Some(properties) = node.get("properties").and_then(Value::as_object) {
        for (k, v) in properties {
            walk(v, format!("{path}.{k}"), out);
        }
    }
    if let Some(items) = node.get("items") {
        walk(items, format!("{path}[]"), out);
    }
}

#[test]
fn every_schema_follows_the_conventions() {
    for op in catalog() {
        let text = op.schema.to_string();
        assert!(
            !text.contains("$ref") && !text.contains("$defs"),
            "{}",
            op.id
        );
        assert!(
            !text.contains("null"),
            "{}: a null alternative is left",
            op.id
        );
        assert!(
            !text.contains("\\n"),
            "{}: a multi-line text is left",
            op.id
        );
        let properties = op.schema["properties"].as_object().unwrap();
        for (name, p) in properties {
            let place = p["x-in"]
                .as_str()
                .unwrap_or_else(|| panic!("{} {name}", op.id));
            assert!(
                ["path", "query", "header", "body"].contains(&place),
                "{name}"
            );
        }
        let mut nodes = Vec::new();
        walk(&op.schema, op.id.clone(), &mut nodes);
        for (path, node) in nodes {
            let kind = node["type"]
                .as_str()
                .unwrap_or_else(|| panic!("{path}: no type"));
            assert!(
                ["object", "array", "string", "integer", "number", "boolean"].contains(&kind),
                "{path}: {kind}"
            );
            if !path.ends_with("[]") {
                assert!(node["title"].is_string(), "{path}: no title");
            }
            if let Some(properties) = node.get("properties").and_then(Value::as_object) {
                let order: Vec<&str> = node["x-order"]
                    .as_array()
                    .unwrap_or_else(|| panic!("{path}: no x-order"))
                    .iter()
                    .map(|v| v.as_str().unwrap())
                    .collect();
                assert_eq!(order.len(), properties.len(), "{path}");
                assert!(order.iter().all(|k| properties.contains_key(*k)), "{path}");
                for required in node["required"].as_array().into_iter().flatten() {
                    assert!(
                        properties.contains_key(required.as_str().unwrap()),
                        "{path}"
                    );
                }
                assert_eq!(node["additionalProperties"], false, "{path}");
            }
            if let Some(options) = node.get("oneOf").and_then(Value::as_array) {
                for option in options {
                    assert!(option.get("const").is_some(), "{path}");
                    assert!(option["title"].is_string(), "{path}");
                }
            }
            for key in ["x-required-when", "x-only-when"] {
                if let Some(rule) = node.get(key) {
                    assert!(rule["field"].is_string() && rule["in"].is_array(), "{path}");
                }
            }
        }
    }
}

#[test]
fn schema_annotations_the_ui_relies_on() {
    let record = &info(RecordControl::ID).schema;
    assert_eq!(record["properties"]["action"]["x-in"], "query");
    assert_eq!(
        record["properties"]["action"]["oneOf"][0]["title"],
        "Start recording"
    );
    assert_eq!(
        info(SwitchStream::ID).schema["properties"]["channelId"]["x-in"],
        "path"
    );

    let live = &info(UpdateLive::ID).schema;
    assert_eq!(live["properties"]["id"]["x-in"], "path");
    assert_eq!(live["properties"]["name"]["x-in"], "body");
    assert_eq!(live["required"], json!(["id", "security"]));
    let security = &live["properties"]["security"]["properties"];
    assert_eq!(security["protection"]["x-immutable"], true);
    assert_eq!(security["geo_control"]["x-immutable"], true);
    let options = &live
        .pointer("/properties/interaction/properties/chatroom/properties/options/properties")
        .unwrap();
    for key in ["custom_counter_keys", "message_ttl", "message_batch_window"] {
        assert_eq!(options[key]["x-immutable"], true, "{key}");
    }
    assert_eq!(
        options["broadcast_setting"]["properties"]["viewer_metrics_enabled"]["x-immutable"],
        true
    );
    assert_eq!(
        security["privacy"]["properties"]["token"]["x-only-when"],
        json!({"field": "type", "in": ["SECURITY_PRIVACY_TYPE_TOKEN"]})
    );
    assert_eq!(security["watermark"]["properties"]["size"]["minimum"], 1);
    assert_eq!(security["watermark"]["properties"]["size"]["maximum"], 50);
    assert_eq!(live["properties"]["scheduled_at"]["format"], "date-time");
    let cover = &live["properties"]["cover_images"]["x-order"];
    assert_eq!(
        *cover,
        json!([
            "ready_to_start",
            "preview",
            "player_pause",
            "signal_interruption",
            "end",
            "close"
        ])
    );
    let relay = &live
        .pointer("/properties/relay_settings/items/properties/rtmp/properties/stream_key")
        .unwrap();
    assert_eq!(relay["x-secret"], true);
    assert_eq!(relay["writeOnly"], true);
    assert_eq!(
        live.pointer("/properties/showroom/properties/model/x-format")
            .unwrap(),
        "json"
    );

    let caster = &info(SetCasterConfig::ID).schema;
    for name in [
        "TranscodeConfig",
        "RecordConfig",
        "SideOutputUrlList",
        "SyncGroupsConfig",
        "AutoSwitchUrgentConfig",
    ] {
        assert_eq!(caster["properties"][name]["x-json-string"], true, "{name}");
        assert_eq!(caster["properties"][name]["x-in"], "query", "{name}");
    }
    assert_eq!(caster["properties"]["CasterId"]["x-in"], "query");
    assert_eq!(caster["required"], json!(["CasterId"]));
    assert_eq!(caster["properties"]["Delay"]["maximum"], 300);
    assert_eq!(caster["properties"]["SideOutputUrlList"]["maxItems"], 20);
    assert_eq!(caster["properties"]["ChannelEnable"]["type"], "integer");
    assert_eq!(caster["x-order"].as_array().unwrap().len(), 19);
}

/// A test line that depends on how many operations there are or where one sits in the
/// catalog: a check of the length of the catalog or the operations, or an index into them
/// (`ops` followed by a literal index).
fn counts_or_indexes_the_catalog(line: &str) -> bool {
    static PATTERN: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let pattern = PATTERN.get_or_init(|| {
        regex::Regex::new(
            r"(catalog\(\)|operations\(\)(\.await)?(\.unwrap\(\))?)\s*(\.len\(\)|\[[0-9])|\b(ops|operations|catalog)\[[0-9]+\]",
        )
        .unwrap()
    });
    (line.contains("assert") || line.contains("expect(")) && pattern.is_match(line)
}

fn source_files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if path.is_dir() {
            if !["target", "node_modules", "dist", ".git"].contains(&name.as_ref()) {
                source_files(&path, out);
            }
        } else if [".rs", ".ts", ".tsx", ".js", ".mjs"]
            .iter()
            .any(|ext| name.ends_with(ext))
        {
            out.push(path);
        }
    }
}

/// Adding an operation changes no existing test: none of the workspace's tests (Rust, UI,
/// end to end) asserts the number of operations or an operation's position.
#[test]
fn no_test_counts_or_indexes_the_catalog() {
    assert!(counts_or_indexes_the_catalog(concat!(
        "assert_eq!(catalog()",
        ".len(), 12);"
    )));
    assert!(counts_or_indexes_the_catalog(concat!(
        "assert_eq!(ops",
        "[4].id, SetCasterConfig::ID);"
    )));
    assert!(!counts_or_indexes_the_catalog(
        "let op = &ops[pick.index(ops.len())];"
    ));
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../..");
    let mut files = Vec::new();
    for dir in ["src-tauri", "ui/src", "tests"] {
        source_files(&root.join(dir), &mut files);
    }
    assert!(files.len() > 50, "the workspace's sources were not found");
    let mut found = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap_or_default();
        for (n, line) in text.lines().enumerate() {
            if counts_or_indexes_the_catalog(line) {
                found.push(format!("{}:{}: {}", file.display(), n + 1, line.trim()));
            }
        }
    }
    assert!(found.is_empty(), "{found:#?}");
}
