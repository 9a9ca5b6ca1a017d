use livedesk_history::{EntryError, NewEntry, Outcome};
use serde_json::json;

pub const T0: i64 = 1_750_000_000_000;
pub const DAY: i64 = 86_400_000;

/// A successful write on `account` with a recognisable request, input, response and state.
pub fn entry(account: &str, operation: &str, n: i64) -> NewEntry {
    NewEntry {
        at: T0 + n * 1000,
        account_id: account.to_owned(),
        account_name: format!("Account {account}"),
        vendor: "naver".to_owned(),
        operation: operation.to_owned(),
        outcome: Outcome::Ok,
        request: json!({
            "method": "PUT",
            "url": format!("https://live.example.test/channels/{n}"),
            "headers": {"x-ncp-apigw-api-key": "••••abcd", "content-type": "application/json"},
            "body": {"n": n, "account": account},
        }),
        input: json!({"channel": n, "title": format!("Title {n}")}),
        response: Some(json!({"ok": true, "n": n})),
        summary: vec![
            format!("Channel {n} renamed to “Title {n}”"),
            "Done".to_owned(),
        ],
        error: None,
        state_before: Some(json!({"channel": n, "title": format!("Old {n}")})),
        request_id: Some(format!("req-{account}-{n}")),
        undo_of: None,
    }
}

pub fn failed(account: &str, operation: &str, n: i64) -> NewEntry {
    NewEntry {
        outcome: Outcome::VendorError,
        response: Some(json!({"error": {"code": "403"}})),
        error: Some(EntryError {
            code: "vendor.forbidden".to_owned(),
            message: "The vendor refused the call".to_owned(),
            hint: Some("Check the key's permissions".to_owned()),
            vendor_code: Some("403".to_owned()),
            ..EntryError::default()
        }),
        summary: vec!["Refused".to_owned()],
        ..entry(account, operation, n)
    }
}
