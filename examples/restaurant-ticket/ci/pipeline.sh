#!/bin/sh
# CI/CD pipeline (stream C, agent-c2): the pre-merge verdict, then the release
# artefact. Run from the repository root; TOLLGATE names the binary.
set -eu
TOLLGATE=${TOLLGATE:-tollgate}
"$TOLLGATE" validate
"$TOLLGATE" check --report-dir build/tollgate
sh deploy/rollout.sh --dry-run
