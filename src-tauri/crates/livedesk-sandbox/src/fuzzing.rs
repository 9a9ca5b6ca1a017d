//! One request through the vendor handlers without a socket, for the coverage-guided fuzz
//! targets in `fuzz/` (request parsing and signature checks, issue 19). Not part of the
//! sandbox's API: hidden from the docs, and free to change with the fuzz targets.

use http::{HeaderMap, HeaderName, HeaderValue, Method, Uri};

use crate::faults::Vendor;
use crate::ids::RequestIds;
use crate::state::State;
use crate::vendors;
use crate::wire::Req;

/// Handles one request the way the server's pipeline does after reading it (no faults), against
/// freshly seeded state, and returns the answer's status. What hyper would have refused before
/// any handler saw it (a method, target or header that is not HTTP) is `None`.
pub fn handle(
    method: &str,
    target: &str,
    headers: &[(String, String)],
    body: &[u8],
    now_ms: i64,
) -> Option<u16> {
    let method = Method::from_bytes(method.as_bytes()).ok()?;
    let uri: Uri = target.parse().ok()?;
    let mut map = HeaderMap::new();
    for (name, value) in headers {
        map.append(
            HeaderName::from_bytes(name.as_bytes()).ok()?,
            HeaderValue::from_str(value).ok()?,
        );
    }
    let path = uri.path().to_owned();
    let req = Req {
        method,
        query: uri.query().unwrap_or_default().to_owned(),
        headers: map,
        body: bytes::Bytes::copy_from_slice(body),
        now_ms,
        id: RequestIds::new().next(),
        path,
    };
    let state = State::seeded();
    Some(
        vendors::dispatch(&state, Vendor::for_path(&req.path), &req)
            .status()
            .as_u16(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_reach_the_vendor_checks_and_what_hyper_refuses_does_not() {
        assert_eq!(handle("GET", "/nowhere", &[], b"", 0), Some(404));
        // No signature: refused by the vendor's own check, in the vendor's way.
        let status = handle("GET", "/api/v2/channels", &[], b"", 0).unwrap();
        assert!((400..500).contains(&status), "{status}");
        assert_eq!(handle("G ET", "/", &[], b"", 0), None);
        assert_eq!(handle("GET", "/a b", &[], b"", 0), None);
        let bad_header = [("x\n".to_owned(), "v".to_owned())];
        assert_eq!(handle("GET", "/", &bad_header, b"", 0), None);
    }
}
