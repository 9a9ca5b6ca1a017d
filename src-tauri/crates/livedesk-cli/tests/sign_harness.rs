//! `livedesk-cli sign`, run as a process: every signing example in
//! `tests/fixtures/signing-examples.json` (at the repository's root) must come out byte for byte, header order
//! included, and bad input must fail with one line naming the field (never a panic).
//!
//! The examples file is not optional: without it this test fails, it does not skip.

mod common;

use std::process::Output;

use common::{livedesk_cli, run_with_stdin};

use serde::de::{Deserializer, MapAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

const EXAMPLES: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../../tests/fixtures/signing-examples.json"
);

/// The examples file spells schemes its own way; the harness takes the names.
/// `None`: an example of something other than signing (error bodies), checked elsewhere.
fn harness_scheme(example_scheme: &str) -> Option<&'static str> {
    match example_scheme {
        "huawei-SDK-HMAC-SHA256" => Some("huawei-sdk-hmac-sha256"),
        "naver-apigw-signature-v2" => Some("naver-apigw-v2"),
        "alibaba-RPC-HMAC-SHA1" => Some("alibaba-rpc-hmac-sha1"),
        "alibaba-ACS3-HMAC-SHA256" => Some("alibaba-acs3-hmac-sha256"),
        "blendvision-bearer-token" => Some("blendvision-bearer"),
        "blendvision-error-body" => None,
        other => panic!("signing-examples.json has a scheme this test does not know: {other:?}"),
    }
}

/// A JSON object's members in document order (serde_json's own map sorts them).
#[derive(Debug, Default, Clone, PartialEq)]
struct Ordered(Vec<(String, Value)>);

impl<'de> Deserialize<'de> for Ordered {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Members;
        impl<'de> Visitor<'de> for Members {
            type Value = Ordered;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Ordered, A::Error> {
                let mut members = Vec::new();
                while let Some(member) = map.next_entry()? {
                    members.push(member);
                }
                Ok(Ordered(members))
            }
        }
        deserializer.deserialize_map(Members)
    }
}

impl Serialize for Ordered {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (name, value) in &self.0 {
            map.serialize_entry(name, value)?;
        }
        map.end()
    }
}

impl Ordered {
    fn get(&self, name: &str) -> Option<&Value> {
        self.0.iter().find(|(n, _)| n == name).map(|(_, v)| v)
    }
}

/// Just the header objects of an example, in order; everything else is read as `Value`.
#[derive(Deserialize)]
struct ExampleHeaders {
    inputs: WithHeaders,
    expected: WithHeaders,
}

#[derive(Deserialize)]
struct WithHeaders {
    headers: Option<Ordered>,
}

fn run_harness(stdin: &str) -> Output {
    let mut command = livedesk_cli();
    command.arg("sign");
    run_with_stdin(command, stdin)
}

/// RFC 3986 encoding, for building the URL of an example that lists its query separately.
fn encode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

fn str_of<'a>(value: &'a Value, what: &str) -> &'a str {
    value
        .as_str()
        .unwrap_or_else(|| panic!("{what} is not a string: {value}"))
}

/// Builds the harness input from an example's inputs.
fn harness_input(scheme: &str, inputs: &Value, headers: Ordered) -> String {
    let mut url = str_of(&inputs["url"], "inputs.url").to_owned();
    // One example (Alibaba V3) lists its query parameters beside a URL that has none.
    let query = inputs["query"].as_array().cloned().unwrap_or_default();
    if !url.contains('?') && !query.is_empty() {
        let pairs: Vec<String> = query
            .iter()
            .map(|pair| {
                let key = str_of(&pair[0], "query key");
                let value = str_of(&pair[1], "query value");
                format!("{}={}", encode(key), encode(value))
            })
            .collect();
        url = format!("{url}?{}", pairs.join("&"));
    }
    let field = |name: &str| inputs.get(name).cloned().unwrap_or(Value::Null);
    #[derive(Serialize)]
    struct Input {
        scheme: String,
        access_key: Value,
        secret_key: Value,
        security_token: Value,
        project_id: Value,
        api_token: Value,
        org_id: Value,
        method: Value,
        url: String,
        headers: Ordered,
        body: Value,
        timestamp: Value,
        nonce: Value,
    }
    serde_json::to_string(&Input {
        scheme: scheme.to_owned(),
        access_key: field("access_key"),
        secret_key: field("secret_key"),
        security_token: field("security_token"),
        project_id: field("project_id"),
        api_token: field("api_token"),
        org_id: field("org_id"),
        method: field("method"),
        url,
        headers,
        body: field("body"),
        timestamp: field("timestamp"),
        nonce: field("nonce"),
    })
    .unwrap()
}

/// Checks one example; returns what did not match.
fn check_example(example: &Value, headers: ExampleHeaders, scheme: &str) -> Vec<String> {
    let id = example["id"].as_str().unwrap_or("?");
    let inputs = &example["inputs"];
    let expected = &example["expected"];
    let stdin = harness_input(scheme, inputs, headers.inputs.headers.unwrap_or_default());
    let output = run_harness(&stdin);
    let stderr = String::from_utf8_lossy(&output.stderr);
    if !output.status.success() {
        return vec![format!("{id}: exited {:?}: {stderr}", output.status.code())];
    }
    let stdout = String::from_utf8(output.stdout).expect("stdout is UTF-8");
    assert_eq!(
        stdout.lines().count(),
        1,
        "{id}: one JSON object on one line"
    );
    let out: Value = serde_json::from_str(&stdout).expect("stdout is JSON");
    let out_headers = serde_json::from_str::<WithHeaders>(&stdout)
        .unwrap()
        .headers
        .expect("output has headers");
    let out_str = |name: &str| out[name].as_str().map(str::to_owned);
    let authorization = out_headers
        .get("Authorization")
        .and_then(Value::as_str)
        .map(str::to_owned);

    let mut failures = Vec::new();
    let mut unchecked = Vec::new();
    let mut same = |what: &str, got: Option<String>, want: &str| {
        if got.as_deref() != Some(want) {
            failures.push(format!("{id}: {what}\n   got: {got:?}\n  want: {want:?}"));
        }
    };
    // Always: the request itself is passed through.
    same(
        "method",
        out_str("method"),
        str_of(&inputs["method"], "inputs.method"),
    );
    if out["body"] != inputs["body"] {
        same(
            "body",
            Some(out["body"].to_string()),
            &inputs["body"].to_string(),
        );
    }
    let url = out_str("url").unwrap_or_default();
    let after_host = url.splitn(4, '/').nth(3).map(|rest| format!("/{rest}"));
    let query = url.split_once('?').map(|(_, q)| q.to_owned());

    for (key, want) in expected.as_object().expect("expected is an object") {
        let want_str = || str_of(want, key).to_owned();
        match key.as_str() {
            "headers" => {
                let want = headers.expected.headers.clone().unwrap_or_default();
                if out_headers != want {
                    same(
                        "headers (names, values and order)",
                        Some(serde_json::to_string(&out_headers).unwrap()),
                        &serde_json::to_string(&want).unwrap(),
                    );
                }
            }
            "method" | "url" | "canonical_request" | "string_to_sign" | "signature" => {
                same(key, out_str(key), &want_str())
            }
            "authorization" => same(key, authorization.clone(), &want_str()),
            "canonical_query_string" => same(key, out_str("canonical_request"), &want_str()),
            "request_uri" => same(key, after_host.clone(), &want_str()),
            "wire_query_string_example" => same(key, query.clone(), &want_str()),
            "hashed_payload" => same(
                key,
                out_str("canonical_request").and_then(|c| c.rsplit('\n').next().map(Into::into)),
                &want_str(),
            ),
            "signed_headers" => {
                let marker = format!("SignedHeaders={},", want_str());
                let found = authorization
                    .as_deref()
                    .is_some_and(|a| a.contains(&marker));
                same(key, Some(found.to_string()), "true");
            }
            "query_params" => {
                for (name, value) in want.as_object().unwrap() {
                    let pair = format!("{}={}", encode(name), encode(str_of(value, name)));
                    let found = query
                        .as_deref()
                        .is_some_and(|q| q.split('&').any(|p| p == pair));
                    same(
                        &format!("query has {pair}"),
                        Some(found.to_string()),
                        "true",
                    );
                }
            }
            // Not on the wire; it is what the signature above was made with.
            "signing_key" => {
                let secret = str_of(&inputs["secret_key"], "secret_key");
                same(key, Some(format!("{secret}&")), &want_str());
            }
            other => unchecked.push(format!(
                "{id}: expected.{other} is not checked by this test"
            )),
        }
    }
    failures.extend(unchecked);
    failures
}

#[test]
fn every_signing_example_is_reproduced_byte_for_byte() {
    let text = std::fs::read_to_string(EXAMPLES).unwrap_or_else(|e| {
        panic!("the signing examples must be at {EXAMPLES} (the repository's tests/fixtures/): {e}")
    });
    let examples: Vec<Value> = serde_json::from_str(&text).expect("examples are JSON");
    let headers: Vec<ExampleHeaders> = serde_json::from_str(&text).expect("examples are JSON");
    let mut failures = Vec::new();
    let mut schemes_seen = Vec::new();
    for (example, headers) in examples.iter().zip(headers) {
        let Some(scheme) = harness_scheme(str_of(&example["scheme"], "scheme")) else {
            continue;
        };
        schemes_seen.push(scheme);
        failures.extend(check_example(example, headers, scheme));
    }
    for scheme in [
        "huawei-sdk-hmac-sha256",
        "naver-apigw-v2",
        "alibaba-rpc-hmac-sha1",
        "alibaba-acs3-hmac-sha256",
        "blendvision-bearer",
    ] {
        assert!(schemes_seen.contains(&scheme), "no example for {scheme}");
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

/// Runs the harness on bad input: it must exit 1 (not a panic's 101), print nothing on
/// stdout, and one line on stderr that names `field` and shows no secret.
fn refuses(input: Value, field: &str) {
    let output = run_harness(&input.to_string());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{input}: {stderr}");
    assert!(output.stdout.is_empty(), "{input}");
    assert_eq!(stderr.trim_end().lines().count(), 1, "{stderr}");
    assert!(stderr.contains(field), "{field} not named in: {stderr}");
    assert!(
        !stderr.contains("SECRET") && !stderr.contains("panicked"),
        "{stderr}"
    );
}

fn huawei_input() -> Value {
    json!({
        "scheme": "huawei-sdk-hmac-sha256",
        "access_key": "AK", "secret_key": "SECRET-SK", "security_token": null, "project_id": null,
        "api_token": null, "org_id": null,
        "method": "GET", "url": "https://h.example.com/v1/x?limit=2",
        "headers": {"Content-Type": "application/json"},
        "body": null, "timestamp": "20191115T033655Z", "nonce": null
    })
}

#[test]
fn a_good_input_succeeds_so_the_refusals_below_mean_something() {
    let output = run_harness(&huawei_input().to_string());
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let out: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(out["url"], "https://h.example.com/v1/x?limit=2");
    assert_eq!(out["body"], Value::Null);
}

#[test]
fn unknown_scheme_is_refused() {
    let mut input = huawei_input();
    input["scheme"] = json!("aws-sigv4");
    refuses(input, "scheme");
    let mut input = huawei_input();
    input["scheme"] = json!("huawei-SDK-HMAC-SHA256");
    refuses(input, "scheme");
}

#[test]
fn missing_keys_are_refused() {
    for field in ["access_key", "secret_key"] {
        let mut input = huawei_input();
        input[field] = Value::Null;
        refuses(input.clone(), field);
        input.as_object_mut().unwrap().remove(field);
        refuses(input, field);
    }
    refuses(
        json!({"scheme": "blendvision-bearer", "org_id": "o", "method": "GET",
               "url": "https://h.example.com/"}),
        "api_token",
    );
    let mut input = huawei_input();
    input["scheme"] = json!("alibaba-rpc-hmac-sha1");
    input["url"] = json!("https://h.example.com/?Action=A&Version=V");
    input["timestamp"] = json!("2023-03-13T08:34:30Z");
    refuses(input, "nonce");
}

#[test]
fn bad_timestamps_are_refused() {
    for timestamp in [
        json!("2019-11-15T03:36:55Z"),
        json!("20191315T033655Z"),
        json!(5),
        Value::Null,
    ] {
        let mut input = huawei_input();
        input["timestamp"] = timestamp;
        refuses(input, "timestamp");
    }
    let mut input = huawei_input();
    input["scheme"] = json!("naver-apigw-v2");
    input["timestamp"] = json!("1735787045.123\nx");
    refuses(input, "timestamp");
}

#[test]
fn malformed_urls_are_refused() {
    for url in [
        "",
        "/v1/x",
        "https://",
        "ftp://h.example.com/",
        "https://u:SECRET@h.example.com/",
        "https://h:70000/",
    ] {
        let mut input = huawei_input();
        input["url"] = json!(url);
        refuses(input, "url");
    }
}

#[test]
fn other_bad_input_is_refused_by_field() {
    let mut input = huawei_input();
    input["headers"] = json!({"X-Token": "SECRET\r\nInjected: yes"});
    refuses(input, "headers.X-Token");
    let mut input = huawei_input();
    input["method"] = json!("GET /");
    refuses(input, "method");
    let mut input = huawei_input();
    input["body"] = json!({"not": "a string"});
    refuses(input, "body");
    let mut input = huawei_input();
    input["colour"] = json!("red");
    refuses(input, "colour");
    let output = run_harness("not json");
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("input"));
}
