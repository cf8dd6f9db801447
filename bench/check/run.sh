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

source "$(dirname "$0")/../lib.sh"
# With no argument, the build folder's binary.
bench_setup check "${1:-$(cd "$(dirname "$0")/../.." && pwd)/build/tollgate}"
TOLLGATE=$BIN
[ -x "$TOLLGATE" ] || { echo "bench/check: no tollgate binary at $TOLLGATE" >&2; exit 1; }
command -v hyperfine >/dev/null || { echo "bench/check: hyperfine is missing (apt-get install hyperfine)" >&2; exit 1; }
WORK=$OUT/work
rm -rf "$WORK"
bench_hermetic_git "$WORK"
export TOLLGATE_TODAY=2025-01-27

# --- fixtures -----------------------------------------------------------------
F=$WORK/finops
bench_example_repo "$F" finops-billing
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
bench_example_repo "$T" restaurant-ticket
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
  if ! printf '%s' "$out" | "$PY" -c 'import json,sys; sys.exit(0 if json.load(sys.stdin)["gates"] == [] else 1)'; then
    echo "bench/check: a gate ran in $1; this benchmark wants none" >&2
    exit 1
  fi
}
expect "$F" 0
expect "$T" 0

# --- measure ------------------------------------------------------------------
for name in finops ticket; do
  dir=$WORK/$name
  json=$OUT/$name.json
  (cd "$dir" && hyperfine -N --warmup 5 --min-runs 30 --export-json "$json" \
    -n "tollgate check ($name)" "$TOLLGATE check" \
    -n "git diff --name-status main...HEAD" "git diff --name-status main...HEAD" >"$OUT/$name.txt")
  t=$(bench_median_ms "$json" 0)
  g=$(bench_median_ms "$json" 1)
  tc=$(bench_cpu_ms "$json" 0)
  gc=$(bench_cpu_ms "$json" 1)
  ratio=$("$PY" -c "print('%.1f' % ($t / $g))")
  verdict=$("$PY" -c "print('met' if $t < 20 else 'MISSED')")
  echo "check ($name): tollgate ${t} ms median wall (${tc} ms CPU), git diff ${g} ms (${gc} ms CPU), ${ratio}x; target < 20 ms wall: $verdict; $(bench_load)"
done
