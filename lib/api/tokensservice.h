// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The client of the Cluster API v2 Tokens endpoints. One class over an injected
// QNetworkAccessManager; one place builds every request. All six operations are asynchronous: each
// returns a RequestId at once and later calls its callback exactly once (unless cancelled or the
// context object was destroyed) with either a value or an ApiError.
#pragma once

#include "apierror.h"
#include "connectionsettings.h"
#include "stublist.h"
#include "tokentypes.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QUrl>

#include <functional>
#include <map>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace TokenDesk {

template<class T>
struct ApiResult
{
    std::optional<T> value;
    ApiError error; // meaningful only when !ok()
    bool ok() const { return value.has_value(); }
};
struct NoContent
{};

class TokensService : public QObject
{
    Q_OBJECT
public:
    using RequestId = quint64;

    explicit TokensService(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~TokensService() override;

    // Accepts "https://host", "https://host/", "host", "https://host/api/cluster/v2[/]" and
    // returns https://host/api/cluster/v2. On failure returns an invalid QUrl and sets *error.
    static QUrl normalizeBaseUrl(const QString &input, QString *error = nullptr);
    // The public identifier of a secret: "dt0c01.ABC...XYZ" for new-format tokens; for anything
    // else a masked form that reveals no more than the first 6 characters.
    static QString identifierOf(const QString &secret);

    void setConnection(const ConnectionSettings &settings);
    const ConnectionSettings &connection() const { return m_settings; }
    // Whether the cluster answered over HTTP/2 (TLS with ALPN): requests then share one connection,
    // many at a time, instead of QNetworkAccessManager's six HTTP/1.1 connections. Known after the
    // first answer; reset by setConnection().
    bool multiplexes() const { return m_multiplexes; }
    // The id of the token this connection authenticates with: the one a lookup of its own secret
    // returned (setTokenInUseId), else what the secret tells (TokenInUse::idOfSecret); empty while
    // unknown. The cluster does not let that token change or delete itself.
    QString tokenInUseId() const;
    void setTokenInUseId(const QString &id);

    RequestId listTokens(const ListQuery &query, QObject *context,
                         std::function<void(const ApiResult<StubList> &)> done);
    RequestId getToken(const QString &id, QObject *context, std::function<void(const ApiResult<TokenMetadata> &)> done);
    RequestId lookupToken(const QString &secret, QObject *context,
                          std::function<void(const ApiResult<TokenMetadata> &)> done);
    // On 201 the value holds the secret (shown once) and the id; the service also emits tokenCreated.
    RequestId createToken(const CreateTokenRequest &request, QObject *context,
                          std::function<void(const ApiResult<TokenSecret> &)> done);
    RequestId updateToken(const QString &id, const UpdateTokenRequest &request, QObject *context,
                          std::function<void(const ApiResult<NoContent> &)> done);
    RequestId deleteToken(const QString &id, QObject *context, std::function<void(const ApiResult<NoContent> &)> done);

    // The callback is not called for a cancelled request.
    void cancel(RequestId id);
    void cancelAll();
    int pendingCount() const;

    // Builds the request for a path relative to the base URL (exposed for tests).
    QNetworkRequest buildRequest(const QString &relativePath,
                                 const QList<std::pair<QString, QString>> &query = {}) const;

Q_SIGNALS:
    void tokenCreated(const QString &id);
    void tokenUpdated(const QString &id, const TokenDesk::UpdateTokenRequest &request);
    void tokenDeleted(const QString &id);
    // From X-RateLimit-* response headers, whenever a response carries them.
    void rateLimitSeen(int limit, int remaining, qint64 resetUs);
    // A TLS failure with the server's certificate: unknown issuer, self-signed, host name mismatch,
    // expired, ... or (with a pin) a certificate other than the pinned one, even one whose chain
    // verifies; then `errors` may be empty. Transport::diagnoseTls says which, and whether pinning
    // it makes sense.
    void untrustedCertificate(const QSslCertificate &certificate, const QList<QSslError> &errors);

private:
    struct Pending;
    struct ListStream;
    struct Response;
    using Completion = std::function<void(const Response &)>;

    RequestId send(const QByteArray &verb, const QString &operation, const QString &relativePath,
                   const QList<std::pair<QString, QString>> &query, const QByteArray &body, qint64 maxBodyBytes,
                   int deadlineMs, QObject *context, Completion complete);
    RequestId failLater(const ApiError &error, QObject *context, Completion complete);
    RequestId registerPending(std::unique_ptr<Pending> pending, QObject *context);
    std::unique_ptr<Pending> take(RequestId id);
    void onFinished(RequestId id);
    void onSslErrors(RequestId id, const QList<QSslError> &errors);
    void onEncrypted(RequestId id);
    void onMetaData(RequestId id);
    void onProgress(RequestId id, qint64 received);
    void onListData(RequestId id);
    void onBodyData(RequestId id);
    void publishListData(Pending &pending, bool complete);
    void abortWith(RequestId id, const ApiError &error);
    void startParsing(RequestId id, const QByteArray &body);
    void finishParsing(RequestId id, const std::shared_ptr<std::optional<StubList>> &list, const QString &error);
    Response interpret(Pending &pending, QNetworkReply *reply);
    std::optional<ApiError> checkConnection(const QString &operation) const;
    QString redact(const QString &text, const QString &extraSecret = QString()) const;
    void redactError(ApiError *error, const QString &extraSecret) const;

    QNetworkAccessManager *m_nam;
    ConnectionSettings m_settings;
    QString m_tokenInUseId;                              // learned by a lookup; cleared with every new connection
    std::optional<QSslConfiguration> m_sslConfiguration; // only for https (see setConnection)
    QByteArray m_pinnedDigest;                           // raw SHA-256 of the pinned certificate
    bool m_multiplexes = false;
    QString m_configurationError;
    RequestId m_nextId = 1;
    std::map<RequestId, std::unique_ptr<Pending>> m_pending;
};

} // namespace TokenDesk
