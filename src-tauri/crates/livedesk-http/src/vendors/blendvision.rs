//! BlendVision One: `google.rpc.Status` `{code, message, details[]}`; when `details` has
//! several entries, the last is the most specific (an `ErrorInfo` with `metadata.field`, or a
//! `BadRequest` with field violations).

use serde_json::Value;

use super::{code_text, text};
use crate::vendor_error::{looks_like_field, Class, ErrorKind, Note, Parsed};

pub(crate) fn parse(status: u16, body: &Value) -> Option<Parsed> {
    let object = match body.get("error") {
        Some(inner) if inner.get("code").is_some() => inner,
        _ => body,
    };
    let code = object.get("code").and_then(code_text)?;
    let number: Option<i64> = code.parse().ok();
    let message = text(object, &["message"]).unwrap_or_default().to_owned();
    let detail = object
        .get("details")
        .and_then(Value::as_array)
        .and_then(|d| d.last());
    let field = detail.and_then(detail_field);
    let kind = |k| Class::Kind(k);
    let class = match number {
        Some(3) | Some(11) => kind(ErrorKind::InvalidInput { field }),
        Some(5) => kind(ErrorKind::NotFound),
        Some(7) => kind(ErrorKind::NoPermission),
        Some(6) | Some(9) | Some(10) => kind(ErrorKind::PreconditionFailed),
        Some(8) => kind(ErrorKind::RateLimited),
        Some(4) | Some(13) | Some(14) | Some(15) => kind(ErrorKind::ServerError),
        Some(12) => kind(ErrorKind::NotFound),
        Some(16) => Class::Auth,
        _ => kind(match ErrorKind::from_status(status) {
            ErrorKind::InvalidInput { .. } => ErrorKind::InvalidInput { field },
            other => other,
        }),
    };
    let lower = message.to_ascii_lowercase();
    let note = match number {
        Some(7) if lower.contains("organization") || lower.contains("organisation") => {
            Some(Note::WrongOrganisation)
        }
        Some(7) if lower.contains("modify") || lower.contains("read-only") => Some(Note::ReadOnly),
        Some(12) => Some(Note::ApiNotFound),
        _ => None,
    };
    let mut parsed = Parsed::new(code, message, class);
    parsed.note = note;
    Some(parsed)
}

/// The field a detail names: `ErrorInfo.metadata.field`, or the last field violation of a
/// `BadRequest` (either JSON spelling).
fn detail_field(detail: &Value) -> Option<String> {
    let from_metadata = detail
        .get("metadata")
        .and_then(|m| m.get("field"))
        .and_then(Value::as_str);
    let from_violations = || {
        ["fieldViolations", "field_violations"]
            .iter()
            .find_map(|k| detail.get(*k).and_then(Value::as_array))
            .and_then(|v| v.last())
            .and_then(|v| v.get("field"))
            .and_then(Value::as_str)
    };
    from_metadata
        .or_else(from_violations)
        .filter(|f| looks_like_field(f))
        .map(str::to_owned)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn parsed(status: u16, body: Value) -> Parsed {
        parse(status, &body).expect("parsed")
    }

    #[test]
    fn status_codes() {
        let p = parsed(
            401,
            json!({"code": 16, "message": "unauthenticated", "details": []}),
        );
        assert_eq!((p.class, p.code.as_str()), (Class::Auth, "16"));
        let p = parsed(
            404,
            json!({"code": 5, "message": "live x not found", "details": []}),
        );
        assert_eq!(p.class, Class::Kind(ErrorKind::NotFound));
        let p = parsed(
            403,
            json!({"code": 7, "message": "the api token does not belong to the organization in x-bv-org-id"}),
        );
        assert_eq!(p.class, Class::Kind(ErrorKind::NoPermission));
        assert_eq!(p.note, Some(Note::WrongOrganisation));
        let p = parsed(400, json!({"code": 9, "message": "live is on air"}));
        assert_eq!(p.class, Class::Kind(ErrorKind::PreconditionFailed));
    }

    #[test]
    fn the_last_detail_names_the_field() {
        let body = json!({"code": 3, "message": "validation error", "details": [
            {"@type": "type.googleapis.com/google.rpc.ErrorInfo", "reason": "A", "metadata": {"field": "name"}},
            {"@type": "type.googleapis.com/google.rpc.BadRequest",
             "fieldViolations": [{"field": "security"}, {"field": "security.privacy.type", "description": "required"}]}
        ]});
        assert_eq!(
            parsed(400, body).class,
            Class::Kind(ErrorKind::InvalidInput {
                field: Some("security.privacy.type".into())
            })
        );
        let body = json!({"code": "3", "message": "bad", "details": [{"reason": "R", "metadata": {"field": "resolution"}}]});
        assert_eq!(
            parsed(400, body).class,
            Class::Kind(ErrorKind::InvalidInput {
                field: Some("resolution".into())
            })
        );
    }

    #[test]
    fn other_shapes() {
        assert!(parse(400, &json!({"message": "no code"})).is_none());
        assert!(parse(400, &json!("text")).is_none());
        let p = parsed(
            500,
            json!({"code": 13, "message": "internal", "details": "odd"}),
        );
        assert_eq!(p.class, Class::Kind(ErrorKind::ServerError));
    }
}
