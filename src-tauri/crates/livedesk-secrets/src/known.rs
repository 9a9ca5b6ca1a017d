//! Secrets known by value (the tokens a request carried, an account's keys), looked for in
//! every encoding.

use std::fmt;

use crate::{encodings, mask_token_params, MASK};

/// A set of secret values and their [`encodings`], to find or mask them in text. `Debug`
/// prints only how many there are.
#[derive(Clone, Default)]
pub struct KnownSecrets {
    /// Longest first, so a secret is masked whole before any shorter one inside it.
    needles: Vec<String>,
}

impl fmt::Debug for KnownSecrets {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "KnownSecrets({} forms)", self.needles.len())
    }
}

impl KnownSecrets {
    /// Every non-empty value of `secrets`, however short.
    pub fn new<'a>(secrets: impl IntoIterator<Item = &'a str>) -> Self {
        Self::at_least(0, secrets)
    }

    /// The values of at least `min_len` bytes: for free text, where a short value would
    /// mask ordinary words (see [`crate::MIN_FREE_TEXT_LEN`]).
    pub fn at_least<'a>(min_len: usize, secrets: impl IntoIterator<Item = &'a str>) -> Self {
        let mut needles: Vec<String> = Vec::new();
        for secret in secrets.into_iter().filter(|s| s.len() >= min_len) {
            for form in encodings(secret) {
                if !needles.contains(&form) {
                    needles.push(form);
                }
            }
        }
        needles.sort_by_key(|n| std::cmp::Reverse(n.len()));
        Self { needles }
    }

    pub fn is_empty(&self) -> bool {
        self.needles.is_empty()
    }

    /// Whether `text` holds one of the secrets, in any encoding.
    pub fn found_in(&self, text: &str) -> bool {
        self.needles.iter().any(|n| text.contains(n.as_str()))
    }

    /// `text` with every occurrence of the secrets replaced by [`MASK`], and the value of
    /// any token parameter too, whatever it is ([`mask_token_params`]).
    pub fn mask(&self, text: &str) -> String {
        let mut out = text.to_owned();
        for needle in &self.needles {
            if out.contains(needle.as_str()) {
                out = out.replace(needle.as_str(), MASK);
            }
        }
        mask_token_params(&out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_encoding_is_found_and_masked() {
        let known = KnownSecrets::new(["k+y/=\"ü"]);
        for text in [
            "raw k+y/=\"ü end",
            "json k+y/=\\\"ü end",
            "url k%2By%2F%3D%22%C3%BC end",
            "lower k%2by%2f%3d%22%c3%bc end",
        ] {
            assert!(known.found_in(text), "{text}");
            let masked = known.mask(text);
            assert!(
                masked.contains(MASK) && masked.ends_with(" end"),
                "{masked}"
            );
            assert!(
                !masked.contains("k+y") && !masked.contains("k%2"),
                "{masked}"
            );
        }
        assert!(!known.found_in("k y"));
        assert_eq!(
            KnownSecrets::default().mask("ak LDSB not exist"),
            "ak LDSB not exist"
        );
        assert_eq!(
            KnownSecrets::default().mask("x?SecurityToken=other"),
            format!("x?SecurityToken={MASK}")
        );
    }

    #[test]
    fn short_values_can_be_left_out_and_debug_shows_none() {
        let known = KnownSecrets::at_least(6, ["abc", "", "longer-TOKEN"]);
        assert_eq!(known.mask("abc longer-TOKEN"), format!("abc {MASK}"));
        assert!(!format!("{known:?}").contains("TOKEN"));
        assert!(KnownSecrets::new([""]).is_empty());
    }

    #[test]
    fn the_longest_form_wins() {
        let known = KnownSecrets::new(["token", "token-and-more"]);
        assert_eq!(known.mask("x token-and-more y"), format!("x {MASK} y"));
    }
}
