#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The TokenDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs tst_a11y.py against the real application on a virtual X server with its own D-Bus session
# (the accessibility bus is D-Bus activated in it). AT-SPI needs the xcb platform, not offscreen.
#   tests/a11y/run-a11y.sh build/dev/app/tokendesk
set -euo pipefail
binary=$(readlink -f "$1")
here=$(dirname "$(readlink -f "$0")")
for tool in xvfb-run dbus-run-session; do
  command -v "$tool" >/dev/null || { echo "missing $tool (see scripts/install-deps.sh)"; exit 1; }
done
/usr/bin/python3 -c 'import pyatspi' 2>/dev/null || { echo "missing python3-pyatspi"; exit 1; }

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export HOME=$scratch XDG_CONFIG_HOME=$scratch/config XDG_DATA_HOME=$scratch/data XDG_RUNTIME_DIR=$scratch/run
mkdir -m 700 -p "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=xcb QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_ACCESSIBILITY=1 NO_AT_BRIDGE=0
export LC_ALL=C.UTF-8 LANG=C.UTF-8 LANGUAGE=
unset DBUS_SESSION_BUS_ADDRESS
# Start the display search at a random number: concurrent xvfb-run -a calls that both pick :99 race.
exec xvfb-run -n $((100 + RANDOM % 3000)) -a -s "-screen 0 1280x800x24" \
  dbus-run-session -- /usr/bin/python3 "$here/tst_a11y.py" "$binary"
