#include "csvrowsource.h"

#include <utility>

namespace TokenDesk {

CsvTableSource::CsvTableSource(QStringList header, QList<QStringList> rows, QList<bool> freeText)
    : m_header(std::move(header))
    , m_rows(std::move(rows))
    , m_freeText(std::move(freeText))
{}

} // namespace TokenDesk
