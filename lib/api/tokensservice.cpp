// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "tokensservice.h"
#include "core/background.h"

#include "jsoncodec.h"
#include "tokenformat.h"
#include "tokeninuse.h"
#include "transportsecurity.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTimer>

#include <atomic>
#include <mutex>
#include <vector>

Q_LOGGING_CATEGORY(lcTokenDeskApi, "tokendesk.api", QtInfoMsg)

namespace TokenDesk {

namespace {

constexpr qint64 ListBodyLimit = qint64(512) * 1024 * 1024;
constexpr qint64 BodyLimit = qint64(1024) * 1024;
constexpr int ListDeadlineFactor = 10;
constexpr qint64 ListReadBufferBytes = qint64(4) * 1024 * 1024;
constexpr qint64 BodyReadBufferBytes = qint64(256) * 1024;

// An id for signals and logs: a full secret (as detection sees it, any case) becomes its public
// identifier.
QString publicId(const QString &idOrSecret)
{
    const QString identifier = TokenFormat::identifierOf(idOrSecret);
    return identifier.isEmpty() ? idOrSecret : identifier;
}

// "." and ".." would be read as path segments, not ids; empty ids address the collection.
bool isInvalidId(const QString &id)
{
    return id.trimmed().isEmpty() || id == QLatin1String(".") || id == QLatin1String("..");
}

QString encodedId(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

ApiError makeError(ApiError::Kind kind, const QString &operation, const QString &message, int status = 0)
{
    ApiError error;
    error.kind = kind;
    error.operation = operation;
    error.message = message;
    error.httpStatus = status;
    return error;
}

template<class T>
ApiResult<T> failure(const ApiError &error)
{
    ApiResult<T> result;
    result.error = error;
    return result;
}

template<class T>
ApiResult<T> success(T value)
{
    ApiResult<T> result;
    result.value = std::move(value);
    return result;
}

// Calls `done` unless the context object (when one was given) has been destroyed.
template<class T>
std::function<void(const ApiResult<T> &)> guarded(QObject *context, std::function<void(const ApiResult<T> &)> done)
{
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    return [guard, hasContext, done = std::move(done)](const ApiResult<T> &result) {
        if (hasContext && !guard)
            return;
        if (done)
            done(result);
    };
}

bool isJsonContentType(const QByteArray &contentType)
{
    const QByteArray mime = contentType.split(';').constFirst().trimmed().toLower();
    return mime == "application/json" || mime == "text/json" || mime.endsWith("+json");
}

QString formatMs(int ms)
{
    if (ms % 1000 == 0)
        return TokensService::tr("%1 s").arg(ms / 1000);
    return TokensService::tr("%1 ms").arg(ms);
}

QString formatBytes(qint64 bytes)
{
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0)
        return TokensService::tr("%1 MiB").arg(bytes / (1024 * 1024));
    return TokensService::tr("%1 bytes").arg(bytes);
}

std::optional<qint64> headerInt(QNetworkReply *reply, const char *name)
{
    const QByteArray value = reply->rawHeader(name).trimmed();
    if (value.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 number = value.toLongLong(&ok);
    return ok ? std::optional<qint64>(number) : std::nullopt;
}

// `X-RateLimit-Reset` is documented as epoch microseconds; values that can only be seconds or
// milliseconds (before the year 5138 in those units) are scaled up.
qint64 resetToMicroseconds(qint64 value)
{
    if (value <= 0)
        return 0;
    if (value < qint64(100000000000)) // seconds
        return value * 1000000;
    if (value < qint64(100000000000000)) // milliseconds
        return value * 1000;
    return value;
}

std::optional<qint64> retryAfterUs(const QByteArray &header)
{
    const QByteArray value = header.trimmed();
    if (value.isEmpty())
        return std::nullopt;
    const qint64 nowUs = QDateTime::currentMSecsSinceEpoch() * 1000;
    bool ok = false;
    const qint64 seconds = value.toLongLong(&ok);
    // Clamped to a year: a server's 9223372036854775807 must not overflow the arithmetic.
    constexpr qint64 MaxRetryAfterSeconds = qint64(366) * 24 * 3600;
    if (ok)
        return seconds >= 0 ? std::optional<qint64>(nowUs + std::min(seconds, MaxRetryAfterSeconds) * 1000000)
                            : std::nullopt;
    // An HTTP date ("Wed, 29 May 2024 16:26:40 GMT"); Qt 6.4 parses the zone only as a numeric offset.
    QString text = QString::fromLatin1(value);
    if (text.endsWith(QLatin1String(" GMT")) || text.endsWith(QLatin1String(" UTC")))
        text = text.left(text.size() - 4) + QStringLiteral(" +0000");
    const QDateTime date = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!date.isValid())
        return std::nullopt;
    return date.toMSecsSinceEpoch() * 1000;
}

QString defaultMessage(int status)
{
    switch (status) {
    case 401:
        return TokensService::tr("the API token was not accepted (missing, unknown, revoked or expired)");
    case 403:
        return TokensService::tr("the API token lacks the required scope (ClusterTokenManagement)");
    case 404:
        return TokensService::tr("not found");
    case 429:
        return TokensService::tr("too many requests; try again later");
    case 556:
        return TokensService::tr("the cluster is being upgraded; try again later");
    default:
        return QString();
    }
}

} // namespace

struct TokensService::Response
{
    std::optional<ApiError> error;
    RequestId id = 0;
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QByteArray location;
};

struct TokensService::Pending
{
    RequestId id = 0;
    QString operation;
    QByteArray verb;
    QString logPath;
    QNetworkReply *reply = nullptr;
    QTimer *deadline = nullptr;
    QMetaObject::Connection contextConnection;
    QElapsedTimer elapsed;
    qint64 maxBodyBytes = BodyLimit;
    int deadlineMs = 0;
    std::optional<ApiError> abortReason;
    QList<QSslError> sslErrors;
    QSslCertificate peerCertificate;
    QString extraSecret; // redacted from every error text of this request (the lookup secret)
    bool parseOffThread = false;
    bool bodySniffed = false;                             // the first byte of a success body was checked (onProgress)
    std::optional<Background::CancelFlag> parseCancelled; // set while the body is decoded off this thread
    std::shared_ptr<ListStream> stream;                   // the list body, decoded while it arrives
    QByteArray body; // any other body, read as it arrives (bounded, see onBodyData)
    Completion complete;
    std::function<void(const std::shared_ptr<std::optional<StubList>> &, const QString &)> listDone;

    Pending() = default;
    Q_DISABLE_COPY_MOVE(Pending)
    ~Pending();
};

// A list body with a known length (Content-Length, no Content-Encoding) is read from the reply as it
// arrives into one buffer of that size and decoded meanwhile on a QThreadPool worker: parsing overlaps
// the download instead of following it, and the reply never buffers the whole body (which readAll()
// would then copy once more). At most one decode task runs at a time; it decodes what has arrived, and
// a new one starts when more arrives. No pool thread ever waits for the network.
struct TokensService::ListStream
{
    explicit ListStream(qint64 size)
        : capacity(size)
        , data(new char[size_t(qMax<qint64>(size, 1))])
    {}

    const qint64 capacity;
    std::unique_ptr<char[]> data; // freed by the task once the complete body is decoded (before the list is delivered)
    qint64 written = 0;           // the service's thread only

    std::mutex mutex;              // guards the four members below
    qint64 available = 0;          // bytes of `data` the decoder may read (never written again)
    bool complete = false;         // the whole body is in
    bool running = false;          // a decode task is running
    bool abandoned = false;        // the request is gone: no result wanted
    Json::StubListDecoder decoder; // used by the running task only
};

TokensService::Pending::~Pending()
{
    if (stream) {
        const std::lock_guard<std::mutex> lock(stream->mutex);
        stream->abandoned = true;
    }
}

TokensService::TokensService(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
{
    Q_ASSERT(m_nam);
}

TokensService::~TokensService()
{
    cancelAll();
}

QUrl TokensService::normalizeBaseUrl(const QString &input, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return QUrl();
    };
    const QString text = input.trimmed();
    if (text.isEmpty())
        return fail(tr("Enter the cluster address, e.g. https://cluster.example.com"));
    QString withScheme = text;
    static const QRegularExpression schemePattern(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*://"));
    if (!schemePattern.match(text).hasMatch())
        withScheme = QStringLiteral("https://") + text;
    const QUrl url(withScheme, QUrl::StrictMode);
    if (!url.isValid())
        return fail(tr("Not a valid address: %1").arg(url.errorString()));
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return fail(
            tr("Unsupported scheme \"%1\": use https:// (or http:// for a local test cluster)").arg(url.scheme()));
    if (url.host().isEmpty())
        return fail(tr("The address has no host name"));
    if (!url.userInfo().isEmpty())
        return fail(tr("The address must not contain a user name or password; the API token is "
                       "entered separately"));
    if (url.hasQuery())
        return fail(tr("The address must not contain a query (\"?…\")"));
    if (url.hasFragment())
        return fail(tr("The address must not contain a fragment (\"#…\")"));

    QString path = url.path(QUrl::FullyEncoded);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    static const QLatin1String apiPath("/api/cluster/v2");
    if (path.endsWith(apiPath))
        path.chop(apiPath.size());
    if (!path.isEmpty())
        return fail(tr("Unexpected path \"%1\": give the cluster address (https://host) or the API base "
                       "(https://host/api/cluster/v2)")
                        .arg(url.path()));

    QUrl result;
    result.setScheme(scheme);
    result.setHost(url.host(QUrl::FullyEncoded), QUrl::TolerantMode);
    const int defaultPort = scheme == QLatin1String("https") ? 443 : 80;
    if (url.port() != -1 && url.port() != defaultPort)
        result.setPort(url.port());
    result.setPath(apiPath);
    if (!result.isValid())
        return fail(tr("Not a valid address: %1").arg(result.errorString()));
    if (error)
        error->clear();
    return result;
}

QString TokensService::identifierOf(const QString &secret)
{
    if (secret.isEmpty())
        return QString();
    // A secret (or an identifier, returned as it is) in any case: this is for showing, so it may
    // be generous; anything else shows no more than 6 characters.
    if (const QString identifier = TokenFormat::identifierOf(secret); !identifier.isEmpty())
        return identifier;
    if (secret.size() < 16)
        return QStringLiteral("…");
    return secret.left(6) + QStringLiteral("…");
}

QString TokensService::tokenInUseId() const
{
    return m_tokenInUseId.isEmpty() ? TokenInUse::idOfSecret(m_settings.apiToken) : m_tokenInUseId;
}

void TokensService::setTokenInUseId(const QString &id)
{
    m_tokenInUseId = id;
}

void TokensService::setConnection(const ConnectionSettings &settings)
{
    // A kept-alive connection (and its TLS session) was accepted under the old address, CA file and
    // pin: none may carry a request made under the new ones, so the next request opens a new one.
    const bool hadConnection = !m_settings.baseUrl.isEmpty();
    if (hadConnection && (settings.baseUrl != m_settings.baseUrl || settings.caFile != m_settings.caFile ||
                          settings.pinnedSha256 != m_settings.pinnedSha256 ||
                          settings.allowInsecureHttp != m_settings.allowInsecureHttp))
        m_nam->clearConnectionCache();
    m_settings = settings;
    m_multiplexes = false;
    m_tokenInUseId.clear();
    m_configurationError.clear();
    m_pinnedDigest.clear();
    // The TLS backend (OpenSSL, the system CA store) is loaded only when an https cluster is configured
    // (even a default-constructed QSslConfiguration loads it): a window without a connection starts
    // without it, sooner at its first paint, and an http test cluster never needs it.
    m_sslConfiguration.reset();
    if (settings.baseUrl.scheme() == QLatin1String("https"))
        m_sslConfiguration = QSslConfiguration::defaultConfiguration();
    if (!settings.caFile.isEmpty()) {
        const QList<QSslCertificate> certificates = QSslCertificate::fromPath(settings.caFile, QSsl::Pem);
        if (certificates.isEmpty()) {
            m_configurationError = tr("The CA file \"%1\" holds no PEM certificate").arg(settings.caFile);
        } else {
            if (!m_sslConfiguration)
                m_sslConfiguration = QSslConfiguration::defaultConfiguration();
            m_sslConfiguration->addCaCertificates(certificates);
        }
    }
    if (!settings.pinnedSha256.isEmpty()) {
        QByteArray hex = settings.pinnedSha256;
        hex.replace(':', QByteArray()).replace(' ', QByteArray());
        const QByteArray digest = QByteArray::fromHex(hex);
        if (digest.size() != 32 || digest.toHex() != hex.toLower())
            m_configurationError = tr("The pinned certificate fingerprint is not a SHA-256 hex digest");
        else
            m_pinnedDigest = digest;
    }
}

QNetworkRequest TokensService::buildRequest(const QString &relativePath,
                                            const QList<std::pair<QString, QString>> &query) const
{
    QUrl url = m_settings.baseUrl;
    QString path = url.path(QUrl::FullyEncoded);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (!relativePath.isEmpty())
        path += QLatin1Char('/') + relativePath;
    url.setPath(path, QUrl::TolerantMode);
    if (!query.isEmpty()) {
        QString encoded;
        for (const auto &item : query) {
            if (!encoded.isEmpty())
                encoded += QLatin1Char('&');
            encoded += QString::fromLatin1(QUrl::toPercentEncoding(item.first)) + QLatin1Char('=') +
                       QString::fromLatin1(QUrl::toPercentEncoding(item.second));
        }
        url.setQuery(encoded, QUrl::TolerantMode);
    }

    QNetworkRequest request(url);
    request.setRawHeader("Authorization", QByteArrayLiteral("Api-Token ") + m_settings.apiToken.toUtf8());
    request.setRawHeader("Accept", "application/json; charset=utf-8");
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QString(QStringLiteral("TokenDesk/") + QCoreApplication::applicationVersion()));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setTransferTimeout(qMax(1, m_settings.timeoutMs));
    if (url.scheme() == QLatin1String("https") && m_sslConfiguration)
        request.setSslConfiguration(*m_sslConfiguration);
    return request;
}

std::optional<ApiError> TokensService::checkConnection(const QString &operation) const
{
    const QUrl &url = m_settings.baseUrl;
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return makeError(ApiError::Kind::InvalidRequest, operation, tr("No valid cluster address is set"));
    if (!Transport::maySendToken(url, m_settings.allowInsecureHttp))
        return makeError(ApiError::Kind::InvalidRequest, operation, Transport::cleartextRefusal(url));
    if (m_settings.apiToken.isEmpty())
        return makeError(ApiError::Kind::InvalidRequest, operation, tr("No API token is set"));
    for (const QChar c : m_settings.apiToken) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7F)
            return makeError(ApiError::Kind::InvalidRequest, operation,
                             tr("The API token contains characters that cannot be sent "
                                "(spaces, line breaks or non-ASCII)"));
    }
    if (!m_configurationError.isEmpty())
        return makeError(ApiError::Kind::InvalidRequest, operation, m_configurationError);
    return std::nullopt;
}

QString TokensService::redact(const QString &text, const QString &extraSecret) const
{
    QString result = ApiError::redactSecrets(text);
    for (const QString &secret : {m_settings.apiToken, extraSecret}) {
        if (secret.size() < 4)
            continue;
        const QString masked = identifierOf(secret);
        result.replace(secret, masked);
        result.replace(QString::fromLatin1(QUrl::toPercentEncoding(secret)), masked);
    }
    return result;
}

void TokensService::redactError(ApiError *error, const QString &extraSecret) const
{
    error->message = redact(error->message, extraSecret);
    for (ConstraintViolation &v : error->violations) {
        for (std::optional<QString> *field : {&v.path, &v.message, &v.location, &v.parameterLocation}) {
            if (*field)
                **field = redact(**field, extraSecret);
        }
    }
}

TokensService::RequestId TokensService::registerPending(std::unique_ptr<Pending> pending, QObject *context)
{
    const RequestId id = pending->id;
    if (context)
        pending->contextConnection = connect(context, &QObject::destroyed, this, [this, id] { cancel(id); });
    m_pending.emplace(id, std::move(pending));
    return id;
}

std::unique_ptr<TokensService::Pending> TokensService::take(RequestId id)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return nullptr;
    std::unique_ptr<Pending> pending = std::move(it->second);
    m_pending.erase(it);
    disconnect(pending->contextConnection);
    if (pending->deadline) {
        pending->deadline->stop();
        pending->deadline->deleteLater();
        pending->deadline = nullptr;
    }
    if (pending->reply) {
        disconnect(pending->reply, nullptr, this, nullptr);
        pending->reply->deleteLater();
    }
    return pending;
}

TokensService::RequestId TokensService::failLater(const ApiError &error, QObject *context, Completion complete)
{
    auto pending = std::make_unique<Pending>();
    pending->id = m_nextId++;
    pending->operation = error.operation;
    pending->complete = std::move(complete);
    const RequestId id = registerPending(std::move(pending), context);
    qCInfo(lcTokenDeskApi).noquote() << redact(error.toString());
    QTimer::singleShot(0, this, [this, id, error] {
        std::unique_ptr<Pending> owned = take(id);
        if (!owned)
            return; // cancelled
        Response response;
        response.id = id;
        response.error = error;
        owned->complete(response);
    });
    return id;
}

TokensService::RequestId TokensService::send(const QByteArray &verb, const QString &operation,
                                             const QString &relativePath,
                                             const QList<std::pair<QString, QString>> &query, const QByteArray &body,
                                             qint64 maxBodyBytes, int deadlineMs, QObject *context, Completion complete)
{
    if (const std::optional<ApiError> error = checkConnection(operation))
        return failLater(*error, context, std::move(complete));

    QNetworkRequest request = buildRequest(relativePath, query);
    auto pending = std::make_unique<Pending>();
    pending->id = m_nextId++;
    pending->operation = operation;
    pending->verb = verb;
    QString logPath = request.url().path(QUrl::FullyEncoded);
    if (request.url().hasQuery())
        logPath += QLatin1Char('?') + request.url().query(QUrl::FullyEncoded);
    pending->logPath = redact(logPath);
    pending->maxBodyBytes = maxBodyBytes;
    pending->deadlineMs = deadlineMs;
    pending->complete = std::move(complete);
    pending->elapsed.start();

    if (!body.isNull())
        request.setRawHeader("Content-Type", "application/json; charset=utf-8");
    QNetworkReply *reply = nullptr;
    if (verb == "GET")
        reply = m_nam->get(request);
    else if (verb == "POST")
        reply = m_nam->post(request, body);
    else if (verb == "PUT")
        reply = m_nam->put(request, body);
    else if (verb == "DELETE")
        reply = m_nam->deleteResource(request);
    else
        reply = m_nam->sendCustomRequest(request, verb, body);
    pending->reply = reply;
    const RequestId id = pending->id;

    connect(reply, &QNetworkReply::finished, this, [this, id] { onFinished(id); });
    connect(reply, &QNetworkReply::sslErrors, this,
            [this, id](const QList<QSslError> &errors) { onSslErrors(id, errors); });
    connect(reply, &QNetworkReply::encrypted, this, [this, id] { onEncrypted(id); });
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, id] { onMetaData(id); });
    connect(reply, &QNetworkReply::readyRead, this, [this, id] { onBodyData(id); });
    connect(reply, &QNetworkReply::downloadProgress, this,
            [this, id](qint64 received, qint64) { onProgress(id, received); });
    auto *deadline = new QTimer(this);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, this, [this, id, operation, deadlineMs] {
        abortWith(id, makeError(ApiError::Kind::Timeout, operation,
                                tr("no complete response within %1").arg(formatMs(deadlineMs))));
    });
    deadline->start(deadlineMs);
    pending->deadline = deadline;

    qCDebug(lcTokenDeskApi).noquote() << verb << pending->logPath;
    return registerPending(std::move(pending), context);
}

void TokensService::abortWith(RequestId id, const ApiError &error)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end() || !it->second->reply)
        return;
    it->second->abortReason = error;
    it->second->reply->abort(); // emits finished synchronously -> onFinished
}

void TokensService::onMetaData(RequestId id)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end() || !it->second->reply)
        return;
    Pending &p = *it->second;
    const QVariant length = p.reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > p.maxBodyBytes) {
        abortWith(id, makeError(ApiError::Kind::Parse, p.operation,
                                tr("the response body (%1) exceeds the limit of %2")
                                    .arg(formatBytes(length.toLongLong()), formatBytes(p.maxBodyBytes)),
                                p.reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt()));
        return;
    }
    // Bounded memory for junk (a proxy's 100 MB page): an error body is a small envelope or page,
    // never the list's size, and a success body that is not JSON is refused before it is read.
    const int status = p.reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 300 && p.maxBodyBytes > BodyLimit)
        p.maxBodyBytes = BodyLimit;
    const QByteArray contentType = p.reply->rawHeader("Content-Type");
    if (status >= 200 && status < 300 && status != 204 && !contentType.isEmpty() && !isJsonContentType(contentType)) {
        abortWith(
            id, makeError(
                    ApiError::Kind::Parse, p.operation,
                    tr("expected JSON, got %1").arg(QString::fromLatin1(contentType.split(';').constFirst().trimmed())),
                    status));
        return;
    }
    if (p.parseOffThread && !p.stream && status >= 200 && status < 300 && length.isValid() && length.toLongLong() > 0 &&
        p.reply->rawHeader("Content-Encoding").isEmpty()) {
        p.stream = std::make_shared<ListStream>(length.toLongLong());
        p.stream->decoder.setExpectedSize(length.toLongLong());
        // Bounded in flight: QNetworkAccessManager's HTTP thread otherwise reads the socket as fast as it can
        // and queues every chunk for this thread. Only for a streamed body: it is read on every readyRead
        // (a body read only at the end must not be limited, or it would never finish).
        p.reply->setReadBufferSize(ListReadBufferBytes);
        p.parseCancelled.emplace();
    } else {
        // Every other body is read as it arrives (onBodyData), so the network thread may buffer only
        // this much ahead: a 100 MB junk page is stopped at its first byte or at the size limit
        // instead of being buffered whole.
        p.reply->setReadBufferSize(BodyReadBufferBytes);
    }
}

void TokensService::onBodyData(RequestId id)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end() || !it->second->reply || it->second->stream)
        return; // a streamed list is read by onListData
    // onProgress's checks (first byte, size limit) look at the unread bytes: run them first.
    onProgress(id, it->second->body.size() + it->second->reply->bytesAvailable());
    it = m_pending.find(id);
    if (it == m_pending.end() || !it->second->reply)
        return; // aborted
    Pending &p = *it->second;
    p.body += p.reply->readAll();
}

void TokensService::onListData(RequestId id)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end() || !it->second->reply || !it->second->stream)
        return;
    // onProgress's checks (first byte, size limit) look at the unread bytes: run them first.
    onProgress(id, it->second->stream->written + it->second->reply->bytesAvailable());
    it = m_pending.find(id);
    if (it == m_pending.end() || !it->second->reply || !it->second->stream)
        return; // aborted
    Pending &p = *it->second;
    ListStream &s = *p.stream;
    for (;;) {
        const qint64 room = s.capacity - s.written;
        if (room <= 0)
            break; // more than Content-Length: left in the reply, reported as a length mismatch
        const qint64 got = p.reply->read(s.data.get() + s.written, room);
        if (got <= 0)
            break;
        s.written += got;
    }
    publishListData(p, false);
}

void TokensService::publishListData(Pending &p, bool complete)
{
    const std::shared_ptr<ListStream> stream = p.stream;
    {
        const std::lock_guard<std::mutex> lock(stream->mutex);
        stream->available = stream->written;
        stream->complete = complete;
        if (stream->running || stream->abandoned)
            return; // the running task picks the new bytes up
        stream->running = true;
    }
    const RequestId id = p.id;
    const auto decode = [this, id, stream](const Background::Task &task) {
        Json::StubListDecoder::Status status = Json::StubListDecoder::Status::NeedMore;
        qint64 fed = -1;
        bool fedComplete = false;
        for (;;) {
            qint64 available = 0;
            bool bodyComplete = false;
            {
                const std::lock_guard<std::mutex> lock(stream->mutex);
                if (stream->abandoned || (stream->available == fed && stream->complete == fedComplete)) {
                    stream->running = false; // caught up: the next publish starts a new task
                    return;
                }
                available = stream->available;
                bodyComplete = stream->complete;
            }
            status =
                stream->decoder.feed(QByteArrayView(stream->data.get(), available), bodyComplete, task.cancelFlag());
            fed = available;
            fedComplete = bodyComplete;
            if (status != Json::StubListDecoder::Status::NeedMore)
                break;
        }
        // Decoded: the body's bytes are not needed any more. Only a complete body is freed here: the
        // service writes into the buffer until the body is complete (it said so under the mutex). A
        // cancelled body is not: the cancel (an atomic flag, no lock) orders nothing between the
        // service's last write into the buffer and a free here, so the buffer goes with the last of
        // the stream's owners (the request or this task), whichever lets go last.
        if (fedComplete)
            stream->data.reset();
        if (task.isCancelled())
            return; // `running` stays set: nothing more is decoded
        auto list = std::make_shared<std::optional<StubList>>();
        if (status == Json::StubListDecoder::Status::Done)
            *list = stream->decoder.takeList();
        const QString error = stream->decoder.error();
        task.post([this, id, list, error]() { finishParsing(id, list, error); });
    };
    Background::start(this, decode, nullptr, *p.parseCancelled); // one flag for all the tasks of this body
}

void TokensService::onProgress(RequestId id, qint64 received)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end() || !it->second->reply)
        return;
    Pending &p = *it->second;
    const int status = p.reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // Every success body of the spec is a JSON object: junk is refused at its first byte.
    if (!p.bodySniffed && status >= 200 && status < 300 && p.reply->bytesAvailable() > 0) {
        const QByteArray head = p.reply->peek(256).trimmed();
        if (!head.isEmpty()) {
            p.bodySniffed = true;
            const char first = head.front();
            if (first != '{' && first != '\xEF') { // '\xEF': a UTF-8 byte order mark, left to the decoder
                abortWith(id, makeError(ApiError::Kind::Parse, p.operation,
                                        tr("the body is not a JSON object (it starts with byte 0x%1)")
                                            .arg(QString::number(static_cast<unsigned char>(first), 16).toUpper()),
                                        status));
                return;
            }
        }
    }
    if (received > p.maxBodyBytes) {
        abortWith(id,
                  makeError(ApiError::Kind::Parse, p.operation,
                            tr("the response body exceeds the limit of %1").arg(formatBytes(p.maxBodyBytes)), status));
    }
}

void TokensService::onSslErrors(RequestId id, const QList<QSslError> &errors)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end() || !it->second->reply)
        return;
    Pending &p = *it->second;
    const QSslCertificate peer = p.reply->sslConfiguration().peerCertificate();
    if (!m_pinnedDigest.isEmpty() && !errors.isEmpty()) {
        // A pin vouches for who the certificate belongs to (unknown issuer, self-signed, other host
        // name), never for an expired, not yet valid or revoked one.
        bool allPinned = true;
        for (const QSslError &error : errors) {
            const QSslCertificate certificate = error.certificate().isNull() ? peer : error.certificate();
            if (!Transport::pinMayCover(error.error()) || certificate.isNull() ||
                certificate.digest(QCryptographicHash::Sha256) != m_pinnedDigest) {
                allPinned = false;
                break;
            }
        }
        if (allPinned) {
            qCDebug(lcTokenDeskApi).noquote() << "accepting the pinned certificate for" << p.logPath;
            p.reply->ignoreSslErrors(errors); // exactly these errors, all about the pinned certificate
            return;
        }
    }
    p.sslErrors = errors;
    p.peerCertificate = peer;
}

// After the handshake, before the request is sent: with a pin, only the pinned certificate is
// accepted, also when another one verifies against the system CAs or the CA file.
void TokensService::onEncrypted(RequestId id)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end() || !it->second->reply || m_pinnedDigest.isEmpty())
        return;
    Pending &p = *it->second;
    const QSslCertificate peer = p.reply->sslConfiguration().peerCertificate();
    if (!peer.isNull() && peer.digest(QCryptographicHash::Sha256) == m_pinnedDigest)
        return;
    p.peerCertificate = peer; // offered once, with this request's failure
    const QString message = Transport::diagnoseTls(p.reply->url().host(), peer, {}, true).message();
    // With HTTP/2 only the first request of a connection sees this signal; the others would ride the
    // same connection. Every request made under this pin goes.
    std::vector<std::pair<RequestId, QString>> victims;
    for (const auto &entry : m_pending) {
        if (entry.second->reply)
            victims.emplace_back(entry.first, entry.second->operation);
    }
    abortWith(id, makeError(ApiError::Kind::Tls, p.operation, message));
    for (const auto &[victim, operation] : victims) {
        if (victim != id)
            abortWith(victim, makeError(ApiError::Kind::Tls, operation, message));
    }
}

TokensService::Response TokensService::interpret(Pending &p, QNetworkReply *reply)
{
    Response r;
    r.id = p.id;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (p.abortReason) {
        r.error = *p.abortReason;
        return r;
    }
    const QNetworkReply::NetworkError netError = reply->error();
    const bool transportError = netError != QNetworkReply::NoError && int(netError) < 200;
    if (transportError || r.status == 0) {
        // Qt 6.4 may report a stale status for a connection dropped before any response: without a
        // header or a reason phrase, no response was received.
        if (reply->rawHeaderPairs().isEmpty() &&
            reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray().isEmpty())
            r.status = 0;
        ApiError error = makeError(ApiError::Kind::Network, p.operation, QString(), r.status);
        const QUrl url = reply->url();
        const QString endpoint =
            url.host() + (url.port() != -1 ? QLatin1Char(':') + QString::number(url.port()) : QString());
        switch (netError) {
        case QNetworkReply::ConnectionRefusedError:
            error.message = tr("connection refused by %1").arg(endpoint);
            break;
        case QNetworkReply::HostNotFoundError:
            error.message = tr("host not found: %1").arg(url.host());
            break;
        case QNetworkReply::RemoteHostClosedError:
            error.message = r.status > 0 ? tr("the server closed the connection before the response was complete")
                                         : tr("the server closed the connection without answering");
            break;
        case QNetworkReply::TimeoutError:
        case QNetworkReply::OperationCanceledError:
            // Not aborted by us (that sets abortReason): the transfer timeout fired.
            error.kind = ApiError::Kind::Timeout;
            error.message = tr("no data for %1").arg(formatMs(m_settings.timeoutMs));
            break;
        case QNetworkReply::SslHandshakeFailedError: {
            error.kind = ApiError::Kind::Tls;
            const bool pinMismatch = !m_pinnedDigest.isEmpty() && !p.peerCertificate.isNull() &&
                                     p.peerCertificate.digest(QCryptographicHash::Sha256) != m_pinnedDigest;
            error.message =
                p.sslErrors.isEmpty()
                    ? reply->errorString()
                    : Transport::diagnoseTls(url.host(), p.peerCertificate, p.sslErrors, pinMismatch).message();
            break;
        }
        case QNetworkReply::TemporaryNetworkFailureError:
        case QNetworkReply::NetworkSessionFailedError:
            error.message = tr("the network is not available");
            break;
        default:
            error.message = reply->errorString();
            break;
        }
        r.error = error;
        return r;
    }

    r.contentType = reply->rawHeader("Content-Type");
    r.location = reply->rawHeader("Location");
    r.body = std::move(p.body);
    r.body += reply->readAll();
    // A streamed list body was read as it arrived (onListData); anything left over counts too.
    const qint64 bodyBytes = r.body.size() + (p.stream ? p.stream->written : 0);
    if (bodyBytes > p.maxBodyBytes) {
        r.error = makeError(ApiError::Kind::Parse, p.operation,
                            tr("the response body exceeds the limit of %1").arg(formatBytes(p.maxBodyBytes)), r.status);
        return r;
    }
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && reply->rawHeader("Content-Encoding").isEmpty() && length.toLongLong() != bodyBytes &&
        p.verb != "HEAD") {
        r.error = makeError(ApiError::Kind::Network, p.operation,
                            tr("the response was cut short (%1 of %2 bytes)").arg(bodyBytes).arg(length.toLongLong()),
                            r.status);
        return r;
    }

    if (r.status >= 200 && r.status < 300)
        return r;

    if (r.status >= 300 && r.status < 400) {
        QUrl target = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
        if (target.isEmpty() && !r.location.isEmpty())
            target = QUrl::fromEncoded(r.location);
        if (!target.isEmpty()) {
            target = reply->url().resolved(target);
            ApiError error = makeError(ApiError::Kind::Redirect, p.operation,
                                       tr("the server redirects to %1; redirects are not followed (check the "
                                          "cluster address)")
                                           .arg(target.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)),
                                       r.status);
            r.error = error;
            return r;
        }
    }

    ApiError error = makeError(r.status == 429 ? ApiError::Kind::RateLimited : ApiError::Kind::Http, p.operation,
                               QString(), r.status);
    if (!Json::decodeErrorEnvelope(r.body, &error)) {
        const QByteArray mime = r.contentType.split(';').constFirst().trimmed().toLower();
        if (mime == "text/plain" && !r.body.isEmpty())
            error.message = QString::fromUtf8(r.body.left(1000));
    }
    if (error.message.isEmpty())
        error.message = defaultMessage(r.status);
    if (r.status == 429) {
        if (const std::optional<qint64> reset = headerInt(reply, "X-RateLimit-Reset"); reset && *reset > 0)
            error.rateLimitResetUs = resetToMicroseconds(*reset);
        else
            error.rateLimitResetUs = retryAfterUs(reply->rawHeader("Retry-After"));
    }
    r.error = error;
    return r;
}

void TokensService::onFinished(RequestId id)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end() || !it->second->reply)
        return;
    Pending &p = *it->second;
    QNetworkReply *reply = p.reply;
    if (reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool())
        m_multiplexes = true;
    if (p.stream && !p.abortReason) {
        onListData(id); // the last bytes, if readyRead has not delivered them yet
        if (m_pending.find(id) == m_pending.end())
            return; // refused by onProgress's checks: reported already
    }
    Response response = interpret(p, reply);
    if (response.error)
        redactError(&*response.error, p.extraSecret);

    const std::optional<qint64> limit = headerInt(reply, "X-RateLimit-Limit");
    const std::optional<qint64> remaining = headerInt(reply, "X-RateLimit-Remaining");
    const std::optional<qint64> reset = headerInt(reply, "X-RateLimit-Reset");

    if (response.error) {
        qCInfo(lcTokenDeskApi).noquote() << p.verb << p.logPath << "->" << response.status << "in"
                                         << p.elapsed.elapsed() << "ms:" << response.error->toString();
    } else {
        qCDebug(lcTokenDeskApi).noquote() << p.verb << p.logPath << "->" << response.status << "in"
                                          << p.elapsed.elapsed() << "ms," << response.body.size() << "bytes";
    }
    const bool tlsFailure =
        response.error && response.error->kind == ApiError::Kind::Tls && !p.peerCertificate.isNull();
    const QSslCertificate certificate = p.peerCertificate;
    const QList<QSslError> sslErrors = p.sslErrors;

    if (!response.error && p.parseOffThread) {
        // The list: the pending entry stays registered (cancel() still works) while a worker parses.
        disconnect(reply, nullptr, this, nullptr);
        reply->deleteLater();
        p.reply = nullptr;
        if (p.deadline) {
            p.deadline->stop();
            p.deadline->deleteLater();
            p.deadline = nullptr;
        }
        if (!isJsonContentType(response.contentType) && !response.contentType.isEmpty()) {
            std::unique_ptr<Pending> owned = take(id);
            response.error =
                makeError(ApiError::Kind::Parse, owned->operation,
                          tr("expected JSON, got %1")
                              .arg(QString::fromLatin1(response.contentType.split(';').constFirst().trimmed())),
                          response.status);
            owned->complete(response);
            return;
        }
        if (p.stream)
            publishListData(p, true);
        else
            startParsing(id, response.body);
        // Last: a slot may cancel this request or start others, which leaves `p` dangling. (The
        // parse runs on a worker and reports through a queued call: the signal still comes first.)
        if (limit || remaining || reset)
            Q_EMIT rateLimitSeen(int(limit.value_or(-1)), int(remaining.value_or(-1)),
                                 reset ? resetToMicroseconds(*reset) : qint64(-1));
        return;
    }

    std::unique_ptr<Pending> owned = take(id); // out of the table: the slots below cannot free it
    if (limit || remaining || reset)
        Q_EMIT rateLimitSeen(int(limit.value_or(-1)), int(remaining.value_or(-1)),
                             reset ? resetToMicroseconds(*reset) : qint64(-1));
    if (tlsFailure)
        Q_EMIT untrustedCertificate(certificate, sslErrors);
    owned->complete(response);
}

void TokensService::startParsing(RequestId id, const QByteArray &body)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    const Background::CancelFlag cancelled = it->second->parseCancelled.emplace();
    const auto decode = [this, id, body](const Background::Task &task) {
        QString error;
        auto list = std::make_shared<std::optional<StubList>>(Json::decodeStubList(body, &error, task.cancelFlag()));
        if (task.isCancelled())
            return;
        task.post([this, id, list, error]() { finishParsing(id, list, error); });
    };
    Background::start(this, decode, nullptr, cancelled);
}

void TokensService::finishParsing(RequestId id, const std::shared_ptr<std::optional<StubList>> &list,
                                  const QString &error)
{
    std::unique_ptr<Pending> owned = take(id);
    if (!owned)
        return; // cancelled while parsing: dropped
    qCDebug(lcTokenDeskApi).noquote() << owned->verb << owned->logPath << "parsed in" << owned->elapsed.elapsed()
                                      << "ms total," << (list->has_value() ? (*list)->size() : 0) << "entries";
    owned->listDone(list, error);
}

void TokensService::cancel(RequestId id)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    if (it->second->parseCancelled)
        it->second->parseCancelled->cancel();
    QNetworkReply *reply = it->second->reply;
    const QString operation = it->second->operation;
    std::unique_ptr<Pending> owned = take(id); // disconnects the reply first: abort() calls back nothing
    if (reply)
        reply->abort();
    qCDebug(lcTokenDeskApi).noquote() << operation << "cancelled";
}

void TokensService::cancelAll()
{
    std::vector<RequestId> ids;
    ids.reserve(m_pending.size());
    for (const auto &entry : m_pending)
        ids.push_back(entry.first);
    for (const RequestId id : ids)
        cancel(id);
}

int TokensService::pendingCount() const
{
    return int(m_pending.size());
}

// ---- the six operations ----

namespace {

// Checks a success response that must carry a JSON body of `schema`, then decodes it.
template<class T>
ApiResult<T> decodeJsonBody(const QString &operation, int status, const QByteArray &body, const QByteArray &contentType,
                            const char *schema, std::optional<T> (*decode)(QByteArrayView, QString *))
{
    if (body.trimmed().isEmpty())
        return failure<T>(makeError(ApiError::Kind::Parse, operation,
                                    TokensService::tr("empty response body (expected %1)").arg(QLatin1String(schema)),
                                    status));
    if (!contentType.isEmpty() && !isJsonContentType(contentType))
        return failure<T>(makeError(ApiError::Kind::Parse, operation,
                                    TokensService::tr("expected JSON, got %1")
                                        .arg(QString::fromLatin1(contentType.split(';').constFirst().trimmed())),
                                    status));
    QString error;
    std::optional<T> value = decode(body, &error);
    if (!value)
        return failure<T>(makeError(ApiError::Kind::Parse, operation,
                                    TokensService::tr("malformed %1: %2").arg(QLatin1String(schema), error), status));
    return success<T>(std::move(*value));
}

} // namespace

TokensService::RequestId TokensService::listTokens(const ListQuery &query, QObject *context,
                                                   std::function<void(const ApiResult<StubList> &)> done)
{
    const QString operation = tr("List tokens");
    auto deliver = guarded(context, std::move(done));
    auto complete = [deliver](const Response &r) {
        if (r.error)
            deliver(failure<StubList>(*r.error));
    };
    if (query.limit && (*query.limit < 1 || *query.limit > ListQuery::MaxLimit))
        return failLater(
            makeError(ApiError::Kind::InvalidRequest, operation,
                      tr("the limit must be between 1 and %L1 (got %2)").arg(ListQuery::MaxLimit).arg(*query.limit)),
            context, complete);
    if (query.fromMs && query.toMs && *query.fromMs > *query.toMs)
        return failLater(makeError(ApiError::Kind::InvalidRequest, operation,
                                   tr("the \"last used from\" time is after the \"to\" time")),
                         context, complete);

    QList<std::pair<QString, QString>> params;
    if (query.limit)
        params.append({QStringLiteral("limit"), QString::number(*query.limit)});
    if (query.user)
        params.append({QStringLiteral("user"), *query.user});
    for (const QString &permission : query.permissions)
        params.append({QStringLiteral("permissions"), permission});
    if (query.fromMs)
        params.append({QStringLiteral("from"), QString::number(*query.fromMs)});
    if (query.toMs)
        params.append({QStringLiteral("to"), QString::number(*query.toMs)});

    const int deadline = qMax(1, m_settings.timeoutMs) * ListDeadlineFactor;
    const RequestId id = send("GET", operation, QStringLiteral("tokens"), params, QByteArray(), ListBodyLimit, deadline,
                              context, complete);
    const auto it = m_pending.find(id);
    if (it != m_pending.end() && it->second->reply) {
        it->second->parseOffThread = true;
        connect(it->second->reply, &QNetworkReply::readyRead, this, [this, id] { onListData(id); });
        it->second->listDone = [deliver, operation](const std::shared_ptr<std::optional<StubList>> &list,
                                                    const QString &error) {
            if (list->has_value())
                deliver(success<StubList>(std::move(**list)));
            else
                deliver(
                    failure<StubList>(makeError(ApiError::Kind::Parse, operation,
                                                tr("malformed %1: %2").arg(QStringLiteral("StubList"), error), 200)));
        };
    }
    return id;
}

TokensService::RequestId TokensService::getToken(const QString &id, QObject *context,
                                                 std::function<void(const ApiResult<TokenMetadata> &)> done)
{
    const QString operation = tr("Get token");
    auto deliver = guarded(context, std::move(done));
    auto complete = [deliver, operation](const Response &r) {
        if (r.error)
            return deliver(failure<TokenMetadata>(*r.error));
        deliver(decodeJsonBody<TokenMetadata>(operation, r.status, r.body, r.contentType, "TokenMetadata",
                                              Json::decodeTokenMetadata));
    };
    if (isInvalidId(id))
        return failLater(makeError(ApiError::Kind::InvalidRequest, operation, tr("no valid token id given")), context,
                         complete);
    return send("GET", operation, QStringLiteral("tokens/") + encodedId(id), {}, QByteArray(), BodyLimit,
                qMax(1, m_settings.timeoutMs), context, complete);
}

TokensService::RequestId TokensService::lookupToken(const QString &secret, QObject *context,
                                                    std::function<void(const ApiResult<TokenMetadata> &)> done)
{
    const QString operation = tr("Look up token");
    auto deliver = guarded(context, std::move(done));
    auto complete = [deliver, operation](const Response &r) {
        if (r.error)
            return deliver(failure<TokenMetadata>(*r.error));
        deliver(decodeJsonBody<TokenMetadata>(operation, r.status, r.body, r.contentType, "TokenMetadata",
                                              Json::decodeTokenMetadata));
    };
    if (secret.trimmed().isEmpty())
        return failLater(makeError(ApiError::Kind::InvalidRequest, operation, tr("no token given")), context, complete);
    const RequestId id =
        send("POST", operation, QStringLiteral("tokens/lookup"), {}, Json::encodeTokenSecret(TokenSecret{secret}),
             BodyLimit, qMax(1, m_settings.timeoutMs), context, complete);
    if (const auto it = m_pending.find(id); it != m_pending.end())
        it->second->extraSecret = secret;
    return id;
}

TokensService::RequestId TokensService::createToken(const CreateTokenRequest &request, QObject *context,
                                                    std::function<void(const ApiResult<TokenSecret> &)> done)
{
    const QString operation = tr("Create token");
    auto deliver = guarded(context, std::move(done));
    QPointer<TokensService> self(this);
    auto complete = [self, deliver, operation](const Response &r) {
        if (r.error)
            return deliver(failure<TokenSecret>(*r.error));
        if (r.status != 201 && r.status != 200)
            return deliver(failure<TokenSecret>(
                makeError(ApiError::Kind::Parse, operation, tr("unexpected success status (expected 201)"), r.status)));
        ApiResult<TokenSecret> result =
            decodeJsonBody<TokenSecret>(operation, r.status, r.body, r.contentType, "Token", Json::decodeTokenSecret);
        if (result.ok() && result.value->token.isEmpty())
            result = failure<TokenSecret>(
                makeError(ApiError::Kind::Parse, operation, tr("the created token is empty"), r.status));
        if (result.ok() && self) {
            // The id: the Location header (a bare id or a URL ending in it), else derived from the secret.
            QString id;
            if (!r.location.isEmpty()) {
                QByteArray location = r.location.trimmed();
                const qsizetype query = location.indexOf('?');
                if (query >= 0)
                    location.truncate(query);
                while (location.endsWith('/'))
                    location.chop(1);
                id = publicId(QUrl::fromPercentEncoding(location.mid(location.lastIndexOf('/') + 1)));
            }
            if (id.isEmpty() && TokenFormat::isSecret(result.value->token))
                id = TokenFormat::identifierOf(result.value->token);
            result.value->id = id;
            Q_EMIT self->tokenCreated(id);
        }
        deliver(result);
    };
    if (request.scopes.isEmpty())
        return failLater(makeError(ApiError::Kind::InvalidRequest, operation, tr("a token needs at least one scope")),
                         context, complete);
    return send("POST", operation, QStringLiteral("tokens"), {}, Json::encodeCreateTokenRequest(request), BodyLimit,
                qMax(1, m_settings.timeoutMs), context, complete);
}

TokensService::RequestId TokensService::updateToken(const QString &id, const UpdateTokenRequest &request,
                                                    QObject *context,
                                                    std::function<void(const ApiResult<NoContent> &)> done)
{
    const QString operation = tr("Update token");
    auto deliver = guarded(context, std::move(done));
    QPointer<TokensService> self(this);
    const QString shownId = publicId(id);
    auto complete = [self, deliver, shownId, request](const Response &r) {
        if (r.error)
            return deliver(failure<NoContent>(*r.error));
        if (self)
            Q_EMIT self->tokenUpdated(shownId, request);
        deliver(success<NoContent>(NoContent{}));
    };
    if (isInvalidId(id))
        return failLater(makeError(ApiError::Kind::InvalidRequest, operation, tr("no valid token id given")), context,
                         complete);
    return send("PUT", operation, QStringLiteral("tokens/") + encodedId(id), {},
                Json::encodeUpdateTokenRequest(request), BodyLimit, qMax(1, m_settings.timeoutMs), context, complete);
}

TokensService::RequestId TokensService::deleteToken(const QString &id, QObject *context,
                                                    std::function<void(const ApiResult<NoContent> &)> done)
{
    const QString operation = tr("Delete token");
    auto deliver = guarded(context, std::move(done));
    QPointer<TokensService> self(this);
    const QString shownId = publicId(id);
    auto complete = [self, deliver, shownId](const Response &r) {
        if (r.error)
            return deliver(failure<NoContent>(*r.error));
        if (self)
            Q_EMIT self->tokenDeleted(shownId);
        deliver(success<NoContent>(NoContent{}));
    };
    if (isInvalidId(id))
        return failLater(makeError(ApiError::Kind::InvalidRequest, operation, tr("no valid token id given")), context,
                         complete);
    // DELETE accepts the secret as id: a new-format secret is redacted from logs by its shape.
    return send("DELETE", operation, QStringLiteral("tokens/") + encodedId(id), {}, QByteArray(), BodyLimit,
                qMax(1, m_settings.timeoutMs), context, complete);
}

} // namespace TokenDesk
