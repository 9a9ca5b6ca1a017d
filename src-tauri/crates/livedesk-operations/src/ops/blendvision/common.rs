//! What BlendVision's operations share: a live's status and state in words, and the
//! error of an unknown live.

use livedesk_http::{ErrorKind, VendorError};
use serde_json::Value;

use crate::summary::{flag, on_off, reword, text};

/// `LIVE_STATUS_WAIT_FOR_PREVIEW` → `waiting for preview`.
pub(crate) fn status_words(status: &str) -> String {
    let core = status.strip_prefix("LIVE_STATUS_").unwrap_or(status);
    match core {
        "WAIT_FOR_PREVIEW" => "waiting for preview".to_owned(),
        "LIVE" => "on air".to_owned(),
        "LIVE_END" => "ended".to_owned(),
        "VOD" => "available as video".to_owned(),
        other => other.to_ascii_lowercase().replace('_', " "),
    }
}

/// A live's state in plain-language lines: status, privacy, watermark, chatroom, download.
pub(crate) fn live_state_lines(live: &Value) -> Vec<String> {
    let mut lines = Vec::new();
        if let Some(status) = text(live, "/status") {
            lines.push(format!("Status: {}.", status_words(status)));
        }
        match text(live, "/security/privacy/type") {
            Some("SECURITY_PRIVACY_TYPE_TOKEN") => {
                let limit = live
                    .pointer("/security/privacy/token/device_limit")
                    .and_then(Value::as_i64)
                    .unwrap_or(0);
                lines.push(if limit > 0 {
                    format!(
                        "Privacy: viewers need a token or redeem code (up to {limit} devices \
                         each)."
                    )
                } else {
                    "Privacy: viewers need a token or redeem code (no device limit).".to_owned()
                });
            }
            Some("SECURITY_PRIVACY_TYPE_PUBLIC") => {
                lines.push("Privacy: public, anyone can watch.".to_owned())
            }
            _ => {}
        }
        if let Some(on) = flag(live, "/security/watermark/enabled") {
            lines.push(format!("Watermark: {}.", on_off(on)));
        }
        if let Some(on) = flag(live, "/interaction/chatroom/live/enabled") {
            lines.push(format!("Chatroom during the live: {}.", on_off(on)));
        }
        if let Some(on) = flag(live, "/save_for_download_enabled") {
            lines.push(format!("Saved for download: {}.", on_off(on)));
        }
    lines
}

/// BlendVision's "no such live" (gRPC code 5, not found), in words.
pub(crate) fn explain_unknown_live(id: &str, error: &mut VendorError) {
    if error.kind == ErrorKind::NotFound && error.code == "5" {
        reword(
            error,
            format!("BlendVision One has no live with the id “{id}” in this organisation."),
            "Check the live id (it may have been deleted), and that the account's \
             organisation is the live's.",
        );
    }
}
