//! What is a secret by its name or its shape, whatever its value: the headers and query
//! parameters that carry tokens, and long key-like runs of characters.

use crate::MASK;

/// Headers whose value is a credential on the wire.
const SENSITIVE_HEADERS: [&str; 5] = [
    "authorization",
    "proxy-authorization",
    "cookie",
    "x-security-token",
    "x-acs-security-token",
];

/// Query parameters that carry a token, as `name=` and as it appears percent-encoded inside
/// Alibaba's string to sign (`name%3D`), each with what ends its value.
const TOKEN_PARAMS: [(&str, &[&str]); 2] =
    [("securitytoken=", &["&"]), ("securitytoken%3d", &["%26"])];

/// A run of key-like characters at least this long, with letters and digits, is masked.
const MIN_KEY_LIKE_LEN: usize = 24;

pub fn is_sensitive_header(name: &str) -> bool {
    SENSITIVE_HEADERS
        .iter()
        .any(|s| s.eq_ignore_ascii_case(name))
}

/// The value of a header as it may be shown: [`MASK`] for a credential.
pub fn mask_header_value<'a>(name: &str, value: &'a str) -> &'a str {
    if is_sensitive_header(name) {
        MASK
    } else {
        value
    }
}

/// The secrets a header carries: its whole value when it is a credential, and the token
/// alone of `Bearer <token>` (a vendor may quote just that).
pub fn header_secrets<'a>(name: &str, value: &'a str) -> Vec<&'a str> {
    if !is_sensitive_header(name) {
        return Vec::new();
    }
    let mut out = vec![value];
    if let Some((_, token)) = value.split_once(' ') {
        out.push(token.trim());
    }
    out
}

/// Masks credential header lines (`x-security-token:...`) and token query values in a URL,
/// a canonical request or a string to sign.
pub fn mask_header_lines(text: &str) -> String {
    let lines: Vec<String> = text
        .split('\n')
        .map(|line| match line.split_once(':') {
            Some((name, _)) if is_sensitive_header(name) => format!("{name}:{MASK}"),
            _ => mask_token_params(line),
        })
        .collect();
    lines.join("\n")
}

/// Masks the value of every token query parameter (`SecurityToken=...`, also inside a
/// percent-encoded string to sign), whatever the value.
pub fn mask_token_params(text: &str) -> String {
    let mut out = text.to_owned();
    for (marker, ends) in TOKEN_PARAMS {
        out = replace_values(&out, marker, ends, MASK);
    }
    out
}

/// Replaces the value of every `name=` parameter in free text (a URL in a JSON string, an
/// ingest URL's `auth_key`) by `replacement`; the value ends at `&`, `#`, `"` or a space.
pub fn mask_param_values(text: &str, name: &str, replacement: &str) -> String {
    let marker = format!("{}=", name.to_ascii_lowercase());
    replace_values(text, &marker, &["&", "#", "\"", " "], replacement)
}

/// `marker` is lower-case ASCII; it is matched ignoring case.
fn replace_values(text: &str, marker: &str, ends: &[&str], replacement: &str) -> String {
    // ASCII lowercasing keeps byte offsets, so positions found in `lower` index `text`.
    let lower = text.to_ascii_lowercase();
    let mut out = String::with_capacity(text.len());
    let mut rest = 0;
    while let Some(found) = lower[rest..].find(marker) {
        let value_start = rest + found + marker.len();
        let value_end = ends
            .iter()
            .filter_map(|end| lower[value_start..].find(end))
            .min()
            .map_or(text.len(), |i| value_start + i);
        out.push_str(&text[rest..value_start]);
        out.push_str(replacement);
        rest = value_end;
    }
    out.push_str(&text[rest..]);
    out
}

fn key_like(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '+' | '/' | '=' | '_' | '-')
}

/// Masks long runs of key-like characters (letters and digits mixed, base64 or hex alphabet),
/// which is what keys, tokens and signatures look like: a crash can format a secret the
/// engine never saw as one (a vendor's token in an answer, a derived signature).
pub fn mask_key_like(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut run = String::new();
    let flush = |run: &mut String, out: &mut String| {
        let has_digit = run.chars().any(|c| c.is_ascii_digit());
        let has_letter = run.chars().any(|c| c.is_ascii_alphabetic());
        if run.len() >= MIN_KEY_LIKE_LEN && has_digit && has_letter {
            out.push_str(MASK);
        } else {
            out.push_str(run);
        }
        run.clear();
    };
    for c in text.chars() {
        if key_like(c) {
            run.push(c);
        } else {
            flush(&mut run, &mut out);
            out.push(c);
        }
    }
    flush(&mut run, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_lines_and_query_values_are_hidden() {
        let canonical = "GET\n/\nA=1&SecurityToken=tok%2Bsecret&Z=2\nhost:h\nx-security-token:tok-secret\n\nhost;x-security-token\nabc";
        let masked = mask_header_lines(canonical);
        assert!(!masked.contains("secret"), "{masked}");
        assert!(
            masked.contains(&format!("A=1&SecurityToken={MASK}&Z=2")),
            "{masked}"
        );
        assert!(
            masked.contains(&format!("x-security-token:{MASK}")),
            "{masked}"
        );
        assert!(masked.contains("host;x-security-token"), "{masked}");

        let sts = "GET&%2F&AccessKeyId%3Did%26SecurityToken%3Dtok-secret%26Timestamp%3Dt";
        assert_eq!(
            mask_header_lines(sts),
            format!("GET&%2F&AccessKeyId%3Did%26SecurityToken%3D{MASK}%26Timestamp%3Dt")
        );
        assert_eq!(
            mask_token_params("https://h/?securitytoken=tok-secret"),
            format!("https://h/?securitytoken={MASK}")
        );
        assert_eq!(
            mask_token_params("x?securitytoken=abc"),
            format!("x?securitytoken={MASK}")
        );
    }

    #[test]
    fn non_ascii_text_survives_and_headers_are_known_by_name() {
        assert_eq!(mask_header_lines("ü:é\n日本=語"), "ü:é\n日本=語");
        assert_eq!(mask_header_value("Authorization", "Bearer x"), MASK);
        assert_eq!(mask_header_value("Content-Type", "a/b"), "a/b");
        assert_eq!(
            header_secrets("authorization", "Bearer tok"),
            vec!["Bearer tok", "tok"]
        );
        assert!(header_secrets("Content-Type", "a/b").is_empty());
    }

    #[test]
    fn param_values_end_where_the_url_does() {
        assert_eq!(
            mask_param_values(
                "rtmp://h/a/s?auth_key=1608-0-0-SECRET&x=1 \"k\"",
                "auth_key",
                "K"
            ),
            "rtmp://h/a/s?auth_key=K&x=1 \"k\""
        );
        assert_eq!(
            mask_param_values("a?auth_key=v", "auth_key", "K"),
            "a?auth_key=K"
        );
        assert_eq!(
            mask_param_values("no key here", "auth_key", "K"),
            "no key here"
        );
    }

    #[test]
    fn key_like_tokens_are_masked_but_words_and_paths_are_not() {
        let text = "sig=9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 at src/accounts/service.rs:12 Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0";
        let masked = mask_key_like(text);
        assert!(!masked.contains("9f86d0"), "{masked}");
        assert!(!masked.contains("eyJzdWIi"), "{masked}");
        assert!(masked.contains("src/accounts/service.rs:12"), "{masked}");
        assert!(masked.contains(MASK), "{masked}");
        let plain = "ünïcode text, acc_0123456789abcdef, request 42";
        assert_eq!(mask_key_like(plain), plain);
    }
}
