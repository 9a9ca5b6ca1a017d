//! Requests to the sandbox: its request parsing, each vendor's signature and token checks, and
//! the handlers behind them, without a socket (`livedesk_sandbox::fuzzing::handle`).
//!
//! Input: an HTTP request, `<METHOD> <path?query>`, header lines, blank line, body. When the
//! method is prefixed with `!` (`!POST /...`), the request is first signed by the app's own
//! signer with the sandbox's test keys, so that the fuzzer also reaches what lies past the
//! signature checks.
#![no_main]

use libfuzzer_sys::fuzz_target;
use livedesk_fuzz::Message;
use livedesk_sandbox::{self as sandbox, fuzzing, Vendor};
use livedesk_signing::{sign, Credentials, Scheme, SignableRequest, SigningContext, SigningTime};

/// 2026-12-04T00:00:00Z: the time of the request, as the signer and the sandbox see it.
const NOW_MS: i64 = 1_796_342_400_000;

fn signer(path: &str, headers: &[(String, String)]) -> Option<(Scheme, Credentials)> {
    let alibaba = || {
        Credentials::alibaba(
            sandbox::ALIBABA_ACCESS_KEY_ID,
            sandbox::ALIBABA_ACCESS_KEY_SECRET,
        )
    };
    Some(match Vendor::for_path(path)? {
        Vendor::Huawei => (
            Scheme::HuaweiSdkHmacSha256,
            Credentials::huawei(sandbox::HUAWEI_ACCESS_KEY, sandbox::HUAWEI_SECRET_KEY)
                .with_project_id(sandbox::HUAWEI_PROJECT_ID),
        ),
        Vendor::Naver => (
            Scheme::NaverApigwV2,
            Credentials::naver(sandbox::NAVER_ACCESS_KEY, sandbox::NAVER_SECRET_KEY),
        ),
        Vendor::BlendVision => (
            Scheme::BlendVisionBearer,
            Credentials::blendvision(sandbox::BLENDVISION_API_TOKEN, sandbox::BLENDVISION_ORG_ID),
        ),
        Vendor::Alibaba
            if headers
                .iter()
                .any(|(n, _)| n.eq_ignore_ascii_case("x-acs-action")) =>
        {
            (Scheme::AlibabaAcs3HmacSha256, alibaba())
        }
        Vendor::Alibaba => (Scheme::AlibabaRpcHmacSha1, alibaba()),
    })
}

/// The request as the app's signer would send it: (method, path?query, headers, body).
fn signed(
    method: &str,
    target: &str,
    headers: &[(String, String)],
    body: &[u8],
) -> Option<(String, String, Vec<(String, String)>, Vec<u8>)> {
    let path = target.split('?').next().unwrap_or_default();
    let (scheme, credentials) = signer(path, headers)?;
    let mut request = SignableRequest::new(method, format!("http://127.0.0.1:9{target}"))
        .with_body(body.to_vec());
    for (name, value) in headers {
        request = request.with_header(name.clone(), value.clone());
    }
    let context = SigningContext::new(SigningTime::from_unix_millis(NOW_MS as u64))
        .with_nonce("fuzz-nonce-0001");
    let signed = sign(scheme, &credentials, request, &context).ok()?;
    let url = http::Uri::try_from(signed.url.as_str()).ok()?;
    let target = url.path_and_query().map(|p| p.as_str().to_owned())?;
    Some((
        signed.method,
        target,
        signed.headers,
        signed.body.unwrap_or_default(),
    ))
}

fuzz_target!(|data: &[u8]| {
    let message = Message::parse(data);
    let words = message.words();
    let (Some(method), Some(target)) = (words.first(), words.get(1)) else {
        return;
    };
    if let Some(method) = method.strip_prefix('!') {
        if let Some((method, target, headers, body)) =
            signed(method, target, &message.headers, message.body)
        {
            fuzzing::handle(&method, &target, &headers, &body, NOW_MS);
        }
    } else {
        fuzzing::handle(method, target, &message.headers, message.body, NOW_MS);
    }
});
