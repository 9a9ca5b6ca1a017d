//! The secret type: a `secrecy` string whose formatting is the project's mask.

use std::fmt;

pub use secrecy::ExposeSecret;
use secrecy::SecretString;

use crate::MASK;

/// A secret value (a key, a token, a stream key). `Debug` and `Display` print [`MASK`];
/// there is deliberately no `Serialize`; the memory is zeroed on drop. Reading it takes a
/// deliberate [`ExposeSecret::expose_secret`].
#[derive(Clone, Default)]
pub struct Secret(SecretString);

impl Secret {
    pub fn new(value: impl Into<String>) -> Self {
        Self(SecretString::from(value.into()))
    }

    pub fn is_empty(&self) -> bool {
        self.0.expose_secret().is_empty()
    }
}

impl ExposeSecret<str> for Secret {
    fn expose_secret(&self) -> &str {
        self.0.expose_secret()
    }
}

impl From<String> for Secret {
    fn from(value: String) -> Self {
        Self(SecretString::from(value))
    }
}

impl From<&str> for Secret {
    fn from(value: &str) -> Self {
        Self(SecretString::from(value))
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(MASK)
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(MASK)
    }
}

/// The last 4 characters, the only part of a secret ever shown, and only for secrets long
/// enough that 4 characters reveal little.
pub fn last4(secret: &str) -> Option<String> {
    let chars: Vec<char> = secret.chars().collect();
    (chars.len() >= 12).then(|| chars[chars.len() - 4..].iter().collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug)]
    #[allow(dead_code)]
    struct Holder {
        key: Secret,
    }

    #[test]
    fn formatting_shows_only_the_mask() {
        let secret = Secret::from("sk-VERY-SECRET");
        let holder = Holder {
            key: secret.clone(),
        };
        let shown = format!("{secret} {secret:?} {secret:#?} {holder:?} {holder:#?}");
        assert!(!shown.contains("VERY-SECRET"), "{shown}");
        assert_eq!(format!("{secret}"), MASK);
        assert_eq!(secret.expose_secret(), "sk-VERY-SECRET");
        assert!(!secret.is_empty() && Secret::default().is_empty());
    }

    #[test]
    fn last4_only_for_long_secrets() {
        assert_eq!(
            last4("MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc").as_deref(),
            Some("VmHc")
        );
        assert_eq!(last4("short"), None);
    }
}
