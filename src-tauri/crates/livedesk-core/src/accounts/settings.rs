//! The non-secret settings of an account, per vendor. They are what the account form shows
//! (JSON Schema from `schemars`), what the settings store keeps, and what the UI may read.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::error::AccountError;
use crate::api::Vendor;

/// Huawei Cloud regions that offer Live (the official SDK's list).
pub const HUAWEI_REGIONS: &[(&str, &str)] = &[
    ("cn-north-4", "CN North-Beijing4"),
    ("cn-north-1", "CN North-Beijing1"),
    ("cn-east-3", "CN East-Shanghai1"),
    ("ap-southeast-2", "AP-Bangkok"),
    ("ap-southeast-3", "AP-Singapore"),
];

/// Alibaba Cloud regions with ApsaraVideo Live.
pub const ALIBABA_REGIONS: &[(&str, &str)] = &[
    ("cn-shanghai", "China (Shanghai)"),
    ("cn-hangzhou", "China (Hangzhou)"),
    ("cn-beijing", "China (Beijing)"),
    ("cn-shenzhen", "China (Shenzhen)"),
    ("cn-qingdao", "China (Qingdao)"),
    ("cn-hongkong", "China (Hong Kong)"),
    ("ap-southeast-1", "Singapore"),
    ("ap-southeast-2", "Australia (Sydney)"),
    ("ap-southeast-3", "Malaysia (Kuala Lumpur)"),
    ("ap-southeast-5", "Indonesia (Jakarta)"),
    ("ap-northeast-1", "Japan (Tokyo)"),
    ("ap-south-1", "India (Mumbai)"),
    ("eu-central-1", "Germany (Frankfurt)"),
    ("eu-west-1", "UK (London)"),
    ("us-east-1", "US (Virginia)"),
    ("us-west-1", "US (Silicon Valley)"),
    ("me-east-1", "UAE (Dubai)"),
    ("me-central-1", "Saudi Arabia (Riyadh)"),
];

/// NAVER Cloud Live Station region codes (only KR is documented by NAVER).
pub const NAVER_REGIONS: &[(&str, &str)] = &[("KR", "Korea")];

/// Which of Alibaba's two signatures the account uses.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(rename_all = "lowercase")]
pub enum AlibabaSignature {
    /// V3 (ACS3-HMAC-SHA256), the official SDKs' current default.
    #[default]
    V3,
    /// RPC (HMAC-SHA1, SignatureVersion 1.0), for older RAM policies and tools.
    Rpc,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
pub struct HuaweiSettings {
    /// Region
    ///
    /// The Huawei Cloud region of your Live domains. Pick "custom" to type an endpoint yourself.
    pub region: String,
    /// Project ID
    ///
    /// Where do I find it? Huawei Cloud console → your name (top right) → My Credentials →
    /// API Credentials: the project ID of the region above.
    pub project_id: String,
    /// Custom endpoint
    ///
    /// Only when your region is not listed or you use a private endpoint, e.g.
    /// https://live.cn-north-4.myhuaweicloud.com. Leave empty otherwise.
    #[serde(default)]
    pub endpoint: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
pub struct NaverSettings {
    /// Region
    ///
    /// The Live Station region code sent with every call (KR for Korea).
    pub region_code: String,
    /// Custom endpoint
    ///
    /// Leave empty to use https://livestation.apigw.ntruss.com.
    #[serde(default)]
    pub endpoint: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
pub struct BlendvisionSettings {
    /// Organization ID
    ///
    /// Where do I find it? BlendVision One console → Settings → Organization: the
    /// organization ID shown there.
    pub org_id: String,
    /// Custom endpoint
    ///
    /// Leave empty to use https://api.one.blendvision.com.
    #[serde(default)]
    pub endpoint: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
pub struct AlibabaSettings {
    /// Region
    ///
    /// The Alibaba Cloud region of your production studios (casters).
    pub region_id: String,
    /// Signature
    ///
    /// Leave on V3 unless your company's tools require the older RPC signature.
    #[serde(default)]
    pub signature: AlibabaSignature,
    /// Custom endpoint
    ///
    /// Leave empty to use https://live.aliyuncs.com.
    #[serde(default)]
    pub endpoint: Option<String>,
}

/// The non-secret settings of one account, tagged with its vendor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "vendor", rename_all = "lowercase")]
pub enum AccountSettings {
    Huawei(HuaweiSettings),
    Naver(NaverSettings),
    Blendvision(BlendvisionSettings),
    Alibaba(AlibabaSettings),
}

fn trimmed(value: &str) -> String {
    value.trim().to_owned()
}

fn required(field: &str, value: &str) -> Result<String, AccountError> {
    let value = trimmed(value);
    if value.is_empty() {
        return Err(AccountError::invalid(field, "accounts-invalid-required"));
    }
    Ok(value)
}

fn endpoint(value: &Option<String>) -> Result<Option<String>, AccountError> {
    match value.as_deref().map(str::trim) {
        None | Some("") => Ok(None),
        Some(url) => super::endpoint::check_endpoint(url).map(Some),
    }
}

fn one_of(field: &str, value: &str, allowed: &[(&str, &str)]) -> Result<String, AccountError> {
    let value = required(field, value)?;
    if allowed.iter().any(|(id, _)| *id == value) {
        return Ok(value);
    }
    let ids: Vec<&str> = allowed.iter().map(|(id, _)| *id).collect();
    Err(AccountError::Invalid {
        field: field.to_owned(),
        problem: livedesk_i18n::t!(
            "accounts-invalid-one-of",
            field = field,
            choices = ids.join(", ")
        ),
    })
}

impl AccountSettings {
    pub fn vendor(&self) -> Vendor {
        match self {
            AccountSettings::Huawei(_) => Vendor::Huawei,
            AccountSettings::Naver(_) => Vendor::Naver,
            AccountSettings::Blendvision(_) => Vendor::BlendVision,
            AccountSettings::Alibaba(_) => Vendor::Alibaba,
        }
    }

    /// Trims every value and checks it, naming the field at fault.
    pub fn normalized(&self) -> Result<AccountSettings, AccountError> {
        Ok(match self {
            AccountSettings::Huawei(s) => {
                let endpoint = endpoint(&s.endpoint)?;
                let region = required("region", &s.region)?;
                if region == "custom" {
                    if endpoint.is_none() {
                        return Err(AccountError::invalid(
                            "endpoint",
                            "accounts-invalid-custom-needs-endpoint",
                        ));
                    }
                } else {
                    one_of("region", &region, HUAWEI_REGIONS)?;
                }
                let project_id = required("project_id", &s.project_id)?;
                if !project_id.chars().all(|c| c.is_ascii_alphanumeric()) {
                    return Err(AccountError::invalid(
                        "project_id",
                        "accounts-invalid-project-id",
                    ));
                }
                AccountSettings::Huawei(HuaweiSettings {
                    region,
                    project_id,
                    endpoint,
                })
            }
            AccountSettings::Naver(s) => AccountSettings::Naver(NaverSettings {
                region_code: one_of("region_code", &s.region_code, NAVER_REGIONS)?,
                endpoint: endpoint(&s.endpoint)?,
            }),
            AccountSettings::Blendvision(s) => AccountSettings::Blendvision(BlendvisionSettings {
                org_id: required("org_id", &s.org_id)?,
                endpoint: endpoint(&s.endpoint)?,
            }),
            AccountSettings::Alibaba(s) => AccountSettings::Alibaba(AlibabaSettings {
                region_id: one_of("region_id", &s.region_id, ALIBABA_REGIONS)?,
                signature: s.signature,
                endpoint: endpoint(&s.endpoint)?,
            }),
        })
    }

    /// The region shown in the accounts list.
    pub fn region(&self) -> &str {
        match self {
            AccountSettings::Huawei(s) => &s.region,
            AccountSettings::Naver(s) => &s.region_code,
            AccountSettings::Blendvision(_) => "global",
            AccountSettings::Alibaba(s) => &s.region_id,
        }
    }

    /// The base URL calls go to: the override, or the vendor's public endpoint.
    pub fn endpoint(&self) -> String {
        let custom = match self {
            AccountSettings::Huawei(s) => &s.endpoint,
            AccountSettings::Naver(s) => &s.endpoint,
            AccountSettings::Blendvision(s) => &s.endpoint,
            AccountSettings::Alibaba(s) => &s.endpoint,
        };
        if let Some(url) = custom {
            return url.clone();
        }
        match self {
            AccountSettings::Huawei(s) => format!("https://live.{}.myhuaweicloud.com", s.region),
            AccountSettings::Naver(_) => "https://livestation.apigw.ntruss.com".into(),
            AccountSettings::Blendvision(_) => "https://api.one.blendvision.com".into(),
            AccountSettings::Alibaba(_) => "https://live.aliyuncs.com".into(),
        }
    }

    /// Points the account at another base URL (the sandbox's, which changes every start).
    pub fn with_endpoint(mut self, url: String) -> Self {
        match &mut self {
            AccountSettings::Huawei(s) => s.endpoint = Some(url),
            AccountSettings::Naver(s) => s.endpoint = Some(url),
            AccountSettings::Blendvision(s) => s.endpoint = Some(url),
            AccountSettings::Alibaba(s) => s.endpoint = Some(url),
        }
        self
    }
}
