//! Practice accounts: one per vendor, pointing at the sandbox built into Livedesk. Their keys
//! are the sandbox's published test keys, so they never touch the keychain and work even
//! where no keychain is available.

use std::collections::BTreeMap;

use livedesk_sandbox as sandbox;
use livedesk_secrets::Secret;

use super::secrets::Secrets;
use super::service::Account;
use super::settings::*;
use crate::api::Vendor;

pub fn sandbox_account(vendor: Vendor, id: String) -> Account {
    let settings = match vendor {
        Vendor::Huawei => AccountSettings::Huawei(HuaweiSettings {
            region: sandbox::HUAWEI_REGION.into(),
            project_id: sandbox::HUAWEI_PROJECT_ID.into(),
            endpoint: None,
        }),
        Vendor::Naver => AccountSettings::Naver(NaverSettings {
            region_code: sandbox::NAVER_REGION.into(),
            endpoint: None,
        }),
        Vendor::BlendVision => AccountSettings::Blendvision(BlendvisionSettings {
            org_id: sandbox::BLENDVISION_ORG_ID.into(),
            endpoint: None,
        }),
        Vendor::Alibaba => AccountSettings::Alibaba(AlibabaSettings {
            region_id: sandbox::ALIBABA_REGION.into(),
            signature: AlibabaSignature::V3,
            endpoint: None,
        }),
    };
    let secret_hints = sandbox_secrets(vendor)
        .fields()
        .map(|f| (f.to_owned(), String::new()))
        .collect::<BTreeMap<_, _>>();
    Account {
        id,
        name: livedesk_i18n::t!(
            "accounts-sandbox-name",
            service = super::form::vendor_title(vendor)
        ),
        settings,
        secret_hints,
        sandbox: true,
    }
}

pub fn sandbox_secrets(vendor: Vendor) -> Secrets {
    let pairs: &[(&str, &str)] = match vendor {
        Vendor::Huawei => &[
            ("access_key", sandbox::HUAWEI_ACCESS_KEY),
            ("secret_key", sandbox::HUAWEI_SECRET_KEY),
        ],
        Vendor::Naver => &[
            ("access_key", sandbox::NAVER_ACCESS_KEY),
            ("secret_key", sandbox::NAVER_SECRET_KEY),
        ],
        Vendor::BlendVision => &[("api_token", sandbox::BLENDVISION_API_TOKEN)],
        Vendor::Alibaba => &[
            ("access_key_id", sandbox::ALIBABA_ACCESS_KEY_ID),
            ("access_key_secret", sandbox::ALIBABA_ACCESS_KEY_SECRET),
        ],
    };
    let mut secrets = Secrets::default();
    for (field, value) in pairs {
        secrets.insert(field, Secret::from(value.to_string()));
    }
    secrets
}
