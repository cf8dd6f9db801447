#!/usr/bin/env bash
# The bash completion (packaging/tollgate.bash-completion) against the built
# binary: verbs, sub-verbs, global and per-verb flags, values of --color.
# Usage: completion_test.sh TOLLGATE_BINARY SOURCE_DIR
set -uo pipefail
tollgate=$1
source_dir=$2
# shellcheck source=/dev/null
. "$source_dir/packaging/tollgate.bash-completion"
failures=0

# Completes the words given (the last one is the word under the cursor).
complete_words() {
    COMP_WORDS=("$tollgate" "$@")
    COMP_CWORD=$#
    COMPREPLY=()
    _tollgate
    printf '%s\n' "${COMPREPLY[@]}" | sort
}

expect() {  # expect WHAT WANT GOT
    if [ "$2" != "$3" ]; then
        echo "FAIL: $1"$'\n'"  want: $(echo "$2" | tr '\n' ' ')"$'\n'"  got:  $(echo "$3" | tr '\n' ' ')"
        failures=$((failures + 1))
    fi
}
contains() {  # contains WHAT WORD GOT
    if ! grep -qxF -- "$2" <<<"$3"; then
        echo "FAIL: $1: '$2' not in: $(echo "$3" | tr '\n' ' ')"
        failures=$((failures + 1))
    fi
}

expect "verbs starting with 'va'" "validate" "$(complete_words va)"
got=$(complete_words "")
for verb in validate plan zones check run coverage conflicts report hook merge-results brief start; do
    contains "every verb of the design is offered" "$verb" "$got"
done
expect "sub-verbs of hook" "$(printf 'install\nuninstall')" "$(complete_words hook "")"
contains "a global flag before the verb" "--inventory" "$(complete_words --inv)"
contains "check's own flag" "--base" "$(complete_words check --ba)"
contains "a flag after a global option and its value" "--shard" "$(complete_words -C . run --sh)"
expect "values of --color" "$(printf 'always\nauto\nnever')" "$(complete_words --color "")"
got=$(complete_words coverage --)
contains "coverage's --min" "--min" "$got"
contains "coverage's --patch-min" "--patch-min" "$got"
if complete_words run --no-such-flag-prefix | grep -q .; then
    echo "FAIL: an unknown flag prefix completes to nothing"
    failures=$((failures + 1))
fi
echo "$failures failure(s)"
[ "$failures" -eq 0 ]
