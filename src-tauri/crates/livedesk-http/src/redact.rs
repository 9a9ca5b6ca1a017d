//! Keeps tokens that went out with a request from coming back in an error.
//!
//! Secret keys never travel (they only make signatures), but a bearer token or an STS
//! security token does, and a vendor may quote it in an error message or in the string to
//! sign it reports. The scrubber knows the values sent in the request and blanks them out of
//! anything taken from the answer; it also blanks `SecurityToken` values whatever they are.

use livedesk_signing::SignedRequest;

pub(crate) const REDACTED: &str = "[REDACTED]";

const SECRET_HEADERS: [&str; 5] = [
    "authorization",
    "proxy-authorization",
    "cookie",
    "x-security-token",
    "x-acs-security-token",
];

/// Query parameters whose values are secrets, as written plainly (`name=`) and inside
/// Alibaba's percent-encoded string to sign (`name%3D`), with what ends the value.
const SECRET_PARAMS: [(&str, &str); 2] = [("securitytoken=", "&"), ("securitytoken%3d", "%26")];

/// Values shorter than this are not scrubbed as text: they would blank out ordinary words.
const MIN_SECRET_LEN: usize = 6;

#[derive(Clone, Default)]
pub(crate) struct Scrubber {
    secrets: Vec<String>,
}

impl std::fmt::Debug for Scrubber {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Scrubber({} values)", self.secrets.len())
    }
}

impl Scrubber {
    /// Learns the secret values carried by a signed request.
    pub fn for_request(request: &SignedRequest) -> Self {
        let mut secrets = Vec::new();
        for (name, value) in &request.headers {
            if SECRET_HEADERS.iter().any(|s| s.eq_ignore_ascii_case(name)) {
                secrets.push(value.clone());
                // `Bearer <token>`: the token alone may be quoted.
                if let Some((_, token)) = value.split_once(' ') {
                    secrets.push(token.trim().to_owned());
                }
            }
        }
        if let Ok(url) = url::Url::parse(&request.url) {
            for (name, value) in url.query_pairs() {
                if name.eq_ignore_ascii_case("SecurityToken") {
                    secrets.push(value.into_owned());
                }
            }
        }
        secrets.retain(|s| s.len() >= MIN_SECRET_LEN);
        // Longest first, so a token is blanked whole before any part of it.
        secrets.sort_by_key(|s| std::cmp::Reverse(s.len()));
        secrets.dedup();
        Self { secrets }
    }

    pub fn scrub(&self, text: &str) -> String {
        let mut out = text.to_owned();
        for secret in &self.secrets {
            if out.contains(secret.as_str()) {
                out = out.replace(secret.as_str(), REDACTED);
            }
        }
        for (marker, end) in SECRET_PARAMS {
            out = blank_params(&out, marker, end);
        }
        out
    }
}

fn blank_params(s: &str, marker: &str, end: &str) -> String {
    // ASCII lowercasing keeps byte offsets, so positions found in `lower` index `s`.
    let lower = s.to_ascii_lowercase();
    let mut out = String::with_capacity(s.len());
    let mut rest = 0;
    while let Some(found) = lower[rest..].find(marker) {
        let value_start = rest + found + marker.len();
        let value_end = lower[value_start..]
            .find(end)
            .map_or(s.len(), |i| value_start + i);
        out.push_str(&s[rest..value_start]);
        out.push_str(REDACTED);
        rest = value_end;
    }
    out.push_str(&s[rest..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_sent_are_blanked_out_of_answers() {
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
        };
        let scrubber = Scrubber::for_request(&request);
        let answer = "token bv-TOKEN-SECRET is invalid; sts-TOKEN-SECRET+1; acs-TOKEN-SECRET; \
                      GET&%2F&A%3D1%26SecurityToken%3Dother-SECRET%26Timestamp%3Dt";
        let scrubbed = scrubber.scrub(answer);
        assert!(!scrubbed.contains("SECRET"), "{scrubbed}");
        assert!(scrubbed.contains("SecurityToken%3D[REDACTED]%26Timestamp"));
        assert!(scrubbed.contains("application") || !answer.contains("application"));
        assert!(!format!("{scrubber:?}").contains("SECRET"));
    }

    #[test]
    fn ordinary_text_is_left_alone() {
        let scrubber = Scrubber::default();
        assert_eq!(scrubber.scrub("ak LDSB not exist"), "ak LDSB not exist");
        assert_eq!(
            scrubber.scrub("x?securitytoken=abc"),
            "x?securitytoken=[REDACTED]"
        );
    }
}
