#!/usr/bin/env bash
# Git benchmark: `tollgate zones` on a 100,000-file repository whose change
# touches 20,000 files (edits, additions, deletions, renames) under 1,000
# zone patterns, against `git diff --name-status -M` on the same range; and
# `tollgate conflicts` over 20 packet branches (190 pairs); and `zones` on a
# change of 1,000 edited renames (1,000 deletions, 1,000 additions, every
# pair scored: git's rename matrix at its default limit) against
# `git diff --name-status -M`.
#
#   bench/git/run.sh path/to/tollgate      (GIT_BENCH_FILES=100000 GIT_BENCH_CHANGED=20000)
#
# The repository is generated once into bench/out/git/repo (generate.py,
# git fast-import; no work tree is checked out). Before timing, tollgate's
# changed files (status, old path, path) are checked to be exactly git's.
# Targets: zones within 1.5x of git diff -M (listing and judging; extend
# zones, which read lines, are timed too, also against git diff --numstat);
# conflicts under 5 s. Exits 1 when the outputs disagree or a command fails;
# a missed target is reported.
set -euo pipefail

source "$(dirname "$0")/../lib.sh"
bench_setup git "$@"
FILES=${GIT_BENCH_FILES:-100000}
CHANGED=${GIT_BENCH_CHANGED:-20000}
REPO=$OUT/repo-$FILES-$CHANGED
export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null

command -v hyperfine >/dev/null 2>&1 || "$ROOT/cmake-modules/install-deps.sh" hyperfine

if [ ! -f "$REPO/.generated-renames" ]; then
  echo "generating $FILES files, a change of $CHANGED, 1000 zone patterns, 20 branches in $REPO ..."
  rm -rf "$REPO"
  "$PY" "$HERE/generate.py" "$REPO" --files "$FILES" --changed "$CHANGED" --zones 1000 --branches 20
  git -C "$REPO" gc -q  # packed, as a clone would be
  touch "$REPO/.generated-renames"
fi
cd "$REPO"

# Checks that tollgate zones lists exactly what git diff -M lists for a head (into $OUT/zones-NAME.json).
same_as_git() {
  local head=$1 name=$2
  "$BIN" zones --base main --head "$head" --format json >"$OUT/zones-$name.json" 2>"$OUT/zones-$name.err" || [ $? -eq 1 ]
  git diff --name-status -M "main..$head" >"$OUT/git-diff-$name.txt" 2>/dev/null
  "$PY" - "$OUT/zones-$name.json" "$OUT/git-diff-$name.txt" <<'EOF'
import json, sys
letters = {"added": "A", "modified": "M", "deleted": "D", "renamed": "R", "copied": "C", "type_changed": "T"}
mine = [(letters[c["status"]], c["old_path"] or "", c["path"]) for c in json.load(open(sys.argv[1]))["changed"]]
git = []
for line in open(sys.argv[2]).read().splitlines():
    f = line.split("\t")
    git.append((f[0][0], f[1], f[2]) if f[0][0] in "RC" else (f[0], "", f[1]))
renames = sum(1 for m in mine if m[0] == "R")
print("tollgate: %d changed (%d renames); git: %d changed" % (len(mine), renames, len(git)))
if mine != git:
    for a, b in zip(mine, git):
        if a != b:
            print("first difference: tollgate %s, git %s" % (a, b))
            break
    sys.exit("MISMATCH: tollgate and git disagree")
print("identical (same order)")
EOF
  sed 's/^/tollgate: /' "$OUT/zones-$name.err"
}
echo "--- correctness: tollgate zones lists exactly what git diff -M lists"
same_as_git packet/p00 p00
cp "$OUT/zones-p00.json" "$OUT/zones.json"

echo "--- zones vs git diff -M"
# The generated inventory has `extend` zones: judging them reads the lines of
# every file added or edited there (2,080 here), which git diff --name-status
# never does. So the target is taken on the same inventory with those zones
# made exclusive (listing and judging alone), and the run with extend zones
# is also shown against git diff --numstat -M, the git command that reads lines.
sed 's/rule: extend/rule: exclusive/' tollgate.yml >"$OUT/no-extend.yml"
hyperfine --warmup 2 --runs 15 -i --style basic --export-json "$OUT/zones-hyperfine.json" \
  -n "tollgate zones" "'$BIN' zones --base main --head packet/p00 --format json" \
  -n "tollgate zones, no extend zones" "'$BIN' --inventory '$OUT/no-extend.yml' zones --base main --head packet/p00 --format json" \
  -n "git diff -M" "git diff --name-status -M main..packet/p00" \
  -n "git diff --numstat -M" "git diff --numstat -M main..packet/p00" >"$OUT/zones-hyperfine.log" 2>&1 ||
  { cat "$OUT/zones-hyperfine.log"; exit 1; }
"$PY" - "$OUT/zones-hyperfine.json" "$OUT/zones.json" <<'EOF'
import json, sys
r = {x["command"]: x for x in json.load(open(sys.argv[1]))["results"]}
lines_read = sum(1 for c in json.load(open(sys.argv[2]))["changed"] if c["lines_added"] is not None)
g = r["git diff -M"]
for name in ["tollgate zones", "tollgate zones, no extend zones", "git diff -M", "git diff --numstat -M"]:
    x = r[name]
    cpu, gcpu = x["user"] + x["system"], g["user"] + g["system"]
    print("  %-32s wall %.3f s ± %.3f, median %.3f (%.2fx)   cpu %.3f s (%.2fx)"
          % (name, x["mean"], x["stddev"], x["median"], x["median"] / g["median"], cpu, cpu / gcpu))
print("  with extend zones tollgate reads the lines of %d files: %.2fx git diff --numstat -M"
      % (lines_read, r["tollgate zones"]["median"] / r["git diff --numstat -M"]["median"]))
EOF
# The target ratio comes from alternating runs (bench/git/alternate.py says why).
PYTHONPATH="$HERE" "$PY" - "$BIN" "$OUT/no-extend.yml" <<'EOF'
import sys
from alternate import alternating_medians
tollgate, no_extend = sys.argv[1], sys.argv[2]
change = ["zones", "--base", "main", "--head", "packet/p00", "--format", "json"]
commands = {
    "no extend": [tollgate, "--inventory", no_extend] + change,
    "extend": [tollgate] + change,
    "git": ["git", "diff", "--name-status", "-M", "main..packet/p00"],
}
med = alternating_medians(commands, rounds=20, warmup=3)
print("alternating runs, median of 20: tollgate zones %.3f s, with extend zones %.3f s, git diff -M %.3f s"
      % (med["no extend"], med["extend"], med["git"]))
print("ratio with extend zones (lines read) / git diff --name-status -M: %.2fx" % (med["extend"] / med["git"]))
ratio = med["no extend"] / med["git"]
print("ratio tollgate zones / git diff --name-status -M: %.2fx (target <= 1.5x: %s)"
      % (ratio, "met" if ratio <= 1.5 else "MISSED"))
EOF

echo "--- conflicts over 20 packet branches"
"$BIN" conflicts --format json >"$OUT/conflicts.json" 2>"$OUT/conflicts.err" || [ $? -eq 1 ]
"$PY" - "$OUT/conflicts.json" <<'EOF'
import json, sys
j = json.load(open(sys.argv[1]))
conflicting = sum(1 for p in j["pairs"] if p["conflicts"])
print("%d branches, %d pairs: %d overlap (merged in memory), %d would conflict, verdict %s"
      % (len(j["branches"]), j["pair_count"], len(j["pairs"]), conflicting, j["verdict"]))
EOF
echo "--- correctness: predicted conflicts vs git merge-tree --write-tree --name-only"
"$PY" - "$OUT/conflicts.json" <<'EOF'
import itertools, json, subprocess, sys
j = json.load(open(sys.argv[1]))
names = [b["name"] for b in j["branches"]]
predicted = {(p["a"], p["b"]): [c["path"] for c in p["conflicts"]] for p in j["pairs"]}
# Every merged pair, plus every tenth pair skipped for touching disjoint files.
skipped = [pair for pair in itertools.combinations(names, 2) if pair not in predicted]
checks = list(predicted) + skipped[::10]
bad = 0
for a, b in checks:
    r = subprocess.run(["git", "merge-tree", "--write-tree", "--name-only", "--no-messages", a, b],
                       capture_output=True, text=True)
    git = [l for l in r.stdout.splitlines()[1:] if l]
    if git != predicted.get((a, b), []):
        bad += 1
        print("DIFFERS %s x %s: tollgate %s, git %s" % (a, b, predicted.get((a, b), [])[:5], git[:5]))
print("%d of %d pairs agree with git merge-tree (%d merged, %d disjoint sampled)"
      % (len(checks) - bad, len(checks), len(predicted), len(skipped[::10])))
sys.exit(1 if bad else 0)
EOF
hyperfine --warmup 1 --runs 5 -i --style basic --export-json "$OUT/conflicts-hyperfine.json" \
  -n "tollgate conflicts" "'$BIN' conflicts --format json" >"$OUT/conflicts-hyperfine.log" 2>&1 ||
  { cat "$OUT/conflicts-hyperfine.log"; exit 1; }
"$PY" - "$OUT/conflicts-hyperfine.json" <<'EOF'
import json, sys
c = json.load(open(sys.argv[1]))["results"][0]
print("tollgate conflicts: wall %.3f s ± %.3f, cpu %.3f s (target < 5 s: %s)"
      % (c["mean"], c["stddev"], c["user"] + c["system"], "met" if c["mean"] < 5 else "MISSED"))
EOF

echo "--- zones vs git diff -M on 1,000 edited renames (1,000 deletions x 1,000 additions scored)"
same_as_git packet/renames renames
PYTHONPATH="$HERE" "$PY" - "$BIN" <<'EOF'
import sys
from alternate import alternating_medians
commands = {
    "tollgate zones": [sys.argv[1], "zones", "--base", "main", "--head", "packet/renames", "--format", "json"],
    "git diff -M": ["git", "diff", "--name-status", "-M", "main..packet/renames"],
}
med = alternating_medians(commands, rounds=10, warmup=3)
print("alternating runs, median of 10: tollgate zones %.3f s, git diff -M %.3f s"
      % (med["tollgate zones"], med["git diff -M"]))
print("ratio tollgate zones / git diff --name-status -M on 1,000 edited renames: %.2fx"
      % (med["tollgate zones"] / med["git diff -M"]))
EOF
hyperfine --warmup 1 --runs 10 -i --style basic --export-json "$OUT/renames-hyperfine.json" \
  -n "tollgate zones (renames)" "'$BIN' zones --base main --head packet/renames --format json" \
  -n "git diff -M (renames)" "git diff --name-status -M main..packet/renames" >"$OUT/renames-hyperfine.log" 2>&1 ||
  { cat "$OUT/renames-hyperfine.log"; exit 1; }
"$PY" - "$OUT/renames-hyperfine.json" <<'EOF'
import json, sys
r = {x["command"]: x for x in json.load(open(sys.argv[1]))["results"]}
t, g = r["tollgate zones (renames)"], r["git diff -M (renames)"]
print("hyperfine: tollgate zones %.3f s +- %.3f, git diff -M %.3f s +- %.3f: %.2fx (cpu %.2fx)"
      % (t["median"], t["stddev"], g["median"], g["stddev"], t["median"] / g["median"],
         (t["user"] + t["system"]) / (g["user"] + g["system"])))
EOF
