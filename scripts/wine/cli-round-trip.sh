#!/usr/bin/env bash
# livedesk-cli.exe under Wine, the way a producer on Windows would use it: an account added
# with its secrets on stdin (kept in the Windows Credential Manager), listed masked, the
# practice accounts added, one call to the practice Huawei account (sandbox started in the
# process, on loopback), its history, and the account removed with its keychain entry.
# The default data folder is used (%APPDATA%\app.livedesk.desktop in the test Wine prefix).
set -euo pipefail
exe=${1:?usage: cli-round-trip.sh path/to/livedesk-cli.exe}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cli() { "$here/run.sh" "$exe" "$@"; }
fail() { echo "cli round trip: $*" >&2; exit 1; }
work=$(mktemp -d -t livedesk-wine-cli.XXXXXX)
trap 'rm -rf "$work"' EXIT

# A clean data folder for this run (the Wine prefix is kept between runs).
cli accounts list >/dev/null 2>&1 || true
prefix=${LIVEDESK_WINEPREFIX:-${CARGO_TARGET_DIR:-$here/../../target}/wine-prefix}
rm -rf "$prefix"/drive_c/users/*/AppData/Roaming/app.livedesk.desktop

canary="WINE-CANARY-SECRET-5d21"
printf '{"access_key": "NCPAK-wine-0001", "secret_key": "%s"}' "$canary" |
  cli accounts add --vendor naver --name "NAVER – Wine" --set region_code=KR >"$work/add.out" 2>&1 ||
  { cat "$work/add.out"; fail "accounts add failed"; }
cli accounts list >"$work/list.out" 2>&1 || { cat "$work/list.out"; fail "accounts list failed"; }
grep -q "NAVER – Wine" "$work/list.out" || { cat "$work/list.out"; fail "the account is not listed"; }
grep -q "secret_key …5d21" "$work/list.out" || { cat "$work/list.out"; fail "the secret is not shown masked"; }
if grep -rq "$canary" "$work/list.out" "$prefix"/drive_c/users/*/AppData/Roaming/app.livedesk.desktop; then
  fail "the secret reached the output or the data folder"
fi

cli accounts add-practice >/dev/null 2>&1 || fail "accounts add-practice failed"
# Wine prints Unix paths as Z:\…: the input file is handed over that way.
printf '{"publish_domain": "push.sandbox-live.example.com", "stream_backup_enable": true}' >"$work/input.json"
input="Z:$(tr / '\\' <<<"$work/input.json")"
cli call --account "Sandbox – Huawei Cloud Live" --op huawei.stream_backup --input "$input" --json \
  >"$work/call.out" 2>"$work/call.err" || { cat "$work/call.err"; fail "the practice call failed"; }
grep -q "Stream backup is now ON for push.sandbox-live.example.com." "$work/call.out" ||
  { cat "$work/call.out"; fail "the call's summary is not the sandbox's answer"; }
cli history list >"$work/history.out" 2>&1 || { cat "$work/history.out"; fail "history list failed"; }
grep -q "huawei.stream_backup" "$work/history.out" || { cat "$work/history.out"; fail "the call is not in the history"; }

cli accounts remove "NAVER – Wine" --yes >/dev/null 2>&1 || fail "accounts remove failed"
cli accounts list >"$work/list2.out" 2>&1
if grep -q "NAVER – Wine" "$work/list2.out"; then fail "the account is still listed after remove"; fi
echo "cli round trip under Wine: add, list (masked), practice call, history, remove — ok"
