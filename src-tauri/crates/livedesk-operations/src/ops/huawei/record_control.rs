//! Huawei Cloud Live: start or stop recording one stream by command (`RunRecord`,
//! `POST /v1/{project_id}/record/control?action=START|STOP`).

use std::time::Duration;

use livedesk_http::{ErrorKind, Vendor, VendorError};
use livedesk_i18n::t;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::list_domains::ListDomains;
use super::list_record_rules::ListRecordRules;
use super::list_streams_online::{online, ListStreamsOnline};
use crate::error::OpError;
use crate::operation::{CallContext, CurrentRead, FieldPicker, Operation};
use crate::review::{Effects, Refusal, RefusalReason, ReviewState};
use crate::schema::ordered;
use crate::summary::reword;

pub struct RecordControl;

/// Huawei's documented wait: after a STOP, a START of the same stream must come more than
/// 10 seconds later.
pub const RESTART_WAIT: Duration = Duration::from_secs(10);

/// Command
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "UPPERCASE")]
pub enum RecordAction {
    /// Start recording
    ///
    /// Records the stream from now on. If the stream is interrupted for longer than the
    /// timeout, recording stops and does not restart by itself when the push resumes.
    Start,
    /// Stop recording
    Stop,
}

/// Recording command
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(transform = ordered::<Self>)]
pub struct RecordControlInput {
    /// Command
    ///
    /// Starting needs the stream to be pushed right now; starting less than 10 seconds after
    /// stopping the same stream is refused.
    #[schemars(extend("x-in" = "query"))]
    pub action: RecordAction,

    /// Ingest domain
    ///
    /// The push domain of the stream, e.g. publish.example.com.
    #[schemars(length(min = 1, max = 255))]
    pub publish_domain: String,

    /// Application name
    ///
    /// The app part of the push address, e.g. live.
    #[schemars(length(min = 1, max = 255))]
    pub app: String,

    /// Stream name
    ///
    /// The stream to start or stop recording.
    #[schemars(length(min = 1, max = 255))]
    pub stream: String,
}

impl RecordControlInput {
    fn stream_label(&self) -> String {
        t!(
            "huawei-stream-label",
            app = &self.app,
            stream = &self.stream,
            domain = &self.publish_domain
        )
    }

    fn memory_key(&self, account_key: &str) -> String {
        self.memory_key_of("stop", account_key)
    }

    fn memory_key_of(&self, what: &str, account_key: &str) -> String {
        format!(
            "{}.{what}|{account_key}|{}|{}|{}",
            RecordControl::ID,
            self.publish_domain,
            self.app,
            self.stream
        )
    }

    /// Whether the stream is recording now, as far as Livedesk can tell: Huawei Cloud does
    /// not say it, but a stream not being pushed is not recording, and Livedesk remembers
    /// the START and STOP it sent in this session.
    fn recording(&self, online: Option<bool>, call: &CallContext<'_>) -> Recording {
        if online == Some(false) {
            return Recording::NotPushed;
        }
        let started = call.memory.last(&self.memory_key_of("start", call.account_key));
        let stopped = call.memory.last(&self.memory_key(call.account_key));
        match (started, stopped) {
            (Some(start), stop) if stop.is_none_or(|s| s < start) => {
                Recording::Since(clock(start))
            }
            (_, Some(stop)) => Recording::StoppedAt(clock(stop)),
            _ => Recording::Unknown,
        }
    }
}

impl Operation for RecordControl {
    type Input = RecordControlInput;

    const ID: &'static str = "huawei.record_control";
    const VENDOR: Vendor = Vendor::Huawei;
    const TITLE: &'static str = "Start or stop recording a stream";
    const HELP: &'static str = "Starts or stops recording one live stream right now. This only \
        works for streams covered by a recording rule that records by command (start and stop \
        from here), set up beforehand in the Huawei Cloud Live console for the domain and app. \
        Recording can start only while the stream is being pushed. After stopping, wait more \
        than 10 seconds before starting the same stream again; Livedesk holds back a start that \
        comes too early.";
    const METHOD: &'static str = "POST";
    const PATH: &'static str = "/v1/{project_id}/record/control";
    const PICKERS: &'static [FieldPicker] = &[
        FieldPicker {
            field: "publish_domain",
            read_op: ListDomains::ID,
            needs: &[],
        },
        FieldPicker {
            field: "app",
            read_op: ListRecordRules::ID,
            needs: &[("publish_domain", "publish_domain")],
        },
        FieldPicker {
            field: "stream",
            read_op: ListStreamsOnline::ID,
            needs: &[("publish_domain", "publish_domain"), ("app", "app")],
        },
    ];
    const STATE: Option<CurrentRead> = Some(CurrentRead {
        read_op: ListStreamsOnline::ID,
        keys: &[
            ("publish_domain", "publish_domain"),
            ("app", "app"),
            ("stream", "stream"),
        ],
    });
    const NO_CURRENT: Option<&'static str> = Some(
        "Starting or stopping a recording is an action, not a setting: there is no state to \
         load before it, or to put back after it.",
    );

    fn before_send(input: &RecordControlInput, call: &CallContext<'_>) -> Result<(), OpError> {
        if input.action != RecordAction::Start {
            return Ok(());
        }
        let Some(stopped) = call.memory.last(&input.memory_key(call.account_key)) else {
            return Ok(());
        };
        let elapsed = call.now.duration_since(stopped).unwrap_or_default();
        if elapsed > RESTART_WAIT {
            return Ok(());
        }
        let left = (RESTART_WAIT - elapsed).as_secs_f64().ceil().max(1.0) as u64;
        Err(OpError::TooSoon {
            field: "action",
            explanation: t!(
                "huawei-too-soon",
                stream = input.stream_label(),
                count = elapsed.as_secs()
            ),
            seconds_left: left,
        })
    }

    fn after_success(input: &RecordControlInput, call: &CallContext<'_>) {
        let what = match input.action {
            RecordAction::Start => "start",
            RecordAction::Stop => "stop",
        };
        call.memory
            .mark(input.memory_key_of(what, call.account_key), call.now);
    }

    /// Whether the stream is recording (see [`RecordControlInput::recording`]); a STOP of a
    /// stream not recording, a START of a stream not pushed or too soon after a STOP are
    /// flagged, as Huawei Cloud refuses them.
    fn effects(input: &RecordControlInput, state: &ReviewState<'_>) -> Effects {
        let stream = input.stream_label();
        let online = state
            .answer
            .map(|a| online(a, &input.app, &input.stream).is_some());
        let recording = input.recording(online, state.call);
        let mut refusals = Vec::new();
        let sentence = match (input.action, &recording) {
            (RecordAction::Stop, Recording::NotPushed) => {
                refusals.push(Refusal {
                    reason: RefusalReason::NotRecording,
                    message: t!("huawei-not-recording-not-pushed", stream = &stream),
                    hint: t!("huawei-not-recording-hint"),
                });
                t!("huawei-cannot-stop-not-pushed", stream = &stream)
            }
            (RecordAction::Stop, Recording::StoppedAt(time)) => {
                refusals.push(Refusal {
                    reason: RefusalReason::NotRecording,
                    message: t!("huawei-not-recording-stopped", stream = &stream, time = time),
                    hint: t!("huawei-not-recording-hint"),
                });
                t!("huawei-cannot-stop-stopped", stream = &stream, time = time)
            }
            (RecordAction::Stop, Recording::Since(time)) => {
                t!("huawei-will-stop", stream = &stream, time = time)
            }
            (RecordAction::Stop, Recording::Unknown) => {
                t!("huawei-will-stop-if-recording", stream = &stream)
            }
            (RecordAction::Start, Recording::NotPushed) => {
                refusals.push(Refusal {
                    reason: RefusalReason::StreamNotPushed,
                    message: t!("huawei-not-pushed", stream = &stream),
                    hint: t!("huawei-not-pushed-hint"),
                });
                t!("huawei-cannot-start", stream = &stream)
            }
            (RecordAction::Start, Recording::Since(time)) => {
                t!("huawei-recording-already", stream = &stream, time = time)
            }
            (RecordAction::Start, Recording::StoppedAt(time)) => {
                t!("huawei-will-start-stopped", stream = &stream, time = time)
            }
            (RecordAction::Start, Recording::Unknown) => {
                t!("huawei-will-start", stream = &stream)
            }
        };
        if input.action == RecordAction::Start {
            if let Err(OpError::TooSoon { explanation, seconds_left, .. }) =
                Self::before_send(input, state.call)
            {
                refusals.push(Refusal {
                    reason: RefusalReason::TooSoonAfterStop,
                    message: explanation,
                    hint: t!("huawei-too-soon-hint", count = seconds_left),
                });
            }
        }
        Effects {
            sentences: vec![sentence],
            refusals,
        }
    }

    fn summarize(input: &RecordControlInput, _answer: &Value) -> Vec<String> {
        match input.action {
            RecordAction::Start => vec![
                t!("huawei-started", stream = input.stream_label()),
                t!("huawei-started-note"),
            ],
            RecordAction::Stop => vec![
                t!("huawei-stopped", stream = input.stream_label()),
                t!("huawei-stopped-note"),
            ],
        }
    }

    fn explain(input: &RecordControlInput, error: &mut VendorError, _: Option<&Value>) {
        let stream = input.stream_label();
        match (&error.kind, input.action) {
            (ErrorKind::NotFound, RecordAction::Start) => reword(
                error,
                t!("huawei-no-rule", stream = &stream),
                &t!("huawei-no-rule-hint"),
            ),
            (ErrorKind::NotFound, RecordAction::Stop) => reword(
                error,
                t!("huawei-not-recorded", stream = &stream),
                &t!("huawei-not-recorded-hint"),
            ),
            (ErrorKind::PreconditionFailed, RecordAction::Start) => reword(
                error,
                t!("huawei-restart-refused", stream = &stream),
                &t!("huawei-restart-refused-hint"),
            ),
            (ErrorKind::InvalidInput { field: None }, RecordAction::Start) => {
                let explanation = error.explanation.clone();
                reword(
                    error,
                    explanation,
                    &t!("huawei-start-needs-push-hint", domain = &input.publish_domain),
                );
            }
            _ => {}
        }
    }
}

/// What Livedesk knows about a stream's recording, with the time it knows it from.
enum Recording {
    /// Not being pushed, so not recording.
    NotPushed,
    /// Recording since a START Livedesk sent.
    Since(String),
    /// Not recording: Livedesk sent a STOP.
    StoppedAt(String),
    Unknown,
}

/// `14:02 UTC`: when something happened, in the same words wherever Livedesk runs.
fn clock(at: std::time::SystemTime) -> String {
    let secs = at
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    let day = secs % 86_400;
    format!("{:02}:{:02} UTC", day / 3600, (day % 3600) / 60)
}
