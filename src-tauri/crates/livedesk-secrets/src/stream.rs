//! Stream keys: the parts of a push or relay address that let anyone holding them broadcast
//! on the producer's channel. They are masked like account secrets (the last 4 characters
//! shown), wherever an address appears in text.

use crate::{last4, MASK};

/// Query parameters that carry a stream key or its signature, in any address.
const KEY_PARAMS: [&str; 6] = [
    "auth_key",
    "streamkey",
    "stream_key",
    "key",
    "streamid",
    "passphrase",
];

/// Where a push address starts; its last path segment is the stream key (`app/stream`).
const PUSH_SCHEMES: [&str; 3] = ["rtmp://", "rtmps://", "srt://"];

/// An address ends at white space, a quote, a backslash (JSON escapes) or a list separator.
fn ends_address(c: char) -> bool {
    c.is_whitespace() || matches!(c, '"' | '\'' | '\\' | ',' | ']' | '}' | '<' | '>')
}

/// How a stream key looks once masked: [`MASK`] and, for long keys, their last 4 characters.
/// A key already masked stays as it is: masking twice would lose its last 4.
pub fn mask_last4(value: &str) -> String {
    if is_masked(value) {
        return value.to_owned();
    }
    match last4(value) {
        Some(tail) => format!("{MASK}{tail}"),
        None => MASK.to_owned(),
    }
}

fn is_masked(value: &str) -> bool {
    value.starts_with(MASK)
}

/// One stream key found in text: which part of the address holds it, and the value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StreamKeyPart<'a> {
    /// A query parameter (`auth_key`, `streamid`, …), by its name as written.
    Param(&'a str),
    /// The stream name of a push address (`rtmp://host/app/<stream>`).
    StreamName,
}

/// `text` with every stream key replaced by `replace(part, value)`: the key parameters of
/// any address, and the stream name of `rtmp://`, `rtmps://` and `srt://` addresses.
pub fn replace_stream_keys(
    text: &str,
    mut replace: impl FnMut(StreamKeyPart<'_>, &str) -> String,
) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = next_address(rest) {
        out.push_str(&rest[..start]);
        let after = &rest[start..];
        let end = after.find(ends_address).unwrap_or(after.len());
        out.push_str(&mask_address(&after[..end], &mut replace));
        rest = &after[end..];
    }
    out.push_str(rest);
    out
}

/// The start of the next address with a stream key: a push scheme, or `?`/`&` before a key
/// parameter of any other address.
fn next_address(text: &str) -> Option<usize> {
    let lower = text.to_ascii_lowercase();
    let push = PUSH_SCHEMES.iter().filter_map(|s| lower.find(s)).min();
    let param = KEY_PARAMS
        .iter()
        .flat_map(|p| [format!("?{p}="), format!("&{p}=")])
        .filter_map(|marker| lower.find(&marker))
        .min();
    match (push, param) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

fn mask_address(
    address: &str,
    replace: &mut impl FnMut(StreamKeyPart<'_>, &str) -> String,
) -> String {
    let (base, separator, query) = match address.strip_prefix('&') {
        Some(query) => ("", '&', Some(query)),
        None => match address.split_once('?') {
            Some((base, query)) => (base, '?', Some(query)),
            None => (address, '?', None),
        },
    };
    let mut out = String::with_capacity(address.len());
    let is_push = PUSH_SCHEMES
        .iter()
        .any(|s| base.to_ascii_lowercase().starts_with(s));
    match base.rfind('/') {
        // `scheme://host/app/stream`: at least two segments after the host.
        Some(slash)
            if is_push && base[..slash].matches('/').count() >= 3 && slash + 1 < base.len() =>
        {
            out.push_str(&base[..=slash]);
            out.push_str(&replace(StreamKeyPart::StreamName, &base[slash + 1..]));
        }
        _ => out.push_str(base),
    }
    if let Some(query) = query {
        out.push(separator);
        let params: Vec<String> = query
            .split('&')
            .map(|pair| match pair.split_once('=') {
                Some((name, value))
                    if !value.is_empty()
                        && KEY_PARAMS.iter().any(|p| p.eq_ignore_ascii_case(name)) =>
                {
                    format!("{name}={}", replace(StreamKeyPart::Param(name), value))
                }
                _ => pair.to_owned(),
            })
            .collect();
        out.push_str(&params.join("&"));
    }
    out
}

/// Every stream key in `text`, to remember them (logs, crash reports) or look for them.
pub fn stream_keys(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    replace_stream_keys(text, |_, value| {
        found.push(value.to_owned());
        String::new()
    });
    found
}

/// `text` with every stream key masked as [`mask_last4`] shows it.
pub fn mask_stream_keys(text: &str) -> String {
    replace_stream_keys(text, |_, value| mask_last4(value))
}

/// Whether a JSON field name holds a stream key by itself (`stream_key`, `streamKey`).
fn is_stream_key_field(name: &str) -> bool {
    let plain: String = name.chars().filter(|c| *c != '_' && *c != '-').collect();
    plain.eq_ignore_ascii_case("streamkey")
}

/// Masks, in place, every stream key in a JSON value (a vendor's answer): fields named
/// `stream_key` and the keys of addresses in any string. Each is [`crate::remember`]ed too,
/// so the log and crash reports mask it wherever else it turns up.
pub fn mask_stream_keys_in_json(value: &mut serde_json::Value) {
    use serde_json::Value;
    match value {
        Value::String(text) => {
            for key in stream_keys(text).into_iter().filter(|k| !is_masked(k)) {
                crate::remember(&key);
            }
            *text = mask_stream_keys(text);
        }
        Value::Array(items) => items.iter_mut().for_each(mask_stream_keys_in_json),
        Value::Object(map) => {
            for (name, field) in map.iter_mut() {
                match field {
                    Value::String(key)
                        if is_stream_key_field(name) && !key.is_empty() && !is_masked(key) =>
                    {
                        crate::remember(key);
                        *key = mask_last4(key);
                    }
                    other => mask_stream_keys_in_json(other),
                }
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn push_addresses_show_only_the_last_4_of_their_keys() {
        let text = r#"{"SideOutputUrl":"rtmp://push.example.com/live/STREAM-KEY-CANARY-1234?auth_key=1700000000-0-0-abcdef0123456789"}"#;
        let masked = mask_stream_keys(text);
        assert_eq!(
            masked,
            format!(
                r#"{{"SideOutputUrl":"rtmp://push.example.com/live/{MASK}1234?auth_key={MASK}6789"}}"#
            )
        );
        assert_eq!(
            stream_keys(text),
            ["STREAM-KEY-CANARY-1234", "1700000000-0-0-abcdef0123456789"]
        );
    }

    #[test]
    fn other_addresses_keep_their_path_and_short_keys_show_nothing() {
        assert_eq!(
            mask_stream_keys(
                "see https://cdn.example.com/live/index.m3u8 and rtmp://a.example/live2"
            ),
            "see https://cdn.example.com/live/index.m3u8 and rtmp://a.example/live2"
        );
        assert_eq!(
            mask_stream_keys("srt://h:9000?streamid=publish/live/abc&latency=2"),
            format!("srt://h:9000?streamid={MASK}/abc&latency=2")
        );
        assert_eq!(
            mask_stream_keys("play https://x.example/a.flv?AUTH_KEY=1-0-0-0123456789abcd end"),
            format!("play https://x.example/a.flv?AUTH_KEY={MASK}abcd end")
        );
        assert_eq!(
            mask_stream_keys("no address, key=value"),
            "no address, key=value"
        );
        assert_eq!(mask_last4("short"), MASK);
    }

    #[test]
    fn masking_twice_is_masking_once() {
        let once = mask_stream_keys(
            "rtmp://h.example/live/STREAM-KEY-CANARY-1234?auth_key=x-0123456789ab",
        );
        assert_eq!(mask_stream_keys(&once), once);
        let mut answer = serde_json::json!({"stream_key": "relay-key-0123456789", "url": once});
        mask_stream_keys_in_json(&mut answer);
        let first = answer.clone();
        mask_stream_keys_in_json(&mut answer);
        assert_eq!(answer, first);
        assert_eq!(answer["stream_key"], format!("{MASK}6789"));
    }

    #[test]
    fn answers_are_masked_field_by_field() {
        let mut answer = serde_json::json!({"live": {"relay_settings": [{"rtmp": {
            "url": "rtmp://a.rtmp.youtube.com/live2", "streamKey": "yt-key-0123456789"}}]},
            "SideOutputUrl": "rtmp://h/app/s-0123456789ab", "name": "stream_key"});
        mask_stream_keys_in_json(&mut answer);
        let text = answer.to_string();
        assert!(!text.contains("0123456"), "{text}");
        assert!(text.contains(&format!("{MASK}6789")) && text.contains(&format!("{MASK}89ab")));
        assert!(
            text.contains("rtmp://a.rtmp.youtube.com/live2") && text.contains("\"stream_key\"")
        );
    }
}
