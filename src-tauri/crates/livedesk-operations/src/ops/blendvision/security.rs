//! BlendVision One: the `security` section of a live's form (privacy, watermark, embedding
//! domains, allowed countries, content protection).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::schema::{ordered, when, COUNTRY_CODE};

/// Security
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(transform = ordered::<Self>)]
pub struct Security {
    /// Privacy
    ///
    /// Who can watch.
    pub privacy: Privacy,

    /// Watermark
    ///
    /// Shown over the player while playing (not for audio-only content).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-switch" = "enabled"))]
    pub watermark: Option<Watermark>,

    /// Embedding domains
    ///
    /// On: only the websites listed may embed the player. Off: any website may.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-switch" = "enabled"))]
    pub domain_control: Option<DomainControl>,

    /// Content protection
    ///
    /// Encryption of the content. Set when the live is created; it cannot be changed.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-immutable" = true))]
    pub protection: Option<Protection>,

    /// Allowed countries
    ///
    /// The two-letter codes of the countries allowed to watch, in capitals (TW for Taiwan,
    /// JP for Japan); empty: everywhere. Set when the live is created; it cannot be changed.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(inner(regex(pattern = COUNTRY_CODE)), extend("x-immutable" = true))]
    pub geo_control: Option<Vec<String>>,
}

/// Privacy
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub enum PrivacyType {
    /// Public
    ///
    /// Anyone can watch, without restriction.
    #[serde(rename = "SECURITY_PRIVACY_TYPE_PUBLIC")]
    Public,
    /// Token or redeem code
    ///
    /// Viewers need a token or a redeem code.
    #[serde(rename = "SECURITY_PRIVACY_TYPE_TOKEN")]
    Token,
}

/// Privacy
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(transform = ordered::<Self>)]
#[schemars(transform = when("type", &["SECURITY_PRIVACY_TYPE_TOKEN"]).required_only("token"))]
pub struct Privacy {
    /// Who can watch
    #[serde(rename = "type")]
    pub kind: PrivacyType,

    /// Token settings
    #[serde(skip_serializing_if = "Option::is_none")]
    pub token: Option<PrivacyToken>,
}

/// Token settings
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(transform = ordered::<Self>)]
pub struct PrivacyToken {
    /// Devices per token
    ///
    /// How many devices may watch at the same time with one token or redeem code; 0 means
    /// no limit.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 0, max = 1000), extend("default" = 0))]
    pub device_limit: Option<i32>,
}

/// Watermark type
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub enum WatermarkType {
    /// Image
    #[serde(rename = "WATERMARK_TYPE_IMAGE")]
    Image,
    /// Viewer's user ID
    #[serde(rename = "WATERMARK_TYPE_USER_ID")]
    UserId,
}

/// Position
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub enum WatermarkPosition {
    /// Bottom right
    #[serde(rename = "WATERMARK_POSITION_BOTTOM_RIGHT")]
    BottomRight,
    /// Bottom middle
    #[serde(rename = "WATERMARK_POSITION_BOTTOM_MIDDLE")]
    BottomMiddle,
    /// Bottom left
    #[serde(rename = "WATERMARK_POSITION_BOTTOM_LEFT")]
    BottomLeft,
    /// Center right
    #[serde(rename = "WATERMARK_POSITION_CENTER_RIGHT")]
    CenterRight,
    /// Center left
    #[serde(rename = "WATERMARK_POSITION_CENTER_LEFT")]
    CenterLeft,
    /// Top right
    #[serde(rename = "WATERMARK_POSITION_TOP_RIGHT")]
    TopRight,
    /// Top middle
    #[serde(rename = "WATERMARK_POSITION_TOP_MIDDLE")]
    TopMiddle,
    /// Top left
    #[serde(rename = "WATERMARK_POSITION_TOP_LEFT")]
    TopLeft,
    /// Random
    ///
    /// The watermark moves around.
    #[serde(rename = "WATERMARK_POSITION_RANDOM")]
    Random,
    /// Custom
    ///
    /// At the offset you give.
    #[serde(rename = "WATERMARK_POSITION_CUSTOM")]
    Custom,
}

/// Watermark
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(transform = ordered::<Self>)]
#[schemars(transform = when("enabled", &[true]).required("type").required("position").required("size"))]
#[schemars(transform = when("type", &["WATERMARK_TYPE_IMAGE"]).required_only("image"))]
#[schemars(transform = when("position", &["WATERMARK_POSITION_CUSTOM"]).required_only("offset"))]
pub struct Watermark {
    /// Watermark on
    pub enabled: bool,

    /// Watermark type
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub kind: Option<WatermarkType>,

    /// Position
    #[serde(skip_serializing_if = "Option::is_none")]
    pub position: Option<WatermarkPosition>,

    /// Image
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image: Option<LibraryImage>,

    /// Size
    ///
    /// From 1 to 50.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 1, max = 50))]
    pub size: Option<f64>,

    /// Offset
    ///
    /// Where a custom-positioned watermark goes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offset: Option<WatermarkOffset>,
}

/// Image
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(transform = ordered::<Self>)]
pub struct LibraryImage {
    /// Library ID
    ///
    /// The id of the image in the library.
    #[schemars(length(min = 1))]
    pub library_id: String,
}

/// Offset
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(transform = ordered::<Self>)]
pub struct WatermarkOffset {
    /// Horizontal position
    ///
    /// In percent of the picture's width, from 1 to 100.
    #[schemars(range(min = 1, max = 100))]
    pub x: i32,

    /// Vertical position
    ///
    /// In percent of the picture's height, from 1 to 100.
    #[schemars(range(min = 1, max = 100))]
    pub y: i32,
}

/// Embedding domains
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(transform = ordered::<Self>)]
pub struct DomainControl {
    /// Restrict embedding
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,

    /// Allowed domains
    ///
    /// The domains allowed to embed the player, e.g. www.example.com.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(inner(length(min = 1)))]
    pub domains: Option<Vec<String>>,
}

/// Protection type
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub enum ProtectionType {
    /// DRM
    ///
    /// The content is encrypted with DRM (digital rights management): only authorised players
    /// can play it.
    #[serde(rename = "PROTECTION_TYPE_DRM")]
    Drm,
}

/// Content protection
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(transform = ordered::<Self>)]
pub struct Protection {
    /// Protection type
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub kind: Option<ProtectionType>,
}
