//! Alibaba Cloud: `{"RequestId", "HostId", "Code", "Message", "Recommend"}` (either case).
//! `SignatureDoesNotMatch` ends its message with the server's string to sign.

use serde_json::Value;

use super::text;
use crate::vendor_error::{looks_like_field, Class, ErrorKind, Note, Parsed};

const SERVER_STRING_TO_SIGN: &str = "server string to sign is:";

pub(crate) fn parse(status: u16, body: &Value) -> Option<Parsed> {
    let code = text(body, &["Code", "code"])?.trim().to_owned();
    if code.is_empty() {
        return None;
    }
    let message = text(body, &["Message", "message"])
        .unwrap_or_default()
        .to_owned();
    let (class, note) = classify(status, &code, &message);
    let mut parsed = Parsed::new(code, message, class);
    parsed.note = note;
    parsed.request_id = text(body, &["RequestId", "requestId"]).map(str::to_owned);
    if parsed.code == "SignatureDoesNotMatch" {
        parsed.server_string_to_sign = parsed
            .message
            .find(SERVER_STRING_TO_SIGN)
            .map(|at| parsed.message[at + SERVER_STRING_TO_SIGN.len()..].to_owned());
    }
    Some(parsed)
}

fn classify(status: u16, code: &str, message: &str) -> (Class, Option<Note>) {
    let kind = |k| (Class::Kind(k), None);
    let invalid = |field: Option<String>| {
        let note = (field.as_deref() == Some("RegionId")).then_some(Note::Region);
        (Class::Kind(ErrorKind::InvalidInput { field }), note)
    };
    match code {
        "InvalidTimeStamp.Expired" => (Class::Clock, None),
        "InvalidTimeStamp.Format" => invalid(Some("Timestamp".into())),
        "SignatureDoesNotMatch" => kind(ErrorKind::WrongKey),
        "InvalidAccessKeyId.NotFound" => {
            (Class::Kind(ErrorKind::WrongKey), Some(Note::KeyNotFound))
        }
        "InvalidAccessKeyId.Inactive" => {
            (Class::Kind(ErrorKind::WrongKey), Some(Note::KeyInactive))
        }
        "SignatureNonceUsed" => (Class::Kind(ErrorKind::Other), Some(Note::NonceUsed)),
        "IncompleteSignature" | "InvalidSignatureMethod" | "InvalidSignatureVersion" => {
            (Class::Kind(ErrorKind::Other), Some(Note::SignatureFormat))
        }
        "InvalidApi.NotFound" | "InvalidAction.NotFound" => {
            (Class::Kind(ErrorKind::NotFound), Some(Note::ApiNotFound))
        }
        "InvalidVersion" => invalid(Some("Version".into())),
        "UnsupportedHTTPMethod" => kind(ErrorKind::Other),
        "InternalError" | "ServiceUnavailable" | "UnknownError" => kind(ErrorKind::ServerError),
        "MissingParameter" => invalid(quoted_field(message)),
        "InvalidCaster.ChannelDisableUnsupported" => kind(ErrorKind::PreconditionFailed),
        c if c.starts_with("InvalidAccessKeyId") || c.starts_with("InvalidSecurityToken") => {
            kind(ErrorKind::WrongKey)
        }
        c if c.starts_with("Throttling") => kind(ErrorKind::RateLimited),
        c if c.starts_with("Forbidden") => kind(ErrorKind::NoPermission),
        c if c.ends_with(".NotFound") => kind(ErrorKind::NotFound),
        c if c.starts_with("Incorrect") && c.contains("Status") => {
            kind(ErrorKind::PreconditionFailed)
        }
        c if c.starts_with("Missing") => invalid(
            Some(c["Missing".len()..].to_owned())
                .filter(|f| looks_like_field(f))
                .or_else(|| quoted_field(message)),
        ),
        c if c.starts_with("InvalidParameter") => invalid(field_in_message(message)),
        c if c.starts_with("Invalid") => {
            let name = &c["Invalid".len()..];
            let field = (!name.contains('.') && looks_like_field(name))
                .then(|| name.to_owned())
                .or_else(|| field_in_message(message));
            invalid(field)
        }
        _ => kind(match ErrorKind::from_status(status) {
            ErrorKind::InvalidInput { .. } => ErrorKind::InvalidInput {
                field: field_in_message(message),
            },
            other => other,
        }),
    }
}

/// `The input parameter "CasterId" that is mandatory ...` → `CasterId`.
fn quoted_field(message: &str) -> Option<String> {
    let start = message.find('"')? + 1;
    let len = message[start..].find('"')?;
    let field = &message[start..start + len];
    looks_like_field(field).then(|| field.to_owned())
}

/// `The parameter Delay is malformed` / `Specified parameter Version is not valid.`
fn field_in_message(message: &str) -> Option<String> {
    if let Some(field) = quoted_field(message) {
        return Some(field);
    }
    let words: Vec<&str> = message.split_whitespace().collect();
    words
        .windows(2)
        .find(|w| w[0].eq_ignore_ascii_case("parameter"))
        .map(|w| w[1].trim_end_matches(['.', ',', ':']))
        .filter(|f| looks_like_field(f))
        .map(str::to_owned)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn body(code: &str, message: &str) -> Value {
        json!({"RequestId": "6EBD1AC4-C34D-4AE1-963E-B688A228BE31", "HostId": "live.aliyuncs.com",
               "Code": code, "Message": message, "Recommend": "https://api.aliyun.com/troubleshoot"})
    }

    fn class(status: u16, code: &str, message: &str) -> (Class, Option<Note>) {
        let p = parse(status, &body(code, message)).expect("parsed");
        assert_eq!(
            p.request_id.as_deref(),
            Some("6EBD1AC4-C34D-4AE1-963E-B688A228BE31")
        );
        assert_eq!(p.code, code);
        (p.class, p.note)
    }

    #[test]
    fn authentication_and_time() {
        assert_eq!(
            class(400, "InvalidTimeStamp.Expired", "expired").0,
            Class::Clock
        );
        assert_eq!(
            class(400, "SignatureDoesNotMatch", "x").0,
            Class::Kind(ErrorKind::WrongKey)
        );
        assert_eq!(
            class(404, "InvalidAccessKeyId.NotFound", "x").1,
            Some(Note::KeyNotFound)
        );
        assert_eq!(
            class(400, "SignatureNonceUsed", "x").1,
            Some(Note::NonceUsed)
        );
        assert_eq!(
            class(400, "Throttling.User", "flow control").0,
            Class::Kind(ErrorKind::RateLimited)
        );
        assert_eq!(
            class(403, "Forbidden.RAM", "x").0,
            Class::Kind(ErrorKind::NoPermission)
        );
        assert_eq!(
            class(503, "ServiceUnavailable", "x").0,
            Class::Kind(ErrorKind::ServerError)
        );
    }

    #[test]
    fn the_server_string_to_sign_is_kept() {
        let message = "Specified signature is not matched with our calculation. server string to sign is:GET&%2F&AccessKeyId%3Dx";
        let p = parse(400, &body("SignatureDoesNotMatch", message)).unwrap();
        assert_eq!(
            p.server_string_to_sign.as_deref(),
            Some("GET&%2F&AccessKeyId%3Dx")
        );
    }

    #[test]
    fn parameters_are_named() {
        let field = |code: &str, message: &str| match class(400, code, message).0 {
            Class::Kind(ErrorKind::InvalidInput { field }) => field,
            other => panic!("{other:?}"),
        };
        assert_eq!(
            field("MissingParameter", "The input parameter \"CasterId\" that is mandatory for processing this request is not supplied.").as_deref(),
            Some("CasterId")
        );
        assert_eq!(field("MissingTimestamp", "x").as_deref(), Some("Timestamp"));
        assert_eq!(
            field(
                "InvalidParameter.Malformed",
                "The parameter Delay is malformed: too big."
            )
            .as_deref(),
            Some("Delay")
        );
        assert_eq!(field("InvalidParameter", "Bad value.").as_deref(), None);
        assert_eq!(
            field(
                "InvalidVersion",
                "Specified parameter Version is not valid."
            )
            .as_deref(),
            Some("Version")
        );
        assert_eq!(class(400, "InvalidRegionId", "x").1, Some(Note::Region));
    }

    #[test]
    fn other_shapes() {
        assert!(parse(400, &json!({"Message": "no code"})).is_none());
        let p = parse(
            400,
            &json!({"code": "Throttling", "message": "m", "requestId": "r"}),
        )
        .unwrap();
        assert_eq!(p.request_id.as_deref(), Some("r"));
    }
}
