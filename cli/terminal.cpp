// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "terminal.h"

#include <QByteArray>

#include <cstdio>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace TokenDesk::Cli::Terminal {

namespace {

void write(FILE *stream, QByteArrayView bytes)
{
    // An empty view may have no data pointer at all, which fwrite must not be given.
    if (bytes.isEmpty())
        return;
    std::fwrite(bytes.data(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

void write(FILE *stream, const QString &text)
{
    write(stream, QByteArrayView(text.toUtf8()));
}

std::optional<QString> readLineFromStdin()
{
    std::string line;
    int c = 0;
    bool any = false;
    while ((c = std::fgetc(stdin)) != EOF) {
        any = true;
        if (c == '\n')
            break;
        line.push_back(char(c));
    }
    if (!any)
        return std::nullopt;
    QString result = QString::fromUtf8(line.data(), qsizetype(line.size())).trimmed();
    // Overwrite our copy of the bytes (best effort: the secret should not linger in freed memory).
    std::fill(line.begin(), line.end(), '\0');
    return result;
}

} // namespace

void out(const QString &text)
{
    write(stdout, text);
}

void outUtf8(QByteArrayView bytes)
{
    write(stdout, bytes);
}

void err(const QString &text)
{
    write(stderr, text);
}

bool stdinIsTerminal()
{
    return ::isatty(STDIN_FILENO) == 1;
}

bool stdoutIsTerminal()
{
    return ::isatty(STDOUT_FILENO) == 1;
}

bool stderrIsTerminal()
{
    return ::isatty(STDERR_FILENO) == 1;
}

std::optional<QString> readSecret(const QString &prompt)
{
    if (!stdinIsTerminal())
        return readLineFromStdin();
    err(prompt);
    termios saved{};
    const bool haveTermios = ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (haveTermios) {
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        silent.c_lflag |= tcflag_t(ECHONL);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
    std::optional<QString> secret = readLineFromStdin();
    if (haveTermios)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    return secret;
}

std::optional<QString> readLine(const QString &prompt)
{
    err(prompt);
    return readLineFromStdin();
}

QString printable(const QString &text)
{
    QString result = text;
    for (QChar &c : result) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0))
            c = QLatin1Char(' ');
    }
    return result;
}

void appendPrintable(QByteArray &out, QByteArrayView utf8)
{
    // In UTF-8, C0 and DEL are single bytes, and C1 (U+0080..U+009F) is C2 80..C2 9F: each becomes one
    // space, as in printable(). No other sequence contains these bytes.
    const qsizetype n = utf8.size();
    qsizetype start = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const uchar c = uchar(utf8[i]);
        qsizetype length = 0;
        if (c < 0x20 || c == 0x7f)
            length = 1;
        else if (c == 0xC2 && i + 1 < n && uchar(utf8[i + 1]) < 0xA0)
            length = 2; // the next byte is a continuation byte (>= 0x80) in valid UTF-8
        if (length == 0)
            continue;
        out.append(utf8.sliced(start, i - start));
        out += ' ';
        i += length - 1;
        start = i + 1;
    }
    out.append(utf8.sliced(start));
}

} // namespace TokenDesk::Cli::Terminal
