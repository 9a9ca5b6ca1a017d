//! BlendVision One: list the lives (`GET /bv/cms/v1/lives`), for the live picker and for a
//! look at what is on air. Filters travel as grpc-gateway query parameters
//! (`filter.name`, `filter.statuses` once per value, `filter.updated_at.start_time` ...).

use livedesk_http::Vendor;
use livedesk_i18n::t;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::list::{CountWords, List};
use crate::operation::{Operation, OperationKind, Paging};
use super::common::{resolution_words, status_words};
use crate::schema::ordered;
use crate::summary::text;

pub struct ListLives;

/// Lives per page when the form leaves it empty (BlendVision's own default is 1).
pub const DEFAULT_ITEMS_PER_PAGE: u32 = 20;

fn default_items_per_page() -> u32 {
    DEFAULT_ITEMS_PER_PAGE
}

/// List lives
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(transform = ordered::<Self>)]
pub struct ListLivesInput {
    /// Page
    ///
    /// The page to show, from 1.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 1), extend("x-in" = "query", "default" = 1))]
    pub current_page: Option<u32>,

    /// Lives per page
    ///
    /// From 1 to 100. BlendVision One shows one per page unless told, so it is always sent.
    #[serde(default = "default_items_per_page")]
    #[schemars(range(min = 1, max = 100), extend("x-in" = "query"))]
    pub items_per_page: u32,

    /// Filters
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-in" = "query"))]
    pub filter: Option<LiveFilter>,

    /// Order
    ///
    /// How the lives are sorted; several orders apply one after the other.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-in" = "query"))]
    pub order_by: Option<Vec<LiveOrder>>,
}

/// Filters
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(transform = ordered::<Self>)]
pub struct LiveFilter {
    /// Name contains
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,

    /// Statuses
    ///
    /// Only lives in one of these states.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub statuses: Option<Vec<LiveStatus>>,

    /// Labels
    ///
    /// Only lives with these labels.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(inner(length(min = 1)))]
    pub labels: Option<Vec<String>>,

    /// Last updated
    #[serde(skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<TimeWindow>,

    /// Started
    #[serde(skip_serializing_if = "Option::is_none")]
    pub started_at: Option<TimeWindow>,

    /// Ended
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ended_at: Option<TimeWindow>,

    /// Video available from
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vod_started_at: Option<TimeWindow>,

    /// Video available until
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vod_ended_at: Option<TimeWindow>,
}

/// Time window
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(transform = ordered::<Self>)]
pub struct TimeWindow {
    /// From
    ///
    /// This time and later.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(extend("format" = "date-time"))]
    pub start_time: Option<String>,

    /// Before
    ///
    /// Earlier than this time.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(extend("format" = "date-time"))]
    pub end_time: Option<String>,
}

/// Status
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub enum LiveStatus {
    /// Preparing
    #[serde(rename = "LIVE_STATUS_PREPARING")]
    Preparing,
    /// Scheduled
    #[serde(rename = "LIVE_STATUS_SCHEDULED")]
    Scheduled,
    /// Waiting for preview
    #[serde(rename = "LIVE_STATUS_WAIT_FOR_PREVIEW")]
    WaitForPreview,
    /// Initiating
    #[serde(rename = "LIVE_STATUS_INITIATING")]
    Initiating,
    /// Preview
    #[serde(rename = "LIVE_STATUS_PREVIEW")]
    Preview,
    /// On air
    #[serde(rename = "LIVE_STATUS_LIVE")]
    Live,
    /// Ended
    #[serde(rename = "LIVE_STATUS_LIVE_END")]
    LiveEnd,
    /// Encoding the video
    #[serde(rename = "LIVE_STATUS_ENCODING")]
    Encoding,
    /// Video ready
    #[serde(rename = "LIVE_STATUS_VOD_READY")]
    VodReady,
    /// Available as video
    #[serde(rename = "LIVE_STATUS_VOD")]
    Vod,
    /// Closed
    #[serde(rename = "LIVE_STATUS_CLOSED")]
    Closed,
    /// Canceling
    #[serde(rename = "LIVE_STATUS_CANCELING")]
    Canceling,
    /// Archiving
    #[serde(rename = "LIVE_STATUS_ARCHIVING")]
    Archiving,
    /// Archived
    #[serde(rename = "LIVE_STATUS_ARCHIVED")]
    Archived,
    /// Failed to create
    #[serde(rename = "LIVE_STATUS_FAIL_TO_CREATE")]
    FailToCreate,
    /// Failed to preview
    #[serde(rename = "LIVE_STATUS_FAIL_TO_PREVIEW")]
    FailToPreview,
    /// Failed to end
    #[serde(rename = "LIVE_STATUS_FAIL_TO_END")]
    FailToEnd,
    /// Failed to make the video
    #[serde(rename = "LIVE_STATUS_FAIL_TO_VOD")]
    FailToVod,
    /// Failed to cancel
    #[serde(rename = "LIVE_STATUS_FAIL_TO_CANCEL")]
    FailToCancel,
    /// Failed to archive
    #[serde(rename = "LIVE_STATUS_FAIL_TO_ARCHIVE")]
    FailToArchive,
}

/// Order
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub enum LiveOrder {
    /// Last updated, oldest first
    #[serde(rename = "LIST_LIVE_ORDER_BY_UPDATED_AT_ASC")]
    UpdatedAtAsc,
    /// Last updated, newest first
    #[serde(rename = "LIST_LIVE_ORDER_BY_UPDATED_AT_DESC")]
    UpdatedAtDesc,
    /// Started, earliest first
    #[serde(rename = "LIST_LIVE_ORDER_BY_STARTED_AT_ASC")]
    StartedAtAsc,
    /// Started, latest first
    #[serde(rename = "LIST_LIVE_ORDER_BY_STARTED_AT_DESC")]
    StartedAtDesc,
    /// Ended, earliest first
    #[serde(rename = "LIST_LIVE_ORDER_BY_ENDED_AT_ASC")]
    EndedAtAsc,
    /// Ended, latest first
    #[serde(rename = "LIST_LIVE_ORDER_BY_ENDED_AT_DESC")]
    EndedAtDesc,
    /// Video available from, earliest first
    #[serde(rename = "LIST_LIVE_ORDER_BY_VOD_STARTED_AT_ASC")]
    VodStartedAtAsc,
    /// Video available from, latest first
    #[serde(rename = "LIST_LIVE_ORDER_BY_VOD_STARTED_AT_DESC")]
    VodStartedAtDesc,
    /// Video available until, earliest first
    #[serde(rename = "LIST_LIVE_ORDER_BY_VOD_ENDED_AT_ASC")]
    VodEndedAtAsc,
    /// Video available until, latest first
    #[serde(rename = "LIST_LIVE_ORDER_BY_VOD_ENDED_AT_DESC")]
    VodEndedAtDesc,
}

/// `waiting for preview, High definition (HD, 720p)`.
fn live_detail(live: &Value) -> Option<String> {
    let status = text(live, "/status").map(status_words);
    let resolution = text(live, "/resolution").map(resolution_words);
    match (status, resolution) {
        (Some(status), Some(resolution)) => Some(t!(
            "blendvision-live-detail",
            status = status,
            resolution = resolution
        )),
        (status, resolution) => status.or(resolution),
    }
}


const LIVES: List = List {
    paging: Paging {
        page: "current_page",
        size: "items_per_page",
        max_size: 100,
        total: "/pagination/total_items",
    },
    items: "/lives",
    id: "/id",
    name: "/name",
    count: CountWords {
        none: "blendvision-lives-none",
        all: "blendvision-lives-count",
        page: "blendvision-lives-page",
    },
    detail: live_detail,
};

impl Operation for ListLives {
    type Input = ListLivesInput;

    const ID: &'static str = "blendvision.list_lives";
    const VENDOR: Vendor = Vendor::BlendVision;
    const TITLE: &'static str = "List lives";
    const HELP: &'static str = "Lists the lives of the account's organisation with their \
        status (waiting for preview, on air, ended ...), a page at a time. Filter by name, \
        status, label or time, and choose the order. Changes nothing.";
    const METHOD: &'static str = "GET";
    const PATH: &'static str = "/bv/cms/v1/lives";
    const KIND: OperationKind = OperationKind::Read;
    const LIST: Option<List> = Some(LIVES);

    fn summarize(_input: &ListLivesInput, answer: &Value) -> Vec<String> {
        LIVES.summary(answer)
    }
}
