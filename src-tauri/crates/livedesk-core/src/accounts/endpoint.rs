//! Which endpoints an account may point at: https anywhere, plain http only on this machine.

use super::error::AccountError;

fn is_loopback(host: &str) -> bool {
    let host = host.trim_start_matches('[').trim_end_matches(']');
    if host.eq_ignore_ascii_case("localhost") {
        return true;
    }
    host.parse::<std::net::IpAddr>()
        .map(|ip| ip.is_loopback())
        .unwrap_or(false)
}

/// Returns the endpoint without a trailing slash, or an error naming `endpoint`.
pub fn check_endpoint(raw: &str) -> Result<String, AccountError> {
    let url = url::Url::parse(raw.trim())
        .map_err(|_| AccountError::invalid("endpoint", "accounts-invalid-not-web-address"))?;
    let host = url
        .host_str()
        .ok_or_else(|| AccountError::invalid("endpoint", "accounts-invalid-no-host"))?;
    match url.scheme() {
        "https" => {}
        "http" if is_loopback(host) => {}
        "http" => {
            return Err(AccountError::invalid(
                "endpoint",
                "accounts-invalid-plain-http",
            ))
        }
        _ => {
            return Err(AccountError::invalid(
                "endpoint",
                "accounts-invalid-not-https",
            ))
        }
    }
    if url.query().is_some() || url.fragment().is_some() || !url.username().is_empty() {
        return Err(AccountError::invalid(
            "endpoint",
            "accounts-invalid-extra-parts",
        ));
    }
    Ok(url.as_str().trim_end_matches('/').to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::UserFacing;

    #[test]
    fn https_anywhere_http_only_on_loopback() {
        assert_eq!(
            check_endpoint("https://live.aliyuncs.com/").unwrap(),
            "https://live.aliyuncs.com"
        );
        assert_eq!(
            check_endpoint(" http://127.0.0.1:8080 ").unwrap(),
            "http://127.0.0.1:8080"
        );
        assert_eq!(
            check_endpoint("http://[::1]:9000").unwrap(),
            "http://[::1]:9000"
        );
        assert_eq!(
            check_endpoint("http://localhost:1").unwrap(),
            "http://localhost:1"
        );
        for bad in [
            "http://live.aliyuncs.com",
            "http://10.0.0.1",
            "ftp://x.example",
            "live.example.com",
            "",
            "https://u@x.example",
        ] {
            let error = check_endpoint(bad).unwrap_err();
            assert_eq!(error.field(), Some("endpoint"), "{bad}");
        }
    }
}
