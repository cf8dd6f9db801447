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

# bench_hermetic_git DIR: git and libgit2 read no configuration of this
# machine's (HOME moves to DIR/home), and commits get a fixed identity.
bench_hermetic_git() {
  mkdir -p "$1/home"
  export HOME=$1/home XDG_CONFIG_HOME=$1/home/.config
  export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1
  export GIT_AUTHOR_NAME=bench GIT_AUTHOR_EMAIL=bench@example.com
  export GIT_COMMITTER_NAME=bench GIT_COMMITTER_EMAIL=bench@example.com
}

# bench_example_repo DIR EXAMPLE: a git repository at DIR on branch main
# holding examples/EXAMPLE as one commit, without build and coverage output.
bench_example_repo() {
  mkdir -p "$1"
  cp -R "$ROOT/examples/$2/." "$1/"
  find "$1" \( -name __pycache__ -o -name build -o -name .coverage \) -prune -exec rm -rf {} +
  git -C "$1" init -q -b main
  git -C "$1" add -A
  git -C "$1" commit -q -m "plan and code"
}

# bench_load: "load average 0.52 0.61 0.70", for the line a figure is quoted from.
bench_load() {
  echo "load average $(cut -d' ' -f1-3 /proc/loadavg)"
}

# bench_median_ms JSON INDEX: the median wall time of hyperfine export JSON's
# command INDEX, in ms.
bench_median_ms() {
  "$PY" -c 'import json,sys; print("%.2f" % (json.load(open(sys.argv[1]))["results"][int(sys.argv[2])]["median"] * 1000))' "$1" "$2"
}

# bench_cpu_ms JSON INDEX: its mean user + system time in ms (a loaded machine
# inflates wall time, not this).
bench_cpu_ms() {
  "$PY" -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"][int(sys.argv[2])]; print("%.2f" % ((r["user"] + r["system"]) * 1000))' "$1" "$2"
}
