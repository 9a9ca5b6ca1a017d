//! A vendor's answer, error or not: `VendorError::from_response` (the error body read per
//! vendor and explained) and `VendorResponse::json` (a 2xx body read as JSON).
//! Input: `<vendor> <status> [<clock skew>]`, header lines, blank line, body.
#![no_main]

use libfuzzer_sys::fuzz_target;
use livedesk_fuzz::Message;
use livedesk_http::{HeaderMap, Vendor, VendorError, VendorResponse};

fn vendor(word: Option<&&str>) -> Vendor {
    let name = word.copied().unwrap_or_default();
    Vendor::ALL
        .into_iter()
        .find(|v| v.as_str().eq_ignore_ascii_case(name))
        .unwrap_or(Vendor::ALL[name.len() % Vendor::ALL.len()])
}

fuzz_target!(|data: &[u8]| {
    let message = Message::parse(data);
    let words = message.words();
    let vendor = vendor(words.first());
    let status = words.get(1).and_then(|s| s.parse().ok()).unwrap_or(400u16);
    let skew = words.get(2).and_then(|s| s.parse().ok());
    let mut headers = HeaderMap::new();
    for (name, value) in &message.headers {
        if let (Ok(name), Ok(value)) = (
            http::HeaderName::from_bytes(name.as_bytes()),
            http::HeaderValue::from_str(value),
        ) {
            headers.append(name, value);
        }
    }
    let error = VendorError::from_response(vendor, status, &headers, message.body, skew);
    assert!(!error.explanation.is_empty(), "{error:?}");
    assert!(!error.hint.is_empty(), "{error:?}");
    let _ = error.to_string();

    let answer = VendorResponse {
        vendor,
        status,
        headers,
        body: message.body.to_vec(),
        request_id: None,
        server_date: None,
        clock_skew_seconds: skew,
        elapsed: std::time::Duration::ZERO,
        attempts: 1,
    };
    if let Err(e) = answer.json::<serde_json::Value>() {
        // The problem names where in the body, never what it says.
        let _ = e.to_string();
    }
});
