//! NAVER Cloud Live Station: switch a publishing channel between its main and backup stream
//! (`PUT /api/v2/channels/{channelId}/switch-stream`).

use livedesk_http::{ErrorKind, Vendor, VendorError};
use livedesk_i18n::t;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

use super::common::{channel, channel_name, explain_unknown_channel, on_or_off, status_words};
use super::list_channels::ListChannels;
use super::get_channel::GetChannel;
use crate::operation::{CurrentRead, FollowUp, Operation, Prefilled};
use crate::review::{Effects, Refusal, RefusalReason, ReviewState};
use crate::schema::{ordered, NO_SPACES};
use crate::summary::{flag, reword, text};
use crate::wire::encode;

pub struct SwitchStream;

/// Switch main/backup stream
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(transform = ordered::<Self>)]
pub struct SwitchStreamInput {
    /// Channel ID
    ///
    /// The Live Station channel, e.g. ls-20250814123456-zTwK2.
    #[serde(rename = "channelId")]
    #[schemars(
        length(min = 1, max = 100),
        regex(pattern = NO_SPACES),
        extend("x-in" = "path")
    )]
    pub channel_id: String,
}

impl Operation for SwitchStream {
    type Input = SwitchStreamInput;

    const ID: &'static str = "naver.switch_stream";
    const VENDOR: Vendor = Vendor::Naver;
    const TITLE: &'static str = "Switch a channel between main and backup stream";
    const HELP: &'static str = "Switches which stream a Live Station channel puts on air: from \
        the main stream to the backup stream, or back. The channel must be PUBLISHING \
        (receiving a stream) and have a backup stream. Viewers stay on the channel; only the \
        source changes. The region comes from the account (KR unless set otherwise).";
    const METHOD: &'static str = "PUT";
    const PATH: &'static str = "/api/v2/channels/{channelId}/switch-stream";
    const PICKER: Option<(&'static str, &'static str)> =
        Some(("channelId", ListChannels::ID));
    const CURRENT: Option<CurrentRead> = Some(CurrentRead {
        read_op: GetChannel::ID,
        keys: &[("channelId", "channelId")],
    });

    fn summarize(input: &SwitchStreamInput, answer: &Value) -> Vec<String> {
        let content = channel(answer);
        let name = channel_name(content, &input.channel_id);
        let backup = flag(content, "/isPublishingBackUp").or_else(|| flag(answer, "/isPublishingBackUp"));
        let mut lines = vec![match backup {
            Some(true) => t!("naver-switched-backup", name = &name),
            Some(false) => t!("naver-switched-main", name = &name),
            None => t!("naver-switched", name = &name),
        }];
        if let Some(status) = text(content, "/channelStatus") {
            lines.push(t!(
                "naver-channel-status",
                status = status,
                words = status_words(status)
            ));
        }
        if let Some(failover) = flag(content, "/isStreamFailOver") {
            lines.push(t!("naver-failover", state = on_or_off(failover)));
        }
        if let Some(recording) = flag(content, "/isRecording") {
            lines.push(t!("naver-recording", state = on_or_off(recording)));
        }
        lines
    }

    /// Which stream goes on air, from the channel read just before; a channel that is not
    /// PUBLISHING is refused by NAVER, so it is flagged.
    fn effects(input: &SwitchStreamInput, state: &ReviewState<'_>) -> Effects {
        let Some(content) = state.answer.map(channel) else {
            return Effects {
                sentences: vec![t!("naver-will-switch", name = &input.channel_id)],
                refusals: Vec::new(),
            };
        };
        let name = channel_name(content, &input.channel_id);
        let status = text(content, "/channelStatus");
        if let Some(status) = status.filter(|s| !s.starts_with("PUBLISH")) {
            return Effects {
                sentences: Vec::new(),
                refusals: vec![Refusal {
                    reason: RefusalReason::ChannelNotPublishing,
                    message: t!(
                        "naver-not-publishing",
                        name = &name,
                        status = status,
                        words = status_words(status)
                    ),
                    hint: t!("naver-not-publishing-hint"),
                }],
            };
        }
        let sentence = match flag(content, "/isPublishingBackUp") {
            Some(true) => t!("naver-will-go-main", name = &name),
            Some(false) => t!("naver-will-go-backup", name = &name),
            None => t!("naver-will-switch", name = &name),
        };
        Effects {
            sentences: vec![sentence, t!("naver-viewers-stay")],
            refusals: Vec::new(),
        }
    }

    /// The form has no settings beyond the channel: the channel's state (which stream is
    /// on air) is in the read's summary. Sending the same input again switches back, which
    /// is how a switch is undone.
    fn current_input(answer: &Value, _schema: &Value) -> Prefilled {
        let mut input = json!({});
        if let Some(id) = text(channel(answer), "/channelId") {
            input["channelId"] = json!(id);
        }
        let notes = vec![t!("naver-switch-prefill-note")];
        Prefilled { input, notes }
    }

    fn follow_up(input: &SwitchStreamInput, error: &VendorError) -> Option<FollowUp> {
        (error.kind == ErrorKind::PreconditionFailed).then(|| FollowUp {
            path: format!("/api/v2/channels/{}", encode(&input.channel_id)),
            query: Vec::new(),
        })
    }

    fn explain(input: &SwitchStreamInput, error: &mut VendorError, follow_up: Option<&Value>) {
        match error.kind {
            ErrorKind::PreconditionFailed => {
                let current = follow_up.map(channel);
                let name = channel_name(current.unwrap_or(&Value::Null), &input.channel_id);
                let explanation = match current.and_then(|c| text(c, "/channelStatus")) {
                    Some(s) => t!(
                        "naver-switch-refused-now",
                        name = &name,
                        status = s,
                        words = status_words(s)
                    ),
                    None => t!("naver-switch-refused"),
                };
                reword(error, explanation, &t!("naver-switch-refused-hint"));
            }
            _ => explain_unknown_channel(&input.channel_id, error),
        }
    }
}
