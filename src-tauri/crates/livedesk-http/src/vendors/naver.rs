//! NAVER Cloud: `{"error": {"errorCode", "message", "errorName"?}}` from both the API Gateway
//! (three-digit codes: 200 authentication failed, 210 permission denied, ...) and Live Station
//! (`2500xx`). `errorCode` comes as a string or a number.

use serde_json::Value;

use super::{code_text, text};
use crate::vendor_error::{field_after_colon, Class, ErrorKind, Note, Parsed};

pub(crate) fn parse(status: u16, body: &Value) -> Option<Parsed> {
    let object = match body.get("error") {
        Some(inner) if inner.is_object() => inner,
        _ => body,
    };
    let code = object.get("errorCode").and_then(code_text)?;
    let message = text(object, &["message", "errorMessage"])
        .unwrap_or_default()
        .to_owned();
    let (class, note) = classify(status, &code, &message);
    let mut parsed = Parsed::new(code, message, class);
    parsed.note = note;
    Some(parsed)
}

fn classify(status: u16, code: &str, message: &str) -> (Class, Option<Note>) {
    let invalid = || {
        Class::Kind(ErrorKind::InvalidInput {
            field: field_after_colon(message),
        })
    };
    let kind = |k| (Class::Kind(k), None);
    match code {
        // API Gateway.
        "100" => (invalid(), None),
        "200" => (Class::Auth, None),
        "210" => kind(ErrorKind::NoPermission),
        "300" => (Class::Kind(ErrorKind::NotFound), Some(Note::ApiNotFound)),
        "400" | "410" | "420" => kind(ErrorKind::RateLimited),
        "430" => kind(ErrorKind::InvalidInput { field: None }),
        "500" | "510" | "900" => kind(ErrorKind::ServerError),
        // Live Station.
        "250000" | "250007" | "250008" | "250009" | "250016" => kind(ErrorKind::ServerError),
        "250002" | "250003" | "250011" | "250014" | "250018" => (invalid(), None),
        "250012" => kind(ErrorKind::InvalidInput { field: None }),
        "250004" => kind(ErrorKind::NotFound),
        "250005" => kind(ErrorKind::PreconditionFailed),
        "250006" | "250010" | "250015" => kind(ErrorKind::NoPermission),
        "250017" => (Class::Auth, None),
        "250019" => (
            Class::Kind(ErrorKind::InvalidInput {
                field: Some("region".into()),
            }),
            Some(Note::Region),
        ),
        _ => kind(match ErrorKind::from_status(status) {
            ErrorKind::InvalidInput { .. } => ErrorKind::InvalidInput {
                field: field_after_colon(message),
            },
            other => other,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn class(status: u16, body: Value) -> (Class, Option<Note>, String) {
        let p = parse(status, &body).expect("parsed");
        (p.class, p.note, p.code)
    }

    #[test]
    fn gateway_codes() {
        let body = json!({"error": {"errorCode": "200", "message": "Authentication Failed"}});
        assert_eq!(class(401, body), (Class::Auth, None, "200".into()));
        let body = json!({"error": {"errorCode": "210", "message": "Permission Denied"}});
        assert_eq!(class(401, body).0, Class::Kind(ErrorKind::NoPermission));
        for code in ["400", "410", "420"] {
            let body = json!({"error": {"errorCode": code, "message": "Rate Limited"}});
            assert_eq!(class(429, body).0, Class::Kind(ErrorKind::RateLimited));
        }
        let body = json!({"error": {"errorCode": "300", "message": "Not Found Exception"}});
        assert_eq!(class(404, body).1, Some(Note::ApiNotFound));
    }

    #[test]
    fn live_station_codes_as_numbers_or_strings() {
        let body = json!({"error": {"errorCode": 250004, "message": "Channel not found: x", "errorName": "NOT_FOUND"}});
        assert_eq!(
            class(404, body),
            (Class::Kind(ErrorKind::NotFound), None, "250004".into())
        );
        let body =
            json!({"error": {"errorCode": "250002", "message": "Invalid value format: pageNo"}});
        assert_eq!(
            class(400, body).0,
            Class::Kind(ErrorKind::InvalidInput {
                field: Some("pageNo".into())
            })
        );
        let body = json!({"error": {"errorCode": 250019, "message": "Unsupported region: JP"}});
        assert_eq!(class(400, body).1, Some(Note::Region));
        let body = json!({"error": {"errorCode": 250010, "message": "POLICY_CHECK_FAILED"}});
        assert_eq!(class(403, body).0, Class::Kind(ErrorKind::NoPermission));
        let body = json!({"error": {"errorCode": 250005, "message": "only while PUBLISHING"}});
        assert_eq!(
            class(400, body).0,
            Class::Kind(ErrorKind::PreconditionFailed)
        );
    }

    #[test]
    fn other_shapes() {
        assert!(parse(401, &json!({"error": "x"})).is_none());
        assert!(parse(401, &json!({"message": "x"})).is_none());
        let body = json!({"errorCode": "200", "message": "Authentication Failed"});
        assert_eq!(class(401, body).0, Class::Auth);
    }
}
