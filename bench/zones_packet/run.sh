#!/usr/bin/env bash
# `tollgate zones --packet P PATH...`: the question an agent's pre-edit hook
# asks before every edit ("may packet P write these paths?"), on the two
# examples. Target: under 10 ms wall, so a hook can run it each time.
#
#   bench/zones_packet/run.sh [path/to/tollgate]
#
#   (a) finops-billing: batch-3b asks for five paths: its own route and view,
#       a model (extend), a service (coordinate) and a migration (exclusive to
#       batch-1, refused: exit 1).
#   (b) restaurant-ticket: a1-schema asks for three tracked paths and one
#       that does not exist yet.
# Next to each: `git check-ignore --no-index -q` on the same paths in the same
# repository, the cheapest git command that takes paths and applies a
# pattern file to them: the floor of any git-based pre-edit check (ratio
# printed), and `tollgate --version`: the binary's own start-up (dynamic
# loading, static initialisers), the floor under any tollgate verb.
#
# hyperfine (-N, warm-up) measures wall time; JSON exports go to
# bench/out/zones_packet/. A missed target is reported, not a failure; an
# answer that does not end as expected is (exit 1).
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
OUT=$ROOT/bench/out/zones_packet
WORK=$OUT/work
rm -rf "$WORK"
mkdir -p "$OUT" "$WORK/home"

if [ $# -ge 1 ]; then
  TOLLGATE=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
else
  TOLLGATE=$ROOT/build/tollgate
fi
[ -x "$TOLLGATE" ] || { echo "bench/zones_packet: no tollgate binary at $TOLLGATE" >&2; exit 1; }
command -v hyperfine >/dev/null || { echo "bench/zones_packet: hyperfine is missing (apt-get install hyperfine)" >&2; exit 1; }

export HOME=$WORK/home XDG_CONFIG_HOME=$WORK/home/.config
export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1
export GIT_AUTHOR_NAME=bench GIT_AUTHOR_EMAIL=bench@example.com
export GIT_COMMITTER_NAME=bench GIT_COMMITTER_EMAIL=bench@example.com

# --- fixtures -----------------------------------------------------------------
setup() {  # setup NAME EXAMPLE
  local dir=$WORK/$1
  mkdir -p "$dir"
  cp -R "$ROOT/examples/$2/." "$dir/"
  find "$dir" \( -name __pycache__ -o -name build -o -name .coverage \) -prune -exec rm -rf {} +
  git -C "$dir" init -q -b main
  git -C "$dir" add -A
  git -C "$dir" commit -q -m "plan and code"
}
setup finops finops-billing
setup ticket restaurant-ticket

FINOPS_PACKET=batch-3b
FINOPS_PATHS=(billing/routes/portal.py billing/views/portal/index.html billing/models/invoice.py
  billing/services/new_service.py billing/migrations/0099_portal.py)
TICKET_PACKET=a1-schema
mapfile -t TICKET_PATHS < <(git -C "$WORK/ticket" ls-files | grep -v '^tollgate.yml$' | head -3)
TICKET_PATHS+=(not/yet/written.txt)

expect() {  # expect DIR EXITS PACKET PATHS...: the answer must end with one of EXITS ("0|1")
  local dir=$1 want=$2 packet=$3 rc=0 out
  shift 3
  out=$(cd "$dir" && "$TOLLGATE" zones --packet "$packet" -- "$@") || rc=$?
  if ! [[ "$rc" =~ ^($want)$ ]]; then
    echo "bench/zones_packet: zones --packet $packet in $dir exited $rc, expected $want:" >&2
    printf '%s\n' "$out" >&2
    exit 1
  fi
}
expect "$WORK/finops" 1 "$FINOPS_PACKET" "${FINOPS_PATHS[@]}"
expect "$WORK/ticket" "0|1" "$TICKET_PACKET" "${TICKET_PATHS[@]}"

# --- measure ------------------------------------------------------------------
median_ms() {  # median_ms JSON INDEX
  python3 -c 'import json,sys; print("%.2f" % (json.load(open(sys.argv[1]))["results"][int(sys.argv[2])]["median"] * 1000))' "$1" "$2"
}
cpu_ms() {  # cpu_ms JSON INDEX: mean user + system time (a loaded machine inflates wall time, not this)
  python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"][int(sys.argv[2])]; print("%.2f" % ((r["user"] + r["system"]) * 1000))' "$1" "$2"
}
quoted() { printf ' %q' "$@"; }

for name in finops ticket; do
  dir=$WORK/$name
  json=$OUT/$name.json
  if [ "$name" = finops ]; then packet=$FINOPS_PACKET paths=("${FINOPS_PATHS[@]}"); else packet=$TICKET_PACKET paths=("${TICKET_PATHS[@]}"); fi
  # -i: a refused path exits 1 by design; hyperfine must not call that a failure.
  (cd "$dir" && hyperfine -N -i --warmup 5 --min-runs 50 --export-json "$json" \
    -n "tollgate zones --packet ($name)" "$TOLLGATE zones --packet $packet --$(quoted "${paths[@]}")" \
    -n "git check-ignore --no-index" "git check-ignore --no-index -q$(quoted "${paths[@]}")" \
    -n "tollgate --version" "$TOLLGATE --version" >"$OUT/$name.txt")
  t=$(median_ms "$json" 0)
  g=$(median_ms "$json" 1)
  tc=$(cpu_ms "$json" 0)
  gc=$(cpu_ms "$json" 1)
  v=$(median_ms "$json" 2)
  ratio=$(python3 -c "print('%.1f' % ($t / $g))")
  verdict=$(python3 -c "print('met' if $t < 10 else 'MISSED')")
  echo "zones --packet ($name, ${#paths[@]} paths): tollgate ${t} ms median wall (${tc} ms CPU), git check-ignore ${g} ms (${gc} ms CPU), ${ratio}x; tollgate --version (the start-up floor) ${v} ms; target < 10 ms wall: $verdict"
done
