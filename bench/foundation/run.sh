#!/usr/bin/env bash
# Foundation benchmark: start-up, `validate` on the two examples, and
# `validate` + `plan` on generated inventories of 10,000 and 20,000 packets.
#
#   bench/foundation/run.sh path/to/tollgate
#
# Targets (DESIGN: fast enough for a pre-push hook): --version and validate on
# the examples under 10 ms; validate and plan on 10,000 packets / 30,000 gates
# under 1 s; doubling the inventory at most 2.3x the time. There is no direct
# peer for validate/plan; the reference is the time Python takes merely to
# parse the same YAML files (python3-yaml), the first thing a script-based
# checker would have to do. Results and generated inventories go to
# bench/out/foundation/. Exits 1 if a command fails; a missed target is
# reported (timings on a shared machine are noisy) but is not a failure.
#
# BASELINE=path/to/other/tollgate adds a side-by-side section: the same
# validate and plan runs for both binaries, alternating within one run, with
# the ratio (this binary / baseline); used to show a change made nothing
# slower (e.g. the YAML parser switch: the binary before it as BASELINE).
set -euo pipefail

source "$(dirname "$0")/../lib.sh"
bench_setup foundation "$@"

if ! command -v hyperfine >/dev/null 2>&1; then
  "$ROOT/cmake-modules/install-deps.sh" hyperfine
fi

MISSED=0
q() { printf '%q' "$1"; }

# stat_ms NAME FIELD: mean wall time ("mean"), min ("min") or CPU time
# ("cpu": user + system) of hyperfine's JSON export $OUT/NAME.json, in ms.
stat_ms() {
  "$PY" - "$OUT/$1.json" "$2" <<'PYEOF'
import json, sys
r = json.load(open(sys.argv[1]))["results"][0]
value = r["user"] + r["system"] if sys.argv[2] == "cpu" else r[sys.argv[2]]
print("%.2f" % (value * 1000))
PYEOF
}

# time_cmd NAME WARMUP RUNS COMMAND…: times the command (argv, no shell) with
# hyperfine and prints its mean wall time in ms.
time_cmd() {
  local name=$1 warmup=$2 runs=$3
  shift 3
  local cmd="" arg
  for arg in "$@"; do cmd+="$(q "$arg") "; done
  # -N (no intermediate shell) is exact for millisecond commands, but splits
  # the command line on spaces only: use it only when no argument has one.
  local shell_opt=(-N)
  for arg in "$@"; do [[ $arg == *" "* ]] && shell_opt=(); done
  [ ${#shell_opt[@]} -eq 0 ] || cmd="$*"
  if ! hyperfine "${shell_opt[@]}" --style none --warmup "$warmup" --runs "$runs" \
    --export-json "$OUT/$name.json" "$cmd" >"$OUT/$name.log" 2>&1; then
    cat "$OUT/$name.log" >&2
    return 1
  fi
  stat_ms "$name" mean
}

# judge VALUE OP LIMIT: sets VERDICT to "ok" or "MISSED" (and counts misses).
judge() {
  if "$PY" -c 'import sys; v, op, l = float(sys.argv[1]), sys.argv[2], float(sys.argv[3]); sys.exit(0 if (v < l if op == "<" else v <= l) else 1)' "$1" "$2" "$3"; then
    VERDICT="ok"
  else
    MISSED=$((MISSED + 1))
    VERDICT="MISSED"
  fi
}

# implemented VERB: false when `tollgate --help` lists VERB as a placeholder.
HELP=$("$BIN" --help)
implemented() {
  ! printf '%s\n' "$HELP" | grep -Eq "^ +$1 .*\[not implemented yet\]"
}

# row LABEL NAME VERDICT: one result line from $OUT/NAME.json.
row() {
  printf '  %-46s %9s ms  (min %s, cpu %s)  %s\n' "$1" "$(stat_ms "$2" mean)" \
    "$(stat_ms "$2" min)" "$(stat_ms "$2" cpu)" "$3"
}
skip_row() { printf '  %-46s %9s     %s\n' "$1" "-" "$2"; }

echo "foundation benchmark: $("$BIN" --version), hyperfine $(hyperfine --version | cut -d' ' -f2)"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) (times are wall-clock means;"
echo "  min and cpu = user+system are less sensitive to a busy machine)"
echo
echo "start-up and the examples (target < 10 ms each, mean)"
m=$(time_cmd version 3 50 "$BIN" --version)
judge "$m" "<" 10
row "tollgate --version" version "$VERDICT"
# Each example in a repository of its own, as its users hold it (inside the
# tollgate repository its zone patterns would be read against tollgate's root).
standalone_example() {
  local dir=$OUT/examples/$1
  rm -rf "$dir"
  mkdir -p "$dir"
  cp -R "$ROOT/examples/$1/." "$dir/"
  find "$dir" \( -name __pycache__ -o -name build -o -name .coverage \) -prune -exec rm -rf {} +
  (
    cd "$dir"
    export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1
    git init -q -b main .
    git add -A
    git -c user.name=bench -c user.email=bench@example.invalid commit -q -m example
  )
}

for example in finops-billing restaurant-ticket; do
  standalone_example "$example"
  dir=$OUT/examples/$example
  if ! implemented validate; then
    skip_row "tollgate validate ($example)" "(not implemented yet)"
    continue
  fi
  (cd "$dir" && "$BIN" validate >/dev/null 2>&1) || { echo "validate failed on $example" >&2; exit 1; }
  m=$(time_cmd "validate-$example" 3 30 "$BIN" -C "$dir" validate)
  judge "$m" "<" 10
  row "tollgate validate ($example)" "validate-$example" "$VERDICT"
done

echo
echo "generated inventories (target < 1000 ms at 10,000 packets, x2 input <= 2.3x time)"
for n in 10000 20000; do
  dir=$OUT/inventory-$n
  rm -rf "$dir"
  "$PY" "$HERE/gen_inventory.py" "$dir" "$n" | sed 's/^/  /'
done

YAML_OK=0
"$PY" -c 'import yaml' 2>/dev/null && YAML_OK=1
if [ "$YAML_OK" -eq 0 ]; then
  echo "  (python3-yaml not installed: no YAML-parse reference; apt-get install python3-yaml)"
fi
PARSE=$OUT/yaml_parse.py
cat >"$PARSE" <<'PYEOF'
# Parses an inventory and its include files the way a Python tool would.
import glob, os, sys, yaml
os.chdir(sys.argv[1])
for f in ["tollgate.yml"] + sorted(glob.glob("inventory/*.yml")):
    with open(f) as stream:
        yaml.load(stream, Loader=getattr(yaml, sys.argv[2]))
PYEOF

declare -A MEAN
for verb in validate plan; do
  if ! implemented "$verb"; then
    skip_row "tollgate $verb" "(not implemented yet)"
    continue
  fi
  for n in 10000 20000; do
    dir=$OUT/inventory-$n
    (cd "$dir" && "$BIN" "$verb" >/dev/null 2>&1) || {
      echo "tollgate $verb failed on $dir:" >&2
      (cd "$dir" && "$BIN" "$verb" 2>&1 | head -20) >&2
      exit 1
    }
    MEAN[$verb-$n]=$(time_cmd "$verb-$n" 1 3 "$BIN" -C "$dir" "$verb")
  done
  judge "${MEAN[$verb-10000]}" "<" 1000
  row "tollgate $verb, 10,000 packets / 30,000 gates" "$verb-10000" "$VERDICT"
  row "tollgate $verb, 20,000 packets / 60,000 gates" "$verb-20000" ""
  ratio=$("$PY" -c "print('%.2f' % (${MEAN[$verb-20000]} / ${MEAN[$verb-10000]}))")
  judge "$ratio" "<=" 2.3
  printf '  %-46s %9s x   %s\n' "  ratio 20,000 / 10,000 (wall)" "$ratio" "$VERDICT"
done

if [ "$YAML_OK" -eq 1 ]; then
  echo
  echo "reference: a YAML parse in Python of the same files (python3-yaml $("$PY" -c 'import yaml; print(yaml.__version__)');"
  echo "  SafeLoader is yaml.safe_load, pure Python; CSafeLoader is the same over libyaml in C)"
  loaders="SafeLoader"
  "$PY" -c 'import yaml; yaml.CSafeLoader' 2>/dev/null && loaders="SafeLoader CSafeLoader"
  for loader in $loaders; do
    sizes="10000 20000"
    runs=3
    # Pure Python takes tens of seconds a run: once, on the smaller file.
    [ "$loader" = SafeLoader ] && sizes=10000 runs=1
    for n in $sizes; do
      dir=$OUT/inventory-$n
      m=$(time_cmd "yaml-$loader-$n" 0 "$runs" "$PY" "$PARSE" "$dir" "$loader")
      note=""
      if [ -n "${MEAN[validate-$n]:-}" ]; then
        note="= $("$PY" -c "print('%.2f' % ($m / ${MEAN[validate-$n]}))") x tollgate validate"
      fi
      row "yaml.load ($loader), $n packets" "yaml-$loader-$n" "$note"
    done
  done
fi

# side_by_side LABEL ARGS…: BIN and BASELINE on the same arguments, 15
# alternating rounds (a block per command would let the machine's drift
# between blocks pass as a difference); prints the medians of wall and of
# CPU time (user + system, the steadier figure on a busy machine) for
# BIN, then BASELINE, and each ratio.
side_by_side() {
  local label=$1
  shift
  "$PY" - "$BIN" "$BASELINE" "$@" <<'PYEOF' | sed "s/^/  $(printf '%-46s' "$label") /"
import os, statistics, subprocess, sys, time
new, old, args = sys.argv[1], sys.argv[2], sys.argv[3:]
wall = {new: [], old: []}
cpu = {new: [], old: []}
for round in range(16):
    for binary in (new, old) if round % 2 else (old, new):
        start = time.perf_counter()
        child = subprocess.Popen([binary] + args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(child.pid, 0)
        if status != 0:
            sys.exit("%s %s failed" % (binary, " ".join(args)))
        if round:  # the first round warms the page cache
            wall[binary].append(time.perf_counter() - start)
            cpu[binary].append(usage.ru_utime + usage.ru_stime)
n, o = statistics.median(wall[new]), statistics.median(wall[old])
nc, oc = statistics.median(cpu[new]), statistics.median(cpu[old])
print("wall %7.1f ms vs %7.1f ms = %.2fx; CPU %7.1f ms vs %7.1f ms = %.2fx" % (n * 1000, o * 1000, n / o, nc * 1000, oc * 1000, nc / oc))
PYEOF
}

if [ -n "${BASELINE:-}" ]; then
  echo
  echo "side by side with BASELINE=$BASELINE ($("$BASELINE" --version | head -1)):"
  echo "  this binary vs baseline, medians of 15 alternating runs each, load average $(cut -d' ' -f1-3 /proc/loadavg)"
  for example in finops-billing restaurant-ticket; do
    side_by_side "validate ($example)" -C "$OUT/examples/$example" validate
  done
  side_by_side "validate, 10,000 packets" -C "$OUT/inventory-10000" validate
  side_by_side "plan, 10,000 packets" -C "$OUT/inventory-10000" plan
fi

echo
if [ "$MISSED" -eq 0 ]; then
  echo "foundation: every target met"
else
  echo "foundation: $MISSED target(s) MISSED (see above)"
fi
