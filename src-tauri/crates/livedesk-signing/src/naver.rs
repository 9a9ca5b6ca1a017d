//! NAVER Cloud API Gateway signature v2.

use livedesk_secrets::ExposeSecret;

use crate::added::{Addition, Made};
use crate::credentials::{check_id, check_secret};
use crate::crypto::{base64, hmac_sha256};
use crate::request::{remove_header, starts_with_ignore_case, Headers, Prepared};
use crate::{NaverCredentials, SignError, SignedRequest, SigningContext, SigningTime};

const TIMESTAMP: &str = "x-ncp-apigw-timestamp";
const ACCESS_KEY: &str = "x-ncp-iam-access-key";
const SIGNATURE: &str = "x-ncp-apigw-signature-v2";

pub(crate) const ADDS: &[Addition] = &[
    Addition::header(TIMESTAMP, Made::Time, "NCP_TIMESTAMP", "the time"),
    Addition::header(
        ACCESS_KEY,
        Made::AccessKey,
        "NCP_ACCESS_KEY",
        "the access key",
    ),
    Addition::header(
        SIGNATURE,
        Made::Signature,
        "NCP_SIGNATURE",
        "signed with the account's secret key",
    ),
];

/// How to sign by hand, for "copy as curl".
pub(crate) const BY_HAND: &str =
    "# NAVER Cloud signs every request (API Gateway signature v2) with your secret \
     key ($NCP_SECRET_KEY):\n# set NCP_TIMESTAMP (epoch milliseconds), \
     NCP_ACCESS_KEY and NCP_SIGNATURE = base64(HMAC-SHA256(secret, \"METHOD \
     URI\\nTIMESTAMP\\nACCESS_KEY\")).";

pub(crate) fn sign(
    credentials: &NaverCredentials,
    mut request: Prepared,
    context: &SigningContext,
) -> Result<SignedRequest, SignError> {
    check_id("access_key", &credentials.access_key)?;
    check_secret("secret_key", &credentials.secret_key)?;

    remove_header(&mut request.headers, SIGNATURE);
    let timestamp = match remove_header(&mut request.headers, TIMESTAMP) {
        Some((name, value)) => {
            SigningTime::parse_unix_millis(&format!("headers.{name}"), &value)?;
            value
        }
        None => context.time.to_unix_millis_string(),
    };
    if let Some((name, value)) = remove_header(&mut request.headers, ACCESS_KEY) {
        if value != credentials.access_key {
            return Err(SignError::conflict(format!("headers.{name}")));
        }
    }

    // The path and query exactly as sent (the URL parser has already written them in wire
    // form), query parameters in their order.
    let mut uri = request.url.path().to_owned();
    if let Some(query) = request.url.query() {
        uri.push('?');
        uri.push_str(query);
    }
    let string_to_sign = format!(
        "{} {uri}\n{timestamp}\n{}",
        request.method, credentials.access_key
    );
    let signature = base64(&hmac_sha256(
        credentials.secret_key.expose_secret().as_bytes(),
        string_to_sign.as_bytes(),
    ));

    // NAVER's SDK writes its three headers first, then the other `x-ncp-` ones.
    let mut headers: Headers = vec![
        (TIMESTAMP.into(), timestamp),
        (ACCESS_KEY.into(), credentials.access_key.clone()),
        (SIGNATURE.into(), signature.clone()),
    ];
    let (vendor, rest): (Headers, Headers) = std::mem::take(&mut request.headers)
        .into_iter()
        .partition(|(name, _)| starts_with_ignore_case(name, "x-ncp-"));
    headers.extend(vendor);
    headers.extend(rest);
    request.headers = headers;
    Ok(request.finish(None, Some(string_to_sign), Some(signature)))
}

#[cfg(test)]
mod tests {
    use crate::{
        sign, Credentials, Scheme, SignableRequest, SignedRequest, SigningContext, SigningTime,
    };

    fn signed(request: SignableRequest) -> Result<SignedRequest, crate::SignError> {
        sign(
            Scheme::NaverApigwV2,
            &Credentials::naver(
                "NCPTESTACCESSKEY0123",
                "NCPTestSecretKey0123456789abcdefghijklmn",
            ),
            request,
            &SigningContext::new(SigningTime::from_unix_millis(1_735_787_045_123)),
        )
    }

    #[test]
    fn sdk_example_switch_stream() {
        let signed = signed(
            SignableRequest::new(
                "PUT",
                "https://livestation.apigw.ntruss.com/api/v2/channels/ls-20250814123456-zTwK2/switch-stream",
            )
            .with_header("Content-Type", "application/json")
            .with_header("x-ncp-region_code", "KR"),
        )
        .unwrap();
        let signature = "l+8B2LCSGPqTu8F6G/GAki08kQw+1u2j9D2wOiiV6lU=";
        assert_eq!(
            signed.string_to_sign.as_deref(),
            Some("PUT /api/v2/channels/ls-20250814123456-zTwK2/switch-stream\n1735787045123\nNCPTESTACCESSKEY0123")
        );
        assert_eq!(signed.signature.as_deref(), Some(signature));
        assert_eq!(signed.canonical_request, None);
        assert_eq!(
            signed.headers,
            [
                ("x-ncp-apigw-timestamp", "1735787045123"),
                ("x-ncp-iam-access-key", "NCPTESTACCESSKEY0123"),
                ("x-ncp-apigw-signature-v2", signature),
                ("x-ncp-region_code", "KR"),
                ("Content-Type", "application/json"),
            ]
            .map(|(n, v)| (n.to_owned(), v.to_owned()))
        );
    }

    #[test]
    fn the_query_is_signed_as_sent_in_its_order() {
        let signed = signed(SignableRequest::new(
            "GET",
            "https://livestation.apigw.ntruss.com/api/v2/channels?pageNo=1&channelName=a+b%2Fc&z",
        ))
        .unwrap();
        assert!(signed
            .string_to_sign
            .unwrap()
            .starts_with("GET /api/v2/channels?pageNo=1&channelName=a+b%2Fc&z\n"));
        assert_eq!(
            signed.url,
            "https://livestation.apigw.ntruss.com/api/v2/channels?pageNo=1&channelName=a+b%2Fc&z"
        );
    }

    #[test]
    fn resigning_keeps_the_timestamp_and_replaces_the_signature() {
        let first = signed(SignableRequest::new(
            "GET",
            "https://h.example.com/api/v2/x",
        ))
        .unwrap();
        let again = sign(
            Scheme::NaverApigwV2,
            &Credentials::naver(
                "NCPTESTACCESSKEY0123",
                "NCPTestSecretKey0123456789abcdefghijklmn",
            ),
            first.clone().into_signable(),
            &SigningContext::new(SigningTime::from_unix_millis(1)),
        )
        .unwrap();
        assert_eq!(first, again);
    }

    #[test]
    fn another_access_key_on_the_request_is_refused() {
        let error = signed(
            SignableRequest::new("GET", "https://h.example.com/")
                .with_header("X-NCP-IAM-ACCESS-KEY", "SOMEONE-ELSE"),
        )
        .unwrap_err();
        assert_eq!(error.field(), "headers.X-NCP-IAM-ACCESS-KEY");
        let error = signed(
            SignableRequest::new("GET", "https://h.example.com/")
                .with_header("x-ncp-apigw-timestamp", "2025-01-01"),
        )
        .unwrap_err();
        assert_eq!(error.code(), "signing.invalid_timestamp");
    }
}
