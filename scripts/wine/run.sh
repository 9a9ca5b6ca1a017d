#!/usr/bin/env bash
# Runs a Windows .exe under Wine: the runner of x86_64-pc-windows-gnu in .cargo/config.toml,
# so `cargo test --target x86_64-pc-windows-gnu` runs the tests in Wine.
# The Wine prefix is this checkout's own (target/wine-prefix, or LIVEDESK_WINEPREFIX): it is
# created on first use with the stand-in bcryptprimitives.dll that Wine 8 lacks, and the
# user's own ~/.wine is never touched.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
export WINEPREFIX=${LIVEDESK_WINEPREFIX:-${CARGO_TARGET_DIR:-$repo/target}/wine-prefix}
# Quiet Wine; no Mono/Gecko installers (nothing here needs .NET or a browser engine); our DLL
# rather than any built-in one.
export WINEDEBUG=${WINEDEBUG:--all}
export WINEDLLOVERRIDES="mscoree,mshtml=;bcryptprimitives=n"
export WINEARCH=win64

wine=$(command -v wine64 || command -v wine || true)
[ -n "$wine" ] || { echo "Wine is missing: bash scripts/setup.sh test" >&2; exit 1; }

dll="$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll"
mkdir -p "$(dirname "$WINEPREFIX")"
(
  # One prefix set-up at a time (cargo may start several runners).
  flock 9
  if [ ! -f "$WINEPREFIX/.livedesk-ready" ]; then
    wineboot --init >/dev/null 2>&1
    # wineboot returns before the prefix is written out.
    wineserver -w
    touch "$WINEPREFIX/.livedesk-ready"
  fi
  if [ ! -f "$dll" ] || [ "$here/bcryptprimitives.c" -nt "$dll" ]; then
    x86_64-w64-mingw32-gcc -shared -O2 -s -o "$dll.tmp" "$here/bcryptprimitives.c" -ladvapi32
    mv "$dll.tmp" "$dll"
  fi
) 9>"$WINEPREFIX.lock"

exec "$wine" "$@"
