//! What NAVER's operations share: a channel's status in words, and the channel in an
//! answer with its name.

use serde_json::Value;

use crate::summary::text;

/// NAVER's channel statuses, in words.
pub(crate) fn status_words(status: &str) -> &'static str {
    match status {
        "CREATING" => "being created",
        "READY" => "ready, not receiving a stream",
        "PUBLISHING" | "PUBLISH" => "receiving a stream",
        "BLOCK" | "STOPPED" => "stopped",
        "FORCE_BLOCK" => "stopped by NAVER Cloud",
        "DELETED" | "FORCE_DELETED" => "deleted",
        "RESERVED" => "scheduled to stream",
        _ => "in an unknown state",
    }
}

/// The channel of an answer: in `content`, or the answer itself.
pub(crate) fn channel(answer: &Value) -> &Value {
    answer.get("content").filter(|c| c.is_object()).unwrap_or(answer)
}

/// `“name” (id)`, or the id when the channel has no name.
pub(crate) fn channel_name(channel: &Value, id: &str) -> String {
    match text(channel, "/channelName") {
        Some(name) => format!("“{name}” ({id})"),
        None => id.to_owned(),
    }
}
