#!/bin/sh
# SPDX-FileCopyrightText: 2026 The TokenDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs tst_csvexportjob's file-system failure cases on real, tiny file systems in a private mount
# namespace (needs root / CAP_SYS_ADMIN): "disk full" on a 256 KiB tmpfs, "permission denied" on a
# read-only tmpfs. Exits 77 (ctest: skipped) where that is not allowed.
#   run-diskfull.sh path/to/tst_csvexportjob
set -u
exe="$1"
full=$(mktemp -d) || exit 1
ro=$(mktemp -d) || exit 1
trap 'rmdir "$full" "$ro" 2>/dev/null' EXIT
if ! unshare -m true 2>/dev/null; then
    echo "SKIP: cannot create a mount namespace here"
    exit 77
fi
unshare -m sh -c '
    mount -t tmpfs -o size=256k tokendesk-diskfull "$1" 2>/dev/null || { echo "SKIP: cannot mount a tmpfs"; exit 77; }
    mount -t tmpfs -o size=64k tokendesk-readonly "$2" || exit 1
    printf "old\n" > "$2/tokens.csv" || exit 1
    mount -o remount,ro "$2" || exit 1
    TOKENDESK_TEST_SMALL_FS="$1" TOKENDESK_TEST_READONLY_FS="$2" "$3" \
        diskFull_saysSoAndKeepsOldFile readOnlyFolder_saysPermissionDeniedAndKeepsOldFile
' sh "$full" "$ro" "$exe"
