//! A secret's place in a copy of a request (the review, "copy as curl"): a placeholder that
//! survives encoding, shown as [`MASK`] or turned into a shell variable.

use crate::{last4, MASK};

/// Placeholders are `__LIVEDESK_SECRET_<NAME>__`: only unreserved characters, so encoding
/// leaves them as they are in a path, a query and a JSON body.
pub const PLACEHOLDER_START: &str = "__LIVEDESK_SECRET_";
const PLACEHOLDER_END: &str = "__";

/// The placeholder of the secret called `name` (upper-case letters, digits and `_`).
pub fn placeholder(name: &str) -> String {
    format!("{PLACEHOLDER_START}{name}{PLACEHOLDER_END}")
}

/// Marks the last 4 characters a placeholder carries, hex-encoded so that the placeholder
/// stays unreserved characters: `__LIVEDESK_SECRET_STREAM_KEY_L4_31323334__`.
const LAST4_MARK: &str = "_L4_";

/// The placeholder of a secret called `name` that shows its last 4 characters once masked
/// (stream keys, like account secrets); short values show none.
pub fn placeholder_last4(name: &str, value: &str) -> String {
    match last4(value) {
        Some(tail) => placeholder(&format!("{name}{LAST4_MARK}{}", hex(&tail))),
        None => placeholder(name),
    }
}

fn hex(text: &str) -> String {
    text.bytes().map(|b| format!("{b:02x}")).collect()
}

/// `NAME_L4_<hex>` → (`NAME`, the last 4 characters).
fn split_last4(name: &str) -> (&str, Option<String>) {
    let Some((base, encoded)) = name.rsplit_once(LAST4_MARK) else {
        return (name, None);
    };
    let bytes: Option<Vec<u8>> = (0..encoded.len())
        .step_by(2)
        .map(|i| {
            encoded
                .get(i..i + 2)
                .and_then(|h| u8::from_str_radix(h, 16).ok())
        })
        .collect();
    match bytes.and_then(|b| String::from_utf8(b).ok()) {
        Some(tail) => (base, Some(tail)),
        None => (name, None),
    }
}

/// A piece of text with placeholders: literal text, or the name of a secret.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    Text(String),
    Secret(String),
}

/// Splits text at the placeholders: `a__LIVEDESK_SECRET_X__b` → `a`, secret `X`, `b`.
pub fn pieces(text: &str) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find(PLACEHOLDER_START) {
        let after = &rest[start + PLACEHOLDER_START.len()..];
        let Some(end) = after.find(PLACEHOLDER_END) else {
            break;
        };
        if start > 0 {
            out.push(Piece::Text(rest[..start].to_owned()));
        }
        // The secret's name only: the last 4 characters are for the mask.
        out.push(Piece::Secret(split_last4(&after[..end]).0.to_owned()));
        rest = &after[end + PLACEHOLDER_END.len()..];
    }
    if !rest.is_empty() {
        out.push(Piece::Text(rest.to_owned()));
    }
    out
}

/// The text as shown: every placeholder replaced by [`MASK`] (and the last 4 characters of
/// the secret, when the placeholder carries them).
pub fn mask_placeholders(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find(PLACEHOLDER_START) {
        let after = &rest[start + PLACEHOLDER_START.len()..];
        let Some(end) = after.find(PLACEHOLDER_END) else {
            break;
        };
        out.push_str(&rest[..start]);
        out.push_str(MASK);
        if let (_, Some(tail)) = split_last4(&after[..end]) {
            out.push_str(&tail);
        }
        rest = &after[end + PLACEHOLDER_END.len()..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_split_and_mask() {
        let text = format!("a{}b{}", placeholder("X"), placeholder("AUTH_KEY"));
        assert_eq!(
            pieces(&text),
            vec![
                Piece::Text("a".into()),
                Piece::Secret("X".into()),
                Piece::Text("b".into()),
                Piece::Secret("AUTH_KEY".into()),
            ]
        );
        assert_eq!(mask_placeholders(&text), format!("a{MASK}b{MASK}"));
        assert_eq!(mask_placeholders("no placeholder"), "no placeholder");
        assert_eq!(
            pieces("__LIVEDESK_SECRET_open"),
            vec![Piece::Text("__LIVEDESK_SECRET_open".into())]
        );
    }

    #[test]
    fn a_placeholder_can_carry_the_last_4() {
        let text = format!(
            "rtmp://h/app/{}",
            placeholder_last4("STREAM_KEY", "sk-live-0123-abcd")
        );
        assert!(!text.contains("abcd"), "{text}");
        assert_eq!(mask_placeholders(&text), format!("rtmp://h/app/{MASK}abcd"));
        assert_eq!(pieces(&text)[1], Piece::Secret("STREAM_KEY".into()));
        assert_eq!(placeholder_last4("K", "short"), placeholder("K"));
    }
}
