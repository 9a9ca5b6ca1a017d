//! Huawei Cloud: `{"error_code", "error_msg"}` (the gateway adds `"request_id"`); the SDK also
//! accepts `{errorCode, errorMsg}`, `{code, message}` and the same nested one level down.
//! Gateway codes come as `APIGW.xxxx` and `APIG.xxxx`: matched on the number.

use serde_json::Value;

use super::{code_text, text};
use crate::vendor_error::{field_after_colon, Class, ErrorKind, Note, Parsed};

const CODE_KEYS: [&str; 3] = ["error_code", "errorCode", "code"];
const MESSAGE_KEYS: [&str; 3] = ["error_msg", "errorMsg", "message"];

pub(crate) fn parse(status: u16, body: &Value) -> Option<Parsed> {
    let object = find_error_object(body)?;
    let code = CODE_KEYS
        .iter()
        .find_map(|k| object.get(*k).and_then(code_text))?;
    let message = text(object, &MESSAGE_KEYS).unwrap_or_default().to_owned();
    let (class, note) = classify(status, &code, &message);
    let mut parsed = Parsed::new(code, message, class);
    parsed.note = note;
    parsed.request_id = text(object, &["request_id"]).map(str::to_owned);
    Some(parsed)
}

/// The body itself, or the first object value holding an error code.
fn find_error_object(body: &Value) -> Option<&Value> {
    let has_code = |v: &Value| CODE_KEYS.iter().any(|k| v.get(*k).is_some());
    if has_code(body) {
        return Some(body);
    }
    body.as_object()?
        .values()
        .find(|v| v.is_object() && has_code(v))
}

fn classify(status: u16, code: &str, message: &str) -> (Class, Option<Note>) {
    let by_status = || Class::Kind(with_field(ErrorKind::from_status(status), message));
    let lower = message.to_ascii_lowercase();
    if let Some(number) = code
        .strip_prefix("APIGW.")
        .or_else(|| code.strip_prefix("APIG."))
    {
        return match number {
            "0101" => (Class::Kind(ErrorKind::NotFound), Some(Note::ApiNotFound)),
            "0301" | "0303" | "0305" | "0307" => {
                if lower.contains("expired") && !lower.contains("token") {
                    (Class::Clock, None)
                } else if lower.contains("project") {
                    (
                        Class::Kind(ErrorKind::WrongKey),
                        Some(Note::ProjectMismatch),
                    )
                } else {
                    (Class::Auth, None)
                }
            }
            "0302" | "0304" | "0306" | "0310" => (Class::Kind(ErrorKind::NoPermission), None),
            "0308" => (Class::Kind(ErrorKind::RateLimited), None),
            "0401" | "0402" => (
                Class::Kind(ErrorKind::NoPermission),
                Some(Note::IpNotAllowed),
            ),
            "0601" | "0613" => (Class::Kind(ErrorKind::ServerError), None),
            "0801" | "0802" => (Class::Kind(ErrorKind::NoPermission), Some(Note::Region)),
            _ => (by_status(), None),
        };
    }
    let class = match code {
        "LIVE.100011001" if status == 404 => Class::Kind(ErrorKind::NotFound),
        "LIVE.100011001" => Class::Kind(ErrorKind::InvalidInput {
            field: field_after_colon(message),
        }),
        // The table's signature row; its code is unconfirmed.
        "LIVE.100011002" => Class::Auth,
        "LIVE.100011003" => Class::Kind(ErrorKind::NoPermission),
        "LIVE.103011019" => Class::Kind(ErrorKind::NotFound),
        // The sandbox's code for START within 10 s of a STOP.
        "LIVE.100011022" => Class::Kind(ErrorKind::PreconditionFailed),
        _ => by_status(),
    };
    (class, None)
}

fn with_field(kind: ErrorKind, message: &str) -> ErrorKind {
    match kind {
        ErrorKind::InvalidInput { field: None } => ErrorKind::InvalidInput {
            field: field_after_colon(message),
        },
        other => other,
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
    fn gateway_codes_match_on_the_number_under_both_prefixes() {
        for prefix in ["APIGW", "APIG"] {
            let body = json!({"error_code": format!("{prefix}.0301"),
                "error_msg": "Incorrect IAM authentication information: verify aksk signature fail"});
            assert_eq!(class(401, body).0, Class::Auth);
            let body = json!({"error_code": format!("{prefix}.0301"),
                "error_msg": "Incorrect IAM authentication information: signature expired"});
            assert_eq!(class(401, body).0, Class::Clock);
        }
        let body = json!({"error_code": "APIGW.0303", "error_msg": "Incorrect app authentication information"});
        assert_eq!(class(401, body).0, Class::Auth);
        let body = json!({"error_code": "APIGW.0308", "error_msg": "policy ip over ratelimit"});
        assert_eq!(class(429, body).0, Class::Kind(ErrorKind::RateLimited));
        let body = json!({"error_code": "APIGW.0101", "error_msg": "The API does not exist"});
        assert_eq!(class(404, body).1, Some(Note::ApiNotFound));
        let body = json!({"error_code": "APIGW.0302", "error_msg": "not authorized"});
        assert_eq!(class(403, body).0, Class::Kind(ErrorKind::NoPermission));
        let body = json!({"error_code": "APIGW.0201", "error_msg": "Backend unavailable"});
        assert_eq!(class(502, body).0, Class::Kind(ErrorKind::ServerError));
    }

    #[test]
    fn live_codes() {
        let body = json!({"error_code": "LIVE.100011001", "error_msg": "Invalid request parameter: publish_domain"});
        assert_eq!(
            class(400, body).0,
            Class::Kind(ErrorKind::InvalidInput {
                field: Some("publish_domain".into())
            })
        );
        let body = json!({"error_code": "LIVE.100011001", "error_msg": "Request Illegal"});
        assert_eq!(
            class(400, body).0,
            Class::Kind(ErrorKind::InvalidInput { field: None })
        );
        let body = json!({"error_code": "LIVE.100011001", "error_msg": "The resource to access is not exists"});
        assert_eq!(class(404, body).0, Class::Kind(ErrorKind::NotFound));
        let body = json!({"error_code": "LIVE.100011003", "error_msg": "You do not have permission to access the API"});
        assert_eq!(class(401, body).0, Class::Kind(ErrorKind::NoPermission));
        let body = json!({"error_code": "LIVE.103011019", "error_msg": "Request Illegal"});
        assert_eq!(class(404, body).0, Class::Kind(ErrorKind::NotFound));
    }

    #[test]
    fn other_spellings_and_nesting_are_accepted() {
        let body = json!({"errorCode": "APIGW.0301", "errorMsg": "ak not exist"});
        assert_eq!(class(401, body).0, Class::Auth);
        let body = json!({"error": {"code": "APIGW.0302", "message": "denied"}});
        assert_eq!(class(403, body).0, Class::Kind(ErrorKind::NoPermission));
        let body = json!({"error_code": 400, "error_msg": "odd"});
        assert_eq!(class(400, body).2, "400");
        assert!(parse(400, &json!({"message": "no code"})).is_none());
        assert!(parse(400, &json!([1, 2])).is_none());
    }
}
