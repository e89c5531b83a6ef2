#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The TokenDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Release builds compile every product source with QT_NO_DEBUG_OUTPUT (qDebug/qCDebug compiled
# out): configures a Release tree (no build) and checks each compile command of lib/, ui/, cli/,
# fakecluster/, keyring/ and app/.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DTOKENDESK_BUILD_TESTS=OFF -DTOKENDESK_BUILD_BENCH=OFF \
    -DCMAKE_EXPORT_COMPILE_COMMANDS=ON >/dev/null
python3 - "$dir/compile_commands.json" "$(pwd)" <<'PY'
import json, os, sys
entries = json.load(open(sys.argv[1]))
root = sys.argv[2]
product = ("lib/", "ui/", "cli/", "fakecluster/", "keyring/", "app/")
checked, missing = 0, []
for e in entries:
    rel = os.path.relpath(e["file"], root)
    if not rel.startswith(product):
        continue
    checked += 1
    if "-DQT_NO_DEBUG_OUTPUT" not in e.get("command", " ".join(e.get("arguments", []))):
        missing.append(rel)
if checked == 0:
    sys.exit("check-release-logging: no product sources found")
if missing:
    sys.exit("check-release-logging: compiled without QT_NO_DEBUG_OUTPUT in Release:\n  " + "\n  ".join(missing))
print(f"check-release-logging: {checked} product sources compile with QT_NO_DEBUG_OUTPUT in Release")
PY
