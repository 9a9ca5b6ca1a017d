#!/usr/bin/env bash
# Checks the installers in a folder (default dist/, made by scripts/package.sh).
# The .deb is installed on this machine and checked the way a producer meets it:
#   - package metadata, desktop entry (Name, Exec, Icon, Categories, Comment), icon sizes;
#   - the program named by the desktop entry's Exec opens its window with the practice
#     accounts (Xvfb, WebDriver: tests/install/installed-app.mjs);
#   - removing the package leaves the user's data folder and keychain entries alone.
# The .rpm's metadata and file list, and the Windows installer (or zip), are checked without
# installing them (no rpm-based system or Windows here).
# Needs root (or sudo) for apt. Called by scripts/package.sh; alone: install-test.sh [FOLDER]
set -euo pipefail
cd "$(dirname "$0")/.."
dist=$(realpath "${1:-dist}")
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
fail() { echo "install test: $*" >&2; exit 1; }
ok() { echo "install test: $*"; }
one() { # the one file in $dist matching $1
  local found=("$dist"/$1)
  [ ${#found[@]} -eq 1 ] && [ -f "${found[0]}" ] || fail "expected one $1 in $dist, found: ${found[*]}"
  echo "${found[0]}"
}
deb=$(one '*.deb')
rpm=$(one '*.rpm')

# --- .rpm: metadata and the files a producer's system needs (not installed here) ---
[ "$(rpm -qp --qf '%{NAME}' "$rpm")" = livedesk ] || fail "rpm package name is '$(rpm -qp --qf '%{NAME}' "$rpm")'"
[ -n "$(rpm -qp --qf '%{SUMMARY}' "$rpm")" ] || fail "rpm has no summary"
rpm_files=$(rpm -qlp "$rpm")
for want in /usr/bin/livedesk /usr/share/applications/Livedesk.desktop; do
  grep -qx "$want" <<<"$rpm_files" || fail "$rpm lacks $want; it has: $rpm_files"
done
rpm_icons=$(grep -c '^/usr/share/icons/hicolor/.*/apps/livedesk\.png$' <<<"$rpm_files" || true)
[ "$rpm_icons" -ge 3 ] || fail "$rpm has $rpm_icons icon sizes; it has: $rpm_files"
ok "rpm $(rpm -qp --qf '%{NAME} %{VERSION}-%{RELEASE} %{ARCH}: %{SUMMARY}' "$rpm"): program, desktop entry, $rpm_icons icon sizes"

# --- Windows: the NSIS installer, or the zip with the program and the reason ---
if [ "${LIVEDESK_CHECK_WINDOWS:-1}" = 0 ]; then
  ok "Windows file not checked (LIVEDESK_CHECK_WINDOWS=0: only the Linux packages were made)"
elif compgen -G "$dist/*-setup.exe" >/dev/null; then
  setup=$(one '*-setup.exe')
  [[ "$(file -b "$setup")" == PE32* ]] || fail "$setup is not a Windows program: $(file -b "$setup")"
  grep -qa Nullsoft "$setup" || fail "$setup is not an NSIS installer"
  ok "Windows installer $(basename "$setup"): $(file -b "$setup")"
else
  zip=$(one '*_windows_x64.zip')
  # Whole outputs in variables: `file` and `grep -q` stop reading early, and under pipefail the
  # writer's broken pipe would fail the step.
  listing=$(unzip -Z1 "$zip")
  grep -qx Livedesk.exe <<<"$listing" || fail "$zip lacks Livedesk.exe: $listing"
  grep -qx README.txt <<<"$listing" || fail "$zip lacks README.txt (why there is no installer)"
  unpacked=$(mktemp -d)
  unzip -q "$zip" Livedesk.exe -d "$unpacked"
  kind=$(file -b "$unpacked/Livedesk.exe")
  rm -rf "$unpacked"
  [[ "$kind" == "PE32+ executable (GUI) x86-64"* ]] || fail "Livedesk.exe in $zip is '$kind', not a 64-bit Windows GUI program"
  ok "Windows zip $(basename "$zip"): Livedesk.exe ($kind) and README.txt"
fi

pkg=$(dpkg-deb -f "$deb" Package)
[ "$pkg" = livedesk ] || fail "package name is '$pkg', not livedesk"
[ -n "$(dpkg-deb -f "$deb" Description)" ] || fail "no package description"
ok "package $pkg $(dpkg-deb -f "$deb" Version) ($(dpkg-deb -f "$deb" Architecture)): $(dpkg-deb -f "$deb" Description | head -1)"

if dpkg -s livedesk >/dev/null 2>&1; then $sudo dpkg -r livedesk >/dev/null; fi
$sudo apt-get install -y -qq "$deb" >/dev/null
entry=/usr/share/applications/Livedesk.desktop
[ -f "$entry" ] || fail "no desktop entry at $entry"
field() { awk -v key="$1" 'index($0, key "=") == 1 { print substr($0, length(key) + 2); exit }' "$entry"; }
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
# Bounded: a window or keychain that never answers must fail the run, not hold it.
timeout --kill-after=10s 5m xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- bash -c '
  set -euo pipefail
  source scripts/keychain-session.sh
  export HOME="$1"
  # The unlocked keyring daemon claims its D-Bus name a moment after it returns; a call made
  # before that would have D-Bus start a second, locked one, which then waits for a password.
  keyring_up() {
    dbus-send --session --print-reply --dest=org.freedesktop.DBus / org.freedesktop.DBus.NameHasOwner \
      string:org.freedesktop.secrets | grep -q "boolean true"
  }
  for _ in $(seq 100); do keyring_up && break; sleep 0.1; done
  keyring_up || { echo "the test keyring did not come up on D-Bus within 10 s" >&2; exit 1; }
  printf %s "{\"secret_key\":\"install-test\"}" |
    timeout 30s secret-tool store --label="livedesk install test" service livedesk username acc_install_test
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
