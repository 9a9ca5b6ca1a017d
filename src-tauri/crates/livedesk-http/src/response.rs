//! A vendor's successful answer, with what every answer tells about time and identity.

use std::fmt;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use reqwest::header::HeaderMap;
use serde::de::DeserializeOwned;

use crate::error::HttpError;
use crate::vendor::Vendor;

/// A 2xx answer whose body was read whole (within the size cap) and, when not empty, is JSON.
#[derive(Clone)]
pub struct VendorResponse {
    pub vendor: Vendor,
    pub status: u16,
    pub headers: HeaderMap,
    pub body: Vec<u8>,
    /// The vendor's id for this request (Huawei `X-Request-Id`, Alibaba `RequestId`, ...).
    pub request_id: Option<String>,
    /// The answer's `Date` header.
    pub server_date: Option<SystemTime>,
    /// The vendor's clock minus this computer's, in seconds: positive means this computer is
    /// behind. `None` without a usable `Date` header.
    pub clock_skew_seconds: Option<i64>,
    /// How long the attempt that produced this answer took, body included.
    pub elapsed: Duration,
    /// How many attempts were made (1 unless a read was retried).
    pub attempts: u32,
}

impl VendorResponse {
    /// The body read as `T`. A body of another shape is [`HttpError::BadResponse`]; the
    /// problem names where in the body, never what it says.
    pub fn json<T: DeserializeOwned>(&self) -> Result<T, HttpError> {
        serde_json::from_slice(&self.body).map_err(|e| HttpError::BadResponse {
            vendor: self.vendor.display_name(),
            status: self.status,
            problem: json_problem(&e),
            request_id: self.request_id.clone(),
        })
    }
}

impl fmt::Debug for VendorResponse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Bodies can hold stream keys and headers can hold cookies: names and sizes only.
        let header_names: Vec<&str> = self.headers.keys().map(|k| k.as_str()).collect();
        f.debug_struct("VendorResponse")
            .field("vendor", &self.vendor)
            .field("status", &self.status)
            .field("headers", &header_names)
            .field("body", &format_args!("<{} bytes>", self.body.len()))
            .field("request_id", &self.request_id)
            .field("server_date", &self.server_date)
            .field("clock_skew_seconds", &self.clock_skew_seconds)
            .field("elapsed", &self.elapsed)
            .field("attempts", &self.attempts)
            .finish()
    }
}

/// What is wrong with a body that does not read as expected, without quoting it.
pub(crate) fn json_problem(e: &serde_json::Error) -> String {
    use serde_json::error::Category;
    let (line, column) = (e.line(), e.column());
    match e.classify() {
        Category::Eof => livedesk_i18n::t!("http-cut-off"),
        Category::Syntax => livedesk_i18n::t!("http-not-json", line = line, column = column),
        Category::Data => {
            livedesk_i18n::t!("http-unexpected-shape", line = line, column = column)
        }
        Category::Io => livedesk_i18n::t!("http-unreadable-answer"),
    }
}

/// The `Date` header, when present and valid.
pub(crate) fn server_date(headers: &HeaderMap) -> Option<SystemTime> {
    let value = headers.get(reqwest::header::DATE)?.to_str().ok()?;
    httpdate::parse_http_date(value.trim()).ok()
}

/// The server's time minus the local time, in whole seconds (rounded).
pub(crate) fn skew_seconds(server: SystemTime, local: SystemTime) -> i64 {
    let millis = signed_millis(server) - signed_millis(local);
    // `Date` has whole seconds: round, do not truncate towards zero.
    (millis as f64 / 1000.0).round() as i64
}

fn signed_millis(t: SystemTime) -> i128 {
    match t.duration_since(UNIX_EPOCH) {
        Ok(d) => d.as_millis() as i128,
        Err(e) => -(e.duration().as_millis() as i128),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::HeaderValue;

    #[test]
    fn date_header_gives_the_skew() {
        let mut headers = HeaderMap::new();
        headers.insert(
            "date",
            HeaderValue::from_static("Sun, 06 Nov 1994 08:49:37 GMT"),
        );
        let server = server_date(&headers).unwrap();
        assert_eq!(
            server.duration_since(UNIX_EPOCH).unwrap().as_secs(),
            784_111_777
        );
        let local = server - Duration::from_secs(17 * 60);
        assert_eq!(skew_seconds(server, local), 1020);
        assert_eq!(skew_seconds(local, server), -1020);
        headers.insert("date", HeaderValue::from_static("yesterday"));
        assert_eq!(server_date(&headers), None);
        assert_eq!(server_date(&HeaderMap::new()), None);
    }

    #[test]
    fn json_problems_do_not_quote_the_body() {
        let e =
            serde_json::from_slice::<serde_json::Value>(b"<html>secret-ish</html>").unwrap_err();
        let problem = json_problem(&e);
        assert!(
            problem.contains("not JSON") && !problem.contains("secret"),
            "{problem}"
        );
        let e = serde_json::from_slice::<serde_json::Value>(b"{\"a\": [1, 2").unwrap_err();
        assert!(json_problem(&e).contains("cut off"));
        let e = serde_json::from_slice::<u32>(b"\"stream-key-secret\"").unwrap_err();
        let problem = json_problem(&e);
        assert!(
            problem.contains("shape") && !problem.contains("secret"),
            "{problem}"
        );
    }

    #[test]
    fn debug_shows_sizes_not_bodies() {
        let mut headers = HeaderMap::new();
        headers.insert("set-cookie", HeaderValue::from_static("session=SECRET"));
        let response = VendorResponse {
            vendor: Vendor::Naver,
            status: 200,
            headers,
            body: b"{\"streamKey\":\"SECRET\"}".to_vec(),
            request_id: None,
            server_date: None,
            clock_skew_seconds: None,
            elapsed: Duration::ZERO,
            attempts: 1,
        };
        let debug = format!("{response:?}");
        assert!(!debug.contains("SECRET"), "{debug}");
        assert!(debug.contains("set-cookie"));
    }
}
