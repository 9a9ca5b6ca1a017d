//! What Huawei's operations share: the stream backup setting in words, and the error of
//! an unknown ingest domain.

use livedesk_http::{ErrorKind, VendorError};
use livedesk_i18n::t;

use crate::summary::reword;

/// `on`/`off`: the selector of the ON/OFF messages.
pub(crate) fn on_or_off(flag: bool) -> &'static str {
    if flag {
        "on"
    } else {
        "off"
    }
}

/// The setting in words; `now` after a change.
pub(crate) fn state_lines(domain: &str, enabled: bool, now: bool) -> Vec<String> {
    let id = if now {
        "huawei-backup-state-now"
    } else {
        "huawei-backup-state"
    };
    vec![
        t!(id, state = on_or_off(enabled), domain = domain),
        if enabled {
            t!("huawei-backup-on-means")
        } else {
            t!("huawei-backup-off-means")
        },
    ]
}

pub(crate) fn explain_unknown_domain(domain: &str, error: &mut VendorError) {
    if error.kind == ErrorKind::NotFound && error.code.starts_with("LIVE.") {
        reword(
            error,
            t!("huawei-unknown-domain", domain = domain),
            &t!("huawei-unknown-domain-hint"),
        );
    }
}
