#!/bin/sh
# Runs tst_csvexportjob's disk-full case on a real, tiny file system: a 256 KiB tmpfs mounted in a
# private mount namespace (needs root / CAP_SYS_ADMIN). Exits 77 (ctest: skipped) where that is not
# allowed.   run-diskfull.sh path/to/tst_csvexportjob
set -u
exe="$1"
dir=$(mktemp -d) || exit 1
trap 'rmdir "$dir" 2>/dev/null' EXIT
if ! unshare -m true 2>/dev/null; then
    echo "SKIP: cannot create a mount namespace here"
    exit 77
fi
unshare -m sh -c '
    mount -t tmpfs -o size=256k tokendesk-diskfull "$1" 2>/dev/null || { echo "SKIP: cannot mount a tmpfs"; exit 77; }
    TOKENDESK_TEST_SMALL_FS="$1" "$2" diskFull_saysSoAndKeepsOldFile
' sh "$dir" "$exe"
