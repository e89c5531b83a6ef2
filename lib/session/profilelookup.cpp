// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "profilelookup.h"

#include "api/tokensservice.h"
#include "api/transportsecurity.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QNetworkAccessManager>

#include <algorithm>
#include <utility>

namespace TokenDesk {

// What one profile being asked owns: its own network access manager (connections, TLS sessions and
// the certificate checks of one cluster never mix with another's) and its own service.
struct ProfileLookup::Slot
{
    int index = -1;
    QNetworkAccessManager nam;
    TokensService service{&nam};
};

QString ProfileLookup::reasonOf(const ApiError &error)
{
    if (error.kind == ApiError::Kind::RateLimited)
        return tr("The cluster is rate limiting this profile's API token (HTTP 429); ask again later.");
    if (error.kind == ApiError::Kind::Http && error.httpStatus == 401)
        return tr("The cluster refused this profile's API token (HTTP 401): it may be revoked, expired or "
                  "mistyped. Enter it again in Connections.");
    if (error.kind == ApiError::Kind::Http && error.httpStatus == 403)
        return tr("This profile's API token is not allowed to do this on this cluster (HTTP 403): it needs the "
                  "ClusterTokenManagement scope.");
    if (error.kind == ApiError::Kind::Http && error.httpStatus == 404)
        return tr("The address answered 404 without the cluster's error message: is it the address of a "
                  "Dynatrace cluster?");
    QString text = error.toString();
    if (error.kind == ApiError::Kind::Tls)
        text += QLatin1Char(' ') + tr("Connect to this profile once to check and trust its certificate.");
    return text;
}

QString ProfileLookup::noTokenReason(const QString &why)
{
    return why.isEmpty() ? tr("No API token is stored for this profile.")
                         : tr("No API token is stored for this profile (%1).").arg(why);
}

QString ProfileLookup::refusalBeforeAsking(const ConnectionProfile &profile)
{
    QString urlError;
    const ConnectionSettings probe = profile.connectionSettings(QString(), &urlError);
    if (!probe.baseUrl.isValid())
        return tr("The profile's address is not usable: %1").arg(urlError);
    if (!Transport::maySendToken(probe.baseUrl, probe.allowInsecureHttp))
        return Transport::cleartextRefusal(probe.baseUrl);
    if (!profile.storedTokenMatchesAddress())
        return tr("The API token stored for this profile was entered for %1, but the profile now points to %2; "
                  "it is not sent there.")
            .arg(profile.storedTokenDestination(), Transport::destinationOf(probe.baseUrl));
    return QString();
}

ProfileLookup::ProfileLookup(QList<ConnectionProfile> profiles, TokenReader reader, QString secret, int concurrency,
                             QObject *parent)
    : QObject(parent)
    , m_profiles(std::move(profiles))
    , m_reader(std::move(reader))
    , m_secret(std::move(secret))
    , m_concurrency(qMax(1, concurrency))
{
    m_results.reserve(m_profiles.size());
    for (const ConnectionProfile &p : std::as_const(m_profiles)) {
        Result r;
        r.profile = p.name;
        r.destination = Transport::destinationOf(p.url);
        m_results.append(r);
    }
}

ProfileLookup::~ProfileLookup()
{
    cancel();
}

int ProfileLookup::foundCount() const
{
    return int(std::count_if(m_results.cbegin(), m_results.cend(),
                             [](const Result &r) { return r.outcome == Outcome::Found; }));
}

int ProfileLookup::notKnownCount() const
{
    return int(std::count_if(m_results.cbegin(), m_results.cend(),
                             [](const Result &r) { return r.outcome == Outcome::NotKnown; }));
}

int ProfileLookup::notAskedCount() const
{
    return int(std::count_if(m_results.cbegin(), m_results.cend(),
                             [](const Result &r) { return r.outcome == Outcome::NotAsked; }));
}

void ProfileLookup::start()
{
    if (m_started)
        return;
    m_started = true;
    if (m_profiles.isEmpty()) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (m_cancelled || m_finished)
                    return;
                m_finished = true;
                m_secret.clear();
                Q_EMIT finished();
            },
            Qt::QueuedConnection);
        return;
    }
    startNext();
}

void ProfileLookup::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    for (const auto &slot : m_slots)
        slot->service.cancelAll();
    m_slots.clear();
    m_secret.clear();
}

void ProfileLookup::startNext()
{
    while (!m_cancelled && m_running < m_concurrency && m_next < m_profiles.size()) {
        const int index = m_next++;
        ++m_running;
        const ConnectionProfile &profile = m_profiles.at(index);
        // Refused before the keyring is even asked: nothing would be sent anyway.
        if (const QString refusal = refusalBeforeAsking(profile); !refusal.isEmpty()) {
            refuseLater(index, refusal);
            continue;
        }
        m_reader(profile, this, [this, index](bool found, const QString &apiToken, const QString &why) {
            if (m_cancelled)
                return;
            if (!found || apiToken.isEmpty()) {
                conclude(index, Outcome::NotAsked, noTokenReason(why));
                return;
            }
            ask(index, apiToken);
        });
    }
}

void ProfileLookup::refuseLater(int index, const QString &reason)
{
    // From the event loop, like every other answer: no signal comes from inside start().
    QMetaObject::invokeMethod(
        this,
        [this, index, reason] {
            if (!m_cancelled)
                conclude(index, Outcome::NotAsked, reason);
        },
        Qt::QueuedConnection);
}

void ProfileLookup::ask(int index, const QString &apiToken)
{
    auto slot = std::make_unique<Slot>();
    slot->index = index;
    slot->service.setConnection(m_profiles.at(index).connectionSettings(apiToken));
    Slot *raw = slot.get();
    m_slots.push_back(std::move(slot));
    raw->service.lookupToken(m_secret, this, [this, index, raw](const ApiResult<TokenMetadata> &result) {
        if (m_cancelled)
            return;
        if (result.ok()) {
            m_results[index].token = *result.value;
            conclude(index, Outcome::Found);
        } else if (result.error.kind == ApiError::Kind::Http && result.error.httpStatus == 404 &&
                   result.error.code.has_value()) {
            // Dynatrace's own "not found" envelope: the cluster was asked and does not know it. A 404
            // without it comes from something else at that address (see reasonOf).
            conclude(index, Outcome::NotKnown);
        } else {
            conclude(index, Outcome::NotAsked, reasonOf(result.error), result.error);
        }
        // The slot's service is inside its own callback: released once that has returned.
        for (auto it = m_slots.begin(); it != m_slots.end(); ++it) {
            if (it->get() == raw) {
                QMetaObject::invokeMethod(
                    this, [owned = std::shared_ptr<Slot>(std::move(*it))] {}, Qt::QueuedConnection);
                m_slots.erase(it);
                break;
            }
        }
    });
}

void ProfileLookup::conclude(int index, Outcome outcome, const QString &reason, const std::optional<ApiError> &error)
{
    Result &r = m_results[index];
    r.outcome = outcome;
    r.reason = reason;
    r.error = error;
    --m_running;
    Q_EMIT resultReady(index);
    if (m_cancelled)
        return;
    if (m_running == 0 && m_next >= m_profiles.size()) {
        m_finished = true;
        m_secret.clear(); // every cluster has answered: the secret has done its job
        Q_EMIT finished();
        return;
    }
    startNext();
}

} // namespace TokenDesk
