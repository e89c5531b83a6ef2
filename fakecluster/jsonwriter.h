// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Hand-written JSON output for the fake: the list of 1,000,000 stubs is built straight into one
// QByteArray (no QJsonDocument), and every body the fake sends goes through the same few helpers.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace TokenDesk::Fake {

class JsonWriter final
{
public:
    // Appends `utf8` as a JSON string literal (quotes included), escaping `"`, `\` and control characters.
    static void appendString(QByteArray &out, QByteArrayView utf8);
    static void appendString(QByteArray &out, const QByteArray &utf8) { appendString(out, QByteArrayView(utf8)); }
    static void appendString(QByteArray &out, const QString &text) { appendString(out, QByteArrayView(text.toUtf8())); }
    static void appendInt(QByteArray &out, qint64 value);
    static void appendBool(QByteArray &out, bool value);
    // Appends `"key":` (the key is a plain ASCII literal).
    static void appendKey(QByteArray &out, const char *key);
};

} // namespace TokenDesk::Fake
