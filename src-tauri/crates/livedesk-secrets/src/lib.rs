//! Secrets, and how they look once text leaves the engine.
//!
//! Every crate of Livedesk keeps its secret values in [`Secret`] and masks secrets in text
//! through this crate, so that a secret always looks the same ([`MASK`]) wherever it was
//! caught: a review, "copy as curl", a vendor's error, a `Debug` of a request, a log line, a
//! crash report, or the history guard.
//!
//! - [`Secret`]: the value itself. `Debug` and `Display` print [`MASK`], it has no
//!   `Serialize`, and its memory is zeroed when dropped (`secrecy`). [`last4`]: the only part
//!   of a secret the UI may show.
//! - [`KnownSecrets`]: values known at hand (the tokens of one request, an account's keys),
//!   found and masked in every encoding they take in text ([`encodings`]).
//! - [`remember`] / [`mask_remembered`]: the process-wide fingerprints of every secret the
//!   engine has handled, for log lines and crash reports (no copy of a value is kept).
//! - [`mask_key_like`], [`mask_token_params`], [`mask_header_value`], [`mask_header_lines`]:
//!   what looks like a secret by its shape or by its name, even when its value is unknown.
//! - [`placeholder`] / [`Piece`]: a secret's place in a copy of a request (review, curl);
//!   [`placeholder_last4`] for one shown with its last 4 characters.
//! - [`mask_stream_keys`], [`replace_stream_keys`], [`stream_keys`]: the keys of push and
//!   relay addresses (stream names, `auth_key`), masked like secrets with their last 4.

mod encodings;
mod fingerprints;
mod known;
mod placeholder;
mod secret;
mod shapes;
mod stream;

pub use encodings::encodings;
pub use fingerprints::{mask_remembered, remember};
pub use known::KnownSecrets;
pub use placeholder::{
    mask_placeholders, pieces, placeholder, placeholder_last4, Piece, PLACEHOLDER_START,
};
pub use secret::{last4, ExposeSecret, Secret};
pub use shapes::{
    header_secrets, is_sensitive_header, mask_header_lines, mask_header_value, mask_key_like,
    mask_param_values, mask_token_params,
};
pub use stream::{
    mask_last4, mask_stream_keys, mask_stream_keys_in_json, replace_stream_keys, stream_keys,
    StreamKeyPart,
};

/// How every secret looks once masked, wherever it is shown or written.
pub const MASK: &str = "••••••";

/// Values shorter than this are not looked for in free text: they would mask ordinary words.
/// Vendor keys and tokens are far longer.
pub const MIN_FREE_TEXT_LEN: usize = 6;
