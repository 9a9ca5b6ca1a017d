//! Huawei Cloud Live: read the primary/standby stream switch of an ingest domain
//! (`ShowDomainStreamBackup`, `GET /v1/{project_id}/domain/stream-backup`).

use livedesk_http::{Vendor, VendorError};
use livedesk_i18n::t;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::operation::{Operation, OperationKind};
use super::common::{explain_unknown_domain, state_lines};
use crate::schema::ordered;
use crate::summary::{flag, text};

pub struct GetStreamBackup;

/// Primary/standby streams
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(transform = ordered::<Self>)]
pub struct GetStreamBackupInput {
    /// Ingest domain
    ///
    /// The push domain the encoders stream to, e.g. push.example.com.
    #[schemars(length(min = 1, max = 255), extend("x-in" = "query"))]
    pub publish_domain: String,
}

impl Operation for GetStreamBackup {
    type Input = GetStreamBackupInput;

    const ID: &'static str = "huawei.get_stream_backup";
    const VENDOR: Vendor = Vendor::Huawei;
    const TITLE: &'static str = "Primary/standby stream setting of an ingest domain";
    const HELP: &'static str = "Shows whether primary/standby (backup) streams are on for one \
        ingest domain of this project: when they are, several encoders may push under the \
        same stream name and the next takes over when the one on air stops. Changes nothing.";
    const METHOD: &'static str = "GET";
    const PATH: &'static str = "/v1/{project_id}/domain/stream-backup";
    const KIND: OperationKind = OperationKind::Read;

    fn summarize(input: &GetStreamBackupInput, answer: &Value) -> Vec<String> {
        let domain = text(answer, "/publish_domain").unwrap_or(&input.publish_domain);
        match flag(answer, "/stream_backup_enable") {
            Some(enabled) => state_lines(domain, enabled, false),
            None => vec![t!("huawei-backup-unsaid", domain = domain)],
        }
    }

    fn explain(input: &GetStreamBackupInput, error: &mut VendorError, _: Option<&Value>) {
        explain_unknown_domain(&input.publish_domain, error);
    }
}
