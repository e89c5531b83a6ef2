// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// A fake Dynatrace Managed cluster: a real HTTP server (Qt HttpServer) serving the six Cluster API v2
// Tokens endpoints under /api/cluster/v2, faithful to api/cluster-v2-tokens.openapi.yaml and to the
// behaviour api/NOTES.md asks a fake to model (self-protection, rate limits, error envelopes). The
// peer of every integration test and the embedded demo (`tokendesk --demo`).
// It shares no code with the client's JSON codec on purpose: each checks the other.
#pragma once

#include "demoplugin/demoserver.h"

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace TokenDesk::Fake {

// The operations, for fault injection and request counting.
enum class Endpoint { List, Get, Lookup, Create, Update, Delete, Any };

// A fault applied to the next `count` requests of an endpoint (count < 0: until cleared).
struct Fault
{
    enum class Kind {
        None,
        Latency,        // delay the answer by latencyMs, then answer normally
        Status,         // answer `status` with Dynatrace's error envelope (`message`, if set)
        TruncatedBody,  // a normal answer whose body is cut in half (Content-Length kept honest)
        MalformedJson,  // status 200/201 with a body that is not JSON
        DropConnection, // close without answering; the client's automatic identical re-sends are dropped too
    };
    Kind kind = Kind::None;
    int status = 500;
    QString message;
    int latencyMs = 0;
    int count = 1;
};

struct SeedOptions
{
    int tokens = DemoTokens::Default; // total seeded tokens, admin token included (up to DemoTokens::Max)
    quint32 seed = 42;                // deterministic
    qint64 nowMs = 0;                 // 0 = the current time; dates spread around it
};

struct ServerOptions
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0;                               // 0 = any free port
    int rateLimitPerMinute = 100000;                // requests per token per window before 429
    int rateWindowMs = 60000;                       // the rate window (a minute, like Dynatrace; tests: shorter)
    bool lookupNeedsClusterTokenManagement = false; // spec: any scope; docs: ClusterTokenManagement
    QString stateFile;                              // optional persistence (written atomically)
};

// A created token as the fake knows it; `secret` is the full dt0c01.<24>.<64> value.
struct SeededToken
{
    QString id;
    QString secret;
    QString owner;
};

// What the fake holds for one token (tests inspect state without going through HTTP).
struct FakeTokenInfo
{
    QString id;
    QString name;
    QString owner;
    QStringList scopes; // alphabetical
    qint64 created = 0;
    std::optional<qint64> expires;
    std::optional<qint64> lastUse;
    bool revoked = false;
};

class FakeCluster : public QObject
{
    Q_OBJECT
public:
    explicit FakeCluster(QObject *parent = nullptr);
    ~FakeCluster() override;

    // Seeds (or loads the state file), starts listening. Returns false with errorString() on failure.
    bool start(const ServerOptions &options = {}, const SeedOptions &seed = {});
    void stop();
    quint16 port() const;
    QString baseUrl() const; // "http://127.0.0.1:PORT/api/cluster/v2"
    QString errorString() const;

    // The admin token (owner "admin", every scope, never expires). Its secret is what a client uses.
    SeededToken adminToken() const;
    // Adds a token directly (tests): owner, scopes, optional expiry/lastUse/revoked. Returns its secret.
    SeededToken addToken(const QString &name, const QString &owner, const QStringList &scopes,
                         std::optional<qint64> expiresMs = {}, std::optional<qint64> lastUseMs = {},
                         bool revoked = false, std::optional<qint64> createdMs = {});
    int tokenCount() const;
    bool hasToken(const QString &id) const;

    void injectFault(Endpoint endpoint, const Fault &fault);
    void clearFaults();
    void setRateLimitPerMinute(int limit);
    // Tests: a shorter rate window makes X-RateLimit-Reset (and Retry-After) come sooner.
    void setRateWindowMs(int windowMs);
    void setLookupNeedsClusterTokenManagement(bool needed);
    // Tests: freeze the clock used for created/lastUse/expiry/rate windows (0 = the real clock).
    void setFixedTime(qint64 nowMs);
    // The stored state of a token by identifier or secret; nullopt when unknown or deleted.
    std::optional<FakeTokenInfo> tokenInfo(const QString &idOrSecret) const;
    // Requests received per endpoint since start (Any = all).
    int requestCount(Endpoint endpoint = Endpoint::Any) const;
    // The raw body and headers of the last request to an endpoint (tests check what clients send).
    QByteArray lastRequestBody(Endpoint endpoint) const;
    QByteArray lastRequestHeader(Endpoint endpoint, const QByteArray &name) const;
    QString lastRequestQuery(Endpoint endpoint) const;

Q_SIGNALS:
    void requestServed(TokenDesk::Fake::Endpoint endpoint, int status);
    // Each request as it arrives, in order, before any fault or answer: what reached the server
    // (method "GET", "PUT", ...; the path names the token).
    void requestReceived(TokenDesk::Fake::Endpoint endpoint, const QByteArray &method, const QString &path,
                         const QByteArray &body);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace TokenDesk::Fake
