#!/usr/bin/env bash
# Coverage-guided fuzzing (libFuzzer, through cargo-fuzz) of every entry point that parses
# outside input; the targets are in fuzz/fuzz_targets/, their seeds in fuzz/corpus/<target>/.
#
#   scripts/fuzz.sh [EXECS] [TARGET...]   run each target (default: all) for EXECS executions
#                                          (default 1000000); stops at the first crash, which
#                                          libFuzzer saves under fuzz/artifacts/<target>/
#   FUZZ_MAX_SECONDS=N                     also stop each target after N seconds
#
# What a run finds beyond the seeds stays in fuzz/target/corpus/<target>/ (not committed) and
# is used again by the next run. No sanitizer (--sanitizer none): the code is safe Rust, so
# AddressSanitizer would find nothing a panic does not, at half the speed; panics, overflow
# checks and debug assertions are what fail a run. It also keeps to stable Rust: without a
# sanitizer cargo-fuzz passes only stable -C flags (coverage instrumentation), no -Z flag, so no
# nightly toolchain and no RUSTC_BOOTSTRAP are needed.
set -euo pipefail
cd "$(dirname "$0")/.."
say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

execs=${1:-1000000}
shift || true
export CARGO_TARGET_DIR="$PWD/fuzz/target"
export PATH="$HOME/.cargo/bin:$PATH"
command -v cargo-fuzz >/dev/null 2>&1 || { echo "cargo-fuzz is missing: bash scripts/setup.sh test" >&2; exit 1; }

targets=("$@")
[ ${#targets[@]} -gt 0 ] || mapfile -t targets < <(cd fuzz && cargo fuzz list)

say "Building ${#targets[@]} fuzz targets"
build_start=$(date +%s)
(cd fuzz && cargo fuzz build --sanitizer none --debug-assertions)
echo "built in $(( $(date +%s) - build_start )) s"

mkdir -p "$CARGO_TARGET_DIR/logs"
for target in "${targets[@]}"; do
  found="$CARGO_TARGET_DIR/corpus/$target"
  log="$CARGO_TARGET_DIR/logs/$target.log"
  mkdir -p "$found"
  say "$target: $execs executions"
  start=$(date +%s)
  # -detect_leaks=0: no LeakSanitizer without a sanitizer. -rss_limit_mb: a bound, not a goal.
  if ! (cd fuzz && cargo fuzz run --sanitizer none --debug-assertions "$target" \
      "$found" "corpus/$target" -- -runs="$execs" -detect_leaks=0 -rss_limit_mb=2048 \
      -max_len=4096 -timeout=10 -print_final_stats=1 ${FUZZ_MAX_SECONDS:+-max_total_time=$FUZZ_MAX_SECONDS}) >"$log" 2>&1; then
    tail -n 40 "$log" >&2
    echo "$target: failed; the input that did it is in fuzz/artifacts/$target/ (log: $log)" >&2
    exit 1
  fi
  units=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  echo "$target: ${units:-?} executions in $(( $(date +%s) - start )) s, no crash"
done
