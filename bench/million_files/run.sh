#!/usr/bin/env bash
# A repository with 1,000,000 tracked files (issue #8 fault injection):
# `tollgate validate` lints the zones over every tracked path and
# `tollgate zones --worktree` compares the whole index with the working tree;
# both must finish without running out of memory. Only the index holds the
# files (none is checked out), so --worktree sees FILES deletions: the worst
# case for the change path, every one of them judged against the zones. Peak RSS (GNU time) is printed next to `git ls-files`
# on the same repository, with the ratio.
#
#   bench/million_files/run.sh path/to/tollgate [FILES]
#
# The repository is built cheaply from git plumbing: one empty blob, an index
# of FILES entries (1000 directories x 1000 files) through
# `git update-index --index-info`, then one commit. It lives in
# bench/out/million_files/repo and is reused by later runs. Target: each
# tollgate command under 1 GiB peak RSS (exit 1 above it). Not part of
# `make test`: building the index alone takes tens of seconds.
set -euo pipefail

BIN=${1:?usage: run.sh path/to/tollgate [FILES]}
FILES=${2:-1000000}
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
OUT=$ROOT/bench/out/million_files
REPO=$OUT/repo-$FILES
LIMIT_KB=$((1024 * 1024))
mkdir -p "$OUT"

export GIT_CONFIG_NOSYSTEM=1 HOME="$OUT" GIT_AUTHOR_NAME=bench GIT_AUTHOR_EMAIL=bench@example.com \
  GIT_COMMITTER_NAME=bench GIT_COMMITTER_EMAIL=bench@example.com

if [ ! -f "$REPO/.built" ]; then
  rm -rf "$REPO"
  git init -q -b main "$REPO"
  cd "$REPO"
  blob=$(git hash-object -w --stdin </dev/null)
  start=$(date +%s)
  awk -v n="$FILES" -v b="$blob" 'BEGIN {
    for (i = 0; i < n; i++) printf "100644 %s\tsrc/d%03d/f%06d.c\n", b, int(i / 1000), i
  }' | git update-index --index-info
  cat >tollgate.yml <<'YML'
version: 1
packets:
  - id: core
  - id: docs
zones:
  - name: Core
    paths: ["src/d0*/"]
    owner: core
  - name: Sources
    paths: ["*.c", "/src/d9*/f*"]
    owner: core
    rule: extend
  - name: Docs
    paths: ["docs/"]
    owner: docs
YML
  git add tollgate.yml
  git commit -q -m "$FILES files"
  echo "built $FILES-file index in $(( $(date +%s) - start )) s"
  touch .built
fi
cd "$REPO"

measure() {  # label, command...: prints seconds and peak RSS, returns the RSS (KiB) in $RSS
  local label=$1
  shift
  /usr/bin/time -f '%e %M' -o "$OUT/time.txt" "$@" >"$OUT/$label.out" 2>"$OUT/$label.err" || true
  read -r secs RSS < <(tail -n 1 "$OUT/time.txt")
  printf '%-28s %7s s  %8s KiB peak RSS\n' "$label" "$secs" "$RSS"
}

measure "git ls-files" git ls-files
PEER=$RSS
status=0
for cmd in "validate" "zones --worktree"; do
  # shellcheck disable=SC2086
  measure "tollgate $cmd" "$BIN" $cmd
  awk -v t="$RSS" -v p="$PEER" 'BEGIN { printf "  ratio to git ls-files: %.1fx\n", t / p }'
  if [ "$RSS" -gt "$LIMIT_KB" ]; then
    echo "  over the 1 GiB target"
    status=1
  fi
done
tail -n 3 "$OUT/tollgate validate.out" "$OUT/tollgate validate.err" 2>/dev/null | sed 's/^/  /'
exit $status
