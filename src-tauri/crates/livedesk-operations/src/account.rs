//! What a call needs from the account (`livedesk_http::Target`): the base address, the
//! Huawei project, the NAVER/Alibaba region, and an identity for the engine's memory.
//! Nothing secret is kept here.

use livedesk_http::{validate_endpoint, Target, Vendor, DEFAULT_NAVER_REGION};
use livedesk_i18n::t;
use livedesk_signing::{Credentials, Scheme};

use crate::error::OpError;

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Account {
    pub vendor: Vendor,
    pub scheme: Scheme,
    /// The endpoint without a trailing `/` (it may have a path of its own).
    pub base: String,
    /// Huawei: the project id in paths and `X-Project-Id`.
    pub project_id: Option<String>,
    /// NAVER: `x-ncp-region_code` (default `KR`). Alibaba: `RegionId`, when set.
    pub region: Option<String>,
    /// BlendVision: `x-bv-org-id` (not a secret).
    pub org_id: Option<String>,
    /// Temporary credentials: a security token travels with the request.
    pub security_token: bool,
    /// Vendor, endpoint, access key id and project: which account this is, for the
    /// engine's memory and to refuse sending a call prepared for another account.
    pub key: String,
}

fn non_empty(value: Option<&str>) -> Option<String> {
    value
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(str::to_owned)
}

impl Account {
    // One arm per vendor: which credentials each vendor needs, side by side.
    #[allow(clippy::too_many_lines)]
    pub fn from_target(target: &Target, vendor: Vendor) -> Result<Self, OpError> {
        if target.vendor != vendor {
            return Err(OpError::Account {
                field: "vendor",
                problem: t!(
                    "operations-account-other-vendor",
                    provider = vendor.to_string(),
                    other = target.vendor.to_string()
                ),
            });
        }
        if Vendor::of_scheme(target.scheme) != vendor {
            return Err(OpError::Account {
                field: "scheme",
                problem: t!(
                    "operations-account-wrong-scheme",
                    scheme = target.scheme.to_string(),
                    provider = vendor.to_string()
                ),
            });
        }
        if Vendor::of_credentials(&target.credentials) != vendor {
            return Err(OpError::Account {
                field: "credentials",
                problem: t!(
                    "operations-account-wrong-credentials",
                    held = target.credentials.vendor(),
                    provider = vendor.to_string()
                ),
            });
        }
        let url = validate_endpoint(&target.endpoint).map_err(OpError::Http)?;
        let base = url.as_str().trim_end_matches('/').to_owned();
        let (access_key, from_credentials, security_token, org_id) = match &target.credentials {
            Credentials::Huawei(c) => (
                c.access_key.clone(),
                c.project_id.clone(),
                c.security_token.is_some(),
                None,
            ),
            Credentials::Naver(c) => (c.access_key.clone(), None, false, None),
            Credentials::Alibaba(c) => (
                c.access_key_id.clone(),
                None,
                c.security_token.is_some(),
                None,
            ),
            Credentials::BlendVision(c) => (String::new(), None, false, Some(c.org_id.clone())),
        };
        let project_id = match vendor {
            Vendor::Huawei => {
                let project = non_empty(target.project_id.as_deref())
                    .or_else(|| non_empty(from_credentials.as_deref()));
                match project {
                    Some(p) => Some(p),
                    None => {
                        return Err(OpError::Account {
                            field: "project_id",
                            problem: t!("operations-account-no-project-region"),
                        })
                    }
                }
            }
            _ => None,
        };
        let region = match vendor {
            Vendor::Naver => Some(
                non_empty(target.region.as_deref())
                    .unwrap_or_else(|| DEFAULT_NAVER_REGION.to_owned()),
            ),
            Vendor::Alibaba => non_empty(target.region.as_deref()),
            _ => None,
        };
        let identity = match vendor {
            Vendor::BlendVision => org_id.clone().unwrap_or_default(),
            _ => access_key,
        };
        let key = format!(
            "{}|{base}|{identity}|{}",
            vendor.as_str(),
            project_id.as_deref().unwrap_or_default()
        );
        Ok(Self {
            vendor,
            scheme: target.scheme,
            base,
            project_id,
            region,
            org_id,
            security_token,
            key,
        })
    }

    /// The credentials to sign with: Huawei's with the project of the path, so that
    /// `X-Project-Id` names the same project.
    pub fn signing_credentials(&self, target: &Target) -> Credentials {
        match (&target.credentials, &self.project_id) {
            (Credentials::Huawei(c), Some(project)) if c.project_id.as_ref() != Some(project) => {
                target.credentials.clone().with_project_id(project.clone())
            }
            _ => target.credentials.clone(),
        }
    }
}
