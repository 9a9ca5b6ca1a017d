//! BlendVision One: no signature, a bearer token and the organisation on every call.

use livedesk_secrets::ExposeSecret;

use crate::added::{Addition, Made};
use crate::credentials::{check_id, check_sent_secret};
use crate::request::{header, remove_header, starts_with_ignore_case, Headers, Prepared};
use crate::{BlendVisionCredentials, SignError, SignedRequest};

const ORG_ID: &str = "x-bv-org-id";

/// Authentication only: the `Content-Type` filled in for a body without one is the request's.
pub(crate) const ADDS: &[Addition] = &[
    Addition::header(
        "Authorization",
        Made::Token,
        "BLENDVISION_API_TOKEN",
        "the API token, as Bearer",
    ),
    Addition::header(
        ORG_ID,
        Made::Account,
        "BLENDVISION_ORG_ID",
        "the organisation",
    ),
];

/// How to sign by hand, for "copy as curl".
pub(crate) const BY_HAND: &str =
    "# BlendVision One: set BLENDVISION_API_TOKEN to the account's API token.";

pub(crate) fn sign(
    credentials: &BlendVisionCredentials,
    mut request: Prepared,
) -> Result<SignedRequest, SignError> {
    check_sent_secret("api_token", &credentials.api_token)?;
    check_id("org_id", &credentials.org_id)?;

    remove_header(&mut request.headers, "Authorization");
    if let Some((name, value)) = remove_header(&mut request.headers, ORG_ID) {
        if value != credentials.org_id {
            return Err(SignError::conflict(format!("headers.{name}")));
        }
    }
    // Auth first, then the other `x-bv-` headers, then the rest: the documented order.
    let mut headers: Headers = vec![
        (
            "Authorization".into(),
            format!("Bearer {}", credentials.api_token.expose_secret()),
        ),
        (ORG_ID.into(), credentials.org_id.clone()),
    ];
    let (vendor, rest): (Headers, Headers) = std::mem::take(&mut request.headers)
        .into_iter()
        .partition(|(name, _)| starts_with_ignore_case(name, "x-bv-"));
    headers.extend(vendor);
    headers.extend(rest);
    // The API takes JSON only, and rejects a body it is not told is JSON.
    let has_body = request.body.as_ref().is_some_and(|b| !b.is_empty());
    if has_body && header(&headers, "Content-Type").is_none() {
        headers.push(("Content-Type".into(), "application/json".into()));
    }
    request.headers = headers;
    Ok(request.finish(None, None, None))
}

#[cfg(test)]
mod tests {
    use crate::{
        sign, Credentials, Scheme, SignError, SignableRequest, SignedRequest, SigningContext,
        SigningTime,
    };

    const URL: &str =
        "https://api.one.blendvision.com/bv/cms/v1/lives/3c1e5a8e-2b51-4f2e-9a0a-7d1d2f0e9b11";

    fn signed(request: SignableRequest) -> Result<SignedRequest, SignError> {
        sign(
            Scheme::BlendVisionBearer,
            &Credentials::blendvision(
                "bv-api-token-EXAMPLE.eyJhbGciOi",
                "04212e7d-16ab-4996-bc3a-cf88719cd867",
            ),
            request,
            &SigningContext::new(SigningTime::UNIX_EPOCH),
        )
    }

    #[test]
    fn vendor_doc_update_live() {
        let signed =
            signed(SignableRequest::new("PUT", URL).with_body(r#"{"live":{"name":"My live"}}"#))
                .unwrap();
        assert_eq!(signed.method, "PUT");
        assert_eq!(signed.url, URL);
        assert_eq!(
            signed.headers,
            [
                ("Authorization", "Bearer bv-api-token-EXAMPLE.eyJhbGciOi"),
                ("x-bv-org-id", "04212e7d-16ab-4996-bc3a-cf88719cd867"),
                ("Content-Type", "application/json"),
            ]
            .map(|(n, v)| (n.to_owned(), v.to_owned()))
        );
        assert_eq!(
            (
                signed.canonical_request,
                signed.string_to_sign,
                signed.signature
            ),
            (None, None, None)
        );
    }

    #[test]
    fn no_body_no_content_type_and_given_content_type_kept() {
        let get = signed(SignableRequest::new("GET", URL)).unwrap();
        assert_eq!(get.headers.len(), 2);
        let put = signed(
            SignableRequest::new("PUT", URL)
                .with_header("content-type", "application/json; charset=utf-8")
                .with_header("X-BV-Trace", "1")
                .with_body("{}"),
        )
        .unwrap();
        let names: Vec<&str> = put.headers.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(
            names,
            ["Authorization", "x-bv-org-id", "X-BV-Trace", "content-type"]
        );
    }

    #[test]
    fn another_organisation_on_the_request_is_refused() {
        let error = signed(SignableRequest::new("GET", URL).with_header("X-Bv-Org-Id", "other"))
            .unwrap_err();
        assert_eq!(error.field(), "headers.X-Bv-Org-Id");
    }
}
