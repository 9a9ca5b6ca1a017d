//! BlendVision One: one live's details (`GET /bv/cms/v1/lives/{id}`).

use livedesk_http::{Vendor, VendorError};
use livedesk_i18n::t;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::list_lives::ListLives;
use crate::operation::{Operation, OperationKind};
use super::common::{explain_unknown_live, live_state_lines, resolution_words};
use crate::schema::{ordered, NO_SPACES};
use crate::summary::text;

pub struct GetLive;

/// Live details
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(transform = ordered::<Self>)]
pub struct GetLiveInput {
    /// Live ID
    ///
    /// The id of the live.
    #[schemars(length(min = 1), regex(pattern = NO_SPACES), extend("x-in" = "path"))]
    pub id: String,
}

impl Operation for GetLive {
    type Input = GetLiveInput;

    const ID: &'static str = "blendvision.get_live";
    const VENDOR: Vendor = Vendor::BlendVision;
    const TITLE: &'static str = "Live details";
    const HELP: &'static str = "Shows one live of the account's organisation: its name, \
        status, privacy, watermark, chatroom and the rest of its settings, as an update of \
        the live would start from. Changes nothing.";
    const METHOD: &'static str = "GET";
    const PATH: &'static str = "/bv/cms/v1/lives/{id}";
    const KIND: OperationKind = OperationKind::Read;
    const PICKER: Option<(&'static str, &'static str)> = Some(("id", ListLives::ID));

    fn summarize(input: &GetLiveInput, answer: &Value) -> Vec<String> {
        let live = answer.get("live").unwrap_or(answer);
        let id = text(live, "/id").unwrap_or(&input.id);
        let mut lines = vec![match text(live, "/name") {
            Some(name) => t!("blendvision-live-named", name = name, id = id),
            None => t!("blendvision-live", id = id),
        }];
        if let Some(resolution) = text(live, "/resolution") {
            lines.push(t!(
                "blendvision-resolution",
                resolution = resolution_words(resolution)
            ));
        }
        lines.extend(live_state_lines(live));
        lines
    }

    fn explain(input: &GetLiveInput, error: &mut VendorError, _: Option<&Value>) {
        explain_unknown_live(&input.id, error);
    }
}
