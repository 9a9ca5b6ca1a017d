//! BlendVision One: update a live (`PUT /bv/cms/v1/lives/{id}`), the whole
//! `cms.v1.PublicCMSService.UpdateLiveBody` of the vendor's OpenAPI index.
//!
//! Top-level fields left empty are not sent, and BlendVision keeps them as they are; a
//! section that is sent replaces that section. `security` is always sent (the vendor
//! requires it). Immutable fields (`x-immutable`) may be repeated unchanged but not changed.

use livedesk_http::{ErrorKind, Vendor, VendorError};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::error::FieldProblem;
use crate::current::fit_to_schema;
use crate::operation::{CurrentRead, Operation, Prefilled};
use crate::schema::{
    ordered, when, BV_CUSTOM_ID, COUNTRY_CODE, RTMP_OR_RTMPS_URL, SECONDS,
};
use crate::summary::{flag, on_off, reword, text};
use crate::time::parse_rfc3339;

pub struct UpdateLive;

/// Update a live
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(transform = ordered::<Self>)]
pub struct UpdateLiveInput {
    /// Live ID
    ///
    /// The id of the live to update.
    #[schemars(length(min = 1), regex(pattern = crate::schema::NO_SPACES), extend("x-in" = "path"))]
    pub id: String,

    /// Name
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 100))]
    pub name: Option<String>,

    /// Custom ID
    ///
    /// Your own unique id for the live (up to 150 characters).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(length(min = 1, max = 150), regex(pattern = BV_CUSTOM_ID))]
    pub custom_id: Option<String>,

    /// Pre-recorded source
    ///
    /// Only for simulive lives (required there): the library video played as the live.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<LiveSource>,

    /// Scheduled start
    ///
    /// Only for simulive lives: when the live starts. Empty: it starts immediately.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(extend("format" = "date-time"))]
    pub scheduled_at: Option<String>,

    /// Video on demand after the live
    ///
    /// When set, the live is offered as a video after it ends.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub live_vod: Option<LiveVod>,

    /// Security
    pub security: Security,

    /// Cover images
    ///
    /// The images the player shows in each state of the live.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cover_images: Option<CoverImages>,

    /// Descriptions and labels
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Metadata>,

    /// Showroom
    ///
    /// Preferences of the showroom page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub showroom: Option<Showroom>,

    /// Interaction
    ///
    /// Poll and chatroom.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interaction: Option<Interaction>,

    /// Your own CDN
    ///
    /// Deliver through a CDN host set up in the general settings (bring your own CDN).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub byo_cdn: Option<ByoCdn>,

    /// Player
    #[serde(skip_serializing_if = "Option::is_none")]
    pub player: Option<Player>,

    /// Save the recording for download
    ///
    /// Lets viewers download the recording of the live.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub save_for_download_enabled: Option<bool>,

    /// Relay to other platforms
    ///
    /// Restream the live to other RTMP destinations. Only for ultra-low-latency lives.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub relay_settings: Option<Vec<RelaySetting>>,
}

/// Source type
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub enum LiveSourceType {
    /// Video from the library
    #[serde(rename = "LIVE_SOURCE_TYPE_LIBRARY")]
    Library,
}

/// Pre-recorded source
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(transform = ordered::<Self>)]
#[schemars(transform = when("type", &["LIVE_SOURCE_TYPE_LIBRARY"]).required_only("library"))]
pub struct LiveSource {
    /// Source type
    #[serde(rename = "type")]
    pub kind: LiveSourceType,

    /// Library video
    #[serde(skip_serializing_if = "Option::is_none")]
    pub library: Option<LibraryRef>,
}

/// Library video
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(transform = ordered::<Self>)]
pub struct LibraryRef {
    /// Library ID
    ///
    /// The id of the video in the library.
    #[schemars(length(min = 1))]
    pub id: String,
}

/// VOD source
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub enum LiveVodSource {
    /// Recording of the live (catch-up)
    ///
    /// The live stream is recorded and offered as the video after the live ends.
    #[serde(rename = "LIVE_VOD_SOURCE_CATCHUP")]
    Catchup,
    /// Another video instead of the recording
    #[serde(rename = "LIVE_VOD_SOURCE_REPLACE")]
    Replace,
    /// Playback video
    ///
    /// Required when the live's broadcast mode is playback.
    #[serde(rename = "LIVE_VOD_SOURCE_PLAYBACK")]
    Playback,
}

/// Video on demand after the live
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(transform = ordered::<Self>)]
#[schemars(transform = when("source", &["LIVE_VOD_SOURCE_REPLACE"]).required_only("replace"))]
#[schemars(transform = when("source", &["LIVE_VOD_SOURCE_PLAYBACK"]).required_only("playback"))]
pub struct LiveVod {
    /// VOD source
    ///
    /// Must be “Playback video” when the live's broadcast mode is playback.
    pub source: LiveVodSource,

    /// Replacement video
    #[serde(skip_serializing_if = "Option::is_none")]
    pub replace: Option<VodRef>,

    /// Playback video
    #[serde(skip_serializing_if = "Option::is_none")]
    pub playback: Option<VodRef>,

    /// Available from
    ///
    /// The video can be watched from this time.
    #[schemars(extend("format" = "date-time"))]
    pub started_at: String,

    /// Available until
    ///
    /// The video can no longer be watched after this time.
    #[schemars(extend("format" = "date-time"))]
    pub ended_at: String,
}

/// Video
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(transform = ordered::<Self>)]
pub struct VodRef {
    /// VOD ID
    ///
    /// The id of the video.
    #[schemars(length(min = 1))]
    pub id: String,
}

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
    pub watermark: Option<Watermark>,

    /// Embedding domains
    ///
    /// The websites allowed to embed the player.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub domain_control: Option<DomainControl>,

    /// Content protection
    ///
    /// Encryption of the content. Set when the live is created; it cannot be changed.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-immutable" = true))]
    pub protection: Option<Protection>,

    /// Allowed countries
    ///
    /// Two-letter country codes (ISO 3166-1 alpha-2, e.g. TW, JP) of the places allowed to
    /// watch; empty: everywhere. Set when the live is created; it cannot be changed.
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
    /// The content is protected by DRM.
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

/// Cover images
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(transform = ordered::<Self>)]
pub struct CoverImages {
    /// Ready to start
    ///
    /// Shown before the live starts.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ready_to_start: Option<CoverImage>,

    /// Preview
    ///
    /// Shown while the live is in preview.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub preview: Option<CoverImage>,

    /// Player paused
    #[serde(skip_serializing_if = "Option::is_none")]
    pub player_pause: Option<CoverImage>,

    /// Signal interrupted
    ///
    /// Shown while the incoming signal is interrupted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub signal_interruption: Option<CoverImage>,

    /// Ended
    ///
    /// Shown after the live has ended.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end: Option<CoverImage>,

    /// Closed
    ///
    /// Shown once the live is closed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub close: Option<CoverImage>,
}

/// Image
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub enum CoverImageType {
    /// Automatic
    ///
    /// Made by BlendVision One (black for lives).
    #[serde(rename = "COVER_IMAGE_TYPE_AUTO")]
    Auto,
    /// Your own image
    ///
    /// An image from the library.
    #[serde(rename = "COVER_IMAGE_TYPE_CUSTOMIZE")]
    Customize,
}

/// Cover image
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(transform = ordered::<Self>)]
#[schemars(transform = when("type", &["COVER_IMAGE_TYPE_CUSTOMIZE"]).required_only("customize"))]
pub struct CoverImage {
    /// Image
    #[serde(rename = "type")]
    pub kind: CoverImageType,

    /// Your image
    #[serde(skip_serializing_if = "Option::is_none")]
    pub customize: Option<LibraryImage>,
}

/// Descriptions and labels
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(transform = ordered::<Self>)]
pub struct Metadata {
    /// Short description
    #[serde(skip_serializing_if = "Option::is_none")]
    pub short_description: Option<String>,

    /// Long description
    #[serde(skip_serializing_if = "Option::is_none")]
    pub long_description: Option<String>,

    /// Labels
    ///
    /// Up to 20.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 20))]
    pub labels: Option<Vec<Label>>,
}

/// Label
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(transform = ordered::<Self>)]
pub struct Label {
    /// Label
    ///
    /// Up to 20 characters.
    #[schemars(length(min = 1, max = 20))]
    pub name: String,
}

/// Showroom
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(transform = ordered::<Self>)]
pub struct Showroom {
    /// Showroom model
    ///
    /// The showroom's preferences, as BlendVision One defines them (free-form JSON).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-format" = "json"))]
    pub model: Option<Map<String, Value>>,

    /// Library assets
    ///
    /// The library items the model uses.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub libraries: Option<Vec<LibraryRef>>,

    /// Questionnaire
    #[serde(skip_serializing_if = "Option::is_none")]
    pub questionnaire: Option<Questionnaire>,
}

/// Questionnaire
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(transform = ordered::<Self>)]
#[schemars(transform = when("enabled", &[true]).required("form_id"))]
pub struct Questionnaire {
    /// Form ID
    ///
    /// The form shown as the questionnaire.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(length(min = 1))]
    pub form_id: Option<String>,

    /// Questionnaire on
    pub enabled: bool,
}

/// Interaction
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(transform = ordered::<Self>)]
pub struct Interaction {
    /// Poll on
    #[serde(skip_serializing_if = "Option::is_none")]
    pub poll_enabled: Option<bool>,

    /// Chatroom
    #[serde(skip_serializing_if = "Option::is_none")]
    pub chatroom: Option<ChatroomSettings>,
}

/// Chatroom
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(transform = ordered::<Self>)]
pub struct ChatroomSettings {
    /// Chatroom during the live
    #[serde(skip_serializing_if = "Option::is_none")]
    pub live: Option<Chatroom>,

    /// Chatroom on the video after the live
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vod: Option<Chatroom>,

    /// Chatroom options
    ///
    /// Set when the chatroom is created; they cannot be changed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub options: Option<ChatroomOptions>,
}

/// Theme
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub enum ChatroomTheme {
    /// Light
    #[serde(rename = "CHATROOM_THEME_LIGHT")]
    Light,
    /// Dark
    #[serde(rename = "CHATROOM_THEME_DARK")]
    Dark,
}

/// Mode
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub enum ChatroomMode {
    /// Free talk
    ///
    /// Everyone sees every message.
    #[serde(rename = "CHATROOM_MODE_FREE_TALK")]
    FreeTalk,
    /// All to one
    ///
    /// Viewers' messages go privately to the admin.
    #[serde(rename = "CHATROOM_MODE_ALL_TO_ONE")]
    AllToOne,
}

/// Chatroom
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(transform = ordered::<Self>)]
#[schemars(transform = when("enabled", &[true]).required("theme"))]
pub struct Chatroom {
    /// Chatroom on
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,

    /// Theme
    #[serde(skip_serializing_if = "Option::is_none")]
    pub theme: Option<ChatroomTheme>,

    /// Mode
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = "CHATROOM_MODE_FREE_TALK"))]
    pub mode: Option<ChatroomMode>,
}

/// Chatroom options
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(transform = ordered::<Self>)]
pub struct ChatroomOptions {
    /// Custom counter keys
    ///
    /// Names of your own counters. Cannot be changed once set.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(inner(length(min = 1)), extend("x-immutable" = true))]
    pub custom_counter_keys: Option<Vec<String>>,

    /// Message retention
    ///
    /// How long messages are kept, from 0s to 1209600s (14 days); default 3600s. Cannot be
    /// changed once set.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(regex(pattern = SECONDS), extend("x-immutable" = true, "default" = "3600s"))]
    pub message_ttl: Option<String>,

    /// Message batch window
    ///
    /// How long messages are gathered before being delivered, from 0.5s to 60s; default 3s.
    /// Cannot be changed once set.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(regex(pattern = SECONDS), extend("x-immutable" = true, "default" = "3s"))]
    pub message_batch_window: Option<String>,

    /// Broadcast to the chatroom
    #[serde(skip_serializing_if = "Option::is_none")]
    pub broadcast_setting: Option<BroadcastSetting>,
}

/// Broadcast to the chatroom
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(transform = ordered::<Self>)]
pub struct BroadcastSetting {
    /// Viewer counts
    ///
    /// Post the number of concurrent and total viewers in the chatroom. Cannot be changed
    /// once set.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-immutable" = true))]
    pub viewer_metrics_enabled: Option<bool>,
}

/// Your own CDN
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(transform = ordered::<Self>)]
#[schemars(transform = when("enabled", &[true]).required("byo_cdn_setting_id"))]
pub struct ByoCdn {
    /// Use your own CDN
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,

    /// CDN host ID
    ///
    /// The id of the CDN host set up in the general settings.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(length(min = 1))]
    pub byo_cdn_setting_id: Option<String>,
}

/// Player
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(transform = ordered::<Self>)]
pub struct Player {
    /// Player setting ID
    ///
    /// The player setting to use.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(length(min = 1))]
    pub player_setting_id: Option<String>,
}

/// Destination
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub enum RelayType {
    /// RTMP
    #[serde(rename = "RELAY_TYPE_RTMP")]
    Rtmp,
}

/// Relay
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(transform = ordered::<Self>)]
#[schemars(transform = when("type", &["RELAY_TYPE_RTMP"]).required_only("rtmp"))]
pub struct RelaySetting {
    /// Destination
    #[serde(rename = "type")]
    pub kind: RelayType,

    /// Name
    ///
    /// A name for this relay, for you.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,

    /// Relay on
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_enabled: Option<bool>,

    /// RTMP destination
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rtmp: Option<RtmpRelay>,
}

/// RTMP destination
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(transform = ordered::<Self>)]
pub struct RtmpRelay {
    /// RTMP address
    ///
    /// The destination's ingest address, e.g. rtmp://a.rtmp.youtube.com/live2.
    #[schemars(regex(pattern = RTMP_OR_RTMPS_URL))]
    pub url: String,

    /// Stream key
    ///
    /// The destination's stream key; kept secret in reviews.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-secret" = true, "writeOnly" = true))]
    pub stream_key: Option<String>,
}

/// Seconds from a duration such as `3600s` or `0.5s`.
fn seconds(text: &str) -> Option<f64> {
    text.strip_suffix('s')?.parse().ok()
}

fn check_duration(
    value: Option<&str>,
    field: &str,
    title: &str,
    (min, max): (f64, f64),
    problems: &mut Vec<FieldProblem>,
) {
    let Some(n) = value.and_then(seconds) else {
        return;
    };
    if !(min..=max).contains(&n) {
        problems.push(FieldProblem::new(
            field,
            format!("{title} must be from {min}s to {max}s."),
        ));
    }
}

/// `LIVE_STATUS_WAIT_FOR_PREVIEW` → `waiting for preview`.
pub(crate) fn status_words(status: &str) -> String {
    let core = status.strip_prefix("LIVE_STATUS_").unwrap_or(status);
    match core {
        "WAIT_FOR_PREVIEW" => "waiting for preview".to_owned(),
        "LIVE" => "on air".to_owned(),
        "LIVE_END" => "ended".to_owned(),
        "VOD" => "available as video".to_owned(),
        other => other.to_ascii_lowercase().replace('_', " "),
    }
}

/// A live's state in plain-language lines: status, privacy, watermark, chatroom, download.
pub(crate) fn live_state_lines(live: &Value) -> Vec<String> {
    let mut lines = Vec::new();
        if let Some(status) = text(live, "/status") {
            lines.push(format!("Status: {}.", status_words(status)));
        }
        match text(live, "/security/privacy/type") {
            Some("SECURITY_PRIVACY_TYPE_TOKEN") => {
                let limit = live
                    .pointer("/security/privacy/token/device_limit")
                    .and_then(Value::as_i64)
                    .unwrap_or(0);
                lines.push(if limit > 0 {
                    format!(
                        "Privacy: viewers need a token or redeem code (up to {limit} devices \
                         each)."
                    )
                } else {
                    "Privacy: viewers need a token or redeem code (no device limit).".to_owned()
                });
            }
            Some("SECURITY_PRIVACY_TYPE_PUBLIC") => {
                lines.push("Privacy: public, anyone can watch.".to_owned())
            }
            _ => {}
        }
        if let Some(on) = flag(live, "/security/watermark/enabled") {
            lines.push(format!("Watermark: {}.", on_off(on)));
        }
        if let Some(on) = flag(live, "/interaction/chatroom/live/enabled") {
            lines.push(format!("Chatroom during the live: {}.", on_off(on)));
        }
        if let Some(on) = flag(live, "/save_for_download_enabled") {
            lines.push(format!("Saved for download: {}.", on_off(on)));
        }
    lines
}

impl Operation for UpdateLive {
    type Input = UpdateLiveInput;

    const ID: &'static str = "blendvision.update_live";
    const VENDOR: Vendor = Vendor::BlendVision;
    const TITLE: &'static str = "Update a live";
    const HELP: &'static str = "Changes the settings of an existing live: name, custom id, \
        security (privacy, watermark, embedding domains), cover images, descriptions and \
        labels, showroom, poll and chatroom, your own CDN, player, download, relays, and the \
        video offered after the live. Sections you leave empty are not sent and stay as they \
        are; a section you fill in replaces that whole section. Security is always sent. Some \
        fields (protection, allowed countries, chatroom options) are fixed when the live is \
        created: send them unchanged or leave them out.";
    const METHOD: &'static str = "PUT";
    const PATH: &'static str = "/bv/cms/v1/lives/{id}";
    const PICKER: Option<(&'static str, &'static str)> = Some(("id", "blendvision.list_lives"));
    const CURRENT: Option<CurrentRead> = Some(CurrentRead {
        read_op: "blendvision.get_live",
        keys: &[("id", "id")],
    });
    const EMPTY_TOP_LEVEL_KEPT: bool = true;

    fn check(input: &UpdateLiveInput, problems: &mut Vec<FieldProblem>) {
        if let Some(vod) = &input.live_vod {
            if let (Some(start), Some(end)) =
                (parse_rfc3339(&vod.started_at), parse_rfc3339(&vod.ended_at))
            {
                if end <= start {
                    problems.push(FieldProblem::new(
                        "live_vod.ended_at",
                        "Available until must be later than Available from.",
                    ));
                }
            }
        }
        let options = input
            .interaction
            .as_ref()
            .and_then(|i| i.chatroom.as_ref())
            .and_then(|c| c.options.as_ref());
        if let Some(options) = options {
            check_duration(
                options.message_ttl.as_deref(),
                "interaction.chatroom.options.message_ttl",
                "Message retention",
                (0.0, 1_209_600.0),
                problems,
            );
            check_duration(
                options.message_batch_window.as_deref(),
                "interaction.chatroom.options.message_batch_window",
                "Message batch window",
                (0.5, 60.0),
                problems,
            );
        }
    }

    fn summarize(input: &UpdateLiveInput, answer: &Value) -> Vec<String> {
        let live = answer.get("live").unwrap_or(answer);
        let id = text(live, "/id").unwrap_or(&input.id);
        let mut lines = vec![match text(live, "/name").or(input.name.as_deref()) {
            Some(name) => format!("Live “{name}” ({id}) was updated."),
            None => format!("Live {id} was updated."),
        }];
        lines.extend(live_state_lines(live));
        lines
    }

    /// The live as the form: the update's fields only (read-only ones such as status,
    /// setup and stream dropped), proto3 defaults (`*_UNSPECIFIED`, empty text) left empty,
    /// fields that do not apply (`x-only-when`) dropped. A section the live does not have
    /// comes as an empty group (`{}`, relays `[]`), so that sending this input again also
    /// empties a section filled in since: it is the state an undo restores.
    fn current_input(answer: &Value, schema: &Value) -> Prefilled {
        let live = answer.get("live").unwrap_or(answer);
        let mut input = fit_to_schema(schema, live).unwrap_or_else(|| Value::Object(Map::new()));
        let mut notes = Vec::new();
        if let (Value::Object(map), Some(properties)) = (
            &mut input,
            schema.get("properties").and_then(Value::as_object),
        ) {
            for (name, property) in properties {
                if map.contains_key(name) {
                    continue;
                }
                let resettable = property
                    .get("required")
                    .and_then(Value::as_array)
                    .is_none_or(|r| r.is_empty());
                match property.get("type").and_then(Value::as_str) {
                    Some("object") if resettable => {
                        map.insert(name.clone(), Value::Object(Map::new()));
                    }
                    Some("array") => {
                        map.insert(name.clone(), Value::Array(Vec::new()));
                    }
                    _ => {}
                }
            }
            if map.get("security").is_none() {
                notes.push(
                    "BlendVision One did not return the live's security settings; fill them \
                     in before sending."
                        .to_owned(),
                );
            }
        }
        Prefilled { input, notes }
    }

    fn explain(input: &UpdateLiveInput, error: &mut VendorError, _: Option<&Value>) {
        match &error.kind {
            ErrorKind::NotFound if error.code == "5" => reword(
                error,
                format!(
                    "BlendVision One has no live with the id “{}” in this organisation.",
                    input.id
                ),
                "Check the live id (it may have been deleted), and that the account's \
                 organisation is the live's.",
            ),
            ErrorKind::InvalidInput { field: Some(field) }
                if error.vendor_message.contains("immutable") =>
            {
                let field = field.clone();
                reword(
                    error,
                    format!(
                        "BlendVision One did not accept {field}: it is fixed when the live is \
                         created and cannot be changed."
                    ),
                    &format!("Leave {field} out, or send its current value."),
                );
            }
            _ => {}
        }
    }
}
