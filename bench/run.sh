#!/usr/bin/env bash
# `make bench`: runs every benchmark present, bench/*/run.sh, in name order,
# each given the tollgate binary. Exits 1 if any of them failed.
#
#   bench/run.sh path/to/tollgate
set -uo pipefail

if [ $# -ne 1 ]; then
  echo "usage: $0 path/to/tollgate" >&2
  exit 2
fi
BIN=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
HERE=$(cd "$(dirname "$0")" && pwd)

failed=()
ran=0
for script in "$HERE"/*/run.sh; do
  [ -f "$script" ] || continue
  name=$(basename "$(dirname "$script")")
  echo "=== bench/$name ==="
  ran=$((ran + 1))
  if ! bash "$script" "$BIN"; then
    failed+=("$name")
  fi
  echo
done

if [ "$ran" -eq 0 ]; then
  echo "bench: no bench/*/run.sh found" >&2
  exit 1
fi
if [ ${#failed[@]} -gt 0 ]; then
  echo "bench: failed: ${failed[*]}"
  exit 1
fi
echo "bench: $ran benchmark(s) ran"
