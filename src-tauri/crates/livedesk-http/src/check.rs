//! "Check connection": one cheap read per vendor, and its answer in plain words.
//!
//! | vendor | read |
//! | --- | --- |
//! | Huawei | `GET /v1/{project_id}/domain/stream-backup?publish_domain=<domain>` |
//! | NAVER | `GET /api/v2/channels?pageNo=1&pageSizeNo=1` with `x-ncp-region_code` |
//! | BlendVision | `GET /bv/cms/v1/lives?current_page=1&items_per_page=1` |
//! | Alibaba | `DescribeCasters` (`PageSize=1`, `RegionId`), RPC or V3 per the scheme |

use livedesk_codes::ErrorCode;
use livedesk_signing::{sign, Credentials, Scheme, SignError, SignableRequest, SignedRequest};
use serde::{Deserialize, Serialize};
use url::Url;

use crate::client::{validate_endpoint, Client, SendPolicy};
use crate::error::HttpError;
use crate::vendor::Vendor;
use crate::vendor_error::{clock_hint, clock_phrase, then, ErrorKind};
use livedesk_i18n::t;

/// NAVER documents only this region code.
pub const DEFAULT_NAVER_REGION: &str = "KR";
const ALIBABA_API_VERSION: &str = "2016-11-01";

/// Which account to check, independent of how accounts are stored.
#[derive(Debug, Clone)]
pub struct Target {
    pub vendor: Vendor,
    /// Base address, e.g. `https://live.ap-southeast-3.myhuaweicloud.com`.
    pub endpoint: String,
    pub scheme: Scheme,
    pub credentials: Credentials,
    /// Huawei: the project id in the path (else the credentials' project id).
    pub project_id: Option<String>,
    /// NAVER: the region code sent as `x-ncp-region_code` (default `KR`). Alibaba: `RegionId`
    /// (e.g. `cn-shanghai`). Huawei's region is part of its endpoint.
    pub region: Option<String>,
    /// Huawei: the ingest domain the producer names. Without one, the check still tells
    /// whether the key is accepted, but looks no domain up.
    pub huawei_domain: Option<String>,
}

/// What a connection check found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(rename = "CheckOutcome"))]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum Outcome {
    Works,
    WrongKey,
    /// Minutes this computer's clock is behind the vendor's (negative: ahead).
    ClockOff {
        #[cfg_attr(feature = "ts", ts(type = "number | null"))]
        minutes: Option<i64>,
    },
    NoPermission,
    Unreachable,
    Other,
}

/// The result of "Check connection", for the producer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ConnectionReport {
    /// Serialised flat: `"outcome": "clock_off", "minutes": 17`.
    #[serde(flatten)]
    pub outcome: Outcome,
    /// What happened, in plain words.
    pub message: String,
    /// What to do next, if anything.
    pub hint: Option<String>,
    /// The error code behind the outcome (`vendor.wrong_key`, `http.unreachable`, ...).
    pub code: Option<ErrorCode>,
    /// The vendor's own error code, when it sent one.
    pub vendor_code: Option<String>,
    pub request_id: Option<String>,
    /// The vendor's clock minus this computer's, in seconds, when the vendor answered.
    pub clock_skew_seconds: Option<i64>,
}

impl ConnectionReport {
    fn new(outcome: Outcome, message: String, hint: Option<String>) -> Self {
        Self {
            outcome,
            message,
            hint,
            code: None,
            vendor_code: None,
            request_id: None,
            clock_skew_seconds: None,
        }
    }

    fn from_error(error: &HttpError, outcome: Outcome) -> Self {
        let mut report = Self::new(outcome, error.to_string(), error.hint());
        report.code = Some(error.code());
        if let Some(vendor) = error.vendor_error() {
            report.vendor_code = Some(vendor.code.clone());
            report.request_id = vendor.request_id.clone();
            report.clock_skew_seconds = vendor.clock_skew_seconds;
        }
        report
    }
}

/// Makes one cheap read with the target's account and says whether it works. Never fails:
/// every problem, including bad settings, is a report.
pub async fn check_connection(client: &Client, target: Target) -> ConnectionReport {
    let vendor = target.vendor;
    if Vendor::of_scheme(target.scheme) != vendor {
        return setting_problem(t!(
            "http-check-wrong-scheme",
            scheme = target.scheme.to_string(),
            provider = vendor.to_string()
        ));
    }
    let base = match validate_endpoint(&target.endpoint) {
        Ok(url) => url,
        Err(e) => return ConnectionReport::from_error(&e, Outcome::Other),
    };
    let read = match build_read(&target, &base) {
        Ok(read) => read,
        Err(report) => return *report,
    };
    let credentials = read.credentials.as_ref().unwrap_or(&target.credentials);
    let policy = SendPolicy::read(vendor);
    let result = client
        .send(&policy, |_attempt| {
            sign_read(target.scheme, credentials, read.request.clone(), client)
        })
        .await;
    match result {
        Ok(response) => works(
            vendor,
            response.request_id,
            response.clock_skew_seconds,
            false,
        ),
        Err(HttpError::Vendor(e)) => {
            let named_domain = target
                .huawei_domain
                .as_deref()
                .map(str::trim)
                .filter(|d| !d.is_empty());
            match (&e.kind, vendor, named_domain) {
                // Without a domain the read is refused for the missing parameter, which
                // Huawei checks only after accepting the key.
                (ErrorKind::InvalidInput { .. }, Vendor::Huawei, None)
                    if e.code.starts_with("LIVE.") =>
                {
                    works(vendor, e.request_id.clone(), e.clock_skew_seconds, true)
                }
                (ErrorKind::NotFound, Vendor::Huawei, Some(domain))
                    if e.code.starts_with("LIVE.") =>
                {
                    let mut report =
                        ConnectionReport::from_error(&HttpError::Vendor(e.clone()), Outcome::Other);
                    report.message = t!("http-check-no-such-domain", domain = domain);
                    report.hint = Some(t!("http-hint-check-domain"));
                    report
                }
                (kind, ..) => {
                    let outcome = match kind {
                        ErrorKind::WrongKey => Outcome::WrongKey,
                        ErrorKind::ClockOff { minutes } => Outcome::ClockOff { minutes: *minutes },
                        ErrorKind::NoPermission => Outcome::NoPermission,
                        _ => Outcome::Other,
                    };
                    ConnectionReport::from_error(&HttpError::Vendor(e), outcome)
                }
            }
        }
        Err(
            e @ (HttpError::Unreachable { .. }
            | HttpError::Timeout { .. }
            | HttpError::ConnectionLost { .. }),
        ) => ConnectionReport::from_error(&e, Outcome::Unreachable),
        Err(e) => ConnectionReport::from_error(&e, Outcome::Other),
    }
}

fn works(
    vendor: Vendor,
    request_id: Option<String>,
    skew: Option<i64>,
    no_domain: bool,
) -> ConnectionReport {
    let name = vendor.to_string();
    let mut message = if no_domain {
        t!("http-check-works-no-domain", provider = &name)
    } else {
        t!("http-check-works", provider = &name)
    };
    let mut hint = None;
    // Worth saying before it grows into a refused request.
    let minutes = skew.map(|s| (s as f64 / 60.0).round() as i64);
    if let Some(m) = minutes.filter(|m| m.abs() >= 2) {
        let note = t!(
            "http-check-clock-note",
            clock = clock_phrase(m),
            provider = &name
        );
        message = then(&message, &note);
        hint = Some(clock_hint());
    }
    let mut report = ConnectionReport::new(Outcome::Works, message, hint);
    report.request_id = request_id;
    report.clock_skew_seconds = skew;
    report
}

fn setting_problem(message: String) -> ConnectionReport {
    let mut report = ConnectionReport::new(
        Outcome::Other,
        message,
        Some(t!("http-hint-check-account-settings")),
    );
    report.code = Some(ErrorCode::CheckSettings);
    report
}

struct Read {
    request: SignableRequest,
    /// Credentials completed from the target (Huawei project id), when they differ.
    credentials: Option<Credentials>,
}

// One arm per vendor: the cheapest read each vendor offers, side by side for comparison.
#[allow(clippy::too_many_lines)]
fn build_read(target: &Target, base: &Url) -> Result<Read, Box<ConnectionReport>> {
    let mut url = base.clone();
    let extend = |url: &mut Url, segments: &[&str]| {
        if let Ok(mut path) = url.path_segments_mut() {
            path.pop_if_empty().extend(segments);
        }
    };
    let non_empty = |v: &Option<String>| {
        v.as_deref()
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .map(str::to_owned)
    };
    let mut credentials = None;
    let request = match target.vendor {
        Vendor::Huawei => {
            let from_credentials = match &target.credentials {
                Credentials::Huawei(c) => c.project_id.clone(),
                _ => None,
            };
            let Some(project) = non_empty(&target.project_id).or(from_credentials.clone()) else {
                return Err(Box::new(setting_problem(
                    "project_id: missing (Huawei Cloud needs the project id of the region)".into(),
                )));
            };
            // The path and `X-Project-Id` must name the same project.
            if from_credentials.as_deref() != Some(project.as_str()) {
                credentials = Some(target.credentials.clone().with_project_id(project.clone()));
            }
            extend(&mut url, &["v1", &project, "domain", "stream-backup"]);
            if let Some(domain) = non_empty(&target.huawei_domain) {
                url.query_pairs_mut().append_pair("publish_domain", &domain);
            }
            SignableRequest::new("GET", url.as_str())
                .with_header("Content-Type", "application/json; charset=utf-8")
        }
        Vendor::Naver => {
            extend(&mut url, &["api", "v2", "channels"]);
            url.query_pairs_mut()
                .append_pair("pageNo", "1")
                .append_pair("pageSizeNo", "1");
            let region = non_empty(&target.region).unwrap_or_else(|| DEFAULT_NAVER_REGION.into());
            SignableRequest::new("GET", url.as_str())
                .with_header("x-ncp-region_code", region)
                .with_header("Content-Type", "application/json")
        }
        Vendor::BlendVision => {
            extend(&mut url, &["bv", "cms", "v1", "lives"]);
            url.query_pairs_mut()
                .append_pair("current_page", "1")
                .append_pair("items_per_page", "1");
            SignableRequest::new("GET", url.as_str())
        }
        Vendor::Alibaba => {
            extend(&mut url, &[""]);
            let region = non_empty(&target.region);
            {
                let mut query = url.query_pairs_mut();
                if target.scheme == Scheme::AlibabaRpcHmacSha1 {
                    query
                        .append_pair("Action", "DescribeCasters")
                        .append_pair("Version", ALIBABA_API_VERSION);
                }
                query
                    .append_pair("PageNum", "1")
                    .append_pair("PageSize", "1");
                if let Some(region) = &region {
                    query.append_pair("RegionId", region);
                }
            }
            let request = SignableRequest::new("GET", url.as_str());
            if target.scheme == Scheme::AlibabaAcs3HmacSha256 {
                request
                    .with_header("x-acs-action", "DescribeCasters")
                    .with_header("x-acs-version", ALIBABA_API_VERSION)
            } else {
                request
            }
        }
    };
    Ok(Read {
        request,
        credentials,
    })
}

fn sign_read(
    scheme: Scheme,
    credentials: &Credentials,
    request: SignableRequest,
    client: &Client,
) -> Result<SignedRequest, SignError> {
    sign(scheme, credentials, request, &client.signing_context())
}
