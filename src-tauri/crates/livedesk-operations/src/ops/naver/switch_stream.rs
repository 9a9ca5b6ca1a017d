//! NAVER Cloud Live Station: switch a publishing channel between its main and backup stream
//! (`PUT /api/v2/channels/{channelId}/switch-stream`).

use livedesk_http::{ErrorKind, Vendor, VendorError};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

use super::common::{channel, channel_name, explain_unknown_channel, status_words};
use super::list_channels::ListChannels;
use super::get_channel::GetChannel;
use crate::operation::{CurrentRead, FollowUp, Operation, Prefilled};
use crate::review::{Effects, Refusal, RefusalReason, ReviewState};
use crate::schema::{ordered, NO_SPACES};
use crate::summary::{flag, on_off, reword, text};
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
            Some(true) => format!("The backup stream is now on air on channel {name}."),
            Some(false) => format!("The main stream is now on air on channel {name}."),
            None => format!("NAVER Cloud switched the stream of channel {name}."),
        }];
        if let Some(status) = text(content, "/channelStatus") {
            lines.push(format!(
                "Channel status: {status} ({}).",
                status_words(status)
            ));
        }
        if let Some(failover) = flag(content, "/isStreamFailOver") {
            lines.push(format!(
                "Stream failover (main/backup redundancy) is {} for this channel.",
                on_off(failover)
            ));
        }
        if let Some(recording) = flag(content, "/isRecording") {
            lines.push(format!("Recording: {}.", on_off(recording)));
        }
        lines
    }

    /// Which stream goes on air, from the channel read just before; a channel that is not
    /// PUBLISHING is refused by NAVER, so it is flagged.
    fn effects(input: &SwitchStreamInput, state: &ReviewState<'_>) -> Effects {
        let Some(content) = state.answer.map(channel) else {
            return Effects {
                sentences: vec![format!(
                    "Channel {} will switch to its other stream (main or backup).",
                    input.channel_id
                )],
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
                    message: format!(
                        "Channel {name} is {status} ({}): NAVER Cloud switches between main \
                         and backup stream only while the channel is PUBLISHING (receiving a \
                         stream).",
                        status_words(status)
                    ),
                    hint: "Start streaming to the channel, wait until its status is \
                           PUBLISHING, then review again."
                        .to_owned(),
                }],
            };
        }
        let sentence = match flag(content, "/isPublishingBackUp") {
            Some(true) => format!(
                "The main stream will go on air on channel {name} (now: backup stream)."
            ),
            Some(false) => format!(
                "The backup stream will go on air on channel {name} (now: main stream)."
            ),
            None => format!("Channel {name} will switch to its other stream (main or backup)."),
        };
        Effects {
            sentences: vec![
                sentence,
                "Viewers stay on the channel; only the source changes.".to_owned(),
            ],
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
        let notes = vec![
            "This form has nothing to prefill beyond the channel: each send switches to the \
             other stream, and sending it again switches back."
                .to_owned(),
        ];
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
                let state = current
                    .and_then(|c| text(c, "/channelStatus"))
                    .map(|s| format!(" Channel {name} is {s} ({}).", status_words(s)))
                    .unwrap_or_default();
                reword(
                    error,
                    format!(
                        "NAVER Cloud switches between main and backup stream only while the \
                         channel is PUBLISHING (receiving a stream).{state}"
                    ),
                    "Start streaming to the channel, wait until its status is PUBLISHING, then \
                     switch.",
                );
            }
            _ => explain_unknown_channel(&input.channel_id, error),
        }
    }
}
