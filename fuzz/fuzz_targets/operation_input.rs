//! A filled form for any operation: validation and request building (`prepare_call`, which
//! runs the operations' `prepare`). The rule checked besides "no panic": every refused input
//! names its field, as in `livedesk-core/tests/fuzz_inputs.rs`.
//! Input: `<operation id>` on the first line, then a blank line, then the form's JSON.
#![no_main]

use libfuzzer_sys::fuzz_target;
use livedesk_core::api::Vendor;
use livedesk_core::calls::{operations, prepare_call, review, OperationSummary};
use livedesk_fuzz::Message;
use livedesk_http::{Target, Vendor as HttpVendor};
use livedesk_signing::{Credentials, Scheme};
use serde_json::Value;

fn target(vendor: Vendor) -> Target {
    let (vendor, scheme, credentials, project_id, region) = match vendor {
        Vendor::Huawei => (
            HttpVendor::Huawei,
            Scheme::HuaweiSdkHmacSha256,
            Credentials::huawei("AK", "SK").with_project_id("p1"),
            Some("p1".into()),
            None,
        ),
        Vendor::Naver => (
            HttpVendor::Naver,
            Scheme::NaverApigwV2,
            Credentials::naver("AK", "SK"),
            None,
            Some("KR".into()),
        ),
        Vendor::BlendVision => (
            HttpVendor::BlendVision,
            Scheme::BlendVisionBearer,
            Credentials::blendvision("token", "org"),
            None,
            None,
        ),
        Vendor::Alibaba => (
            HttpVendor::Alibaba,
            Scheme::AlibabaAcs3HmacSha256,
            Credentials::alibaba("AK", "SK"),
            None,
            Some("cn-shanghai".into()),
        ),
    };
    Target {
        vendor,
        endpoint: "http://127.0.0.1:9".into(),
        scheme,
        credentials,
        project_id,
        region,
        huawei_domain: None,
    }
}

fn pick<'a>(ops: &'a [OperationSummary], name: &str) -> &'a OperationSummary {
    ops.iter()
        .find(|op| op.id == name)
        .unwrap_or(&ops[name.len() % ops.len()])
}

fuzz_target!(|data: &[u8]| {
    thread_local! {
        static OPS: Vec<OperationSummary> = operations();
    }
    let message = Message::parse(data);
    let Ok(input) = serde_json::from_slice::<Value>(message.body) else {
        return;
    };
    OPS.with(|ops| {
        let op = pick(ops, &message.first_line);
        match prepare_call(&op.id, &input, &target(op.vendor)) {
            // Review and "copy as curl" are built from what passed.
            Ok(call) => drop(review(&call)),
            Err(e) => {
                assert!(!e.message.is_empty());
                if e.code == "input.invalid" {
                    let named = e.field.is_some()
                        || e.problems
                            .as_ref()
                            .is_some_and(|p| p.iter().all(|p| !p.field.is_empty()));
                    assert!(named, "{}: a rejection without a field: {e:?}", op.id);
                }
            }
        }
    });
});
