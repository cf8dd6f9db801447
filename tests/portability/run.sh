#!/usr/bin/env bash
# Builds tollgate and runs its whole suite on a Debian release, as a new user
# on that release would: a minimal system, the project's own
# cmake-modules/install-deps.sh with the one package list
# (cmake-modules/deb-packages.txt), a fresh build folder with -Werror, ctest
# -LE lint (the suite `make test` runs).
#
# Usage: tests/portability/run.sh DIST      (bookworm, trixie, or any codename
#                                            debootstrap knows; needs root)
#        tests/portability/run.sh host      (this machine or container as it is,
#                                            e.g. a debian:trixie CI container)
#
# DIST runs in a debootstrap --variant=minbase chroot kept under
# $TOLLGATE_PORTABILITY_CACHE (default /var/cache/tollgate-portability):
# base/DIST is the untouched minbase system (made once; package.sh copies it
# for its clean installs), root/DIST that system plus the packages
# install-deps.sh added (it adds only what is missing, so a rerun is quick).
# The source is a fresh clone of this checkout (same HEAD) with uncommitted
# changes copied over, at the same absolute path inside the chroot as here;
# the build folder (SRC/build inside the chroot) is new each run. ccache
# inside the chroot keeps its objects between runs
# (TOLLGATE_PORTABILITY_CCACHE=0 for a cold build);
# TOLLGATE_PORTABILITY_CCACHE_DIR=DIR uses this machine's ccache folder
# instead (bind-mounted, with CCACHE_BASEDIR from CCACHE_BASEDIR or /), so a
# release whose compiler and headers equal this machine's reuses its
# objects. TOLLGATE_PORTABILITY_PREPARE_ONLY=1 stops after the package
# install. TOLLGATE_PORTABILITY_PACKAGE=1 also builds the release's .deb
# there once the suite passes (`make package`'s target) and hands it to
# tests/portability/package.sh, which installs it into a clean copy of the
# minimal system and uses it. The build is niced and uses JOBS (default 2) cores.
#
# Not part of `make test`: it downloads a Debian system and takes as long as a
# clean build. Exit: ctest's status; 2 usage; 3 environment (not root, no
# debootstrap, a failed download or package install).
set -euo pipefail

usage() { echo "usage: $0 DIST|host   (DIST: bookworm, trixie, ...)" >&2; exit 2; }
[ $# -eq 1 ] || usage
dist=$1
case $dist in -*) usage ;; esac
src=$(cd "$(dirname "$0")/../.." && pwd)
jobs=${JOBS:-2}
cache=${TOLLGATE_PORTABILITY_CACHE:-/var/cache/tollgate-portability}
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
use_ccache=${TOLLGATE_PORTABILITY_CCACHE:-1}
# 1: stop after installing the packages (to prepare a cached system).
prepare_only=${TOLLGATE_PORTABILITY_PREPARE_ONLY:-0}
# 1: build the .deb after a green suite and try it in a clean system.
with_package=${TOLLGATE_PORTABILITY_PACKAGE:-0}

die() { echo "portability: error: $*" >&2; exit 3; }

# The steps a new user runs, in the system they run in. Arguments: the source
# folder and the build folder, as seen from inside that system.
build_and_test() {
  local source=$1 build=$2 extra=""
  [ "$use_ccache" = 1 ] && extra="ccache"
  cd "$source"
  # shellcheck disable=SC2046 # one word per package
  ./cmake-modules/install-deps.sh $(./cmake-modules/deb-packages.sh build test) $extra
  echo "portability: $(. /etc/os-release && echo "$PRETTY_NAME"); $(g++ --version | head -n1);" \
       "libgit2 $(pkg-config --modversion libgit2); cmake $(cmake --version | head -n1 | cut -d' ' -f3)"
  [ "$prepare_only" = 1 ] && return 0
  rm -rf "$build"
  local launcher=()
  if [ "$use_ccache" = 1 ]; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  else
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=)
    export CCACHE_DISABLE=1
  fi
  local t0 t1 t2
  t0=$(date +%s)
  cmake -S "$source" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTOLLGATE_DEV=ON "${launcher[@]}" >/dev/null
  nice -n 10 cmake --build "$build" -j "$jobs"
  t1=$(date +%s)
  local status=0
  # The suite `make test` runs (-LE lint). The lint label is `make lint`'s
  # house style, pinned to clang-format/clang-tidy 14, which only Debian 12
  # ships: it is checked on the development release, not on every release.
  nice -n 10 ctest --test-dir "$build" --output-on-failure -j "$jobs" --timeout 300 -LE lint >"$build/ctest.log" 2>&1 || status=$?
  t2=$(date +%s)
  # The failures with their output, then ctest's own summary.
  sed -n '/tests passed,/,$p' "$build/ctest.log"
  grep -E -B2 -A40 '\*\*\*Failed|\*\*\*Exception|\*\*\*Timeout' "$build/ctest.log" | head -n 400 || true
  echo "portability: $dist: $(grep -Eo '[0-9]+% tests passed, [0-9]+ tests failed out of [0-9]+' "$build/ctest.log" || echo 'no ctest summary')"
  echo "portability: $dist: build $((t1 - t0)) s, ctest $((t2 - t1)) s (jobs $jobs, ccache $use_ccache, load $(cut -d' ' -f1-3 /proc/loadavg))"
  if [ "$status" = 0 ] && [ "$with_package" = 1 ]; then
    # shellcheck disable=SC2046 # one word per package
    ./cmake-modules/install-deps.sh $(./cmake-modules/deb-packages.sh package)
    cmake "$build" >/dev/null
    nice -n 10 cmake --build "$build" -j "$jobs" --target package >"$build/package.log" 2>&1 ||
      { tail -n 40 "$build/package.log"; return 1; }
    echo "portability: $dist: package $(cd "$build" && ls tollgate_*.deb)"
  fi
  return $status
}

if [ "$dist" = host ]; then
  build_and_test "$src" "${BUILD_DIR:-$src/build-portability}"
  exit $?
fi

[ "$(id -u)" -eq 0 ] || die "needs root (debootstrap, chroot, mounts)"
command -v debootstrap >/dev/null || die "needs debootstrap (apt-get install debootstrap)"

base=$cache/base/$dist
root=$cache/root/$dist
mkdir -p "$cache/base" "$cache/root"
if [ ! -d "$base" ]; then
  # An older debootstrap (Ubuntu 22.04's) has no script for a newer Debian
  # release; sid's script bootstraps any of them.
  script=""
  [ -e "/usr/share/debootstrap/scripts/$dist" ] || script=/usr/share/debootstrap/scripts/sid
  rm -rf "$base.partial"
  echo "portability: debootstrap $dist into $base"
  debootstrap --variant=minbase "$dist" "$base.partial" "$mirror" $script >"$cache/base/$dist.log" 2>&1 ||
    die "debootstrap $dist failed; see $cache/base/$dist.log"
  mv "$base.partial" "$base"
fi
if [ ! -d "$root" ]; then
  rm -rf "$root.partial"
  cp -a "$base" "$root.partial"
  mv "$root.partial" "$root"
fi

# The source: a clone at this checkout's HEAD (so `tollgate --version` names
# it), plus what is modified or untracked and not ignored; at the same path
# as here, so compile commands (and a shared ccache's keys) are the same.
rm -rf "$root/src" "${root:?}$src"
mkdir -p "$(dirname "$root$src")"
git clone -q --no-hardlinks "$src" "$root$src"
(cd "$src" && git ls-files -z --modified --others --exclude-standard |
  tar --null --ignore-failed-read -T - -cf -) | tar -xf - -C "$root$src"
cp /etc/resolv.conf "$root/etc/resolv.conf"
ccache_dir=/var/cache/ccache
ccache_base=""

mounted=()
cleanup() {
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do umount -l "${mounted[i]}" 2>/dev/null || true; done
}
trap cleanup EXIT
mount -t proc proc "$root/proc" && mounted+=("$root/proc")
mount --rbind /dev "$root/dev" && mount --make-rslave "$root/dev" && mounted+=("$root/dev")
mount -t sysfs sysfs "$root/sys" && mounted+=("$root/sys")
mount -t tmpfs tmpfs "$root/tmp" && mounted+=("$root/tmp")
if [ -n "${TOLLGATE_PORTABILITY_CCACHE_DIR:-}" ]; then
  ccache_dir=$(realpath "$TOLLGATE_PORTABILITY_CCACHE_DIR")
  ccache_base=${CCACHE_BASEDIR:-/}
  mkdir -p "$root$ccache_dir"
  mount --bind "$ccache_dir" "$root$ccache_dir" && mounted+=("$root$ccache_dir")
fi

# The function runs inside the chroot with a clean environment.
status=0
chroot "$root" /usr/bin/env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
  HOME=/root LANG=C.UTF-8 TERM=dumb CCACHE_DIR="$ccache_dir" CCACHE_BASEDIR="$ccache_base" \
  dist="$dist" jobs="$jobs" use_ccache="$use_ccache" prepare_only="$prepare_only" with_package="$with_package" \
  bash -c "set -euo pipefail; $(declare -f build_and_test); build_and_test '$src' '$src/build'" || status=$?
if [ "$status" = 0 ] && [ "$with_package" = 1 ] && [ "$prepare_only" != 1 ]; then
  cleanup
  mounted=()
  debs=("$root$src"/build/tollgate_*.deb)
  mkdir -p "$cache/debs"
  cp "${debs[0]}" "$cache/debs/"
  "$src/tests/portability/package.sh" "$dist" "$cache/debs/$(basename "${debs[0]}")" || status=$?
fi
exit $status
