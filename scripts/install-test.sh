#!/usr/bin/env bash
# Installs Livedesk's .deb on this machine and checks it the way a producer meets it:
#   - package metadata, desktop entry (Name, Exec, Icon, Categories, Comment), icon sizes;
#   - the program named by the desktop entry's Exec opens its window with the practice
#     accounts (Xvfb, WebDriver: tests/install/installed-app.mjs);
#   - removing the package leaves the user's data folder and keychain entries alone.
# Needs root (or sudo) for dpkg. Called by scripts/package.sh; alone: install-test.sh FILE.deb
set -euo pipefail
cd "$(dirname "$0")/.."
deb=$(realpath "${1:?usage: install-test.sh path/to/Livedesk.deb}")
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
fail() { echo "install test: $*" >&2; exit 1; }
ok() { echo "install test: $*"; }

pkg=$(dpkg-deb -f "$deb" Package)
[ "$pkg" = livedesk ] || fail "package name is '$pkg', not livedesk"
dpkg-deb -f "$deb" Description | grep -q . || fail "no package description"
ok "package $pkg $(dpkg-deb -f "$deb" Version) ($(dpkg-deb -f "$deb" Architecture)): $(dpkg-deb -f "$deb" Description | head -1)"

if dpkg -s livedesk >/dev/null 2>&1; then $sudo dpkg -r livedesk >/dev/null; fi
$sudo apt-get install -y -qq "$deb" >/dev/null
entry=/usr/share/applications/Livedesk.desktop
[ -f "$entry" ] || fail "no desktop entry at $entry"
field() { sed -n "s/^$1=//p" "$entry" | head -1; }
[ "$(field Name)" = Livedesk ] || fail "desktop entry Name is '$(field Name)'"
[ "$(field Type)" = Application ] || fail "desktop entry Type is '$(field Type)'"
[[ "$(field Categories)" == *Video* ]] || fail "desktop entry Categories '$(field Categories)' lack Video"
[ -n "$(field Comment)" ] || fail "desktop entry has no Comment"
icon=$(field Icon)
exec_cmd=$(field Exec)
app=$(command -v "${exec_cmd%% *}") || fail "Exec '$exec_cmd' is not an installed program"
ok "desktop entry: Exec=$exec_cmd ($app), Icon=$icon, Categories=$(field Categories)"
# Every icon is the size its folder names (…/hicolor/128x128@2/… is 256 px).
found=0
while read -r png; do
  dir=$(basename "$(dirname "$(dirname "$png")")")
  want=${dir%%x*}
  [[ "$dir" == *@2 ]] && want=$((want * 2))
  got=$(identify -format '%wx%h' "$png")
  [ "$got" = "${want}x${want}" ] || fail "$png is $got, expected ${want}x${want}"
  found=$((found + 1))
done < <(find /usr/share/icons/hicolor -name "$icon.png" -path '*/apps/*')
[ "$found" -ge 3 ] || fail "only $found icon sizes installed for '$icon'"
ok "$found icon sizes, each the size its folder names"

home=$(mktemp -d -t livedesk-install-home.XXXXXX)
trap 'rm -rf "$home"' EXIT
data="$home/.local/share/app.livedesk.desktop"
# The window, its keychain and a keychain entry as the app would leave one (service livedesk,
# user = an account id), in a private display, D-Bus session and gnome-keyring.
xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- bash -c '
  set -euo pipefail
  source scripts/keychain-session.sh
  export HOME="$1"
  printf %s "{\"secret_key\":\"install-test\"}" |
    secret-tool store --label="livedesk install test" service livedesk username acc_install_test
  LIVEDESK_APP="$2" LIVEDESK_INSTALL_HOME="$1" node tests/install/installed-app.mjs
  [ -f "$3/settings.json" ] || { echo "no settings.json in $3" >&2; exit 1; }
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get remove -y -qq livedesk >/dev/null
  [ ! -e "$2" ] || { echo "$2 is still there after remove" >&2; exit 1; }
  [ -f "$3/settings.json" ] || { echo "remove took the data folder $3" >&2; exit 1; }
  [ "$(secret-tool lookup service livedesk username acc_install_test)" = "{\"secret_key\":\"install-test\"}" ] ||
    { echo "remove took the keychain entry" >&2; exit 1; }
  echo "install test: package removed; data folder and keychain entry kept"
' install-test "$home" "$app" "$data"
ok "passed"
