//! Fixed test credentials and account ids of the seed data. The app creates "Sandbox"
//! accounts from these; they are published test values, never real secrets.

use serde::Serialize;

/// Huawei Cloud Live: permanent AK/SK of the seed account.
pub const HUAWEI_ACCESS_KEY: &str = "LDSBXHWSANDBOXAK0001";
pub const HUAWEI_SECRET_KEY: &str = "LdSbxHuaweiSandboxSecretKey0123456789abc";
pub const HUAWEI_PROJECT_ID: &str = "5c1e5d5ab0e04d8c9a3f1b2c3d4e5f60";
pub const HUAWEI_REGION: &str = "ap-southeast-3";

/// NAVER Cloud Live Station: a full-access key, and a sub-account key without write permission.
pub const NAVER_ACCESS_KEY: &str = "LDSBXNCPACCESSKEY001";
pub const NAVER_SECRET_KEY: &str = "LdSbxNcpSandboxSecretKey0123456789abcdef";
pub const NAVER_READONLY_ACCESS_KEY: &str = "LDSBXNCPREADONLY0002";
pub const NAVER_READONLY_SECRET_KEY: &str = "LdSbxNcpReadOnlySecretKey0123456789abcde";
pub const NAVER_REGION: &str = "KR";

/// BlendVision One: an API token with write access, and a read-only one, for one organization.
pub const BLENDVISION_API_TOKEN: &str = "ldsbx-bv-api-token-0001.sandbox";
pub const BLENDVISION_READONLY_API_TOKEN: &str = "ldsbx-bv-readonly-token-0002.sandbox";
pub const BLENDVISION_ORG_ID: &str = "5d9e3b7a-4c21-4f0e-9a6b-0c1d2e3f4a5b";

/// Alibaba Cloud ApsaraVideo Live: AccessKey pair of the seed account.
pub const ALIBABA_ACCESS_KEY_ID: &str = "LTAI5tLdSbxSandbox0001";
pub const ALIBABA_ACCESS_KEY_SECRET: &str = "LdSbxAlibabaSandboxSecret0123";
pub const ALIBABA_REGION: &str = "cn-shanghai";

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct HuaweiCredentials {
    pub access_key: &'static str,
    pub secret_key: &'static str,
    pub project_id: &'static str,
    pub region: &'static str,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct NaverCredentials {
    pub access_key: &'static str,
    pub secret_key: &'static str,
    pub readonly_access_key: &'static str,
    pub readonly_secret_key: &'static str,
    pub region_code: &'static str,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct BlendVisionCredentials {
    pub api_token: &'static str,
    pub readonly_api_token: &'static str,
    pub org_id: &'static str,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct AlibabaCredentials {
    pub access_key_id: &'static str,
    pub access_key_secret: &'static str,
    pub region: &'static str,
}

/// The fixed per-vendor test credentials every sandbox accepts.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Credentials {
    pub huawei: HuaweiCredentials,
    pub naver: NaverCredentials,
    pub blendvision: BlendVisionCredentials,
    pub alibaba: AlibabaCredentials,
}

pub fn credentials() -> Credentials {
    Credentials {
        huawei: HuaweiCredentials {
            access_key: HUAWEI_ACCESS_KEY,
            secret_key: HUAWEI_SECRET_KEY,
            project_id: HUAWEI_PROJECT_ID,
            region: HUAWEI_REGION,
        },
        naver: NaverCredentials {
            access_key: NAVER_ACCESS_KEY,
            secret_key: NAVER_SECRET_KEY,
            readonly_access_key: NAVER_READONLY_ACCESS_KEY,
            readonly_secret_key: NAVER_READONLY_SECRET_KEY,
            region_code: NAVER_REGION,
        },
        blendvision: BlendVisionCredentials {
            api_token: BLENDVISION_API_TOKEN,
            readonly_api_token: BLENDVISION_READONLY_API_TOKEN,
            org_id: BLENDVISION_ORG_ID,
        },
        alibaba: AlibabaCredentials {
            access_key_id: ALIBABA_ACCESS_KEY_ID,
            access_key_secret: ALIBABA_ACCESS_KEY_SECRET,
            region: ALIBABA_REGION,
        },
    }
}
