#!/usr/bin/env bash
# The binary-only clean build, as the GitHub Action and `make package` build
# it: Release, -DTOLLGATE_BUILD_TESTS=OFF, no ccache, 2 jobs (a GitHub
# runner's cores). Target (#16): under 2.5 minutes of wall time.
#
#   bench/build/run.sh [path/to/tollgate]     (the binary is not used: this
#                                             builds the checkout it lives in)
#
# Side by side in the same run: the same build with TOLLGATE_UNITY=OFF (one
# compiler process per source file, the build before unity batches); the
# ratio is per-file ÷ unity. hyperfine runs each once (a clean build is
# minutes long; its spread is small next to that) and reports wall, user and
# system time; the load average before each build is printed with it, since
# wall time on a shared machine is only as good as the load it ran under.
# JSON exports go to bench/out/build/. A missed target is reported, not a
# failure; a build that fails is (exit 1).
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
OUT=$ROOT/bench/out/build
JOBS=${JOBS:-2}
command -v hyperfine >/dev/null || { echo "bench/build: hyperfine is missing (apt-get install hyperfine)" >&2; exit 1; }
mkdir -p "$OUT"
work=$(mktemp -d "${TMPDIR:-/tmp}/tollgate-bench-build.XXXXXX")
trap 'rm -rf "$work"' EXIT

# One clean build: configure in --prepare (not timed), then build the binary.
measure() {
  local name=$1 unity=$2 dir=$work/$1
  local configure="rm -rf '$dir' && cmake -S '$ROOT' -B '$dir' -G Ninja -DCMAKE_BUILD_TYPE=Release"
  configure+=" -DTOLLGATE_BUILD_TESTS=OFF -DTOLLGATE_CCACHE=OFF -DTOLLGATE_UNITY=$unity >/dev/null"
  echo "bench/build: $name (TOLLGATE_UNITY=$unity), load before: $(cut -d' ' -f1-3 /proc/loadavg)"
  hyperfine --runs 1 --style basic --export-json "$OUT/$name.json" --prepare "$configure" \
    -n "$name" "cmake --build '$dir' -j $JOBS --target tollgate" >/dev/null
  [ -x "$dir/tollgate" ] || { echo "bench/build: $name built no binary" >&2; exit 1; }
  python3 - "$OUT/$name.json" "$name" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"][0]
print(f"bench/build: {sys.argv[2]}: {r['mean']:.1f} s wall, {r['user'] + r['system']:.1f} s CPU")
PY
}

measure unity ON
measure per-file OFF
python3 - "$OUT/unity.json" "$OUT/per-file.json" <<'PY'
import json, sys
u = json.load(open(sys.argv[1]))["results"][0]
p = json.load(open(sys.argv[2]))["results"][0]
target = 150.0
print(f"bench/build: binary-only clean build {u['mean']:.1f} s wall "
      f"({'meets' if u['mean'] < target else 'MISSES'} the {target:.0f} s target); "
      f"per-file build {p['mean']:.1f} s: ratio {p['mean'] / u['mean']:.2f}x wall, "
      f"{(p['user'] + p['system']) / (u['user'] + u['system']):.2f}x CPU")
PY
