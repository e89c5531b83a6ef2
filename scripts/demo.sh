#!/usr/bin/env bash
# Sets everything up on a fresh Debian 12 machine, builds, and starts TokenDesk on its embedded demo
# cluster (a fake Dynatrace cluster on loopback with seeded tokens).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
cmake --preset dev >/dev/null
cmake --build --preset dev
if [ -x build/dev/app/tokendesk ]; then
  exec build/dev/app/tokendesk --demo "$@"
fi
# Before the GUI existed: the fake cluster and the core's listing.
exec build/dev/cli/tokendesk-cli --demo list "$@"
