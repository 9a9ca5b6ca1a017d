//! Where an account's saved keys may be sent: the vendor's own domain, or exactly the
//! address (scheme, host and port) they were entered for. The binding is saved in the
//! keychain entry beside the keys, so editing the settings file cannot move them.

use crate::api::Vendor;

/// The vendor's own domain: keys entered for any address under it may go to any other.
pub fn vendor_domain(vendor: Vendor) -> &'static str {
    match vendor {
        Vendor::Huawei => "myhuaweicloud.com",
        Vendor::Naver => "ntruss.com",
        Vendor::BlendVision => "blendvision.com",
        Vendor::Alibaba => "aliyuncs.com",
    }
}

/// Written `*.domain` for a vendor's domain; otherwise the origin, e.g. `http://127.0.0.1:8080`.
const DOMAIN_PREFIX: &str = "*.";

fn parse(endpoint: &str) -> Option<url::Url> {
    url::Url::parse(endpoint).ok().filter(|u| u.has_host())
}

fn under(host: &str, domain: &str) -> bool {
    let host = host.to_ascii_lowercase();
    host == domain || host.ends_with(&format!(".{domain}"))
}

/// The vendor's own domain when `endpoint` is an https address under it.
fn own_domain(vendor: Vendor, endpoint: &str) -> Option<String> {
    let url = parse(endpoint)?;
    let domain = vendor_domain(vendor);
    (url.scheme() == "https" && under(url.host_str()?, domain))
        .then(|| format!("{DOMAIN_PREFIX}{domain}"))
}

/// The binding of keys entered for `endpoint` (an account's resolved endpoint).
pub fn binding_for(vendor: Vendor, endpoint: &str) -> String {
    own_domain(vendor, endpoint).unwrap_or_else(|| match parse(endpoint) {
        Some(url) => url.origin().ascii_serialization(),
        None => endpoint.to_owned(),
    })
}

/// Whether keys bound by `binding` may be sent to `endpoint`.
pub fn allows(binding: &str, endpoint: &str) -> bool {
    let Some(url) = parse(endpoint) else {
        return false;
    };
    match binding.strip_prefix(DOMAIN_PREFIX) {
        Some(domain) => url.scheme() == "https" && url.host_str().is_some_and(|h| under(h, domain)),
        None => url.origin().ascii_serialization() == binding,
    }
}

/// Keys saved by a version that did not record where they were entered are bound at their
/// first use only when the account points at the vendor's own domain; anywhere else they
/// must be entered again (the settings file may have been edited since they were saved).
pub fn first_binding(vendor: Vendor, endpoint: &str) -> Option<String> {
    own_domain(vendor, endpoint)
}

/// A binding in words: `*.ntruss.com` → `the vendor's own addresses (…ntruss.com)`.
pub fn describe(binding: &str) -> String {
    match binding.strip_prefix(DOMAIN_PREFIX) {
        Some(domain) => livedesk_i18n::t!("accounts-vendor-addresses", domain = domain),
        None => binding
            .split_once("://")
            .map_or(binding, |(_, rest)| rest)
            .to_owned(),
    }
}

/// An endpoint in words, as [`describe`] shows an address.
pub fn describe_endpoint(endpoint: &str) -> String {
    match parse(endpoint) {
        Some(url) => describe(&url.origin().ascii_serialization()),
        None => endpoint.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vendor_domains_cover_every_address_under_them() {
        let b = binding_for(Vendor::Naver, "https://livestation.apigw.ntruss.com");
        assert_eq!(b, "*.ntruss.com");
        assert!(!allows(&b, "https://livestation.apigw.gov-ntruss.com"));
        assert!(allows(&b, "https://other.apigw.ntruss.com/x"));
        assert!(!allows(&b, "https://ntruss.com.evil.example"));
        assert!(!allows(&b, "http://127.0.0.1:9"));
        let huawei = binding_for(Vendor::Huawei, "https://live.cn-north-4.myhuaweicloud.com");
        assert!(allows(
            &huawei,
            "https://live.ap-southeast-3.myhuaweicloud.com"
        ));
        // Another vendor's domain is not the vendor's own.
        assert_eq!(
            binding_for(Vendor::Alibaba, "https://live.ntruss.com"),
            "https://live.ntruss.com"
        );
    }

    #[test]
    fn other_addresses_are_bound_to_scheme_host_and_port() {
        let b = binding_for(Vendor::BlendVision, "http://127.0.0.1:4100/api");
        assert_eq!(b, "http://127.0.0.1:4100");
        assert!(allows(&b, "http://127.0.0.1:4100"));
        assert!(!allows(&b, "http://127.0.0.1:4101"));
        assert!(!allows(&b, "http://localhost:4100"));
        assert!(!allows(&b, "not a url"));
        assert_eq!(describe(&b), "127.0.0.1:4100");
        assert_eq!(
            describe("*.aliyuncs.com"),
            "the vendor's own addresses (…aliyuncs.com)"
        );
        assert_eq!(describe_endpoint("https://x.example/a"), "x.example");
    }

    #[test]
    fn keys_from_older_versions_are_bound_only_on_the_vendors_domain() {
        assert_eq!(
            first_binding(Vendor::Alibaba, "https://live.aliyuncs.com").as_deref(),
            Some("*.aliyuncs.com")
        );
        assert_eq!(first_binding(Vendor::Alibaba, "http://127.0.0.1:80"), None);
        assert_eq!(
            first_binding(Vendor::Naver, "https://live.example.com"),
            None
        );
    }
}
