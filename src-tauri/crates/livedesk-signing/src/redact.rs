//! Keeps tokens out of `Debug` output. A signed request necessarily carries some secrets on
//! the wire (a bearer token, an STS security token), and logs must not.

const SENSITIVE_HEADERS: [&str; 5] = [
    "authorization",
    "proxy-authorization",
    "cookie",
    "x-security-token",
    "x-acs-security-token",
];

/// Query parameters that carry a token, as `name=` and as it appears percent-encoded inside
/// Alibaba's string to sign (`name%3D`), each with what ends its value.
const SENSITIVE_PARAMS: [(&str, &str); 2] = [("securitytoken=", "&"), ("securitytoken%3d", "%26")];

pub(crate) const REDACTED: &str = "[REDACTED]";

pub(crate) fn is_sensitive_header(name: &str) -> bool {
    SENSITIVE_HEADERS
        .iter()
        .any(|s| s.eq_ignore_ascii_case(name))
}

pub(crate) fn header_value<'a>(name: &str, value: &'a str) -> &'a str {
    if is_sensitive_header(name) {
        REDACTED
    } else {
        value
    }
}

/// Redacts sensitive header lines (`x-security-token:...`) and token query values in a URL,
/// a canonical request or a string to sign.
pub(crate) fn text(s: &str) -> String {
    let lines: Vec<String> = s.split('\n').map(line).collect();
    lines.join("\n")
}

fn line(line: &str) -> String {
    if let Some((name, _)) = line.split_once(':') {
        if is_sensitive_header(name) {
            return format!("{name}:{REDACTED}");
        }
    }
    let mut out = line.to_owned();
    for (marker, end) in SENSITIVE_PARAMS {
        out = params(&out, marker, end);
    }
    out
}

fn params(s: &str, marker: &str, end: &str) -> String {
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
    fn header_lines_and_query_values_are_hidden() {
        let canonical = "GET\n/\nA=1&SecurityToken=tok%2Bsecret&Z=2\nhost:h\nx-security-token:tok-secret\n\nhost;x-security-token\nabc";
        let redacted = text(canonical);
        assert!(!redacted.contains("secret"), "{redacted}");
        assert!(
            redacted.contains("A=1&SecurityToken=[REDACTED]&Z=2"),
            "{redacted}"
        );
        assert!(
            redacted.contains("x-security-token:[REDACTED]"),
            "{redacted}"
        );
        assert!(redacted.contains("host;x-security-token"), "{redacted}");

        let sts = "GET&%2F&AccessKeyId%3Did%26SecurityToken%3Dtok-secret%26Timestamp%3Dt";
        assert_eq!(
            text(sts),
            "GET&%2F&AccessKeyId%3Did%26SecurityToken%3D[REDACTED]%26Timestamp%3Dt"
        );
        assert_eq!(
            text("https://h/?securitytoken=tok-secret"),
            "https://h/?securitytoken=[REDACTED]"
        );
    }

    #[test]
    fn non_ascii_text_survives() {
        assert_eq!(text("ü:é\n日本=語"), "ü:é\n日本=語");
        assert_eq!(header_value("Authorization", "Bearer x"), REDACTED);
        assert_eq!(header_value("Content-Type", "a/b"), "a/b");
    }
}
