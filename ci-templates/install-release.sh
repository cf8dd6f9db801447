#!/bin/sh
# Installs a released tollgate from its Debian package, verified against the
# release's SHA256SUMS: what action.yml does on a release tag instead of
# building from source.
#
# Usage: install-release.sh VERSION
#   VERSION    the release, e.g. 0.1.0 or v0.1.0 (a tag)
# Environment:
#   TOLLGATE_RELEASE_URL      where the release's files are (required):
#                             $TOLLGATE_RELEASE_URL/SHA256SUMS and
#                             $TOLLGATE_RELEASE_URL/tollgate_<version>_<codename>_<arch>.deb
#   TOLLGATE_DOWNLOAD_TIMEOUT seconds one download may take, all in (default 60)
#   TOLLGATE_DISTRO, TOLLGATE_ARCH   override the codename (/etc/os-release)
#                             and architecture (dpkg --print-architecture)
#   TOLLGATE_APT_GET          the apt-get to install with (default apt-get,
#                             through sudo when not root)
#   TOLLGATE_DOWNLOAD_DIR     where the files go (default a new temp folder)
#
# Exit codes:
#   0  installed (the path of the binary is printed on stdout: /usr/bin/tollgate)
#   4  the release has no package for this system: no SHA256SUMS, or none
#      listed for <codename>/<arch>; the caller builds from source
#   3  anything else, never to be papered over by a source build: a checksum
#      that does not match, a listed package that cannot be downloaded, a
#      server that fails or does not answer within the timeout, a failed install
#   2  usage
set -eu

die() { echo "install-release: error: $*" >&2; exit 3; }
[ $# -eq 1 ] || { echo "usage: install-release.sh VERSION (TOLLGATE_RELEASE_URL names where the release's files are)" >&2; exit 2; }
version=${1#v}
case $version in
  [0-9]*.[0-9]*) ;;
  *) echo "install-release: error: '$1' is not a release version (like 0.1.0 or v0.1.0)" >&2; exit 2 ;;
esac
case $version in *[!0-9A-Za-z.+~-]*) echo "install-release: error: '$1' is not a release version" >&2; exit 2 ;; esac
base=${TOLLGATE_RELEASE_URL:-}
[ -n "$base" ] || { echo "install-release: error: TOLLGATE_RELEASE_URL is not set" >&2; exit 2; }
base=${base%/}
timeout=${TOLLGATE_DOWNLOAD_TIMEOUT:-60}
command -v curl >/dev/null 2>&1 || die "needs curl"
command -v sha256sum >/dev/null 2>&1 || die "needs sha256sum (coreutils)"

distro=${TOLLGATE_DISTRO:-}
if [ -z "$distro" ] && [ -r /etc/os-release ]; then
  distro=$(. /etc/os-release && echo "${VERSION_CODENAME:-}")
fi
arch=${TOLLGATE_ARCH:-$(dpkg --print-architecture 2>/dev/null || true)}
if [ -z "$distro" ] || [ -z "$arch" ]; then
  echo "install-release: no Debian codename or architecture here; no package to install" >&2
  exit 4
fi
asset="tollgate_${version}_${distro}_${arch}.deb"

dir=${TOLLGATE_DOWNLOAD_DIR:-}
if [ -z "$dir" ]; then
  dir=$(mktemp -d)
  trap 'rm -rf "$dir"' EXIT
fi

# Downloads $1 into $2. Returns 0, or 44 for "not there" (HTTP 404/410), or
# dies: a server that errs or hangs is not a missing asset.
download() {
  code=$(curl --silent --show-error --location --connect-timeout 10 --max-time "$timeout" \
    --output "$2" --write-out '%{http_code}' "$1" 2>"$dir/curl.err") || {
    die "cannot download $1: $(cat "$dir/curl.err") (timeout ${timeout} s)"
  }
  case $code in
    2??) return 0 ;;
    404 | 410) return 44 ;;
    *) die "cannot download $1: HTTP $code" ;;
  esac
}

status=0
download "$base/SHA256SUMS" "$dir/SHA256SUMS" || status=$?
if [ $status -eq 44 ]; then
  echo "install-release: the release has no SHA256SUMS at $base; no package to install" >&2
  exit 4
fi
# The line for our asset: "<64 hex>  <name>" (sha256sum's format, * for binary mode).
expected=$(awk -v name="$asset" '($2 == name || $2 == "*" name) && $1 ~ /^[0-9a-f]+$/ && length($1) == 64 { print $1; exit }' "$dir/SHA256SUMS")
if [ -z "$expected" ]; then
  echo "install-release: the release has no $asset (SHA256SUMS does not list it); no package for $distro/$arch" >&2
  exit 4
fi
status=0
download "$base/$asset" "$dir/$asset" || status=$?
[ $status -eq 44 ] && die "SHA256SUMS lists $asset but $base/$asset is not there (HTTP 404)"
actual=$(sha256sum "$dir/$asset" | cut -d' ' -f1)
if [ "$actual" != "$expected" ]; then
  rm -f "$dir/$asset"
  die "checksum mismatch for $asset: SHA256SUMS says $expected, the download is $actual; not installing it"
fi
echo "install-release: $asset: checksum verified" >&2

apt_get=${TOLLGATE_APT_GET:-apt-get}
sudo=""
if [ -z "${TOLLGATE_APT_GET:-}" ] && [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || die "need root or sudo to install $asset"
  sudo=sudo
fi
# ./ makes apt read the file, and pulls in what its Depends name.
$sudo env DEBIAN_FRONTEND=noninteractive "$apt_get" install -y -qq --no-install-recommends "$dir/$asset" >&2 ||
  die "apt-get could not install $asset"
echo /usr/bin/tollgate
