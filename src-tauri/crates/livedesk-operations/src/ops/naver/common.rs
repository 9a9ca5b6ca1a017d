//! What NAVER's operations share: a channel's status in words, and the channel in an
//! answer with its name, the error of an unknown channel.

use livedesk_http::{ErrorKind, VendorError};
use serde_json::Value;

use crate::summary::{reword, text};

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

/// NAVER's "no such channel" (codes `2500…`), in words.
pub(crate) fn explain_unknown_channel(channel_id: &str, error: &mut VendorError) {
    if error.kind == ErrorKind::NotFound && error.code.starts_with("2500") {
        reword(
            error,
            format!("NAVER Cloud has no channel “{channel_id}” in this account and region."),
            "Check the channel id in the Live Station console, and the account's region.",
        );
    }
}
