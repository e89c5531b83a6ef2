#include "terminal.h"

#include <QByteArray>

#include <cstdio>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace TokenDesk::Cli::Terminal {

namespace {

void write(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
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

} // namespace TokenDesk::Cli::Terminal
