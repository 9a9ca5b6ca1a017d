//! The clock and the nonce, injected so that a signature is a pure function of its inputs
//! (reproducible in tests and in the conformance harness).

use crate::SigningTime;

/// When the request is signed, and the one-time value that Alibaba requires.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SigningContext {
    pub time: SigningTime,
    /// Alibaba's `SignatureNonce` / `x-acs-signature-nonce`: fresh for every attempt,
    /// retries included (a reused one is refused with `SignatureNonceUsed`).
    pub nonce: Option<String>,
}

impl SigningContext {
    pub fn new(time: SigningTime) -> Self {
        Self { time, nonce: None }
    }

    pub fn with_nonce(mut self, nonce: impl Into<String>) -> Self {
        self.nonce = Some(nonce.into());
        self
    }
}
