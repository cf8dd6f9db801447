# Shared start of the bench scripts: `source "$(dirname "$0")/../lib.sh"`,
# then `bench_setup NAME "$@"`. Checks the one argument (the tollgate binary)
# and sets BIN (absolute), HERE (the script's folder), ROOT (the repository),
# OUT (bench/out/NAME, created) and PY (Debian's python3, which has the
# packages the benches use, before any other python3 on PATH).
bench_setup() {
  local name=$1
  shift
  if [ $# -ne 1 ]; then
    echo "usage: $0 path/to/tollgate" >&2
    exit 2
  fi
  BIN=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
  HERE=$(cd "$(dirname "$0")" && pwd)
  ROOT=$(cd "$HERE/../.." && pwd)
  OUT=$ROOT/bench/out/$name
  PY=/usr/bin/python3
  [ -x "$PY" ] || PY=python3
  mkdir -p "$OUT"
}
