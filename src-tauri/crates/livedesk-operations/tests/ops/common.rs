//! Shared helpers: targets for the vendors' real endpoints (for request building, nothing is
//! sent) and for the sandbox, a sandbox whose clock the client shares, and reads for checking
//! state.

#![allow(dead_code)]

use std::time::SystemTime;

use livedesk_http::{Client, ClientConfig, SendPolicy, Target, Vendor};
use livedesk_operations::{execute, CallOutcome, OpError, OperationMemory, PreparedCall};
use livedesk_sandbox::{self as sandbox, Clock, Sandbox, SandboxConfig, SandboxHandle};
use livedesk_signing::{sign, Credentials, Scheme, SignableRequest};
use serde_json::Value;

pub const HUAWEI_ENDPOINT: &str = "https://live.ap-southeast-3.myhuaweicloud.com";
pub const HUAWEI_PROJECT: &str = "0123456789abcdef0123456789abcdef";
pub const NAVER_ENDPOINT: &str = "https://livestation.apigw.ntruss.com";
pub const BLENDVISION_ENDPOINT: &str = "https://api.one.blendvision.com";
pub const ALIBABA_ENDPOINT: &str = "https://live.aliyuncs.com";

/// A made-up account of each vendor at its real endpoint (requests are only built).
pub fn remote_target(vendor: Vendor) -> Target {
    match vendor {
        Vendor::Huawei => Target {
            vendor,
            endpoint: HUAWEI_ENDPOINT.into(),
            scheme: Scheme::HuaweiSdkHmacSha256,
            credentials: Credentials::huawei("AK-EXAMPLE", "SK-VERY-SECRET"),
            project_id: Some(HUAWEI_PROJECT.into()),
            region: None,
            huawei_domain: None,
        },
        Vendor::Naver => Target {
            vendor,
            endpoint: NAVER_ENDPOINT.into(),
            scheme: Scheme::NaverApigwV2,
            credentials: Credentials::naver("NAVER-AK", "NAVER-VERY-SECRET"),
            project_id: None,
            region: None,
            huawei_domain: None,
        },
        Vendor::BlendVision => Target {
            vendor,
            endpoint: BLENDVISION_ENDPOINT.into(),
            scheme: Scheme::BlendVisionBearer,
            credentials: Credentials::blendvision("bv-token-VERY-SECRET", "org-1234"),
            project_id: None,
            region: None,
            huawei_domain: None,
        },
        Vendor::Alibaba => Target {
            vendor,
            endpoint: ALIBABA_ENDPOINT.into(),
            scheme: Scheme::AlibabaRpcHmacSha1,
            credentials: Credentials::alibaba("LTAI-EXAMPLE", "ali-VERY-SECRET"),
            project_id: None,
            region: Some("cn-shanghai".into()),
            huawei_domain: None,
        },
    }
}

/// The sandbox's seed account of each vendor.
pub fn sandbox_target(base: &str, vendor: Vendor) -> Target {
    let (scheme, credentials) = match vendor {
        Vendor::Huawei => (
            Scheme::HuaweiSdkHmacSha256,
            Credentials::huawei(sandbox::HUAWEI_ACCESS_KEY, sandbox::HUAWEI_SECRET_KEY),
        ),
        Vendor::Naver => (
            Scheme::NaverApigwV2,
            Credentials::naver(sandbox::NAVER_ACCESS_KEY, sandbox::NAVER_SECRET_KEY),
        ),
        Vendor::BlendVision => (
            Scheme::BlendVisionBearer,
            Credentials::blendvision(sandbox::BLENDVISION_API_TOKEN, sandbox::BLENDVISION_ORG_ID),
        ),
        Vendor::Alibaba => (
            Scheme::AlibabaRpcHmacSha1,
            Credentials::alibaba(
                sandbox::ALIBABA_ACCESS_KEY_ID,
                sandbox::ALIBABA_ACCESS_KEY_SECRET,
            ),
        ),
    };
    Target {
        vendor,
        endpoint: base.to_owned(),
        scheme,
        credentials,
        project_id: (vendor == Vendor::Huawei).then(|| sandbox::HUAWEI_PROJECT_ID.to_owned()),
        region: match vendor {
            Vendor::Naver => Some(sandbox::NAVER_REGION.to_owned()),
            Vendor::Alibaba => Some(sandbox::ALIBABA_REGION.to_owned()),
            _ => None,
        },
        huawei_domain: None,
    }
}

/// A sandbox frozen at the current time, and a client that shares its clock: moving the
/// sandbox's time moves the engine's too.
pub struct World {
    pub sandbox: SandboxHandle,
    pub client: Client,
}

impl World {
    pub async fn start() -> Self {
        let clock = Clock::frozen(SystemTime::now());
        let sandbox = Sandbox::start(SandboxConfig {
            port: 0,
            clock: clock.clone(),
        })
        .await
        .expect("sandbox on 127.0.0.1");
        let client = Client::new(ClientConfig::default())
            .expect("client")
            .with_clock(move || clock.now());
        Self { sandbox, client }
    }

    /// A sandbox and its seed account of `vendor`: where most round trips start.
    pub async fn with_account(vendor: Vendor) -> (Self, Target) {
        let world = Self::start().await;
        let target = world.target(vendor);
        (world, target)
    }

    /// Sends `call` with nothing remembered from an earlier read, as a first Send does.
    pub async fn send(&self, call: &PreparedCall, target: &Target) -> Result<CallOutcome, OpError> {
        execute(&self.client, call, target, &OperationMemory::new()).await
    }

    pub fn base(&self) -> String {
        self.sandbox.base_url()
    }

    pub fn target(&self, vendor: Vendor) -> Target {
        sandbox_target(&self.base(), vendor)
    }

    /// A signed read of the sandbox, for checking state.
    pub async fn read(&self, target: &Target, request: SignableRequest) -> Value {
        let credentials = match (&target.credentials, &target.project_id) {
            (Credentials::Huawei(_), Some(p)) => target.credentials.clone().with_project_id(p),
            _ => target.credentials.clone(),
        };
        let response = self
            .client
            .send(&SendPolicy::read(target.vendor), |_| {
                sign(
                    target.scheme,
                    &credentials,
                    request.clone(),
                    &self.client.signing_context(),
                )
            })
            .await
            .expect("read works");
        response.json().expect("JSON")
    }
}

/// The vendor error of a failed call, or a panic naming what came instead.
pub fn vendor_error(result: Result<livedesk_operations::CallOutcome, OpError>) -> OpError {
    match result {
        Err(e @ OpError::Vendor(_)) => e,
        other => panic!("expected a vendor error, got {other:?}"),
    }
}

pub fn header<'a>(call: &'a PreparedCall, name: &str) -> Option<&'a str> {
    call.request()
        .headers
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(name))
        .map(|(_, v)| v.as_str())
}

pub fn body(call: &PreparedCall) -> String {
    String::from_utf8(call.request().body.clone().unwrap_or_default()).unwrap()
}

/// The query of a URL, decoded, in order.
pub fn query_pairs(url: &str) -> Vec<(String, String)> {
    url::Url::parse(url)
        .unwrap()
        .query_pairs()
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}
