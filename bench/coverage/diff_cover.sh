#!/usr/bin/env bash
# Patch-coverage benchmark on the ~200 MB Cobertura report: `diff-cover`
# (the peer issue #5 names; gcovr cannot read Cobertura) against
# `tollgate coverage --base main --patch-min 0`, for the same small change
# in a generated repository whose tracked paths are the report's files
# (patch_repo.py). Both must give identical patch figures (covered of
# coverable changed lines); wall time and peak RSS are printed with the
# ratio. Reuses bench/out/coverage/big.xml from run.sh / gen_reports.py.
#
#   bench/coverage/diff_cover.sh path/to/tollgate      (COVERAGE_BENCH_MB=200)
#
# Exits 1 when figures differ or a command fails; a missed target (>= 10x
# faster, peak RSS below the report's size) is reported, not fatal.
set -euo pipefail

source "$(dirname "$0")/../lib.sh"
bench_setup coverage "$@"
MB=${COVERAGE_BENCH_MB:-200}
command -v diff-cover >/dev/null 2>&1 || { echo "bench/coverage: diff-cover is not installed (apt install diff-cover)" >&2; exit 2; }

stamp="$OUT/.size-$MB"
if [ ! -f "$stamp" ] || [ ! -s "$OUT/big.xml" ]; then
  echo "generating ${MB} MB reports in $OUT ..."
  rm -f "$OUT"/.size-*
  "$PY" "$HERE/gen_reports.py" "$OUT" "$MB"
  touch "$stamp"
fi
XML=$OUT/big.xml

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
REPO=$WORK/repo
"$PY" "$HERE/patch_repo.py" "$XML" "$REPO"
export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1

measure() {  # NAME CMD…: runs CMD in the repo under /usr/bin/time; sets SECS RSS_MB
  local name=$1
  shift
  ( cd "$REPO" && /usr/bin/time -f '%e %M' -o "$WORK/$name.time" "$@" >"$WORK/$name.out" 2>&1 ) || {
    echo "bench/coverage: $name failed:" >&2
    cat "$WORK/$name.out" >&2
    exit 1
  }
  read -r SECS KB <"$WORK/$name.time"
  RSS_MB=$(( KB / 1024 ))
}

measure diffcover diff-cover "$XML" --compare-branch=main --json-report "$WORK/dc.json"
dc_secs=$SECS dc_rss=$RSS_MB
dc_fig=$("$PY" -c '
import json, sys
j = json.load(open(sys.argv[1]))
total = j["total_num_lines"]; missed = j["total_num_violations"]
print("patch %d of %d" % (total - missed, total))' "$WORK/dc.json")

measure tollgate "$BIN" coverage "$XML" --base main --patch-min 0 --format json
tg_fig=$("$PY" -c '
import json, sys
p = json.load(open(sys.argv[1]))["patch"]["lines"]
print("patch %d of %d" % (p["covered"], p["total"]))' "$WORK/tollgate.out")

size_mb=$("$PY" -c "import os; print(round(os.path.getsize('$XML') / 1048576, 1))")
echo "cobertura patch coverage: $(basename "$XML"), $size_mb MB, $(git -C "$REPO" ls-files | wc -l) tracked files"
printf '  %-44s %8.2f s  %6d MB peak RSS\n' "diff-cover $(diff-cover --version 2>&1 | awk '{print $2}')" "$dc_secs" "$dc_rss"
printf '  %-44s %8.2f s  %6d MB peak RSS\n' "tollgate coverage --base main --patch-min 0" "$SECS" "$RSS_MB"
ratio=$("$PY" -c "print('%.1f' % ($dc_secs / max($SECS, 0.001)))")
echo "  speed-up: ${ratio}x (target >= 10x)"
status=0
if [ "$dc_fig" = "$tg_fig" ]; then
  echo "  figures identical: $tg_fig"
else
  echo "  FIGURES DIFFER: diff-cover '$dc_fig', tollgate '$tg_fig'"
  status=1
fi
"$PY" -c "import sys; sys.exit(0 if $ratio >= 10 else 1)" || echo "  MISSED: speed-up below 10x"
"$PY" -c "import sys; sys.exit(0 if $RSS_MB < $size_mb else 1)" || echo "  MISSED: peak RSS not below the file size"
exit "$status"
