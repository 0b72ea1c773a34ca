#!/usr/bin/env bash
# qmuc developer entry point: provides Debian 13's Qt 6 + QXmpp toolchain, then builds, tests or
# runs qmuc inside it.
#
#   scripts/dev.sh run     set up, build, start a private Prosody with qmuc connected to it
#   scripts/dev.sh test    set up, build, run the whole CTest suite
#   scripts/dev.sh build   set up and build only
#   scripts/dev.sh shell   an interactive shell in the build environment
#   scripts/dev.sh exec CMD...   run CMD in the build environment
#   scripts/dev.sh fuzz    build the libFuzzer targets (clang, ASan, UBSan) in build-fuzz/ and run
#                          each for QMUC_FUZZ_SECONDS (default 30) from the seed corpus, or for
#                          QMUC_FUZZ_RUNS inputs from a fixed seed (the same inputs every time)
#   scripts/dev.sh mirror  print the Debian mirror the host's apt uses
#
# On a host whose apt offers libqxmppqt6-dev (Debian 13 or later) the packages are installed
# natively. Elsewhere (Debian 12) a Debian 13 root is made with mmdebstrap, from the mirror the
# host's own apt sources name, kept outside the checkout and keyed to its package list, and the
# commands run in it with the checkout mounted at the same path.
set -euo pipefail

PACKAGES=(
  g++ cmake ninja-build pkg-config
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-plugins
  qt6-remoteobjects-dev libqt6remoteobjects6-bin
  libqxmppqt6-dev libqt6sql6-sqlite libqt6sql6-psql postgresql libidn-dev libicu-dev
  prosody ejabberd python3-slixmpp
  xvfb xauth fonts-dejavu-core procps valgrind
  clang-19 libclang-rt-19-dev
  scdoc appstream desktop-file-utils libsystemd-dev dpkg-dev file
)
SUITE=trixie
ROOT_FORMAT=1   # bump when the way the root is made changes

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${QMUC_BUILD_DIR:-$repo/build}

say() { printf 'qmuc-dev: %s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }

need_root() {
  [ "$(id -u)" = 0 ] && return 0
  command -v sudo >/dev/null && exec sudo -E "$0" "$@"
  die "this needs root (apt-get, mmdebstrap, chroot); run it as root or install sudo"
}

# The host's Debian mirror, read from its apt configuration (deb822 or one-line format).
host_mirror() {
  if [ -n "${QMUC_DEBIAN_MIRROR:-}" ]; then echo "$QMUC_DEBIAN_MIRROR"; return; fi
  local f uri
  for f in /etc/apt/sources.list.d/*.sources; do
    [ -r "$f" ] || continue
    # One deb822 stanza per paragraph: take URIs of stanzas that have 'main' and no -security suite.
    uri=$(awk 'BEGIN{RS=""; FS="\n"}
      { u=""; s=""; c="";
        for (i=1;i<=NF;i++) {
          if ($i ~ /^URIs:/) u=$i; else if ($i ~ /^Suites:/) s=$i; else if ($i ~ /^Components:/) c=$i }
        if (u != "" && c ~ /(^|[ \t])main([ \t]|$)/ && s !~ /-security/ && s !~ /nodistro/) {
          sub(/^URIs:[ \t]*/, "", u); split(u, a, /[ \t]+/); print a[1]; exit } }' "$f")
    [ -n "$uri" ] && { echo "$uri"; return; }
  done
  for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    [ -r "$f" ] || continue
    uri=$(awk '$1=="deb" { i=2; if ($2 ~ /^\[/) { while (i<=NF && $i !~ /\]$/) i++; i++ }
                           if ($(i+1) !~ /-security/ && $0 ~ /[ \t]main([ \t]|$)/) { print $i; exit } }' "$f")
    [ -n "$uri" ] && { echo "$uri"; return; }
  done
  die "found no Debian mirror in /etc/apt (set QMUC_DEBIAN_MIRROR to one)"
}

apt_updated=
apt_install_host() {
  [ -n "$apt_updated" ] || { DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2; apt_updated=1; }
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >&2
}

native_ok() {
  [ "${QMUC_FORCE_ROOT:-}" = 1 ] && return 1
  . /etc/os-release
  [ "${ID:-}" = debian ] && [ "${VERSION_ID:-0}" -ge 13 ] 2>/dev/null
}

root_key() { printf '%s\n' "$SUITE" "$ROOT_FORMAT" "${PACKAGES[@]}" | sha256sum | cut -c1-12; }
root_dir() { echo "${QMUC_ROOT_BASE:-/var/cache/qmuc}/$SUITE-$(root_key)"; }

make_root() {
  local root; root=$(root_dir)
  [ -f "$root/.qmuc-complete" ] && return 0
  mkdir -p "$(dirname "$root")"
  exec 9>"$root.lock"
  flock 9
  [ -f "$root/.qmuc-complete" ] && return 0
  command -v mmdebstrap >/dev/null || { say "installing mmdebstrap on the host"; apt_install_host mmdebstrap; }
  local mirror tmp
  mirror=$(host_mirror)
  tmp="$root.tmp.$$"
  rm -rf "$tmp" "$root"
  say "making a Debian 13 ($SUITE) build root in $root (about a minute, 1.3 GB)"
  local include; include=$(IFS=,; echo "${PACKAGES[*]}")
  mmdebstrap --variant=apt --include="$include" "$SUITE" "$tmp" "deb $mirror $SUITE main" >&2 \
    || { rm -rf "$tmp"; die "mmdebstrap failed (see above)"; }
  printf '127.0.0.1 localhost\n::1 localhost ip6-localhost\n' > "$tmp/etc/hosts"
  touch "$tmp/.qmuc-complete"
  mv "$tmp" "$root"
  flock -u 9
  exec 9>&-
  # Roots made for other package lists are dead weight, unless a clone with another list is
  # making or using one right now: in_env holds its lock shared, make_root exclusively.
  local old base
  for old in "$(dirname "$root")/$SUITE-"*; do
    case "$old" in "$root"|"$root.lock"|*.lock) continue ;; esac
    [ -d "$old" ] || continue
    base=${old%%.tmp.*}
    ( exec 7>>"$base.lock"; flock -n 7 && rm -rf "$old" && { [ "$old" != "$base" ] || rm -f "$base.lock"; } ) || true
  done
  say "build root ready"
}

setup() {
  if native_ok; then
    local missing=() p
    for p in "${PACKAGES[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
    [ ${#missing[@]} -eq 0 ] || { say "installing ${missing[*]}"; apt_install_host "${missing[@]}"; }
  else
    make_root
  fi
}

# Run a command in the build environment, with the checkout at its own path.
in_env() {
  if native_ok; then "$@"; return; fi
  local root; root=$(root_dir)
  # Shared while it runs, so that a clone with another package list does not remove this root.
  exec 8>>"$root.lock"
  flock -s 8
  local x11=
  [ -d /tmp/.X11-unix ] && [ -n "${DISPLAY:-}" ] && x11=1
  # A private mount namespace: the binds vanish with it, nothing to unmount, nothing leaks.
  unshare --mount --propagation private env ROOT="$root" REPO="$repo" X11="$x11" \
    XAUTH_SRC="${XAUTHORITY:-}" bash -s "$@" <<'INNER'
set -e
mkdir -p "$ROOT/proc" "$ROOT/dev" "$ROOT/sys" "$ROOT$REPO"
mount --bind /proc "$ROOT/proc"
mount --rbind /dev "$ROOT/dev"
mount --rbind /sys "$ROOT/sys"
mount --bind "$REPO" "$ROOT$REPO"
if [ -n "$X11" ]; then
  mkdir -p "$ROOT/tmp/.X11-unix" && mount --bind /tmp/.X11-unix "$ROOT/tmp/.X11-unix"
  [ -n "$XAUTH_SRC" ] && [ -r "$XAUTH_SRC" ] && cp "$XAUTH_SRC" "$ROOT/tmp/.qmuc-xauth" \
    && export XAUTHORITY=/tmp/.qmuc-xauth
fi
cd "$REPO"
exec chroot "$ROOT" /usr/bin/env -C "$PWD" HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin "$@"
INNER
}

cmake_build() {
  in_env bash -c '
    set -e
    [ -f "$1/build.ninja" ] || (cd "$2" && cmake --preset default -B "$1" >&2)
    cmake --build "$1" --parallel "$(nproc)"' _ "$build_dir" "$repo"
}

# The fuzz targets: their own build tree (clang, sanitizers), then CTest's 'fuzz' label.
fuzz() {
  local dir=$repo/build-fuzz
  in_env bash -c '
    set -e
    cd "$2"
    [ -f "$1/build.ninja" ] || cmake --preset fuzz -B "$1" >&2
    cmake "$1" -DQMUC_FUZZ_SECONDS="$3" -DQMUC_FUZZ_RUNS="$4" >/dev/null
    cmake --build "$1" --parallel "$(nproc)" --target fuzz_xmlstreamparser fuzz_service' _ "$dir" "$repo" "${QMUC_FUZZ_SECONDS:-30}" "${QMUC_FUZZ_RUNS:-0}"
  in_env ctest --test-dir "$dir" -L fuzz --output-on-failure "$@"
}

cmd=${1:-help}
[ $# -gt 0 ] && shift
case "$cmd" in
  setup) need_root "$cmd" "$@"; setup ;;
  build) need_root "$cmd" "$@"; setup; cmake_build ;;
  test)
    need_root "$cmd" "$@"; setup; cmake_build
    in_env ctest --test-dir "$build_dir" --output-on-failure --timeout 300 "$@" ;;
  run)
    need_root "$cmd" "$@"; setup; cmake_build
    in_env "$repo/scripts/demo.sh" "$build_dir" "$@" ;;
  fuzz) need_root "$cmd" "$@"; setup; fuzz "$@" ;;
  shell) need_root "$cmd" "$@"; setup; in_env bash -l ;;
  exec) need_root "$cmd" "$@"; setup; in_env "$@" ;;
  mirror) host_mirror ;;
  help|-h|--help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//' ;;
  *) die "unknown command '$cmd' (try: run, test, build, fuzz, mirror, shell, exec)" ;;
esac
