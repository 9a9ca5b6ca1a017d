//! The request going in, the request coming out, and the checks every signer relies on.

use std::fmt;

use url::{Position, Url};

use livedesk_secrets::{header_secrets, mask_header_lines, mask_header_value};

use crate::added::{added, Added, Addition};
use crate::SignError;

/// Header name/value pairs in the order they are sent. A `Vec` rather than a map: the order
/// is part of what a vendor's example shows, and nothing here needs lookups fast.
pub type Headers = Vec<(String, String)>;

/// A request as the HTTP layer would send it, before authentication.
#[derive(Clone, PartialEq, Eq, Default)]
pub struct SignableRequest {
    pub method: String,
    /// Absolute `http(s)` URL with the query as it is to be sent.
    pub url: String,
    pub headers: Headers,
    pub body: Option<Vec<u8>>,
}

impl SignableRequest {
    pub fn new(method: impl Into<String>, url: impl Into<String>) -> Self {
        Self {
            method: method.into(),
            url: url.into(),
            headers: Vec::new(),
            body: None,
        }
    }

    pub fn with_header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.headers.push((name.into(), value.into()));
        self
    }

    pub fn with_body(mut self, body: impl Into<Vec<u8>>) -> Self {
        self.body = Some(body.into());
        self
    }
}

/// The request with authentication added, exactly as it goes on the wire, plus the
/// intermediate strings for diagnosing a vendor's "signature does not match".
#[derive(Clone, PartialEq, Eq)]
pub struct SignedRequest {
    /// Upper-case: every vendor here defines only upper-case methods, and the signed
    /// method must be the sent one.
    pub method: String,
    /// The URL as sent, with any added query parameters percent-encoded.
    pub url: String,
    pub headers: Headers,
    pub body: Option<Vec<u8>>,
    /// `None` where the scheme has none (NAVER, BlendVision). For Alibaba RPC, the
    /// canonical query string.
    pub canonical_request: Option<String>,
    /// `None` for BlendVision.
    pub string_to_sign: Option<String>,
    /// `None` for BlendVision.
    pub signature: Option<String>,
    /// What signing added (headers, query parameters), in the scheme's order. A request that
    /// was signed before keeps its signing parts: they are listed too.
    pub added: Vec<Added>,
}

impl SignedRequest {
    /// The first header of that name, compared case-insensitively.
    pub fn header(&self, name: &str) -> Option<&str> {
        header(&self.headers, name)
    }

    /// The secrets this request carries on the wire (a bearer token, a security token in a
    /// header or the query), to be masked wherever an answer quotes them. Secret keys are
    /// not among them: they only make signatures.
    pub fn sent_secrets(&self) -> Vec<String> {
        let mut out: Vec<String> = self
            .headers
            .iter()
            .flat_map(|(name, value)| header_secrets(name, value))
            .map(str::to_owned)
            .collect();
        if let Ok(url) = Url::parse(&self.url) {
            out.extend(
                url.query_pairs()
                    .filter(|(name, _)| name.eq_ignore_ascii_case("SecurityToken"))
                    .map(|(_, value)| value.into_owned()),
            );
        }
        out
    }

    /// The request again, for signing anew (a retry needs a fresh time and nonce).
    pub fn into_signable(self) -> SignableRequest {
        SignableRequest {
            method: self.method,
            url: self.url,
            headers: self.headers,
            body: self.body,
        }
    }
}

impl fmt::Debug for SignableRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SignableRequest")
            .field("method", &self.method)
            .field("url", &mask_header_lines(&self.url))
            .field("headers", &DebugHeaders(&self.headers))
            .field("body", &DebugBody(self.body.as_deref()))
            .finish()
    }
}

impl fmt::Debug for SignedRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SignedRequest")
            .field("method", &self.method)
            .field("url", &mask_header_lines(&self.url))
            .field("headers", &DebugHeaders(&self.headers))
            .field("body", &DebugBody(self.body.as_deref()))
            .field(
                "canonical_request",
                &self.canonical_request.as_deref().map(mask_header_lines),
            )
            .field(
                "string_to_sign",
                &self.string_to_sign.as_deref().map(mask_header_lines),
            )
            .field("signature", &self.signature)
            .field("added", &self.added)
            .finish()
    }
}

struct DebugHeaders<'a>(&'a [(String, String)]);

impl fmt::Debug for DebugHeaders<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list()
            .entries(
                self.0
                    .iter()
                    .map(|(n, v)| (n.as_str(), mask_header_value(n, v))),
            )
            .finish()
    }
}

/// Bodies can hold stream keys; their length is enough to debug with.
struct DebugBody<'a>(Option<&'a [u8]>);

impl fmt::Debug for DebugBody<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Some(body) => write!(f, "Some(<{} bytes>)", body.len()),
            None => f.write_str("None"),
        }
    }
}

pub(crate) fn header<'a>(headers: &'a [(String, String)], name: &str) -> Option<&'a str> {
    headers
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(name))
        .map(|(_, v)| v.as_str())
}

pub(crate) fn remove_header(headers: &mut Headers, name: &str) -> Option<(String, String)> {
    let at = headers
        .iter()
        .position(|(n, _)| n.eq_ignore_ascii_case(name))?;
    Some(headers.remove(at))
}

pub(crate) fn starts_with_ignore_case(text: &str, prefix: &str) -> bool {
    text.get(..prefix.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(prefix))
}

/// Values that would break the header block (or be refused by the HTTP client) are refused
/// here, naming the field but never echoing the value, which may be a token.
pub(crate) fn check_header_value(field: &str, value: &str) -> Result<(), SignError> {
    if has_control(value) {
        return Err(control_in(field));
    }
    Ok(())
}

fn has_control(value: &str) -> bool {
    value.chars().any(|c| c.is_control() && c != '\t')
}

fn control_in(field: &str) -> SignError {
    SignError::invalid(field, livedesk_i18n::t!("signing-control-character"))
}

/// RFC 9110 `token`: what header names and methods are made of.
fn is_token(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b))
}

/// A request whose method, URL and headers have been checked and normalised.
pub(crate) struct Prepared {
    pub method: String,
    pub url: Url,
    pub headers: Headers,
    pub body: Option<Vec<u8>>,
    /// Replaces the URL's query when the request is finished (see [`Self::set_query`]).
    query: Option<String>,
    /// What the scheme may add.
    adds: &'static [Addition],
    /// The query parameters of the scheme's (decoded), for [`SignedRequest::added`].
    added_query: Vec<(String, String)>,
}

impl Prepared {
    pub fn new(request: SignableRequest, adds: &'static [Addition]) -> Result<Self, SignError> {
        let SignableRequest {
            method,
            url,
            headers,
            body,
        } = request;
        if method.is_empty() {
            return Err(SignError::missing("method"));
        }
        if !is_token(&method) {
            return Err(SignError::invalid(
                "method",
                livedesk_i18n::t!("signing-not-a-method", method = format!("{method:?}")),
            ));
        }
        let url = parse_url(&url)?;
        check_headers(&headers)?;
        Ok(Self {
            method: method.to_ascii_uppercase(),
            url,
            headers,
            body,
            query: None,
            adds,
            added_query: Vec::new(),
        })
    }

    pub fn body(&self) -> &[u8] {
        self.body.as_deref().unwrap_or_default()
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        header(&self.headers, name)
    }

    /// The `Host` header as the HTTP client would write it (port only when not the default).
    pub fn host(&self) -> String {
        let host = self.url.host_str().unwrap_or_default();
        match self.url.port() {
            Some(port) => format!("{host}:{port}"),
            None => host.to_owned(),
        }
    }

    /// Sends `query` (already percent-encoded by a signer: only unreserved characters, `%XX`,
    /// `=` and `&`) instead of the URL's own. Spliced in as text: `Url::set_query` would
    /// re-parse what cannot need it, and that showed in the benchmark.
    pub fn set_query(&mut self, query: String) {
        self.query = Some(query);
    }

    /// Records a query parameter of the scheme's (name and decoded value).
    pub fn added_to_query(&mut self, name: &str, value: &str) {
        self.added_query.push((name.to_owned(), value.to_owned()));
    }

    pub fn finish(
        self,
        canonical_request: Option<String>,
        string_to_sign: Option<String>,
        signature: Option<String>,
    ) -> SignedRequest {
        let url = match self.query {
            None => self.url.into(),
            Some(query) if query.is_empty() => self.url[..Position::AfterPath].to_owned(),
            Some(query) => format!("{}?{query}", &self.url[..Position::AfterPath]),
        };
        let added = added(self.adds, &self.headers, &self.added_query);
        SignedRequest {
            method: self.method,
            url,
            headers: self.headers,
            body: self.body,
            canonical_request,
            string_to_sign,
            signature,
            added,
        }
    }
}

fn parse_url(raw: &str) -> Result<Url, SignError> {
    if raw.is_empty() {
        return Err(SignError::missing("url"));
    }
    let problem = |p: &str| SignError::InvalidUrl { problem: p.into() };
    // The parser's messages describe the problem without quoting the URL.
    let mut url = Url::parse(raw).map_err(|e| problem(&e.to_string()))?;
    if !matches!(url.scheme(), "https" | "http") {
        return Err(problem(&livedesk_i18n::t!("signing-url-scheme")));
    }
    if url.host_str().unwrap_or_default().is_empty() {
        return Err(problem(&livedesk_i18n::t!("signing-url-no-host")));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(problem(&livedesk_i18n::t!("signing-url-user-name")));
    }
    // Neither is sent: a fragment stays in the client, and `?` with nothing after it is
    // dropped so that what is signed and what is sent cannot differ on it.
    url.set_fragment(None);
    if url.query() == Some("") {
        url.set_query(None);
    }
    Ok(url)
}

fn check_headers(headers: &[(String, String)]) -> Result<(), SignError> {
    for (i, (name, value)) in headers.iter().enumerate() {
        if !is_token(name) {
            return Err(SignError::invalid(
                "headers",
                livedesk_i18n::t!("signing-not-a-header-name", name = format!("{name:?}")),
            ));
        }
        // The field name is only built for an error: this loop runs on every signature.
        if has_control(value) {
            return Err(control_in(&format!("headers.{name}")));
        }
        // One value per name: which of two values a vendor's gateway signs is a guess.
        if headers[..i]
            .iter()
            .any(|(n, _)| n.eq_ignore_ascii_case(name))
        {
            return Err(SignError::invalid(
                format!("headers.{name}"),
                livedesk_i18n::t!("signing-header-repeated"),
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn prepare(method: &str, url: &str) -> Result<Prepared, SignError> {
        Prepared::new(SignableRequest::new(method, url), &[])
    }

    #[test]
    fn method_is_upper_cased_and_must_be_a_token() {
        assert_eq!(prepare("put", "https://h/").unwrap().method, "PUT");
        assert_eq!(prepare("", "https://h/").err().unwrap().field(), "method");
        assert_eq!(
            prepare("GE T", "https://h/").err().unwrap().field(),
            "method"
        );
    }

    #[test]
    fn urls_must_be_absolute_http_without_user_info() {
        for bad in [
            "",
            "/relative",
            "ftp://h/",
            "https://",
            "https://user:pw@h/",
            "https://h:99999/",
            "not a url",
        ] {
            let error = prepare("GET", bad).err().unwrap();
            assert_eq!(error.field(), "url", "{bad}");
            assert!(!error.to_string().contains("pw@"), "{error}");
        }
    }

    #[test]
    fn fragment_and_empty_query_are_not_sent() {
        let p = prepare("GET", "https://H.example.com:443/a?#frag").unwrap();
        assert_eq!(p.url.as_str(), "https://h.example.com/a");
        assert_eq!(p.host(), "h.example.com");
        let p = prepare("GET", "http://h.example.com:8080/a?x=1#frag").unwrap();
        assert_eq!(p.url.as_str(), "http://h.example.com:8080/a?x=1");
        assert_eq!(p.host(), "h.example.com:8080");
    }

    #[test]
    fn headers_are_checked_by_name_and_value() {
        let request = |name: &str, value: &str| {
            Prepared::new(
                SignableRequest::new("GET", "https://h/").with_header(name, value),
                &[],
            )
        };
        assert!(request("x-ncp-region_code", "KR ü\t").is_ok());
        assert_eq!(request("Bad Name", "v").err().unwrap().field(), "headers");
        assert_eq!(request("", "v").err().unwrap().field(), "headers");
        let error = request("X-Token", "secret\r\nInjected: 1").err().unwrap();
        assert_eq!(error.field(), "headers.X-Token");
        assert!(!error.to_string().contains("secret"));
        let twice = SignableRequest::new("GET", "https://h/")
            .with_header("Host", "a")
            .with_header("host", "b");
        assert_eq!(
            Prepared::new(twice, &[]).err().unwrap().field(),
            "headers.host"
        );
    }

    #[test]
    fn debug_hides_tokens_and_bodies() {
        let signed = SignedRequest {
            method: "PUT".into(),
            url: "https://h/?SecurityToken=tok-SECRET&a=1".into(),
            headers: vec![
                ("Authorization".into(), "Bearer tok-SECRET".into()),
                ("X-Security-Token".into(), "tok-SECRET".into()),
                ("Content-Type".into(), "application/json".into()),
            ],
            body: Some(b"{\"stream_key\":\"SECRET\"}".to_vec()),
            canonical_request: Some("PUT\n/\n\nx-security-token:tok-SECRET\n".into()),
            string_to_sign: Some("x%26SecurityToken%3Dtok-SECRET%26y".into()),
            signature: Some("sig".into()),
            added: Vec::new(),
        };
        let debug = format!("{signed:?} {:?}", signed.clone().into_signable());
        assert!(!debug.contains("SECRET"), "{debug}");
        assert!(
            debug.contains("application/json") && debug.contains("a=1"),
            "{debug}"
        );
    }

    #[test]
    fn tokens_sent_are_masked_out_of_answers() {
        let request = SignedRequest {
            method: "GET".into(),
            url: "https://h/?A=1&SecurityToken=sts-TOKEN-SECRET%2B1".into(),
            headers: vec![
                ("Authorization".into(), "Bearer bv-TOKEN-SECRET".into()),
                ("x-acs-security-token".into(), "acs-TOKEN-SECRET".into()),
                ("Content-Type".into(), "application/json".into()),
            ],
            body: None,
            canonical_request: None,
            string_to_sign: None,
            signature: None,
            added: Vec::new(),
        };
        let sent = request.sent_secrets();
        let known = livedesk_secrets::KnownSecrets::at_least(
            livedesk_secrets::MIN_FREE_TEXT_LEN,
            sent.iter().map(String::as_str),
        );
        let answer = "token bv-TOKEN-SECRET is invalid; sts-TOKEN-SECRET+1; acs-TOKEN-SECRET; \
                      GET&%2F&A%3D1%26SecurityToken%3Dother-SECRET%26Timestamp%3Dt";
        let masked = known.mask(answer);
        assert!(!masked.contains("SECRET"), "{masked}");
        assert!(masked.contains(&format!(
            "SecurityToken%3D{}%26Timestamp",
            livedesk_secrets::MASK
        )));
        assert!(!format!("{known:?}").contains("SECRET"));
    }
}
