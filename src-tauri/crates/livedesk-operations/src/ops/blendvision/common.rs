//! What BlendVision's operations share: a live's status and state in words, and the
//! error of an unknown live.

use livedesk_http::{ErrorKind, VendorError};
use livedesk_i18n::t;
use serde_json::Value;

use crate::summary::{flag, on_off, reword, text};

/// The statuses a summary names, each with its words (the message ids are literals here so
/// the catalog check sees them used).
const STATUS_WORDS: &[(&str, &str)] = &[
    ("WAIT_FOR_PREVIEW", "blendvision-status-wait-for-preview"),
    ("LIVE", "blendvision-status-live"),
    ("LIVE_END", "blendvision-status-live-end"),
    ("VOD", "blendvision-status-vod"),
    ("PREPARING", "blendvision-status-preparing"),
    ("SCHEDULED", "blendvision-status-scheduled"),
    ("INITIATING", "blendvision-status-initiating"),
    ("PREVIEW", "blendvision-status-preview"),
    ("ENCODING", "blendvision-status-encoding"),
    ("VOD_READY", "blendvision-status-vod-ready"),
    ("CLOSED", "blendvision-status-closed"),
    ("CANCELING", "blendvision-status-canceling"),
    ("ARCHIVING", "blendvision-status-archiving"),
    ("ARCHIVED", "blendvision-status-archived"),
    ("FAIL_TO_CREATE", "blendvision-status-fail-to-create"),
    ("FAIL_TO_PREVIEW", "blendvision-status-fail-to-preview"),
    ("FAIL_TO_END", "blendvision-status-fail-to-end"),
    ("FAIL_TO_VOD", "blendvision-status-fail-to-vod"),
    ("FAIL_TO_CANCEL", "blendvision-status-fail-to-cancel"),
    ("FAIL_TO_ARCHIVE", "blendvision-status-fail-to-archive"),
];

/// `LIVE_STATUS_WAIT_FOR_PREVIEW` → `waiting for preview`; a status BlendVision adds later
/// is shown as the vendor's word, in small letters.
pub(crate) fn status_words(status: &str) -> String {
    let core = status.strip_prefix("LIVE_STATUS_").unwrap_or(status);
    match STATUS_WORDS.iter().find(|(code, _)| *code == core) {
        Some((_, id)) => t!(id),
        None => core.to_ascii_lowercase().replace('_', " "),
    }
}

/// The resolutions a summary names, each with its words.
const RESOLUTION_WORDS: &[(&str, &str)] = &[
    ("HD", "blendvision-resolution-hd"),
    ("FHD", "blendvision-resolution-fhd"),
    ("4K", "blendvision-resolution-4k"),
];

/// `LIVE_RESOLUTION_FHD` → `Full HD (FHD, 1080p)`: the code explained, kept for the console.
pub(crate) fn resolution_words(resolution: &str) -> String {
    let core = resolution
        .strip_prefix("LIVE_RESOLUTION_")
        .unwrap_or(resolution);
    match RESOLUTION_WORDS.iter().find(|(code, _)| *code == core) {
        Some((_, id)) => t!(id),
        None => core.to_owned(),
    }
}

/// A live's state in plain-language lines: status, privacy, watermark, chatroom, download.
pub(crate) fn live_state_lines(live: &Value) -> Vec<String> {
    let mut lines = Vec::new();
    if let Some(status) = text(live, "/status") {
        lines.push(t!("blendvision-state-status", status = status_words(status)));
    }
    match text(live, "/security/privacy/type") {
        Some("SECURITY_PRIVACY_TYPE_TOKEN") => {
            let limit = live
                .pointer("/security/privacy/token/device_limit")
                .and_then(Value::as_i64)
                .unwrap_or(0);
            lines.push(if limit > 0 {
                t!("blendvision-state-privacy-token-limit", limit = limit)
            } else {
                t!("blendvision-state-privacy-token")
            });
        }
        Some("SECURITY_PRIVACY_TYPE_PUBLIC") => lines.push(t!("blendvision-state-privacy-public")),
        _ => {}
    }
    if let Some(on) = flag(live, "/security/watermark/enabled") {
        lines.push(t!("blendvision-state-watermark", state = on_off(on)));
    }
    if let Some(on) = flag(live, "/interaction/chatroom/live/enabled") {
        lines.push(t!("blendvision-state-chatroom", state = on_off(on)));
    }
    if let Some(on) = flag(live, "/save_for_download_enabled") {
        lines.push(t!("blendvision-state-download", state = on_off(on)));
    }
    lines
}

/// BlendVision's "no such live" (gRPC code 5, not found), in words.
pub(crate) fn explain_unknown_live(id: &str, error: &mut VendorError) {
    if error.kind == ErrorKind::NotFound && error.code == "5" {
        reword(
            error,
            t!("blendvision-unknown-live", id = id),
            &t!("blendvision-unknown-live-hint"),
        );
    }
}
