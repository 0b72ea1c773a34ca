#!/usr/bin/env bash
# Runs qmuc on an embedded default: a private Prosody on loopback (any user name logs in with any
# password, qmuc declared as its component) with qmuc connected to it: qmuc-admin when a display
# is present, qmuc otherwise. qmuc's config, secret and data go to BUILD_DIR/demo (its rooms and
# archive are kept from one run to the next, BUILD_DIR/demo-smoke for --smoke); Prosody's to a
# fresh directory under /tmp, since it runs as its own user, who may not be able to enter the
# build tree (a checkout in /root).
#
#   scripts/demo.sh BUILD_DIR            run until Ctrl-C
#   scripts/demo.sh BUILD_DIR --smoke    start everything, have a real client (slixmpp) query the
#                                        service through Prosody, print the answer, stop
#
# Normally started by `scripts/dev.sh run`, inside the build environment.
set -euo pipefail

build=$(cd "${1:?usage: demo.sh BUILD_DIR [--smoke]}" && pwd)
mode=${2:-run}
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
dir=$build/demo
[ "$mode" = --smoke ] && dir=$build/demo-smoke
domain=conference.localhost

say() { printf 'qmuc-demo: %s\n' "$*" >&2; }

# The conventional port when it is free, otherwise any free one.
pick_port() {
  python3 - "$1" <<'PY'
import socket, sys
for port in (int(sys.argv[1]), 0):
    s = socket.socket()
    try:
        s.bind(("127.0.0.1", port))
        print(s.getsockname()[1]); break
    except OSError:
        pass
    finally:
        s.close()
PY
}

# Waits for a port to accept connections while the process that should open it lives.
wait_port() {
  local port=$1 pid=$2 i
  for i in $(seq 1 150); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && return 0
    kill -0 "$pid" 2>/dev/null || return 1
    sleep 0.1
  done
  return 1
}

# Rooms and archive outlive a run, as they do for a real service; the smoke run starts afresh.
if [ "$mode" = --smoke ]; then
  rm -rf "$dir"
elif [ -d "$dir" ]; then
  find "$dir" -mindepth 1 -maxdepth 1 ! -name qmuc-data -exec rm -rf {} +
fi
mkdir -p "$dir/qmuc-data"
prosody_dir=$(mktemp -d /tmp/qmuc-demo-prosody.XXXXXX)
mkdir -p "$prosody_dir/data"
c2s_port=${QMUC_DEMO_C2S_PORT:-$(pick_port 5222)}
component_port=${QMUC_DEMO_COMPONENT_PORT:-$(pick_port 5347)}
secret=$(head -c 18 /dev/urandom | base64 | tr '+/' 'AB')

sed -e "s|@DIR@|$prosody_dir|g" -e "s|@LOG_LEVEL@|info|g" -e "s|@C2S_PORT@|$c2s_port|g" \
    -e "s|@COMPONENT_PORT@|$component_port|g" -e "s|@HOST@|localhost|g" \
    -e "s|@DOMAIN@|$domain|g" -e "s|@SECRET@|$secret|g" \
    "$repo/tests/prosody/prosody.cfg.lua.in" > "$prosody_dir/prosody.cfg.lua"
(umask 077; printf '%s\n' "$secret" > "$dir/secret")
cat > "$dir/qmuc.conf" <<CONF
[server]
host=127.0.0.1
port=$component_port

[component]
domain=$domain
secret_file=$dir/secret

[storage]
data_dir=$dir/qmuc-data

[service]
admins=admin@localhost
CONF

prosody_cmd=(prosody -F --config "$prosody_dir/prosody.cfg.lua")
if [ "$(id -u)" = 0 ]; then
  # Prosody refuses to run as root.
  chown -R prosody:prosody "$prosody_dir"
  prosody_cmd=(setpriv --reuid=prosody --regid=prosody --init-groups "${prosody_cmd[@]}")
fi
pids=()
stop_all() {
  local pid
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$prosody_dir"
}
trap stop_all EXIT
"${prosody_cmd[@]}" > "$prosody_dir/prosody.out" 2>&1 &
pids+=($!)
if ! wait_port "$c2s_port" "${pids[0]}" || ! wait_port "$component_port" "${pids[0]}"; then
  say "Prosody did not start:"
  tail -n 20 "$prosody_dir/prosody.out" "$prosody_dir/prosody.log" >&2 2>/dev/null || true
  exit 1
fi

cat >&2 <<MSG

  qmuc is running as the multi-user chat service $domain of a private Prosody.

  Connect any XMPP client (Gajim, Dino, Profanity, poezio, ...):
    account   any-name@localhost, any password
    server    127.0.0.1, port $c2s_port, no TLS (plain authentication allowed)
    rooms     $domain (e.g. join lobby@$domain)
    admin     log in as admin@localhost to own every room and run the service's ad-hoc commands
    data      $dir/qmuc-data (persistent rooms and archive, kept between runs)
  or query the service from a shell:
    python3 $repo/scripts/probe.py --port $c2s_port --service $domain

  Prosody's log: $prosody_dir/prosody.log    Stop: Ctrl-C

MSG

if [ "$mode" = --smoke ]; then
  log=$dir/qmuc.log
  "$build/cli/qmuc" --config "$dir/qmuc.conf" 2> "$log" &
  qmuc_pid=$!
  pids+=($qmuc_pid)
  for _ in $(seq 1 100); do grep -q "state: Connected" "$log" && break; sleep 0.1; done
  grep -q "state: Connected" "$log" || { say "qmuc did not connect:"; cat "$log" >&2; exit 1; }
  python3 "$repo/scripts/probe.py" --port "$c2s_port" --service "$domain"
  kill -TERM $qmuc_pid
  wait $qmuc_pid
  say "smoke run passed: qmuc connected, answered a real client through Prosody and stopped cleanly"
  exit 0
fi

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -x "$build/gui/qmuc-admin" ]; then
  "$build/gui/qmuc-admin" --config "$dir/qmuc.conf"
else
  "$build/cli/qmuc" --config "$dir/qmuc.conf"
fi
