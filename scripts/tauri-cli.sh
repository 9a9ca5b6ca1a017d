#!/usr/bin/env bash
# Runs the Tauri CLI (pinned; installed once under target/bench-tools, shared with bench.sh).
# It is not in ui/package.json: npm leaves the CLI's other-platform packages out of a lockfile
# made here, and `npm ci` then refuses it.
set -euo pipefail
cd "$(dirname "$0")/.."
tools=${CARGO_TARGET_DIR:-target}/bench-tools
if [ ! -x "$tools/node_modules/.bin/tauri" ]; then
  npm install --prefix "$tools" --no-save --no-package-lock --no-audit --no-fund --loglevel=error @tauri-apps/cli@2.12.5 >&2
fi
exec "$tools/node_modules/.bin/tauri" "$@"
