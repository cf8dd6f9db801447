#!/usr/bin/env bash
# Gate-running benchmark: what tollgate costs per gate and per run, against
# the tools users would run the same commands with.
#
#   bench/run/run.sh [path/to/tollgate]
#
#   (a) 500 gates of `true` at -j2: `tollgate run` vs `ctest -j2` over a
#       generated CMake project with the same 500 commands as tests.
#       Target: tollgate <= 0.6x ctest.
#   (b) the fixed overhead of `tollgate run` selecting no gate (an inventory
#       without gates), next to `tollgate --help` (start-up alone: dynamic
#       loading, static initialisers, the command line; `--version` is not a
#       floor, it loads libgit2 to name its version) and `/bin/true` (what
#       this machine charges any process). Target: < 5 ms.
#   (c) 20 trivial commands (`true`): tollgate vs lefthook (npm, installed into
#       bench/run/node when missing) vs pre-commit (Debian package, installed
#       with apt when missing), each as a pre-commit hook would run them:
#       sequentially (tollgate -j1), plus both parallel variants.
#
# hyperfine (-N, no intermediate shell, with warm-up) measures wall time;
# outputs and the JSON exports go to bench/out/run/. A missed target is
# reported, not a failure; a failing command is (exit 1).
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
OUT=$ROOT/bench/out/run
WORK=$OUT/work
rm -rf "$WORK"
mkdir -p "$OUT" "$WORK"

if [ $# -ge 1 ]; then
  TOLLGATE=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
else
  TOLLGATE=$ROOT/build/tollgate
fi
[ -x "$TOLLGATE" ] || { echo "bench/run: no tollgate binary at $TOLLGATE" >&2; exit 1; }
command -v hyperfine >/dev/null || { echo "bench/run: hyperfine is missing (apt-get install hyperfine)" >&2; exit 1; }

if ! command -v pre-commit >/dev/null; then
  (apt-get update -qq && apt-get install -y -qq pre-commit) >"$OUT/apt.log" 2>&1 ||
    echo "bench/run: could not install pre-commit (see $OUT/apt.log)" >&2
fi
LEFTHOOK=$HERE/node/node_modules/.bin/lefthook
if [ ! -x "$LEFTHOOK" ]; then
  # --ignore-scripts: lefthook's postinstall would install git hooks into the
  # enclosing repository (this one).
  npm install --prefix "$HERE/node" lefthook --no-audit --no-fund --ignore-scripts >"$OUT/npm.log" 2>&1 ||
    echo "bench/run: could not install lefthook (see $OUT/npm.log)" >&2
fi

# --- fixtures -----------------------------------------------------------------
gates() {  # gates N: an inventory of N gates running `true`
  printf 'version: 1\nproject: bench\ngates:\n'
  for i in $(seq 1 "$1"); do printf '  - {id: g%d, run: "true"}\n' "$i"; done
}

mkdir -p "$WORK/g500" "$WORK/g20" "$WORK/none" "$WORK/ctest"
gates 500 >"$WORK/g500/tollgate.yml"
printf 'version: 1\nproject: bench\n' >"$WORK/none/tollgate.yml"

{
  echo 'cmake_minimum_required(VERSION 3.25)'
  echo 'project(bench NONE)'
  echo 'enable_testing()'
  echo 'foreach(i RANGE 1 500)'
  echo '  add_test(NAME t${i} COMMAND true)'
  echo 'endforeach()'
} >"$WORK/ctest/CMakeLists.txt"
cmake -S "$WORK/ctest" -B "$WORK/ctest/build" >/dev/null

# One git repository holds the 20-command setups of all three tools.
H=$WORK/g20
git -C "$H" init -q
git -C "$H" -c user.name=bench -c user.email=bench@example.com commit -q --allow-empty -m init
gates 20 >"$H/tollgate.yml"
{
  echo 'pre-commit:'
  echo '  commands:'
  for i in $(seq 1 20); do printf '    c%d:\n      run: "true"\n' "$i"; done
} >"$H/lefthook.yml"
# lefthook reads only lefthook.yml: the parallel variant gets its own repository.
HP=$WORK/g20-parallel
mkdir -p "$HP"
git -C "$HP" init -q
sed 's/^pre-commit:/pre-commit:\n  parallel: true/' "$H/lefthook.yml" >"$HP/lefthook.yml"
{
  echo 'repos:'
  echo '  - repo: local'
  echo '    hooks:'
  for i in $(seq 1 20); do
    printf '      - {id: c%d, name: c%d, entry: "true", language: system, always_run: true, pass_filenames: false}\n' "$i" "$i"
  done
} >"$H/.pre-commit-config.yaml"
export PRE_COMMIT_HOME=$WORK/pre-commit-cache

# Fail loudly if a setup does not run at all (hyperfine would only say "failed").
(cd "$WORK/g500" && "$TOLLGATE" run -j2 >"$OUT/tollgate-500.txt")
grep -q '100% gates passed, 0 gates failed out of 500' "$OUT/tollgate-500.txt"
ctest --test-dir "$WORK/ctest/build" -j2 >"$OUT/ctest-500.txt"
(cd "$H" && "$TOLLGATE" run -j1 >"$OUT/tollgate-20.txt")

# --- measurements ---------------------------------------------------------------
bench() {  # bench NAME DIR WARMUP MIN_RUNS COMMAND…
  local name=$1 dir=$2 warmup=$3 runs=$4
  shift 4
  (cd "$dir" && hyperfine -N --warmup "$warmup" --min-runs "$runs" --export-json "$OUT/$name.json" "$@" \
    >"$OUT/$name.txt")
}

bench a "$WORK" 3 10 \
  -n "tollgate run -j2 (500 gates)" "$TOLLGATE -C $WORK/g500 run -j2" \
  -n "ctest -j2 (500 tests)" "ctest --test-dir $WORK/ctest/build -j2"
bench b "$WORK/none" 20 100 \
  -n "tollgate run (no gate selected)" "$TOLLGATE run" \
  -n "tollgate --help" "$TOLLGATE --help" \
  -n "/bin/true" "/bin/true"
# Every (c) command goes through `env -C DIR` (lefthook reads ./lefthook.yml
# only, so its parallel variant lives in another directory); that costs each
# the same one exec.
c_cmds=(-n "tollgate run -j1 (20 gates)" "env -C $H $TOLLGATE run -j1"
        -n "tollgate run -j2 (20 gates)" "env -C $H $TOLLGATE run -j2")
if [ -x "$LEFTHOOK" ]; then
  c_cmds+=(-n "lefthook run pre-commit (20 commands)" "env -C $H $LEFTHOOK run pre-commit"
           -n "lefthook, parallel: true" "env -C $HP $LEFTHOOK run pre-commit")
  (cd "$H" && "$LEFTHOOK" run pre-commit >"$OUT/lefthook-20.txt" 2>&1)
  (cd "$HP" && "$LEFTHOOK" run pre-commit >"$OUT/lefthook-20-parallel.txt" 2>&1)
fi
if command -v pre-commit >/dev/null; then
  c_cmds+=(-n "pre-commit run --all-files (20 hooks)" "env -C $H pre-commit run --all-files")
  (cd "$H" && pre-commit run --all-files >"$OUT/pre-commit-20.txt" 2>&1)
fi
bench c "$H" 3 10 "${c_cmds[@]}"

# --- table ----------------------------------------------------------------------
python3 - "$OUT" <<'PY'
import json, sys
out = sys.argv[1]
def rows(name):
    return [(r["command"], r["mean"] * 1000, r["stddev"] * 1000) for r in json.load(open(f"{out}/{name}.json"))["results"]]
def table(title, name, base):
    print(title)
    rs = rows(name)
    ref = rs[base][1]
    for cmd, mean, sd in rs:
        print(f"  {cmd:44s} {mean:9.1f} ms ± {sd:5.1f}   {mean / ref:5.2f}x")
    return rs
a = table("(a) 500 trivial gates at -j2 (ratio to tollgate)", "a", 0)
print(f"    target tollgate <= 0.6x ctest: {'ok' if a[0][1] <= 0.6 * a[1][1] else 'MISSED'} ({a[0][1] / a[1][1]:.2f}x)")
b = table("(b) fixed overhead (ratio to tollgate run)", "b", 0)
print(f"    target < 5 ms: {'ok' if b[0][1] < 5 else 'MISSED'} ({b[0][1]:.1f} ms)")
print(f"    run's own share (run - --help, the start-up both pay): {b[0][1] - b[1][1]:.1f} ms")
table("(c) 20 trivial commands as a pre-commit hook (ratio to tollgate -j1)", "c", 0)
PY
echo "load average $(cut -d' ' -f1-3 /proc/loadavg)"
