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
