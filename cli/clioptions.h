// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Command-line parsing of tokendesk-cli: subcommand, connection, filters, output. Pure (no I/O), so
// every rule is in one place: the token never comes from argv (an argument that looks like a token
// secret is refused without being echoed), usage errors are words plus the subcommand's help.
#pragma once

#include "api/tokentypes.h"
#include "audit/auditview.h"
#include "csv/csvoptions.h"
#include "csv/tokencolumns.h"
#include "demoplugin/demoserver.h"
#include "settings/pendingdeletions.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace TokenDesk::Cli {

// The translation context of the CLI's own words: help, usage errors, prompts and notes on standard
// error. Data on standard output (lists, JSON, CSV, the secret) and the exit codes stay as they are.
class CliText
{
    Q_DECLARE_TR_FUNCTIONS(TokenDesk::Cli::CliText)
};

enum class Command {
    None,
    List,
    Get,
    Lookup,
    Create,
    Update,
    Revoke,
    Delete,
    Export,
    Rotate,
    Pending,
    Report,
    Compare,
    Views
};

enum ExitCode : int {
    ExitOk = 0,
    ExitUsage = 1,   // bad arguments, missing connection, refused input
    ExitApi = 2,     // the API answered with an error (HTTP status, unparsable body, rate limit)
    ExitNetwork = 3, // network, TLS or timeout: no usable answer
    ExitOutput = 4,  // the export file could not be written (or a secret was refused)
    // lookup over several profiles: every profile was asked and none knows the secret
    ExitNotKnown = 5,
    // lookup over several profiles: none of those asked knows it, and some could not be asked
    ExitNotAsked = 6,
};

struct Invocation
{
    Command command = Command::None;

    // Connection (the token comes from TOKENDESK_API_TOKEN, never from argv).
    QString url;
    QString profile; // a saved TokenDesk profile: URL, CA file, pinned certificate, timeout
    // lookup / export over several saved profiles, each with its own connection and its own API
    // token from the system keyring: every profile (--all-profiles) or the ones named (--profiles).
    bool allProfiles = false;
    QStringList profiles;
    bool demo = false;
    bool verbose = false;
    int demoTokens = DemoTokens::Default;
    QString caFile;
    int timeoutMs = 0; // 0 = the profile's, else ConnectionSettings::DefaultTimeoutMs
    // Plain http to another host than this computer sends the API token in clear: refused unless
    // this (or the profile's saved choice) allows it.
    bool allowInsecureHttp = false;

    // list / export filters (GET /tokens parameters)
    ListQuery query;
    bool details = false;
    bool json = false;
    // list / report: only the tokens of this audit view (their details are loaded to decide)
    std::optional<AuditView> view;
    // list / report: a view saved in TokenDesk for --profile, by name (any --view that is not a
    // built-in key); the runner reads it from the settings and applies its filters
    QString savedView;

    // get / update / rotate; revoke / delete of one token
    QString id;
    // revoke / delete: every id given (one or more), or none and the tokens `query` selects
    QStringList ids;
    bool selectByFilter = false;
    bool yes = false;

    // create / update / rotate (name, expiresIn)
    std::optional<QString> name;
    QStringList scopes;
    std::optional<Duration> expiresIn; // create, rotate: absent = never expires
    std::optional<bool> revoked;       // update: --revoke / --activate
    // update of one or more tokens (ids or filters): scopes added to and removed from each one's own set
    QStringList addScopes;
    QStringList removeScopes;

    // rotate: days from the old token's revocation until its deletion is due
    int deleteAfterDays = PendingDeletions::DefaultGraceDays;
    // pending: delete the scheduled deletions that are due (after a confirmation, like delete)
    bool deleteDue = false;

    // export
    QList<TokenColumn> columns;
    CsvOptions csv;
    QString outputFile; // empty = stdout (export; compare: the changes as CSV)

    // compare: an earlier TokenDesk export to compare the current list with
    QString earlierFile;
};

// Whether the invocation runs over several saved profiles (--all-profiles or --profiles).
inline bool overProfiles(const Invocation &inv)
{
    return inv.allProfiles || !inv.profiles.isEmpty();
}

struct ParseResult
{
    enum class Status { Run, Help, Version, Error };
    Status status = Status::Error;
    Invocation invocation;
    QString text; // help text (Help) or the error and a usage hint (Error); empty for Version
};

// `arguments` excludes the program name. `nowMs` resolves relative times ("90d" = now - 90 days).
// One QCommandLineParser per command: the global options and the command's own; options may come
// before or after the command word, "--" ends the options, "-o FILE", "-oFILE", "--output=FILE".
ParseResult parseArguments(const QStringList &arguments, qint64 nowMs);

// "90d", "24h", "30m", "45s" -> Duration; "never" -> nullopt with *never = true. Errors in *error.
std::optional<Duration> parseExpiry(const QString &text, bool *never, QString *error);
// ISO 8601 ("2026-01-31", "2026-01-31T12:00:00Z", with offset) or relative "90d"/"12h"/"30m" meaning
// now minus that; epoch milliseconds are accepted too. Returns UTC ms.
std::optional<qint64> parseTimePoint(const QString &text, qint64 nowMs, QString *error);

QString commandName(Command command);
// The long names of the options `command` accepts (the global ones included); Command::None: the
// global ones.
QStringList optionNames(Command command);
QString generalHelp();
QString commandHelp(Command command);

} // namespace TokenDesk::Cli
