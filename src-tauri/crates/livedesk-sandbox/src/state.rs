//! What the sandbox remembers between requests, per vendor.

use crate::seed;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::{Mutex, MutexGuard};

pub(crate) struct State {
    pub huawei: Mutex<HuaweiState>,
    pub naver: Mutex<NaverState>,
    pub blendvision: Mutex<BlendVisionState>,
    pub alibaba: Mutex<AlibabaState>,
}

impl State {
    pub fn seeded() -> Self {
        Self {
            huawei: Mutex::new(seed::huawei()),
            naver: Mutex::new(seed::naver()),
            blendvision: Mutex::new(seed::blendvision()),
            alibaba: Mutex::new(seed::alibaba()),
        }
    }

    /// Back to the seed data (and forget used nonces).
    pub fn reset(&self) {
        *lock(&self.huawei) = seed::huawei();
        *lock(&self.naver) = seed::naver();
        *lock(&self.blendvision) = seed::blendvision();
        *lock(&self.alibaba) = seed::alibaba();
    }
}

/// A handler that panicked mid-update must not take the whole sandbox down with it.
pub(crate) fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) struct StreamKey {
    pub domain: String,
    pub app: String,
    pub stream: String,
}

impl StreamKey {
    pub fn new(domain: &str, app: &str, stream: &str) -> Self {
        Self {
            domain: domain.into(),
            app: app.into(),
            stream: stream.into(),
        }
    }
}

#[derive(Clone, Debug, Default)]
pub(crate) struct Recording {
    pub active: bool,
    pub last_stop_ms: Option<i64>,
}

pub(crate) struct HuaweiState {
    /// Ingest domain → `stream_backup_enable`.
    pub domains: BTreeMap<String, bool>,
    /// `COMMAND_RECORD` rules; a stream of `*` matches any stream of that domain and app.
    pub command_rules: Vec<StreamKey>,
    /// Streams being pushed right now.
    pub online: BTreeSet<StreamKey>,
    pub recordings: HashMap<StreamKey, Recording>,
}

impl HuaweiState {
    pub fn has_command_rule(&self, key: &StreamKey) -> bool {
        self.command_rules.iter().any(|r| {
            r.domain == key.domain
                && r.app == key.app
                && (r.stream == key.stream || r.stream == "*")
        })
    }
}

pub(crate) struct NaverState {
    /// Channel objects as the detail API returns them inside `content`.
    pub channels: Vec<Value>,
}

pub(crate) struct BlendVisionState {
    /// Full `Live` objects as the API returns them.
    pub lives: Vec<Value>,
}

pub(crate) struct AlibabaState {
    pub casters: Vec<Caster>,
    /// (AccessKeyId, nonce) → when it was first used, in sandbox ms.
    pub nonces: HashMap<(String, String), i64>,
}

pub(crate) struct Caster {
    pub id: String,
    /// 0 idle, 1 streaming.
    pub status: i64,
    pub created_ms: i64,
    pub last_modified_ms: i64,
    pub norm_type: i64,
    pub template: String,
    pub config: CasterConfig,
}

/// What `SetCasterConfig` sets, all of it at once.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct CasterConfig {
    pub caster_name: String,
    pub domain_name: String,
    pub delay: f64,
    pub urgent_material_id: String,
    pub urgent_image_id: String,
    pub urgent_image_url: String,
    pub urgent_live_stream_url: String,
    pub auto_switch_urgent_on: bool,
    pub auto_switch_urgent_config: String,
    pub callback_url: String,
    pub program_name: String,
    pub program_effect: i64,
    pub channel_enable: i64,
    pub side_output_url: String,
    pub side_output_url_list: Vec<String>,
    /// The JSON objects as written to SetCasterConfig (write-side key names).
    pub transcode: Option<Value>,
    pub record: Option<Value>,
    pub sync_groups: Option<Value>,
}
