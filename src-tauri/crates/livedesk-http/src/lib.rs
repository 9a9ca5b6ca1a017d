//! The one place that sends a signed request to a vendor and interprets what comes back
//! (no Tauri dependency).
//!
//! - [`Client`]: the HTTP policy (rustls with the platform's roots, timeouts, a size cap
//!   enforced while streaming, `Livedesk/<version>`, https only except to this computer) and
//!   [`Client::send`], which signs every attempt afresh and retries only idempotent reads.
//! - [`VendorResponse`]: a 2xx answer with its request id and the clock skew read from its
//!   `Date` header.
//! - [`VendorError`]: a vendor's error body read per vendor (Huawei, NAVER, Alibaba,
//!   BlendVision) and explained in plain words, with a hint.
//! - [`check_connection`]: one cheap read per vendor, as a [`ConnectionReport`].
//! - [`HttpError`]: the crate's one error, with `code()` and `hint()`. No secret ever appears
//!   in an error, in `Debug` output or in a report.
//!
//! ```no_run
//! # async fn demo() -> Result<(), livedesk_http::HttpError> {
//! use livedesk_http::{Client, ClientConfig, SendPolicy, Vendor};
//! use livedesk_signing::{sign, Credentials, Scheme, SignableRequest};
//!
//! let client = Client::new(ClientConfig::default())?;
//! let credentials = Credentials::naver("AK", "SK");
//! let response = client
//!     .send(&SendPolicy::read(Vendor::Naver), |_attempt| {
//!         let request = SignableRequest::new("GET", "https://livestation.apigw.ntruss.com/api/v2/channels")
//!             .with_header("x-ncp-region_code", "KR");
//!         sign(Scheme::NaverApigwV2, &credentials, request, &client.signing_context())
//!     })
//!     .await?;
//! let channels: serde_json::Value = response.json()?;
//! # Ok(()) }
//! ```

mod check;
mod client;
mod error;
mod response;
mod trace;
mod vendor;
mod vendor_error;
mod vendors;

pub use check::{check_connection, ConnectionReport, Outcome, Target, DEFAULT_NAVER_REGION};
pub use client::{
    fresh_nonce, validate_endpoint, Client, ClientConfig, LocalClock, SendPolicy, MAX_RETRIES,
    USER_AGENT,
};
pub use error::{HttpError, UnreachableReason};
pub use livedesk_codes::ErrorCode;
pub use reqwest::header::HeaderMap;
pub use response::VendorResponse;
pub use url::Url;
pub use vendor::Vendor;
pub use vendor_error::{ErrorKind, VendorError};
