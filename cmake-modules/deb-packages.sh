#!/bin/sh
# Prints the Debian packages of the given roles (build, test, package; see
# deb-packages.txt), one line, space-separated. No role: all of them.
set -eu
list="$(dirname "$0")/deb-packages.txt"
[ -r "$list" ] || { echo "deb-packages.sh: cannot read $list" >&2; exit 3; }
for role in "$@"; do
  case $role in build | test | package) ;; *) echo "deb-packages.sh: unknown role '$role' (build, test, package)" >&2; exit 2 ;; esac
done
awk -v roles=" $* " '
  /^[[:space:]]*(#|$)/ { next }
  roles == "  " || index(roles, " " $2 " ") { printf "%s%s", sep, $1; sep = " " }
  END { print "" }' "$list"
