//! NAVER Cloud Live Station: list the channels (`GET /api/v2/channels`), for the channel
//! picker and for a look at what is on air.

use livedesk_http::Vendor;
use livedesk_i18n::t;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::list::{CountWords, List};
use crate::operation::{Operation, OperationKind, Paging};
use super::common::status_words;
use crate::schema::ordered;
use crate::summary::{flag, text};

pub struct ListChannels;

/// Channel status
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ChannelStatus {
    /// Being created (CREATING)
    Creating,
    /// Ready, not receiving a stream (READY)
    Ready,
    /// Receiving a stream (PUBLISHING)
    Publishing,
    /// Stopped (BLOCK)
    Block,
    /// Stopped by NAVER Cloud (FORCE_BLOCK)
    ForceBlock,
    /// Deleted (DELETED)
    Deleted,
    /// Unusable (FORCE_DELETED)
    ForceDeleted,
    /// Scheduled to stream (RESERVED)
    Reserved,
}

/// List channels
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(transform = ordered::<Self>)]
pub struct ListChannelsInput {
    /// Page
    ///
    /// The page to show, from 1.
    #[serde(rename = "pageNo", skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 1), extend("x-in" = "query", "default" = 1))]
    pub page_no: Option<u32>,

    /// Channels per page
    ///
    /// From 1 to 100.
    #[serde(rename = "pageSizeNo", skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 1, max = 100), extend("x-in" = "query"))]
    pub page_size_no: Option<u32>,

    /// Status
    ///
    /// Only channels in this state.
    #[serde(rename = "channelStatus", skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-in" = "query"))]
    pub channel_status: Option<ChannelStatus>,

    /// Channel ID
    ///
    /// All or part of a channel id.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-in" = "query"))]
    pub id: Option<String>,

    /// Channel name
    ///
    /// All or part of a channel name.
    #[serde(rename = "channelName", skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-in" = "query"))]
    pub channel_name: Option<String>,
}

/// The status in words, and which stream is on air when it says.
fn channel_detail(channel: &Value) -> String {
    let Some(status) = text(channel, "/channelStatus") else {
        return t!("naver-list-status-unknown");
    };
    let words = status_words(status);
    let publishing = status.starts_with("PUBLISH");
    match flag(channel, "/isPublishingBackUp") {
        Some(true) if publishing => {
            t!("naver-list-status-backup", status = status, words = words)
        }
        Some(false) if publishing => t!("naver-list-status-main", status = status, words = words),
        _ => t!("naver-list-status", status = status, words = words),
    }
}

/// A page of channels; each reads `“main_stage” (ls-…): PUBLISHING (receiving a stream),
/// backup stream on air`.
const CHANNELS: List = List {
    paging: Paging {
        page: "pageNo",
        size: "pageSizeNo",
        max_size: 100,
        total: "/total",
    },
    items: "/content",
    id: "/channelId",
    name: "/channelName",
    count: CountWords {
        none: "naver-channels-none",
        all: "naver-channels-count",
        page: "naver-channels-page",
    },
    detail: |channel| Some(channel_detail(channel)),
};

impl Operation for ListChannels {
    type Input = ListChannelsInput;

    const ID: &'static str = "naver.list_channels";
    const VENDOR: Vendor = Vendor::Naver;
    const TITLE: &'static str = "List channels";
    const HELP: &'static str = "Lists the Live Station channels of this account and region, \
        with their status (such as receiving a stream, PUBLISHING) and which stream is on air. \
        Filter by status, or by all or part of a channel id or name. Changes nothing.";
    const METHOD: &'static str = "GET";
    const PATH: &'static str = "/api/v2/channels";
    const KIND: OperationKind = OperationKind::Read;
    const LIST: Option<List> = Some(CHANNELS);

    fn summarize(_input: &ListChannelsInput, answer: &Value) -> Vec<String> {
        CHANNELS.summary(answer)
    }
}
