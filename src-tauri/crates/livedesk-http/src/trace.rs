//! What a producer or support needs from the log about each attempt: method, host, path,
//! status, duration, attempt. Never the query (Alibaba signs in it), headers or bodies: those
//! carry signatures, tokens and access keys.

use std::time::Duration;

use livedesk_signing::SignedRequest;
use url::Url;

use crate::client::host_label;
use crate::error::HttpError;
use crate::response::VendorResponse;
use crate::vendor::Vendor;

/// Host and path of a signed request's URL, for the log only.
fn where_to(signed: &SignedRequest) -> (String, String) {
    match Url::parse(&signed.url) {
        Ok(url) => (host_label(&url), url.path().to_owned()),
        Err(_) => (String::new(), String::new()),
    }
}

pub(crate) fn sending(vendor: Vendor, signed: &SignedRequest, attempt: u32) {
    let (host, path) = where_to(signed);
    tracing::debug!(
        vendor = vendor.display_name(),
        method = %signed.method,
        %host,
        %path,
        attempt,
        "sending"
    );
}

pub(crate) fn finished(
    vendor: Vendor,
    signed: &SignedRequest,
    attempt: u32,
    elapsed: Duration,
    result: &Result<VendorResponse, HttpError>,
) {
    let (host, path) = where_to(signed);
    let vendor = vendor.display_name();
    let method = signed.method.as_str();
    let elapsed_ms = elapsed.as_millis() as u64;
    match result {
        Ok(response) => tracing::info!(
            vendor,
            method,
            %host,
            %path,
            status = response.status,
            elapsed_ms,
            attempt,
            request_id = response.request_id.as_deref().unwrap_or(""),
            "answered"
        ),
        Err(HttpError::Vendor(error)) => tracing::warn!(
            vendor,
            method,
            %host,
            %path,
            status = error.http_status,
            vendor_code = %error.code,
            elapsed_ms,
            attempt,
            request_id = error.request_id.as_deref().unwrap_or(""),
            "vendor refused"
        ),
        Err(error) => tracing::warn!(
            vendor,
            method,
            %host,
            %path,
            code = error.code().as_str(),
            elapsed_ms,
            attempt,
            "failed"
        ),
    }
}

pub(crate) fn retrying(vendor: Vendor, attempt: u32, wait: Duration) {
    tracing::info!(
        vendor = vendor.display_name(),
        next_attempt = attempt + 1,
        wait_ms = wait.as_millis() as u64,
        "retrying a read"
    );
}
