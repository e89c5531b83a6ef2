#include "clioptions.h"

#include "api/tokenformat.h"

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
    {Command::List, "list", "list [filters] [--details] [--json]",
     QT_TRANSLATE_NOOP("TokenDesk::Cli::CliText", "List tokens (ID and name; --details adds metadata).")},
    {Command::Get, "get", "get ID [--json]",
     QT_TRANSLATE_NOOP("TokenDesk::Cli::CliText", "Show the metadata of one token.")},
    {Command::Lookup, "lookup", "lookup [--json]  (secret on stdin, or prompted without echo)",
     QT_TRANSLATE_NOOP("TokenDesk::Cli::CliText", "Find the token a secret belongs to.")},
    {Command::Create, "create", "create --name NAME --scope SCOPE... [--expires 90d|24h|never]",
     QT_TRANSLATE_NOOP("TokenDesk::Cli::CliText", "Create a token; prints only its secret on stdout, once.")},
    {Command::Update, "update", "update ID [--name NAME] [--revoke|--activate] [--scopes A,B]",
     QT_TRANSLATE_NOOP("TokenDesk::Cli::CliText",
                       "Rename, revoke, re-activate or re-scope a token (scopes replace the whole set).")},
    {Command::Revoke, "revoke", "revoke ID",
     QT_TRANSLATE_NOOP("TokenDesk::Cli::CliText", "Revoke a token (it stays listed, but can no longer be used).")},
    {Command::Delete, "delete", "delete ID [--yes]",
     QT_TRANSLATE_NOOP("TokenDesk::Cli::CliText", "Delete a token for good (asks unless --yes).")},
    {Command::Export, "export", "export [filters] [--columns K,..] [--preset standard|excel] [-o FILE]",
     QT_TRANSLATE_NOOP("TokenDesk::Cli::CliText", "Export tokens with their metadata to CSV (stdout or a file).")},
};

QString connectionHelp()
{
    return CliText::tr(
        "Connection:\n"
        "  --url URL            Cluster address (https://host or https://host/api/cluster/v2).\n"
        "                       The API token is read from the environment variable TOKENDESK_API_TOKEN;\n"
        "                       it is never accepted as an argument.\n"
        "  --profile NAME       Use a connection profile saved by TokenDesk (URL, CA file,\n"
        "                       pinned certificate, timeout) and its API token from the\n"
        "                       system keyring (TOKENDESK_API_TOKEN, when set, wins).\n"
        "  --demo               Use an in-process demo cluster (seeded tokens, its admin token).\n"
        "  --demo-tokens N      Number of seeded demo tokens (default 200).\n"
        "  --ca-file FILE       Extra CA certificates (PEM) to trust.\n"
        "  --allow-insecure-http\n"
        "                       Allow plain http:// to a host other than this computer: the API\n"
        "                       token then travels in clear. Without it (or the profile's saved\n"
        "                       choice) such an address is refused before anything is sent.\n"
        "  --timeout SECONDS    Per-request timeout (default 30).\n"
        "  -v, --verbose        Log requests and errors of the API client on stderr (secrets redacted).\n"
        "  -h, --help           Show help.\n"
        "  -V, --version        Show the version.\n");
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
                       "  --limit N            At most N tokens (1..1000000; the server's default "
                       "is 1000).\n");
}

QString exitHelp()
{
    return CliText::tr("Exit codes: 0 ok, 1 usage, 2 API error, 3 network or TLS error, 4 export file not written.\n") +
           CliText::tr("A request the cluster rate-limits (HTTP 429, not carried out) is sent again when the limit\n"
                       "resets: at most 3 times, and at most 2 minutes of waiting in all. Nothing else is retried.\n");
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

// Options that take a value; everything else is a switch.
struct OptionSpec
{
    const char *name;
    bool takesValue;
    QList<Command> commands; // empty = every command
};

const QList<OptionSpec> &optionSpecs()
{
    static const QList<OptionSpec> specs = {
        {"url", true, {}},
        {"profile", true, {}},
        {"demo", false, {}},
        {"demo-tokens", true, {}},
        {"ca-file", true, {}},
        {"allow-insecure-http", false, {}},
        {"timeout", true, {}},
        {"help", false, {}},
        {"verbose", false, {}},
        {"user", true, {Command::List, Command::Export}},
        {"permission", true, {Command::List, Command::Export}},
        {"from", true, {Command::List, Command::Export}},
        {"to", true, {Command::List, Command::Export}},
        {"limit", true, {Command::List, Command::Export}},
        {"details", false, {Command::List}},
        {"json", false, {Command::List, Command::Get, Command::Lookup}},
        {"name", true, {Command::Create, Command::Update}},
        {"scope", true, {Command::Create}},
        {"expires", true, {Command::Create}},
        {"revoke", false, {Command::Update}},
        {"activate", false, {Command::Update}},
        {"scopes", true, {Command::Update}},
        {"yes", false, {Command::Delete}},
        {"columns", true, {Command::Export}},
        {"preset", true, {Command::Export}},
        {"no-header", false, {Command::Export}},
        {"no-formula-guard", false, {Command::Export}},
        {"output", true, {Command::Export}},
    };
    return specs;
}

const OptionSpec *findOption(QStringView name)
{
    for (const OptionSpec &spec : optionSpecs()) {
        if (name == QLatin1String(spec.name))
            return &spec;
    }
    return nullptr;
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
        break;
    case Command::Revoke:
        break;
    case Command::Delete:
        text += CliText::tr("  --yes                Do not ask (required when standard input is not a terminal).\n"
                            "Dynatrace recommends revoking first and deleting about a week later.\n");
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
        qint64 factor = 1000;
        switch (unit) {
        case 'd':
            factor = 86400000;
            break;
        case 'h':
            factor = 3600000;
            break;
        case 'm':
            factor = 60000;
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

ParseResult parseArguments(const QStringList &arguments, qint64 nowMs)
{
    Invocation inv;
    QStringList positional;
    QStringList permissionList;
    QStringList scopeList;
    QString columnsText;
    QString presetText;
    bool help = false;
    bool revoke = false;
    bool activate = false;
    std::optional<QString> scopesText;
    std::optional<QString> expiresText;
    std::optional<QString> fromText;
    std::optional<QString> toText;
    std::optional<QString> limitText;
    std::optional<QString> timeoutText;
    std::optional<QString> demoTokensText;
    bool noHeader = false;
    bool noGuard = false;

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
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        const bool bareWord = !arg.startsWith(QLatin1Char('-')) || arg == QLatin1String("-");
        if (arg == QLatin1String("--")) {
            for (++i; i < arguments.size(); ++i) {
                if (TokenFormat::isOldSecret(arguments.at(i).trimmed()))
                    return error(Command::None, refusal);
            }
            break;
        }
        if (bareWord) {
            if (TokenFormat::isOldSecret(arg.trimmed()))
                return error(Command::None, refusal);
            continue;
        }
        if (arg == QLatin1String("-o")) {
            ++i; // its value: a file name may be any word
            continue;
        }
        if (!arg.startsWith(QLatin1String("--")) || arg.contains(QLatin1Char('=')))
            continue;
        if (const OptionSpec *spec = findOption(arg.mid(2)); spec && spec->takesValue)
            ++i; // its value: a name, a user or a file name may be any word
    }

    // Find the command first (the first bare word, skipping option values), so that option errors
    // can point at its help.
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--"))
            break;
        if (arg.startsWith(QLatin1Char('-')) && arg != QLatin1String("-")) {
            const QString name = arg == QLatin1String("-o") ? QStringLiteral("output") : arg.mid(2);
            if (const OptionSpec *spec = findOption(name); spec && spec->takesValue)
                ++i;
            continue;
        }
        if (const auto c = commandFromName(arg))
            inv.command = *c;
        break;
    }

    for (int i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--")) {
            for (++i; i < arguments.size(); ++i)
                positional.append(arguments.at(i));
            break;
        }
        if (!arg.startsWith(QLatin1Char('-')) || arg == QLatin1String("-")) {
            positional.append(arg);
            continue;
        }
        QString name;
        std::optional<QString> inlineValue;
        if (arg == QLatin1String("-h")) {
            name = QStringLiteral("help");
        } else if (arg == QLatin1String("-v")) {
            name = QStringLiteral("verbose");
        } else if (arg == QLatin1String("-o")) {
            name = QStringLiteral("output");
        } else if (arg.startsWith(QLatin1String("--"))) {
            name = arg.mid(2);
            const qsizetype eq = name.indexOf(QLatin1Char('='));
            if (eq >= 0) {
                inlineValue = name.mid(eq + 1);
                name = name.left(eq);
            }
        } else {
            return error(inv.command, CliText::tr("unknown option '%1'.").arg(arg.left(40)));
        }
        const OptionSpec *spec = findOption(name);
        if (!spec)
            return error(inv.command, CliText::tr("unknown option '--%1'.").arg(name.left(40)));
        if (!spec->commands.isEmpty() && !spec->commands.contains(inv.command)) {
            return error(
                inv.command,
                inv.command == Command::None
                    ? CliText::tr("option '--%1' needs a command.").arg(name)
                    : CliText::tr("option '--%1' does not apply to '%2'.").arg(name, commandName(inv.command)));
        }
        QString value;
        if (spec->takesValue) {
            if (inlineValue) {
                value = *inlineValue;
            } else if (i + 1 < arguments.size()) {
                value = arguments.at(++i);
            } else {
                return error(inv.command, CliText::tr("option '--%1' needs a value.").arg(name));
            }
        } else if (inlineValue) {
            return error(inv.command, CliText::tr("option '--%1' takes no value.").arg(name));
        }

        if (name == QLatin1String("help"))
            help = true;
        else if (name == QLatin1String("verbose"))
            inv.verbose = true;
        else if (name == QLatin1String("url"))
            inv.url = value;
        else if (name == QLatin1String("profile"))
            inv.profile = value;
        else if (name == QLatin1String("demo"))
            inv.demo = true;
        else if (name == QLatin1String("demo-tokens"))
            demoTokensText = value;
        else if (name == QLatin1String("ca-file"))
            inv.caFile = value;
        else if (name == QLatin1String("allow-insecure-http"))
            inv.allowInsecureHttp = true;
        else if (name == QLatin1String("timeout"))
            timeoutText = value;
        else if (name == QLatin1String("user"))
            inv.query.user = value;
        else if (name == QLatin1String("permission"))
            permissionList.append(value);
        else if (name == QLatin1String("from"))
            fromText = value;
        else if (name == QLatin1String("to"))
            toText = value;
        else if (name == QLatin1String("limit"))
            limitText = value;
        else if (name == QLatin1String("details"))
            inv.details = true;
        else if (name == QLatin1String("json"))
            inv.json = true;
        else if (name == QLatin1String("name"))
            inv.name = value;
        else if (name == QLatin1String("scope"))
            scopeList.append(value);
        else if (name == QLatin1String("expires"))
            expiresText = value;
        else if (name == QLatin1String("revoke"))
            revoke = true;
        else if (name == QLatin1String("activate"))
            activate = true;
        else if (name == QLatin1String("scopes"))
            scopesText = value;
        else if (name == QLatin1String("yes"))
            inv.yes = true;
        else if (name == QLatin1String("columns"))
            columnsText = value;
        else if (name == QLatin1String("preset"))
            presetText = value;
        else if (name == QLatin1String("no-header"))
            noHeader = true;
        else if (name == QLatin1String("no-formula-guard"))
            noGuard = true;
        else if (name == QLatin1String("output"))
            inv.outputFile = value;
    }

    ParseResult result;
    if (help) {
        result.status = ParseResult::Status::Help;
        result.invocation = inv;
        result.text = inv.command == Command::None ? generalHelp() : commandHelp(inv.command);
        return result;
    }
    if (positional.isEmpty())
        return error(Command::None, CliText::tr("no command given."));
    if (inv.command == Command::None)
        return error(Command::None, CliText::tr("unknown command '%1'.").arg(positional.front().left(40)));
    positional.removeFirst();

    const Command cmd = inv.command;
    const bool takesId =
        cmd == Command::Get || cmd == Command::Update || cmd == Command::Revoke || cmd == Command::Delete;
    if (takesId) {
        if (positional.size() != 1)
            return error(cmd, positional.isEmpty() ? CliText::tr("the token ID is missing.")
                                                   : CliText::tr("exactly one token ID is expected."));
        inv.id = positional.front().trimmed();
        if (inv.id.isEmpty())
            return error(cmd, CliText::tr("the token ID is empty."));
    } else if (!positional.isEmpty()) {
        return error(
            cmd, CliText::tr("'%1' takes no arguments (got '%2').").arg(commandName(cmd), positional.front().left(40)));
    }

    // Connection
    const int sources = int(inv.demo) + int(!inv.url.isEmpty()) + int(!inv.profile.isEmpty());
    if (sources > 1)
        return error(cmd, CliText::tr("use one of --url, --profile and --demo, not both."));
    if (sources == 0) {
        return error(cmd, CliText::tr("no cluster given: use --url URL (with TOKENDESK_API_TOKEN set), "
                                      "--profile NAME, or --demo."));
    }
    if (demoTokensText) {
        bool ok = false;
        inv.demoTokens = demoTokensText->toInt(&ok);
        if (!ok || inv.demoTokens < 1 || inv.demoTokens > 1000000)
            return error(cmd, CliText::tr("--demo-tokens wants a number from 1 to 1000000."));
    }
    if (timeoutText) {
        bool ok = false;
        const int seconds = timeoutText->toInt(&ok);
        if (!ok || seconds < 1 || seconds > 3600)
            return error(cmd, CliText::tr("--timeout wants seconds from 1 to 3600."));
        inv.timeoutMs = seconds * 1000;
    }

    // Filters
    for (const QString &p : permissionList) {
        for (const QString &s : p.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!inv.query.permissions.contains(s.trimmed()))
                inv.query.permissions.append(s.trimmed());
        }
    }
    QString problem;
    if (fromText) {
        inv.query.fromMs = parseTimePoint(*fromText, nowMs, &problem);
        if (!inv.query.fromMs)
            return error(cmd, QStringLiteral("--from: ") + problem);
    }
    if (toText) {
        inv.query.toMs = parseTimePoint(*toText, nowMs, &problem);
        if (!inv.query.toMs)
            return error(cmd, QStringLiteral("--to: ") + problem);
    }
    if (inv.query.fromMs && inv.query.toMs && *inv.query.fromMs > *inv.query.toMs)
        return error(cmd, CliText::tr("--from is after --to."));
    if (limitText) {
        bool ok = false;
        const int limit = limitText->toInt(&ok);
        if (!ok || limit < 1 || limit > ListQuery::MaxLimit)
            return error(cmd, CliText::tr("--limit wants a number from 1 to %1.").arg(ListQuery::MaxLimit));
        inv.query.limit = limit;
    }

    // create
    if (cmd == Command::Create) {
        if (!inv.name || inv.name->trimmed().isEmpty())
            return error(cmd, CliText::tr("--name is required."));
        for (const QString &s : scopeList) {
            for (const QString &part : s.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                if (!inv.scopes.contains(part.trimmed()))
                    inv.scopes.append(part.trimmed());
            }
        }
        if (inv.scopes.isEmpty())
            return error(cmd, CliText::tr("at least one --scope is required."));
        if (expiresText) {
            bool never = false;
            inv.expiresIn = parseExpiry(*expiresText, &never, &problem);
            if (!inv.expiresIn && !never)
                return error(cmd, problem);
        }
    }

    // update
    if (cmd == Command::Update) {
        if (revoke && activate)
            return error(cmd, CliText::tr("--revoke and --activate exclude each other."));
        if (revoke)
            inv.revoked = true;
        if (activate)
            inv.revoked = false;
        if (scopesText) {
            for (const QString &part : scopesText->split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                if (!inv.scopes.contains(part.trimmed()))
                    inv.scopes.append(part.trimmed());
            }
            if (inv.scopes.isEmpty())
                return error(cmd, CliText::tr("--scopes needs at least one scope (it replaces the whole set)."));
        }
        if (!inv.name && !inv.revoked && !scopesText)
            return error(cmd, CliText::tr("nothing to change: give --name, --revoke, --activate or --scopes."));
    }
    if (cmd == Command::Revoke)
        inv.revoked = true;

    // export
    if (cmd == Command::Export) {
        if (columnsText.isEmpty()) {
            inv.columns = TokenColumns::all();
        } else {
            const auto columns = TokenColumns::parseKeys(columnsText, &problem);
            if (!columns)
                return error(cmd, QStringLiteral("--columns: ") + problem);
            inv.columns = *columns;
        }
        CsvOptions::Preset preset = CsvOptions::Preset::Standard;
        if (!presetText.isEmpty()) {
            const auto p = CsvOptions::presetFromName(presetText);
            if (!p)
                return error(cmd, CliText::tr("--preset is 'standard' or 'excel'."));
            preset = *p;
        }
        inv.csv = CsvOptions::fromPreset(preset);
        inv.csv.header = !noHeader;
        inv.csv.formulaGuard = !noGuard;
        if (!inv.outputFile.isNull() && inv.outputFile.isEmpty())
            return error(cmd, CliText::tr("-o wants a file name."));
        if (inv.outputFile == QLatin1String("-"))
            inv.outputFile.clear(); // the usual spelling of standard output
    }

    result.status = ParseResult::Status::Run;
    result.invocation = inv;
    return result;
}

} // namespace TokenDesk::Cli
