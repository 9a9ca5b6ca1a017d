//! The generated English catalog of the forms: every operation's title, help and fields, and
//! every account form's fields, as `i18n/en/engine/schema-<vendor>.ftl` and
//! `schema-accounts.ftl`. The texts are written once, in the Rust modules; these files are what
//! translators translate (`i18n/<lang>/engine/` has the same files). The test
//! `tests/core/schema_catalog.rs` fails when they are stale; regenerate with
//! `LIVEDESK_UPDATE_CATALOG=1 cargo test -p livedesk-core --test core schema_catalog`.

use livedesk_operations::{catalog_messages, schema_messages, to_ftl};

use crate::accounts::{account_message_prefix, account_schema, VENDORS};

const HEADER: &str =
    "# Generated from the Rust modules (livedesk-core/src/schema_catalog.rs): do not edit.\n\
# Translate this file into i18n/<lang>/engine/ under the same name and ids.\n\n";

/// `(file name, text)` of every generated English catalog file. Built in English whatever
/// the process's language.
pub fn english_files() -> Vec<(String, String)> {
    let _english = livedesk_i18n::scoped(livedesk_i18n::Lang::En);
    let mut files: Vec<(String, String)> = catalog_messages()
        .into_iter()
        .map(|(vendor, messages)| {
            (
                format!("schema-{}.ftl", vendor.as_str()),
                format!("{HEADER}{}", to_ftl(&messages)),
            )
        })
        .collect();
    let mut accounts = String::from(HEADER);
    for vendor in VENDORS {
        let prefix = account_message_prefix(vendor);
        accounts.push_str(&to_ftl(&schema_messages(&prefix, &account_schema(vendor))));
    }
    files.push(("schema-accounts.ftl".to_owned(), accounts));
    files
}
