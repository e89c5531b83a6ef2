// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Reads CSV as TokenDesk writes it, and as a spreadsheet saves it back: UTF-8 with or without a byte
// order mark, records ending in CRLF or LF, fields separated by ',' or ';' (or a tab), found from the
// header line, quoted fields with doubled quotes and line breaks inside. Undoes the writer's
// formula-injection guard on request (unguard()).
#pragma once

#include <QByteArrayView>
#include <QChar>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace TokenDesk {

class CsvReader final
{
    Q_DECLARE_TR_FUNCTIONS(TokenDesk::CsvReader)
public:
    CsvReader() = delete;

    struct Table
    {
        QChar delimiter;
        QStringList header;
        QList<QStringList> records; // each with header.size() fields
    };

    // The whole text. On failure, nullopt and *error says which line and why (never a cell's value:
    // a CSV may hold anything).
    static std::optional<Table> parse(QByteArrayView data, QString *error = nullptr);

    // The cell as it was before the writer's guard: a leading apostrophe before = + - @ TAB CR LF NUL
    // is removed, and so is one after a ',' or ';' that comes before one of those or a '"'.
    static QString unguard(const QString &cell);
};

} // namespace TokenDesk
