//! Alibaba Cloud RPC signature, SignatureVersion 1.0 (HMAC-SHA1).

use livedesk_secrets::ExposeSecret;

use crate::added::{Addition, Made};
use crate::canonical::sorted_query;
use crate::credentials::{check_id, check_optional_sent_secret, check_secret};
use crate::crypto::{base64, hmac_sha1};
use crate::encoding::{encode_into, parse_query, Param};
use crate::request::{starts_with_ignore_case, Prepared};
use crate::{AlibabaCredentials, SignError, SignedRequest, SigningContext};

/// What signing adds to the query, in the order the parameters are documented.
pub(crate) const ADDS: &[Addition] = &[
    Addition::query(
        "AccessKeyId",
        Made::AccessKey,
        "ALIBABA_ACCESS_KEY_ID",
        "the AccessKey id",
    ),
    Addition::query("Format", Made::Scheme, "ALIBABA_FORMAT", "JSON answers"),
    Addition::query(
        "SignatureMethod",
        Made::Scheme,
        "ALIBABA_SIGNATURE_METHOD",
        "HMAC-SHA1",
    ),
    Addition::query(
        "SignatureVersion",
        Made::Scheme,
        "ALIBABA_SIGNATURE_VERSION",
        "1.0",
    ),
    Addition::query("SignatureNonce", Made::Nonce, "ALIBABA_NONCE", "used once"),
    Addition::query("Timestamp", Made::Time, "ALIBABA_TIMESTAMP", "the time"),
    Addition::query(
        "SecurityToken",
        Made::Token,
        "ALIBABA_SECURITY_TOKEN",
        "the temporary security token",
    ),
    Addition::query(
        "Signature",
        Made::Signature,
        "ALIBABA_SIGNATURE",
        "computed with the AccessKey secret, HMAC-SHA1",
    ),
];

/// How to sign by hand, for "copy as curl".
pub(crate) const BY_HAND: &str =
    "# Alibaba Cloud signs every request (RPC, HMAC-SHA1) with your AccessKey secret \
     ($ALIBABA_ACCESS_KEY_SECRET):\n# set ALIBABA_NONCE (unique), \
     ALIBABA_TIMESTAMP (UTC, percent-encoded) and ALIBABA_SIGNATURE computed over \
     all sorted parameters (percent-encoded).";

pub(crate) fn sign(
    credentials: &AlibabaCredentials,
    mut request: Prepared,
    context: &SigningContext,
) -> Result<SignedRequest, SignError> {
    check_id("access_key", &credentials.access_key_id)?;
    check_secret("secret_key", &credentials.access_key_secret)?;
    check_optional_sent_secret("security_token", credentials.security_token.as_ref())?;

    // Re-signing replaces the old signature instead of signing it.
    let mut query: Vec<Param> = parse_query(request.url.query().unwrap_or("").as_bytes())
        .into_iter()
        .filter(|(key, _)| key != b"Signature")
        .collect();
    // Parameters in a form body are signed with the query ones, as one sorted list.
    let form = request
        .header("Content-Type")
        .is_some_and(|ct| starts_with_ignore_case(ct, "application/x-www-form-urlencoded"));
    let body: Vec<Param> = match (&request.body, form) {
        (Some(body), true) => parse_query(body),
        _ => Vec::new(),
    };

    let mut params = Params {
        query: &mut query,
        body: &body,
    };
    for required in ["Action", "Version"] {
        if params.values(required).next().is_none() {
            return Err(SignError::missing(format!("query.{required}")));
        }
    }
    params.add_or_match("AccessKeyId", &credentials.access_key_id)?;
    if let Some(token) = &credentials.security_token {
        params.add_or_match("SecurityToken", token.expose_secret())?;
    }
    params.add_or_require("SignatureMethod", "HMAC-SHA1")?;
    params.add_or_require("SignatureVersion", "1.0")?;
    params.add_if_missing("Format", || Ok("JSON".into()))?;
    params.add_if_missing("Timestamp", || Ok(context.time.to_iso8601()))?;
    params.add_if_missing("SignatureNonce", || match context.nonce.as_deref() {
        Some("") | None => Err(SignError::missing("nonce")),
        Some(nonce) => Ok(nonce.to_owned()),
    })?;

    for (name, value) in &query {
        if ADDS.iter().any(|a| a.name.as_bytes() == name.as_slice()) {
            request.added_to_query(
                &String::from_utf8_lossy(name),
                &String::from_utf8_lossy(value),
            );
        }
    }

    let canonical = sorted_query(query.iter().chain(&body));
    // METHOD & encode("/") & encode(canonical), in one allocation.
    let mut string_to_sign =
        String::with_capacity(request.method.len() + 5 + canonical.len() * 5 / 4);
    string_to_sign.push_str(&request.method);
    string_to_sign.push_str("&%2F&");
    encode_into(&mut string_to_sign, canonical.as_bytes());
    let key = format!("{}&", credentials.access_key_secret.expose_secret());
    let signature = base64(&hmac_sha1(key.as_bytes(), string_to_sign.as_bytes()));

    // The query goes out sorted and encoded as signed, `Signature` last, as the SDKs send it.
    let mut wire = sorted_query(&query);
    if !wire.is_empty() {
        wire.push('&');
    }
    request.added_to_query("Signature", &signature);
    wire.push_str("Signature=");
    encode_into(&mut wire, signature.as_bytes());
    request.set_query(wire);
    Ok(request.finish(Some(canonical), Some(string_to_sign), Some(signature)))
}

/// The request's parameters: the query (where missing ones are added) and a form body.
struct Params<'a> {
    query: &'a mut Vec<Param>,
    body: &'a [Param],
}

impl Params<'_> {
    fn values<'s>(&'s self, key: &'s str) -> impl Iterator<Item = &'s [u8]> + 's {
        self.query
            .iter()
            .chain(self.body)
            .filter(move |(k, _)| k == key.as_bytes())
            .map(|(_, v)| v.as_slice())
    }

    /// Common parameters already present are kept as given.
    fn add_if_missing(
        &mut self,
        key: &str,
        value: impl FnOnce() -> Result<String, SignError>,
    ) -> Result<(), SignError> {
        if self.values(key).next().is_none() {
            self.query.push((key.into(), value()?.into_bytes()));
        }
        Ok(())
    }

    /// Parameters naming credentials must name these ones.
    fn add_or_match(&mut self, key: &str, value: &str) -> Result<(), SignError> {
        if self.values(key).any(|v| v != value.as_bytes()) {
            return Err(SignError::conflict(format!("query.{key}")));
        }
        self.add_if_missing(key, || Ok(value.to_owned()))
    }

    /// Parameters describing the signature itself must describe this one.
    fn add_or_require(&mut self, key: &str, value: &str) -> Result<(), SignError> {
        if self.values(key).any(|v| v != value.as_bytes()) {
            return Err(SignError::invalid(
                format!("query.{key}"),
                livedesk_i18n::t!("signing-must-be-signature", value = value),
            ));
        }
        self.add_if_missing(key, || Ok(value.to_owned()))
    }
}

#[cfg(test)]
mod tests {
    use crate::{
        sign, Credentials, Scheme, SignError, SignableRequest, SignedRequest, SigningContext,
        SigningTime,
    };

    fn context() -> SigningContext {
        SigningContext::new(
            SigningTime::parse_iso8601("timestamp", "2023-03-13T08:34:30Z").unwrap(),
        )
        .with_nonce("edb2b34af0af9a6d14deaf7c1a5315eb")
    }

    fn signed(
        credentials: &Credentials,
        request: SignableRequest,
    ) -> Result<SignedRequest, SignError> {
        sign(Scheme::AlibabaRpcHmacSha1, credentials, request, &context())
    }

    const DOC_CANONICAL: &str = "AccessKeyId=testid&Action=DescribeDedicatedHosts&Format=JSON&RegionId=cn-beijing&SignatureMethod=HMAC-SHA1&SignatureNonce=edb2b34af0af9a6d14deaf7c1a5315eb&SignatureVersion=1.0&Timestamp=2023-03-13T08%3A34%3A30Z&Version=2014-05-26";

    fn check_doc_example(signed: &SignedRequest) {
        assert_eq!(signed.canonical_request.as_deref(), Some(DOC_CANONICAL));
        assert_eq!(
            signed.string_to_sign.as_deref(),
            Some("GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeDedicatedHosts%26Format%3DJSON%26RegionId%3Dcn-beijing%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3Dedb2b34af0af9a6d14deaf7c1a5315eb%26SignatureVersion%3D1.0%26Timestamp%3D2023-03-13T08%253A34%253A30Z%26Version%3D2014-05-26")
        );
        assert_eq!(
            signed.signature.as_deref(),
            Some("9NaGiOspFP5UPcwX8Iwt2YJXXuk=")
        );
        assert_eq!(
            signed.url,
            format!("https://ecs.cn-beijing.aliyuncs.com/?{DOC_CANONICAL}&Signature=9NaGiOspFP5UPcwX8Iwt2YJXXuk%3D")
        );
        assert!(signed.headers.is_empty());
    }

    #[test]
    fn vendor_doc_example_with_every_parameter_given() {
        let request = SignableRequest::new("GET", format!("https://ecs.cn-beijing.aliyuncs.com/?{DOC_CANONICAL}&Signature=9NaGiOspFP5UPcwX8Iwt2YJXXuk%3D"));
        check_doc_example(&signed(&Credentials::alibaba("testid", "testsecret"), request).unwrap());
    }

    #[test]
    fn vendor_doc_example_with_common_parameters_added() {
        let request = SignableRequest::new(
            "GET",
            "https://ecs.cn-beijing.aliyuncs.com/?Version=2014-05-26&Action=DescribeDedicatedHosts&RegionId=cn-beijing",
        );
        check_doc_example(&signed(&Credentials::alibaba("testid", "testsecret"), request).unwrap());
    }

    #[test]
    fn form_body_parameters_are_signed_but_stay_in_the_body() {
        let credentials = Credentials::alibaba("testid", "testsecret");
        let in_body = signed(
            &credentials,
            SignableRequest::new("POST", "https://live.aliyuncs.com/?Action=SetCasterConfig")
                .with_header("Content-Type", "application/x-www-form-urlencoded")
                .with_body("Version=2016-11-01&CasterName=a+b"),
        )
        .unwrap();
        let in_query = signed(
            &credentials,
            SignableRequest::new(
                "POST",
                "https://live.aliyuncs.com/?Action=SetCasterConfig&Version=2016-11-01&CasterName=a%20b",
            ),
        )
        .unwrap();
        assert_eq!(in_body.canonical_request, in_query.canonical_request);
        assert_eq!(in_body.signature, in_query.signature);
        assert!(!in_body.url.contains("CasterName") && !in_body.url.contains("&Version="));
        assert_eq!(
            in_body.body.as_deref(),
            Some(&b"Version=2016-11-01&CasterName=a+b"[..])
        );
    }

    #[test]
    fn sts_token_is_a_signed_parameter() {
        let signed = signed(
            &Credentials::alibaba("id", "secret").with_security_token("tok+en"),
            SignableRequest::new("GET", "https://live.aliyuncs.com/?Action=A&Version=V"),
        )
        .unwrap();
        assert!(signed
            .canonical_request
            .unwrap()
            .contains("&SecurityToken=tok%2Ben&"));
        assert!(signed.url.contains("&SecurityToken=tok%2Ben&"));
    }

    #[test]
    fn missing_or_conflicting_parameters_are_named() {
        let credentials = Credentials::alibaba("id", "secret");
        let field = |url: &str| {
            signed(&credentials, SignableRequest::new("GET", url))
                .unwrap_err()
                .field()
                .to_owned()
        };
        assert_eq!(field("https://h.example.com/?Version=V"), "query.Action");
        assert_eq!(field("https://h.example.com/?Action=A"), "query.Version");
        assert_eq!(
            field("https://h.example.com/?Action=A&Version=V&AccessKeyId=other"),
            "query.AccessKeyId"
        );
        assert_eq!(
            field("https://h.example.com/?Action=A&Version=V&SignatureMethod=HMAC-SHA256"),
            "query.SignatureMethod"
        );
        let error = sign(
            Scheme::AlibabaRpcHmacSha1,
            &credentials,
            SignableRequest::new("GET", "https://h.example.com/?Action=A&Version=V"),
            &SigningContext::new(SigningTime::UNIX_EPOCH),
        )
        .unwrap_err();
        assert_eq!(error, SignError::missing("nonce"));
    }
}
