// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The export dialog's last choices, kept in the QSettings group "export". Never a secret: column
// keys, the preset, two switches and a folder.
#pragma once

#include "csv/csvoptions.h"
#include "csv/tokencolumns.h"

#include <QList>
#include <QString>

class QSettings;

namespace TokenDesk {

struct ExportSettings
{
    // The checked columns in their order; empty = not chosen yet (use the table's visible columns).
    QList<TokenColumn> columns;
    CsvOptions::Preset preset = CsvOptions::Preset::Standard;
    bool header = true;
    bool formulaGuard = true;
    // Rows without details: load them first (true) or export empty cells.
    bool loadDetailsFirst = true;
    // Folder of the last export; empty = the documents folder.
    QString directory;

    // Missing or invalid values keep their defaults.
    static ExportSettings load(QSettings &settings);
    void save(QSettings &settings) const;

    // The CSV options of these choices (`locale` decides the Excel preset's delimiter).
    CsvOptions csvOptions(const QLocale &locale) const;

    friend bool operator==(const ExportSettings &a, const ExportSettings &b)
    {
        return a.columns == b.columns && a.preset == b.preset && a.header == b.header &&
               a.formulaGuard == b.formulaGuard && a.loadDetailsFirst == b.loadDetailsFirst &&
               a.directory == b.directory;
    }
};

} // namespace TokenDesk
