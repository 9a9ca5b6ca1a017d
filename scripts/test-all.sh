#!/usr/bin/env bash
# Installs what is missing, then runs every test suite inside a virtual display and a private
# D-Bus session with an unlocked gnome-keyring, so nothing touches the user's own keychain.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh test
export PATH="$HOME/.cargo/bin:$PATH"
exec xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- bash scripts/test-inside-session.sh
