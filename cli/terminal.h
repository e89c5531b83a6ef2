// The CLI's contact with the terminal: stdout/stderr as UTF-8, reading a secret without echo, and
// making server-supplied text safe to print (no control characters, so no terminal escapes).
#pragma once

#include <QString>

#include <optional>

namespace TokenDesk::Cli::Terminal {

void out(const QString &text);
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

} // namespace TokenDesk::Cli::Terminal
