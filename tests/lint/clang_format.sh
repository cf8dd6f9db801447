#!/usr/bin/env bash
# The format gate: every C++ file git tracks under runner/, gates/ and tests/
# is as clang-format 14 writes it (.clang-format at the root). Prints the
# files that differ and how to fix them; exit 1 when any does.
#
#   tests/lint/clang_format.sh [--fix]
#
# Pinned to major 14 (Debian 12's clang-format): other majors lay out some
# constructs differently, so another version would flag a clean tree.
set -euo pipefail
cd "$(dirname "$0")/../.."
tool=${CLANG_FORMAT:-$(command -v clang-format-14 || command -v clang-format || true)}
[ -n "$tool" ] || { echo "lint: clang-format 14 is missing (apt-get install clang-format-14)" >&2; exit 3; }
major=$("$tool" --version | sed -E 's/.*version ([0-9]+).*/\1/')
[ "$major" = 14 ] || { echo "lint: $tool is clang-format $major; the style is checked with 14" >&2; exit 3; }
mapfile -d '' files < <(git ls-files -z -- 'runner/*.cpp' 'runner/*.hpp' 'gates/*.cpp' 'gates/*.hpp' 'tests/*.cpp' 'tests/*.hpp')
if [ "${1:-}" = --fix ]; then
  printf '%s\0' "${files[@]}" | xargs -0 -n 50 -P 2 "$tool" -i
  exit 0
fi
bad=()
for f in "${files[@]}"; do
  "$tool" --dry-run --Werror "$f" >/dev/null 2>&1 || bad+=("$f")
done
if [ ${#bad[@]} -gt 0 ]; then
  printf 'lint: not formatted: %s\n' "${bad[@]}"
  echo "lint: ${#bad[@]} of ${#files[@]} file(s) differ from clang-format; fix with tests/lint/clang_format.sh --fix"
  exit 1
fi
echo "lint: clang-format: ${#files[@]} file(s) formatted"
