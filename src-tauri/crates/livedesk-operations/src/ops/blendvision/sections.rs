//! BlendVision One: the other sections of a live's form: pre-recorded source, video after
//! the live, cover images, descriptions and labels, own CDN, player, relays.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::security::LibraryImage;
use crate::schema::{ordered, when, RTMP_OR_RTMPS_URL};

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
    /// Required when the live plays a pre-recorded video (broadcast mode: playback).
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
    /// Which video viewers get after the live (VOD: video on demand). Must be “Playback video”
    /// when the live plays a pre-recorded video (broadcast mode: playback).
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
    /// The id of the video in the library (VOD: video on demand).
    #[schemars(length(min = 1))]
    pub id: String,
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
    /// The id of the CDN (content delivery network) host set up in the general settings.
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
