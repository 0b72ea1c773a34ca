#!/usr/bin/env bash
# What `cmake --install` lays out, checked as a distribution would: installs BUILD_DIR into a
# scratch DESTDIR under /usr and validates the metainfo, the .desktop file, the man pages, the
# example configuration and the systemd unit's keys (scripts/package-test.sh verifies the unit
# with systemd-analyze in a root where /usr/bin/qmuc and the systemd targets exist).
set -euo pipefail
build=${1:?usage: check-install.sh BUILD_DIR}
dest=$build/install-check
rm -rf "$dest"
DESTDIR=$dest cmake --install "$build" --prefix /usr >/dev/null
root=$dest/usr
fail() { echo "check-install: $*" >&2; exit 1; }

for f in bin/qmuc bin/qmuc-admin \
         share/applications/org.qmuc.Admin.desktop \
         share/icons/hicolor/scalable/apps/org.qmuc.Admin.svg \
         share/metainfo/org.qmuc.Admin.metainfo.xml \
         share/man/man1/qmuc.1.gz share/man/man1/qmuc-admin.1.gz \
         share/doc/qmuc/examples/qmuc.ini \
         lib/systemd/system/qmuc.service lib/sysusers.d/qmuc.conf; do
  [ -e "$root/$f" ] || fail "missing /usr/$f"
done

appstreamcli validate --no-net --explain "$root/share/metainfo/org.qmuc.Admin.metainfo.xml"
desktop-file-validate "$root/share/applications/org.qmuc.Admin.desktop"
for page in qmuc qmuc-admin; do
  zcat "$root/share/man/man1/$page.1.gz" | grep -q '^\.TH "\?'"$page"'"\? "\?1' || fail "$page.1 has no .TH line"
done
# The example is what qmuc reads: it must load (only the domain is missing).
out=$("$root/bin/qmuc" --config "$root/share/doc/qmuc/examples/qmuc.ini" --print-config --domain conference.example.org 2>&1) \
  || fail "qmuc rejects its own example configuration: $out"
grep -q '^data_dir=/var/lib/qmuc$' "$root/share/doc/qmuc/examples/qmuc.ini" || fail "example data_dir is not /var/lib/qmuc"
unit=$root/lib/systemd/system/qmuc.service
grep -q '^ExecStart=qmuc ' "$unit" || fail "ExecStart does not run qmuc"
for key in DynamicUser=yes StateDirectory=qmuc ConfigurationDirectory=qmuc LoadCredential=secret: \
           ProtectSystem=strict NoNewPrivileges=yes Restart=on-failure RestartSec=; do
  grep -q "^$key" "$unit" || fail "the unit lacks $key"
done
grep -q '^g qmuc ' "$root/lib/sysusers.d/qmuc.conf" || fail "sysusers.d makes no group qmuc"
grep -q '^Group=qmuc$' "$unit" || fail "the unit's group is not qmuc"
echo "check-install: the install layout is complete and valid"
