//! BlendVision One: update a live (`PUT /bv/cms/v1/lives/{id}`), the whole
//! `cms.v1.PublicCMSService.UpdateLiveBody` of the vendor's OpenAPI index.
//!
//! Top-level fields left empty are not sent, and BlendVision keeps them as they are; a
//! section that is sent replaces that section. `security` is always sent (the vendor
//! requires it). Immutable fields (`x-immutable`) may be repeated unchanged but not changed.

use livedesk_http::{ErrorKind, Vendor, VendorError};
use livedesk_i18n::t;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::common::{explain_unknown_live, live_state_lines};
use super::interaction::{Interaction, Showroom};
use super::sections::{ByoCdn, CoverImages, LiveSource, LiveVod, Metadata, Player, RelaySetting};
use super::security::Security;
use super::list_lives::ListLives;
use super::get_live::GetLive;
use crate::error::FieldProblem;
use crate::current::fit_to_schema;
use crate::operation::{CurrentRead, Operation, Prefilled};
use crate::review::{change_sentences, changes_from_state, Effects, ReviewState};
use crate::schema::{ordered, BV_CUSTOM_ID};
use crate::summary::{reword, text};
use crate::time::parse_rfc3339;

pub struct UpdateLive;

/// Update a live
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(transform = ordered::<Self>)]
pub struct UpdateLiveInput {
    /// Live ID
    ///
    /// The id of the live to update.
    #[schemars(length(min = 1), regex(pattern = crate::schema::NO_SPACES), extend("x-in" = "path"))]
    pub id: String,

    /// Name
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 100))]
    pub name: Option<String>,

    /// Custom ID
    ///
    /// Your own unique id for the live (up to 150 characters).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(length(min = 1, max = 150), regex(pattern = BV_CUSTOM_ID))]
    pub custom_id: Option<String>,

    /// Pre-recorded source
    ///
    /// Only for simulive lives, which play a pre-recorded video as a live (required there): the
    /// library video played as the live.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<LiveSource>,

    /// Scheduled start
    ///
    /// Only for simulive lives (a pre-recorded video played as a live): when the live starts.
    /// Empty: it starts immediately.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(extend("format" = "date-time"))]
    pub scheduled_at: Option<String>,

    /// Video on demand after the live
    ///
    /// When set, the live is offered as a video after it ends.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub live_vod: Option<LiveVod>,

    /// Security
    pub security: Security,

    /// Cover images
    ///
    /// The images the player shows in each state of the live.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cover_images: Option<CoverImages>,

    /// Descriptions and labels
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Metadata>,

    /// Showroom
    ///
    /// Preferences of the showroom page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub showroom: Option<Showroom>,

    /// Interaction
    ///
    /// Poll and chatroom.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interaction: Option<Interaction>,

    /// Your own CDN
    ///
    /// Deliver through a CDN host set up in the general settings (bring your own CDN).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub byo_cdn: Option<ByoCdn>,

    /// Player
    #[serde(skip_serializing_if = "Option::is_none")]
    pub player: Option<Player>,

    /// Save the recording for download
    ///
    /// Lets viewers download the recording of the live.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub save_for_download_enabled: Option<bool>,

    /// Relay to other platforms
    ///
    /// Restream the live to other platforms' RTMP (streaming) addresses. Only for
    /// ultra-low-latency lives.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub relay_settings: Option<Vec<RelaySetting>>,
}


/// Seconds from a duration such as `3600s` or `0.5s`.
fn seconds(text: &str) -> Option<f64> {
    text.strip_suffix('s')?.parse().ok()
}

/// A chatroom duration out of its range: `message` is the problem's message id (one whole
/// sentence per field, so each language can name the field its own way).
fn check_duration(
    value: Option<&str>,
    field: &str,
    message: &str,
    (min, max): (f64, f64),
    problems: &mut Vec<FieldProblem>,
) {
    let Some(n) = value.and_then(seconds) else {
        return;
    };
    if !(min..=max).contains(&n) {
        problems.push(FieldProblem::new(
            field,
            t!(message, min = min.to_string(), max = max.to_string()),
        ));
    }
}

impl Operation for UpdateLive {
    type Input = UpdateLiveInput;

    const ID: &'static str = "blendvision.update_live";
    const VENDOR: Vendor = Vendor::BlendVision;
    const TITLE: &'static str = "Update a live";
    const HELP: &'static str = "Changes the settings of an existing live: name, custom id, \
        security (privacy, watermark, embedding domains), cover images, descriptions and \
        labels, showroom, poll and chatroom, your own CDN, player, download, relays, and the \
        video offered after the live. Sections you leave empty are not sent and stay as they \
        are; a section you fill in replaces that whole section. Security is always sent. Some \
        fields (protection, allowed countries, chatroom options) are fixed when the live is \
        created: send them unchanged or leave them out.";
    const METHOD: &'static str = "PUT";
    const PATH: &'static str = "/bv/cms/v1/lives/{id}";
    const PICKER: Option<(&'static str, &'static str)> = Some(("id", ListLives::ID));
    const CURRENT: Option<CurrentRead> = Some(CurrentRead {
        read_op: GetLive::ID,
        keys: &[("id", "id")],
    });
    const EMPTY_TOP_LEVEL_KEPT: bool = true;

    fn check(input: &UpdateLiveInput, problems: &mut Vec<FieldProblem>) {
        if let Some(vod) = &input.live_vod {
            if let (Some(start), Some(end)) =
                (parse_rfc3339(&vod.started_at), parse_rfc3339(&vod.ended_at))
            {
                if end <= start {
                    problems.push(FieldProblem::new(
                        "live_vod.ended_at",
                        t!("blendvision-check-vod-order"),
                    ));
                }
            }
        }
        let options = input
            .interaction
            .as_ref()
            .and_then(|i| i.chatroom.as_ref())
            .and_then(|c| c.options.as_ref());
        if let Some(options) = options {
            check_duration(
                options.message_ttl.as_deref(),
                "interaction.chatroom.options.message_ttl",
                "blendvision-check-message-ttl",
                (0.0, 1_209_600.0),
                problems,
            );
            check_duration(
                options.message_batch_window.as_deref(),
                "interaction.chatroom.options.message_batch_window",
                "blendvision-check-batch-window",
                (0.5, 60.0),
                problems,
            );
        }
    }

    /// The live's status now, then each change in the form's words.
    fn effects(input: &UpdateLiveInput, state: &ReviewState<'_>) -> Effects {
        let Some(answer) = state.answer else {
            return Effects::default();
        };
        let changes = changes_from_state::<Self>(input, answer);
        // Nothing to change: saying when changes apply would suggest there were some.
        if changes.is_empty() {
            return Effects {
                sentences: change_sentences(&changes),
                refusals: Vec::new(),
            };
        }
        let changes = change_sentences(&changes);
        let live = answer.get("live").unwrap_or(answer);
        let name = text(live, "/name").unwrap_or(&input.id);
        let mut sentences = Vec::new();
        if let Some(status) = text(live, "/status") {
            let status_words = super::common::status_words(status);
            sentences.push(if status == "LIVE_STATUS_LIVE" {
                t!("blendvision-effect-live-now", name = name, status = status_words)
            } else {
                t!("blendvision-effect-not-live", name = name, status = status_words)
            });
        }
        sentences.extend(changes);
        Effects {
            sentences,
            refusals: Vec::new(),
        }
    }

    fn summarize(input: &UpdateLiveInput, answer: &Value) -> Vec<String> {
        let live = answer.get("live").unwrap_or(answer);
        let id = text(live, "/id").unwrap_or(&input.id);
        let mut lines = vec![match text(live, "/name").or(input.name.as_deref()) {
            Some(name) => t!("blendvision-updated-named", name = name, id = id),
            None => t!("blendvision-updated", id = id),
        }];
        lines.extend(live_state_lines(live));
        lines
    }

    /// The live as the form: the update's fields only (read-only ones such as status,
    /// setup and stream dropped), proto3 defaults (`*_UNSPECIFIED`, empty text) left empty,
    /// fields that do not apply (`x-only-when`) dropped. A section the live does not have
    /// comes as an empty group (`{}`, relays `[]`), so that sending this input again also
    /// empties a section filled in since: it is the state an undo restores.
    fn current_input(answer: &Value, schema: &Value) -> Prefilled {
        let live = answer.get("live").unwrap_or(answer);
        let mut input = fit_to_schema(schema, live).unwrap_or_else(|| Value::Object(Map::new()));
        let mut notes = Vec::new();
        if let (Value::Object(map), Some(properties)) = (
            &mut input,
            schema.get("properties").and_then(Value::as_object),
        ) {
            for (name, property) in properties {
                if map.contains_key(name) {
                    continue;
                }
                let resettable = property
                    .get("required")
                    .and_then(Value::as_array)
                    .is_none_or(|r| r.is_empty());
                match property.get("type").and_then(Value::as_str) {
                    Some("object") if resettable => {
                        map.insert(name.clone(), Value::Object(Map::new()));
                    }
                    Some("array") => {
                        map.insert(name.clone(), Value::Array(Vec::new()));
                    }
                    _ => {}
                }
            }
            if map.get("security").is_none() {
                notes.push(t!("blendvision-current-no-security"));
            }
        }
        Prefilled { input, notes }
    }

    fn explain(input: &UpdateLiveInput, error: &mut VendorError, _: Option<&Value>) {
        match &error.kind {
            ErrorKind::InvalidInput { field: Some(field) }
                if error.vendor_message.contains("immutable") =>
            {
                // The field as the form names it (`Security › Allowed countries`), not its
                // wire path.
                let label = crate::operation_info(Self::ID)
                    .map(|info| crate::diff::label_of(&info.schema, field))
                    .unwrap_or_else(|_| field.clone());
                reword(
                    error,
                    t!("blendvision-immutable", field = &label),
                    &t!("blendvision-immutable-hint", field = &label),
                );
            }
            _ => explain_unknown_live(&input.id, error),
        }
    }
}
