//! The catalog the UI lists, and the conventions of every form schema the UI renders.

use livedesk_http::Vendor;
use livedesk_operations::{catalog, operation_info, OperationKind};
use serde_json::Value;

#[test]
fn the_operations_in_order() {
    let ops = catalog();
    let ids: Vec<&str> = ops.iter().map(|o| o.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "huawei.stream_backup",
            "huawei.record_control",
            "naver.switch_stream",
            "blendvision.update_live",
            "alibaba.set_caster_config",
            "huawei.get_stream_backup",
            "naver.list_channels",
            "naver.get_channel",
            "blendvision.list_lives",
            "blendvision.get_live",
            "alibaba.describe_casters",
            "alibaba.describe_caster_config",
        ]
    );
    let vendors: Vec<Vendor> = ops.iter().map(|o| o.vendor).collect();
    assert_eq!(
        vendors,
        [
            Vendor::Huawei,
            Vendor::Huawei,
            Vendor::Naver,
            Vendor::BlendVision,
            Vendor::Alibaba,
            Vendor::Huawei,
            Vendor::Naver,
            Vendor::Naver,
            Vendor::BlendVision,
            Vendor::BlendVision,
            Vendor::Alibaba,
            Vendor::Alibaba,
        ]
    );
    for op in &ops {
        assert!(!op.title.is_empty() && op.help.len() > 100, "{}", op.id);
        let methods: &[&str] = match op.kind {
            OperationKind::Write => &["PUT", "POST"],
            // Alibaba's RPC reads are POSTs with every parameter in the query, as its SDKs send.
            OperationKind::Read if op.vendor == Vendor::Alibaba => &["POST"],
            OperationKind::Read => &["GET"],
        };
        assert!(methods.contains(&op.method.as_str()), "{}", op.id);
        assert!(op.path.starts_with('/'), "{}", op.id);
        assert_eq!(op.schema["title"], op.title.as_str());
        assert_eq!(operation_info(&op.id).unwrap(), *op);
        if op.kind == OperationKind::Read {
            assert!(op.warning.is_none() && op.current.is_none(), "{}", op.id);
            assert!(op.help.ends_with("Changes nothing."), "{}", op.id);
        }
    }
    let writes = ops
        .iter()
        .filter(|o| o.kind == OperationKind::Write)
        .count();
    assert_eq!(writes, 5);
    let warning = ops[4].warning.as_deref().unwrap();
    assert!(
        warning.contains("replaces the studio's whole configuration"),
        "{warning}"
    );
    assert!(
        warning.contains("left empty") || warning.contains("leave empty"),
        "{warning}"
    );
    assert!(ops[..4].iter().all(|o| o.warning.is_none()));
    assert!(ops[1].help.contains("COMMAND_RECORD") && ops[1].help.contains("10"));
    assert!(ops[2].help.contains("PUBLISHING"));
}

#[test]
fn catalog_serialises_for_the_ui() {
    let json = serde_json::to_value(catalog()).unwrap();
    assert_eq!(json[0]["vendor"], "huawei");
    assert_eq!(json[3]["vendor"], "blendvision");
    assert!(json[0]["warning"].is_null());
    assert!(json[4]["schema"]["properties"]["CasterId"].is_object());
    assert_eq!(json[0]["kind"], "write");
    assert_eq!(json[5]["kind"], "read");
    assert_eq!(
        json[2]["picker"],
        serde_json::json!({"field": "channelId", "read_op": "naver.list_channels"})
    );
    assert_eq!(
        json[4]["current"],
        serde_json::json!({"read_op": "alibaba.describe_caster_config", "keys": ["CasterId"]})
    );
    assert!(json[1]["picker"].is_null() && json[1]["current"].is_null());
}

#[test]
fn pickers_and_current_state_point_at_reads_of_the_same_vendor() {
    let ops = catalog();
    let pickers: Vec<(&str, &str, &str)> = ops
        .iter()
        .filter_map(|o| {
            let p = o.picker.as_ref()?;
            Some((o.id.as_str(), p.field.as_str(), p.read_op.as_str()))
        })
        .collect();
    assert_eq!(
        pickers,
        [
            ("naver.switch_stream", "channelId", "naver.list_channels"),
            ("blendvision.update_live", "id", "blendvision.list_lives"),
            (
                "alibaba.set_caster_config",
                "CasterId",
                "alibaba.describe_casters"
            ),
            ("naver.get_channel", "channelId", "naver.list_channels"),
            ("blendvision.get_live", "id", "blendvision.list_lives"),
            (
                "alibaba.describe_caster_config",
                "CasterId",
                "alibaba.describe_casters"
            ),
        ]
    );
    let current: Vec<(&str, &str, Vec<String>)> = ops
        .iter()
        .filter_map(|o| {
            let c = o.current.as_ref()?;
            Some((o.id.as_str(), c.read_op.as_str(), c.keys.clone()))
        })
        .collect();
    assert_eq!(
        current,
        [
            (
                "huawei.stream_backup",
                "huawei.get_stream_backup",
                vec!["publish_domain".to_owned()]
            ),
            (
                "naver.switch_stream",
                "naver.get_channel",
                vec!["channelId".to_owned()]
            ),
            (
                "blendvision.update_live",
                "blendvision.get_live",
                vec!["id".to_owned()]
            ),
            (
                "alibaba.set_caster_config",
                "alibaba.describe_caster_config",
                vec!["CasterId".to_owned()]
            ),
        ]
    );
    for op in &ops {
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
    let ops = catalog();
    let record = &ops[1].schema;
    assert_eq!(record["properties"]["action"]["x-in"], "query");
    assert_eq!(
        record["properties"]["action"]["oneOf"][0]["title"],
        "Start recording"
    );
    assert_eq!(ops[2].schema["properties"]["channelId"]["x-in"], "path");

    let live = &ops[3].schema;
    assert_eq!(live["properties"]["id"]["x-in"], "path");
    assert_eq!(live["properties"]["name"]["x-in"], "body");
    assert_eq!(live["required"], serde_json::json!(["id", "security"]));
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
        serde_json::json!({"field": "type", "in": ["SECURITY_PRIVACY_TYPE_TOKEN"]})
    );
    assert_eq!(security["watermark"]["properties"]["size"]["minimum"], 1);
    assert_eq!(security["watermark"]["properties"]["size"]["maximum"], 50);
    assert_eq!(live["properties"]["scheduled_at"]["format"], "date-time");
    let cover = &live["properties"]["cover_images"]["x-order"];
    assert_eq!(
        *cover,
        serde_json::json!([
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

    let caster = &ops[4].schema;
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
    assert_eq!(caster["required"], serde_json::json!(["CasterId"]));
    assert_eq!(caster["properties"]["Delay"]["maximum"], 300);
    assert_eq!(caster["properties"]["SideOutputUrlList"]["maxItems"], 20);
    assert_eq!(caster["properties"]["ChannelEnable"]["type"], "integer");
    assert_eq!(caster["x-order"].as_array().unwrap().len(), 19);
}
