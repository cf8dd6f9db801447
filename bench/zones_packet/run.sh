#!/usr/bin/env bash
# `tollgate zones --packet P PATH...`: the question an agent's pre-edit hook
# asks before every edit ("may packet P write these paths?"), on the two
# examples. Target: under 10 ms wall, so a hook can run it each time.
#
#   bench/zones_packet/run.sh path/to/tollgate     (make bench passes it)
#
#   (a) finops-billing: batch-3b asks for five paths: its own route and view,
#       a model (extend), a service (coordinate) and a migration (exclusive to
#       batch-1, refused: exit 1).
#   (b) restaurant-ticket: a1-schema asks for three tracked paths and one
#       that does not exist yet.
# Next to each: `git check-ignore --no-index -q` on the same paths in the same
# repository, the cheapest git command that takes paths and applies a
# pattern file to them: the floor of any git-based pre-edit check (ratio
# printed), and `tollgate --help`: the binary's own start-up (dynamic
# loading, static initialisers, the command line) without an inventory, the
# floor under any tollgate verb. (`--version` is not: it loads libgit2 to
# name its version.) Each line ends with the load average it ran under.
#
# hyperfine (-N, warm-up) measures wall time; JSON exports go to
# bench/out/zones_packet/. A missed target is reported, not a failure; an
# answer that does not end as expected is (exit 1).
set -euo pipefail

source "$(dirname "$0")/../lib.sh"
bench_setup zones_packet "$@"
TOLLGATE=$BIN
command -v hyperfine >/dev/null || { echo "bench/zones_packet: hyperfine is missing (apt-get install hyperfine)" >&2; exit 1; }
WORK=$OUT/work
rm -rf "$WORK"
bench_hermetic_git "$WORK"

# --- fixtures -----------------------------------------------------------------
bench_example_repo "$WORK/finops" finops-billing
bench_example_repo "$WORK/ticket" restaurant-ticket

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
quoted() { printf ' %q' "$@"; }

for name in finops ticket; do
  dir=$WORK/$name
  json=$OUT/$name.json
  if [ "$name" = finops ]; then packet=$FINOPS_PACKET paths=("${FINOPS_PATHS[@]}"); else packet=$TICKET_PACKET paths=("${TICKET_PATHS[@]}"); fi
  # -i: a refused path exits 1 by design; hyperfine must not call that a failure.
  (cd "$dir" && hyperfine -N -i --warmup 5 --min-runs 50 --export-json "$json" \
    -n "tollgate zones --packet ($name)" "$TOLLGATE zones --packet $packet --$(quoted "${paths[@]}")" \
    -n "git check-ignore --no-index" "git check-ignore --no-index -q$(quoted "${paths[@]}")" \
    -n "tollgate --help" "$TOLLGATE --help" >"$OUT/$name.txt")
  t=$(bench_median_ms "$json" 0)
  g=$(bench_median_ms "$json" 1)
  tc=$(bench_cpu_ms "$json" 0)
  gc=$(bench_cpu_ms "$json" 1)
  v=$(bench_median_ms "$json" 2)
  ratio=$("$PY" -c "print('%.1f' % ($t / $g))")
  verdict=$("$PY" -c "print('met' if $t < 10 else 'MISSED')")
  echo "zones --packet ($name, ${#paths[@]} paths): tollgate ${t} ms median wall (${tc} ms CPU), git check-ignore ${g} ms (${gc} ms CPU), ${ratio}x; tollgate --help (start-up, no inventory) ${v} ms; target < 10 ms wall: $verdict; $(bench_load)"
done
