#!/usr/bin/env bash
# Installs what Livedesk needs and is missing, and nothing that is already there.
#   scripts/setup.sh app    system libraries to build and run the app, npm packages of the UI
#   scripts/setup.sh test   the above, plus Xvfb, D-Bus, gnome-keyring, WebKitWebDriver,
#                           tauri-driver, cargo-machete and the end-to-end suite's npm packages
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-app}
say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

build_pkgs=(build-essential pkg-config curl file libssl-dev libdbus-1-dev libwebkit2gtk-4.1-dev
  libgtk-3-dev libsoup-3.0-dev libjavascriptcoregtk-4.1-dev librsvg2-dev
  libayatana-appindicator3-dev libxdo-dev)
test_pkgs=(xvfb xauth x11-utils dbus dbus-x11 gnome-keyring libsecret-tools webkit2gtk-driver imagemagick
  sqlite3 fonts-noto-cjk)

pkgs=("${build_pkgs[@]}")
[ "$mode" = test ] && pkgs+=("${test_pkgs[@]}")

# --- platforms (issue 20): cross-building for Windows and macOS, Wine, installers ---
# MinGW-w64 links the Windows build, Wine runs its tests, clang compiles C for macOS targets,
# nsis and rpm let the Tauri bundler make the Windows installer and the .rpm.
cross_pkgs=(gcc-mingw-w64-x86-64 wine wine64 nsis rpm clang zip)
[ "$mode" = test ] && pkgs+=("${cross_pkgs[@]}")
# --- end platforms ---

if command -v dpkg >/dev/null 2>&1; then
  missing=()
  for p in "${pkgs[@]}"; do
    dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    say "Installing system packages: ${missing[*]}"
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
else
  say "No dpkg here (macOS/Windows?): install the Tauri prerequisites for your OS yourself."
fi

for tool in cargo node npm; do
  command -v "$tool" >/dev/null 2>&1 || { echo "Livedesk needs $tool (Rust via rustup, Node.js 20.19+ with npm)." >&2; exit 1; }
done

# npm ci only when node_modules is missing or older than the lock file.
npm_install() {
  local dir=$1
  if [ ! -d "$dir/node_modules" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
    say "Installing npm packages in $dir"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}
npm_install ui

# --- platforms (issue 20): the Rust standard libraries of the cross targets ---
if [ "$mode" = test ] && command -v rustup >/dev/null 2>&1; then
  installed_targets=$(rustup target list --installed)
  for t in x86_64-pc-windows-gnu aarch64-apple-darwin; do
    grep -qx "$t" <<<"$installed_targets" || { say "Adding Rust target $t"; rustup target add "$t" >/dev/null; }
  done
fi
# --- end platforms ---

if [ "$mode" = test ]; then
  npm_install tests/e2e
  if ! command -v tauri-driver >/dev/null 2>&1; then
    say "Installing tauri-driver"
    cargo install tauri-driver --locked --version 2.1.0 --quiet
  fi
  # The unused-dependency check of scripts/test-inside-session.sh.
  if ! command -v cargo-machete >/dev/null 2>&1; then
    say "Installing cargo-machete"
    cargo install cargo-machete --locked --version 0.9.2 --quiet
  fi
fi

# --- Supply chain and fuzzing (issue 19): cargo-deny for `cargo deny check`, cargo-fuzz for
# scripts/fuzz.sh; pinned versions, built from their lock files, only when missing. ---
if [ "$mode" = test ]; then
  if ! command -v cargo-deny >/dev/null 2>&1; then
    say "Installing cargo-deny"
    cargo install cargo-deny --locked --version 0.20.2 --quiet
  fi
  if ! command -v cargo-fuzz >/dev/null 2>&1; then
    say "Installing cargo-fuzz"
    cargo install cargo-fuzz --locked --version 0.13.2 --quiet
  fi
fi
