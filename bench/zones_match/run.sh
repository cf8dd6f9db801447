#!/usr/bin/env bash
# Zone matching benchmark: tollgate's ZoneMap against the npm `codeowners`
# package on the same 50,000 paths x 1,000 CODEOWNERS patterns (generated,
# fixed seed), plus lint_zones (validate's zone checks) on 100,000 paths.
#
#   bench/zones_match/run.sh [path/to/tollgate]
#
# The benchmark program is built in the build directory of the given binary
# (with TOLLGATE_BUILD_BENCH=ON), else in build-bench/. Target: matching all
# paths under 60 ms. Times are CPU time of the matching loop (a shared
# machine's wall time mostly measures the other processes) and its wall
# time, best of 7 runs for tollgate, one run for the npm package. The two matchers disagree where the npm package
# follows gitignore instead of CODEOWNERS (`docs/*` also owns docs/a/b);
# the count is printed. Outputs go to bench/out/zones_match/. A missed
# target is reported, not a failure; a failing command is (exit 1).
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
OUT=$ROOT/bench/out/zones_match
mkdir -p "$OUT"

if [ $# -ge 1 ] && [ -f "$(dirname "$1")/CMakeCache.txt" ]; then
  BUILD=$(cd "$(dirname "$1")" && pwd)
  cmake -DTOLLGATE_BUILD_BENCH=ON "$BUILD" >/dev/null
else
  BUILD=${TOLLGATE_BENCH_BUILD:-$ROOT/build-bench}
  if [ ! -f "$BUILD/CMakeCache.txt" ]; then
    cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release \
      -DTOLLGATE_BUILD_BENCH=ON -DTOLLGATE_BUILD_TESTS=OFF >/dev/null
  fi
fi
cmake --build "$BUILD" --target tollgate_bench_zones >/dev/null
BENCH=$BUILD/bench/tollgate_bench_zones

if [ ! -d "$HERE/node/node_modules/codeowners" ]; then
  npm install --prefix "$HERE/node" codeowners --no-audit --no-fund >/dev/null
fi

field() { sed -n "s/.*$1=\([0-9.]*\).*/\1/p" "$2" | head -n 1; }

"$BENCH" --out "$OUT" >"$OUT/tollgate.txt"
node "$HERE/match.js" "$OUT" "$OUT/paths.txt" "$OUT/node_owners.txt" >"$OUT/node.txt"

tg_cpu=$(field match_cpu_ms_min "$OUT/tollgate.txt")
tg_wall=$(field match_wall_ms_min "$OUT/tollgate.txt")
node_cpu=$(field match_cpu_ms "$OUT/node.txt")
node_wall=$(field match_wall_ms "$OUT/node.txt")
agree=$(paste -d '\t' "$OUT/tollgate_owners.txt" "$OUT/node_owners.txt" | awk -F '\t' '$1 == $2' | wc -l)
total=$(wc -l <"$OUT/paths.txt")
paste -d '\t' "$OUT/paths.txt" "$OUT/tollgate_owners.txt" "$OUT/node_owners.txt" |
  awk -F '\t' '$2 != $3' >"$OUT/disagreements.tsv"

printf '%-34s %12s %12s\n' "" "tollgate" "npm codeowners"
printf '%-34s %12s %12s\n' "match 50,000 paths, CPU ms" "$tg_cpu" "$node_cpu"
printf '%-34s %12s %12s\n' "match 50,000 paths, wall ms" "$tg_wall" "$node_wall"
awk -v a="$node_cpu" -v b="$tg_cpu" -v c="$node_wall" -v d="$tg_wall" \
  'BEGIN { printf "ratio npm/tollgate: %.0fx CPU, %.0fx wall\n", a / b, c / d }'
echo "same owner for $agree of $total paths (differences: $OUT/disagreements.tsv)"
grep '^lint' "$OUT/tollgate.txt" | sed 's/^/tollgate lint_zones: /'
if awk -v v="$tg_cpu" 'BEGIN { exit !(v < 60) }'; then
  echo "target: matching under 60 ms: ok ($tg_cpu ms CPU)"
else
  echo "target: matching under 60 ms: MISSED ($tg_cpu ms CPU)"
fi
