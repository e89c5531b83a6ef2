// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "csvrowsource.h"

#include <utility>

namespace TokenDesk {

CsvTableSource::CsvTableSource(QStringList header, QList<QStringList> rows, QList<bool> freeText)
    : m_header(std::move(header))
    , m_rows(std::move(rows))
    , m_freeText(std::move(freeText))
{}

} // namespace TokenDesk
