#!/usr/bin/env bash
# Runs every libFuzzer target (or those named) for FUZZ_SECONDS each, niced,
# one after the other. Usage: tests/fuzz/run.sh BUILD_DIR [TARGET...]
# Each target starts from the committed seeds in tests/fuzz/corpus/<target>/
# plus what earlier runs found (BUILD_DIR/fuzz-corpus/<target>/, not
# committed); crashes land in BUILD_DIR/fuzz-artifacts/<target>/. A line per
# target (seconds, executions, result) is appended to BUILD_DIR/fuzz-runs.tsv.
# Exit status 1 when any target found something.
set -uo pipefail
build="${1:?usage: run.sh BUILD_DIR [TARGET...]}"
shift
here="$(cd "$(dirname "$0")" && pwd)"
seconds="${FUZZ_SECONDS:-60}"
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(inventory zones trigger_expr trailers writers lcov cobertura jacoco gcovr_json llvm_json go_profile)
fi
# Second round: history notes, shard results.json files, --baseline; then
# ownership verdicts with the zones renderers.
[ "$#" -eq 0 ] && targets+=(notes results baseline verdicts)
status=0
for t in "${targets[@]}"; do
  bin="$build/tests/fuzz/fuzz_$t"
  [ -x "$bin" ] || { echo "run.sh: no fuzz target $bin (build with make fuzz)" >&2; exit 2; }
  work="$build/fuzz-corpus/$t"
  artifacts="$build/fuzz-artifacts/$t"
  log="$build/fuzz-logs/$t.log"
  mkdir -p "$work" "$artifacts" "$(dirname "$log")"
  echo "== fuzz_$t for ${seconds}s"
  nice -n 19 "$bin" -max_total_time="$seconds" -timeout=25 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$artifacts/" "$work" "$here/corpus/$t" >"$log" 2>&1
  rc=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  took=$(grep -o "Done [0-9]* runs in [0-9]* second" "$log" | tail -1 | awk "{print \$5}")
  result=clean
  [ "$rc" -ne 0 ] && result="FINDING (exit $rc, see $log and $artifacts)" && status=1
  printf '%s\t%s\t%s\t%s\t%s\n' "$(date -u +%FT%TZ)" "$t" "${took:-$seconds}" "${runs:-?}" "$result" | tee -a "$build/fuzz-runs.tsv"
done
exit $status
