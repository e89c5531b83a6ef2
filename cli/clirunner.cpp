// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "clirunner.h"

#include "terminal.h"

#include "api/tokeninuse.h"
#include "api/tokensservice.h"
#include "api/transportsecurity.h"
#include "audit/auditreport.h"
#include "audit/comparisonmodel.h"
#include "core/timeunits.h"
#include "csv/csvcells.h"
#include "csv/csvexportjob.h"
#include "csv/csvwriter.h"
#include "csv/tokensnapshot.h"
#include "export/modelsnapshot.h"
#include "export/profileexport.h"
#include "fakecluster.h"
#include "keychainsecretstore.h"
#include "model/tokenfilter.h"
#include "session/clustersession.h"
#include "session/profilelookup.h"
#include "settings/connectionprofile.h"
#include "settings/pendingdeletions.h"
#include "settings/settingslocation.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSettings>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <type_traits>
#include <utility>

namespace TokenDesk::Cli {

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QJsonObject toJson(const TokenMetadata &t)
{
    QJsonObject o;
    if (t.id)
        o.insert(QStringLiteral("id"), *t.id);
    if (t.name)
        o.insert(QStringLiteral("name"), *t.name);
    if (t.userId)
        o.insert(QStringLiteral("userId"), *t.userId);
    if (t.revoked)
        o.insert(QStringLiteral("revoked"), *t.revoked);
    if (t.created)
        o.insert(QStringLiteral("created"), double(*t.created));
    if (t.expires)
        o.insert(QStringLiteral("expires"), double(*t.expires));
    if (t.lastUse)
        o.insert(QStringLiteral("lastUse"), double(*t.lastUse));
    if (t.scopes)
        o.insert(QStringLiteral("scopes"), QJsonArray::fromStringList(*t.scopes));
    if (t.personalAccessToken)
        o.insert(QStringLiteral("personalAccessToken"), *t.personalAccessToken);
    return o;
}

QString orNever(const std::optional<qint64> &ms)
{
    return ms ? CsvCells::isoUtc(ms) : QStringLiteral("never");
}

// Does exporting these columns need more than what the list returns (id, name)?
bool needsDetails(const QList<TokenColumn> &columns)
{
    for (TokenColumn c : columns) {
        if (c != TokenColumn::Id && c != TokenColumn::Name)
            return true;
    }
    return false;
}

} // namespace

Runner::Runner(Invocation invocation, QString apiToken, QString lookupSecret, QObject *parent)
    : QObject(parent)
    , m_inv(std::move(invocation))
    , m_apiToken(std::move(apiToken))
    , m_lookupSecret(std::move(lookupSecret))
{
    m_clock.start();
}

Runner::~Runner()
{
    if (m_service)
        m_service->cancelAll();
}

int Runner::exitCodeFor(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Tls:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Redirect:
        return ExitNetwork;
    case ApiError::Kind::InvalidRequest:
        return ExitUsage;
    case ApiError::Kind::Http:
    case ApiError::Kind::Parse:
    case ApiError::Kind::RateLimited:
    case ApiError::Kind::Cancelled:
        return ExitApi;
    }
    return ExitApi;
}

template<class T>
void Runner::send(Sender<T> sender, Done<T> done, int retries)
{
    afterPause([this, sender, done, retries] {
        sender([this, sender, done, retries](const ApiResult<T> &result) {
            if (m_finished)
                return;
            if (!result.ok() && result.error.kind == ApiError::Kind::RateLimited &&
                pauseForRateLimit(result.error, retries + 1)) {
                return send<T>(sender, done, retries + 1);
            }
            done(result);
        });
    });
}

template<class J>
void Runner::runJob(std::function<J *()> make, std::function<void(J *)> done, int retries)
{
    afterPause([this, make, done, retries] {
        J *job = make();
        connect(job, &Job::finished, this, [this, job, make, done, retries] {
            if (m_finished)
                return;
            // A 429 means the cluster did nothing; a create that did happen is never sent again.
            bool carriedOut = false;
            if constexpr (std::is_same_v<J, CreateJob>)
                carriedOut = job->isCreated();
            if (job->outcome() == Job::Outcome::Failed && job->error().kind == ApiError::Kind::RateLimited &&
                !carriedOut && pauseForRateLimit(job->error(), retries + 1)) {
                return runJob<J>(make, done, retries + 1);
            }
            done(job);
        });
    });
}

bool Runner::pauseForRateLimit(const ApiError &error, int retry)
{
    if (retry > MaxRateLimitRetries) {
        Terminal::err(
            QStringLiteral("tokendesk-cli: ") +
            tr("still rate limited by the cluster after %n retries; giving up.\n", nullptr, MaxRateLimitRetries));
        return false;
    }
    // Until the reset the cluster names (X-RateLimit-Reset, else Retry-After), plus a little for
    // clocks that tick differently; a few seconds when it names none.
    constexpr qint64 MarginMs = 100;
    constexpr qint64 UnknownResetMs = 5000;
    qint64 untilResetMs = UnknownResetMs;
    if (error.rateLimitResetUs && *error.rateLimitResetUs > 0) {
        untilResetMs = std::clamp<qint64>(*error.rateLimitResetUs / 1000 - QDateTime::currentMSecsSinceEpoch(), 0,
                                          MaxRateLimitWaitMs + 1);
    }
    const qint64 seconds = std::max<qint64>(1, (untilResetMs + 999) / 1000); // as the user reads it
    const qint64 now = m_clock.elapsed();
    const qint64 until = now + untilResetMs + MarginMs;
    const qint64 added = std::max<qint64>(0, until - std::max(now, m_pausedUntilMs));
    if (m_waitedMs + added > MaxRateLimitWaitMs) {
        Terminal::err(QStringLiteral("tokendesk-cli: ") +
                      tr("rate limited by the cluster; waiting %1 s for the limit to reset would exceed %2 s of "
                         "waiting in all; giving up.\n")
                          .arg(seconds)
                          .arg(MaxRateLimitWaitMs / 1000));
        return false;
    }
    if (added > 0) {
        // Requests rate-limited by the same window wait in the same pause, and say so once.
        m_waitedMs += added;
        m_pausedUntilMs = until;
        Terminal::err(QStringLiteral("tokendesk-cli: ") +
                      tr("rate limited by the cluster; retrying in %1 s (%2 of %3)\n")
                          .arg(seconds)
                          .arg(retry)
                          .arg(MaxRateLimitRetries));
    }
    return true;
}

void Runner::afterPause(std::function<void()> action)
{
    const qint64 left = m_pausedUntilMs - m_clock.elapsed();
    if (left <= 0)
        return action();
    QTimer::singleShot(std::chrono::milliseconds(left), this, [this, action = std::move(action)] {
        if (!m_finished)
            afterPause(action); // a later 429 may have extended the pause meanwhile
    });
}

void Runner::fail(const ApiError &error)
{
    if (m_finished)
        return;
    Terminal::err(QStringLiteral("tokendesk-cli: ") + Terminal::printable(ApiError::redactSecrets(error.toString())) +
                  QLatin1Char('\n'));
    finish(exitCodeFor(error));
}

void Runner::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_service)
        m_service->cancelAll();
    Q_EMIT finished(exitCode);
}

bool Runner::connectService()
{
    // The command line's own connection, or the named profile's with the command line's choices
    // over it; either way ConnectionProfile::connectionSettings turns it into the settings.
    ConnectionProfile profile;
    profile.url = m_inv.url;
    if (!m_inv.profile.isEmpty()) {
        // The window's settings; never holds a secret.
        QSettings store(SettingsLocation::organization(), SettingsLocation::application());
        const std::optional<ConnectionProfile> saved = ProfileStore(&store).profile(m_inv.profile);
        if (!saved) {
            QStringList names;
            for (const ConnectionProfile &p : ProfileStore(&store).profiles())
                names.append(p.name);
            Terminal::err(QStringLiteral("tokendesk-cli: ") +
                          (names.isEmpty() ? tr("no profile named \u201C%1\u201D (no profile is saved).\n")
                                                 .arg(Terminal::printable(m_inv.profile))
                                           : tr("no profile named \u201C%1\u201D (saved profiles: %2).\n")
                                                 .arg(Terminal::printable(m_inv.profile),
                                                      Terminal::printable(names.join(QStringLiteral(", "))))));
            finish(ExitUsage);
            return false;
        }
        profile = *saved;
    }
    if (!m_inv.caFile.isEmpty())
        profile.caFile = m_inv.caFile;
    if (m_inv.timeoutMs > 0)
        profile.timeoutMs = m_inv.timeoutMs;
    profile.allowInsecureHttp = profile.allowInsecureHttp || m_inv.allowInsecureHttp;
    if (m_inv.demo) {
        m_fake = std::make_unique<Fake::FakeCluster>();
        Fake::SeedOptions seed;
        seed.tokens = m_inv.demoTokens;
        if (!m_fake->start(Fake::ServerOptions{}, seed)) {
            Terminal::err(QStringLiteral("tokendesk-cli: ") +
                          tr("the demo cluster did not start: %1").arg(m_fake->errorString()) + QLatin1Char('\n'));
            finish(ExitNetwork);
            return false;
        }
        profile.url = m_fake->baseUrl();
        m_apiToken = m_fake->adminToken().secret;
    }
    QString urlError;
    const ConnectionSettings settings = profile.connectionSettings(m_apiToken, &urlError);
    if (!settings.baseUrl.isValid()) {
        Terminal::err(QStringLiteral("tokendesk-cli: --url: ") + Terminal::printable(urlError) + QLatin1Char('\n'));
        finish(ExitUsage);
        return false;
    }
    if (!Transport::maySendToken(settings.baseUrl, settings.allowInsecureHttp)) {
        // Before any connection: not even a handshake leaves this machine.
        Terminal::err(QStringLiteral("tokendesk-cli: ") +
                      Terminal::printable(Transport::cleartextRefusal(settings.baseUrl)) +
                      QStringLiteral("\ntokendesk-cli: ") + tr("pass --allow-insecure-http to send it anyway.\n"));
        finish(ExitUsage);
        return false;
    }
    m_settings = settings;
    m_service = session()->service();
    return true;
}

void Runner::start()
{
    if (m_inv.command == Command::Pending && !m_inv.deleteDue)
        return runPendingList();
    if (m_inv.command == Command::Views)
        return runViews();
    if (m_inv.command == Command::Lookup && overProfiles(m_inv))
        return runLookupAcrossProfiles();
    if (m_inv.command == Command::Export && overProfiles(m_inv))
        return runExportAcrossProfiles();
    if (!m_inv.savedView.isEmpty() && !m_savedView && !resolveSavedView())
        return;
    if (m_apiToken.isEmpty() && !m_inv.profile.isEmpty() && !m_inv.demo) {
        QSettings store(SettingsLocation::organization(), SettingsLocation::application());
        const std::optional<ConnectionProfile> profile = ProfileStore(&store).profile(m_inv.profile);
        if (profile && !profile->storedTokenMatchesAddress()) {
            // The stored token was entered for another server: it is never sent anywhere else.
            Terminal::err(
                QStringLiteral("tokendesk-cli: ") +
                tr("the API token stored for profile \u201C%1\u201D was entered for %2, but the profile now points "
                   "to %3; enter the token again in TokenDesk's Connections, or set TOKENDESK_API_TOKEN.\n")
                    .arg(Terminal::printable(m_inv.profile), Terminal::printable(profile->storedTokenDestination()),
                         Terminal::printable(Transport::destinationOf(profile->url))));
            finish(ExitUsage);
            return;
        }
        // The GUI keeps each profile's token in the system keyring under the profile's name.
        auto *keyring = new KeychainSecretStore(this);
        keyring->read(m_inv.profile, this, [this, keyring](bool ok, const QString &secret, const QString &why) {
            keyring->deleteLater();
            if (!ok || secret.isEmpty()) {
                Terminal::err(QStringLiteral("tokendesk-cli: ") +
                              tr("no API token for profile \u201C%1\u201D in the system keyring (%2); set "
                                 "TOKENDESK_API_TOKEN instead.\n")
                                  .arg(Terminal::printable(m_inv.profile), Terminal::printable(why)));
                finish(ExitUsage);
                return;
            }
            m_apiToken = secret;
            start();
        });
        return;
    }
    if (!connectService())
        return;
    switch (m_inv.command) {
    case Command::List:
        runList();
        break;
    case Command::Get:
        runGet();
        break;
    case Command::Lookup:
        runLookup();
        break;
    case Command::Create:
        runCreate();
        break;
    case Command::Update:
        if (m_inv.addScopes.isEmpty() && m_inv.removeScopes.isEmpty())
            runUpdate();
        else
            runScopeChange();
        break;
    case Command::Revoke:
    case Command::Delete:
        if (m_inv.ids.size() > 1 || m_inv.selectByFilter)
            runBulk();
        else if (m_inv.command == Command::Revoke)
            runUpdate();
        else
            runDelete();
        break;
    case Command::Export:
        runExport();
        break;
    case Command::Rotate:
        runRotate();
        break;
    case Command::Pending:
        runPendingDelete();
        break;
    case Command::Report:
        runAudit();
        break;
    case Command::Compare:
        runCompare();
        break;
    case Command::Views:
    case Command::None:
        finish(ExitUsage);
        break;
    }
}

void Runner::runList()
{
    if (m_inv.view || m_savedView)
        return runAudit();
    send<StubList>([this](Done<StubList> done) { m_service->listTokens(m_inv.query, this, std::move(done)); },
                   [this](const ApiResult<StubList> &result) {
                       if (!result.ok())
                           return fail(result.error);
                       if (!m_inv.details) {
                           printStubs(*result.value);
                           return finish(ExitOk);
                       }
                       loadDetails(*result.value, [this] {
                           printDetails();
                           finish(ExitOk);
                       });
                   });
}

void Runner::loadDetails(const StubList &stubs, std::function<void()> done)
{
    m_tokens.clear();
    m_tokens.resize(size_t(stubs.size()));
    for (int i = 0; i < stubs.size(); ++i) {
        m_tokens[size_t(i)].id = stubs.id(i);
        if (stubs.hasName(i))
            m_tokens[size_t(i)].name = stubs.name(i);
    }
    m_detailsDone = std::move(done);
    m_nextDetail = 0;
    m_inFlight = 0;
    m_notFound = 0;
    m_detailsDoneCount = 0;
    m_showProgress = Terminal::stderrIsTerminal();
    startNextDetail();
}

void Runner::startNextDetail()
{
    if (m_finished)
        return;
    while (m_inFlight < DetailsConcurrency && m_nextDetail < int(m_tokens.size())) {
        const int row = m_nextDetail++;
        ++m_inFlight;
        const QString tokenId = *m_tokens[size_t(row)].id;
        send<TokenMetadata>(
            [this, tokenId](Done<TokenMetadata> done) { m_service->getToken(tokenId, this, std::move(done)); },
            [this, row](const ApiResult<TokenMetadata> &result) {
                --m_inFlight;
                if (m_finished)
                    return;
                if (result.ok()) {
                    TokenMetadata &t = m_tokens[size_t(row)];
                    const QString id = *t.id;
                    t = *result.value;
                    if (!t.id)
                        t.id = id;
                } else if (result.error.httpStatus == 404) {
                    ++m_notFound; // deleted since the list was read: keep the stub (its other cells stay empty)
                } else {
                    return fail(result.error);
                }
                ++m_detailsDoneCount;
                if (m_showProgress && (m_detailsDoneCount % 100 == 0 || m_detailsDoneCount == int(m_tokens.size()))) {
                    Terminal::err(QLatin1Char('\r') +
                                  tr("Loading details: %1 of %2").arg(m_detailsDoneCount).arg(m_tokens.size()));
                }
                startNextDetail();
            });
    }
    if (m_inFlight == 0 && m_nextDetail >= int(m_tokens.size())) {
        if (m_showProgress && m_detailsDoneCount > 0)
            Terminal::err(QStringLiteral("\n"));
        if (m_notFound > 0) {
            Terminal::err(QStringLiteral("tokendesk-cli: ") +
                          tr("%n tokens were deleted while loading details; they are listed without metadata.\n",
                             nullptr, m_notFound));
        }
        if (auto done = std::exchange(m_detailsDone, nullptr))
            done();
    }
}

void Runner::printStubs(const StubList &stubs)
{
    if (m_inv.json) {
        QJsonArray array;
        for (int i = 0; i < stubs.size(); ++i) {
            QJsonObject o{{QStringLiteral("id"), stubs.id(i)}};
            if (stubs.hasName(i))
                o.insert(QStringLiteral("name"), stubs.name(i));
            array.append(o);
        }
        Terminal::out(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
        return;
    }
    // Straight from the list's UTF-8 arena, in 64 KiB writes.
    QByteArray chunk;
    chunk.reserve(65536 + 4096);
    for (int i = 0; i < stubs.size(); ++i) {
        Terminal::appendPrintable(chunk, stubs.idUtf8(i));
        chunk += '\t';
        Terminal::appendPrintable(chunk, stubs.nameUtf8(i));
        chunk += '\n';
        if (chunk.size() >= 65536) {
            Terminal::outUtf8(chunk);
            chunk.resize(0);
        }
    }
    Terminal::outUtf8(chunk);
}

void Runner::printDetails()
{
    if (m_inv.json) {
        QJsonArray array;
        for (const TokenMetadata &t : m_tokens)
            array.append(toJson(t));
        Terminal::out(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
        return;
    }
    const qint64 now = nowMs();
    QString chunk;
    const QList<TokenColumn> columns{TokenColumn::Id,      TokenColumn::Name,   TokenColumn::Owner,
                                     TokenColumn::Status,  TokenColumn::Scopes, TokenColumn::Created,
                                     TokenColumn::Expires, TokenColumn::LastUse};
    for (const TokenMetadata &t : m_tokens) {
        for (qsizetype c = 0; c < columns.size(); ++c) {
            if (c > 0)
                chunk += QLatin1Char('\t');
            chunk += Terminal::printable(TokenColumns::cell(columns.at(c), t, now));
        }
        chunk += QLatin1Char('\n');
        if (chunk.size() > 32768) {
            Terminal::out(chunk);
            chunk.resize(0);
        }
    }
    Terminal::out(chunk);
}

void Runner::printToken(const TokenMetadata &t)
{
    if (m_inv.json) {
        Terminal::out(QString::fromUtf8(QJsonDocument(toJson(t)).toJson(QJsonDocument::Indented)));
        return;
    }
    const auto line = [](const char *label, const QString &value) {
        return QStringLiteral("%1 %2\n").arg(QLatin1String(label), -23).arg(Terminal::printable(value));
    };
    QString text;
    text += line("ID:", t.id.value_or(QString()));
    text += line("Name:", t.name.value_or(QString()));
    text += line("Owner:", t.userId.value_or(QString()));
    text += line("Status:", TokenColumns::status(t, nowMs()));
    text += line("Scopes:", CsvCells::scopes(t.scopes));
    text += line("Created:", CsvCells::isoUtc(t.created));
    text += line("Expires:", orNever(t.expires));
    text += line("Last used:", orNever(t.lastUse));
    text += line("Personal access token:", CsvCells::boolean(t.personalAccessToken));
    Terminal::out(text);
}

void Runner::runGet()
{
    runJob<GetJob>([this] { return m_session->get(m_inv.id); },
                   [this](GetJob *job) {
                       if (!job->succeeded())
                           return fail(job->error());
                       printToken(job->result());
                       finish(ExitOk);
                   });
}

void Runner::runLookup()
{
    // Kept (only in the job maker's closure) until the lookup is answered: a 429 sends it again.
    const QString secret = std::exchange(m_lookupSecret, QString());
    runJob<LookupJob>([this, secret] { return m_session->lookup(secret, LookupJob::Row::LeaveRow); },
                      [this](LookupJob *job) {
                          if (!job->succeeded())
                              return fail(job->error());
                          printToken(job->result());
                          finish(ExitOk);
                      });
}

QList<ConnectionProfile> Runner::chosenProfiles()
{
    // The window's settings; never holds a secret.
    QSettings store(SettingsLocation::organization(), SettingsLocation::application());
    const QList<ConnectionProfile> saved = ProfileStore(&store).profiles();
    QStringList names;
    for (const ConnectionProfile &p : saved)
        names.append(p.name);
    if (saved.isEmpty()) {
        Terminal::err(QStringLiteral("tokendesk-cli: ") +
                      tr("no profile is saved: add the clusters in TokenDesk's Connections first.\n"));
        finish(ExitUsage);
        return {};
    }
    QList<ConnectionProfile> chosen;
    if (m_inv.allProfiles) {
        chosen = saved;
    } else {
        for (const QString &name : std::as_const(m_inv.profiles)) {
            const auto it = std::find_if(saved.cbegin(), saved.cend(),
                                         [&name](const ConnectionProfile &p) { return p.name == name; });
            if (it == saved.cend()) {
                Terminal::err(
                    QStringLiteral("tokendesk-cli: ") +
                    tr("no profile named \u201C%1\u201D (saved profiles: %2).\n")
                        .arg(Terminal::printable(name), Terminal::printable(names.join(QStringLiteral(", ")))));
                finish(ExitUsage);
                return {};
            }
            if (!std::any_of(chosen.cbegin(), chosen.cend(),
                             [&name](const ConnectionProfile &p) { return p.name == name; }))
                chosen.append(*it);
        }
    }
    if (m_inv.timeoutMs > 0) {
        for (ConnectionProfile &p : chosen)
            p.timeoutMs = m_inv.timeoutMs;
    }
    return chosen;
}

ProfileLookup::TokenReader Runner::keyringReader()
{
    // The GUI keeps each profile's token in the system keyring under the profile's name.
    auto *keyring = new KeychainSecretStore(this);
    return [keyring](const ConnectionProfile &profile, QObject *context,
                     std::function<void(bool, const QString &, const QString &)> done) {
        keyring->read(profile.name, context, std::move(done));
    };
}

void Runner::runLookupAcrossProfiles()
{
    const QList<ConnectionProfile> profiles = chosenProfiles();
    if (profiles.isEmpty())
        return;
    auto *lookup = new ProfileLookup(profiles, keyringReader(), std::exchange(m_lookupSecret, QString()),
                                     ProfileLookup::DefaultConcurrency, this);
    connect(lookup, &ProfileLookup::finished, this, [this, lookup] {
        const QList<ProfileLookup::Result> &results = lookup->results();
        const qint64 now = nowMs();
        // Data on standard output, in the words of the API and this help (not translated); a reason
        // is written for a person, in the system's language.
        const auto resultWord = [](ProfileLookup::Outcome outcome) {
            switch (outcome) {
            case ProfileLookup::Outcome::Found:
                return QStringLiteral("found");
            case ProfileLookup::Outcome::NotKnown:
                return QStringLiteral("not known");
            case ProfileLookup::Outcome::NotAsked:
            case ProfileLookup::Outcome::Pending:
                break;
            }
            return QStringLiteral("not asked");
        };
        if (m_inv.json) {
            QJsonArray array;
            for (const ProfileLookup::Result &r : results) {
                QJsonObject o{{QStringLiteral("profile"), r.profile},
                              {QStringLiteral("address"), r.destination},
                              {QStringLiteral("result"), resultWord(r.outcome)}};
                if (r.outcome == ProfileLookup::Outcome::Found)
                    o.insert(QStringLiteral("token"), toJson(r.token));
                if (!r.reason.isEmpty())
                    o.insert(QStringLiteral("reason"), ApiError::redactSecrets(r.reason));
                array.append(o);
            }
            Terminal::out(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
        } else {
            QString text;
            for (const ProfileLookup::Result &r : results) {
                QStringList fields{r.profile, resultWord(r.outcome)};
                if (r.outcome == ProfileLookup::Outcome::Found) {
                    fields << r.token.id.value_or(QString()) << r.token.name.value_or(QString())
                           << r.token.userId.value_or(QString()) << TokenColumns::status(r.token, now)
                           << CsvCells::scopes(r.token.scopes);
                } else if (!r.reason.isEmpty()) {
                    fields << ApiError::redactSecrets(r.reason);
                }
                for (QString &field : fields)
                    field = Terminal::printable(field);
                text += fields.join(QLatin1Char('\t')) + QLatin1Char('\n');
            }
            Terminal::out(text);
        }
        if (lookup->foundCount() > 0)
            return finish(ExitOk);
        if (lookup->notAskedCount() > 0) {
            Terminal::err(QStringLiteral("tokendesk-cli: ") +
                          tr("no cluster asked knows this secret, but %n profiles could not be asked.\n", nullptr,
                             lookup->notAskedCount()));
            return finish(ExitNotAsked);
        }
        Terminal::err(QStringLiteral("tokendesk-cli: ") +
                      tr("none of the %n clusters knows this secret.\n", nullptr, int(results.size())));
        finish(ExitNotKnown);
    });
    lookup->start();
}

void Runner::runCreate()
{
    CreateTokenRequest request;
    request.name = *m_inv.name;
    request.scopes = m_inv.scopes;
    request.expiresIn = m_inv.expiresIn;
    runJob<CreateJob>(
        [this, request] {
            CreateJob *job = m_session->create(request);
            connect(job, &CreateJob::created, this, [job] {
                const QString secret = job->result().secret;
                // Standard output gets the secret and nothing else; the note goes to stderr, with the ID only.
                Terminal::out(secret + QLatin1Char('\n'));
                Terminal::err(tr("Created token %1. Its secret was printed once on standard output; store it now, "
                                 "it cannot be shown again.\n")
                                  .arg(TokensService::identifierOf(secret)));
                // The CLI has no table to show the new row in: the job's read of the new token's
                // details is not sent, and the command ends as soon as the token exists.
                job->cancel();
            });
            return job;
        },
        [this](CreateJob *job) {
            if (!job->isCreated())
                return fail(job->error());
            finish(ExitOk);
        });
}

bool Runner::refuseTokenInUse()
{
    // Known without asking for a new-format secret; for an old-format one the cluster decides.
    if (!TokenInUse::isTokenInUse(m_inv.id, m_service->tokenInUseId()))
        return false;
    Terminal::err(QStringLiteral("tokendesk-cli: ") + Terminal::printable(m_inv.id) + QStringLiteral(": ") +
                  TokenInUse::explanation() + QLatin1Char('\n'));
    finish(ExitApi); // what the cluster's refusal would have given
    return true;
}

void Runner::runUpdate()
{
    if (refuseTokenInUse())
        return;
    UpdateTokenRequest request;
    request.name = m_inv.name;
    request.revoked = m_inv.revoked;
    if (!m_inv.scopes.isEmpty())
        request.scopes = m_inv.scopes;
    runJob<UpdateJob>([this, request] { return m_session->update(m_inv.id, request); },
                      [this](UpdateJob *job) {
                          if (!job->succeeded())
                              return fail(job->error());
                          Terminal::err(
                              (m_inv.command == Command::Revoke ? tr("Revoked token %1.\n") : tr("Updated token %1.\n"))
                                  .arg(Terminal::printable(m_inv.id)));
                          finish(ExitOk);
                      });
}

void Runner::runDelete()
{
    if (refuseTokenInUse())
        return;
    runJob<DeleteJob>([this] { return m_session->deleteToken(m_inv.id); },
                      [this](DeleteJob *job) {
                          if (!job->succeeded())
                              return fail(job->error());
                          Terminal::err(tr("Deleted token %1.\n").arg(Terminal::printable(m_inv.id)));
                          finish(ExitOk);
                      });
}

void Runner::runBulk()
{
    if (!m_inv.selectByFilter)
        return startBulk(m_inv.ids, 0);
    // The tokens the filters select, as 'list' would show them; nothing changes before the answer
    // to the question below.
    listSelected([this](const QStringList &ids) {
        if (!m_inv.yes) {
            const bool del = m_inv.command == Command::Delete;
            if (!Terminal::stdinIsTerminal()) {
                Terminal::err(QStringLiteral("tokendesk-cli: ") +
                              (del ? tr("refusing to delete %n tokens without confirmation: standard input is "
                                        "not a terminal; add --yes.\n",
                                        nullptr, int(ids.size()))
                                   : tr("refusing to revoke %n tokens without confirmation: standard input is "
                                        "not a terminal; add --yes.\n",
                                        nullptr, int(ids.size()))));
                return finish(ExitUsage);
            }
            const QString question =
                del ? tr("Delete %n tokens for good (first: %1)? Type 'yes' to confirm: ", nullptr, int(ids.size()))
                          .arg(Terminal::printable(ids.front()))
                    : tr("Revoke %n tokens (first: %1)? Type 'yes' to confirm: ", nullptr, int(ids.size()))
                          .arg(Terminal::printable(ids.front()));
            // The list is answered and nothing else is pending: reading the terminal now blocks nothing.
            const std::optional<QString> answer = Terminal::readLine(question);
            if (!answer || answer->compare(QLatin1String("yes"), Qt::CaseInsensitive) != 0) {
                Terminal::err(del ? tr("Not deleted.\n") : tr("Not revoked.\n"));
                return finish(ExitUsage);
            }
        }
        startBulk(ids, 0);
    });
}

void Runner::listSelected(std::function<void(const QStringList &ids)> then)
{
    send<StubList>([this](Done<StubList> done) { m_service->listTokens(m_inv.query, this, std::move(done)); },
                   [this, then](const ApiResult<StubList> &result) {
                       if (!result.ok())
                           return fail(result.error);
                       // Never the token this command runs with: the rest would fail once it is gone.
                       const QString self = m_service->tokenInUseId();
                       QStringList ids;
                       bool skippedSelf = false;
                       for (int row = 0; row < result.value->size(); ++row) {
                           const QString id = result.value->id(row);
                           if (TokenInUse::isTokenInUse(id, self))
                               skippedSelf = true;
                           else
                               ids.append(id);
                       }
                       if (skippedSelf)
                           Terminal::err(
                               tr("Leaving out %1: this command runs with it.\n").arg(Terminal::printable(self)));
                       if (ids.isEmpty()) {
                           Terminal::err(tr("No token matches the filters; nothing was changed.\n"));
                           return finish(ExitOk);
                       }
                       then(ids);
                   });
}

void Runner::runScopeChange()
{
    // The preview: what is added and removed, on how many tokens.
    QStringList what;
    if (!m_inv.addScopes.isEmpty())
        what.append(tr("add %1").arg(Terminal::printable(m_inv.addScopes.join(QStringLiteral(", ")))));
    if (!m_inv.removeScopes.isEmpty())
        what.append(tr("remove %1").arg(Terminal::printable(m_inv.removeScopes.join(QStringLiteral(", ")))));
    const QString change = what.join(QStringLiteral("; "));
    if (!m_inv.selectByFilter) {
        Terminal::err(tr("Scopes of %n tokens: %1.\n", nullptr, int(m_inv.ids.size())).arg(change));
        return startScopeChange(m_inv.ids, 0);
    }
    listSelected([this, change](const QStringList &ids) {
        Terminal::err(tr("Scopes of %n tokens: %1.\n", nullptr, int(ids.size())).arg(change));
        if (!m_inv.yes) {
            if (!Terminal::stdinIsTerminal()) {
                Terminal::err(QStringLiteral("tokendesk-cli: ") +
                              tr("refusing to change %n tokens without confirmation: standard input is not a "
                                 "terminal; add --yes.\n",
                                 nullptr, int(ids.size())));
                return finish(ExitUsage);
            }
            // The list is answered and nothing else is pending: reading the terminal now blocks nothing.
            const std::optional<QString> answer = Terminal::readLine(
                tr("Change the scopes of %n tokens (first: %1)? Type 'yes' to confirm: ", nullptr, int(ids.size()))
                    .arg(Terminal::printable(ids.front())));
            if (!answer || answer->compare(QLatin1String("yes"), Qt::CaseInsensitive) != 0) {
                Terminal::err(tr("Not changed.\n"));
                return finish(ExitUsage);
            }
        }
        startScopeChange(ids, 0);
    });
}

void Runner::startScopeChange(const QStringList &ids, int retries)
{
    session();
    BulkScopeJob::Change change{m_inv.addScopes, m_inv.removeScopes};
    afterPause([this, ids, change, retries] {
        BulkScopeJob *job = m_session->bulkScopes(ids, change, BulkConcurrency);
        connect(job, &Job::finished, this, [this, job, retries] { scopeRoundFinished(job, retries); });
    });
}

void Runner::scopeRoundFinished(const BulkScopeJob *job, int retries)
{
    if (m_finished)
        return;
    using State = BulkScopeJob::State;
    QStringList rateLimited;
    ApiError rateLimit;
    for (int i = 0; i < job->count(); ++i) {
        const BulkScopeJob::Item &item = job->item(i);
        const QString id = Terminal::printable(item.id);
        QString result;
        switch (item.state) {
        case State::Done:
            ++m_bulkDone;
            result = QStringLiteral("updated");
            break;
        case State::Unchanged:
            ++m_bulkDone;
            result = QStringLiteral("unchanged");
            break;
        case State::InUse:
            ++m_bulkNotSent;
            result = QStringLiteral("in use");
            Terminal::err(QStringLiteral("tokendesk-cli: ") + id + QStringLiteral(": ") + TokenInUse::explanation() +
                          QLatin1Char('\n'));
            break;
        case State::NoScope:
            ++m_bulkNotSent;
            result = QStringLiteral("no scope left");
            Terminal::err(QStringLiteral("tokendesk-cli: ") +
                          tr("%1: not changed: it would be left with no scope (it has %2).\n")
                              .arg(id, Terminal::printable(item.before.join(QStringLiteral(", ")))));
            break;
        case State::Gone:
            ++m_bulkNotSent;
            result = QStringLiteral("already gone");
            break;
        case State::Failed:
            if (item.error.kind == ApiError::Kind::RateLimited) {
                // Not carried out: read afresh and sent again below, when the limit resets.
                rateLimited.append(item.id);
                rateLimit = item.error;
                continue;
            }
            result = QStringLiteral("failed");
            bulkFailure(item.error, item.id);
            break;
        case State::Waiting:
        case State::Reading:
        case State::Writing:
        case State::Skipped:
            result = QStringLiteral("not sent");
            ++m_bulkNotSent;
            break;
        }
        // Data: the id and what became of it (words of the API's world, not translated).
        Terminal::out(id + QLatin1Char('\t') + result + QLatin1Char('\n'));
    }
    if (!rateLimited.isEmpty() &&
        !retryRateLimited(rateLimited, rateLimit, retries,
                          [this](const QStringList &ids, int n) { startScopeChange(ids, n); }))
        return;
    const int total = m_bulkDone + m_bulkFailed + m_bulkNotSent;
    Terminal::err(tr("Scopes changed or already as asked on %1 of %n tokens.", nullptr, total).arg(m_bulkDone) +
                  (m_bulkFailed > 0 ? QLatin1Char(' ') + tr("%n failed.", nullptr, m_bulkFailed) : QString()) +
                  QLatin1Char('\n'));
    finish(m_bulkExit);
}

ClusterSession *Runner::session()
{
    if (!m_session) {
        m_session = new ClusterSession(this);
        m_session->setConnection(m_settings);
    }
    return m_session;
}

void Runner::startBulk(const QStringList &ids, int retries)
{
    session();
    QList<BulkJob::Target> targets;
    targets.reserve(ids.size());
    for (const QString &id : ids)
        targets.append(BulkJob::Target{id, QString()});
    const BulkJob::Action action = m_inv.command == Command::Delete || m_inv.command == Command::Pending
                                       ? BulkJob::Action::Delete
                                       : BulkJob::Action::Revoke;
    afterPause([this, targets, action, retries] {
        BulkJob *job = m_session->bulk(action, targets, BulkConcurrency);
        connect(job, &Job::finished, this, [this, job, retries] { bulkRoundFinished(job, retries); });
    });
}

void Runner::bulkRoundFinished(const BulkJob *job, int retries)
{
    if (m_finished)
        return;
    const bool del = job->action() == BulkJob::Action::Delete;
    QStringList rateLimited;
    ApiError rateLimit;
    for (int i = 0; i < job->count(); ++i) {
        const BulkJob::Item &item = job->item(i);
        const QString id = Terminal::printable(item.id);
        QString result;
        switch (item.state) {
        case BulkJob::State::Done:
            ++m_bulkDone;
            m_bulkDoneIds.append(item.id);
            result = item.alreadyGone ? QStringLiteral("already gone")
                                      : (del ? QStringLiteral("deleted") : QStringLiteral("revoked"));
            break;
        case BulkJob::State::Failed:
            if (item.error.kind == ApiError::Kind::RateLimited) {
                // Not carried out: sent again below, when the limit resets.
                rateLimited.append(item.id);
                rateLimit = item.error;
                continue;
            }
            result = QStringLiteral("failed");
            bulkFailure(item.error, item.id);
            break;
        case BulkJob::State::Waiting:
        case BulkJob::State::Running:
        case BulkJob::State::Skipped:
            result = QStringLiteral("not sent");
            ++m_bulkNotSent;
            break;
        }
        // Data: the id and what became of it (words of the API's world, not translated).
        Terminal::out(id + QLatin1Char('\t') + result + QLatin1Char('\n'));
    }
    if (!rateLimited.isEmpty() && !retryRateLimited(rateLimited, rateLimit, retries,
                                                    [this](const QStringList &ids, int n) { startBulk(ids, n); }))
        return;
    if (m_inv.command == Command::Pending) {
        // Deleted (or gone already): off the schedule. A failed one stays for the next run.
        QSettings store(SettingsLocation::organization(), SettingsLocation::application());
        PendingDeletions(&store, scheduleKey()).removeAll(m_bulkDoneIds);
        if (store.status() != QSettings::NoError) {
            Terminal::err(QStringLiteral("tokendesk-cli: ") +
                          tr("the schedule could not be updated (the settings file was not written).\n"));
            if (m_bulkExit == ExitOk)
                m_bulkExit = ExitOutput;
        }
    }
    const int total = m_bulkDone + m_bulkFailed + m_bulkNotSent;
    Terminal::err(
        (del ? tr("Deleted %1 of %n tokens.", nullptr, total) : tr("Revoked %1 of %n tokens.", nullptr, total))
            .arg(m_bulkDone) +
        (m_bulkFailed > 0 ? QLatin1Char(' ') + tr("%n failed.", nullptr, m_bulkFailed) : QString()) +
        QLatin1Char('\n'));
    finish(m_bulkExit);
}

bool Runner::retryRateLimited(const QStringList &ids, const ApiError &rateLimit, int retries,
                              const std::function<void(const QStringList &, int)> &again)
{
    if (pauseForRateLimit(rateLimit, retries + 1)) {
        again(ids, retries + 1);
        return false;
    }
    for (const QString &id : ids) {
        Terminal::out(Terminal::printable(id) + QStringLiteral("\tfailed\n"));
        bulkFailure(rateLimit, id);
    }
    return true;
}

void Runner::bulkFailure(const ApiError &error, const QString &id)
{
    ++m_bulkFailed;
    // The first failure decides the exit code; every one is named on stderr.
    if (m_bulkExit == ExitOk)
        m_bulkExit = exitCodeFor(error);
    Terminal::err(QStringLiteral("tokendesk-cli: ") + Terminal::printable(id) + QStringLiteral(": ") +
                  Terminal::printable(ApiError::redactSecrets(error.toString())) + QLatin1Char('\n'));
}

void Runner::runRotate()
{
    // The cluster does not let a token revoke itself: the rotation would stop halfway.
    if (refuseTokenInUse())
        return;
    RotateJob::Request request;
    request.oldId = m_inv.id;
    request.newName = m_inv.name.value_or(QString());
    request.expiresIn = m_inv.expiresIn;
    request.deleteAfterDays = m_inv.deleteAfterDays;
    startRotate(request, 0);
}

void Runner::startRotate(const RotateJob::Request &request, int retries)
{
    afterPause([this, request, retries] {
        RotateJob *job = session()->rotate(request);
        // The secret goes out the moment the successor exists, whatever happens next.
        connect(job, &RotateJob::created, this, [job] { Terminal::out(job->result().newSecret + QLatin1Char('\n')); });
        connect(job, &Job::finished, this, [this, job, request, retries] { rotateFinished(job, request, retries); });
    });
}

void Runner::rotateFinished(const RotateJob *job, const RotateJob::Request &request, int retries)
{
    if (m_finished)
        return;
    const RotateJob::Result &result = job->result();
    if (result.created) {
        Terminal::err(tr("Created token %1. Its secret was printed once on standard output; store it now, it "
                         "cannot be shown again.\n")
                          .arg(Terminal::printable(result.newId)));
    }
    if (!job->succeeded()) {
        const ApiError error = job->error();
        // Rate limited before the successor existed: the cluster changed nothing, so all of it goes again.
        if (!result.created && error.kind == ApiError::Kind::RateLimited && pauseForRateLimit(error, retries + 1))
            return startRotate(request, retries + 1);
        if (job->outcome() == Job::Outcome::Failed) {
            Terminal::err(QStringLiteral("tokendesk-cli: ") +
                          Terminal::printable(ApiError::redactSecrets(error.toString())) + QLatin1Char('\n'));
        }
        Terminal::err(Terminal::printable(job->stateInWords()) + QLatin1Char('\n'));
        return finish(job->outcome() == Job::Outcome::Failed ? exitCodeFor(error) : ExitApi);
    }
    Terminal::err(Terminal::printable(job->stateInWords()) + QLatin1Char('\n'));
    const QString key = scheduleKey();
    if (key.isEmpty()) {
        Terminal::err(tr("The demo cluster's tokens do not outlast this command: no deletion was scheduled.\n"));
        return finish(ExitOk);
    }
    QSettings store(SettingsLocation::organization(), SettingsLocation::application());
    // Ids and dates only: 'pending' asks the cluster for the name.
    PendingDeletions(&store, key)
        .schedule(PendingDeletion{result.oldId, result.deleteDueMs, QDateTime::currentMSecsSinceEpoch()});
    if (store.status() != QSettings::NoError) {
        Terminal::err(QStringLiteral("tokendesk-cli: ") +
                      tr("the deletion of %1 could not be scheduled (the settings file was not written); delete it "
                         "by hand once it is due.\n")
                          .arg(Terminal::printable(result.oldId)));
        return finish(ExitOutput);
    }
    Terminal::err(tr("Its deletion is scheduled for %1 (%2); 'tokendesk-cli pending --delete-due' deletes it then.\n")
                      .arg(CsvCells::isoUtc(result.deleteDueMs), Terminal::printable(key)));
    finish(ExitOk);
}

void Runner::runAudit(int retries)
{
    afterPause([this, retries] {
        ListJob *job = session()->list(m_inv.query);
        connect(job, &Job::finished, this, [this, job, retries] {
            if (m_finished)
                return;
            if (!job->succeeded()) {
                const ApiError error = job->error();
                if (error.kind == ApiError::Kind::RateLimited && pauseForRateLimit(error, retries + 1))
                    return runAudit(retries + 1);
                return fail(error);
            }
            const StubList &list = job->result().list;
            QStringList ids;
            ids.reserve(list.size());
            for (int i = 0; i < list.size(); ++i)
                ids.append(list.id(i));
            // The session's loader pauses for the cluster's rate limit by itself.
            EnsureDetailsJob *details = m_session->ensureDetails(ids);
            if (Terminal::stderrIsTerminal() && !ids.isEmpty()) {
                connect(details, &Job::progressChanged, this, [](int done, int total) {
                    Terminal::err(QLatin1Char('\r') + tr("Loading details: %1 of %2").arg(done).arg(total));
                });
            }
            connect(details, &Job::finished, this, [this, details] {
                if (Terminal::stderrIsTerminal() && details->progressDone() > 0)
                    Terminal::err(QStringLiteral("\n"));
                if (details->outcome() == Job::Outcome::Failed) // the list was replaced meanwhile
                    return fail(details->error());
                auditLoaded();
            });
        });
    });
}

void Runner::auditLoaded()
{
    if (m_finished)
        return;
    // Tokens deleted meanwhile have left the model; a row still without details could not be loaded.
    const std::shared_ptr<const TokenStore> store = m_session->model()->snapshot();
    const qint64 now = nowMs();
    // The view's filters, as the window's table applies them: an audit view, or a saved view's
    // quick filter, status and audit view.
    TokenFilterSpec spec;
    spec.view = m_inv.view;
    spec.viewNowMs = now;
    if (m_savedView) {
        spec.view = m_savedView->auditView;
        spec.text = m_savedView->quickFilter;
        spec.status = m_savedView->filters.status;
        spec.neverUsedOnly = m_savedView->filters.list.neverUsedOnly();
    }
    const bool filtered = m_inv.view || m_savedView;
    const TokenFilter filter(*store, spec);
    std::vector<int> rows;
    int unchecked = 0;
    for (size_t i = 0; i < store->rows.size(); ++i) {
        const TokenRow &row = store->rows[i];
        if (!row.isLoaded()) {
            ++unchecked;
            if (filtered)
                continue; // cannot be decided; said below
        } else if (filtered && !filter.accepts(int(i))) {
            continue;
        }
        rows.push_back(int(i));
    }
    const ModelSnapshot snapshot(store, rows);
    if (m_inv.command == Command::Compare)
        return finish(printComparison(snapshot, now));
    if (m_inv.command == Command::Report) {
        const AuditReport report = AuditReport::compute(snapshot, now);
        if (m_inv.json)
            Terminal::out(QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented)));
        else
            printReport(report);
    } else {
        m_tokens.clear();
        m_tokens.resize(size_t(snapshot.rowCount()));
        for (int row = 0; row < snapshot.rowCount(); ++row)
            snapshot.token(row, m_tokens[size_t(row)]);
        if (m_inv.details) {
            printDetails();
        } else if (m_inv.json) {
            QJsonArray array;
            for (const TokenMetadata &t : m_tokens) {
                QJsonObject o{{QStringLiteral("id"), t.id.value_or(QString())}};
                if (t.name)
                    o.insert(QStringLiteral("name"), *t.name);
                array.append(o);
            }
            Terminal::out(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
        } else {
            QString text;
            for (const TokenMetadata &t : m_tokens) {
                text += Terminal::printable(t.id.value_or(QString())) + QLatin1Char('\t') +
                        Terminal::printable(t.name.value_or(QString())) + QLatin1Char('\n');
            }
            Terminal::out(text);
        }
    }
    if (unchecked > 0) {
        Terminal::err(QStringLiteral("tokendesk-cli: ") +
                      (filtered ? tr("the details of %n tokens did not load: they may belong to the view too.\n",
                                     nullptr, unchecked)
                                : tr("the details of %n tokens did not load: the report counts them as without "
                                     "details.\n",
                                     nullptr, unchecked)));
        return finish(ExitApi);
    }
    finish(ExitOk);
}

void Runner::runCompare()
{
    QString error;
    m_earlier = EarlierExport::readFile(m_inv.earlierFile, &error);
    if (!m_earlier) {
        Terminal::err(QStringLiteral("tokendesk-cli: ") + Terminal::printable(error) + QLatin1Char('\n'));
        return finish(ExitUsage);
    }
    runAudit();
}

int Runner::printComparison(const ModelSnapshot &current, qint64 nowMs)
{
    ComparisonModel result;
    result.setComparison(AuditComparison::compare(*m_earlier, current, nowMs));
    const AuditComparison &comparison = result.comparison();
    int counts[3] = {0, 0, 0};
    for (const TokenChange &change : comparison.changes)
        ++counts[int(change.kind)];

    if (m_inv.json) {
        QJsonArray changes;
        for (int row = 0; row < result.rowCount(); ++row) {
            const TokenChange &change = comparison.changes.at(row);
            QJsonArray fields;
            for (const TokenChange::Field &field : change.fields) {
                fields.append(QJsonObject{{QStringLiteral("column"), TokenColumns::key(field.column)},
                                          {QStringLiteral("before"), field.before},
                                          {QStringLiteral("after"), field.after}});
            }
            changes.append(QJsonObject{{QStringLiteral("change"), result.csvRecord(row).at(0)},
                                       {QStringLiteral("id"), change.id},
                                       {QStringLiteral("name"), change.name},
                                       {QStringLiteral("fields"), fields}});
        }
        const QJsonObject doc{{QStringLiteral("new"), counts[int(TokenChange::Kind::New)]},
                              {QStringLiteral("gone"), counts[int(TokenChange::Kind::Gone)]},
                              {QStringLiteral("changed"), counts[int(TokenChange::Kind::Changed)]},
                              {QStringLiteral("unchanged"), comparison.unchanged},
                              {QStringLiteral("notCompared"), comparison.notCompared},
                              {QStringLiteral("changes"), changes}};
        Terminal::out(QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Indented)));
    } else if (!m_inv.outputFile.isEmpty()) {
        // As the desktop app's comparison exports it; a file is replaced only once it is complete.
        const bool toStdout = m_inv.outputFile == QLatin1String("-");
        QSaveFile file(m_inv.outputFile);
        QFile stdoutFile;
        QIODevice *device = toStdout ? static_cast<QIODevice *>(&stdoutFile) : &file;
        bool ok = toStdout ? stdoutFile.open(stdout, QIODevice::WriteOnly) : file.open(QIODevice::WriteOnly);
        CsvWriter writer(device, CsvOptions::standard());
        writer.setFreeTextColumns({false, true, true, true});
        ok = ok && writer.writeHeader(ComparisonModel::csvHeader());
        for (int row = 0; ok && row < result.rowCount(); ++row)
            ok = writer.writeRecord(result.csvRecord(row));
        ok = ok && writer.finish();
        if (toStdout)
            stdoutFile.flush();
        else if (ok)
            ok = file.commit();
        if (!ok) {
            const QString why = writer.error() != CsvWriter::Error::None ? writer.errorString() : device->errorString();
            Terminal::err(QStringLiteral("tokendesk-cli: ") +
                          tr("the changes could not be written to %1: %2. An existing file was left as it was.\n")
                              .arg(Terminal::printable(m_inv.outputFile), Terminal::printable(why)));
            return ExitOutput;
        }
    } else {
        QString text;
        for (int row = 0; row < result.rowCount(); ++row) {
            const QStringList record = result.csvRecord(row);
            text += record.at(0) + QLatin1Char('\t') + Terminal::printable(record.at(2)) + QLatin1Char('\t') +
                    Terminal::printable(record.at(1)) + QLatin1Char('\t') + Terminal::printable(record.at(3)) +
                    QLatin1Char('\n');
        }
        Terminal::out(text);
    }
    Terminal::err(tr("%1 new, %2 gone, %3 changed, %4 unchanged.\n")
                      .arg(counts[int(TokenChange::Kind::New)])
                      .arg(counts[int(TokenChange::Kind::Gone)])
                      .arg(counts[int(TokenChange::Kind::Changed)])
                      .arg(comparison.unchanged));
    if (comparison.notCompared > 0) {
        Terminal::err(QStringLiteral("tokendesk-cli: ") +
                      tr("the details of %n tokens did not load: whether they changed is not known.\n", nullptr,
                         comparison.notCompared));
        return ExitApi;
    }
    return ExitOk;
}

void Runner::printReport(const AuditReport &report)
{
    constexpr qint64 WeekMs = 7 * TimeUnits::MsPerDay;
    const QStringList lastUseWords{tr("today"),          tr("within 7 days"),   tr("within 30 days"),
                                   tr("within 90 days"), tr("within 180 days"), tr("longer ago"),
                                   tr("never")};
    const auto weekLabel = [&report](qsizetype week) {
        const qint64 from = report.nowMs + week * WeekMs;
        return tr("week %1 (%2 to %3)")
            .arg(week + 1)
            .arg(QDateTime::fromMSecsSinceEpoch(from, Qt::UTC).date().toString(Qt::ISODate),
                 QDateTime::fromMSecsSinceEpoch(from + WeekMs, Qt::UTC).date().toString(Qt::ISODate));
    };
    // One column for the numbers, after the longest label.
    qsizetype width = 0;
    for (const QString &word : lastUseWords)
        width = qMax(width, word.size());
    for (const QList<AuditReport::Bar> *bars : {&report.scopes, &report.owners}) {
        for (const AuditReport::Bar &bar : *bars)
            width = qMax(width, bar.label.size());
    }
    width = qMin<qsizetype>(qMax(width, weekLabel(0).size()), 60);
    const auto line = [width](const QString &label, int count) {
        return QStringLiteral("  %1 %2\n").arg(Terminal::printable(label), -int(width)).arg(count);
    };
    QString text = tr("Tokens: %1 (without details: %2)\n").arg(report.tokens).arg(report.withoutDetails);
    text += tr("Last used:\n");
    for (qsizetype i = 0; i < report.lastUse.size(); ++i) {
        text += line(i < lastUseWords.size() ? lastUseWords.at(i) : report.lastUse.at(i).label,
                     report.lastUse.at(i).count());
    }
    text += tr("Scopes:\n");
    for (const AuditReport::Bar &bar : report.scopes)
        text += line(bar.label, bar.count());
    text += tr("Owners:\n");
    for (const AuditReport::Bar &bar : report.owners)
        text += line(bar.label, bar.count());
    text += tr("Expiring (not revoked), by week from now:\n");
    for (qsizetype week = 0; week < report.expiries.size(); ++week)
        text += line(weekLabel(week), report.expiries.at(week).count());
    Terminal::out(text);
}

bool Runner::resolveSavedView()
{
    QSettings store(SettingsLocation::organization(), SettingsLocation::application());
    const SavedViews views(&store, m_inv.profile);
    m_savedView = views.view(m_inv.savedView);
    if (!m_savedView) {
        QStringList keys;
        for (AuditView view : AuditViews::all())
            keys.append(AuditViews::key(view));
        const QStringList names = views.names();
        Terminal::err(QStringLiteral("tokendesk-cli: --view: ") +
                      (names.isEmpty()
                           ? tr("no audit view \u201C%1\u201D; the views are %2, and no view is saved for the profile "
                                "\u201C%3\u201D.\n")
                                 .arg(Terminal::printable(m_inv.savedView.left(80)), keys.join(QStringLiteral(", ")),
                                      Terminal::printable(m_inv.profile))
                           : tr("no audit view \u201C%1\u201D; the views are %2, and the views saved for the profile "
                                "\u201C%3\u201D: %4.\n")
                                 .arg(Terminal::printable(m_inv.savedView.left(80)), keys.join(QStringLiteral(", ")),
                                      Terminal::printable(m_inv.profile),
                                      Terminal::printable(names.join(QStringLiteral(", "))))));
        finish(ExitUsage);
        return false;
    }
    // The view's server filters, except where the command line gives its own.
    ListQuery query = m_savedView->filters.list.query(nowMs());
    if (m_inv.query.user)
        query.user = m_inv.query.user;
    if (!m_inv.query.permissions.isEmpty())
        query.permissions = m_inv.query.permissions;
    if (m_inv.query.fromMs || m_inv.query.toMs) {
        query.fromMs = m_inv.query.fromMs;
        query.toMs = m_inv.query.toMs;
    }
    if (m_inv.query.limit)
        query.limit = m_inv.query.limit;
    m_inv.query = query;
    return true;
}

void Runner::runViews()
{
    QJsonArray array;
    QString text;
    for (AuditView view : AuditViews::all()) {
        array.append(QJsonObject{{QStringLiteral("name"), AuditViews::key(view)},
                                 {QStringLiteral("builtIn"), true},
                                 {QStringLiteral("description"), AuditViews::description(view)}});
        text +=
            AuditViews::key(view) + QStringLiteral("\tbuilt-in\t") + AuditViews::description(view) + QLatin1Char('\n');
    }
    QList<SavedView> saved;
    if (!m_inv.profile.isEmpty()) {
        QSettings store(SettingsLocation::organization(), SettingsLocation::application());
        saved = SavedViews(&store, m_inv.profile).all();
    }
    for (const SavedView &view : std::as_const(saved)) {
        // Data: the settings' own words (as FilterSettings writes them), only what differs from no filter.
        const ListFilters &list = view.filters.list;
        QJsonObject o{{QStringLiteral("name"), view.name}, {QStringLiteral("builtIn"), false}};
        QStringList words;
        const auto add = [&o, &words](const QString &key, const QJsonValue &value, const QString &word) {
            o.insert(key, value);
            words.append(key + QLatin1Char('=') + word);
        };
        if (!list.owner.isEmpty())
            add(QStringLiteral("owner"), list.owner, list.owner);
        if (!list.scopes.isEmpty())
            add(QStringLiteral("scopes"), QJsonArray::fromStringList(list.scopes), list.scopes.join(QLatin1Char(',')));
        if (list.lastUsed != LastUsedPreset::Any)
            add(QStringLiteral("lastUsed"), FilterSettings::key(list.lastUsed), FilterSettings::key(list.lastUsed));
        if (list.lastUsed == LastUsedPreset::Custom && list.customFrom.isValid())
            add(QStringLiteral("from"), CsvCells::isoUtc(list.customFrom.toMSecsSinceEpoch()),
                CsvCells::isoUtc(list.customFrom.toMSecsSinceEpoch()));
        if (list.lastUsed == LastUsedPreset::Custom && list.customTo.isValid())
            add(QStringLiteral("to"), CsvCells::isoUtc(list.customTo.toMSecsSinceEpoch()),
                CsvCells::isoUtc(list.customTo.toMSecsSinceEpoch()));
        if (list.limit != ListQuery::DefaultLimit)
            add(QStringLiteral("limit"), list.limit, QString::number(list.limit));
        if (view.filters.status != FilterSettings::Status::All)
            add(QStringLiteral("status"), FilterSettings::key(view.filters.status),
                FilterSettings::key(view.filters.status));
        if (!view.quickFilter.isEmpty())
            add(QStringLiteral("quickFilter"), view.quickFilter, view.quickFilter);
        if (view.auditView)
            add(QStringLiteral("view"), AuditViews::key(*view.auditView), AuditViews::key(*view.auditView));
        array.append(o);
        text += Terminal::printable(view.name) + QStringLiteral("\tsaved\t") +
                Terminal::printable(words.join(QLatin1Char(' '))) + QLatin1Char('\n');
        if (AuditViews::fromKey(view.name))
            Terminal::err(tr("The saved view \u201C%1\u201D has the name of a built-in view: 'list --view' takes the "
                             "built-in one.\n")
                              .arg(Terminal::printable(view.name)));
    }
    if (m_inv.json)
        Terminal::out(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
    else
        Terminal::out(text);
    if (m_inv.profile.isEmpty())
        Terminal::err(tr("Views saved in TokenDesk belong to a profile: add --profile NAME to list them.\n"));
    else if (saved.isEmpty())
        Terminal::err(tr("No view is saved for the profile \u201C%1\u201D.\n").arg(Terminal::printable(m_inv.profile)));
    finish(ExitOk);
}

QString Runner::scheduleKey() const
{
    if (m_inv.demo)
        return QString();
    return m_inv.profile.isEmpty() ? Transport::destinationOf(m_inv.url) : m_inv.profile;
}

void Runner::runPendingList()
{
    const QString key = scheduleKey();
    if (key.isEmpty() && !m_inv.demo) {
        Terminal::err(QStringLiteral("tokendesk-cli: --url: ") +
                      tr("\u201C%1\u201D is not a cluster address.\n").arg(Terminal::printable(m_inv.url.left(80))));
        return finish(ExitUsage);
    }
    if (!key.isEmpty()) {
        QSettings store(SettingsLocation::organization(), SettingsLocation::application());
        m_pendingEntries = PendingDeletions(&store, key).all();
    }
    if (m_pendingEntries.isEmpty()) {
        Terminal::err(tr("No deletion is scheduled for %1.\n")
                          .arg(key.isEmpty() ? tr("the demo cluster") : Terminal::printable(key)));
        return finish(ExitOk);
    }
    const QString noNames =
        tr("The names are not shown: the schedule keeps token IDs only, and no API token is at hand to ask the "
           "cluster (set TOKENDESK_API_TOKEN).\n");
    if (m_apiToken.isEmpty() && !m_inv.profile.isEmpty()) {
        // The GUI keeps each profile's token in the system keyring under the profile's name.
        auto *keyring = new KeychainSecretStore(this);
        keyring->read(m_inv.profile, this, [this, keyring, noNames](bool ok, const QString &secret, const QString &) {
            keyring->deleteLater();
            if (!ok || secret.isEmpty())
                return printPendingList(noNames);
            m_apiToken = secret;
            if (connectService())
                lookUpPendingNames(0);
        });
        return;
    }
    if (m_apiToken.isEmpty())
        return printPendingList(noNames);
    if (connectService())
        lookUpPendingNames(0);
}

void Runner::lookUpPendingNames(int index)
{
    if (index >= qMin<qsizetype>(m_pendingEntries.size(), MaxPendingNameLookups)) {
        QString note;
        if (m_pendingGone > 0)
            note += tr("%n of them no longer on the cluster.\n", nullptr, m_pendingGone);
        if (m_pendingEntries.size() > MaxPendingNameLookups)
            note += tr("Names are asked for the first %1 only.\n").arg(MaxPendingNameLookups);
        return printPendingList(note);
    }
    const QString id = m_pendingEntries.at(index).id;
    send<TokenMetadata>([this, id](Done<TokenMetadata> done) { m_service->getToken(id, this, std::move(done)); },
                        [this, index, id](const ApiResult<TokenMetadata> &result) {
                            if (result.ok()) {
                                m_pendingNames.insert(id, result.value->name.value_or(QString()));
                            } else if (result.error.httpStatus == 404) {
                                ++m_pendingGone;
                            } else {
                                // The schedule is this computer's: it is listed even when the cluster
                                // does not answer, without the names.
                                return printPendingList(
                                    tr("The names are not shown: the cluster did not answer (%1).\n")
                                        .arg(Terminal::printable(ApiError::redactSecrets(result.error.toString()))));
                            }
                            lookUpPendingNames(index + 1);
                        });
}

void Runner::printPendingList(const QString &note)
{
    const qint64 now = nowMs();
    QString text;
    int due = 0;
    for (const PendingDeletion &entry : std::as_const(m_pendingEntries)) {
        // Data: as the API and the schedule have it (the state in untranslated words, like bulk
        // results); the name as the cluster has it now, empty when it is not known.
        text += Terminal::printable(entry.id) + QLatin1Char('\t') +
                Terminal::printable(m_pendingNames.value(entry.id)) + QLatin1Char('\t') +
                CsvCells::isoUtc(entry.dueMs) + QLatin1Char('\t') +
                (entry.revokeOutstanding ? QStringLiteral("not revoked")
                 : entry.isDue(now)      ? QStringLiteral("due")
                                         : QStringLiteral("not due")) +
                QLatin1Char('\n');
        if (entry.isDue(now))
            ++due;
    }
    Terminal::out(text);
    if (!note.isEmpty())
        Terminal::err(note);
    if (due > 0) {
        Terminal::err(tr("%n of them due: 'tokendesk-cli pending --delete-due' deletes them.\n", nullptr, due));
    }
    finish(ExitOk);
}

void Runner::runPendingDelete()
{
    const QString key = scheduleKey();
    QList<PendingDeletion> due;
    int scheduled = 0;
    if (!key.isEmpty()) {
        QSettings store(SettingsLocation::organization(), SettingsLocation::application());
        const PendingDeletions schedule(&store, key);
        scheduled = int(schedule.all().size());
        due = schedule.due(nowMs());
    }
    // Never the token this command runs with: the rest would fail once it is gone.
    const QString self = m_service->tokenInUseId();
    QStringList ids;
    for (const PendingDeletion &entry : std::as_const(due)) {
        if (TokenInUse::isTokenInUse(entry.id, self))
            Terminal::err(tr("Leaving out %1: this command runs with it.\n").arg(Terminal::printable(entry.id)));
        else
            ids.append(entry.id);
    }
    if (ids.isEmpty()) {
        Terminal::err(tr("No scheduled deletion is due (%n scheduled); nothing was deleted.\n", nullptr, scheduled));
        return finish(ExitOk);
    }
    if (!m_inv.yes) {
        if (!Terminal::stdinIsTerminal()) {
            Terminal::err(QStringLiteral("tokendesk-cli: ") +
                          tr("refusing to delete %n tokens without confirmation: standard input is not a terminal; "
                             "add --yes.\n",
                             nullptr, int(ids.size())));
            return finish(ExitUsage);
        }
        for (const PendingDeletion &entry : std::as_const(due)) {
            if (ids.contains(entry.id))
                Terminal::err(QStringLiteral("  %1\n").arg(Terminal::printable(entry.id)));
        }
        // The schedule is read and nothing is pending: reading the terminal now blocks nothing.
        const std::optional<QString> answer = Terminal::readLine(
            tr("Delete %n tokens for good (first: %1)? Type 'yes' to confirm: ", nullptr, int(ids.size()))
                .arg(Terminal::printable(ids.front())));
        if (!answer || answer->compare(QLatin1String("yes"), Qt::CaseInsensitive) != 0) {
            Terminal::err(tr("Not deleted.\n"));
            return finish(ExitUsage);
        }
    }
    startBulk(ids, 0);
}

void Runner::runExport()
{
    send<StubList>([this](Done<StubList> done) { m_service->listTokens(m_inv.query, this, std::move(done)); },
                   [this](const ApiResult<StubList> &result) {
                       if (!result.ok())
                           return fail(result.error);
                       if (!needsDetails(m_inv.columns))
                           return writeExport(std::make_shared<StubListSnapshot>(*result.value));
                       loadDetails(*result.value, [this] {
                           QList<TokenMetadata> tokens;
                           tokens.reserve(qsizetype(m_tokens.size()));
                           for (TokenMetadata &t : m_tokens)
                               tokens.append(std::move(t));
                           m_tokens = {};
                           writeExport(std::make_shared<TokenListSnapshot>(std::move(tokens)));
                       });
                   });
}

void Runner::runExportAcrossProfiles()
{
    const QList<ConnectionProfile> profiles = chosenProfiles();
    if (profiles.isEmpty())
        return;
    auto *run = new ProfileExport(profiles, keyringReader(), m_inv.query, needsDetails(m_inv.columns), this);
    run->setDetailsConcurrency(DetailsConcurrency);
    if (Terminal::stderrIsTerminal()) {
        connect(run, &ProfileExport::progress, this, [](const QString &profile, int, int done, int total) {
            Terminal::err(QLatin1Char('\r') + Terminal::printable(profile) + QStringLiteral(": ") +
                          (total > 0 ? tr("Loading details: %1 of %2").arg(done).arg(total) : tr("listing")));
        });
    }
    connect(run, &ProfileExport::finished, this, [this, run] {
        if (Terminal::stderrIsTerminal())
            Terminal::err(QStringLiteral("\n"));
        if (!run->succeeded()) {
            int code = ExitOk;
            for (const ProfileExport::Failure &f : run->failures()) {
                Terminal::err(
                    QStringLiteral("tokendesk-cli: ") +
                    tr("profile \u201C%1\u201D: %2\n")
                        .arg(Terminal::printable(f.profile), Terminal::printable(ApiError::redactSecrets(f.reason))));
                if (code == ExitOk)
                    code = f.error ? exitCodeFor(*f.error) : ExitUsage;
            }
            Terminal::err(QStringLiteral("tokendesk-cli: ") +
                          tr("nothing was exported: a file without these clusters would read as if they had no "
                             "tokens. Leave them out with --profiles.\n"));
            return finish(code);
        }
        if (run->deletedMeanwhile() > 0) {
            Terminal::err(QStringLiteral("tokendesk-cli: ") +
                          tr("%n tokens were deleted while loading details; they are listed without metadata.\n",
                             nullptr, run->deletedMeanwhile()));
        }
        writeRows(run->rows(m_inv.columns, nowMs()));
    });
    run->start();
}

void Runner::writeExport(const std::shared_ptr<const TokenSnapshot> &snapshot)
{
    writeRows(std::make_shared<TokenCsvRowSource>(snapshot, m_inv.columns, nowMs()));
}

void Runner::writeRows(const std::shared_ptr<const CsvRowSource> &source)
{
    if (!m_inv.outputFile.isEmpty()) {
        auto *job = new CsvExportJob(source, m_inv.outputFile, m_inv.csv, this);
        const int rows = source->rowCount();
        connect(job, &CsvExportJob::finished, this, [this, job, rows](bool ok, const QString &error) {
            job->deleteLater();
            if (!ok) {
                Terminal::err(QStringLiteral("tokendesk-cli: ") + error + QLatin1Char('\n'));
                return finish(ExitOutput);
            }
            Terminal::err(tr("Exported %n tokens to %1.\n", nullptr, rows).arg(m_inv.outputFile));
            finish(ExitOk);
        });
        job->start();
        return;
    }

    // Standard output: stream from this thread (a CLI has no GUI to keep responsive).
    QFile stdoutFile;
    if (!stdoutFile.open(stdout, QIODevice::WriteOnly)) {
        Terminal::err(QStringLiteral("tokendesk-cli: ") + tr("cannot write to standard output.\n"));
        return finish(ExitOutput);
    }
    CsvWriter writer(&stdoutFile, m_inv.csv);
    writer.setFreeTextColumns(source->freeTextColumns());
    bool ok = writer.writeHeader(source->header());
    for (int row = 0; ok && row < source->rowCount(); ++row)
        ok = writer.writeRow(*source, row);
    ok = ok && writer.finish();
    stdoutFile.flush();
    if (!ok) {
        Terminal::err(QStringLiteral("tokendesk-cli: ") + writer.errorString() + QLatin1Char('\n'));
        return finish(ExitOutput);
    }
    finish(ExitOk);
}

} // namespace TokenDesk::Cli
