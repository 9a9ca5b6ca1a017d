//! Finding secrets in text that is about to leave the process.
//!
//! The registry keeps no secret: only each secret's length and a keyed fingerprint (SipHash
//! with this process's random key). A copy of the secrets in a global would be one more place
//! for them to leak from (a core dump, a Debug of the registry); a fingerprint is enough to
//! recognise them in a message, by fingerprinting every substring of a registered length.
//! Besides the exact value, the forms a secret takes once formatted are registered: Rust
//! `Debug` and JSON escaping, and percent-encoding.

use std::collections::hash_map::RandomState;
use std::collections::BTreeSet;
use std::hash::BuildHasher;
use std::sync::{OnceLock, RwLock};

/// Shorter values would mask ordinary words; vendor keys and tokens are far longer.
const MIN_SECRET_LEN: usize = 6;
/// A run of key-like characters at least this long is masked in crash reports.
const MIN_KEY_LIKE_LEN: usize = 24;
/// Crash messages are cut here before scrubbing (a Debug of a large value can be huge).
const MAX_REPORT_BYTES: usize = 64 << 10;

pub(crate) const SECRET_MASK: &str = "[secret]";

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

/// The forms a secret takes in formatted text, besides itself.
fn variants(secret: &str) -> Vec<String> {
    let debug = format!("{secret:?}");
    let json = serde_json::to_string(secret).unwrap_or_default();
    let mut forms = vec![
        secret.to_owned(),
        debug[1..debug.len() - 1].to_owned(),
        json.get(1..json.len().saturating_sub(1))
            .unwrap_or_default()
            .to_owned(),
        url::form_urlencoded::byte_serialize(secret.as_bytes()).collect(),
    ];
    forms.sort();
    forms.dedup();
    forms
}

/// Remembers a secret the engine has handled (typed into a form or loaded from the keychain)
/// so that [`scrub_secrets`] can find it later. Only a fingerprint is kept.
pub fn remember_secret(secret: &str) {
    if secret.len() < MIN_SECRET_LEN {
        return;
    }
    let registry = registry();
    let prints: Vec<(usize, u64)> = variants(secret)
        .iter()
        .map(|v| (v.len(), registry.print(v)))
        .collect();
    let mut known = registry.prints.write().unwrap_or_else(|p| p.into_inner());
    known.extend(prints);
}

/// `text` with every remembered secret (in any registered form) replaced by `[secret]`.
pub fn scrub_secrets(text: &str) -> String {
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
                out.push_str(SECRET_MASK);
                i += len;
                start = i;
            }
            None => i += text[i..].chars().next().map_or(1, char::len_utf8),
        }
    }
    out.push_str(&text[start..]);
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
            out.push_str(&format!("[masked {} chars]", run.len()));
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

/// What a crash report may show of a message: cut to a sane size, remembered secrets
/// replaced, key-like tokens masked.
pub fn scrub_report(message: &str) -> String {
    let mut end = message.len().min(MAX_REPORT_BYTES);
    while !message.is_char_boundary(end) {
        end -= 1;
    }
    let cut = &message[..end];
    let mut clean = mask_key_like(&scrub_secrets(cut));
    if end < message.len() {
        clean.push_str(" [cut]");
    }
    clean
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remembered_secrets_are_found_in_every_form() {
        let secret = "Sc-rub\"Me/+=ü-0001";
        remember_secret(secret);
        let json = serde_json::to_string(secret).unwrap();
        let encoded: String = url::form_urlencoded::byte_serialize(secret.as_bytes()).collect();
        let text = format!("raw {secret} debug {secret:?} json {json} url {encoded} end");
        let clean = scrub_secrets(&text);
        assert!(!clean.contains("rub"), "{clean}");
        assert!(clean.starts_with("raw [secret] debug "), "{clean}");
        assert!(clean.ends_with(" end"), "{clean}");
    }

    #[test]
    fn text_without_secrets_is_unchanged() {
        remember_secret("another-secret-value-42");
        let text = "ünïcode text, acc_0123456789abcdef, request 42";
        assert_eq!(scrub_secrets(text), text);
        assert_eq!(scrub_report(text), text);
    }

    #[test]
    fn key_like_tokens_are_masked_but_words_and_paths_are_not() {
        let text = "sig=9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 at src/accounts/service.rs:12 Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0";
        let masked = mask_key_like(text);
        assert!(!masked.contains("9f86d0"), "{masked}");
        assert!(!masked.contains("eyJzdWIi"), "{masked}");
        assert!(masked.contains("src/accounts/service.rs:12"), "{masked}");
    }

    #[test]
    fn huge_messages_are_cut_on_a_character_boundary() {
        let text = "é".repeat(MAX_REPORT_BYTES);
        let clean = scrub_report(&text);
        assert!(clean.ends_with(" [cut]"));
        assert!(clean.len() <= MAX_REPORT_BYTES + 6);
    }
}
