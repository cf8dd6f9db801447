#!/bin/sh
# Deployment automation (stream C, agent-c2): packs the service and its API
# contract into build/release/ticket-VERSION.tar.gz. --dry-run lists the
# files instead. Production rollout waits for checkpoint cp-4.
set -eu
cd "$(dirname "$0")/.."
VERSION=$(sed -n 's/.*"version": "\([0-9.]*\)".*/\1/p' ticket/openapi.json | head -n 1)
[ -n "$VERSION" ] || { echo "rollout: no version in ticket/openapi.json" >&2; exit 1; }
FILES="ticket frontend/src frontend/package.json"
if [ "${1:-}" = "--dry-run" ]; then
  echo "rollout: would pack ticket-$VERSION from: $FILES"
  exit 0
fi
mkdir -p build/release
# shellcheck disable=SC2086
tar --exclude=__pycache__ -czf "build/release/ticket-$VERSION.tar.gz" $FILES
echo "rollout: build/release/ticket-$VERSION.tar.gz"
