//! Huawei Cloud Live: start or stop recording one stream by command (`RunRecord`,
//! `POST /v1/{project_id}/record/control?action=START|STOP`).

use std::time::Duration;

use livedesk_http::{ErrorKind, Vendor, VendorError};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::error::OpError;
use crate::operation::{CallContext, Operation};
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
    /// START needs the stream to be pushed right now; a START less than 10 seconds after a
    /// STOP of the same stream is refused.
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
        format!("{}/{} on {}", self.app, self.stream, self.publish_domain)
    }

    fn memory_key(&self, account_key: &str) -> String {
        format!(
            "{}.stop|{account_key}|{}|{}|{}",
            RecordControl::ID,
            self.publish_domain,
            self.app,
            self.stream
        )
    }
}

impl Operation for RecordControl {
    type Input = RecordControlInput;

    const ID: &'static str = "huawei.record_control";
    const VENDOR: Vendor = Vendor::Huawei;
    const TITLE: &'static str = "Start or stop recording a stream";
    const HELP: &'static str = "Starts or stops recording one live stream right now. This only \
        works for streams covered by a recording rule of type COMMAND_RECORD (recording by \
        command), set up beforehand in the Huawei Cloud Live console for the domain and app. \
        START works only while the stream is being pushed. After a STOP, wait more than 10 \
        seconds before starting the same stream again; Livedesk holds back a START that comes \
        too early.";
    const METHOD: &'static str = "POST";
    const PATH: &'static str = "/v1/{project_id}/record/control";
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
            explanation: format!(
                "Recording of {} was stopped {} seconds ago; Huawei Cloud refuses to start it \
                 again until more than 10 seconds have passed.",
                input.stream_label(),
                elapsed.as_secs()
            ),
            seconds_left: left,
        })
    }

    fn after_success(input: &RecordControlInput, call: &CallContext<'_>) {
        if input.action == RecordAction::Stop {
            call.memory
                .mark(input.memory_key(call.account_key), call.now);
        }
    }

    fn summarize(input: &RecordControlInput, _answer: &Value) -> Vec<String> {
        match input.action {
            RecordAction::Start => vec![
                format!("Recording of {} has started.", input.stream_label()),
                "It runs until you stop it; if the stream is interrupted for too long, it \
                 stops and does not restart by itself."
                    .to_owned(),
            ],
            RecordAction::Stop => vec![
                format!("Recording of {} has stopped.", input.stream_label()),
                "To record this stream again, wait more than 10 seconds before starting it."
                    .to_owned(),
            ],
        }
    }

    fn explain(input: &RecordControlInput, error: &mut VendorError, _: Option<&Value>) {
        let stream = input.stream_label();
        match (&error.kind, input.action) {
            (ErrorKind::NotFound, RecordAction::Start) => reword(
                error,
                format!(
                    "Huawei Cloud says the record does not exist: no recording rule of type \
                     COMMAND_RECORD (recording by command) covers {stream}."
                ),
                "Add a COMMAND_RECORD recording rule for this domain and app (for all streams \
                 or this one) in the Huawei Cloud Live console, then try again.",
            ),
            (ErrorKind::NotFound, RecordAction::Stop) => reword(
                error,
                format!(
                    "Huawei Cloud says the record does not exist: {stream} is not being \
                     recorded by command right now, or no COMMAND_RECORD recording rule \
                     covers it."
                ),
                "Check that recording was started by command and is still running (it stops \
                 by itself when the stream is interrupted for too long).",
            ),
            (ErrorKind::PreconditionFailed, RecordAction::Start) => reword(
                error,
                format!(
                    "Huawei Cloud refused to start recording {stream}: it was stopped less \
                     than 10 seconds ago."
                ),
                "Wait more than 10 seconds after a STOP before starting the same stream.",
            ),
            (ErrorKind::InvalidInput { field: None }, RecordAction::Start) => {
                let explanation = error.explanation.clone();
                reword(
                    error,
                    explanation,
                    &format!(
                        "START works only while the stream is being pushed to {}: check that \
                         the encoder is live, then try again.",
                        input.publish_domain
                    ),
                );
            }
            _ => {}
        }
    }
}
