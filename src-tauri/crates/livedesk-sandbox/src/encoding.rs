//! Percent-encoding rules shared by the vendors' canonical forms.

use percent_encoding::{percent_decode_str, utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

/// RFC 3986 unreserved characters stay literal; everything else is `%XX` (upper-case hex).
const UNRESERVED: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

pub fn encode_rfc3986(s: &str) -> String {
    utf8_percent_encode(s, UNRESERVED).to_string()
}

/// `%XX` decoding only: a `+` stays a `+` (path segments and Huawei queries).
pub fn decode_percent(s: &str) -> String {
    percent_decode_str(s).decode_utf8_lossy().into_owned()
}

/// Form decoding: `+` means a space, as servers read `application/x-www-form-urlencoded`.
pub fn decode_form(s: &str) -> String {
    decode_percent(&s.replace('+', " "))
}

/// Raw `key[=value]` pairs of a query or form body, in the order sent; `None` = no `=`.
pub fn raw_pairs(s: &str) -> impl Iterator<Item = (&str, Option<&str>)> {
    s.split('&')
        .filter(|p| !p.is_empty())
        .map(|p| match p.split_once('=') {
            Some((k, v)) => (k, Some(v)),
            None => (p, None),
        })
}

/// Decoded pairs with form semantics (a key without `=` gets an empty value).
pub fn form_pairs(s: &str) -> Vec<(String, String)> {
    raw_pairs(s)
        .map(|(k, v)| (decode_form(k), decode_form(v.unwrap_or(""))))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc3986_keeps_only_unreserved() {
        assert_eq!(encode_rfc3986("a b*c~d/e:f"), "a%20b%2Ac~d%2Fe%3Af");
        assert_eq!(encode_rfc3986("é"), "%C3%A9");
    }

    #[test]
    fn plus_is_a_space_only_in_forms() {
        assert_eq!(decode_percent("a+b%20c"), "a+b c");
        assert_eq!(decode_form("a+b%20c"), "a b c");
        assert_eq!(
            form_pairs("x=1&flag&y=a%3Db"),
            vec![
                ("x".into(), "1".into()),
                ("flag".into(), "".into()),
                ("y".into(), "a=b".into())
            ]
        );
    }
}
