#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The TokenDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Static analysis of the product code (not tests): cppcheck with Qt's library configuration,
# warnings, performance and portability checks. Fails on any finding; suppressions (each with its
# reason) are in .cppcheck-suppressions.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v cppcheck >/dev/null || { echo "cppcheck: not installed (scripts/install-deps.sh)"; exit 1; }
dirs=()
for d in lib ui cli fakecluster keyring app; do
    [ -d "$d" ] && dirs+=("$d")
done
cppcheck --std=c++17 --library=qt --enable=warning,performance,portability --inline-suppr --quiet \
    --error-exitcode=1 --suppressions-list=.cppcheck-suppressions \
    --template='{file}:{line}: {severity} [{id}] {message}' \
    -D__cplusplus=201703L -DQ_OBJECT= -DQ_GADGET= -DQ_SIGNALS=public -DQ_SLOTS= -DQ_EMIT= \
    '-DQ_DISABLE_COPY_MOVE(x)=' '-DQ_DISABLE_COPY(x)=' '-DQ_ENUM(x)=' '-DQ_DECLARE_METATYPE(x)=' \
    -I lib -I ui -I fakecluster -I cli -I keyring "${dirs[@]}"
echo "cppcheck: ${dirs[*]} clean"
