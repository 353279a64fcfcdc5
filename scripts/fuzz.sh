#!/usr/bin/env bash
# scripts/fuzz.sh [MINUTES] [TARGET...]: builds the fuzz preset (clang-14, libFuzzer, ASan,
# UBSan) and fuzzes each target (default: all of tests/fuzz/corpus/*) for MINUTES minutes
# (default 10). The seeds of tests/fuzz/corpus/<target>/ are read, never written; what the
# fuzzer learns grows in build/fuzz/corpus/<target>/. A crash, leak, timeout or sanitizer report
# is saved in build/fuzz/artifacts/<target>/ and copied into tests/fuzz/corpus/<target>/, so the
# fuzz-replay test of the normal test run fails until the parser is fixed; the fuzzer then goes
# on for the rest of the time. Prints executions and findings per target; the exit code is 1
# when anything was found.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

MINUTES="${1:-10}"
[ $# -gt 0 ] && shift
[[ "$MINUTES" =~ ^[0-9]+$ ]] && [ "$MINUTES" -gt 0 ] ||
  { echo "usage: scripts/fuzz.sh [MINUTES] [TARGET...]  (MINUTES: a whole number > 0)" >&2; exit 2; }
TARGETS=("$@")
if [ ${#TARGETS[@]} -eq 0 ]; then
  for dir in tests/fuzz/corpus/*/; do TARGETS+=("$(basename "$dir")"); done
fi
for target in "${TARGETS[@]}"; do
  [ -d "tests/fuzz/corpus/$target" ] ||
    { echo "scripts/fuzz.sh: no fuzz target \"$target\" (see tests/fuzz/corpus/)" >&2; exit 2; }
done

countersign_build fuzz "${TARGETS[@]/#/fuzz-}"

export ASAN_OPTIONS="${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}"
found=0
summary=()
for target in "${TARGETS[@]}"; do
  exe="build/fuzz/tests/fuzz/fuzz-$target"
  work="build/fuzz/corpus/$target"
  artifacts="build/fuzz/artifacts/$target"
  log="build/fuzz/logs/$target.log"
  mkdir -p "$work" "$artifacts" "$(dirname "$log")"
  : > "$log"
  deadline=$(( $(date +%s) + MINUTES * 60 ))
  executions=0
  findings=0
  # libFuzzer stops at the first finding: start it again until the time is used.
  while :; do
    left=$(( deadline - $(date +%s) ))
    [ "$left" -gt 0 ] || break
    before=$(find "$artifacts" -type f | wc -l)
    "$exe" -max_total_time="$left" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
      -print_final_stats=1 -artifact_prefix="$artifacts/" "$work" "tests/fuzz/corpus/$target" \
      >> "$log" 2>&1 && rc=0 || rc=$?
    runs=$(grep -a 'stat::number_of_executed_units' "$log" | tail -1 | awk '{print $2}')
    executions=$(( executions + ${runs:-0} ))
    sed -i 's/stat::number_of_executed_units/stat::counted_executed_units/' "$log"
    [ "$rc" -eq 0 ] && break
    after=$(find "$artifacts" -type f | wc -l)
    if [ "$after" -le "$before" ]; then
      echo "scripts/fuzz.sh: fuzz-$target exited $rc without a finding; see $log" >&2
      findings=$(( findings + 1 ))
      break
    fi
    findings=$(( findings + after - before ))
  done
  for crash in "$artifacts"/*; do
    [ -f "$crash" ] || continue
    cp -n "$crash" "tests/fuzz/corpus/$target/finding-$(basename "$crash")"
  done
  [ "$findings" -eq 0 ] || found=1
  summary+=("$(printf '%-16s %3d min  %12d executions  %d findings' "$target" "$MINUTES" \
                      "$executions" "$findings")")
done
printf '%s\n' "${summary[@]}"
[ "$found" -eq 0 ] || echo "findings: build/fuzz/artifacts/<target>/ (copied into tests/fuzz/corpus/<target>/); logs: build/fuzz/logs/" >&2
exit "$found"
