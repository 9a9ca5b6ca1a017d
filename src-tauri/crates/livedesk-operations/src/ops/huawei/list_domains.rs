//! Huawei Cloud Live: the project's live domains (`ShowDomain`, `GET /v1/{project_id}/domain`),
//! for the ingest domain pickers: push (ingest) domains only.

use livedesk_http::Vendor;
use livedesk_i18n::t;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::operation::{Choice, Operation, OperationKind};
use crate::schema::ordered;
use crate::summary::text;

pub struct ListDomains;

/// Live domains
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(transform = ordered::<Self>)]
pub struct ListDomainsInput {
    /// Domain
    ///
    /// Only this domain; empty: every domain of the account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(min = 1, max = 255), extend("x-in" = "query"))]
    pub domain: Option<String>,
}

fn domains(answer: &Value) -> Vec<&Value> {
    answer
        .get("domain_info")
        .and_then(Value::as_array)
        .map(|d| d.iter().collect())
        .unwrap_or_default()
}

/// `on` → `in service`: a domain's status in words (another status as Huawei wrote it).
fn status_words(status: &str) -> String {
    match status {
        "on" => t!("huawei-domain-status-on"),
        "off" => t!("huawei-domain-status-off"),
        "configuring" => t!("huawei-domain-status-configuring"),
        other => other.to_owned(),
    }
}

fn kind_words(kind: &str) -> String {
    match kind {
        "push" => t!("huawei-domain-kind-push"),
        "pull" => t!("huawei-domain-kind-pull"),
        other => other.to_owned(),
    }
}

impl Operation for ListDomains {
    type Input = ListDomainsInput;

    const ID: &'static str = "huawei.list_domains";
    const VENDOR: Vendor = Vendor::Huawei;
    const TITLE: &'static str = "Live domains";
    const HELP: &'static str = "Lists the account's live domains: ingest domains, which \
        encoders push streams to, and streaming domains, which viewers watch from, with their \
        status. Stream backup and recording work on ingest domains. Changes nothing.";
    const METHOD: &'static str = "GET";
    const PATH: &'static str = "/v1/{project_id}/domain";
    const KIND: OperationKind = OperationKind::Read;

    fn summarize(_input: &ListDomainsInput, answer: &Value) -> Vec<String> {
        let all = domains(answer);
        let mut lines = vec![t!("huawei-domains", count = all.len())];
        lines.extend(all.into_iter().filter_map(|d| {
            let name = text(d, "/domain")?;
            let kind = text(d, "/domain_type")
                .map_or_else(|| t!("huawei-domain-kind-unknown"), kind_words);
            let status = text(d, "/status")
                .map_or_else(|| t!("huawei-domain-status-unknown"), status_words);
            Some(t!("huawei-domain-line", name = name, kind = kind, status = status))
        }));
        lines
    }

    /// Ingest (push) domains only: the ones stream backup and recording take.
    fn pick(_input: &ListDomainsInput, answer: &Value) -> Vec<Choice> {
        domains(answer)
            .into_iter()
            .filter(|d| text(d, "/domain_type") == Some("push"))
            .filter_map(|d| {
                let name = text(d, "/domain")?;
                Some(Choice {
                    value: name.to_owned(),
                    label: name.to_owned(),
                    detail: text(d, "/status").map(status_words),
                })
            })
            .collect()
    }
}
