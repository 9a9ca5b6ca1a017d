//! Huawei Cloud Live: the streams being pushed right now to an ingest domain
//! (`ListLiveStreamsOnline`, `GET /v1/{project_id}/realtime/streams`). Recording review
//! reads it to say whether a stream can be recorded.

use livedesk_http::{Vendor, VendorError};
use livedesk_i18n::t;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::common::explain_unknown_domain;
use crate::operation::{Choice, Operation, OperationKind};
use crate::schema::ordered;
use crate::summary::{count, text};

pub struct ListStreamsOnline;

/// Streams on air
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(transform = ordered::<Self>)]
pub struct ListStreamsOnlineInput {
    /// Ingest domain
    ///
    /// The push domain the encoders stream to, e.g. push.example.com.
    #[schemars(length(min = 1, max = 255), extend("x-in" = "query"))]
    pub publish_domain: String,

    /// Application name
    ///
    /// Only the streams of this app (the app part of the push address, e.g. live).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(min = 1, max = 255), extend("x-in" = "query"))]
    pub app: Option<String>,

    /// Stream name
    ///
    /// Only this stream (needs the application name).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(min = 1, max = 255), extend("x-in" = "query"))]
    pub stream: Option<String>,

    /// Streams per page
    ///
    /// From 1 to 100; empty: 100, so a picker sees every stream being pushed.
    #[serde(default = "full_page", skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 1, max = 100), extend("x-in" = "query"))]
    pub limit: Option<u32>,
}

/// The largest page Huawei's list reads allow: a picker's list in one read.
pub(crate) fn full_page() -> Option<u32> {
    Some(100)
}

/// `2025-06-01T08:00:00Z` → `2025-06-01 08:00 UTC`; other text as it is.
fn when(utc: &str) -> String {
    match (utc.get(..10), utc.get(11..16), utc.ends_with('Z')) {
        (Some(day), Some(time), true) if utc.as_bytes().get(10) == Some(&b'T') => {
            format!("{day} {time} UTC")
        }
        _ => utc.to_owned(),
    }
}

/// The streams of an answer that match `app`/`stream` (the vendor filters too; this keeps a
/// wider answer from being read as "online").
pub(crate) fn online<'a>(answer: &'a Value, app: &str, stream: &str) -> Option<&'a Value> {
    answer
        .get("streams")?
        .as_array()?
        .iter()
        .find(|s| text(s, "/app") == Some(app) && text(s, "/stream") == Some(stream))
}

impl Operation for ListStreamsOnline {
    type Input = ListStreamsOnlineInput;

    const ID: &'static str = "huawei.list_streams_online";
    const VENDOR: Vendor = Vendor::Huawei;
    const TITLE: &'static str = "Streams being pushed now";
    const HELP: &'static str = "Lists the streams an encoder is pushing right now to one ingest \
        domain (optionally one app or one stream), with their video and audio. Recording can \
        start only for a stream listed here. Changes nothing.";
    const METHOD: &'static str = "GET";
    const PATH: &'static str = "/v1/{project_id}/realtime/streams";
    const KIND: OperationKind = OperationKind::Read;

    fn summarize(input: &ListStreamsOnlineInput, answer: &Value) -> Vec<String> {
        let streams = answer
            .get("streams")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        let total = count(answer, "/total_num").unwrap_or(streams.len() as u64);
        let mut lines = vec![t!(
            "huawei-streams-online",
            count = total,
            domain = &input.publish_domain
        )];
        lines.extend(streams.iter().filter_map(|s| {
            let app = text(s, "/app")?;
            let stream = text(s, "/stream")?;
            // `live/main, 1920x1080`: the vendor's names and values, no words.
            let what = match text(s, "/resolution") {
                Some(r) => format!("{app}/{stream}, {r}"),
                None => format!("{app}/{stream}"),
            };
            Some(match text(s, "/start_time") {
                Some(t) => t!("huawei-stream-since", stream = what, since = when(t)),
                None => what,
            })
        }));
        lines
    }

    /// The streams being pushed: the only ones a recording can start for.
    fn pick(_input: &ListStreamsOnlineInput, answer: &Value) -> Vec<Choice> {
        let streams = answer.get("streams").and_then(Value::as_array);
        streams
            .into_iter()
            .flatten()
            .filter_map(|s| {
                let stream = text(s, "/stream")?;
                let since = text(s, "/start_time").map_or_else(
                    || t!("huawei-pushed"),
                    |t| t!("huawei-pushed-since", since = when(t)),
                );
                Some(Choice {
                    value: stream.to_owned(),
                    label: stream.to_owned(),
                    detail: Some(since),
                })
            })
            .collect()
    }

    fn explain(input: &ListStreamsOnlineInput, error: &mut VendorError, _: Option<&Value>) {
        explain_unknown_domain(&input.publish_domain, error);
    }
}
