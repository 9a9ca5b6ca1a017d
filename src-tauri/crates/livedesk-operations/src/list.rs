//! What the list reads share: where their pages and items are, the "N items" summary with
//! a line per item, and the picker's entries. A list read describes itself with one
//! [`List`] (`Operation::LIST`); pickers fetch every page through it
//! ([`crate::choices`]).

use livedesk_i18n::t;
use serde_json::Value;

use crate::operation::{Choice, Paging};
use crate::summary::{count, text};

/// A list read's shape. Pointers are JSON pointers; `id` and `name` are relative to an
/// item.
#[derive(Debug, Clone, Copy)]
pub struct List {
    pub paging: Paging,
    /// The items of one page: an array, or a single object for a one-item page (Alibaba's
    /// XML-style answers).
    pub items: &'static str,
    pub id: &'static str,
    pub name: &'static str,
    /// The summary's first line, in the vendor's word for its items.
    pub count: CountWords,
    /// An item's status in a few words (`receiving a stream, main stream on air`).
    pub detail: fn(&Value) -> Option<String>,
}

/// Message ids of a list's first line, each in the vendor's own catalog because the word
/// for an item (channel, live, studio) and its counter differ per language: none matched;
/// all of them (`$count`, plural); one page of more (`$count`, `$shown`).
#[derive(Debug, Clone, Copy)]
pub struct CountWords {
    pub none: &'static str,
    pub all: &'static str,
    pub page: &'static str,
}

impl List {
    /// The items of one page of the answer.
    pub fn items<'a>(&self, answer: &'a Value) -> Vec<&'a Value> {
        match answer.pointer(self.items) {
            Some(Value::Array(items)) => items.iter().collect(),
            Some(one @ Value::Object(_)) => vec![one],
            _ => Vec::new(),
        }
    }

    /// `3 channels; this page shows 2.`, then `“name” (id): detail` for each item.
    pub fn summary(&self, answer: &Value) -> Vec<String> {
        let page = self.items(answer);
        let shown = page.len() as u64;
        let total = count(answer, self.paging.total).unwrap_or(shown);
        let words = self.count;
        let mut lines = vec![match total {
            0 => t!(words.none),
            t if shown < t && t > 1 => t!(words.page, count = t, shown = shown),
            t => t!(words.all, count = t),
        }];
        lines.extend(page.into_iter().filter_map(|item| {
            let id = text(item, self.id)?;
            let name = text(item, self.name).unwrap_or(id);
            Some(match (self.detail)(item) {
                Some(detail) => t!(
                    "operations-list-item-detail",
                    name = name,
                    id = id,
                    detail = detail
                ),
                None => t!("operations-list-item", name = name, id = id),
            })
        }));
        lines
    }

    /// The picker's entries in one page: the id, the name (else the id), the detail.
    pub fn choices(&self, answer: &Value) -> Vec<Choice> {
        self.items(answer)
            .into_iter()
            .filter_map(|item| {
                let id = text(item, self.id)?;
                Some(Choice {
                    value: id.to_owned(),
                    label: text(item, self.name).unwrap_or(id).to_owned(),
                    detail: (self.detail)(item),
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const THINGS: List = List {
        paging: Paging {
            page: "page",
            size: "size",
            max_size: 10,
            total: "/total",
        },
        items: "/list/thing",
        id: "/id",
        name: "/name",
        count: CountWords {
            none: "naver-channels-none",
            all: "naver-channels-count",
            page: "naver-channels-page",
        },
        detail: |item| text(item, "/state").map(str::to_owned),
    };

    #[test]
    fn one_page_in_words_and_as_choices() {
        let answer = json!({"total": 3, "list": {"thing": [
            {"id": "a", "name": "Alpha", "state": "on"},
            {"id": "b"},
            {"name": "no id"}
        ]}});
        assert_eq!(
            THINGS.summary(&answer),
            ["3 channels.", "“Alpha” (a): on", "“b” (b)"]
        );
        let choices = THINGS.choices(&answer);
        assert_eq!(choices.len(), 2);
        assert_eq!(
            choices[1],
            Choice {
                value: "b".into(),
                label: "b".into(),
                detail: None
            }
        );
        let partial = json!({"total": "5", "list": {"thing": {"id": "only"}}});
        assert_eq!(
            THINGS.summary(&partial),
            ["5 channels; this page shows 1.", "“only” (only)"]
        );
        assert_eq!(THINGS.summary(&json!({"total": 1}))[0], "1 channel.");
        assert_eq!(THINGS.summary(&json!({})), ["No channels match."]);
    }
}
