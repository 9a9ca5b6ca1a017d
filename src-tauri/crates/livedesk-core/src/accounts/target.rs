//! From a stored account and its keychain secrets to what the HTTP layer needs for one call.

use livedesk_http::{Target, Vendor as HttpVendor};
use livedesk_signing::{Credentials, Scheme};

use super::error::AccountError;
use super::secrets::Secrets;
use super::settings::{AccountSettings, AlibabaSignature};

fn required<'a>(secrets: &'a Secrets, field: &str, account: &str) -> Result<&'a str, AccountError> {
    secrets
        .get(field)
        .ok_or_else(|| AccountError::SecretsMissing(account.to_owned()))
}

/// `endpoint` is the resolved base URL (the sandbox's for practice accounts).
pub fn call_target(
    name: &str,
    settings: &AccountSettings,
    endpoint: String,
    secrets: &Secrets,
    huawei_domain: Option<String>,
) -> Result<Target, AccountError> {
    let token = secrets.get("security_token");
    let (vendor, scheme, credentials, project_id, region) = match settings {
        AccountSettings::Huawei(s) => {
            let mut c = Credentials::huawei(
                required(secrets, "access_key", name)?,
                required(secrets, "secret_key", name)?,
            )
            .with_project_id(&s.project_id);
            if let Some(t) = token {
                c = c.with_security_token(t);
            }
            (
                HttpVendor::Huawei,
                Scheme::HuaweiSdkHmacSha256,
                c,
                Some(s.project_id.clone()),
                None,
            )
        }
        AccountSettings::Naver(s) => (
            HttpVendor::Naver,
            Scheme::NaverApigwV2,
            Credentials::naver(
                required(secrets, "access_key", name)?,
                required(secrets, "secret_key", name)?,
            ),
            None,
            Some(s.region_code.clone()),
        ),
        AccountSettings::Blendvision(s) => (
            HttpVendor::BlendVision,
            Scheme::BlendVisionBearer,
            Credentials::blendvision(required(secrets, "api_token", name)?, &s.org_id),
            None,
            None,
        ),
        AccountSettings::Alibaba(s) => {
            let mut c = Credentials::alibaba(
                required(secrets, "access_key_id", name)?,
                required(secrets, "access_key_secret", name)?,
            );
            if let Some(t) = token {
                c = c.with_security_token(t);
            }
            let scheme = match s.signature {
                AlibabaSignature::V3 => Scheme::AlibabaAcs3HmacSha256,
                AlibabaSignature::Rpc => Scheme::AlibabaRpcHmacSha1,
            };
            (
                HttpVendor::Alibaba,
                scheme,
                c,
                None,
                Some(s.region_id.clone()),
            )
        }
    };
    Ok(Target {
        vendor,
        endpoint,
        scheme,
        credentials,
        project_id,
        region,
        huawei_domain,
    })
}
