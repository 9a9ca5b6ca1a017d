//! Percent-encoding and query parsing, written once for the rule set the vendors share.
//!
//! Huawei ("only `A-Za-z0-9-_.~` stay literal") and Alibaba (Java's `URLEncoder`, then `+` to
//! `%20`, `*` to `%2A`, `%7E` to `~`) arrive at the same rule: RFC 3986 `unreserved` stays,
//! every other byte of the UTF-8 text becomes `%XX` in upper case. NAVER signs the query as
//! sent and needs none of this.

use percent_encoding::percent_decode;

/// A decoded query or form parameter. Bytes, not text: a `%FF` must be signed as the byte
/// the server will decode, not as a replacement character.
pub(crate) type Param = (Vec<u8>, Vec<u8>);

pub(crate) fn encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len());
    encode_into(&mut out, bytes);
    out
}

/// Written out rather than through `percent_encoding::percent_encode`: it runs up to three
/// times over the whole query per Alibaba RPC signature, and the crate's chunking iterator
/// was the largest single cost in the benchmark.
pub(crate) fn encode_into(out: &mut String, bytes: &[u8]) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    out.reserve(bytes.len());
    for &b in bytes {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(b));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 0x0f)]));
        }
    }
}

/// `%XX` to bytes; a `%` not followed by two hex digits stays as it is, as servers do.
pub(crate) fn decode(text: &[u8]) -> Vec<u8> {
    percent_decode(text).collect()
}

/// Parses `a=1&b=x+y&c` the way the vendors' gateways and official SDKs read a query or an
/// `application/x-www-form-urlencoded` body: `+` is a space (their SDKs send spaces as `+`,
/// so a literal plus must arrive as `%2B`), a key without `=` has the empty value, and empty
/// pieces between `&`s are nothing.
pub(crate) fn parse_query(query: &[u8]) -> Vec<Param> {
    query
        .split(|&b| b == b'&')
        .filter(|piece| !piece.is_empty())
        .map(|piece| {
            let (key, value) = match piece.iter().position(|&b| b == b'=') {
                Some(at) => (&piece[..at], &piece[at + 1..]),
                None => (piece, &[][..]),
            };
            (decode_component(key), decode_component(value))
        })
        .collect()
}

fn decode_component(text: &[u8]) -> Vec<u8> {
    if !text.contains(&b'+') {
        return decode(text);
    }
    let spaced: Vec<u8> = text
        .iter()
        .map(|&b| if b == b'+' { b' ' } else { b })
        .collect();
    decode(&spaced)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(query: &str) -> Vec<(String, String)> {
        parse_query(query.as_bytes())
            .into_iter()
            .map(|(k, v)| {
                (
                    String::from_utf8_lossy(&k).into_owned(),
                    String::from_utf8_lossy(&v).into_owned(),
                )
            })
            .collect()
    }

    #[test]
    fn every_byte_encodes_like_the_percent_encoding_crate() {
        use percent_encoding::{percent_encode, AsciiSet, NON_ALPHANUMERIC};
        const UNRESERVED_ONLY: &AsciiSet = &NON_ALPHANUMERIC
            .remove(b'-')
            .remove(b'.')
            .remove(b'_')
            .remove(b'~');
        let all: Vec<u8> = (0..=255).collect();
        assert_eq!(
            encode(&all),
            percent_encode(&all, UNRESERVED_ONLY).to_string()
        );
    }

    #[test]
    fn unreserved_characters_stay_literal() {
        let unreserved = "ABCXYZabcxyz0189-_.~";
        assert_eq!(encode(unreserved.as_bytes()), unreserved);
    }

    #[test]
    fn reserved_characters_plus_star_slash_and_space_are_encoded() {
        assert_eq!(encode(b" "), "%20");
        assert_eq!(encode(b"+"), "%2B");
        assert_eq!(encode(b"*"), "%2A");
        assert_eq!(encode(b"/"), "%2F");
        assert_eq!(encode(b"%"), "%25");
        assert_eq!(
            encode(b":/?#[]@!$&'()*+,;="),
            "%3A%2F%3F%23%5B%5D%40%21%24%26%27%28%29%2A%2B%2C%3B%3D"
        );
        assert_eq!(encode(b"\"<>\\^`{|}"), "%22%3C%3E%5C%5E%60%7B%7C%7D");
    }

    #[test]
    fn utf8_is_encoded_byte_by_byte_in_upper_case() {
        assert_eq!(encode("é".as_bytes()), "%C3%A9");
        assert_eq!(encode("直播".as_bytes()), "%E7%9B%B4%E6%92%AD");
        assert_eq!(encode("🎥".as_bytes()), "%F0%9F%8E%A5");
        assert_eq!(encode(&[0xff, 0x00]), "%FF%00");
        let mut out = String::from("k=");
        encode_into(&mut out, "a b".as_bytes());
        assert_eq!(out, "k=a%20b");
    }

    #[test]
    fn decoding_reverses_encoding_and_keeps_stray_percents() {
        for text in ["a b+c*~/", "é直播🎥", "", "100%"] {
            assert_eq!(decode(encode(text.as_bytes()).as_bytes()), text.as_bytes());
        }
        assert_eq!(decode(b"100%"), b"100%");
        assert_eq!(decode(b"%zz%4"), b"%zz%4");
        assert_eq!(decode(b"%c3%a9"), "é".as_bytes());
    }

    #[test]
    fn query_plus_is_space_and_encoded_plus_is_plus() {
        assert_eq!(
            pairs("q=a+b&p=a%2Bb&s=a%20b"),
            [("q", "a b"), ("p", "a+b"), ("s", "a b")].map(|(k, v)| (k.into(), v.into()))
        );
    }

    #[test]
    fn query_empty_values_repeated_and_mixed_case_keys_are_kept() {
        assert_eq!(
            pairs("a&b=&=v&&a=2&A=3&x=1=2&"),
            [
                ("a", ""),
                ("b", ""),
                ("", "v"),
                ("a", "2"),
                ("A", "3"),
                ("x", "1=2")
            ]
            .map(|(k, v)| (k.into(), v.into()))
        );
        assert!(pairs("").is_empty());
        assert!(pairs("&&").is_empty());
    }

    #[test]
    fn query_keys_and_values_decode_utf8_and_raw_bytes() {
        let parsed = parse_query(b"%E7%9B%B4=%C3%A9&k=%FF");
        assert_eq!(
            parsed[0],
            ("直".as_bytes().to_vec(), "é".as_bytes().to_vec())
        );
        assert_eq!(parsed[1], (b"k".to_vec(), vec![0xff]));
    }
}
