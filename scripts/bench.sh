#!/usr/bin/env bash
# The performance budget (start, memory, forms, latency, sizes, signing): builds release, then
# measures Livedesk side by side with a blank Tauri window from this workspace, under a virtual
# display with a private keychain. Prints a table; writes artifacts/bench/bench.json.
# Options go to livedesk-bench (e.g. --runs 3 --calls 200); see `--help`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh test
export PATH="$HOME/.cargo/bin:$PATH"
exec xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- bash scripts/bench-inside-session.sh "$@"
