//! The vendors this crate talks to.

use std::fmt;

use livedesk_signing::{Credentials, Scheme};
use serde::{Deserialize, Serialize};

/// A live-streaming vendor, by its stable lower-case name (`huawei`, `naver`, `blendvision`,
/// `alibaba`). The one vendor type of the app's crates (the sandbox, which stands in for the
/// vendors, keeps its own).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum Vendor {
    Huawei,
    Naver,
    BlendVision,
    Alibaba,
}

impl Vendor {
    pub const ALL: [Vendor; 4] = [
        Vendor::Huawei,
        Vendor::Naver,
        Vendor::BlendVision,
        Vendor::Alibaba,
    ];

    /// The stable name used in codes and JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Vendor::Huawei => "huawei",
            Vendor::Naver => "naver",
            Vendor::BlendVision => "blendvision",
            Vendor::Alibaba => "alibaba",
        }
    }

    /// The vendor in words, as the producer knows it (matches `Credentials::vendor`).
    pub fn display_name(self) -> &'static str {
        match self {
            Vendor::Huawei => "Huawei Cloud",
            Vendor::Naver => "NAVER Cloud",
            Vendor::BlendVision => "BlendVision One",
            Vendor::Alibaba => "Alibaba Cloud",
        }
    }

    /// The vendor whose credentials these are.
    pub fn of_credentials(credentials: &Credentials) -> Vendor {
        match credentials {
            Credentials::Huawei(_) => Vendor::Huawei,
            Credentials::Naver(_) => Vendor::Naver,
            Credentials::BlendVision(_) => Vendor::BlendVision,
            Credentials::Alibaba(_) => Vendor::Alibaba,
        }
    }

    /// The vendor a signing scheme belongs to.
    pub fn of_scheme(scheme: Scheme) -> Vendor {
        match scheme {
            Scheme::HuaweiSdkHmacSha256 => Vendor::Huawei,
            Scheme::NaverApigwV2 => Vendor::Naver,
            Scheme::AlibabaRpcHmacSha1 | Scheme::AlibabaAcs3HmacSha256 => Vendor::Alibaba,
            Scheme::BlendVisionBearer => Vendor::BlendVision,
        }
    }

    /// How far the vendor lets a signed request's time be from its own clock, when it signs
    /// a time at all (BlendVision does not).
    pub fn clock_tolerance_seconds(self) -> Option<i64> {
        match self {
            Vendor::Huawei | Vendor::Alibaba => Some(15 * 60),
            Vendor::Naver => Some(5 * 60),
            Vendor::BlendVision => None,
        }
    }
}

impl fmt::Display for Vendor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // In sentences the vendor has the name its console uses in the producer's language.
        f.write_str(&match self {
            Vendor::Huawei => livedesk_i18n::t!("http-vendor-huawei"),
            Vendor::Naver => livedesk_i18n::t!("http-vendor-naver"),
            Vendor::BlendVision => livedesk_i18n::t!("http-vendor-blendvision"),
            Vendor::Alibaba => livedesk_i18n::t!("http-vendor-alibaba"),
        })
    }
}
