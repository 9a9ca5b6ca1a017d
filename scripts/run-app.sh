#!/usr/bin/env bash
# Installs what is missing, builds Livedesk and opens its window.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh app
cargo build -p livedesk
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  # No screen (a server, CI): run inside a virtual one so the app still starts.
  bash scripts/setup.sh test >/dev/null
  echo "No display found: running Livedesk inside Xvfb."
  exec xvfb-run -a -s "-screen 0 1280x800x24" target/debug/livedesk "$@"
fi
exec target/debug/livedesk "$@"
