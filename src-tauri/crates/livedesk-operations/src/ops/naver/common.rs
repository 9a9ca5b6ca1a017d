//! What NAVER's operations share: a channel's status in words, and the channel in an
//! answer with its name, the error of an unknown channel.

use livedesk_http::{ErrorKind, VendorError};
use livedesk_i18n::t;
use serde_json::Value;

use crate::summary::{reword, text};

/// NAVER's channel statuses, in words: status → message.
const STATUS_WORDS: &[(&[&str], &str)] = &[
    (&["CREATING"], "naver-status-creating"),
    (&["READY"], "naver-status-ready"),
    (&["PUBLISHING", "PUBLISH"], "naver-status-publishing"),
    (&["BLOCK", "STOPPED"], "naver-status-stopped"),
    (&["FORCE_BLOCK"], "naver-status-force-block"),
    (&["DELETED", "FORCE_DELETED"], "naver-status-deleted"),
    (&["RESERVED"], "naver-status-reserved"),
];

/// A NAVER channel status in words.
pub(crate) fn status_words(status: &str) -> String {
    let id = STATUS_WORDS
        .iter()
        .find(|(codes, _)| codes.contains(&status))
        .map_or("naver-status-unknown", |(_, id)| id);
    t!(id)
}

/// `on`/`off`: the selector of the ON/OFF messages.
pub(crate) fn on_or_off(flag: bool) -> &'static str {
    if flag {
        "on"
    } else {
        "off"
    }
}

/// The channel of an answer: in `content`, or the answer itself.
pub(crate) fn channel(answer: &Value) -> &Value {
    answer.get("content").filter(|c| c.is_object()).unwrap_or(answer)
}

/// `“name” (id)`, or the id when the channel has no name.
pub(crate) fn channel_name(channel: &Value, id: &str) -> String {
    match text(channel, "/channelName") {
        Some(name) => t!("naver-channel-name", name = name, id = id),
        None => id.to_owned(),
    }
}

/// NAVER's "no such channel" (codes `2500…`), in words.
pub(crate) fn explain_unknown_channel(channel_id: &str, error: &mut VendorError) {
    if error.kind == ErrorKind::NotFound && error.code.starts_with("2500") {
        reword(
            error,
            t!("naver-unknown-channel", channel = channel_id),
            &t!("naver-unknown-channel-hint"),
        );
    }
}
