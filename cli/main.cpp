// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// tokendesk-cli: the command-line twin of TokenDesk. See `tokendesk-cli --help`.
#include "clioptions.h"
#include "clirunner.h"
#include "terminal.h"

#include "api/tokenformat.h"
#include "i18n/translations.h"
#include "security/processhardening.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QLoggingCategory>
#include <QTimer>

using namespace TokenDesk;
using namespace TokenDesk::Cli;

int main(int argc, char **argv)
{
    // Before anything reads the API token: a crash must not write it to a core file.
    ProcessHardening::disableCoreDumps();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tokendesk-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TOKENDESK_VERSION));
    // The language of the system (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), as in the desktop app: help,
    // errors and notes are translated; data on standard output (lists, JSON, CSV) is not.
    Translations::install(QLocale::system(), &app);

    const ParseResult parsed = parseArguments(app.arguments().mid(1), QDateTime::currentMSecsSinceEpoch());
    // Standard error carries one line per failure; the library's logs only with --verbose (the
    // embedded demo cluster's request log never).
    QLoggingCategory::setFilterRules(
        parsed.invocation.verbose
            ? QStringLiteral("tokendesk.fake*=false")
            : QStringLiteral("tokendesk.*.debug=false\ntokendesk.*.info=false\ntokendesk.*.warning=false"));
    if (parsed.status == ParseResult::Status::Help) {
        Terminal::out(parsed.text);
        return ExitOk;
    }
    if (parsed.status == ParseResult::Status::Version) {
        Terminal::out(QStringLiteral("tokendesk-cli %1\n").arg(QCoreApplication::applicationVersion()));
        return ExitOk;
    }
    if (parsed.status == ParseResult::Status::Error) {
        Terminal::err(parsed.text);
        return ExitUsage;
    }
    const Invocation &inv = parsed.invocation;

    // The API token: only from the environment, and removed from it at once.
    QString apiToken;
    // Listing the deletion schedule needs no token: it reads this computer's settings, and asks
    // the cluster for the names only when a token is at hand.
    const bool tokenOptional = (inv.command == Command::Pending && !inv.deleteDue) || inv.command == Command::Views;
    if (overProfiles(inv)) {
        // Each profile is asked with its own API token from the keyring: one for all would be wrong
        // for all but one cluster, and is never sent to any of them.
        if (qEnvironmentVariableIsSet("TOKENDESK_API_TOKEN"))
            Terminal::err(QStringLiteral("tokendesk-cli: ") +
                          CliText::tr("TOKENDESK_API_TOKEN is not used with several profiles: each profile's own "
                                      "API token from the system keyring is.\n"));
        qunsetenv("TOKENDESK_API_TOKEN");
    } else if (!inv.demo) {
        apiToken = qEnvironmentVariable("TOKENDESK_API_TOKEN").trimmed();
        qunsetenv("TOKENDESK_API_TOKEN");
        // With --profile and no environment variable, the token comes from the system keyring
        // entry the GUI saved for that profile (read by the runner).
        if (apiToken.isEmpty() && inv.profile.isEmpty() && !tokenOptional) {
            Terminal::err(QStringLiteral("tokendesk-cli: ") +
                          CliText::tr("set TOKENDESK_API_TOKEN to the API token of the cluster (it is never accepted "
                                      "as an argument).\n"));
            return ExitUsage;
        }
    }

    // Interactive input happens before the event loop starts: nothing is pending then.
    QString lookupSecret;
    if (inv.command == Command::Lookup) {
        const std::optional<QString> secret = Terminal::readSecret(CliText::tr("Token secret: "));
        if (!secret || secret->isEmpty()) {
            Terminal::err(QStringLiteral("tokendesk-cli: ") + CliText::tr("no secret given on standard input.\n"));
            return ExitUsage;
        }
        // Only a token secret goes to the cluster, as in the lookup dialog: anything else is refused
        // here, never echoed (it may still be a secret of some other shape).
        QString value = secret->trimmed();
        if (value.startsWith(QLatin1String("Api-Token "), Qt::CaseInsensitive))
            value = value.mid(10).trimmed();
        const TokenFormat::Kind kind = TokenFormat::classify(value);
        if (kind == TokenFormat::Kind::Identifier) {
            Terminal::err(QStringLiteral("tokendesk-cli: ") +
                          CliText::tr("that is a token id, not a secret: use `tokendesk-cli get ID`.\n"));
            return ExitUsage;
        }
        if (kind != TokenFormat::Kind::Secret && kind != TokenFormat::Kind::OldSecret) {
            Terminal::err(QStringLiteral("tokendesk-cli: ") +
                          CliText::tr("not a token secret: expected %1 or an old-format token.\n")
                              .arg(TokenFormat::describeSecret()));
            return ExitUsage;
        }
        lookupSecret = value;
    }
    // Tokens the filters select are asked about once they are known (the runner lists them first).
    if (inv.command == Command::Delete && !inv.yes && !inv.selectByFilter) {
        if (!Terminal::stdinIsTerminal()) {
            Terminal::err(QStringLiteral("tokendesk-cli: ") +
                          CliText::tr("refusing to delete without confirmation: standard input is not a terminal; "
                                      "add --yes.\n"));
            return ExitUsage;
        }
        const std::optional<QString> answer = Terminal::readLine(
            inv.ids.size() > 1
                ? CliText::tr("Delete %n tokens for good (%1)? Type 'yes' to confirm: ", nullptr, int(inv.ids.size()))
                      .arg(Terminal::printable(inv.ids.join(QStringLiteral(", "))))
                : CliText::tr("Delete token %1 for good? Type 'yes' to confirm: ").arg(Terminal::printable(inv.id)));
        if (!answer || answer->compare(QLatin1String("yes"), Qt::CaseInsensitive) != 0) {
            Terminal::err(CliText::tr("Not deleted.\n"));
            return ExitUsage;
        }
    }

    Runner runner(inv, apiToken, lookupSecret);
    QObject::connect(
        &runner, &Runner::finished, &app, [](int code) { QCoreApplication::exit(code); }, Qt::QueuedConnection);
    QTimer::singleShot(0, &runner, &Runner::start);
    return app.exec();
}
