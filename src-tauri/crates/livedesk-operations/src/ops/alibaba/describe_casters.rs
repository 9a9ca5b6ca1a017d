//! Alibaba Cloud ApsaraVideo Live: list the production studios (`DescribeCasters`, RPC,
//! API version 2016-11-01), for the studio picker.

use livedesk_http::Vendor;
use livedesk_i18n::t;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::list::{CountWords, List};
use crate::operation::{Operation, OperationKind, Paging, Rpc};
use crate::schema::{int_choice, ordered, NO_SPACES, UTC_SECONDS};
use crate::summary::{count, text};

use super::common::{choice_label, join, TEMPLATE};

pub struct DescribeCasters;

/// List production studios
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
#[schemars(transform = ordered::<Self>)]
pub struct DescribeCastersInput {
    /// Production studio ID
    ///
    /// Only this studio.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(regex(pattern = NO_SPACES))]
    pub caster_id: Option<String>,

    /// Studio name
    ///
    /// Only studios with this name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub caster_name: Option<String>,

    /// Created from
    ///
    /// In UTC, e.g. 2025-06-01T08:00:00Z.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(regex(pattern = UTC_SECONDS))]
    pub start_time: Option<String>,

    /// Created until
    ///
    /// In UTC, e.g. 2025-06-30T08:00:00Z.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(regex(pattern = UTC_SECONDS))]
    pub end_time: Option<String>,

    /// Page
    ///
    /// The page to show, from 1.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 1), extend("default" = 1))]
    pub page_num: Option<u32>,

    /// Studios per page
    ///
    /// From 1 to 100 (default 100).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 1, max = 100), extend("default" = 100))]
    pub page_size: Option<u32>,

    /// Status
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<CasterStatus>,

    /// Billing
    #[serde(skip_serializing_if = "Option::is_none")]
    pub charge_type: Option<ChargeType>,

    /// Studio type
    #[serde(skip_serializing_if = "Option::is_none")]
    pub norm_type: Option<NormType>,

    /// Oldest change first
    ///
    /// Off (default): the most recently changed studios come first.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub order_by_modify_asc: Option<bool>,

    /// Resource group ID
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resource_group_id: Option<String>,
}

int_choice! {
    /// Status
    pub enum CasterStatus {
        Idle = 0 => "Idle",
        Streaming = 1 => "Streaming (in production)",
    }
}

int_choice! {
    /// Billing
    pub enum ChargeType {
        PrePaid = 0 => "Subscription (prepaid)",
        PostPaid = 1 => "Pay-as-you-go (postpaid)",
    }
}

// The type names are those of Alibaba's console and its CreateCaster page.
/// Studio type
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub enum NormType {
    /// Standard
    #[serde(rename = "1")]
    Standard,
    /// Lightweight Carousel
    #[serde(rename = "3")]
    LightweightCarousel,
    /// Virtual Studio
    #[serde(rename = "4")]
    VirtualStudio,
    /// New Playlist (Carousel)
    #[serde(rename = "6")]
    NewPlaylist,
}

/// `streaming, channels on, Standard definition, landscape (lp_sd)`: the picker's detail of
/// a studio.
fn caster_detail(caster: &Value) -> Option<String> {
    let mut parts = Vec::new();
    match count(caster, "/Status") {
        Some(0) => parts.push(t!("alibaba-caster-idle")),
        Some(1) => parts.push(t!("alibaba-caster-streaming")),
        Some(other) => parts.push(t!("alibaba-caster-status", status = other.to_string())),
        None => {}
    }
    if count(caster, "/ChannelEnable") == Some(1) {
        parts.push(t!("alibaba-caster-channels-on"));
    }
    if let Some(template) = text(caster, "/CasterTemplate") {
        parts.push(choice_label(TEMPLATE, template));
    }
    (!parts.is_empty()).then(|| join(&parts))
}


const CASTERS: List = List {
    paging: Paging {
        page: "PageNum",
        size: "PageSize",
        max_size: 100,
        total: "/Total",
    },
    items: "/CasterList/Caster",
    id: "/CasterId",
    name: "/CasterName",
    count: CountWords {
        none: "alibaba-casters-none",
        all: "alibaba-casters-count",
        page: "alibaba-casters-page",
    },
    detail: caster_detail,
};

impl Operation for DescribeCasters {
    type Input = DescribeCastersInput;

    const ID: &'static str = "alibaba.describe_casters";
    const VENDOR: Vendor = Vendor::Alibaba;
    const TITLE: &'static str = "List production studios";
    const HELP: &'static str = "Lists the cloud production studios (casters) of this account \
        and region, most recently changed first, with their status (idle or streaming). \
        Filter by id, name, creation time, status, billing or type. Changes nothing.";
    const METHOD: &'static str = "POST";
    const PATH: &'static str = "/";
    const RPC: Option<Rpc> = Some(Rpc {
        action: "DescribeCasters",
        version: "2016-11-01",
    });
    const KIND: OperationKind = OperationKind::Read;
    const LIST: Option<List> = Some(CASTERS);

    fn summarize(_input: &DescribeCastersInput, answer: &Value) -> Vec<String> {
        CASTERS.summary(answer)
    }
}
