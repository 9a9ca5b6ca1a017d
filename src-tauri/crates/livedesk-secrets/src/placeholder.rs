//! A secret's place in a copy of a request (the review, "copy as curl"): a placeholder that
//! survives encoding, shown as [`MASK`] or turned into a shell variable.

use crate::MASK;

/// Placeholders are `__LIVEDESK_SECRET_<NAME>__`: only unreserved characters, so encoding
/// leaves them as they are in a path, a query and a JSON body.
pub const PLACEHOLDER_START: &str = "__LIVEDESK_SECRET_";
const PLACEHOLDER_END: &str = "__";

/// The placeholder of the secret called `name` (upper-case letters, digits and `_`).
pub fn placeholder(name: &str) -> String {
    format!("{PLACEHOLDER_START}{name}{PLACEHOLDER_END}")
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
        out.push(Piece::Secret(after[..end].to_owned()));
        rest = &after[end + PLACEHOLDER_END.len()..];
    }
    if !rest.is_empty() {
        out.push(Piece::Text(rest.to_owned()));
    }
    out
}

/// The text as shown: every placeholder replaced by [`MASK`].
pub fn mask_placeholders(text: &str) -> String {
    pieces(text)
        .into_iter()
        .map(|p| match p {
            Piece::Text(t) => t,
            Piece::Secret(_) => MASK.to_owned(),
        })
        .collect()
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
}
