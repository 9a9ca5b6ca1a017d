//! The five signing schemes on any request: URL and query parsing, canonicalization, header
//! handling. Besides "no panic": signing is a function of the request, the keys and the
//! context (the same inputs sign the same way twice).
//!
//! Input: `<scheme> <METHOD> <url>` on the first line (scheme as in `livedesk-cli sign`, e.g.
//! `huawei-sdk-hmac-sha256`), header lines, blank line, body.
#![no_main]

use libfuzzer_sys::fuzz_target;
use livedesk_fuzz::Message;
use livedesk_signing::{sign, Credentials, Scheme, SignableRequest, SigningContext, SigningTime};

fn credentials(scheme: Scheme) -> Credentials {
    match scheme {
        Scheme::HuaweiSdkHmacSha256 => Credentials::huawei("HWAKFUZZ0001", "hw-fuzz-secret")
            .with_project_id("p1")
            .with_security_token("hw-fuzz-token"),
        Scheme::NaverApigwV2 => Credentials::naver("NCPAKFUZZ0001", "ncp-fuzz-secret"),
        Scheme::AlibabaRpcHmacSha1 | Scheme::AlibabaAcs3HmacSha256 => {
            Credentials::alibaba("LTAIFUZZ0001", "ali-fuzz-secret")
                .with_security_token("ali-fuzz-token")
        }
        Scheme::BlendVisionBearer => Credentials::blendvision("bv-fuzz-token", "org-1"),
    }
}

fuzz_target!(|data: &[u8]| {
    let message = Message::parse(data);
    let words = message.words();
    let (Some(scheme), Some(method), Some(url)) = (words.first(), words.get(1), words.get(2))
    else {
        return;
    };
    let scheme = Scheme::ALL
        .into_iter()
        .find(|s| s.as_str() == *scheme)
        .unwrap_or(Scheme::ALL[scheme.len() % Scheme::ALL.len()]);
    let mut request = SignableRequest::new(*method, *url);
    for (name, value) in &message.headers {
        request = request.with_header(name.clone(), value.clone());
    }
    if !message.body.is_empty() {
        request = request.with_body(message.body.to_vec());
    }
    let context = SigningContext::new(SigningTime::from_unix_millis(1_796_342_400_000))
        .with_nonce("fuzz-nonce-0001");
    let credentials = credentials(scheme);
    let first = sign(scheme, &credentials, request.clone(), &context);
    let second = sign(scheme, &credentials, request, &context);
    match (first, second) {
        (Ok(a), Ok(b)) => assert!(a == b, "signing twice differs"),
        (Err(a), Err(b)) => assert_eq!(a.to_string(), b.to_string()),
        _ => panic!("signing twice: once accepted, once refused"),
    }
});
