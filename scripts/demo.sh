#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The TokenDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Sets everything up on a fresh Debian 12 machine, builds, and starts TokenDesk on its embedded demo
# cluster (a fake Dynatrace cluster on loopback with seeded tokens). Extra arguments go to tokendesk,
# e.g. `scripts/demo.sh --demo-tokens 100000`.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
cmake --preset dev >/dev/null
cmake --build --preset dev
exec build/dev/app/tokendesk --demo "$@"
