#!/usr/bin/env bash
# Runs inside Xvfb + dbus-run-session (see test-all.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
say() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }

scratch=$(mktemp -d -t livedesk-tests.XXXXXX)
trap 'rm -rf "$scratch"' EXIT
# The keyring daemon keeps its files under XDG_DATA_HOME: a throwaway one per run.
export XDG_DATA_HOME="$scratch/data" XDG_RUNTIME_DIR="$scratch/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
eval "$(printf 'livedesk-test' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL

say "Rust: formatting"
cargo fmt --all -- --check
say "Rust: clippy"
cargo clippy --workspace --all-targets --quiet -- -D warnings
say "Rust: tests (engine crates, app crate, bindings drift, the real keychain of this session)"
# --include-ignored: the keychain tests are ignored by default because they need the
# gnome-keyring this script started.
cargo test --workspace --quiet -- --include-ignored

say "UI: typecheck, lint, unit tests"
(cd ui && npm run --silent typecheck && npm run --silent lint && npm run --silent test)

say "End to end: the real window over WebDriver"
cargo build -p livedesk --quiet
# A bound on the whole suite: a stuck window must fail the run, not use up CI's time.
(cd tests/e2e && timeout --kill-after=30s 20m npm test)
