//! Requests shaped like Livedesk's real calls, one per scheme, with a fixed time and nonce:
//! what the signing benchmarks (`cargo bench`, `livedesk-bench`) time.

use crate::{Credentials, Scheme, SignableRequest, SigningContext, SigningTime};

/// A fixed moment and nonce, so every run signs exactly the same bytes.
pub fn typical_context() -> SigningContext {
    SigningContext::new(SigningTime::from_unix_millis(1_735_787_045_123))
        .with_nonce("3156853299f313e23d1673dc12e1703d")
}

/// One typical request per scheme, with the credentials it is signed with.
pub fn typical_requests() -> Vec<(Scheme, Credentials, SignableRequest)> {
    let json = r#"{"live":{"name":"Friday stream ✨","description":"Live from the studio"}}"#;
    vec![
        (
            Scheme::HuaweiSdkHmacSha256,
            Credentials::huawei("QTWAOYTTINDUT2QVKYUC", "MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc")
                .with_project_id("77b6a44cba5143ab91d13ab9a8ff44fd"),
            SignableRequest::new(
                "PUT",
                "https://live.cn-north-4.myhuaweicloud.com/v1/77b6a44cba5143ab91d13ab9a8ff44fd/stream/config?domain=play.example.com&app_name=live",
            )
            .with_header("Content-Type", "application/json; charset=utf-8")
            .with_body(json),
        ),
        (
            Scheme::NaverApigwV2,
            Credentials::naver("NCPTESTACCESSKEY0123", "NCPTestSecretKey0123456789abcdefghijklmn"),
            SignableRequest::new(
                "PUT",
                "https://livestation.apigw.ntruss.com/api/v2/channels/ls-20250814123456-zTwK2/switch-stream",
            )
            .with_header("x-ncp-region_code", "KR")
            .with_header("Content-Type", "application/json")
            .with_body(json),
        ),
        (
            Scheme::AlibabaRpcHmacSha1,
            Credentials::alibaba("testid", "testsecret"),
            SignableRequest::new(
                "POST",
                "https://live.aliyuncs.com/?Action=SetCasterConfig&Version=2016-11-01&CasterId=a2b8e671-2fe5-4642-a2ec-bf93880e1697&CasterName=Friday%20stream",
            ),
        ),
        (
            Scheme::AlibabaAcs3HmacSha256,
            Credentials::alibaba("YourAccessKeyId", "YourAccessKeySecret"),
            SignableRequest::new(
                "POST",
                "https://live.aliyuncs.com/?CasterId=a2b8e671-2fe5-4642-a2ec-bf93880e1697&CasterName=Friday%20stream",
            )
            .with_header("x-acs-action", "SetCasterConfig")
            .with_header("x-acs-version", "2016-11-01"),
        ),
        (
            Scheme::BlendVisionBearer,
            Credentials::blendvision("bv-api-token-EXAMPLE.eyJhbGciOi", "04212e7d-16ab-4996-bc3a-cf88719cd867"),
            SignableRequest::new(
                "PUT",
                "https://api.one.blendvision.com/bv/cms/v1/lives/3c1e5a8e-2b51-4f2e-9a0a-7d1d2f0e9b11",
            )
            .with_body(json),
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_scheme_has_one_typical_request_that_signs() {
        let requests = typical_requests();
        assert_eq!(requests.len(), 5);
        for (scheme, credentials, request) in requests {
            assert!(
                crate::sign(scheme, &credentials, request, &typical_context()).is_ok(),
                "{scheme:?}"
            );
        }
    }
}
