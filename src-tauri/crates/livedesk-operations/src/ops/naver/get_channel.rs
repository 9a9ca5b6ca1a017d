//! NAVER Cloud Live Station: one channel's details (`GET /api/v2/channels/{channelId}`):
//! its status and which stream (main or backup) is on air.

use livedesk_http::{Vendor, VendorError};
use livedesk_i18n::t;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::list_channels::ListChannels;
use crate::operation::{Operation, OperationKind};
use super::common::{channel, channel_name, explain_unknown_channel, on_or_off, status_words};
use crate::schema::{ordered, NO_SPACES};
use crate::summary::{flag, text};

pub struct GetChannel;

/// Channel details
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(transform = ordered::<Self>)]
pub struct GetChannelInput {
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

impl Operation for GetChannel {
    type Input = GetChannelInput;

    const ID: &'static str = "naver.get_channel";
    const VENDOR: Vendor = Vendor::Naver;
    const TITLE: &'static str = "Channel details";
    const HELP: &'static str = "Shows one Live Station channel: its status (a switch between \
        main and backup stream needs it to be receiving a stream, PUBLISHING), which stream is \
        on air, whether it has a backup stream, recording, time machine and output protocol. \
        Changes nothing.";
    const METHOD: &'static str = "GET";
    const PATH: &'static str = "/api/v2/channels/{channelId}";
    const KIND: OperationKind = OperationKind::Read;
    const PICKER: Option<(&'static str, &'static str)> =
        Some(("channelId", ListChannels::ID));

    fn summarize(input: &GetChannelInput, answer: &Value) -> Vec<String> {
        let content = channel(answer);
        let name = channel_name(content, &input.channel_id);
        let status = text(content, "/channelStatus");
        let mut lines = vec![match status {
            Some(s) => t!("naver-channel-is", name = &name, status = s, words = status_words(s)),
            None => t!("naver-channel-only", name = &name),
        }];
        let publishing = status.is_some_and(|s| s.starts_with("PUBLISH"));
        match flag(content, "/isPublishingBackUp") {
            Some(true) if publishing => lines.push(t!("naver-backup-on-air")),
            Some(false) if publishing => lines.push(t!("naver-main-on-air")),
            _ => {}
        }
        if let Some(failover) = flag(content, "/isStreamFailOver") {
            lines.push(t!("naver-failover", state = on_or_off(failover)));
        }
        if let Some(recording) = flag(content, "/isRecording") {
            lines.push(t!("naver-recording", state = on_or_off(recording)));
        }
        if let Some(dvr) = flag(content, "/useDVR").or_else(|| flag(content, "/useDvr")) {
            lines.push(t!("naver-dvr", state = on_or_off(dvr)));
        }
        if let Some(protocol) = text(content, "/outputProtocol") {
            lines.push(t!("naver-output-protocol", protocol = protocol));
        }
        lines
    }

    fn explain(input: &GetChannelInput, error: &mut VendorError, _: Option<&Value>) {
        explain_unknown_channel(&input.channel_id, error);
    }
}
