# Sourced inside Xvfb + dbus-run-session: throwaway XDG folders and an unlocked gnome-keyring
# for this session only, so nothing touches the user's own keychain.
scratch=$(mktemp -d -t livedesk-session.XXXXXX)
trap 'rm -rf "$scratch"' EXIT
# The keyring daemon keeps its files under XDG_DATA_HOME: a throwaway one per run.
export XDG_DATA_HOME="$scratch/data" XDG_RUNTIME_DIR="$scratch/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
eval "$(printf 'livedesk-test' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
# The daemon claims its D-Bus name a moment after it returns; a test calling the keychain
# before that has D-Bus start a second, locked keyring, which then waits for a password no one
# types. So the session is ready only once the name has an owner; bounded, with a message.
keychain_on_bus() {
  [[ "$(dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null)" == *"boolean true"* ]]
}
for _ in $(seq 100); do keychain_on_bus && break; sleep 0.1; done
if ! keychain_on_bus; then
  echo "keychain-session.sh: the test keyring (gnome-keyring-daemon) did not appear on D-Bus as" \
    "org.freedesktop.secrets within 10 s. Run this inside dbus-run-session, and check that" \
    "gnome-keyring is installed (bash scripts/setup.sh test)." >&2
  exit 1
fi
