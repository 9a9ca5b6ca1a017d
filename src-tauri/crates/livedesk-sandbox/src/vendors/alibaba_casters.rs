//! Alibaba production studios (casters): DescribeCasters, DescribeCasterConfig and
//! SetCasterConfig, which replaces the whole configuration at once.

use super::alibaba::{error, missing};
use crate::credentials::ALIBABA_REGION;
use crate::state::{AlibabaState, Caster, CasterConfig};
use crate::timefmt;
use crate::wire::{self, Req, Resp};
use http::StatusCode;
use serde_json::{json, Value};

pub(crate) const MAX_DELAY_S: f64 = 300.0;
pub(crate) const MAX_SIDE_OUTPUTS: usize = 20;

/// Decoded operation parameters; the first value of a repeated name wins.
pub(super) struct Params<'a>(pub &'a [(String, String)]);

impl Params<'_> {
    fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// Absent and empty are the same to SetCasterConfig: both clear the setting.
    fn non_empty(&self, name: &str) -> Option<&str> {
        self.get(name).filter(|v| !v.is_empty())
    }

    fn text(&self, name: &str) -> String {
        self.get(name).unwrap_or_default().to_owned()
    }

    fn other_region(&self) -> bool {
        self.non_empty("RegionId")
            .is_some_and(|r| r != ALIBABA_REGION)
    }
}

fn malformed(name: &str, why: &str, req: &Req) -> Resp {
    error(
        StatusCode::BAD_REQUEST,
        "InvalidParameter.Malformed",
        &format!("The parameter {name} is malformed: {why}."),
        req,
    )
}

fn caster_not_found(id: &str, req: &Req) -> Resp {
    error(
        StatusCode::NOT_FOUND,
        "InvalidCaster.NotFound",
        &format!("The caster {id} does not exist."),
        req,
    )
}

fn find<'a>(state: &'a AlibabaState, params: &Params, req: &Req) -> Result<&'a Caster, Resp> {
    let id = params
        .non_empty("CasterId")
        .ok_or_else(|| missing("CasterId", req))?;
    state
        .casters
        .iter()
        .find(|c| c.id == id && !params.other_region())
        .ok_or_else(|| caster_not_found(id, req))
}

fn caster_summary(c: &Caster) -> Value {
    let mut v = json!({
        "CasterId": c.id,
        "CasterName": c.config.caster_name,
        "CasterTemplate": c.template,
        "ChannelEnable": c.config.channel_enable,
        "ChargeType": "PostPaid",
        "ClientTokenId": "",
        "CreateTime": timefmt::format_alibaba_legacy(c.created_ms),
        "PurchaseTime": timefmt::format_alibaba_legacy(c.created_ms),
        "ExpireTime": "",
        "LastModified": timefmt::format_iso(c.last_modified_ms),
        "Duration": "",
        "NormType": c.norm_type,
        "ResourceGroupId": "rg-sandbox-default",
        "Status": c.status,
        "Tags": {"tag": []},
    });
    if c.status == 1 {
        v["StartTime"] = Value::String(timefmt::format_iso(c.last_modified_ms));
    }
    v
}

pub(super) fn describe_casters(state: &AlibabaState, params: &Params, req: &Req) -> Resp {
    let int = |name: &str, default: i64, min: i64, max: i64| match params.non_empty(name) {
        None => Ok(default),
        Some(raw) => raw
            .parse::<i64>()
            .ok()
            .filter(|n| (min..=max).contains(n))
            .ok_or_else(|| {
                malformed(
                    name,
                    &format!("must be an integer from {min} to {max}"),
                    req,
                )
            }),
    };
    let (page, size, status) = match (
        int("PageNum", 1, 1, i64::from(i32::MAX)),
        int("PageSize", 100, 1, 100),
        int("Status", -1, 0, 1),
    ) {
        (Ok(p), Ok(s), Ok(st)) => (p as usize, s as usize, st),
        (Err(r), ..) | (_, Err(r), _) | (.., Err(r)) => return r,
    };
    let id = params.non_empty("CasterId");
    let name = params.non_empty("CasterName");
    let mut matching: Vec<&Caster> = state
        .casters
        .iter()
        .filter(|_| !params.other_region())
        .filter(|c| id.is_none_or(|i| c.id == i))
        .filter(|c| name.is_none_or(|n| c.config.caster_name.contains(n)))
        .filter(|c| status < 0 || c.status == status)
        .collect();
    matching.sort_by_key(|c| c.last_modified_ms);
    if !params
        .get("OrderByModifyAsc")
        .is_some_and(|v| v.eq_ignore_ascii_case("true"))
    {
        matching.reverse();
    }
    let page_items: Vec<Value> = matching
        .iter()
        .skip((page - 1).saturating_mul(size))
        .take(size)
        .map(|c| caster_summary(c))
        .collect();
    wire::json(
        StatusCode::OK,
        &json!({
            "RequestId": req.id.uuid_upper(),
            "Total": matching.len(),
            "CasterList": {"Caster": page_items}
        }),
    )
}

/// The read model renames and double-wraps what SetCasterConfig writes.
fn read_model(c: &Caster, req: &Req) -> Value {
    let cfg = &c.config;
    let mut v = json!({
        "RequestId": req.id.uuid_upper(),
        "CasterId": c.id,
        "CasterName": cfg.caster_name,
        "DomainName": cfg.domain_name,
        "Delay": cfg.delay,
        "UrgentMaterialId": cfg.urgent_material_id,
        "UrgentImageId": cfg.urgent_image_id,
        "UrgentImageUrl": cfg.urgent_image_url,
        "UrgentLiveStreamUrl": cfg.urgent_live_stream_url,
        "AutoSwitchUrgentOn": if cfg.auto_switch_urgent_on { "true" } else { "false" },
        "AutoSwitchUrgentConfig": cfg.auto_switch_urgent_config,
        "CallbackUrl": cfg.callback_url,
        "ProgramName": cfg.program_name,
        "ProgramEffect": cfg.program_effect,
        "ChannelEnable": cfg.channel_enable,
        "SideOutputUrl": cfg.side_output_url,
        "SideOutputUrlList": cfg.side_output_url_list.join(","),
    });
    let or = |v: &Value, keys: &[&str], default: Value| {
        keys.iter()
            .find_map(|k| v.get(*k).filter(|x| !x.is_null()).cloned())
            .unwrap_or(default)
    };
    if let Some(t) = &cfg.transcode {
        v["TranscodeConfig"] = json!({
            "CasterTemplate": or(t, &["CasterTemplate", "casterTemplate"], json!("")),
            "LiveTemplateIds": {"LocationId": or(t, &["LiveTemplate", "liveTemplate"], json!([]))},
        });
    }
    if let Some(r) = &cfg.record {
        let mut formats = or(r, &["videoFormat", "VideoFormat"], json!([]));
        for f in formats.as_array_mut().into_iter().flatten() {
            if let Some(fmt) = f.get("Format").and_then(Value::as_str) {
                f["Format"] = Value::String(fmt.to_uppercase());
            }
        }
        v["RecordConfig"] = json!({
            "OssEndpoint": or(r, &["endpoint"], json!("")),
            "OssBucket": or(r, &["ossBucket"], json!("")),
            "RecordFormat": {"RecordFormat": formats},
        });
    }
    if let Some(Value::Array(groups)) = &cfg.sync_groups {
        let groups: Vec<Value> = groups
            .iter()
            .map(|g| {
                json!({
                    "Mode": or(g, &["mode"], json!(0)),
                    "HostResourceId": or(g, &["hostResourceId"], json!("")),
                    "ResourceIds": {"ResourceId": or(g, &["resourceIds"], json!([]))},
                })
            })
            .collect();
        v["SyncGroupsConfig"] = json!({"SyncGroup": groups});
    }
    v
}

pub(super) fn describe_caster_config(state: &AlibabaState, params: &Params, req: &Req) -> Resp {
    match find(state, params, req) {
        Ok(c) => wire::json(StatusCode::OK, &read_model(c, req)),
        Err(resp) => resp,
    }
}

fn flag(params: &Params, name: &str, req: &Req) -> Result<i64, Resp> {
    match params.non_empty(name) {
        None | Some("0") => Ok(0),
        Some("1") => Ok(1),
        Some(_) => Err(malformed(name, "must be 0 or 1", req)),
    }
}

fn json_param(
    params: &Params,
    name: &str,
    want_array: bool,
    req: &Req,
) -> Result<Option<Value>, Resp> {
    let Some(raw) = params.non_empty(name) else {
        return Ok(None);
    };
    match serde_json::from_str::<Value>(raw) {
        Ok(v) if v.is_array() == want_array && (v.is_array() || v.is_object()) => Ok(Some(v)),
        _ => Err(malformed(
            name,
            if want_array {
                "must be a JSON array"
            } else {
                "must be a JSON object"
            },
            req,
        )),
    }
}

fn side_outputs(params: &Params, req: &Req) -> Result<Vec<String>, Resp> {
    let Some(raw) = params.non_empty("SideOutputUrlList") else {
        return Ok(Vec::new());
    };
    let urls: Vec<String> = if raw.trim_start().starts_with('[') {
        serde_json::from_str(raw)
            .map_err(|_| malformed("SideOutputUrlList", "must be a JSON array of strings", req))?
    } else {
        vec![raw.to_owned()]
    };
    if urls.len() > MAX_SIDE_OUTPUTS {
        return Err(malformed(
            "SideOutputUrlList",
            "holds more than 20 URLs",
            req,
        ));
    }
    if urls.iter().any(|u| !u.starts_with("rtmp://")) {
        return Err(malformed(
            "SideOutputUrlList",
            "only RTMP URLs are supported",
            req,
        ));
    }
    Ok(urls)
}

fn parse_config(params: &Params, req: &Req) -> Result<CasterConfig, Resp> {
    let delay = match params.non_empty("Delay") {
        None => 0.0,
        Some(raw) => match raw.parse::<f64>() {
            Ok(d) if d.is_finite() && (0.0..=MAX_DELAY_S).contains(&d) => d,
            _ => return Err(malformed("Delay", "must be a number from 0 to 300", req)),
        },
    };
    // The SDKs send booleans as their language prints them (`True` from Python, `true`
    // from Java); Alibaba Cloud reads them in any case.
    let auto_switch_urgent_on = match params
        .non_empty("AutoSwitchUrgentOn")
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        None | Some("false") => false,
        Some("true") => true,
        Some(_) => {
            return Err(malformed(
                "AutoSwitchUrgentOn",
                "must be true or false",
                req,
            ))
        }
    };
    let auto_switch_urgent_config = match json_param(params, "AutoSwitchUrgentConfig", false, req)?
    {
        Some(_) => params.text("AutoSwitchUrgentConfig"),
        None => String::new(),
    };
    let side_output_url = params.text("SideOutputUrl");
    if !side_output_url.is_empty() && !side_output_url.starts_with("rtmp://") {
        return Err(malformed(
            "SideOutputUrl",
            "only RTMP URLs are supported",
            req,
        ));
    }
    Ok(CasterConfig {
        caster_name: params.text("CasterName"),
        domain_name: params.text("DomainName"),
        delay,
        urgent_material_id: params.text("UrgentMaterialId"),
        urgent_image_id: params.text("UrgentImageId"),
        urgent_image_url: params.text("UrgentImageUrl"),
        urgent_live_stream_url: params.text("UrgentLiveStreamUrl"),
        auto_switch_urgent_on,
        auto_switch_urgent_config,
        callback_url: params.text("CallbackUrl"),
        program_name: params.text("ProgramName"),
        program_effect: flag(params, "ProgramEffect", req)?,
        channel_enable: flag(params, "ChannelEnable", req)?,
        side_output_url,
        side_output_url_list: side_outputs(params, req)?,
        transcode: json_param(params, "TranscodeConfig", false, req)?,
        record: json_param(params, "RecordConfig", false, req)?,
        sync_groups: json_param(params, "SyncGroupsConfig", true, req)?,
    })
}

pub(super) fn set_caster_config(state: &mut AlibabaState, params: &Params, req: &Req) -> Resp {
    let (status, channels_on) = match find(state, params, req) {
        Ok(c) => (c.status, c.config.channel_enable == 1),
        Err(resp) => return resp,
    };
    let config = match parse_config(params, req) {
        Ok(c) => c,
        Err(resp) => return resp,
    };
    if channels_on && config.channel_enable != 1 {
        return error(
            StatusCode::BAD_REQUEST,
            "InvalidCaster.ChannelDisableUnsupported",
            "Channels cannot be disabled once they are enabled; send ChannelEnable=1.",
            req,
        );
    }
    if !channels_on && config.channel_enable == 1 && status != 0 {
        return error(
            StatusCode::BAD_REQUEST,
            "IncorrectCasterStatus.EnableChannel",
            "Channels can be enabled for the first time only while the caster is stopped.",
            req,
        );
    }
    let id = params.non_empty("CasterId").unwrap_or_default();
    let Some(caster) = state.casters.iter_mut().find(|c| c.id == id) else {
        return caster_not_found(id, req);
    };
    caster.config = config;
    caster.last_modified_ms = req.now_ms;
    wire::json(
        StatusCode::OK,
        &json!({"RequestId": req.id.uuid_upper(), "CasterId": caster.id}),
    )
}
