#!/usr/bin/env bash
# Proves the README's "Adding an operation": a copy of this working tree with one new read
# operation, NAVER "Channel status" (one new module, ops/naver/channel_status.rs, and one
# line in ops/naver/mod.rs; it uses the sandbox's existing channel route), passes the
# operations', the engine's and the CLI's tests unchanged, and the CLI lists it. Nothing in
# this repository is modified: the copy lives in the target folder, whose registry crates it
# reuses (the first run builds the workspace crates again for the copy: a few minutes).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$root/target}"
work="$CARGO_TARGET_DIR/check-adding-an-operation"
rm -rf "$work"
mkdir -p "$work"

# The working tree as it is (tracked and new files, not the ignored ones).
(cd "$root" && git ls-files -z --cached --others --exclude-standard |
  xargs -0 -I{} sh -c 'test -e "{}" && printf "%s\0" "{}"' |
  tar --null -T - -cf -) | tar -xf - -C "$work"

ops="$work/src-tauri/crates/livedesk-operations/src/ops/naver"
cat > "$ops/channel_status.rs" <<'EOF'
//! NAVER Cloud Live Station: only the status of one channel (`GET /api/v2/channels/{channelId}`).

use livedesk_http::Vendor;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::common::{channel, channel_name, status_words};
use super::list_channels::ListChannels;
use crate::operation::{Operation, OperationKind};
use crate::schema::{ordered, NO_SPACES};
use crate::summary::text;

pub struct ChannelStatus;

/// Channel status
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(transform = ordered::<Self>)]
pub struct ChannelStatusInput {
    /// Channel ID
    ///
    /// The Live Station channel, e.g. ls-20250814123456-zTwK2.
    #[serde(rename = "channelId")]
    #[schemars(length(min = 1, max = 100), regex(pattern = NO_SPACES), extend("x-in" = "path"))]
    pub channel_id: String,
}

impl Operation for ChannelStatus {
    type Input = ChannelStatusInput;

    const ID: &'static str = "naver.channel_status";
    const VENDOR: Vendor = Vendor::Naver;
    const TITLE: &'static str = "Channel status";
    const HELP: &'static str = "Shows only the status of one Live Station channel: whether it \
        is receiving a stream (PUBLISHING), ready, stopped or being created. Changes nothing.";
    const METHOD: &'static str = "GET";
    const PATH: &'static str = "/api/v2/channels/{channelId}";
    const KIND: OperationKind = OperationKind::Read;
    const PICKER: Option<(&'static str, &'static str)> = Some(("channelId", ListChannels::ID));

    fn summarize(input: &ChannelStatusInput, answer: &Value) -> Vec<String> {
        let content = channel(answer);
        let name = channel_name(content, &input.channel_id);
        vec![match text(content, "/channelStatus") {
            Some(s) => format!("Channel {name} is {s} ({}).", status_words(s)),
            None => format!("NAVER Cloud did not say the status of channel {name}."),
        }]
    }
}
EOF
# The one registration line.
sed -i 's/^    get_channel::GetChannel,$/&\n    channel_status::ChannelStatus,/' "$ops/mod.rs"
grep -q 'channel_status::ChannelStatus' "$ops/mod.rs"

cd "$work"
echo "==> the copy differs from the working tree in:"
diff -rq "$root/src-tauri/crates/livedesk-operations/src" \
  "$work/src-tauri/crates/livedesk-operations/src" | sed 's|'"$work"'/||; s|'"$root"'/||' || true
echo "==> existing tests, unchanged"
cargo test --quiet --no-fail-fast -p livedesk-operations -p livedesk-core -p livedesk-cli
echo "==> the CLI lists the new operation"
cargo run --quiet -p livedesk-cli -- operations --json | grep -q '"naver.channel_status"'
echo "OK: one module and one line added an operation; no existing test changed."
