//! Alibaba Cloud ApsaraVideo Live: a production studio's configuration
//! (`DescribeCasterConfig`, RPC, API version 2016-11-01). Its mapping back into the
//! `SetCasterConfig` form is in `common.rs`.

use livedesk_http::{Vendor, VendorError};
use livedesk_i18n::t;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::common::{
    choice_label, join, set_caster_config_input, texts, wrapped_list, FORMAT, LIVE_TEMPLATE, TEMPLATE,
};
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
            Some(name) => t!("alibaba-studio-named", name = name, id = id),
            None => t!("alibaba-studio", id = id),
        }];
        lines.push(match text(answer, "/DomainName") {
            Some(domain) => t!("alibaba-domain", domain = domain),
            None => t!("alibaba-domain-none"),
        });
        lines.push(match text(&form, "/TranscodeConfig/CasterTemplate") {
            Some(template) => {
                let live: Vec<String> =
                    texts(wrapped_list(form.pointer("/TranscodeConfig/LiveTemplate"), ""))
                        .iter()
                        .filter_map(Value::as_str)
                        .map(|l| choice_label(LIVE_TEMPLATE, l))
                        .collect();
                let template = choice_label(TEMPLATE, template);
                if live.is_empty() {
                    t!("alibaba-transcoding", template = template)
                } else {
                    t!("alibaba-transcoding-plus", template = template, live = join(&live))
                }
            }
            None => t!("alibaba-transcoding-none"),
        });
        lines.push(match form.get("RecordConfig") {
            Some(record) => {
                let formats: Vec<String> = texts(
                    wrapped_list(record.get("videoFormat"), "")
                        .into_iter()
                        .filter_map(|f| f.get("Format"))
                        .collect(),
                )
                .iter()
                .filter_map(Value::as_str)
                .map(|f| choice_label(FORMAT, f))
                .collect();
                let bucket = match text(record, "/ossBucket") {
                    Some(bucket) => bucket.to_owned(),
                    None => t!("alibaba-recording-no-bucket"),
                };
                t!("alibaba-recording-on", bucket = bucket, formats = join(&formats))
            }
            None => t!("alibaba-recording-off"),
        });
        lines.push(match number(answer, "/Delay").filter(|d| *d > 0.0) {
            Some(delay) => t!("alibaba-delay", seconds = number_text(delay)),
            None => t!("alibaba-delay-off"),
        });
        if let Some(on) = flag(answer, "/AutoSwitchUrgentOn") {
            lines.push(t!("alibaba-auto-switch", state = on_off(on)));
        }
        if let Some(channels) = count(answer, "/ChannelEnable") {
            lines.push(if channels == 1 {
                t!("alibaba-channels-on")
            } else {
                t!("alibaba-channels-off")
            });
        }
        lines
    }

    fn explain(input: &DescribeCasterConfigInput, error: &mut VendorError, _: Option<&Value>) {
        if error.code == "InvalidCaster.NotFound" {
            reword(
                error,
                t!("alibaba-error-no-studio", id = input.caster_id.as_str()),
                &t!("alibaba-error-no-studio-hint"),
            );
        }
    }
}
