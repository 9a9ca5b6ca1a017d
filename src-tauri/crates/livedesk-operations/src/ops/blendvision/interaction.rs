//! BlendVision One: the showroom and `interaction` sections of a live's form (poll and
//! chatroom, with the chatroom's options fixed at creation).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::sections::LibraryRef;
use crate::schema::{ordered, when, SECONDS};

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
