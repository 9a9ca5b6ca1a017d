//! The secrets the engine has handled, recognised in log lines and crash reports.
//!
//! The registry keeps no secret: only each encoding's length and a keyed fingerprint (SipHash
//! with this process's random key). A copy of the secrets in a global would be one more place
//! for them to leak from (a core dump, a Debug of the registry); a fingerprint is enough to
//! recognise them in a message, by fingerprinting every substring of a registered length.

use std::collections::hash_map::RandomState;
use std::collections::BTreeSet;
use std::hash::BuildHasher;
use std::sync::{OnceLock, RwLock};

use crate::{encodings, MASK, MIN_FREE_TEXT_LEN};

struct Registry {
    key: RandomState,
    /// (length in bytes, fingerprint)
    prints: RwLock<BTreeSet<(usize, u64)>>,
}

fn registry() -> &'static Registry {
    static REGISTRY: OnceLock<Registry> = OnceLock::new();
    REGISTRY.get_or_init(|| Registry {
        key: RandomState::new(),
        prints: RwLock::new(BTreeSet::new()),
    })
}

impl Registry {
    fn print(&self, text: &str) -> u64 {
        self.key.hash_one(text.as_bytes())
    }
}

/// Remembers a secret the engine has handled (typed into a form or loaded from the keychain)
/// so that [`mask_remembered`] finds it later, in every one of its [`encodings`]. Only
/// fingerprints are kept.
pub fn remember(secret: &str) {
    if secret.len() < MIN_FREE_TEXT_LEN {
        return;
    }
    let registry = registry();
    let prints: Vec<(usize, u64)> = encodings(secret)
        .iter()
        .map(|v| (v.len(), registry.print(v)))
        .collect();
    let mut known = registry.prints.write().unwrap_or_else(|p| p.into_inner());
    known.extend(prints);
}

/// `text` with every remembered secret (in any encoding) replaced by [`MASK`].
pub fn mask_remembered(text: &str) -> String {
    let registry = registry();
    let known = registry.prints.read().unwrap_or_else(|p| p.into_inner());
    if known.is_empty() {
        return text.to_owned();
    }
    let lengths: BTreeSet<usize> = known.iter().map(|(len, _)| *len).collect();
    let mut out = String::with_capacity(text.len());
    let mut start = 0;
    let mut i = 0;
    while i < text.len() {
        // The longest match first, so a secret's escaped form wins over a shorter one inside it.
        let hit = lengths.iter().rev().find(|&&len| {
            text.get(i..i + len)
                .is_some_and(|window| known.contains(&(len, registry.print(window))))
        });
        match hit {
            Some(&len) => {
                out.push_str(&text[start..i]);
                out.push_str(MASK);
                i += len;
                start = i;
            }
            None => i += text[i..].chars().next().map_or(1, char::len_utf8),
        }
    }
    out.push_str(&text[start..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remembered_secrets_are_found_in_every_form() {
        let secret = "Sc-rub\"Me/+=ü-0001";
        remember(secret);
        let json = serde_json::to_string(secret).unwrap();
        let encoded: String = form_urlencoded::byte_serialize(secret.as_bytes()).collect();
        let url = crate::encodings(secret)[3].clone();
        let text =
            format!("raw {secret} debug {secret:?} json {json} form {encoded} url {url} end");
        let clean = mask_remembered(&text);
        assert!(!clean.contains("rub"), "{clean}");
        assert!(clean.starts_with(&format!("raw {MASK} debug ")), "{clean}");
        assert!(clean.ends_with(" end"), "{clean}");
    }

    #[test]
    fn text_without_secrets_is_unchanged() {
        remember("another-secret-value-42");
        remember("short");
        let text = "ünïcode text, acc_0123456789abcdef, request 42, short";
        assert_eq!(mask_remembered(text), text);
    }
}
