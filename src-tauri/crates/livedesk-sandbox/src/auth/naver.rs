//! NAVER Cloud API Gateway signature v2 verification.

use super::hmac_sha256;
use crate::wire::Req;
use base64::Engine;

/// The gateway's tolerance for `x-ncp-apigw-timestamp` against its own clock.
pub(crate) const MAX_SKEW_MS: i64 = 5 * 60 * 1000;

#[derive(Debug, PartialEq, Eq)]
pub(crate) enum AuthError {
    MissingHeader,
    UnknownAccessKey,
    MalformedTimestamp,
    Expired,
    SignatureMismatch,
}

/// `METHOD + " " + URI(?query as sent) + "\n" + timestamp + "\n" + accessKey`.
pub(crate) fn string_to_sign(
    method: &str,
    path_and_query: &str,
    timestamp: &str,
    access_key: &str,
) -> String {
    format!("{method} {path_and_query}\n{timestamp}\n{access_key}")
}

pub(crate) fn signature(secret_key: &str, string_to_sign: &str) -> String {
    base64::engine::general_purpose::STANDARD.encode(hmac_sha256(
        secret_key.as_bytes(),
        string_to_sign.as_bytes(),
    ))
}

/// Returns the access key that signed the request.
pub(crate) fn verify<'k>(
    req: &Req,
    secret_for: impl Fn(&str) -> Option<&'k str>,
) -> Result<String, AuthError> {
    let timestamp = req.header("x-ncp-apigw-timestamp");
    let access_key = req.header("x-ncp-iam-access-key");
    let sent = req.header("x-ncp-apigw-signature-v2");
    let (Some(timestamp), Some(access_key), Some(sent)) = (timestamp, access_key, sent) else {
        return Err(AuthError::MissingHeader);
    };
    let secret = secret_for(access_key).ok_or(AuthError::UnknownAccessKey)?;
    let ts_ms: i64 = timestamp
        .parse()
        .map_err(|_| AuthError::MalformedTimestamp)?;
    if (req.now_ms - ts_ms).abs() > MAX_SKEW_MS {
        return Err(AuthError::Expired);
    }
    let sts = string_to_sign(
        req.method.as_str(),
        &req.path_and_query(),
        timestamp,
        access_key,
    );
    if signature(secret, &sts) == sent {
        Ok(access_key.to_owned())
    } else {
        Err(AuthError::SignatureMismatch)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::auth::examples::{by_id, s};

    #[test]
    fn reproduces_the_switch_stream_example() {
        let ex = by_id("naver-sdk-001");
        let sts = string_to_sign(
            s(&ex, "/inputs/method"),
            s(&ex, "/inputs/path"),
            s(&ex, "/inputs/timestamp"),
            s(&ex, "/inputs/access_key"),
        );
        assert_eq!(sts, s(&ex, "/expected/string_to_sign"));
        assert_eq!(
            signature(s(&ex, "/inputs/secret_key"), &sts),
            s(&ex, "/expected/signature")
        );
    }
}
