#!/usr/bin/env bash
# The defect gate: clang-tidy 14 with the checks of .clang-tidy (bugprone,
# performance, a few modernize) over every source of the core and the
# binary, runner/ and gates/. Findings are errors (WarningsAsErrors), so the
# exit status is clang-tidy's.
#
#   tests/lint/clang_tidy.sh [BUILD_DIR]   (default build-lint: configured
#                                          here without unity batches, so
#                                          each file is checked on its own)
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build-lint}
tool=${CLANG_TIDY:-$(command -v clang-tidy-14 || command -v clang-tidy || true)}
runner=$(command -v run-clang-tidy-14 || command -v run-clang-tidy || true)
[ -n "$tool" ] && [ -n "$runner" ] || { echo "lint: clang-tidy 14 is missing (apt-get install clang-tidy-14)" >&2; exit 3; }
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTOLLGATE_UNITY=OFF \
  -DTOLLGATE_BUILD_TESTS=OFF -DCMAKE_EXPORT_COMPILE_COMMANDS=ON >/dev/null
status=0
nice -n 10 "$runner" -quiet -clang-tidy-binary "$tool" -p "$build" -j "${JOBS:-$(nproc)}" \
  "$PWD/(runner|gates)/.*\.cpp\$" >"$build/clang-tidy.log" 2>&1 || status=$?
grep -v -E '^[0-9]+ warnings? generated\.$|^Suppressed [0-9]+ warnings|^Use -header-filter|^clang-tidy-?[0-9]* ' \
  "$build/clang-tidy.log" || true
[ "$status" = 0 ] && echo "lint: clang-tidy: no findings" || echo "lint: clang-tidy: findings above (full log: $build/clang-tidy.log)"
exit "$status"
