// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Keeps the API token out of core dumps, as KeePassXC does for its database key: both programs
// hold the one token that can mint every other token of a cluster, and a crash must not write it
// to disk (a core file in the working directory, or a crash reporter's store such as
// systemd-coredump or apport, readable long after). Call disableCoreDumps() first thing in main(),
// before any secret is read.
#pragma once

namespace TokenDesk::ProcessHardening {

// Linux: RLIMIT_CORE soft and hard limit 0 (no core file, and children cannot raise it again)
// and PR_SET_DUMPABLE 0 (no core through a core_pattern pipe either, and other processes of the
// same user can no longer read this one's memory through /proc or ptrace). Other Unix systems:
// the limit only. Returns false when one of them failed; the program runs on either way.
bool disableCoreDumps();

} // namespace TokenDesk::ProcessHardening
