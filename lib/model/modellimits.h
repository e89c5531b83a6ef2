// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The size thresholds of the model layer (table model, id index, filter proxy, details loader), each
// written once here.
#pragma once

#include <QtGlobal>

namespace TokenDesk::ModelLimits {

// Lists of up to this many rows are filtered, sorted and id-indexed on the calling thread: instant
// for small lists, and deterministic for tests. Longer lists are worked on a worker thread (indexing
// costs about 100 ms per million ids, a name sort of a million rows about a second).
inline constexpr int SynchronousRows = 20000;
inline constexpr bool onWorker(qsizetype rows)
{
    return rows > SynchronousRows;
}

// A view change that removes more separate row ranges than this is done as one layout change
// (moving those rows behind the others) and one removal, not as one removal per range.
inline constexpr int ScatteredRemovalRuns = 16;

// Details (GET /tokens/{id}) results the loader delivers per batch.
inline constexpr int DetailsBatchSize = 200;

} // namespace TokenDesk::ModelLimits
