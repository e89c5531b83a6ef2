#!/bin/sh
# SPDX-FileCopyrightText: 2026 The TokenDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a test binary with TOKENDESK_TEST_SMALL_FS pointing at a 256 KiB tmpfs in a private mount
# namespace (needs root / CAP_SYS_ADMIN). Exits 77 (ctest: skipped) where that is not allowed.
#   run-diskfull.sh path/to/test [test functions...]
set -u
exe="$1"
shift
full=$(mktemp -d) || exit 1
trap 'rmdir "$full" 2>/dev/null' EXIT
if ! unshare -m true 2>/dev/null; then
    echo "SKIP: cannot create a mount namespace here"
    exit 77
fi
unshare -m sh -c '
    dir="$1"; shift
    mount -t tmpfs -o size=256k tokendesk-statefull "$dir" 2>/dev/null || { echo "SKIP: cannot mount a tmpfs"; exit 77; }
    TOKENDESK_TEST_SMALL_FS="$dir" "$@"
' sh "$full" "$exe" "$@"
