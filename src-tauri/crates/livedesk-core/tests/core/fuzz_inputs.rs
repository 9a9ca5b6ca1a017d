//! Arbitrary JSON into every operation's entry point: no panic, and every rejection of the
//! input names a field (issue 8). Bounded so it runs in seconds in CI.

use livedesk_core::calls::{operations, prepare_call};
use livedesk_http::{Target, Vendor as HttpVendor};
use livedesk_signing::{Credentials, Scheme};
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use serde_json::{Map, Value};

fn target(vendor: livedesk_core::api::Vendor) -> Target {
    use livedesk_core::api::Vendor::*;
    let (vendor, scheme, credentials, project_id, region) = match vendor {
        Huawei => (
            HttpVendor::Huawei,
            Scheme::HuaweiSdkHmacSha256,
            Credentials::huawei("AK", "SK").with_project_id("p1"),
            Some("p1".into()),
            None,
        ),
        Naver => (
            HttpVendor::Naver,
            Scheme::NaverApigwV2,
            Credentials::naver("AK", "SK"),
            None,
            Some("KR".into()),
        ),
        BlendVision => (
            HttpVendor::BlendVision,
            Scheme::BlendVisionBearer,
            Credentials::blendvision("token", "org"),
            None,
            None,
        ),
        Alibaba => (
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

fn json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(Value::from),
        ".{0,12}".prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec(("[a-zA-Z_]{1,12}", inner), 0..6)
                .prop_map(|kv| Value::Object(kv.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

/// Objects that use the operations' own field names, so validation goes deep.
fn shaped(names: Vec<String>) -> impl Strategy<Value = Value> {
    prop::collection::vec((prop::sample::select(names), json()), 0..8)
        .prop_map(|kv| Value::Object(kv.into_iter().collect::<Map<_, _>>()))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, .. ProptestConfig::default() })]

    #[test]
    fn arbitrary_input_is_refused_by_name_or_built(input in json(), pick in any::<prop::sample::Index>()) {
        let ops = operations();
        let op = &ops[pick.index(ops.len())];
        check(op, &input);
    }

    #[test]
    fn inputs_with_real_field_names_are_refused_by_name_or_built(pick in any::<prop::sample::Index>(), seed in any::<u64>()) {
        let ops = operations();
        let op = &ops[pick.index(ops.len())];
        let names: Vec<String> = op.schema.to_json()["properties"].as_object().map(|p| p.keys().cloned().collect()).unwrap_or_default();
        if names.is_empty() { return Ok(()); }
        let mut runner = proptest::test_runner::TestRunner::new_with_rng(
            ProptestConfig::default(),
            proptest::test_runner::TestRng::from_seed(proptest::test_runner::RngAlgorithm::ChaCha, &seed.to_le_bytes().repeat(4)),
        );
        let input = shaped(names).new_tree(&mut runner).unwrap().current();
        check(op, &input);
    }
}

fn check(op: &livedesk_core::calls::OperationSummary, input: &Value) {
    match prepare_call(&op.id, input, &target(op.vendor)) {
        Ok(_) => {}
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
}

fn body() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        prop::collection::vec(any::<u8>(), 0..256),
        json().prop_map(|v| v.to_string().into_bytes()),
        // Vendor-shaped error bodies with arbitrary values.
        (json(), json(), json()).prop_map(|(a, b, c)| {
            serde_json::json!({"error_code": a, "error_msg": b, "Code": c, "Message": a, "code": b, "message": c,
                               "details": [a], "error": {"errorCode": b, "message": c}, "RequestId": a})
                .to_string()
                .into_bytes()
        }),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, .. ProptestConfig::default() })]

    /// Whatever a vendor (or something pretending to be one) answers, it is explained without
    /// a panic, and the explanation is never empty.
    #[test]
    fn any_error_answer_is_explained(bytes in body(), status in 400u16..600, v in 0usize..4, skew in proptest::option::of(-100_000i64..100_000)) {
        let vendor = HttpVendor::ALL[v];
        let error = livedesk_http::VendorError::from_response(vendor, status, &livedesk_http::HeaderMap::new(), &bytes, skew);
        prop_assert!(!error.explanation.is_empty());
        prop_assert!(!error.hint.is_empty());
    }
}
