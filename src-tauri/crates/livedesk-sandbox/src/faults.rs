//! Fault injection: make the next (or every) matching request slow, failing, garbled, cut
//! off, dropped, or judged with a skewed clock.

use serde::{Deserialize, Serialize};

/// The vendor a request is addressed to, known from its path.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Vendor {
    Huawei,
    Naver,
    BlendVision,
    Alibaba,
}

impl Vendor {
    /// The vendors' paths do not collide: Alibaba's RPC endpoint is the root.
    pub fn for_path(path: &str) -> Option<Vendor> {
        if path == "/" {
            Some(Vendor::Alibaba)
        } else if path.starts_with("/v1/") {
            Some(Vendor::Huawei)
        } else if path.starts_with("/api/") {
            Some(Vendor::Naver)
        } else if path.starts_with("/bv/") {
            Some(Vendor::BlendVision)
        } else {
            None
        }
    }
}

/// What goes wrong.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum FaultKind {
    /// Waits this long before handling the request.
    Latency { ms: u64 },
    /// Answers with this 5xx status and the vendor's own error body, without handling.
    ServerError { status: u16 },
    /// Handles the request, then replaces the body with something that is not JSON.
    MalformedBody,
    /// Handles the request, then sends only the first half of the body and closes.
    TruncatedBody,
    /// Closes the connection without any response (the request is not handled).
    DropConnection,
    /// Judges the request (signature dates, time rules) with the clock moved by this much.
    ClockOffset { ms: i64 },
}

/// A fault and the requests it applies to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fault {
    #[serde(flatten)]
    pub kind: FaultKind,
    /// Only requests to this vendor (any vendor when absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vendor: Option<Vendor>,
    /// Only requests whose path starts with this (any path when absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path_prefix: Option<String>,
    /// Only requests with this HTTP method, e.g. `PUT` (any method when absent): a change and
    /// the read of its current state often share a path.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<String>,
    /// How many more matching requests it hits; absent = sticky until removed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub times: Option<u32>,
}

impl Fault {
    /// A sticky fault on every vendor request.
    pub fn new(kind: FaultKind) -> Self {
        Self {
            kind,
            vendor: None,
            path_prefix: None,
            method: None,
            times: None,
        }
    }

    pub fn for_vendor(mut self, vendor: Vendor) -> Self {
        self.vendor = Some(vendor);
        self
    }

    pub fn on_path(mut self, prefix: impl Into<String>) -> Self {
        self.path_prefix = Some(prefix.into());
        self
    }

    pub fn on_method(mut self, method: impl Into<String>) -> Self {
        self.method = Some(method.into());
        self
    }

    pub fn once(self) -> Self {
        self.times(1)
    }

    pub fn times(mut self, n: u32) -> Self {
        self.times = Some(n);
        self
    }

    pub(crate) fn validate(&self) -> Result<(), String> {
        match self.kind {
            FaultKind::ServerError { status } if !(500..=599).contains(&status) => {
                Err(format!("server_error status must be 5xx, got {status}"))
            }
            _ if self.times == Some(0) => Err("times must be at least 1".into()),
            _ => Ok(()),
        }
    }

    fn matches(&self, vendor: Option<Vendor>, method: &str, path: &str) -> bool {
        self.vendor.is_none_or(|v| Some(v) == vendor)
            && self
                .method
                .as_deref()
                .is_none_or(|m| m.eq_ignore_ascii_case(method))
            && self
                .path_prefix
                .as_deref()
                .is_none_or(|p| path.starts_with(p))
    }
}

/// Identifies an installed fault, to remove it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct FaultId(pub u64);

/// Everything the matching faults ask of one request.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct FaultPlan {
    pub latency_ms: u64,
    pub server_error: Option<u16>,
    pub malformed: bool,
    pub truncated: bool,
    pub drop: bool,
    pub clock_offset_ms: i64,
}

#[derive(Default)]
pub(crate) struct FaultRegistry {
    next_id: u64,
    active: Vec<(FaultId, Fault)>,
}

impl FaultRegistry {
    pub fn add(&mut self, fault: Fault) -> FaultId {
        self.next_id += 1;
        let id = FaultId(self.next_id);
        self.active.push((id, fault));
        id
    }

    pub fn remove(&mut self, id: FaultId) -> bool {
        let before = self.active.len();
        self.active.retain(|(i, _)| *i != id);
        self.active.len() != before
    }

    pub fn clear(&mut self) {
        self.active.clear();
    }

    pub fn list(&self) -> Vec<(FaultId, Fault)> {
        self.active.clone()
    }

    /// Combines every matching fault, using up one hit of each counted one.
    pub fn plan(&mut self, vendor: Option<Vendor>, method: &str, path: &str) -> FaultPlan {
        let mut plan = FaultPlan::default();
        for (_, fault) in self.active.iter_mut() {
            if !fault.matches(vendor, method, path) {
                continue;
            }
            match fault.kind {
                FaultKind::Latency { ms } => plan.latency_ms += ms,
                FaultKind::ServerError { status } => {
                    plan.server_error = plan.server_error.or(Some(status))
                }
                FaultKind::MalformedBody => plan.malformed = true,
                FaultKind::TruncatedBody => plan.truncated = true,
                FaultKind::DropConnection => plan.drop = true,
                FaultKind::ClockOffset { ms } => plan.clock_offset_ms += ms,
            }
            if let Some(n) = fault.times.as_mut() {
                *n -= 1;
            }
        }
        self.active.retain(|(_, f)| f.times != Some(0));
        plan
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_shot_faults_are_used_up_and_sticky_ones_stay() {
        let mut reg = FaultRegistry::default();
        reg.add(Fault::new(FaultKind::DropConnection).once());
        reg.add(Fault::new(FaultKind::Latency { ms: 5 }));
        let first = reg.plan(Some(Vendor::Huawei), "GET", "/v1/x");
        assert!(first.drop);
        assert_eq!(first.latency_ms, 5);
        let second = reg.plan(Some(Vendor::Huawei), "GET", "/v1/x");
        assert!(!second.drop);
        assert_eq!(second.latency_ms, 5);
        assert_eq!(reg.list().len(), 1);
    }

    #[test]
    fn scope_limits_vendor_and_path() {
        let mut reg = FaultRegistry::default();
        reg.add(
            Fault::new(FaultKind::ServerError { status: 503 })
                .for_vendor(Vendor::Naver)
                .on_path("/api/v2/channels/"),
        );
        assert_eq!(
            reg.plan(Some(Vendor::Huawei), "GET", "/v1/p").server_error,
            None
        );
        assert_eq!(
            reg.plan(Some(Vendor::Naver), "GET", "/api/v2/channels")
                .server_error,
            None
        );
        assert_eq!(
            reg.plan(Some(Vendor::Naver), "GET", "/api/v2/channels/ls-1")
                .server_error,
            Some(503)
        );
    }

    #[test]
    fn scope_limits_method() {
        let mut reg = FaultRegistry::default();
        reg.add(Fault::new(FaultKind::Latency { ms: 7 }).on_method("PUT"));
        assert_eq!(reg.plan(Some(Vendor::Huawei), "GET", "/v1/p").latency_ms, 0);
        assert_eq!(reg.plan(Some(Vendor::Huawei), "PUT", "/v1/p").latency_ms, 7);
        assert_eq!(reg.plan(Some(Vendor::Huawei), "put", "/v1/p").latency_ms, 7);
        let json = r#"{"kind":"latency","ms":7,"method":"PUT"}"#;
        let fault: Fault = serde_json::from_str(json).unwrap();
        assert_eq!(
            fault,
            Fault::new(FaultKind::Latency { ms: 7 }).on_method("PUT")
        );
    }

    #[test]
    fn faults_read_and_write_as_flat_json() {
        let json = r#"{"kind":"server_error","status":502,"vendor":"alibaba","times":2}"#;
        let fault: Fault = serde_json::from_str(json).unwrap();
        assert_eq!(
            fault,
            Fault::new(FaultKind::ServerError { status: 502 })
                .for_vendor(Vendor::Alibaba)
                .times(2)
        );
        assert_eq!(serde_json::to_string(&fault).unwrap(), json);
        assert!(Fault::new(FaultKind::ServerError { status: 404 })
            .validate()
            .is_err());
    }

    #[test]
    fn vendors_are_told_apart_by_path() {
        assert_eq!(Vendor::for_path("/"), Some(Vendor::Alibaba));
        assert_eq!(
            Vendor::for_path("/v1/p/record/control"),
            Some(Vendor::Huawei)
        );
        assert_eq!(Vendor::for_path("/api/v2/channels"), Some(Vendor::Naver));
        assert_eq!(
            Vendor::for_path("/bv/cms/v1/lives"),
            Some(Vendor::BlendVision)
        );
        assert_eq!(Vendor::for_path("/elsewhere"), None);
    }
}
