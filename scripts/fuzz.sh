#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz (clang, ASan+UBSan) and runs each for a bounded time.
#   bash scripts/fuzz.sh [SECONDS] [TARGET...]     SECONDS per target (default 60), TARGET default: all
# Exits non-zero if any target found something (crash, sanitizer report, leak, timeout of one input,
# out-of-memory) and prints the reproducer's path; replay it with `<target binary> <reproducer>`.
# The build (scripts/asan-build.sh) is shared with scripts/sanitize.sh (SC_ASAN_BUILD_DIR, default
# build/asan). The corpus grows in <build>/fuzz/corpus/<target>/, reproducers go to
# <build>/fuzz/findings/<target>/, logs to <build>/fuzz/logs/. See docs/fuzzing.md.
set -uo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
case "$seconds" in '' | *[!0-9]*) echo "usage: scripts/fuzz.sh [SECONDS] [TARGET...]" >&2; exit 2 ;; esac
all=(binary_kernel_fuzz text_kernel_fuzz time_string_fuzz sclk_string_fuzz virtual_id_fuzz ek_fuzz)
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all[@]}")

bash scripts/asan-build.sh fuzz_targets || exit 1
build=${SC_ASAN_BUILD_DIR:-build/asan}
work=$build/fuzz
mkdir -p "$work/logs"
node tests/fuzz/make-seeds.mjs "$work/seeds" >/dev/null || exit 1

# Per target: the longest input (binary kernels up to make-seeds.mjs's MAX_BYTES) and its dictionary.
max_len() {
  case "$1" in
    binary_kernel_fuzz) echo 200000 ;;
    text_kernel_fuzz) echo 200000 ;;
    ek_fuzz) echo 200000 ;;
    *) echo 4096 ;;
  esac
}

failed=0
summary=()
for t in "${targets[@]}"; do
  bin=$build/tests/fuzz/$t
  [ -x "$bin" ] || { echo "fuzz.sh: no target $t ($bin)" >&2; exit 2; }
  corpus=$work/corpus/$t findings=$work/findings/$t log=$work/logs/$t.log
  mkdir -p "$corpus" "$findings"
  args=(-max_total_time="$seconds" -max_len="$(max_len "$t")" -timeout=20 -rss_limit_mb=2048
        -malloc_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$findings/")
  dict=tests/fuzz/dict/${t%_fuzz}.dict
  [ -f "$dict" ] && args+=(-dict="$dict")
  seeds=()  # generated (make-seeds.mjs) and committed (tests/fuzz/seeds/<input>/), where a target has them
  [ -d "$work/seeds/$t" ] && seeds+=("$work/seeds/$t")
  [ -d "tests/fuzz/seeds/${t%_fuzz}" ] && seeds+=("tests/fuzz/seeds/${t%_fuzz}")
  printf '\n==> %s: %ss (log %s)\n' "$t" "$seconds" "$log"
  # halt_on_error: the first report stops the run with the input saved; leaks are findings too.
  ASAN_OPTIONS=halt_on_error=1:detect_leaks=1:allocator_may_return_null=0 \
  UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
    nice "$bin" "${args[@]}" "$corpus" "${seeds[@]}" >"$log" 2>&1
  rc=$?
  runs=$(grep -oE 'stat::number_of_executed_units: [0-9]+' "$log" | grep -oE '[0-9]+$' || echo "?")
  if [ "$rc" -eq 0 ]; then
    summary+=("$t: $runs runs, nothing found")
  elif [ "$rc" -eq 72 ]; then  # libFuzzer's -interrupted_exitcode: stopped by a signal, not a finding
    failed=1
    summary+=("$t: interrupted after $runs runs (exit 72), nothing found until then")
  else
    failed=1
    reproducer=$(grep -oE "(Test unit written to|to) $findings/[^ ]+" "$log" | tail -n1 | awk '{print $NF}')
    grep -E 'ERROR: |SUMMARY: |runtime error|contract violation' "$log" | head -n 8
    summary+=("$t: FOUND SOMETHING after $runs runs (exit $rc): reproducer ${reproducer:-none written, see $log}")
  fi
done

printf '\n==> Fuzzing summary (%ss per target)\n' "$seconds"
printf '  %s\n' "${summary[@]}"
[ "$failed" -eq 0 ] || echo "Replay a reproducer: $build/tests/fuzz/<target> <reproducer> (docs/fuzzing.md)"
exit "$failed"
