//! Huawei Cloud Live: turn primary/standby streams on or off for an ingest domain
//! (`ModifyDomainStreamBackup`, `PUT /v1/{project_id}/domain/stream-backup`).

use livedesk_http::{Vendor, VendorError};
use livedesk_i18n::t;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

use super::common::{explain_unknown_domain, on_or_off, state_lines};
use super::get_stream_backup::GetStreamBackup;
use super::list_domains::ListDomains;
use crate::operation::{CurrentRead, FieldPicker, Operation, Prefilled};
use crate::review::{Effects, ReviewState};
use crate::schema::ordered;
use crate::summary::{flag, text};

pub struct StreamBackup;

/// Primary/standby streams
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(transform = ordered::<Self>)]
pub struct StreamBackupInput {
    /// Ingest domain
    ///
    /// The push domain the encoders stream to, e.g. push.example.com.
    #[schemars(length(min = 1, max = 255))]
    pub publish_domain: String,

    /// Primary/standby streams
    ///
    /// On: several encoders may push under the same stream name, and the next one takes over
    /// when the primary stops. Off: one stream per name.
    #[serde(default)]
    pub stream_backup_enable: bool,
}

impl Operation for StreamBackup {
    type Input = StreamBackupInput;

    const ID: &'static str = "huawei.stream_backup";
    const VENDOR: Vendor = Vendor::Huawei;
    const TITLE: &'static str = "Primary/standby stream switch for an ingest domain";
    const HELP: &'static str = "Turns primary/standby (backup) streams on or off for one ingest \
        domain. When it is on, you can push several streams under the same stream name (for \
        example from a main and a spare encoder); they are used in the order they connect, and \
        if the one on air stops, the next takes over. The domain must be an ingest (push) \
        domain of this project.";
    const METHOD: &'static str = "PUT";
    const PATH: &'static str = "/v1/{project_id}/domain/stream-backup";
    const PICKERS: &'static [FieldPicker] = &[FieldPicker {
        field: "publish_domain",
        read_op: ListDomains::ID,
        needs: &[],
    }];
    const CURRENT: Option<CurrentRead> = Some(CurrentRead {
        read_op: GetStreamBackup::ID,
        keys: &[("publish_domain", "publish_domain")],
    });

    fn summarize(input: &StreamBackupInput, answer: &Value) -> Vec<String> {
        let domain = text(answer, "/publish_domain").unwrap_or(&input.publish_domain);
        let enabled =
            flag(answer, "/stream_backup_enable").unwrap_or(input.stream_backup_enable);
        state_lines(domain, enabled, true)
    }

    /// The switch as it will be, against the setting read just before.
    fn effects(input: &StreamBackupInput, state: &ReviewState<'_>) -> Effects {
        let domain = &input.publish_domain;
        let will = input.stream_backup_enable;
        let first = match state.answer.and_then(|a| flag(a, "/stream_backup_enable")) {
            Some(now) if now == will => {
                t!("huawei-backup-stays", state = on_or_off(will), domain = domain)
            }
            Some(now) => t!(
                "huawei-backup-will-be-now",
                state = on_or_off(will),
                domain = domain,
                now = on_or_off(now)
            ),
            None => t!("huawei-backup-will-be", state = on_or_off(will), domain = domain),
        };
        let mut sentences = vec![first];
        sentences.extend(state_lines(domain, will, false).into_iter().skip(1));
        Effects {
            sentences,
            refusals: Vec::new(),
        }
    }

    /// `ShowDomainStreamBackup` answers with the write's own two fields.
    fn current_input(answer: &Value, _schema: &Value) -> Prefilled {
        let mut input = json!({
            "stream_backup_enable": flag(answer, "/stream_backup_enable").unwrap_or(false),
        });
        if let Some(domain) = text(answer, "/publish_domain") {
            input["publish_domain"] = json!(domain);
        }
        Prefilled {
            input,
            notes: Vec::new(),
        }
    }

    fn explain(input: &StreamBackupInput, error: &mut VendorError, _: Option<&Value>) {
        explain_unknown_domain(&input.publish_domain, error);
    }
}
