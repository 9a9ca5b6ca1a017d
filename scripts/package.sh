#!/usr/bin/env bash
# Makes every installer this Linux machine can make, into dist/ with dist/SHA256SUMS:
#   Livedesk_<version>_amd64.deb, Livedesk-<version>-1.x86_64.rpm   (Tauri bundler)
#   Livedesk_<version>_x64-setup.exe (NSIS, cross-built with MinGW + makensis), or, when the
#   bundler cannot make it here, Livedesk_<version>_windows_x64.zip with the reason in the log.
# Then checks them (scripts/install-test.sh: the .deb installed and started) unless
# LIVEDESK_SKIP_INSTALL_TEST=1.
#   bash scripts/package.sh          everything above
#   bash scripts/package.sh linux    only the .deb and .rpm (the test command's install step)
# macOS (.dmg/.app) and a signed Windows .msi need those systems: README "Installers for macOS
# and Windows", .github/workflows/release.yml.
# Release builds: ~5 min each on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-all}
case $what in all | linux) ;; *) echo "usage: package.sh [all|linux]" >&2; exit 2 ;; esac
# Each step's wall time goes to artifacts/package/times.txt (the README's figures).
say() {
  [ -n "${step:-}" ] && echo "$step: $((SECONDS - step_start)) s" >>artifacts/package/times.txt
  step=$*
  step_start=$SECONDS
  printf '\n\033[1m==> %s\033[0m\n' "$*"
}
bash scripts/setup.sh test
export PATH="$HOME/.cargo/bin:$PATH"
target_dir=${CARGO_TARGET_DIR:-target}
version=$(sed -n 's/^ *"version": *"\([^"]*\)".*/\1/p' src-tauri/tauri.conf.json | head -1)
rm -rf dist
mkdir -p dist artifacts/package
: >artifacts/package/times.txt

# The UI comes first without a step here: src-tauri/build.rs builds ui/dist when it is missing
# or older than the UI's sources, before the app that embeds it is compiled. (Rebuilding it
# every time would make cargo recompile and re-link the app for each target, ~5 min each.)

say "Linux: .deb and .rpm (release build)"
rm -rf "$target_dir/release/bundle"
scripts/tauri-cli.sh build --bundles deb,rpm >artifacts/package/linux.log 2>&1 || {
  tail -40 artifacts/package/linux.log
  exit 1
}
cp "$target_dir"/release/bundle/deb/*.deb "$target_dir"/release/bundle/rpm/*.rpm dist/

if [ "$what" = all ]; then
  say "Windows: NSIS installer (release build for x86_64-pc-windows-gnu)"
  win=x86_64-pc-windows-gnu
  rm -rf "$target_dir/$win/release/bundle"
  if scripts/tauri-cli.sh build --target "$win" --bundles nsis >artifacts/package/windows.log 2>&1; then
    cp "$target_dir"/$win/release/bundle/nsis/*-setup.exe dist/
  else
    # The bundler stopped (the log says where). From Linux it needs nsis_tauri_utils.dll, which
    # it downloads from GitHub (out of reach here) into ~/.cache/tauri/NSIS: ship the program
    # itself in a zip instead, with the reason.
    # Only when the program itself was built: a compile error is a failure, not a zip.
    grep -q 'Built application at' artifacts/package/windows.log || {
      tail -40 artifacts/package/windows.log
      exit 1
    }
    reason=$(grep -iE 'error|failed' artifacts/package/windows.log | tail -1 | sed 's/^ *//' || true)
    plain="the installer maker stopped (see the technical reason below)."
    if grep -q 'Downloading https://github.com/' artifacts/package/windows.log; then
      plain="the installer maker needs one of its parts from GitHub (nsis_tauri_utils.dll), and the computer that made this zip could not reach GitHub."
    fi
    printf '%s\nTechnical reason: %s\n(full log on the machine that made it: artifacts/package/windows.log)\n' \
      "$plain" "${reason:-none logged}" | tee dist/WINDOWS-ZIP-REASON.txt
    exe="$target_dir/$win/release/livedesk.exe"
    stage=$(mktemp -d)
    cp "$exe" "$stage/Livedesk.exe"
    cat >"$stage/README.txt" <<TXT
Livedesk ${version} for Windows 10 and 11 (64-bit)

1. Unpack this zip into a folder of your own, for example Documents\\Livedesk.
2. Double-click Livedesk.exe. Windows may ask once whether to run it: "More info", "Run anyway".

Livedesk needs Microsoft Edge WebView2, which Windows 10 and 11 already have.
Your keys are kept in Windows Credential Manager; everything else in
%APPDATA%\\app.livedesk.desktop. To remove Livedesk, delete the folder you unpacked it into.

Why a zip and not an installer: $(head -1 dist/WINDOWS-ZIP-REASON.txt)
TXT
    sed -i 's/$/\r/' "$stage/README.txt" # Notepad-friendly line ends
    (cd "$stage" && zip -q -9 "$OLDPWD/dist/Livedesk_${version}_windows_x64.zip" Livedesk.exe README.txt)
    rm -rf "$stage"
  fi
fi

(cd dist && sha256sum -- * >SHA256SUMS)
say "dist/"
ls -l dist
cat dist/SHA256SUMS

if [ "${LIVEDESK_SKIP_INSTALL_TEST:-0}" != 1 ]; then
  say "Install test: the .deb installed and run, the .rpm and the Windows file checked"
  LIVEDESK_CHECK_WINDOWS=$([ "$what" = all ] && echo 1 || echo 0) bash scripts/install-test.sh dist
fi
say "done"
cat artifacts/package/times.txt
