#!/usr/bin/env bash
# The Debian packages end to end, as an operator meets them: builds them (cpack -G DEB in the
# build environment), installs qmuc into a throwaway minimal Debian 13 root (mmdebstrap
# --variant=apt, from the mirror the host's apt uses) with `apt install ./qmuc_*.deb`, checks
# that it runs, pulls in no Widgets and starts nothing by itself, verifies its systemd unit with
# systemd-analyze, installs qmuc-admin next to it, then runs the installed qmuc the way the unit
# does (its ExecStart, an unprivileged user, the secret as a systemd credential) against a
# private Prosody in the same root and has three slixmpp users talk in one of its rooms.
#
#   scripts/package-test.sh        (as root; some 3 minutes and 600 MB, removed afterwards)
#
# Not part of `scripts/dev.sh test`: it needs the network and a minute or two of mmdebstrap.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${QMUC_BUILD_DIR:-$repo/build}
say() { printf 'qmuc-package-test: %s\n' "$*" >&2; }
die() { say "FAILED: $*"; exit 1; }
[ "$(id -u)" = 0 ] || die "run it as root (mmdebstrap, chroot)"

"$repo/scripts/dev.sh" build
"$repo/scripts/dev.sh" exec bash -c 'cd "$1" && rm -f qmuc*.deb && cpack -G DEB >&2' _ "$build_dir"
debs=("$build_dir"/qmuc_*.deb "$build_dir"/qmuc-admin_*.deb)
for deb in "${debs[@]}"; do [ -f "$deb" ] || die "cpack made no $deb"; done
for deb in "${debs[@]}"; do say "$(basename "$deb"): $(dpkg-deb -f "$deb" Depends)"; done

work=$(mktemp -d /var/tmp/qmuc-package-test.XXXXXX)
root=$work/root
pids=()
cleanup() {
  local pid
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

mirror=$("$repo/scripts/dev.sh" mirror)
say "making a minimal Debian 13 root"
mmdebstrap --variant=apt --include=systemd trixie "$root" "deb $mirror trixie main" >&2 \
  || die "mmdebstrap failed"
printf '127.0.0.1 localhost\n::1 localhost ip6-localhost\n' > "$root/etc/hosts"
cp "${debs[@]}" "$root/tmp/"

# A command in the root, in a mount namespace of its own (nothing stays mounted). Each step
# execs the next, so in_root_bg's $bg_pid is the command's own PID.
enter_root='mount --bind /proc "$0/proc"; mount --rbind /dev "$0/dev"
  exec chroot "$0" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
    DEBIAN_FRONTEND=noninteractive "$@"'
in_root() { unshare --mount --propagation private bash -c "$enter_root" "$root" "$@"; }
in_root_bg() {
  unshare --mount --propagation private bash -c "$enter_root" "$root" "$@" &
  bg_pid=$!
  pids+=("$bg_pid")
}

say "apt install ./qmuc_*.deb"
in_root apt-get update -q >&2   # mmdebstrap leaves no package lists behind
in_root bash -c 'apt-get install -y -q ./tmp/qmuc_*.deb' >&2 || die "qmuc does not install"
in_root qmuc --version | grep -q '^qmuc ' || die "qmuc --version"
in_root qmuc --version >&2
in_root dpkg -s libqt6widgets6t64 >/dev/null 2>&1 && die "qmuc pulled in Qt Widgets"
in_root dpkg -s libqt6widgets6 >/dev/null 2>&1 && die "qmuc pulled in Qt Widgets"
[ -e "$root/etc/systemd/system/multi-user.target.wants/qmuc.service" ] && die "the package enabled qmuc.service"
in_root systemctl is-enabled qmuc.service >&2 || true
in_root getent group qmuc >&2 || die "no group qmuc for the admin socket"
# --man=no: the root has no man-db to open Documentation=man:qmuc(1) with; the page is checked as a file.
in_root systemd-analyze verify --man=no /usr/lib/systemd/system/qmuc.service >&2 || die "systemd-analyze verify"
[ -f "$root/usr/share/man/man1/qmuc.1.gz" ] || die "no man page qmuc(1)"
say "unit verified; nothing enabled or started"

say "apt install ./qmuc-admin_*.deb"
in_root bash -c 'apt-get install -y -q ./tmp/qmuc-admin_*.deb' >&2 || die "qmuc-admin does not install"
in_root env QT_QPA_PLATFORM=offscreen qmuc-admin --version >&2 || die "qmuc-admin --version"

say "serving a room: Prosody and slixmpp in the root, qmuc run as its unit runs it"
in_root apt-get install -y -q --no-install-recommends prosody python3-slixmpp >&2 || die "installing Prosody"
mkdir -p "$root/srv/test/prosody/data" "$root/etc/qmuc" "$root/run/credentials/qmuc.service"
cp "$repo/scripts/three-clients.py" "$root/srv/test/"
ports=$(in_root python3 -c '
import socket
ss = [socket.socket() for _ in range(2)]
for s in ss: s.bind(("127.0.0.1", 0))
print(" ".join(str(s.getsockname()[1]) for s in ss))')
read -r c2s_port component_port <<<"$ports"
secret=$(head -c 18 /dev/urandom | base64 | tr '+/' 'AB')
sed -e "s|@DIR@|/srv/test/prosody|g" -e "s|@LOG_LEVEL@|info|g" -e "s|@C2S_PORT@|$c2s_port|g" \
    -e "s|@COMPONENT_PORT@|$component_port|g" -e "s|@HOST@|localhost|g" \
    -e "s|@DOMAIN@|conference.localhost|g" -e "s|@SECRET@|$secret|g" \
    "$repo/tests/prosody/prosody.cfg.lua.in" > "$root/srv/test/prosody/prosody.cfg.lua"
chown -R --reference="$root/var/lib/prosody" "$root/srv/test/prosody"
# The operator's part (qmuc(1)): the example configuration with the domain and port filled in,
# and the secret, readable by root only; systemd would pass it on as a credential.
sed -e "s|^domain=.*|domain=conference.localhost|" -e "s|^port=.*|port=$component_port|" \
    "$root/usr/share/doc/qmuc/examples/qmuc.ini" > "$root/etc/qmuc/qmuc.ini"
(umask 077; printf '%s\n' "$secret" > "$root/etc/qmuc/secret")
cp "$root/etc/qmuc/secret" "$root/run/credentials/qmuc.service/secret"
chown nobody "$root/run/credentials/qmuc.service/secret"
mkdir -p "$root/var/lib/qmuc" && chown nobody:nogroup "$root/var/lib/qmuc"

in_root_bg setpriv --reuid=prosody --regid=prosody --init-groups prosody -F --config /srv/test/prosody/prosody.cfg.lua \
  > "$work/prosody.out" 2>&1
wait_port() {
  local i
  for i in $(seq 1 150); do
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
    sleep 0.1
  done
  return 1
}
wait_port "$c2s_port" && wait_port "$component_port" || { cat "$work/prosody.out" >&2; die "Prosody did not start"; }

exec_start=$(sed -n 's/^ExecStart=//p' "$root/usr/lib/systemd/system/qmuc.service")
say "ExecStart: $exec_start"
# shellcheck disable=SC2086 # the unit's command line, split as systemd splits this simple one
in_root_bg env CREDENTIALS_DIRECTORY=/run/credentials/qmuc.service \
  setpriv --reuid=nobody --regid=nogroup --clear-groups $exec_start 2> "$work/qmuc.log"
qmuc_pid=$bg_pid
for _ in $(seq 1 150); do grep -q "state: Connected" "$work/qmuc.log" && break; sleep 0.1; done
grep -q "state: Connected" "$work/qmuc.log" || { cat "$work/qmuc.log" >&2; die "the installed qmuc did not connect"; }
in_root python3 /srv/test/three-clients.py --port "$c2s_port" --service conference.localhost --room packaged \
  || { cat "$work/qmuc.log" >&2; die "the room did not serve three users"; }
kill -TERM "$qmuc_pid"
wait "$qmuc_pid" || die "qmuc did not stop cleanly on SIGTERM"
grep -q "packaged@conference.localhost: Room created" "$work/qmuc.log" || die "qmuc logged no room"
say "passed: both packages install on a minimal Debian 13, the unit verifies, and the installed qmuc served a room"
