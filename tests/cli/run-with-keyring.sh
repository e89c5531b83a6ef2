#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The TokenDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a test (its command line is the arguments) with a real system keyring of its own: a private
# D-Bus session (dbus-run-session) and an unlocked gnome-keyring in a throw-away HOME, so that the
# shipped tokendesk-cli reads each profile's API token the way it does on a desktop, and the user's
# own keyring is never touched. scripts/install-deps.sh installs gnome-keyring and dbus.
set -euo pipefail
for tool in dbus-run-session gnome-keyring-daemon; do
  if ! command -v "$tool" >/dev/null; then
    echo "run-with-keyring: $tool is missing; run scripts/install-deps.sh" >&2
    exit 1
  fi
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME=$work XDG_DATA_HOME=$work/share XDG_CONFIG_HOME=$work/config XDG_RUNTIME_DIR=$work/run
mkdir -m 700 -p "$XDG_RUNTIME_DIR" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME"
# The login keyring is created with (and unlocked by) the password on standard input.
exec dbus-run-session -- bash -c \
  'printf "tokendesk-test" | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$@"' \
  run-with-keyring "$@"
