#!/usr/bin/env bash
# Report benchmark: `tollgate report --format html` on a generated history of
# 10,000 commits with 50 packets (45 merged, 5 in flight) and a recorded
# result on every 10th commit, against `git log` printing the same commits
# (the floor any history reader pays).
#
#   bench/report/run.sh path/to/tollgate    (REPORT_BENCH_COMMITS=10000)
#
# The repository is generated once into bench/out/report (generate.py, git
# fast-import). The HTML is checked for its five charts before timing.
# Also timed: --since 400d, whose window is the whole history (rework diffs
# every first-parent commit). Target: under 1 s. Exits 1 when a command fails; a missed target is reported.
set -euo pipefail

source "$(dirname "$0")/../lib.sh"
bench_setup report "$@"
COMMITS=${REPORT_BENCH_COMMITS:-10000}
REPO=$OUT/repo-$COMMITS
export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null

command -v hyperfine >/dev/null 2>&1 || "$ROOT/cmake-modules/install-deps.sh" hyperfine

if [ ! -f "$REPO/.generated" ]; then
  echo "generating $COMMITS commits, 50 packets, a note on every 10th commit in $REPO ..."
  rm -rf "$REPO"
  "$PY" "$HERE/generate.py" "$REPO" --commits "$COMMITS" --packets 50
  git -C "$REPO" gc -q
  touch "$REPO/.generated"
fi
cd "$REPO"
TODAY=2025-07-30

echo "--- check: the HTML has its charts"
"$BIN" report --today "$TODAY" --format html --out "$OUT/report.html"
for id in stream-progress dependency-graph gantt coverage-trend checkpoint-timeline; do
  grep -q "<svg id=\"$id\"" "$OUT/report.html" || { echo "MISSING chart $id"; exit 1; }
done
"$BIN" report --today "$TODAY" --since 400d --format json >"$OUT/report.json"
"$PY" - "$OUT/report.json" <<'PYEOF'
import json, sys
j = json.load(open(sys.argv[1]))
m = j["metrics"]
print("packets: %d done, %d in progress, %d blocked, %d pending; %d records read; coverage points %d; rework %s"
      % (m["counts"]["completed"], m["counts"]["active"], m["counts"]["blocked"], m["counts"]["pending"],
         j["records_read"], len(m["coverage_trend"]), m["rework_rate"]))
PYEOF

echo "--- report --format html vs git log over the same history"
hyperfine --warmup 1 --runs 10 -i --style basic --export-json "$OUT/hyperfine.json" \
  -n "tollgate report --format html" "'$BIN' report --today $TODAY --format html --out '$OUT/report.html'" \
  -n "tollgate report --format html --since 400d (whole history)" \
  "'$BIN' report --today $TODAY --since 400d --format html --out '$OUT/report-all.html'" \
  -n "git log --all (ids, parents, dates, subjects, bodies)" "git log --all --format='%H %P %at %ct %s%n%b' >/dev/null" \
  -n "git notes list" "git notes --ref=tollgate list >/dev/null" >"$OUT/hyperfine.log" 2>&1 ||
  { cat "$OUT/hyperfine.log"; exit 1; }
"$PY" - "$OUT/hyperfine.json" <<'PYEOF'
import json, sys
r = {x["command"]: x for x in json.load(open(sys.argv[1]))["results"]}
t = r["tollgate report --format html"]
g = r["git log --all (ids, parents, dates, subjects, bodies)"]
for name, x in r.items():
    print("%-55s %8.1f ms ± %.1f  (user %.1f ms, sys %.1f ms)" % (name, x["mean"] * 1000, x["stddev"] * 1000,
                                                               x["user"] * 1000, x["system"] * 1000))
print("report --format html: %.3f s (target < 1 s: %s); %.2fx git log" %
      (t["mean"], "met" if t["mean"] < 1.0 else "MISSED", t["mean"] / g["mean"]))
a = r["tollgate report --format html --since 400d (whole history)"]
print("whole-history window (rework over every first-parent commit): %.3f s; %.2fx git log" % (a["mean"], a["mean"] / g["mean"]))
PYEOF
