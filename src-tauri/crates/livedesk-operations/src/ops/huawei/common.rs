//! What Huawei's operations share: the stream backup setting in words, and the error of
//! an unknown ingest domain.

use livedesk_http::{ErrorKind, VendorError};

use crate::summary::{on_off, reword};

/// The setting in words; `now` after a change.
pub(crate) fn state_lines(domain: &str, enabled: bool, now: bool) -> Vec<String> {
    let now = if now { "now " } else { "" };
    vec![
        format!("Stream backup is {now}{} for {domain}.", on_off(enabled)),
        if enabled {
            "Several encoders can push the same stream name; if the one on air stops, the next \
             takes over."
                .to_owned()
        } else {
            "Only one stream per stream name is accepted on this domain.".to_owned()
        },
    ]
}

pub(crate) fn explain_unknown_domain(domain: &str, error: &mut VendorError) {
    if error.kind == ErrorKind::NotFound && error.code.starts_with("LIVE.") {
        reword(
            error,
            format!("Huawei Cloud has no ingest domain “{domain}” in this project."),
            "Check the ingest (push) domain name, and that the account's project and \
             endpoint are those of the region where the domain was added.",
        );
    }
}
