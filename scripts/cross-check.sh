#!/usr/bin/env bash
# Windows and macOS, checked from Linux (issue 20), as one step of the test command:
#   1. the workspace builds for x86_64-pc-windows-gnu (livedesk.exe, livedesk-cli.exe);
#   2. the engine crates' tests run under Wine, the account tests through keyring's Windows
#      Credential Manager backend (Wine implements the credential API);
#   3. a round trip with livedesk-cli.exe under Wine: accounts add/list, a call to a practice
#      account, the history of it, accounts remove;
#   4. the workspace, app crate included, type-checks and passes clippy for aarch64-apple-darwin.
# Per-target settings (linker, Wine runner, macOS C compiler) are in .cargo/config.toml; the
# tools come from `bash scripts/setup.sh test`. Tests skipped under Wine: WINE_SKIPS below,
# reasons in the README ("Other platforms").
set -euo pipefail
cd "$(dirname "$0")/.."
say() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }
win=x86_64-pc-windows-gnu
mac=aarch64-apple-darwin
target_dir=${CARGO_TARGET_DIR:-target}
# The engine: everything except the app crate (a window) and the benchmark (Linux processes).
engine=(-p livedesk-signing -p livedesk-http -p livedesk-sandbox -p livedesk-operations
  -p livedesk-history -p livedesk-core -p livedesk-cli)

# Tests that cannot mean anything on Windows (reasons in the README).
WINE_SKIPS=(
  # Simulates a Linux desktop without a Secret Service (a dead D-Bus address).
  no_secret_service_is_a_clear_error
  probe_without_secret_service
  # Makes the settings unreadable by putting a file where a folder is expected; on Windows such
  # a path reads as "not found" (ERROR_PATH_NOT_FOUND), like a missing file, so the check
  # rightly says nothing. The other storage-fault tests run.
  a_settings_file_in_an_unreadable_place_is_told
)

say "Windows: build and clippy (x86_64-pc-windows-gnu)"
cargo clippy --workspace --all-targets --target "$win" --quiet -- -D warnings
cargo build -p livedesk -p livedesk-cli --target "$win" --quiet
ls -l "$target_dir/$win/debug/livedesk.exe" "$target_dir/$win/debug/livedesk-cli.exe"

say "Windows: engine tests under Wine (keychain: Windows Credential Manager)"
skip_args=()
for t in "${WINE_SKIPS[@]}"; do skip_args+=(--skip "$t"); done
# --include-ignored: the keychain tests, ignored by default, run against Wine's credential store.
cargo test "${engine[@]}" --target "$win" --quiet -- --include-ignored "${skip_args[@]}"

say "Windows: livedesk-cli.exe round trip under Wine"
bash scripts/wine/cli-round-trip.sh "$target_dir/$win/debug/livedesk-cli.exe"

say "macOS: type-check and clippy (aarch64-apple-darwin, app crate included)"
cargo clippy --workspace --all-targets --target "$mac" --quiet -- -D warnings
