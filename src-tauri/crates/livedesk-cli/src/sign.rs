//! The signing conformance harness (issue 3): one JSON object on stdin, the signed request
//! as one JSON object on stdout.
//!
//! Header order matters to the comparison with vendor examples, so headers are read and
//! written as ordered pairs rather than through a map.

use std::fmt;
use std::io::Read;

use livedesk_signing::{
    sign, Credentials, Scheme, SignError, SignableRequest, SignedRequest, SigningContext,
    SigningTime,
};
use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};
use serde_json::Value;

pub fn run() -> Result<(), String> {
    let mut input = String::new();
    std::io::stdin()
        .read_to_string(&mut input)
        .map_err(|e| format!("stdin: could not read a UTF-8 JSON object ({e})"))?;
    let output = sign_json(&input)?;
    println!("{output}");
    Ok(())
}

/// Stdin text in, stdout text out; every error is one line naming the field at fault.
fn sign_json(input: &str) -> Result<String, String> {
    let input: Input =
        serde_json::from_str(input).map_err(|e| format!("input: not a valid request ({e})"))?;
    let scheme: Scheme = text(input.scheme.clone(), "scheme")?
        .unwrap_or_default()
        .parse()
        .map_err(|e: SignError| e.to_string())?;
    let credentials = credentials(scheme, &input)?;
    let context = context(scheme, input.timestamp, input.nonce)?;
    let mut headers = Vec::with_capacity(input.headers.0.len());
    for (name, value) in input.headers.0 {
        match value {
            Value::String(value) => headers.push((name, value)),
            _ => return Err(format!("headers.{name}: must be a string")),
        }
    }
    let request = SignableRequest {
        method: text(input.method, "method")?.unwrap_or_default(),
        url: text(input.url, "url")?.unwrap_or_default(),
        headers,
        body: text(input.body, "body")?.map(String::into_bytes),
    };
    let signed = sign(scheme, &credentials, request, &context).map_err(|e| e.to_string())?;
    serde_json::to_string(&Output::from(&signed)).map_err(|e| format!("output: {e}"))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Input {
    scheme: Option<Value>,
    access_key: Option<Value>,
    secret_key: Option<Value>,
    security_token: Option<Value>,
    project_id: Option<Value>,
    api_token: Option<Value>,
    org_id: Option<Value>,
    method: Option<Value>,
    url: Option<Value>,
    #[serde(default)]
    headers: OrderedObject,
    body: Option<Value>,
    timestamp: Option<Value>,
    nonce: Option<Value>,
}

/// A string, or nothing for `null` and absent fields.
fn text(value: Option<Value>, field: &str) -> Result<Option<String>, String> {
    match value {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s)),
        Some(_) => Err(format!("{field}: must be a string or null")),
    }
}

/// An optional credential: absent, `null` and `""` all mean "none".
fn optional(value: &Option<Value>, field: &str) -> Result<Option<String>, String> {
    Ok(text(value.clone(), field)?.filter(|s| !s.is_empty()))
}

/// Required credentials left out reach the signer as empty, which names them as missing.
fn required(value: &Option<Value>, field: &str) -> Result<String, String> {
    Ok(text(value.clone(), field)?.unwrap_or_default())
}

fn credentials(scheme: Scheme, fields: &Input) -> Result<Credentials, String> {
    let access_key = || required(&fields.access_key, "access_key");
    let secret_key = || required(&fields.secret_key, "secret_key");
    let token = optional(&fields.security_token, "security_token")?;
    let mut credentials = match scheme {
        Scheme::HuaweiSdkHmacSha256 => {
            let credentials = Credentials::huawei(access_key()?, secret_key()?);
            match optional(&fields.project_id, "project_id")? {
                Some(project_id) => credentials.with_project_id(project_id),
                None => credentials,
            }
        }
        Scheme::NaverApigwV2 => Credentials::naver(access_key()?, secret_key()?),
        Scheme::AlibabaRpcHmacSha1 | Scheme::AlibabaAcs3HmacSha256 => {
            Credentials::alibaba(access_key()?, secret_key()?)
        }
        Scheme::BlendVisionBearer => Credentials::blendvision(
            required(&fields.api_token, "api_token")?,
            required(&fields.org_id, "org_id")?,
        ),
    };
    if let Some(token) = token {
        credentials = credentials.with_security_token(token);
    }
    Ok(credentials)
}

fn context(
    scheme: Scheme,
    timestamp: Option<Value>,
    nonce: Option<Value>,
) -> Result<SigningContext, String> {
    let timestamp = text(timestamp, "timestamp")?;
    let time = match (scheme.timestamp_format(), timestamp) {
        // BlendVision signs no time; whatever is given is not used.
        (None, _) => SigningTime::UNIX_EPOCH,
        (Some(_), None) => return Err("timestamp: missing".into()),
        (Some(_), Some(t)) => scheme.parse_timestamp(&t).map_err(|e| e.to_string())?,
    };
    let context = SigningContext::new(time);
    Ok(match text(nonce, "nonce")? {
        Some(nonce) => context.with_nonce(nonce),
        None => context,
    })
}

#[derive(Serialize)]
struct Output<'a> {
    method: &'a str,
    url: &'a str,
    headers: OrderedHeaders<'a>,
    body: Option<String>,
    canonical_request: Option<&'a str>,
    string_to_sign: Option<&'a str>,
    signature: Option<&'a str>,
}

impl<'a> From<&'a SignedRequest> for Output<'a> {
    fn from(signed: &'a SignedRequest) -> Self {
        Output {
            method: &signed.method,
            url: &signed.url,
            headers: OrderedHeaders(&signed.headers),
            // The body came in as a string and the signers never change it.
            body: signed
                .body
                .as_deref()
                .map(|b| String::from_utf8_lossy(b).into_owned()),
            canonical_request: signed.canonical_request.as_deref(),
            string_to_sign: signed.string_to_sign.as_deref(),
            signature: signed.signature.as_deref(),
        }
    }
}

struct OrderedHeaders<'a>(&'a [(String, String)]);

impl Serialize for OrderedHeaders<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (name, value) in self.0 {
            map.serialize_entry(name, value)?;
        }
        map.end()
    }
}

/// A JSON object's members in document order (`serde_json::Map` sorts them by default).
#[derive(Default)]
struct OrderedObject(Vec<(String, Value)>);

impl<'de> Deserialize<'de> for OrderedObject {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Members;
        impl<'de> Visitor<'de> for Members {
            type Value = OrderedObject;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("`headers` as an object of names to string values, or null")
            }
            fn visit_unit<E: de::Error>(self) -> Result<OrderedObject, E> {
                Ok(OrderedObject::default())
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<OrderedObject, A::Error> {
                let mut members = Vec::new();
                while let Some(member) = map.next_entry()? {
                    members.push(member);
                }
                Ok(OrderedObject(members))
            }
        }
        deserializer.deserialize_any(Members)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_keep_their_order_both_ways() {
        let out = sign_json(
            r#"{"scheme":"blendvision-bearer","api_token":"t","org_id":"o","method":"GET",
                "url":"https://h.example.com/","headers":{"Z-Last":"1","A-First":"2"}}"#,
        )
        .unwrap();
        assert!(out.contains(r#""headers":{"Authorization":"Bearer t","x-bv-org-id":"o","Z-Last":"1","A-First":"2"}"#), "{out}");
    }

    #[test]
    fn errors_name_the_field() {
        let field_of = |input: &str| sign_json(input).unwrap_err();
        assert!(field_of("[]").starts_with("input:"));
        assert!(field_of(r#"{"scheme":"x"}"#).starts_with("scheme:"));
        assert!(field_of(r#"{"scheme":5}"#).starts_with("scheme:"));
        assert!(field_of(r#"{"scheme":"naver-apigw-v2"}"#).starts_with("timestamp:"));
        assert!(
            field_of(r#"{"scheme":"naver-apigw-v2","headers":{"A":1},"timestamp":"1"}"#)
                .starts_with("headers.A:")
        );
        assert!(field_of(r#"{"scheme":"naver-apigw-v2","colour":"red"}"#).contains("colour"));
    }
}
