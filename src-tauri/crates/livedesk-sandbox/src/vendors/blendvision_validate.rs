//! BlendVision's update-body validation and its immutable fields, after
//! `cms.v1.PublicCMSService.UpdateLiveBody` and `cms.v1.Live` in the vendor's OpenAPI index.

use serde_json::{Map, Value};

/// A violation reported as `validation error, field '{field}': {description}`.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct FieldError {
    pub field: String,
    pub description: String,
}

fn err(field: &str, description: impl Into<String>) -> FieldError {
    FieldError {
        field: field.into(),
        description: description.into(),
    }
}

/// Top-level fields of the update body; anything else is discarded, as grpc-gateway does.
pub(super) const UPDATABLE: [&str; 14] = [
    "name",
    "custom_id",
    "source",
    "scheduled_at",
    "live_vod",
    "security",
    "cover_images",
    "metadata",
    "showroom",
    "interaction",
    "byo_cdn",
    "player",
    "save_for_download_enabled",
    "relay_settings",
];

/// Fields the schema marks Immutable: an update may repeat them but not change them.
pub(super) const IMMUTABLE: [&[&str]; 11] = [
    &["type"],
    &["broadcast_mode"],
    &["resolution"],
    &["ingest_types"],
    &["remux_only"],
    &["security", "protection"],
    &["security", "geo_control"],
    &["interaction", "chatroom", "options", "custom_counter_keys"],
    &["interaction", "chatroom", "options", "message_ttl"],
    &["interaction", "chatroom", "options", "message_batch_window"],
    &[
        "interaction",
        "chatroom",
        "options",
        "broadcast_setting",
        "viewer_metrics_enabled",
    ],
];

const PRIVACY_TYPES: [&str; 2] = [
    "SECURITY_PRIVACY_TYPE_PUBLIC",
    "SECURITY_PRIVACY_TYPE_TOKEN",
];
const WATERMARK_TYPES: [&str; 2] = ["WATERMARK_TYPE_IMAGE", "WATERMARK_TYPE_USER_ID"];
const WATERMARK_POSITIONS: [&str; 10] = [
    "WATERMARK_POSITION_BOTTOM_RIGHT",
    "WATERMARK_POSITION_BOTTOM_MIDDLE",
    "WATERMARK_POSITION_BOTTOM_LEFT",
    "WATERMARK_POSITION_CENTER_RIGHT",
    "WATERMARK_POSITION_CENTER_LEFT",
    "WATERMARK_POSITION_TOP_RIGHT",
    "WATERMARK_POSITION_TOP_MIDDLE",
    "WATERMARK_POSITION_TOP_LEFT",
    "WATERMARK_POSITION_RANDOM",
    "WATERMARK_POSITION_CUSTOM",
];
const COVER_IMAGE_TYPES: [&str; 2] = ["COVER_IMAGE_TYPE_AUTO", "COVER_IMAGE_TYPE_CUSTOMIZE"];
const COVER_IMAGES: [&str; 6] = [
    "ready_to_start",
    "preview",
    "player_pause",
    "signal_interruption",
    "end",
    "close",
];
const VOD_SOURCES: [&str; 3] = [
    "LIVE_VOD_SOURCE_CATCHUP",
    "LIVE_VOD_SOURCE_REPLACE",
    "LIVE_VOD_SOURCE_PLAYBACK",
];

pub(super) fn get<'a>(v: &'a Value, path: &[&str]) -> Option<&'a Value> {
    path.iter()
        .try_fold(v, |v, key| v.get(key))
        .filter(|v| !v.is_null())
}

/// Sets `path`, creating the objects on the way.
pub(super) fn set(v: &mut Value, path: &[&str], new: Value) {
    let Some((last, parents)) = path.split_last() else {
        return;
    };
    let mut cur = v;
    for key in parents {
        if !cur.get(key).is_some_and(Value::is_object) {
            cur[*key] = Value::Object(Map::new());
        }
        cur = &mut cur[*key];
    }
    cur[*last] = new;
}

/// Proto3 JSON leaves defaults out or writes them explicitly: compare without them.
pub(super) fn without_defaults(v: &Value) -> Value {
    match v {
        Value::Bool(false) => Value::Null,
        Value::String(s) if s.is_empty() || s.ends_with("_UNSPECIFIED") => Value::Null,
        Value::Number(n) if n.as_f64() == Some(0.0) => Value::Null,
        Value::Array(items) if items.is_empty() => Value::Null,
        Value::Array(items) => Value::Array(items.iter().map(without_defaults).collect()),
        Value::Object(map) => {
            let kept: Map<String, Value> = map
                .iter()
                .map(|(k, v)| (k.clone(), without_defaults(v)))
                .filter(|(_, v)| !v.is_null())
                .collect();
            if kept.is_empty() {
                Value::Null
            } else {
                Value::Object(kept)
            }
        }
        other => other.clone(),
    }
}

/// The first immutable field the body would change.
pub(super) fn changed_immutable(current: &Value, body: &Value) -> Option<String> {
    IMMUTABLE.iter().find_map(|path| {
        let sent = get(body, path)?;
        let now = get(current, path).map_or(Value::Null, without_defaults);
        (without_defaults(sent) != now).then(|| path.join("."))
    })
}

fn string<'a>(v: &'a Value, field: &str) -> Result<&'a str, FieldError> {
    v.as_str()
        .ok_or_else(|| err(field, "value must be a string"))
}

fn object<'a>(v: &'a Value, field: &str) -> Result<&'a Map<String, Value>, FieldError> {
    v.as_object()
        .ok_or_else(|| err(field, "value must be an object"))
}

fn boolean(v: &Value, field: &str) -> Result<bool, FieldError> {
    v.as_bool()
        .ok_or_else(|| err(field, "value must be a boolean"))
}

fn present<'a>(map: &'a Map<String, Value>, key: &str) -> Option<&'a Value> {
    map.get(key).filter(|v| !v.is_null())
}

fn required<'a>(
    map: &'a Map<String, Value>,
    key: &str,
    field: &str,
) -> Result<&'a Value, FieldError> {
    present(map, key).ok_or_else(|| err(field, "value is required"))
}

fn one_of(v: &Value, field: &str, allowed: &[&str]) -> Result<(), FieldError> {
    let s = string(v, field)?;
    if allowed.contains(&s) {
        Ok(())
    } else {
        Err(err(
            field,
            format!("value must be one of [{}]", allowed.join(", ")),
        ))
    }
}

fn in_range(v: &Value, field: &str, min: f64, max: f64) -> Result<(), FieldError> {
    match v.as_f64() {
        Some(n) if (min..=max).contains(&n) => Ok(()),
        _ => Err(err(
            field,
            format!("value must be inside range [{min}, {max}]"),
        )),
    }
}

fn timestamp(v: &Value, field: &str) -> Result<(), FieldError> {
    let s = string(v, field)?;
    // RFC 3339: the date-time shape with a zone; fractional seconds and offsets allowed.
    let ok = s.is_ascii()
        && s.len() >= 20
        && s.as_bytes()[4] == b'-'
        && s.as_bytes()[10] == b'T'
        && (s.ends_with('Z') || s[19..].contains(['+', '-']));
    if ok {
        Ok(())
    } else {
        Err(err(field, "value must be an RFC 3339 timestamp"))
    }
}

pub(super) fn validate_update(body: &Map<String, Value>) -> Result<(), FieldError> {
    if let Some(v) = present(body, "name") {
        if string(v, "name")?.chars().count() > 100 {
            return Err(err("name", "value length must be at most 100 characters"));
        }
    }
    if let Some(v) = present(body, "custom_id") {
        let id = string(v, "custom_id")?;
        let ok = (1..=150).contains(&id.len())
            && id
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"._-".contains(&b));
        if !ok {
            return Err(err(
                "custom_id",
                "value does not match regex pattern `^[a-zA-Z0-9._-]{1,150}$`",
            ));
        }
    }
    validate_security(required(body, "security", "security")?)?;
    if let Some(v) = present(body, "scheduled_at") {
        timestamp(v, "scheduled_at")?;
    }
    if let Some(v) = present(body, "live_vod") {
        validate_live_vod(v)?;
    }
    if let Some(v) = present(body, "cover_images") {
        let images = object(v, "cover_images")?;
        for name in COVER_IMAGES {
            if let Some(image) = present(images, name) {
                validate_cover_image(image, &format!("cover_images.{name}"))?;
            }
        }
    }
    if let Some(v) = present(body, "metadata") {
        validate_metadata(v)?;
    }
    if let Some(v) = present(body, "save_for_download_enabled") {
        boolean(v, "save_for_download_enabled")?;
    }
    Ok(())
}

fn validate_security(v: &Value) -> Result<(), FieldError> {
    let security = object(v, "security")?;
    let privacy = object(
        required(security, "privacy", "security.privacy")?,
        "security.privacy",
    )?;
    one_of(
        required(privacy, "type", "security.privacy.type")?,
        "security.privacy.type",
        &PRIVACY_TYPES,
    )?;
    if let Some(token) = present(privacy, "token") {
        if let Some(limit) = present(object(token, "security.privacy.token")?, "device_limit") {
            in_range(limit, "security.privacy.token.device_limit", 0.0, 1000.0)?;
        }
    }
    if let Some(w) = present(security, "watermark") {
        validate_watermark(object(w, "security.watermark")?)?;
    }
    if let Some(dc) = present(security, "domain_control") {
        let dc = object(dc, "security.domain_control")?;
        if let Some(enabled) = present(dc, "enabled") {
            boolean(enabled, "security.domain_control.enabled")?;
        }
        if let Some(domains) = present(dc, "domains") {
            let list = domains
                .as_array()
                .ok_or_else(|| err("security.domain_control.domains", "value must be a list"))?;
            for d in list {
                string(d, "security.domain_control.domains")?;
            }
        }
    }
    Ok(())
}

/// A disabled watermark may keep its unspecified defaults; an enabled one must be complete.
fn validate_watermark(w: &Map<String, Value>) -> Result<(), FieldError> {
    let enabled = boolean(
        required(w, "enabled", "security.watermark.enabled")?,
        "security.watermark.enabled",
    )?;
    if !enabled {
        return Ok(());
    }
    let kind = required(w, "type", "security.watermark.type")?;
    one_of(kind, "security.watermark.type", &WATERMARK_TYPES)?;
    let position = required(w, "position", "security.watermark.position")?;
    one_of(
        position,
        "security.watermark.position",
        &WATERMARK_POSITIONS,
    )?;
    in_range(
        required(w, "size", "security.watermark.size")?,
        "security.watermark.size",
        1.0,
        50.0,
    )?;
    if kind == "WATERMARK_TYPE_IMAGE" {
        let image = object(
            required(w, "image", "security.watermark.image")?,
            "security.watermark.image",
        )?;
        string(
            required(image, "library_id", "security.watermark.image.library_id")?,
            "security.watermark.image.library_id",
        )?;
    }
    if position == "WATERMARK_POSITION_CUSTOM" {
        let offset = object(
            required(w, "offset", "security.watermark.offset")?,
            "security.watermark.offset",
        )?;
        for axis in ["x", "y"] {
            let field = format!("security.watermark.offset.{axis}");
            in_range(required(offset, axis, &field)?, &field, 1.0, 100.0)?;
        }
    }
    Ok(())
}

fn validate_live_vod(v: &Value) -> Result<(), FieldError> {
    let vod = object(v, "live_vod")?;
    let source = required(vod, "source", "live_vod.source")?;
    one_of(source, "live_vod.source", &VOD_SOURCES)?;
    timestamp(
        required(vod, "started_at", "live_vod.started_at")?,
        "live_vod.started_at",
    )?;
    timestamp(
        required(vod, "ended_at", "live_vod.ended_at")?,
        "live_vod.ended_at",
    )?;
    for (kind, key) in [
        ("LIVE_VOD_SOURCE_REPLACE", "replace"),
        ("LIVE_VOD_SOURCE_PLAYBACK", "playback"),
    ] {
        if source == kind {
            let field = format!("live_vod.{key}");
            object(required(vod, key, &field)?, &field)?;
        }
    }
    Ok(())
}

fn validate_cover_image(v: &Value, field: &str) -> Result<(), FieldError> {
    let image = object(v, field)?;
    let type_field = format!("{field}.type");
    let kind = required(image, "type", &type_field)?;
    one_of(kind, &type_field, &COVER_IMAGE_TYPES)?;
    if kind == "COVER_IMAGE_TYPE_CUSTOMIZE" {
        let custom_field = format!("{field}.customize");
        let custom = object(required(image, "customize", &custom_field)?, &custom_field)?;
        let id_field = format!("{custom_field}.library_id");
        string(required(custom, "library_id", &id_field)?, &id_field)?;
    }
    Ok(())
}

fn validate_metadata(v: &Value) -> Result<(), FieldError> {
    let metadata = object(v, "metadata")?;
    let Some(labels) = present(metadata, "labels") else {
        return Ok(());
    };
    let labels = labels
        .as_array()
        .ok_or_else(|| err("metadata.labels", "value must be a list"))?;
    if labels.len() > 20 {
        return Err(err(
            "metadata.labels",
            "value must contain at most 20 item(s)",
        ));
    }
    for label in labels {
        let label = object(label, "metadata.labels")?;
        let name = string(
            required(label, "name", "metadata.labels.name")?,
            "metadata.labels.name",
        )?;
        if name.chars().count() > 20 {
            return Err(err(
                "metadata.labels.name",
                "value length must be at most 20 characters",
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn check(body: Value) -> Result<(), FieldError> {
        validate_update(body.as_object().unwrap())
    }

    #[test]
    fn security_and_its_privacy_type_are_required() {
        assert_eq!(
            check(json!({"name": "x"})),
            Err(err("security", "value is required"))
        );
        assert_eq!(
            check(json!({"security": {}})),
            Err(err("security.privacy", "value is required"))
        );
        assert!(
            check(json!({"security": {"privacy": {"type": "SECURITY_PRIVACY_TYPE_PUBLIC"}}}))
                .is_ok()
        );
    }

    #[test]
    fn enabled_watermarks_must_be_complete() {
        let wm = |w: Value| json!({"security": {"privacy": {"type": "SECURITY_PRIVACY_TYPE_PUBLIC"}, "watermark": w}});
        assert!(check(wm(
            json!({"enabled": false, "type": "WATERMARK_TYPE_UNSPECIFIED"})
        ))
        .is_ok());
        let e = check(wm(
            json!({"enabled": true, "type": "WATERMARK_TYPE_USER_ID",
            "position": "WATERMARK_POSITION_TOP_LEFT", "size": 60}),
        ))
        .unwrap_err();
        assert_eq!(e.field, "security.watermark.size");
    }

    #[test]
    fn defaults_do_not_count_as_changes() {
        let current = json!({"security": {"protection": {"type": "PROTECTION_TYPE_UNSPECIFIED"}, "geo_control": []}});
        assert_eq!(
            changed_immutable(&current, &json!({"security": {"geo_control": []}})),
            None
        );
        assert_eq!(
            changed_immutable(&current, &json!({"security": {"geo_control": ["TW"]}})),
            Some("security.geo_control".into())
        );
        assert_eq!(
            changed_immutable(
                &json!({"resolution": "LIVE_RESOLUTION_HD"}),
                &json!({"resolution": "LIVE_RESOLUTION_4K"})
            ),
            Some("resolution".into())
        );
    }

    #[test]
    fn set_creates_missing_parents() {
        let mut v = json!({});
        set(&mut v, &["a", "b"], json!(1));
        assert_eq!(v, json!({"a": {"b": 1}}));
    }
}
