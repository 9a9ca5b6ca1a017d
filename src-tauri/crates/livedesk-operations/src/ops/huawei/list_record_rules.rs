//! Huawei Cloud Live: the recording rules (`ListRecordRules`, `GET /v1/{project_id}/record/rules`),
//! for the app picker of recording: the apps a rule covers on an ingest domain.

use livedesk_http::{Vendor, VendorError};
use livedesk_i18n::t;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::common::explain_unknown_domain;
use crate::operation::{Choice, Operation, OperationKind};
use crate::schema::ordered;
use crate::summary::{count, text};

pub struct ListRecordRules;

/// Recording rules
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(transform = ordered::<Self>)]
pub struct ListRecordRulesInput {
    /// Ingest domain
    ///
    /// Only the rules of this push domain.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(min = 1, max = 255), extend("x-in" = "query"))]
    pub publish_domain: Option<String>,

    /// Application name
    ///
    /// Only the rules of this app.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(min = 1, max = 255), extend("x-in" = "query"))]
    pub app: Option<String>,

    /// Rules per page
    ///
    /// From 1 to 100; empty: 100, so a picker sees every rule of a domain.
    #[serde(default = "super::list_streams_online::full_page", skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 1, max = 100), extend("x-in" = "query"))]
    pub limit: Option<u32>,
}

fn rules(answer: &Value) -> Vec<&Value> {
    answer
        .get("record_config")
        .and_then(Value::as_array)
        .map(|r| r.iter().collect())
        .unwrap_or_default()
}

/// `COMMAND_RECORD` → `recording by command`: how a rule records, in words (another type
/// as Huawei wrote it).
fn type_words(kind: &str) -> String {
    match kind {
        "COMMAND_RECORD" => t!("huawei-rule-command"),
        "CONTINUOUS_RECORD" => t!("huawei-rule-continuous"),
        "PLAN_RECORD" => t!("huawei-rule-plan"),
        "ON_DEMAND_RECORD" => t!("huawei-rule-on-demand"),
        other => other.to_owned(),
    }
}

/// `every stream`, or `stream main`: which streams a rule covers.
fn streams_words(rule: &Value) -> String {
    match text(rule, "/stream") {
        Some("*") | None => t!("huawei-rule-every-stream"),
        Some(s) => t!("huawei-rule-stream", stream = s),
    }
}

impl Operation for ListRecordRules {
    type Input = ListRecordRulesInput;

    const ID: &'static str = "huawei.list_record_rules";
    const VENDOR: Vendor = Vendor::Huawei;
    const TITLE: &'static str = "Recording rules";
    const HELP: &'static str = "Lists the recording rules of the account (optionally of one \
        ingest domain or app): which streams are recorded, and how. Starting and stopping a \
        recording from Livedesk needs a rule of the kind \"recording by command\". Changes \
        nothing.";
    const METHOD: &'static str = "GET";
    const PATH: &'static str = "/v1/{project_id}/record/rules";
    const KIND: OperationKind = OperationKind::Read;

    fn summarize(_input: &ListRecordRulesInput, answer: &Value) -> Vec<String> {
        let all = rules(answer);
        let total = count(answer, "/total").unwrap_or(all.len() as u64);
        let mut lines = vec![t!("huawei-rules", count = total)];
        lines.extend(all.into_iter().filter_map(|r| {
            let domain = text(r, "/publish_domain")?;
            let app = text(r, "/app")?;
            let kind = text(r, "/record_type")
                .map_or_else(|| t!("huawei-rule-unknown"), type_words);
            Some(t!(
                "huawei-rule-line",
                domain = domain,
                app = app,
                streams = streams_words(r),
                kind = kind
            ))
        }));
        lines
    }

    /// The apps with a rule that records by command, once each.
    fn pick(_input: &ListRecordRulesInput, answer: &Value) -> Vec<Choice> {
        let mut out: Vec<Choice> = Vec::new();
        for rule in rules(answer) {
            let Some(app) = text(rule, "/app") else { continue };
            if text(rule, "/record_type") != Some("COMMAND_RECORD")
                || out.iter().any(|c| c.value == app)
            {
                continue;
            }
            out.push(Choice {
                value: app.to_owned(),
                label: app.to_owned(),
                detail: Some(t!("huawei-rule-pick", streams = streams_words(rule))),
            });
        }
        out
    }

    fn explain(input: &ListRecordRulesInput, error: &mut VendorError, _: Option<&Value>) {
        if let Some(domain) = &input.publish_domain {
            explain_unknown_domain(domain, error);
        }
    }
}
