//! Alibaba Cloud ApsaraVideo Live: a production studio's configuration
//! (`DescribeCasterConfig`, RPC, API version 2016-11-01). Its mapping back into the
//! `SetCasterConfig` form is in `common.rs`.

use livedesk_http::{Vendor, VendorError};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::common::{set_caster_config_input, texts, wrapped_list};
use super::describe_casters::DescribeCasters;
use crate::operation::{Operation, OperationKind, Rpc};
use crate::schema::{ordered, NO_SPACES};
use crate::summary::{count, flag, number, on_off, reword, text};
use crate::validate::number_text;

pub struct DescribeCasterConfig;

/// Production studio configuration
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
#[schemars(transform = ordered::<Self>)]
pub struct DescribeCasterConfigInput {
    /// Production studio ID
    ///
    /// The studio's identifier; pick it from the account's studios.
    #[schemars(length(min = 1, max = 128), regex(pattern = NO_SPACES))]
    pub caster_id: String,
}

impl Operation for DescribeCasterConfig {
    type Input = DescribeCasterConfigInput;

    const ID: &'static str = "alibaba.describe_caster_config";
    const VENDOR: Vendor = Vendor::Alibaba;
    const TITLE: &'static str = "Production studio configuration";
    const HELP: &'static str = "Shows the whole configuration of one cloud production studio \
        (caster): name, streaming domain, transcoding, recording, delay, standby sources, \
        extra outputs, callback, carousel, channels and multi-view synchronisation, as \
        “Configure a production studio” would send it. Changes nothing.";
    const METHOD: &'static str = "POST";
    const PATH: &'static str = "/";
    const RPC: Option<Rpc> = Some(Rpc {
        action: "DescribeCasterConfig",
        version: "2016-11-01",
    });
    const KIND: OperationKind = OperationKind::Read;
    const PICKER: Option<(&'static str, &'static str)> =
        Some(("CasterId", DescribeCasters::ID));

    fn summarize(input: &DescribeCasterConfigInput, answer: &Value) -> Vec<String> {
        let form = set_caster_config_input(answer).input;
        let id = text(answer, "/CasterId").unwrap_or(&input.caster_id);
        let mut lines = vec![match text(answer, "/CasterName") {
            Some(name) => format!("Production studio “{name}” ({id})."),
            None => format!("Production studio {id}."),
        }];
        lines.push(match text(answer, "/DomainName") {
            Some(domain) => format!("Streaming domain: {domain}."),
            None => "Streaming domain: none (the studio cannot start without one).".to_owned(),
        });
        lines.push(match text(&form, "/TranscodeConfig/CasterTemplate") {
            Some(template) => {
                let live = texts(wrapped_list(form.pointer("/TranscodeConfig/LiveTemplate"), ""));
                let live: Vec<&str> = live.iter().filter_map(Value::as_str).collect();
                if live.is_empty() {
                    format!("Transcoding: {template}.")
                } else {
                    format!("Transcoding: {template}, plus {}.", live.join(", "))
                }
            }
            None => "Transcoding: none (the studio cannot start without it).".to_owned(),
        });
        lines.push(match form.get("RecordConfig") {
            Some(record) => {
                let formats = texts(
                    wrapped_list(record.get("videoFormat"), "")
                        .into_iter()
                        .filter_map(|f| f.get("Format"))
                        .collect(),
                );
                let formats: Vec<&str> = formats.iter().filter_map(Value::as_str).collect();
                format!(
                    "Recording: ON, to storage bucket {} as {}.",
                    text(record, "/ossBucket").unwrap_or("(none)"),
                    formats.join(", ")
                )
            }
            None => "Recording: OFF.".to_owned(),
        });
        lines.push(match number(answer, "/Delay").filter(|d| *d > 0.0) {
            Some(delay) => format!("Delay: {} seconds.", number_text(delay)),
            None => "Delay: off.".to_owned(),
        });
        if let Some(on) = flag(answer, "/AutoSwitchUrgentOn") {
            lines.push(format!("Automatic switch to standby: {}.", on_off(on)));
        }
        if let Some(channels) = count(answer, "/ChannelEnable") {
            lines.push(if channels == 1 {
                "Channels: ON (they cannot be turned off again).".to_owned()
            } else {
                "Channels: OFF.".to_owned()
            });
        }
        lines
    }

    fn explain(input: &DescribeCasterConfigInput, error: &mut VendorError, _: Option<&Value>) {
        if error.code == "InvalidCaster.NotFound" {
            reword(
                error,
                format!(
                    "Alibaba Cloud has no production studio “{}” in this region.",
                    input.caster_id
                ),
                "Check the studio id (Cloud Production Studio list in the console) and the \
                 account's region.",
            );
        }
    }
}
