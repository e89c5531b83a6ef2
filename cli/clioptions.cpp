// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "clioptions.h"

#include "clirunner.h"

#include "api/connectionsettings.h"
#include "api/tokenformat.h"
#include "core/timeunits.h"
#include "session/profilelookup.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QDateTime>
#include <QRegularExpression>

namespace TokenDesk::Cli {

namespace {

struct CommandInfo
{
    Command command;
    const char *name;
    const char *synopsis;
    const char *summary;
};

constexpr CommandInfo Commands[] = {
    {Command::List, "list", "list [filters] [--view KEY|NAME] [--details] [--json]",
     QT_TRANSLATE_NOOP("TokenDesk::Cli::CliText", "List tokens (ID and name; --details adds metadata).")},
    {Command::Get, "get", "get ID [--json]",
     QT_TRANSLATE_NOOP("TokenDesk::Cli::CliText", "Show the metadata of one token.")},
    {Command::Lookup, "lookup",
     "lookup [--all-profiles | --profiles A,B] [--json]  (secret on stdin, or prompted without echo)",
     QT_TRANSLATE_NOOP("TokenDesk::Cli::CliText", "Find the token a secret belongs to.")},
    {Command::Create, "create", "create --name NAME --scope SCOPE... [--expires 90d|24h|never]",
     QT_TRANSLATE_NOOP("TokenDesk::Cli::CliText", "Create a token; prints only its secret on stdout, once.")},
    {Command::Update, "update",
     "update ID [--name NAME] [--revoke|--activate] [--scopes A,B]\n"
     "       tokendesk-cli update ID... | update FILTERS  --add-scope X --remove-scope Y [--yes]",
     QT_TRANSLATE_NOOP("TokenDesk::Cli::CliText",
                       "Rename, revoke, re-activate or re-scope a token (scopes replace the whole set).")},
    {Command::Revoke, "revoke", "revoke ID... | revoke FILTERS [--yes]",
     QT_TRANSLATE_NOOP("TokenDesk::Cli::CliText", "Revoke tokens (they stay listed, but can no longer be used).")},
    {Command::Delete, "delete", "delete ID... [--yes] | delete FILTERS [--yes]",
     QT_TRANSLATE_NOOP("TokenDesk::Cli::CliText", "Delete tokens for good (asks unless --yes).")},
    {Command::Export, "export",
     "export [filters] [--columns K,..] [--preset standard|excel] [-o FILE] [--all-profiles | --profiles A,B]",
     QT_TRANSLATE_NOOP("TokenDesk::Cli::CliText", "Export tokens with their metadata to CSV (stdout or a file).")},
    {Command::Rotate, "rotate", "rotate ID [--name NAME] [--expires 90d|24h|never] [--delete-after 7d]",
     QT_TRANSLATE_NOOP("TokenDesk::Cli::CliText",
                       "Replace a token: a successor with its scopes, then the old one revoked; prints only the new "
                       "secret.")},
    {Command::Pending, "pending", "pending [--delete-due [--yes]]",
     QT_TRANSLATE_NOOP("TokenDesk::Cli::CliText",
                       "List the deletions rotations scheduled; --delete-due deletes the due ones.")},
    {Command::Views, "views", "views [--profile NAME] [--json]",
     QT_TRANSLATE_NOOP("TokenDesk::Cli::CliText",
                       "List the audit views: the built-in keys and the views saved in TokenDesk for the profile.")},
    {Command::Report, "report", "report [filters] [--view KEY|NAME] [--json]",
     QT_TRANSLATE_NOOP("TokenDesk::Cli::CliText",
                       "The audit report's numbers: last use, scopes, owners, expiries in the next weeks.")},
    {Command::Compare, "compare", "compare EARLIER.csv [filters] [--json] [-o FILE]",
     QT_TRANSLATE_NOOP("TokenDesk::Cli::CliText",
                       "Compare an earlier export with the current list: new, gone and changed tokens.")},
};

QString connectionHelp()
{
    const QString text =
        CliText::tr("Connection:\n"
                    "  --url URL            Cluster address (https://host or https://host/api/cluster/v2).\n"
                    "                       The API token is read from the environment variable TOKENDESK_API_TOKEN;\n"
                    "                       it is never accepted as an argument.\n"
                    "  --profile NAME       Use a connection profile saved by TokenDesk (URL, CA file,\n"
                    "                       pinned certificate, timeout) and its API token from the\n"
                    "                       system keyring (TOKENDESK_API_TOKEN, when set, wins).\n"
                    "  --demo               Use an in-process demo cluster (seeded tokens, its admin token).\n"
                    "  --demo-tokens N      Number of seeded demo tokens (default %2).\n"
                    "  --ca-file FILE       Extra CA certificates (PEM) to trust.\n"
                    "  --allow-insecure-http\n"
                    "                       Allow plain http:// to a host other than this computer: the API\n"
                    "                       token then travels in clear. Without it (or the profile's saved\n"
                    "                       choice) such an address is refused before anything is sent.\n"
                    "  --timeout SECONDS    Per-request timeout (default %1).\n"
                    "  -v, --verbose        Log requests and errors of the API client on stderr (secrets redacted).\n"
                    "  -h, --help           Show help.\n"
                    "  -V, --version        Show the version.\n");
    return text.arg(ConnectionSettings::DefaultTimeoutMs / TimeUnits::MsPerSecond).arg(DemoTokens::Default);
}

QString filterHelp()
{
    return CliText::tr("Filters (all must match, as the API applies them):\n"
                       "  --user USER          Owner of the token.\n"
                       "  --permission SCOPE   Token has this scope (repeatable: must have all).\n"
                       "  --from TIME          Last used after TIME.\n"
                       "  --to TIME            Last used before TIME.\n"
                       "                       TIME: ISO 8601 (2026-01-31, 2026-01-31T12:00Z) or\n"
                       "                       relative 90d / 12h / 30m (= now minus that).\n"
                       "  --limit N            At most N tokens (1..%1; the server's default "
                       "is %2).\n")
        .arg(ListQuery::MaxLimit)
        .arg(ListQuery::DefaultLimit);
}

// revoke and delete: several ids, or the tokens filters select.
QString bulkHelp(Command command)
{
    QString text = command == Command::Delete
                       ? CliText::tr("Give one or more token IDs, or filters that select the tokens (as 'list' "
                                     "would show them).\n"
                                     "Deleting asks for a typed 'yes' first.\n")
                       : CliText::tr("Give one or more token IDs, or filters that select the tokens (as 'list' "
                                     "would show them).\n"
                                     "Revoking the tokens filters select asks for a typed 'yes' first; revoking "
                                     "IDs does not.\n");
    text += QLatin1Char('\n') + filterHelp();
    text += CliText::tr("  --yes                Do not ask (required when standard input is not a terminal).\n"
                        "The token this command runs with is never selected by filters.\n"
                        "Requests go out 4 at a time; one failure does not stop the others.\n"
                        "Standard output: one line per token, ID<TAB>result (revoked, deleted, already gone,\n"
                        "failed, not sent). Exit code: 0 when every token was done, else that of the first\n"
                        "failure (2 API error, 3 network or TLS error).\n");
    return text;
}

// The audit views by their keys (auditview.h is the one home of keys and words).
QString viewHelp()
{
    QString text =
        CliText::tr("  --view KEY           Only the tokens of an audit view; every listed token's details are\n"
                    "                       loaded to decide. KEY is one of:\n");
    for (AuditView view : AuditViews::all()) {
        text += QStringLiteral("    %1 %2\n").arg(AuditViews::key(view), -18).arg(AuditViews::description(view));
    }
    text += CliText::tr("  --view NAME          With --profile: a view saved in TokenDesk for the profile (its server\n"
                        "                       filters where the command line gives none, its quick filter, status\n"
                        "                       and audit view). The built-in keys win over a saved name.\n"
                        "                       'tokendesk-cli views --profile NAME' lists them.\n");
    return text;
}

QString exitHelp()
{
    return CliText::tr("Exit codes: 0 ok, 1 usage, 2 API error, 3 network or TLS error, 4 export file not written.\n") +
           CliText::tr("lookup over several profiles: 0 some cluster knows the secret, 5 every profile was asked\n"
                       "and none knows it, 6 none of those asked knows it but some could not be asked.\n") +
           CliText::tr("A request the cluster rate-limits (HTTP 429, not carried out) is sent again when the limit\n"
                       "resets: at most %1 times, and at most %2 minutes of waiting in all. Nothing else is retried.\n")
               .arg(Runner::MaxRateLimitRetries)
               .arg(Runner::MaxRateLimitWaitMs / TimeUnits::MsPerMinute);
}

std::optional<Command> commandFromName(QStringView name)
{
    for (const CommandInfo &c : Commands) {
        if (name == QLatin1String(c.name))
            return c.command;
    }
    return std::nullopt;
}

const CommandInfo *info(Command command)
{
    for (const CommandInfo &c : Commands) {
        if (c.command == command)
            return &c;
    }
    return nullptr;
}

// The options of the command line, each with the commands it belongs to (none listed = every
// command: the connection and the global switches). One QCommandLineParser is built per command
// from this table, so an option of another command is not silently taken.
struct OptionDef
{
    const char *name;
    char shortName; // 0 = none
    bool takesValue;
    QList<Command> commands;
};

const QList<OptionDef> &optionDefs()
{
    static const QList<OptionDef> defs = {
        {"url", 0, true, {}},
        {"profile", 0, true, {}},
        {"demo", 0, false, {}},
        {"demo-tokens", 0, true, {}},
        {"ca-file", 0, true, {}},
        {"allow-insecure-http", 0, false, {}},
        {"timeout", 0, true, {}},
        {"help", 'h', false, {}},
        {"version", 'V', false, {}},
        {"verbose", 'v', false, {}},
        {"user",
         0,
         true,
         {Command::List, Command::Export, Command::Revoke, Command::Delete, Command::Report, Command::Update,
          Command::Compare}},
        {"permission",
         0,
         true,
         {Command::List, Command::Export, Command::Revoke, Command::Delete, Command::Report, Command::Update,
          Command::Compare}},
        {"from",
         0,
         true,
         {Command::List, Command::Export, Command::Revoke, Command::Delete, Command::Report, Command::Update,
          Command::Compare}},
        {"to",
         0,
         true,
         {Command::List, Command::Export, Command::Revoke, Command::Delete, Command::Report, Command::Update,
          Command::Compare}},
        {"limit",
         0,
         true,
         {Command::List, Command::Export, Command::Revoke, Command::Delete, Command::Report, Command::Update,
          Command::Compare}},
        {"details", 0, false, {Command::List}},
        {"json",
         0,
         false,
         {Command::List, Command::Get, Command::Lookup, Command::Report, Command::Compare, Command::Views}},
        {"all-profiles", 0, false, {Command::Lookup, Command::Export}},
        {"profiles", 0, true, {Command::Lookup, Command::Export}},
        {"view", 0, true, {Command::List, Command::Report}},
        {"name", 0, true, {Command::Create, Command::Update, Command::Rotate}},
        {"scope", 0, true, {Command::Create}},
        {"expires", 0, true, {Command::Create, Command::Rotate}},
        {"delete-after", 0, true, {Command::Rotate}},
        {"revoke", 0, false, {Command::Update}},
        {"activate", 0, false, {Command::Update}},
        {"scopes", 0, true, {Command::Update}},
        {"yes", 0, false, {Command::Revoke, Command::Delete, Command::Pending, Command::Update}},
        {"add-scope", 0, true, {Command::Update}},
        {"remove-scope", 0, true, {Command::Update}},
        {"delete-due", 0, false, {Command::Pending}},
        {"columns", 0, true, {Command::Export}},
        {"preset", 0, true, {Command::Export}},
        {"no-header", 0, false, {Command::Export}},
        {"no-formula-guard", 0, false, {Command::Export}},
        {"output", 'o', true, {Command::Export, Command::Compare}},
    };
    return defs;
}

// By long or short name.
const OptionDef *findOption(QStringView name)
{
    for (const OptionDef &def : optionDefs()) {
        if (name == QLatin1String(def.name) ||
            (def.shortName && name.size() == 1 && name.at(0) == QLatin1Char(def.shortName)))
            return &def;
    }
    return nullptr;
}

bool appliesTo(const OptionDef &def, std::optional<Command> command)
{
    return def.commands.isEmpty() || !command || def.commands.contains(*command);
}

// A parser that knows the options of `command` and the global ones; every option of every command
// with std::nullopt (used to find the command word and the bare words before parsing for real).
void addOptions(QCommandLineParser &parser, std::optional<Command> command)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsCompactedShortOptions);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    for (const OptionDef &def : optionDefs()) {
        if (!appliesTo(def, command))
            continue;
        QStringList names;
        if (def.shortName)
            names << QString(QLatin1Char(def.shortName));
        names << QLatin1String(def.name);
        QCommandLineOption option(names);
        if (def.takesValue)
            option.setValueName(QStringLiteral("value"));
        parser.addOption(option);
    }
}

// The parser's program name: QCommandLineParser::parse() skips the first argument.
QStringList withProgram(const QStringList &arguments)
{
    return QStringList{QStringLiteral("tokendesk-cli")} + arguments;
}

ParseResult error(Command command, const QString &message)
{
    ParseResult result;
    result.status = ParseResult::Status::Error;
    const QString hint = command == Command::None
                             ? CliText::tr("Run 'tokendesk-cli --help' for usage.")
                             : CliText::tr("Run 'tokendesk-cli %1 --help' for usage.").arg(commandName(command));
    result.text = QStringLiteral("tokendesk-cli: ") + message + QLatin1Char('\n') + hint + QLatin1Char('\n');
    return result;
}

// rotate --delete-after: at most about ten years.
constexpr int MaxDeleteAfterDays = 3650;

std::optional<qint64> parseRelative(const QString &text, char *unit)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,9})([dhms])$"));
    const QRegularExpressionMatch m = re.match(text.trimmed().toLower());
    if (!m.hasMatch())
        return std::nullopt;
    *unit = m.captured(2).at(0).toLatin1();
    return m.captured(1).toLongLong();
}

} // namespace

QString commandName(Command command)
{
    const CommandInfo *c = info(command);
    return c ? QLatin1String(c->name) : QString();
}

QString generalHelp()
{
    QString text = CliText::tr("Usage: tokendesk-cli COMMAND [options]\n\n"
                               "Administer the API tokens of a Dynatrace Managed cluster "
                               "(Cluster API v2).\n\nCommands:\n");
    for (const CommandInfo &c : Commands)
        text += QStringLiteral("  %1%2\n").arg(QLatin1String(c.name), -9).arg(CliText::tr(c.summary));
    text += QLatin1Char('\n') + connectionHelp() + QLatin1Char('\n') + exitHelp();
    text += CliText::tr("\nRun 'tokendesk-cli COMMAND --help' for the options of a command.\n");
    return text;
}

QString commandHelp(Command command)
{
    const CommandInfo *c = info(command);
    if (!c)
        return generalHelp();
    QString text =
        CliText::tr("Usage: tokendesk-cli %1\n\n%2\n\n").arg(QLatin1String(c->synopsis), CliText::tr(c->summary));
    switch (command) {
    case Command::List:
        text += filterHelp();
        text += viewHelp();
        text += CliText::tr("Output:\n"
                            "  --details            Load the metadata of every listed token (6 requests at a time).\n"
                            "  --json               JSON instead of tab-separated lines.\n"
                            "Lines: ID<TAB>name; with --details: "
                            "ID, name, owner, status, scopes, created, expires, last use.\n");
        break;
    case Command::Get:
        text += CliText::tr("  --json               The metadata as JSON (the API's field names).\n");
        break;
    case Command::Lookup:
        text += CliText::tr("The secret is read from standard input (first line), or prompted for without echo\n"
                            "when standard input is a terminal. It is never accepted as an argument.\n"
                            "  --json               The metadata as JSON.\n");
        text += CliText::tr("\nWhich of our clusters is this secret from?\n"
                            "  --all-profiles       Ask every profile saved by TokenDesk, each with its own API token\n"
                            "                       from the system keyring and its own connection settings.\n"
                            "  --profiles A,B       Ask these saved profiles only.\n"
                            "At most %1 profiles are asked at a time. TOKENDESK_API_TOKEN is not used.\n"
                            "Standard output: one line per profile, PROFILE<TAB>found<TAB>ID<TAB>name<TAB>owner<TAB>\n"
                            "status<TAB>scopes, PROFILE<TAB>not known, or PROFILE<TAB>not asked<TAB>reason.\n"
                            "With --json: an array of {profile, address, result, token | reason}.\n"
                            "Exit code: 0 some cluster knows it, 5 every profile was asked and none knows it,\n"
                            "6 none of those asked knows it but some could not be asked.\n")
                    .arg(ProfileLookup::DefaultConcurrency);
        break;
    case Command::Create:
        text += CliText::tr("  --name NAME          Token name (names need not be unique).\n"
                            "  --scope SCOPE        A scope; repeat for several (or separate with commas).\n"
                            "  --expires SPAN       90d, 24h, 30m, 45s or never (default: never).\n"
                            "Standard output gets the secret and nothing else; store it now, it is shown once.\n");
        break;
    case Command::Update:
        text += CliText::tr("  --name NAME          New name.\n"
                            "  --revoke             Revoke the token.\n"
                            "  --activate           Make a revoked token usable again.\n"
                            "  --scopes A,B         Replace the whole scope set.\n");
        text += CliText::tr("\nChanging the scopes of one or more tokens (IDs, or filters that select them):\n"
                            "  --add-scope SCOPE    Add a scope (repeatable, or separate with commas).\n"
                            "  --remove-scope SCOPE Remove a scope (repeatable, or separate with commas).\n"
                            "Each token is read afresh and written with its own scope set changed (the API replaces\n"
                            "the whole set). Left alone, and said so: the token this command runs with, a token\n"
                            "that would end with no scope, and one that has the asked-for set already.\n"
                            "Changing the tokens filters select asks for a typed 'yes' first; IDs do not.\n"
                            "  --yes                Do not ask (required when standard input is not a terminal).\n"
                            "Standard output: one line per token, ID<TAB>result (updated, unchanged, in use,\n"
                            "no scope left, already gone, failed, not sent). Exit code: 0 when no token failed,\n"
                            "else that of the first failure.\n\n") +
                filterHelp();
        break;
    case Command::Revoke:
    case Command::Delete:
        text += bulkHelp(command);
        if (command == Command::Delete)
            text += CliText::tr("Dynatrace recommends revoking first and deleting about a week later.\n");
        break;
    case Command::Export:
        text += filterHelp();
        text += CliText::tr("Output:\n"
                            "  --columns K,...      Columns (default: all): %1.\n"
                            "  --preset P           standard (UTF-8, comma, no BOM; default) or excel\n"
                            "                       (UTF-8 with BOM; ';' where the decimal point is ',').\n"
                            "  --no-header          No header row.\n"
                            "  --no-formula-guard   Do not prefix server texts (name, id, owner, scopes)\n"
                            "                       starting with = + - @ with an apostrophe.\n"
                            "  -o, --output FILE    Write FILE atomically (default, or '-': standard output).\n"
                            "Dates are ISO 8601 UTC (2026-01-31T12:00:00.000Z); absent values are empty.\n")
                    .arg(TokenColumns::keys(TokenColumns::all()).join(QLatin1Char(',')));
        text += CliText::tr("\nOne file across several clusters:\n"
                            "  --all-profiles       Export every profile saved by TokenDesk, each with its own API\n"
                            "                       token from the system keyring and its own connection settings.\n"
                            "  --profiles A,B       Export these saved profiles only, in this order.\n"
                            "The first column, Cluster, holds the profile's name; the filters apply to every\n"
                            "cluster. Profiles are exported one after the other. When one of them cannot be\n"
                            "exported, every profile is still asked (to say each failure), but no file is\n"
                            "written and the exit code is that of the first failure.\n");
        break;
    case Command::Rotate:
        text += CliText::tr(
                    "  --name NAME          Name of the successor (default: the old name with \"(rotated DATE)\").\n"
                    "  --expires SPAN       The successor's lifetime: 90d, 24h, 30m, 45s or never (default: "
                    "never).\n"
                    "  --delete-after DAYS  Days from revoking the old token until its deletion is due "
                    "(default %1;\n"
                    "                       7d or 7; 0: due at once).\n"
                    "The old token is read afresh, a successor with the same scopes is created, then the old\n"
                    "token is revoked, not deleted. Its deletion is scheduled on this computer, for the\n"
                    "profile (or, without --profile, for the cluster's address): 'pending --delete-due'\n"
                    "deletes it once due.\n"
                    "Standard output gets the new secret and nothing else; store it now, it is shown once.\n"
                    "When a step fails, standard error says what state each token is in. Exit code 4: the\n"
                    "rotation is done, but its deletion could not be scheduled.\n")
                    .arg(PendingDeletions::DefaultGraceDays);
        break;
    case Command::Pending:
        text +=
            CliText::tr("The deletions 'rotate' scheduled on this computer for the profile (or, without --profile,\n"
                        "for the cluster's address): token IDs and dates, never a name or a secret. Listing them\n"
                        "needs no API token; with one at hand, each token's name is asked of the cluster (one\n"
                        "request per token, at most %1). Standard output: one line per token, ID<TAB>name (empty\n"
                        "when not known)<TAB>due date (UTC)<TAB>due, not due, or not revoked (a rotation in\n"
                        "TokenDesk stopped before revoking it: never deleted from here), soonest first.\n"
                        "  --delete-due         Delete the tokens whose deletion is due, and take them off the\n"
                        "                       schedule (a token already gone is taken off too). Asks for a\n"
                        "                       typed 'yes' first. Output as for 'delete'.\n"
                        "  --yes                Do not ask (required when standard input is not a terminal).\n"
                        "The token this command runs with is never deleted.\n")
                .arg(Runner::MaxPendingNameLookups);
        break;
    case Command::Views:
        text += CliText::tr(
            "The audit views 'list --view' and 'report --view' take: first the built-in ones, then, with\n"
            "--profile, the views saved in TokenDesk for that profile (on this computer). Standard output:\n"
            "one line per view, NAME<TAB>built-in or saved<TAB>what it selects (a saved view's filters as\n"
            "key=value words). Reads this computer's settings only: no cluster, no API token.\n"
            "  --json               A JSON array instead.\n");
        break;
    case Command::Report:
        text += filterHelp();
        text += viewHelp();
        text += CliText::tr("Every selected token's details are loaded first (tokens whose details do not load are\n"
                            "counted as such). Then: how many were last used today, within 7 / 30 / 90 / 180 days,\n"
                            "earlier or never; how many carry each scope; the owners with the most tokens; how many\n"
                            "(not revoked) expire in each of the next 13 weeks.\n"
                            "  --json               The numbers as JSON (the same as the desktop app's report).\n");
        break;
    case Command::Compare:
        text +=
            CliText::tr("EARLIER.csv is a CSV that TokenDesk or tokendesk-cli exported earlier (either preset, any\n"
                        "columns as long as ID is among them). The current list (filters as for 'list') is read,\n"
                        "every token's details are loaded, and the tokens are compared by ID: new, gone, and\n"
                        "changed owner, scopes, state or expiry (what the file holds of them).\n");
        text += filterHelp();
        text += CliText::tr("Output:\n"
                            "  --json               The changes as JSON.\n"
                            "  -o, --output FILE    The changes as CSV (Change, Name, ID, What changed), written\n"
                            "                       atomically; '-' for standard output.\n"
                            "Standard output, without --json or -o: one line per change, new / gone / changed<TAB>\n"
                            "ID<TAB>name<TAB>what changed. Standard error: the counts. Exit code 2 also when the\n"
                            "details of some tokens did not load (they are counted as not compared).\n");
        break;
    case Command::None:
        break;
    }
    text += QLatin1Char('\n') + connectionHelp() + QLatin1Char('\n') + exitHelp();
    return text;
}

std::optional<Duration> parseExpiry(const QString &text, bool *never, QString *errorText)
{
    *never = false;
    if (text.trimmed().compare(QLatin1String("never"), Qt::CaseInsensitive) == 0) {
        *never = true;
        return std::nullopt;
    }
    char unit = 0;
    const std::optional<qint64> value = parseRelative(text, &unit);
    if (!value || *value <= 0) {
        *errorText = CliText::tr("--expires wants a positive span like 90d, 24h, 30m, 45s, or 'never'.");
        return std::nullopt;
    }
    Duration d;
    d.value = *value;
    switch (unit) {
    case 'd':
        d.unit = DurationUnit::Days;
        break;
    case 'h':
        d.unit = DurationUnit::Hours;
        break;
    case 'm':
        d.unit = DurationUnit::Minutes;
        break;
    default:
        d.unit = DurationUnit::Seconds;
        break;
    }
    return d;
}

std::optional<qint64> parseTimePoint(const QString &input, qint64 nowMs, QString *errorText)
{
    const QString text = input.trimmed();
    char unit = 0;
    if (const std::optional<qint64> value = parseRelative(text, &unit)) {
        qint64 factor = TimeUnits::MsPerSecond;
        switch (unit) {
        case 'd':
            factor = TimeUnits::MsPerDay;
            break;
        case 'h':
            factor = TimeUnits::MsPerHour;
            break;
        case 'm':
            factor = TimeUnits::MsPerMinute;
            break;
        default:
            break;
        }
        return nowMs - *value * factor;
    }
    static const QRegularExpression epoch(QStringLiteral("^\\d{10,15}$"));
    if (epoch.match(text).hasMatch())
        return text.toLongLong();
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(text, Qt::ISODate);
    if (dt.isValid()) {
        // A date or time without an offset is taken as UTC (never the machine's zone).
        if (dt.timeSpec() == Qt::LocalTime)
            dt.setTimeSpec(Qt::UTC);
        return dt.toMSecsSinceEpoch();
    }
    *errorText = CliText::tr("\u201C%1\u201D is not a time: use ISO 8601 (2026-01-31 or 2026-01-31T12:00:00Z) "
                             "or a relative span like 90d, 12h, 30m.")
                     .arg(text.left(40));
    return std::nullopt;
}

QStringList optionNames(Command command)
{
    QStringList names;
    for (const OptionDef &def : optionDefs()) {
        if (appliesTo(def, command))
            names << QLatin1String(def.name);
    }
    return names;
}

namespace {

// The usage error of a failed QCommandLineParser::parse(), in the CLI's own (translated) words.
ParseResult parserError(const QCommandLineParser &parser, const QStringList &arguments, Command command)
{
    const QStringList unknown = parser.unknownOptionNames();
    if (!unknown.isEmpty()) {
        const QString name = unknown.front();
        const OptionDef *def = findOption(name);
        if (!def) {
            const QString spelled = (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
            return error(command, CliText::tr("unknown option '%1'.").arg(spelled.left(40)));
        }
        const QString longName = QLatin1String(def->name);
        return error(command,
                     command == Command::None
                         ? CliText::tr("option '--%1' needs a command.").arg(longName)
                         : CliText::tr("option '--%1' does not apply to '%2'.").arg(longName, commandName(command)));
    }
    // Otherwise a switch was given a value (--demo=x), or a value option came last without one.
    for (const QString &arg : arguments) {
        if (arg == QLatin1String("--"))
            break;
        if (!arg.startsWith(QLatin1String("--")) || !arg.contains(QLatin1Char('=')))
            continue;
        const QString name = arg.mid(2).section(QLatin1Char('='), 0, 0);
        if (const OptionDef *def = findOption(name); def && !def->takesValue)
            return error(command, CliText::tr("option '--%1' takes no value.").arg(QLatin1String(def->name)));
    }
    if (!arguments.isEmpty()) {
        const QString last = arguments.back();
        const QString name = last.startsWith(QLatin1String("--")) ? last.mid(2) : last.right(1);
        if (const OptionDef *def = findOption(name); def && def->takesValue)
            return error(command, CliText::tr("option '--%1' needs a value.").arg(QLatin1String(def->name)));
    }
    return error(command, parser.errorText());
}

// Repeated and comma-separated values, trimmed, each once, in the order given.
QStringList collectList(const QStringList &values)
{
    QStringList list;
    for (const QString &value : values) {
        for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!list.contains(part.trimmed()))
                list.append(part.trimmed());
        }
    }
    return list;
}

} // namespace

ParseResult parseArguments(const QStringList &arguments, qint64 nowMs)
{
    // Never echo or keep a secret that was put on the command line by mistake: a new-format secret
    // anywhere (detection, any case, inside any argument: tokenformat.h), and an old-format secret
    // where a bare word goes (the command and the token id: an id is never 20 or 21 letters and
    // digits, while option values such as names may be).
    const QString refusal =
        CliText::tr("an argument contains a token secret. Secrets are never accepted on the command "
                    "line (they end up in shell history and process lists): use 'lookup' with "
                    "the secret on standard input, and TOKENDESK_API_TOKEN for the API token. "
                    "Consider this secret exposed and rotate it.");
    for (const QString &arg : arguments) {
        if (TokenFormat::containsSecret(arg))
            return error(Command::None, refusal);
    }
    // The bare words, whatever the command: parsed with every option known, so that the value of any
    // option (of this command or another) is skipped and everything else is checked.
    QCommandLineParser words;
    addOptions(words, std::nullopt);
    words.parse(withProgram(arguments));
    const QStringList bareWords = words.positionalArguments();
    for (const QString &word : bareWords) {
        if (TokenFormat::isOldSecret(word.trimmed()))
            return error(Command::None, refusal);
    }

    // The command is the first bare word; then the command line is parsed again with only the
    // options of that command (and the global ones), so an option of another command is an error
    // that points at this command's help.
    Invocation inv;
    if (!bareWords.isEmpty()) {
        if (const auto c = commandFromName(bareWords.front()))
            inv.command = *c;
    }
    QCommandLineParser parser;
    addOptions(parser, inv.command == Command::None ? std::optional<Command>(Command::None) : inv.command);
    if (!parser.parse(withProgram(arguments)))
        return parserError(parser, arguments, inv.command);
    // Only the options the parser was given may be asked for (others are not set, by definition).
    const auto known = [&inv](const char *name) {
        return appliesTo(*findOption(QString::fromLatin1(name)), inv.command);
    };
    const auto isSet = [&](const char *name) { return known(name) && parser.isSet(QLatin1String(name)); };
    const auto values = [&](const char *name) {
        return isSet(name) ? parser.values(QLatin1String(name)) : QStringList();
    };
    const auto optional = [&](const char *name) -> std::optional<QString> {
        if (!isSet(name))
            return std::nullopt;
        return parser.value(QLatin1String(name));
    };
    const auto value = [&](const char *name) { return optional(name).value_or(QString()); };

    inv.verbose = isSet("verbose");
    ParseResult result;
    if (isSet("help")) {
        result.status = ParseResult::Status::Help;
        result.invocation = inv;
        result.text = inv.command == Command::None ? generalHelp() : commandHelp(inv.command);
        return result;
    }
    if (isSet("version")) {
        result.status = ParseResult::Status::Version;
        result.invocation = inv;
        return result;
    }
    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return error(Command::None, CliText::tr("no command given."));
    if (inv.command == Command::None)
        return error(Command::None, CliText::tr("unknown command '%1'.").arg(positional.front().left(40)));
    positional.removeFirst();

    const Command cmd = inv.command;
    // update with --add-scope / --remove-scope works on several tokens, like revoke
    const bool scopeChange = cmd == Command::Update && (isSet("add-scope") || isSet("remove-scope"));
    const bool takesId = cmd == Command::Get || (cmd == Command::Update && !scopeChange) || cmd == Command::Rotate;
    const bool takesIds = cmd == Command::Revoke || cmd == Command::Delete || scopeChange;
    if (cmd == Command::Update && !scopeChange) {
        for (const char *name : {"user", "permission", "from", "to", "limit", "yes"}) {
            if (isSet(name)) {
                return error(cmd, CliText::tr("--%1 goes with --add-scope or --remove-scope (several tokens).")
                                      .arg(QLatin1String(name)));
            }
        }
    }
    if (takesId) {
        if (positional.size() != 1)
            return error(cmd, positional.isEmpty() ? CliText::tr("the token ID is missing.")
                                                   : CliText::tr("exactly one token ID is expected."));
        inv.id = positional.front().trimmed();
        if (inv.id.isEmpty())
            return error(cmd, CliText::tr("the token ID is empty."));
    } else if (takesIds) {
        // IDs, or filters that select the tokens: never both, never neither (no filter would select
        // every token).
        const bool filtered = isSet("user") || isSet("permission") || isSet("from") || isSet("to");
        if (!positional.isEmpty() && (filtered || isSet("limit")))
            return error(cmd, CliText::tr("give token IDs or filters, not both."));
        if (positional.isEmpty() && !filtered) {
            return error(cmd, isSet("limit") ? CliText::tr("--limit alone selects no tokens: add --user, "
                                                           "--permission, --from or --to.")
                                             : CliText::tr("the token ID is missing (or give filters that "
                                                           "select the tokens)."));
        }
        for (const QString &word : std::as_const(positional)) {
            const QString id = word.trimmed();
            if (id.isEmpty())
                return error(cmd, CliText::tr("the token ID is empty."));
            if (!inv.ids.contains(id))
                inv.ids.append(id);
        }
        inv.selectByFilter = filtered;
        if (inv.ids.size() == 1)
            inv.id = inv.ids.front();
    } else if (cmd == Command::Compare) {
        if (positional.size() != 1)
            return error(cmd, positional.isEmpty() ? CliText::tr("the earlier export's file name is missing.")
                                                   : CliText::tr("exactly one earlier export is expected."));
        inv.earlierFile = positional.front();
    } else if (!positional.isEmpty()) {
        return error(
            cmd, CliText::tr("'%1' takes no arguments (got '%2').").arg(commandName(cmd), positional.front().left(40)));
    }

    // Connection
    inv.url = value("url");
    inv.profile = value("profile");
    inv.demo = isSet("demo");
    inv.caFile = value("ca-file");
    inv.allowInsecureHttp = isSet("allow-insecure-http");
    inv.allProfiles = isSet("all-profiles");
    if (const auto named = optional("profiles")) {
        inv.profiles = collectList({*named});
        if (inv.profiles.isEmpty())
            return error(cmd, CliText::tr("--profiles wants profile names, separated by commas."));
    }
    const bool several = overProfiles(inv);
    const int sources = int(inv.demo) + int(!inv.url.isEmpty()) + int(!inv.profile.isEmpty()) + int(inv.allProfiles) +
                        int(!inv.profiles.isEmpty());
    if (sources > 1) {
        return error(cmd, several ? CliText::tr("use one of --url, --profile, --profiles, --all-profiles and --demo.")
                                  : CliText::tr("use one of --url, --profile and --demo, not both."));
    }
    // Each profile is asked with its own connection settings; one CA file or choice for all would
    // be wrong for all but one of them.
    if (several && (!inv.caFile.isEmpty() || inv.allowInsecureHttp))
        return error(cmd, CliText::tr("--ca-file and --allow-insecure-http do not go with several profiles: each "
                                      "profile's own settings are used."));
    if (sources == 0 && cmd != Command::Views) { // views: the built-in ones need no cluster
        return error(cmd, CliText::tr("no cluster given: use --url URL (with TOKENDESK_API_TOKEN set), "
                                      "--profile NAME, or --demo."));
    }
    if (const auto demoTokens = optional("demo-tokens")) {
        bool ok = false;
        inv.demoTokens = demoTokens->toInt(&ok);
        if (!ok || inv.demoTokens < 1 || inv.demoTokens > DemoTokens::Max)
            return error(cmd, CliText::tr("--demo-tokens wants a number from 1 to %1.").arg(DemoTokens::Max));
    }
    if (const auto timeout = optional("timeout")) {
        bool ok = false;
        const int seconds = timeout->toInt(&ok);
        if (!ok || seconds < 1 || seconds > 3600)
            return error(cmd, CliText::tr("--timeout wants seconds from 1 to 3600."));
        inv.timeoutMs = seconds * TimeUnits::MsPerSecond;
    }

    // Filters (list and export: the parser has taken them for no other command)
    inv.query.user = optional("user");
    inv.query.permissions = collectList(values("permission"));
    QString problem;
    if (const auto from = optional("from")) {
        inv.query.fromMs = parseTimePoint(*from, nowMs, &problem);
        if (!inv.query.fromMs)
            return error(cmd, QStringLiteral("--from: ") + problem);
    }
    if (const auto to = optional("to")) {
        inv.query.toMs = parseTimePoint(*to, nowMs, &problem);
        if (!inv.query.toMs)
            return error(cmd, QStringLiteral("--to: ") + problem);
    }
    if (inv.query.fromMs && inv.query.toMs && *inv.query.fromMs > *inv.query.toMs)
        return error(cmd, CliText::tr("--from is after --to."));
    if (const auto limitText = optional("limit")) {
        bool ok = false;
        const int limit = limitText->toInt(&ok);
        if (!ok || limit < 1 || limit > ListQuery::MaxLimit)
            return error(cmd, CliText::tr("--limit wants a number from 1 to %1.").arg(ListQuery::MaxLimit));
        inv.query.limit = limit;
    }
    if (const auto viewKey = optional("view")) {
        inv.view = AuditViews::fromKey(viewKey->trimmed());
        if (!inv.view && !inv.profile.isEmpty() && !viewKey->trimmed().isEmpty()) {
            // Perhaps a view saved for the profile: the runner reads the settings.
            inv.savedView = viewKey->trimmed();
        } else if (!inv.view) {
            QStringList keys;
            for (AuditView view : AuditViews::all())
                keys.append(AuditViews::key(view));
            return error(cmd, CliText::tr("--view: no audit view \u201C%1\u201D; the views are %2 (views saved in "
                                          "TokenDesk need --profile).")
                                  .arg(viewKey->left(40), keys.join(QStringLiteral(", "))));
        }
    }
    inv.details = isSet("details");
    inv.json = isSet("json");
    inv.yes = isSet("yes");
    inv.deleteDue = isSet("delete-due");
    inv.name = optional("name");

    // create
    if (cmd == Command::Create) {
        if (!inv.name || inv.name->trimmed().isEmpty())
            return error(cmd, CliText::tr("--name is required."));
        inv.scopes = collectList(values("scope"));
        if (inv.scopes.isEmpty())
            return error(cmd, CliText::tr("at least one --scope is required."));
        if (const auto expires = optional("expires")) {
            bool never = false;
            inv.expiresIn = parseExpiry(*expires, &never, &problem);
            if (!inv.expiresIn && !never)
                return error(cmd, problem);
        }
    }

    // rotate
    if (cmd == Command::Rotate) {
        if (inv.name && inv.name->trimmed().isEmpty())
            return error(cmd, CliText::tr("--name is empty (leave it out for the default name)."));
        if (const auto expires = optional("expires")) {
            bool never = false;
            inv.expiresIn = parseExpiry(*expires, &never, &problem);
            if (!inv.expiresIn && !never)
                return error(cmd, problem);
        }
        if (const auto days = optional("delete-after")) {
            static const QRegularExpression re(QStringLiteral("^(\\d{1,4})d?$"));
            const QRegularExpressionMatch m = re.match(days->trimmed().toLower());
            const int count = m.hasMatch() ? m.captured(1).toInt() : -1;
            if (count < 0 || count > MaxDeleteAfterDays)
                return error(
                    cmd, CliText::tr("--delete-after wants days from 0 to %1 (like 7d or 7).").arg(MaxDeleteAfterDays));
            inv.deleteAfterDays = count;
        }
    }

    // update of the scopes of several tokens
    if (scopeChange) {
        if (isSet("name") || isSet("revoke") || isSet("activate") || isSet("scopes"))
            return error(cmd, CliText::tr("--add-scope and --remove-scope go without --name, --revoke, --activate "
                                          "and --scopes."));
        inv.addScopes = collectList(values("add-scope"));
        inv.removeScopes = collectList(values("remove-scope"));
        if (inv.addScopes.isEmpty() && inv.removeScopes.isEmpty())
            return error(cmd, CliText::tr("--add-scope and --remove-scope need a scope."));
        for (const QString &scope : std::as_const(inv.addScopes)) {
            if (inv.removeScopes.contains(scope))
                return error(cmd, CliText::tr("\u201C%1\u201D is both added and removed.").arg(scope.left(80)));
        }
    }

    // update
    if (cmd == Command::Update && !scopeChange) {
        const bool revoke = isSet("revoke");
        const bool activate = isSet("activate");
        if (revoke && activate)
            return error(cmd, CliText::tr("--revoke and --activate exclude each other."));
        if (revoke)
            inv.revoked = true;
        if (activate)
            inv.revoked = false;
        const auto scopesText = optional("scopes");
        if (scopesText) {
            inv.scopes = collectList({*scopesText});
            if (inv.scopes.isEmpty())
                return error(cmd, CliText::tr("--scopes needs at least one scope (it replaces the whole set)."));
        }
        if (!inv.name && !inv.revoked && !scopesText)
            return error(cmd, CliText::tr("nothing to change: give --name, --revoke, --activate or --scopes."));
    }
    if (cmd == Command::Revoke)
        inv.revoked = true;

    if (cmd == Command::Compare) {
        if (const auto output = optional("output")) {
            if (output->isEmpty())
                return error(cmd, CliText::tr("-o wants a file name."));
            if (inv.json)
                return error(cmd, CliText::tr("--json and -o exclude each other."));
            inv.outputFile = *output; // '-' (standard output) included: it asks for CSV
        }
    }

    // export
    if (cmd == Command::Export) {
        const QString columnsText = value("columns");
        if (columnsText.isEmpty()) {
            inv.columns = TokenColumns::all();
        } else {
            const auto columns = TokenColumns::parseKeys(columnsText, &problem);
            if (!columns)
                return error(cmd, QStringLiteral("--columns: ") + problem);
            inv.columns = *columns;
        }
        CsvOptions::Preset preset = CsvOptions::Preset::Standard;
        if (const QString presetText = value("preset"); !presetText.isEmpty()) {
            const auto p = CsvOptions::presetFromName(presetText);
            if (!p)
                return error(cmd, CliText::tr("--preset is 'standard' or 'excel'."));
            preset = *p;
        }
        inv.csv = CsvOptions::fromPreset(preset);
        inv.csv.header = !isSet("no-header");
        inv.csv.formulaGuard = !isSet("no-formula-guard");
        if (const auto output = optional("output")) {
            if (output->isEmpty())
                return error(cmd, CliText::tr("-o wants a file name."));
            if (*output != QLatin1String("-")) // the usual spelling of standard output
                inv.outputFile = *output;
        }
    }

    result.status = ParseResult::Status::Run;
    result.invocation = inv;
    return result;
}

} // namespace TokenDesk::Cli
