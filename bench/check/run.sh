#!/usr/bin/env bash
# `tollgate check` with no gate selected, on the two examples: the fixed cost
# of the pre-merge verdict (locate and load the inventory with its includes,
# read the change, packet, ownership, packet merge state from git history,
# checkpoints, triggers, render). Target: under 20 ms wall.
#
#   bench/check/run.sh [path/to/tollgate]
#
#   (a) finops-billing: main holds the plan, Batch 1 and 2 merged with merge
#       commits; packet/batch-4/integrations adds integration code. Batch 4 has
#       no gates and no gate's `changed` glob matches, so the check decides
#       ownership, dependencies (git merge state of batch-1 and batch-2) and
#       checkpoints and runs nothing.
#   (b) restaurant-ticket: a README edit on a branch of no packet; its eleven
#       triggers are evaluated (all "not evaluated": no gate ran).
# Next to each: `git diff --name-status main...HEAD` in the same repository,
# the floor any diff-based check pays (ratio printed).
#
# hyperfine (-N, warm-up) measures wall time; JSON exports go to
# bench/out/check/. A missed target is reported, not a failure; a check that
# does not end as expected is (exit 1).
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
OUT=$ROOT/bench/out/check
WORK=$OUT/work
rm -rf "$WORK"
mkdir -p "$OUT" "$WORK/home"

if [ $# -ge 1 ]; then
  TOLLGATE=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
else
  TOLLGATE=$ROOT/build/tollgate
fi
[ -x "$TOLLGATE" ] || { echo "bench/check: no tollgate binary at $TOLLGATE" >&2; exit 1; }
command -v hyperfine >/dev/null || { echo "bench/check: hyperfine is missing (apt-get install hyperfine)" >&2; exit 1; }

export HOME=$WORK/home XDG_CONFIG_HOME=$WORK/home/.config
export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1
export GIT_AUTHOR_NAME=bench GIT_AUTHOR_EMAIL=bench@example.com
export GIT_COMMITTER_NAME=bench GIT_COMMITTER_EMAIL=bench@example.com
export TOLLGATE_TODAY=2025-01-27

# --- fixtures -----------------------------------------------------------------
F=$WORK/finops
mkdir -p "$F"
cp -R "$ROOT/examples/finops-billing/." "$F/"
find "$F" \( -name __pycache__ -o -name build -o -name .coverage \) -prune -exec rm -rf {} +
git -C "$F" init -q -b main
git -C "$F" add -A
git -C "$F" commit -q -m "plan and code"
for b in batch-1/foundation batch-2/services; do
  git -C "$F" checkout -q -b "packet/$b" main
  echo "# $b" >>"$F/README.md"
  git -C "$F" commit -q -am "$b work"
  git -C "$F" checkout -q main
  git -C "$F" merge -q --no-ff "packet/$b" -m "Merge packet/$b"
done
git -C "$F" checkout -q -b packet/batch-4/integrations main
echo "# webhook retries" >>"$F/billing/integrations/__init__.py"
git -C "$F" commit -q -am "Batch 4: webhook retries"

T=$WORK/ticket
mkdir -p "$T"
cp -R "$ROOT/examples/restaurant-ticket/." "$T/"
find "$T" \( -name __pycache__ -o -name build -o -name .coverage \) -prune -exec rm -rf {} +
git -C "$T" init -q -b main
git -C "$T" add -A
git -C "$T" commit -q -m "plan and code"
git -C "$T" checkout -q -b topic
echo "more" >>"$T/README.md"
git -C "$T" commit -q -am "readme"

expect() {  # expect DIR EXIT: the check must end with EXIT and run no gate
  local rc=0 out
  out=$(cd "$1" && "$TOLLGATE" check --format json) || rc=$?
  if [ "$rc" -ne "$2" ]; then
    echo "bench/check: tollgate check in $1 exited $rc, expected $2:" >&2
    printf '%s\n' "$out" >&2
    exit 1
  fi
  if ! printf '%s' "$out" | python3 -c 'import json,sys; sys.exit(0 if json.load(sys.stdin)["gates"] == [] else 1)'; then
    echo "bench/check: a gate ran in $1; this benchmark wants none" >&2
    exit 1
  fi
}
expect "$F" 0
expect "$T" 0

# --- measure ------------------------------------------------------------------
median_ms() {  # median_ms JSON INDEX
  python3 -c 'import json,sys; print("%.2f" % (json.load(open(sys.argv[1]))["results"][int(sys.argv[2])]["median"] * 1000))' "$1" "$2"
}
cpu_ms() {  # cpu_ms JSON INDEX: mean user + system time (a loaded machine inflates wall time, not this)
  python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"][int(sys.argv[2])]; print("%.2f" % ((r["user"] + r["system"]) * 1000))' "$1" "$2"
}

status=0
for name in finops ticket; do
  dir=$WORK/$name
  json=$OUT/$name.json
  (cd "$dir" && hyperfine -N --warmup 5 --min-runs 30 --export-json "$json" \
    -n "tollgate check ($name)" "$TOLLGATE check" \
    -n "git diff --name-status main...HEAD" "git diff --name-status main...HEAD" >"$OUT/$name.txt")
  t=$(median_ms "$json" 0)
  g=$(median_ms "$json" 1)
  tc=$(cpu_ms "$json" 0)
  gc=$(cpu_ms "$json" 1)
  ratio=$(python3 -c "print('%.1f' % ($t / $g))")
  verdict=$(python3 -c "print('met' if $t < 20 else 'MISSED')")
  echo "check ($name): tollgate ${t} ms median wall (${tc} ms CPU), git diff ${g} ms (${gc} ms CPU), ${ratio}x; target < 20 ms wall: $verdict"
done
exit $status
