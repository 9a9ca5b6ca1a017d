#!/usr/bin/env bash
# Runs inside Xvfb + dbus-run-session (see bench.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
say() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }
# shellcheck source=scripts/keychain-session.sh
source scripts/keychain-session.sh

say "Release build: Livedesk, the blank window, the benchmark"
cargo build --release --quiet -p livedesk --bin livedesk --example blank_window
cargo build --release --quiet -p livedesk-bench

say "The .deb bundle (Tauri CLI, pinned)"
tools=target/bench-tools
if [ ! -x "$tools/node_modules/.bin/tauri" ]; then
  # Not in ui/package.json: npm leaves the CLI's other-platform packages out of a lockfile
  # made here, and `npm ci` then refuses it. A pinned exact version instead.
  npm install --prefix "$tools" --no-save --no-package-lock --no-audit --no-fund --loglevel=error @tauri-apps/cli@2.12.5
fi
rm -rf target/release/bundle/deb
"$tools/node_modules/.bin/tauri" bundle --bundles deb >target/bench-tools/bundle.log 2>&1 || {
  cat target/bench-tools/bundle.log
  exit 1
}
deb=$(ls target/release/bundle/deb/*.deb)

say "Measuring"
exec target/release/livedesk-bench --app target/release/livedesk --blank target/release/examples/blank_window --deb "$deb" "$@"
