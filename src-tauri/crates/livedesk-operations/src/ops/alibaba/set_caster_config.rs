//! Alibaba Cloud ApsaraVideo Live: configure a production studio (`SetCasterConfig`, RPC,
//! API version 2016-11-01). Every parameter travels in the query, as the official SDKs send
//! it; the structured ones (transcoding, recording, sync groups, automatic switch-over,
//! extra outputs) are edited as sub-forms and serialised into the vendor's JSON strings with
//! its key casing.

use livedesk_http::{Vendor, VendorError};
use livedesk_i18n::t;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::describe_casters::DescribeCasters;
use super::describe_caster_config::DescribeCasterConfig;
use crate::current::fit_to_schema;
use crate::operation::{CurrentRead, Operation, Prefilled, Rpc};
use crate::review::{change_sentences, changes_from_state, Effects, ReviewState};
use super::common::{choice_label, join, set_caster_config_input, FORMAT, LIVE_TEMPLATE, TEMPLATE};
use crate::schema::{int_choice, ordered, when, HTTP_URL, NO_SPACES, RTMP_URL};
use crate::summary::{on_off, reword, text};
use crate::validate::number_text;
use crate::wire::compact_number;

pub struct SetCasterConfig;

/// Alibaba's stated limits.
pub const MAX_DELAY_SECONDS: u32 = 300;
pub const MAX_SIDE_OUTPUTS: usize = 20;

/// Configure a production studio
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
#[schemars(transform = ordered::<Self>)]
pub struct SetCasterConfigInput {
    /// Production studio ID
    ///
    /// The studio's identifier, shown as its name in the console's Cloud Production Studio
    /// list; pick it from the account's studios.
    #[schemars(length(min = 1, max = 128), regex(pattern = NO_SPACES))]
    pub caster_id: String,

    /// Studio name
    #[serde(skip_serializing_if = "Option::is_none")]
    pub caster_name: Option<String>,

    /// Streaming domain
    ///
    /// The domain the studio streams from; it must be set before the studio is started.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub domain_name: Option<String>,

    /// Transcoding
    ///
    /// The output template. Without one, starting the studio fails.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-json-string" = true))]
    pub transcode_config: Option<TranscodeConfig>,

    /// Recording
    ///
    /// Where and how the studio's output is recorded. Empty: recording is off.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-json-string" = true))]
    pub record_config: Option<RecordConfig>,

    /// Delay
    ///
    /// Seconds the output is held back, from 0 (no delay) to 300.
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "compact_number"
    )]
    #[schemars(range(min = 0, max = 300), extend("default" = 0))]
    pub delay: Option<f64>,

    /// Standby video
    ///
    /// The media asset id of the video played when the source fails.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub urgent_material_id: Option<String>,

    /// Standby live stream
    ///
    /// The address of a live stream used when the source fails, e.g.
    /// rtmp://demo.aliyundoc.com/app/stream.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(regex(pattern = NO_SPACES))]
    pub urgent_live_stream_url: Option<String>,

    /// Extra output address
    ///
    /// A custom RTMP ingest address the studio also pushes its output to. Empty: the address
    /// Alibaba Cloud generates.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(regex(pattern = RTMP_URL))]
    pub side_output_url: Option<String>,

    /// More output addresses
    ///
    /// Up to 20 RTMP ingest addresses (Alibaba Cloud CDN or others) the output is pushed to.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(
        length(max = 20),
        inner(regex(pattern = RTMP_URL)),
        extend("x-json-string" = true)
    )]
    pub side_output_url_list: Option<Vec<String>>,

    /// Callback address
    ///
    /// An HTTP address that receives the studio's event notifications. Empty: no
    /// notifications.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(regex(pattern = HTTP_URL))]
    pub callback_url: Option<String>,

    /// Carousel in effect
    #[serde(skip_serializing_if = "Option::is_none")]
    pub program_effect: Option<ProgramEffect>,

    /// Carousel name
    #[serde(skip_serializing_if = "Option::is_none")]
    pub program_name: Option<String>,

    /// Channels
    ///
    /// Once on, channels can never be turned off. Turning them on the first time needs the
    /// studio to be stopped, and discards its current layouts.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = 0))]
    pub channel_enable: Option<ChannelEnable>,

    /// Multi-view synchronisation
    ///
    /// Groups of video sources kept in sync.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-json-string" = true))]
    pub sync_groups_config: Option<Vec<SyncGroup>>,

    /// Standby image
    ///
    /// The media asset id of the image shown when the source fails.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub urgent_image_id: Option<String>,

    /// Standby image address
    ///
    /// The address of the image shown when the source fails.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(regex(pattern = HTTP_URL))]
    pub urgent_image_url: Option<String>,

    /// Switch to standby automatically
    #[serde(skip_serializing_if = "Option::is_none")]
    pub auto_switch_urgent_on: Option<bool>,

    /// Automatic switch-over
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-json-string" = true, "x-switch" = "AutoSwitchUrgentOn"))]
    pub auto_switch_urgent_config: Option<AutoSwitchUrgentConfig>,
}

int_choice! {
    /// Carousel in effect
    pub enum ProgramEffect {
        Off = 0 => "Off",
        On = 1 => "On",
    }
}

int_choice! {
    /// Channels
    pub enum ChannelEnable {
        Off = 0 => "Off: layouts use the video sources directly",
        On = 1 => "On: layouts use channels (cannot be turned off again)",
    }
}

/// Output template
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub enum CasterTemplate {
    /// Low definition, landscape (lp_ld)
    #[serde(rename = "lp_ld")]
    LowDefinition,
    /// Standard definition, landscape (lp_sd)
    #[serde(rename = "lp_sd")]
    StandardDefinition,
    /// High definition, landscape (lp_hd)
    #[serde(rename = "lp_hd")]
    HighDefinition,
    /// Ultra-high definition, landscape (lp_ud)
    #[serde(rename = "lp_ud")]
    UltraHighDefinition,
    /// Low definition, portrait (lp_ld_v)
    #[serde(rename = "lp_ld_v")]
    LowDefinitionPortrait,
    /// Standard definition, portrait (lp_sd_v)
    #[serde(rename = "lp_sd_v")]
    StandardDefinitionPortrait,
    /// High definition, portrait (lp_hd_v)
    #[serde(rename = "lp_hd_v")]
    HighDefinitionPortrait,
    /// Ultra-high definition, portrait (lp_ud_v)
    #[serde(rename = "lp_ud_v")]
    UltraHighDefinitionPortrait,
}

/// Live transcoding template
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub enum LiveTemplate {
    /// Low definition (lld)
    #[serde(rename = "lld")]
    Lld,
    /// Standard definition (lsd)
    #[serde(rename = "lsd")]
    Lsd,
    /// High definition (lhd)
    #[serde(rename = "lhd")]
    Lhd,
    /// Ultra-high definition (lud)
    #[serde(rename = "lud")]
    Lud,
    /// Narrowband HD, low definition (ld)
    #[serde(rename = "ld")]
    Ld,
    /// Narrowband HD, standard definition (sd)
    #[serde(rename = "sd")]
    Sd,
    /// Narrowband HD, high definition (hd)
    #[serde(rename = "hd")]
    Hd,
    /// Narrowband HD, ultra-high definition (ud)
    #[serde(rename = "ud")]
    Ud,
    /// Production studio, low definition (daobo-lld)
    #[serde(rename = "daobo-lld")]
    DaoboLld,
    /// Production studio, standard definition (daobo-lsd)
    #[serde(rename = "daobo-lsd")]
    DaoboLsd,
    /// Production studio, high definition (daobo-lhd)
    #[serde(rename = "daobo-lhd")]
    DaoboLhd,
    /// Production studio, ultra-high definition (daobo-lud)
    #[serde(rename = "daobo-lud")]
    DaoboLud,
}

/// Transcoding
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
#[schemars(transform = ordered::<Self>)]
pub struct TranscodeConfig {
    /// Output template
    ///
    /// The resolution and orientation of the studio's output.
    pub caster_template: CasterTemplate,

    /// Live transcoding templates
    ///
    /// Extra transcoded versions of the output for viewers. Narrowband HD is Alibaba's
    /// transcoding that keeps the picture quality at a lower bitrate.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub live_template: Option<Vec<LiveTemplate>>,
}

/// Recording
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schemars(transform = ordered::<Self>)]
pub struct RecordConfig {
    /// Storage region address
    ///
    /// The address of the Alibaba Cloud storage (OSS) region that holds the bucket, e.g.
    /// oss-cn-shanghai.aliyuncs.com.
    #[schemars(length(min = 1), regex(pattern = NO_SPACES))]
    pub endpoint: String,

    /// Storage bucket
    ///
    /// The Alibaba Cloud storage (OSS) bucket, a named folder in the cloud, the recordings are
    /// written to.
    #[schemars(length(min = 1), regex(pattern = NO_SPACES))]
    pub oss_bucket: String,

    /// Recording formats
    ///
    /// One entry per file format to record.
    #[schemars(length(min = 1))]
    pub video_format: Vec<RecordFormat>,

    /// Interval
    ///
    /// In milliseconds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interval: Option<u32>,
}

/// File format
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub enum RecordFileFormat {
    /// Streaming segments for players (HLS, m3u8)
    #[serde(rename = "m3u8")]
    M3u8,
    /// One FLV video file per recording
    #[serde(rename = "flv")]
    Flv,
    /// One MP4 video file per recording
    #[serde(rename = "mp4")]
    Mp4,
}

/// Recording format
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
#[schemars(transform = ordered::<Self>)]
#[schemars(transform = when("Format", &["m3u8"]).only("SliceOssObjectPrefix"))]
pub struct RecordFormat {
    /// File format
    pub format: RecordFileFormat,

    /// File name pattern
    ///
    /// Where each recording goes in the bucket; may use {AppName}, {StreamName},
    /// {StartTime}, {EndTime}, e.g. record/{AppName}/{StreamName}/{StartTime}_{EndTime}.
    #[schemars(length(min = 1, max = 255))]
    pub oss_object_prefix: String,

    /// Segment name pattern
    ///
    /// Streaming segments (HLS, m3u8) only: where the segments go; may use {AppName}, {StreamName}, {UnixTimestamp},
    /// e.g. record/{AppName}/{StreamName}/{UnixTimestamp}.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(length(min = 1, max = 255))]
    pub slice_oss_object_prefix: Option<String>,

    /// Recording cycle
    ///
    /// Seconds per recording file, from 15 to 21600 (6 hours).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 15, max = 21600))]
    pub cycle_duration: Option<u32>,
}

int_choice! {
    /// Mode
    pub enum SyncMode {
        Streamer = 0 => "Streamer: the sources follow the streamer's video",
        Conference = 1 => "Conference: all sources are kept in sync with each other",
    }
}

/// Sync group
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schemars(transform = ordered::<Self>)]
#[schemars(transform = when("mode", &[0]).required_only("hostResourceId"))]
pub struct SyncGroup {
    /// Mode
    pub mode: SyncMode,

    /// Video sources
    ///
    /// The resource ids of the video sources in the group.
    #[schemars(length(min = 1), inner(length(min = 1)))]
    pub resource_ids: Vec<String>,

    /// Streamer's video source
    ///
    /// Streamer mode only: the resource id of the streamer's video.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(length(min = 1))]
    pub host_resource_id: Option<String>,
}

/// Automatic switch-over
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(transform = ordered::<Self>)]
pub struct AutoSwitchUrgentConfig {
    /// Wait before switching
    ///
    /// Seconds without a stream before switching to the standby source.
    #[serde(rename = "eofThres")]
    pub eof_thres: u32,
}

impl Operation for SetCasterConfig {
    type Input = SetCasterConfigInput;

    const ID: &'static str = "alibaba.set_caster_config";
    const VENDOR: Vendor = Vendor::Alibaba;
    const TITLE: &'static str = "Configure a production studio";
    const HELP: &'static str = "Sets the whole configuration of a cloud production studio \
        (caster): name, streaming domain, transcoding, recording, delay, standby video, image \
        and stream, extra outputs, callback, carousel, channels and multi-view \
        synchronisation. The studio must already exist (create it in the Alibaba Cloud \
        console).";
    const WARNING: Option<&'static str> = Some(
        "This replaces the studio's whole configuration: every field you leave empty is \
         cleared on Alibaba Cloud (domain, transcoding, recording, standby sources, delay, \
         callback, outputs ...). Load the current configuration first and change only what \
         you need. Turning channels on can never be undone.",
    );
    const METHOD: &'static str = "POST";
    const PATH: &'static str = "/";
    const RPC: Option<Rpc> = Some(Rpc {
        action: "SetCasterConfig",
        version: "2016-11-01",
    });
    const PICKER: Option<(&'static str, &'static str)> =
        Some(("CasterId", DescribeCasters::ID));
    const CURRENT: Option<CurrentRead> = Some(CurrentRead {
        read_op: DescribeCasterConfig::ID,
        keys: &[("CasterId", "CasterId")],
    });

    fn summarize(input: &SetCasterConfigInput, answer: &Value) -> Vec<String> {
        let id = text(answer, "/CasterId").unwrap_or(&input.caster_id);
        let mut lines = vec![match &input.caster_name {
            Some(name) => t!("alibaba-set-done-named", name = name, id = id),
            None => t!("alibaba-set-done", id = id),
        }];
        if let Some(t) = &input.transcode_config {
            let template = choice_label(TEMPLATE, &t.caster_template);
            lines.push(match t.live_template.as_ref().filter(|l| !l.is_empty()) {
                Some(templates) => {
                    let names: Vec<String> = templates
                        .iter()
                        .map(|l| choice_label(LIVE_TEMPLATE, l))
                        .collect();
                    t!("alibaba-transcoding-plus", template = template, live = join(&names))
                }
                None => t!("alibaba-transcoding", template = template),
            });
        }
        if let Some(r) = &input.record_config {
            let formats: Vec<String> = r
                .video_format
                .iter()
                .map(|f| choice_label(FORMAT, &f.format))
                .collect();
            lines.push(t!(
                "alibaba-recording-on",
                bucket = r.oss_bucket.as_str(),
                formats = join(&formats)
            ));
        }
        if let Some(delay) = input.delay {
            lines.push(if delay > 0.0 {
                t!("alibaba-delay", seconds = number_text(delay))
            } else {
                t!("alibaba-delay-off")
            });
        }
        if let Some(on) = input.auto_switch_urgent_on {
            lines.push(t!("alibaba-auto-switch", state = on_off(on)));
        }
        if input.channel_enable == Some(ChannelEnable::On) {
            lines.push(t!("alibaba-channels-on"));
        }
        let cleared = Self::cleared(input);
        if !cleared.is_empty() {
            lines.push(t!("alibaba-set-cleared", fields = join(&cleared)));
        }
        lines
    }

    /// Alibaba replaces the whole configuration: every top-level setting left empty is
    /// cleared, whatever it held.
    fn cleared(input: &SetCasterConfigInput) -> Vec<String> {
        cleared_fields(input)
    }

    /// What the studio's configuration becomes, against the one read just before; what is
    /// left empty is listed apart (the same list the result gives).
    fn effects(input: &SetCasterConfigInput, state: &ReviewState<'_>) -> Effects {
        let mut sentences = vec![t!(
            "alibaba-set-effect",
            id = input.caster_id.as_str()
        )];
        if let Some(answer) = state.answer {
            let changes: Vec<_> = changes_from_state::<Self>(input, answer)
                .into_iter()
                .filter(|c| !c.cleared)
                .collect();
            if !changes.is_empty() {
                sentences.extend(change_sentences(&changes));
            }
        }
        let cleared = Self::cleared(input);
        if !cleared.is_empty() {
            sentences.push(t!("alibaba-set-effect-cleared", fields = join(&cleared)));
        }
        Effects {
            sentences,
            refusals: Vec::new(),
        }
    }

    /// `DescribeCasterConfig` mapped back (see `common.rs`): every
    /// current value, since whatever is left empty is cleared.
    fn current_input(answer: &Value, schema: &Value) -> Prefilled {
        let Prefilled { input, notes } = set_caster_config_input(answer);
        Prefilled {
            input: fit_to_schema(schema, &input).unwrap_or(input),
            notes,
        }
    }

    fn explain(input: &SetCasterConfigInput, error: &mut VendorError, _: Option<&Value>) {
        let (explanation, hint) = match error.code.as_str() {
            "InvalidCaster.ChannelDisableUnsupported" => (
                t!("alibaba-error-channels-stay-on"),
                t!("alibaba-error-channels-stay-on-hint"),
            ),
            "IncorrectCasterStatus.EnableChannel" => (
                t!("alibaba-error-channels-need-stop"),
                t!("alibaba-error-channels-need-stop-hint"),
            ),
            "IncorrectCasterStatus.Inuse" => (
                t!("alibaba-error-in-use"),
                t!("alibaba-error-in-use-hint"),
            ),
            "InvalidCaster.NotFound" => (
                t!("alibaba-error-no-studio", id = input.caster_id.as_str()),
                t!("alibaba-error-no-studio-hint"),
            ),
            "InvalidDomainName.NotFound" => (
                t!(
                    "alibaba-error-no-domain",
                    domain = input.domain_name.as_deref().unwrap_or_default()
                ),
                t!("alibaba-error-no-domain-hint"),
            ),
            _ => return,
        };
        reword(error, explanation, &hint);
    }
}

/// The titles of the top-level fields left empty, which this call clears.
fn cleared_fields(input: &SetCasterConfigInput) -> Vec<String> {
    let Ok(info) = crate::operation_info(SetCasterConfig::ID) else {
        return Vec::new();
    };
    let sent = serde_json::to_value(input).unwrap_or(Value::Null);
    let schema = &info.schema;
    schema
        .get("x-order")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .filter(|name| sent.get(*name).is_none())
        .filter_map(|name| {
            schema
                .pointer(&format!("/properties/{name}/title"))
                .and_then(Value::as_str)
                .map(str::to_owned)
        })
        .collect()
}
