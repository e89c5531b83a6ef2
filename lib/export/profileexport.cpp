// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "profileexport.h"

#include "api/tokensservice.h"

#include <QMetaObject>
#include <QNetworkAccessManager>

#include <utility>
#include <vector>

namespace TokenDesk {

struct ProfileExport::Connection
{
    // Destroyed bottom-up: the callbacks' context, then the service, then the replies' owner.
    QNetworkAccessManager nam;
    TokensService service{&nam};
    QObject guard;
};

namespace {

// "Cluster", then the token columns; one profile's tokens after the other's.
class ClusterRowSource final : public CsvRowSource
{
public:
    struct Part
    {
        QString cluster;
        QList<TokenMetadata> tokens;
    };

    ClusterRowSource(QList<Part> parts, QList<TokenColumn> columns, qint64 nowMs)
        : m_parts(std::move(parts))
        , m_columns(std::move(columns))
        , m_nowMs(nowMs)
    {
        for (int p = 0; p < m_parts.size(); ++p) {
            for (int t = 0; t < m_parts.at(p).tokens.size(); ++t)
                m_rows.emplace_back(p, t);
        }
    }

    int rowCount() const override { return int(m_rows.size()); }
    QStringList header() const override
    {
        return QStringList{ProfileExport::clusterHeader()} + TokenColumns::headerNames(m_columns);
    }
    QList<bool> freeTextColumns() const override
    {
        // A profile's name is typed by a person: guarded like a token's name.
        return QList<bool>{true} + TokenColumns::freeTextFlags(m_columns);
    }
    void fields(int row, QStringList &out) const override
    {
        const auto [part, token] = m_rows[size_t(row)];
        QStringList cells;
        TokenColumns::cells(m_columns, m_parts.at(part).tokens.at(token), m_nowMs, cells);
        out.clear();
        out.reserve(cells.size() + 1);
        out.append(m_parts.at(part).cluster);
        out.append(cells);
    }

private:
    const QList<Part> m_parts;
    const QList<TokenColumn> m_columns;
    const qint64 m_nowMs;
    std::vector<std::pair<int, int>> m_rows;
};

} // namespace

QString ProfileExport::clusterHeader()
{
    return QStringLiteral("Cluster");
}

ProfileExport::ProfileExport(QList<ConnectionProfile> profiles, ProfileLookup::TokenReader reader, ListQuery query,
                             bool loadDetails, QObject *parent)
    : QObject(parent)
    , m_profiles(std::move(profiles))
    , m_reader(std::move(reader))
    , m_query(std::move(query))
    , m_loadDetails(loadDetails)
{}

ProfileExport::~ProfileExport()
{
    cancel();
}

int ProfileExport::tokenCount() const
{
    int n = 0;
    for (const Part &p : m_parts)
        n += int(p.tokens.size());
    return n;
}

void ProfileExport::start()
{
    if (m_started)
        return;
    m_started = true;
    // Later, like every answer: no signal comes from inside start().
    QMetaObject::invokeMethod(this, &ProfileExport::startProfile, Qt::QueuedConnection);
}

void ProfileExport::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    if (m_conn)
        m_conn->service.cancelAll();
    m_conn.reset(); // drops the callbacks of the current profile
}

void ProfileExport::startProfile()
{
    if (m_cancelled)
        return;
    ++m_current;
    if (m_current >= m_profiles.size()) {
        m_finished = true;
        Q_EMIT finished();
        return;
    }
    const ConnectionProfile &profile = m_profiles.at(m_current);
    m_parts.append(Part{profile.name, {}});
    m_profileFailed = false;
    // A network access manager of its own: one cluster's connections and certificates never serve
    // another's.
    m_conn = std::make_shared<Connection>();
    Q_EMIT progress(profile.name, m_current, 0, 0);
    if (const QString refusal = ProfileLookup::refusalBeforeAsking(profile); !refusal.isEmpty())
        return profileFailed(refusal);
    m_reader(profile, &m_conn->guard, [this, profile](bool found, const QString &apiToken, const QString &why) {
        if (!found || apiToken.isEmpty())
            return profileFailed(ProfileLookup::noTokenReason(why));
        m_conn->service.setConnection(profile.connectionSettings(apiToken));
        m_conn->service.listTokens(m_query, &m_conn->guard, [this](const ApiResult<StubList> &result) {
            if (!result.ok())
                return profileFailed(ProfileLookup::reasonOf(result.error), result.error);
            listed(*result.value);
        });
    });
}

void ProfileExport::listed(const StubList &list)
{
    QList<TokenMetadata> &tokens = m_parts.last().tokens;
    tokens.reserve(list.size());
    for (int i = 0; i < list.size(); ++i) {
        TokenMetadata t;
        t.id = list.id(i);
        if (list.hasName(i))
            t.name = list.name(i);
        tokens.append(std::move(t));
    }
    if (!m_loadDetails || tokens.isEmpty())
        return profileDone();
    m_nextDetail = 0;
    m_inFlight = 0;
    m_detailsDone = 0;
    Q_EMIT progress(m_parts.last().cluster, m_current, 0, int(tokens.size()));
    startDetails();
}

void ProfileExport::startDetails()
{
    QList<TokenMetadata> &tokens = m_parts.last().tokens;
    while (!m_profileFailed && m_inFlight < m_concurrency && m_nextDetail < tokens.size()) {
        const int row = m_nextDetail++;
        ++m_inFlight;
        m_conn->service.getToken(
            *tokens.at(row).id, &m_conn->guard, [this, row](const ApiResult<TokenMetadata> &result) {
                --m_inFlight;
                if (m_profileFailed)
                    return;
                TokenMetadata &t = m_parts.last().tokens[row];
                if (result.ok()) {
                    const QString id = *t.id;
                    t = *result.value;
                    if (!t.id)
                        t.id = id;
                } else if (result.error.kind == ApiError::Kind::Http && result.error.httpStatus == 404) {
                    ++m_deletedMeanwhile; // deleted since the list was read: id and name only
                } else {
                    return profileFailed(ProfileLookup::reasonOf(result.error), result.error);
                }
                ++m_detailsDone;
                Q_EMIT progress(m_parts.last().cluster, m_current, m_detailsDone, int(m_parts.last().tokens.size()));
                if (m_detailsDone == m_parts.last().tokens.size())
                    return profileDone();
                startDetails();
            });
    }
}

void ProfileExport::profileFailed(const QString &reason, const std::optional<ApiError> &error)
{
    m_profileFailed = true;
    m_failures.append(Failure{m_profiles.at(m_current).name, reason, error});
    m_parts.last().tokens.clear();
    profileDone();
}

void ProfileExport::profileDone()
{
    // The current profile's requests and callbacks end here (from the event loop: one of its
    // callbacks may be running).
    if (m_conn)
        m_conn->service.cancelAll();
    QMetaObject::invokeMethod(
        this,
        [this, done = std::exchange(m_conn, nullptr)]() mutable {
            done.reset();
            startProfile();
        },
        Qt::QueuedConnection);
}

std::shared_ptr<const CsvRowSource> ProfileExport::rows(const QList<TokenColumn> &columns, qint64 nowMs) const
{
    QList<ClusterRowSource::Part> parts;
    parts.reserve(m_parts.size());
    for (const Part &p : m_parts)
        parts.append(ClusterRowSource::Part{p.cluster, p.tokens});
    return std::make_shared<ClusterRowSource>(std::move(parts), columns, nowMs);
}

} // namespace TokenDesk
