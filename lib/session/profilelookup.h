// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// "Which of our clusters is this leaked secret from?": one pasted secret looked up in several
// connection profiles at once. Each profile is asked with its own API token (read through a
// TokenReader, the keyring in the app and the CLI) and its own connection settings
// (ConnectionProfile::connectionSettings: address, CA file, pinned certificate, timeout), on a
// TokensService and network access manager of its own, at most `concurrency` profiles at a time.
//
// Each profile ends in one of three outcomes:
//   Found      the cluster knows the secret: its token's metadata, as a single lookup shows it;
//   NotKnown   the cluster answered that it knows no such token (404, as the environment API's
//              lookup documents and the fake cluster answers);
//   NotAsked   the question could not be put: no API token stored for the profile, an address
//              that is unusable or would send the token in clear, unreachable, a TLS or timeout
//              failure, the profile's own token refused (401/403), rate limited; `reason` says
//              which in words.
//
// The secret is held only until every profile has answered (or the lookup is cancelled or
// destroyed), and is never logged: the service redacts secret-shaped text from every error.
#pragma once

#include "api/apierror.h"
#include "api/tokentypes.h"
#include "settings/connectionprofile.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace TokenDesk {

class TokensService;

class ProfileLookup final : public QObject
{
    Q_OBJECT
public:
    enum class Outcome { Pending, Found, NotKnown, NotAsked };
    Q_ENUM(Outcome)

    struct Result
    {
        QString profile;     // the profile's name
        QString destination; // scheme://host:port it was (or would have been) asked at
        Outcome outcome = Outcome::Pending;
        TokenMetadata token;           // Found
        QString reason;                // NotAsked: why, in words
        std::optional<ApiError> error; // NotAsked after a request: the failure itself
    };

    // Reads the API token of `profile` and calls `done(found, secret, why-not)` (later, never
    // from inside the call); `context` is the lifetime guard of the callback.
    using TokenReader = std::function<void(const ConnectionProfile &profile, QObject *context,
                                           std::function<void(bool, const QString &, const QString &)> done)>;

    // Profiles asked at a time unless the caller says otherwise: enough that a handful of clusters
    // answer within one timeout, few enough that a long list does not open dozens of connections
    // (and keyring reads) at once.
    static constexpr int DefaultConcurrency = 4;

    // Why a request to a profile's cluster did not get an answer, in words (its own token refused,
    // rate limited, unreachable, ...); shared with the export across profiles.
    static QString reasonOf(const ApiError &error);
    // The words for a profile whose API token could not be read (`why`: the store's reason, or empty).
    static QString noTokenReason(const QString &why);
    // The checks made before a profile's token is even read: an unusable address, plain http to
    // another host, a stored token entered for another destination. Empty when none applies.
    static QString refusalBeforeAsking(const ConnectionProfile &profile);

    ProfileLookup(QList<ConnectionProfile> profiles, TokenReader reader, QString secret,
                  int concurrency = DefaultConcurrency, QObject *parent = nullptr);
    ~ProfileLookup() override;

    // Starts asking; resultReady for each profile and then finished follow (finished at once, later,
    // when there is no profile).
    void start();
    // Stops every request; the profiles not answered yet stay Pending, finished() is not emitted.
    void cancel();

    const QList<Result> &results() const { return m_results; }
    bool isFinished() const { return m_finished; }
    int foundCount() const;
    int notKnownCount() const;
    int notAskedCount() const;

Q_SIGNALS:
    void resultReady(int index);
    void finished();

private:
    struct Slot;
    void startNext();
    void refuseLater(int index, const QString &reason);
    void ask(int index, const QString &apiToken);
    void conclude(int index, Outcome outcome, const QString &reason = QString(),
                  const std::optional<ApiError> &error = std::nullopt);

    QList<ConnectionProfile> m_profiles;
    TokenReader m_reader;
    QString m_secret;
    int m_concurrency;
    QList<Result> m_results;
    std::vector<std::unique_ptr<Slot>> m_slots; // one per profile being asked
    int m_next = 0;
    int m_running = 0;
    bool m_started = false;
    bool m_finished = false;
    bool m_cancelled = false;
};

} // namespace TokenDesk
