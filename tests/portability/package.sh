#!/usr/bin/env bash
# Installs a tollgate .deb into a clean Debian system and uses it there as a
# new user would, with nothing else installed by hand:
#   apt-get install ./tollgate_*.deb   (Depends and Recommends come with it)
#   tollgate --version                 (names its commit and the libgit2 it loaded)
#   tollgate validate                  (on an installed example, in a git repository)
#   man tollgate                       (the page help2man wrote, with every verb)
#   bash completion                    (verbs from the installed script)
#   find_package(Tollgate)             (a consumer project, ctest lists its gates)
#
# Usage: tests/portability/package.sh DIST path/to/tollgate_VERSION_DIST_ARCH.deb
# Needs root. The system is a throwaway copy of the cached minbase system of
# tests/portability/run.sh ($TOLLGATE_PORTABILITY_CACHE/base/DIST; made by
# run.sh, or here when missing), removed afterwards.
set -euo pipefail

[ $# -eq 2 ] || { echo "usage: $0 DIST path/to/tollgate_*.deb" >&2; exit 2; }
dist=$1
deb=$(realpath "$2")
[ -f "$deb" ] || { echo "package: error: no file $2" >&2; exit 2; }
[ "$(id -u)" -eq 0 ] || { echo "package: error: needs root (debootstrap, chroot)" >&2; exit 3; }
cache=${TOLLGATE_PORTABILITY_CACHE:-/var/cache/tollgate-portability}
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
base=$cache/base/$dist
if [ ! -d "$base" ]; then
  mkdir -p "$cache/base"
  debootstrap --variant=minbase "$dist" "$base.partial" "$mirror" >"$cache/base/$dist.log" 2>&1 ||
    { echo "package: error: debootstrap $dist failed; see $cache/base/$dist.log" >&2; exit 3; }
  mv "$base.partial" "$base"
fi

mkdir -p "$cache/package"
root=$(mktemp -d "$cache/package/$dist.XXXXXX")
mounted=()
cleanup() {
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do umount -l "${mounted[i]}" 2>/dev/null || true; done
  rm -rf --one-file-system "$root"
}
trap cleanup EXIT
cp -a "$base/." "$root/"
cp /etc/resolv.conf "$root/etc/resolv.conf"
cp "$deb" "$root/root/"
mount -t proc proc "$root/proc" && mounted+=("$root/proc")
mount --rbind /dev "$root/dev" && mount --make-rslave "$root/dev" && mounted+=("$root/dev")

chroot "$root" /usr/bin/env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
  HOME=/root LANG=C.UTF-8 TERM=dumb DEBIAN_FRONTEND=noninteractive deb="$(basename "$deb")" bash -euo pipefail -c '
step() { echo; echo "== $*"; }
cd /root
step "apt-get install ./$deb"
apt-get update -qq
apt-get install -y -qq "./$deb" >/tmp/apt.log 2>&1 || { cat /tmp/apt.log; exit 1; }
dpkg-query -W -f="\${Package} \${Version}\nDepends: \${Depends}\nRecommends: \${Recommends}\n" tollgate

step "tollgate --version"
tollgate --version
tollgate --version | grep -q "^libgit2: [0-9]" || { echo "package: --version did not load libgit2"; exit 1; }

step "tollgate validate on the installed example"
cp -r /usr/share/doc/tollgate/examples/finops-billing /root/finops
cd /root/finops
git init -q -b main . && git -c user.name=T -c user.email=t@example.com add -A &&
  git -c user.name=T -c user.email=t@example.com commit -q -m example
tollgate validate
cd /root

step "man tollgate"
MANWIDTH=80 man -P cat tollgate >/tmp/man.txt 2>/tmp/man.err || { cat /tmp/man.err; exit 1; }
sed -n "1,12p" /tmp/man.txt
for section in NAME SYNOPSIS DESCRIPTION OPTIONS VERBS "EXIT STATUS"; do
  grep -q "^$section" /tmp/man.txt || { echo "package: man page has no $section section"; exit 1; }
done
grep -q "merge-results" /tmp/man.txt || { echo "package: man page lacks the merge-results verb"; exit 1; }
echo "($(wc -l </tmp/man.txt) lines)"

step "bash completion"
bash -c ". /usr/share/bash-completion/completions/tollgate
COMP_WORDS=(tollgate check --ba); COMP_CWORD=2; _tollgate; printf \"%s\n\" \"\${COMPREPLY[@]}\"" | tee /tmp/completion.txt
grep -qx -- --base /tmp/completion.txt

step "find_package(Tollgate) from a consumer project"
mkdir -p /root/consumer
cat >/root/consumer/CMakeLists.txt <<EOF
cmake_minimum_required(VERSION 3.25)
project(consumer LANGUAGES NONE)
enable_testing()
find_package(Tollgate 0.1 CONFIG REQUIRED)
message(STATUS "Tollgate \${Tollgate_VERSION} from \${Tollgate_DIR}: \${TOLLGATE_EXECUTABLE}")
tollgate_add_tests(PREFIX gate)
EOF
cat >/root/consumer/tollgate.yml <<EOF
version: 1
gates:
  - id: unit
    run: "true"
    labels: [fast]
EOF
cmake -S /root/consumer -B /root/consumer/build | grep Tollgate
ctest --test-dir /root/consumer/build -L fast --output-on-failure | tail -n 3
echo
echo "package: all checks passed"
'
