// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The CLI's contact with the terminal: stdout/stderr as UTF-8, reading a secret without echo, and
// making server-supplied text safe to print (no control characters, so no terminal escapes).
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace TokenDesk::Cli::Terminal {

void out(const QString &text);
// Writes UTF-8 bytes as they are (e.g. built with appendPrintable) and flushes.
void outUtf8(QByteArrayView bytes);
void err(const QString &text);
bool stdinIsTerminal();
bool stdoutIsTerminal();
bool stderrIsTerminal();
// Prompts on stderr with echo off when stdin is a terminal; otherwise reads the first line of
// stdin. The result is trimmed; nullopt on end of input.
std::optional<QString> readSecret(const QString &prompt);
// Prompts on stderr and reads one line from the terminal (echo on).
std::optional<QString> readLine(const QString &prompt);
// Control characters (C0, DEL, C1) become spaces.
QString printable(const QString &text);
// printable() on valid UTF-8 (a list's arena), appended to `out`: the same bytes as
// printable(QString::fromUtf8(text)).toUtf8(), without the round trip through UTF-16.
void appendPrintable(QByteArray &out, QByteArrayView utf8);

} // namespace TokenDesk::Cli::Terminal
