//! Canonical forms shared by the schemes that sign a canonical request (Huawei, both
//! Alibaba schemes): the sorted query, the path, and the header block.

use crate::encoding::{decode, encode, encode_into, Param};

/// Parameters sorted by key, then value, as bytes of the decoded text (the SDKs sort the
/// decoded strings: sorting the encoded ones would put `%C3` before `z`), each written
/// `encode(key)=encode(value)` and joined by `&`. A key without a value is `key=`.
pub(crate) fn sorted_query<'a>(params: impl IntoIterator<Item = &'a Param>) -> String {
    let mut sorted: Vec<&Param> = params.into_iter().collect();
    sorted.sort();
    let size = sorted.iter().map(|(k, v)| k.len() + v.len() + 2).sum();
    let mut out = String::with_capacity(size);
    for (i, (key, value)) in sorted.into_iter().enumerate() {
        if i > 0 {
            out.push('&');
        }
        encode_into(&mut out, key);
        out.push('=');
        encode_into(&mut out, value);
    }
    out
}

/// Decodes the whole path, then encodes each `/`-separated segment on its own: an encoded
/// `%2F` becomes a separator, as in the official SDKs.
fn encoded_segments(path: &str) -> String {
    let decoded = decode(path.as_bytes());
    let segments: Vec<String> = decoded.split(|&b| b == b'/').map(encode).collect();
    segments.join("/")
}

/// Huawei's canonical URI always ends with `/`.
pub(crate) fn huawei_uri(path: &str) -> String {
    let mut uri = encoded_segments(path);
    if !uri.ends_with('/') {
        uri.push('/');
    }
    uri
}

/// Alibaba V3's canonical URI: `/` for RPC-style APIs, the encoded path otherwise.
pub(crate) fn acs3_uri(path: &str) -> String {
    let uri = encoded_segments(path);
    if uri.is_empty() {
        "/".to_owned()
    } else {
        uri
    }
}

/// `parts` joined by `\n`, allocated once: `format!` grows its buffer step by step, which
/// showed in the benchmark for requests of a few hundred bytes.
pub(crate) fn lines(parts: &[&str]) -> String {
    let size = parts.iter().map(|p| p.len() + 1).sum();
    let mut out = String::with_capacity(size);
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push_str(part);
    }
    out
}

/// The header part of a canonical request.
pub(crate) struct CanonicalHeaders {
    /// `name:value\n` per header: names lower-cased, values trimmed (inner spaces kept),
    /// sorted by name.
    pub block: String,
    /// The lower-cased names joined by `;`.
    pub signed: String,
}

/// Header names are unique (checked on the way in), so sorting by name is a total order.
pub(crate) fn canonical_headers<'a>(
    headers: impl IntoIterator<Item = &'a (String, String)>,
) -> CanonicalHeaders {
    let mut lines: Vec<(String, &str)> = headers
        .into_iter()
        // Only space and tab can surround a value: other control characters were refused.
        .map(|(name, value)| (name.to_ascii_lowercase(), value.trim_matches([' ', '\t'])))
        .collect();
    lines.sort_by(|a, b| a.0.cmp(&b.0));
    let size = lines.iter().map(|(n, v)| n.len() + v.len() + 2).sum();
    let mut block = String::with_capacity(size);
    let mut names = Vec::with_capacity(lines.len());
    for (name, value) in &lines {
        block.push_str(name);
        block.push(':');
        block.push_str(value);
        block.push('\n');
        names.push(name.as_str());
    }
    CanonicalHeaders {
        block,
        signed: names.join(";"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::encoding::parse_query;

    fn sorted(query: &str) -> String {
        sorted_query(&parse_query(query.as_bytes()))
    }

    #[test]
    fn query_sorts_by_key_then_value_with_repeated_keys() {
        assert_eq!(sorted("b=2&a=2&a=1&c"), "a=1&a=2&b=2&c=");
        assert_eq!(sorted("marker=x&limit=2"), "limit=2&marker=x");
    }

    #[test]
    fn query_sorts_mixed_case_keys_by_byte() {
        assert_eq!(sorted("b=1&B=2&a=3&A=4"), "A=4&B=2&a=3&b=1");
    }

    #[test]
    fn query_sorts_decoded_text_not_encoded_text() {
        // "é" (0xC3...) sorts after "z"; encoded it would start with '%' and come first.
        assert_eq!(sorted("%C3%A9=1&z=2"), "z=2&%C3%A9=1");
        // Space (0x20) sorts before '-' (0x2D) both ways; '+' decodes to a space.
        assert_eq!(sorted("a-b=1&a+b=2"), "a%20b=2&a-b=1");
    }

    #[test]
    fn query_values_are_encoded_per_rfc3986() {
        assert_eq!(
            sorted("t=2023-03-13T08%3A34%3A30Z&s=a*b~c&p=a%2Bb+c&u=%E7%9B%B4%E6%92%AD&e="),
            "e=&p=a%2Bb%20c&s=a%2Ab~c&t=2023-03-13T08%3A34%3A30Z&u=%E7%9B%B4%E6%92%AD"
        );
        assert_eq!(sorted(""), "");
    }

    #[test]
    fn huawei_uri_encodes_segments_and_ends_with_a_slash() {
        assert_eq!(huawei_uri("/"), "/");
        assert_eq!(huawei_uri(""), "/");
        assert_eq!(huawei_uri("/v1/abc/vpcs"), "/v1/abc/vpcs/");
        assert_eq!(huawei_uri("/v1/abc/"), "/v1/abc/");
        assert_eq!(huawei_uri("/a%2Fb/c d/e+f/*~"), "/a/b/c%20d/e%2Bf/%2A~/");
        assert_eq!(huawei_uri("/%E7%9B%B4%E6%92%AD"), "/%E7%9B%B4%E6%92%AD/");
        assert_eq!(huawei_uri("/a//b"), "/a//b/");
    }

    #[test]
    fn acs3_uri_keeps_the_path_as_is_but_encoded() {
        assert_eq!(acs3_uri("/"), "/");
        assert_eq!(acs3_uri(""), "/");
        assert_eq!(acs3_uri("/live/a%20b/c"), "/live/a%20b/c");
        assert_eq!(acs3_uri("/x*y/"), "/x%2Ay/");
    }

    #[test]
    fn lines_are_joined_by_newlines() {
        assert_eq!(lines(&["GET", "/", "", "x"]), "GET\n/\n\nx");
        assert_eq!(lines(&[]), "");
    }

    #[test]
    fn headers_lower_case_trim_and_sort() {
        let headers = vec![
            ("X-Sdk-Date".to_owned(), "20191115T033655Z".to_owned()),
            (
                "Content-Type".to_owned(),
                "  application/json;  charset=utf-8\t".to_owned(),
            ),
            ("host".to_owned(), "h".to_owned()),
            ("X-Empty".to_owned(), "".to_owned()),
        ];
        let c = canonical_headers(&headers);
        assert_eq!(
            c.block,
            "content-type:application/json;  charset=utf-8\nhost:h\nx-empty:\nx-sdk-date:20191115T033655Z\n"
        );
        assert_eq!(c.signed, "content-type;host;x-empty;x-sdk-date");
        let none = canonical_headers(&[]);
        assert_eq!((none.block.as_str(), none.signed.as_str()), ("", ""));
    }
}
