//! The shared table of form checks (`tests/fixtures/validation-cases.json`): the engine gives
//! exactly the problems listed, with the same messages, for operation and account forms alike
//! (the UI's half of the table is `ui/src/forms/fieldErrors.test.ts`).

use serde::Deserialize;
use serde_json::Value;

use crate::accounts::{split_form, AccountError};
use crate::api::Vendor;
use crate::error::FieldIssue;

const CASES: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../../tests/fixtures/validation-cases.json"
));

#[derive(Deserialize)]
struct Table {
    cases: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    form: String,
    #[serde(default)]
    whole: bool,
    input: Value,
    problems: Vec<FieldIssue>,
}

fn problems(case: &Case) -> Vec<FieldIssue> {
    match case.form.strip_prefix("account:") {
        Some(vendor) => {
            let vendor: Vendor = serde_json::from_value(Value::String(vendor.into())).unwrap();
            match split_form(vendor, case.input.clone(), case.whole) {
                Ok(_) => Vec::new(),
                Err(AccountError::Form(problems)) => problems
                    .into_iter()
                    .map(|p| FieldIssue {
                        field: p.field,
                        message: p.message,
                    })
                    .collect(),
                Err(other) => panic!("{}: not a form problem: {other}", case.form),
            }
        }
        None => {
            let schema = livedesk_operations::operation_info(&case.form)
                .unwrap()
                .schema;
            livedesk_operations::validate_form(&schema, &case.input)
                .into_iter()
                .map(|p| FieldIssue {
                    field: crate::calls::dotted(&p.field),
                    message: p.message,
                })
                .collect()
        }
    }
}

#[test]
fn the_engine_finds_exactly_the_problems_of_the_shared_table() {
    let table: Table = serde_json::from_str(CASES).unwrap();
    assert!(table.cases.len() >= 10);
    let mut failures = Vec::new();
    for case in &table.cases {
        let found = problems(case);
        if found != case.problems {
            failures.push(format!(
                "{} {}:\n  expected {}\n  found    {}",
                case.form,
                case.input,
                serde_json::to_string(&case.problems).unwrap(),
                serde_json::to_string(&found).unwrap()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
