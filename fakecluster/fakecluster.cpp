// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "fakecluster.h"

#include "httpfrontend.h"
#include "jsonwriter.h"
#include "scopes.h"
#include "tokenstore.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLoggingCategory>
#include <QPointer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

#include <array>
#include <limits>
#include <mutex>

Q_LOGGING_CATEGORY(lcFake, "tokendesk.fake")

namespace TokenDesk::Fake {

namespace {

constexpr int kEndpointCount = 7; // Endpoint::Any included
constexpr qint64 kMaxLimit = 1'000'000;
constexpr int kDefaultLimit = 1000;
constexpr qsizetype kMaxPayload = 1024 * 1024; // the documented 1 MB payload limit
constexpr char kJsonType[] = "application/json; charset=utf-8";
constexpr char kBase[] = "/api/cluster/v2/tokens";
constexpr char kMissingScope[] =
    "Token is missing required scope. Use one of: ClusterTokenManagement (Cluster token management)";

int endpointIndex(Endpoint e)
{
    return static_cast<int>(e);
}

QByteArray methodName(QHttpServerRequest::Method method)
{
    using M = QHttpServerRequest::Method;
    switch (method) {
    case M::Get:
        return "GET";
    case M::Put:
        return "PUT";
    case M::Delete:
        return "DELETE";
    case M::Post:
        return "POST";
    case M::Head:
        return "HEAD";
    case M::Options:
        return "OPTIONS";
    case M::Patch:
        return "PATCH";
    case M::Connect:
        return "CONNECT";
    case M::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 413:
        return "Payload Too Large";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 556:
        return "Upgrade in progress";
    default:
        return "Status";
    }
}

// A copy of everything the fake needs from a request, so that it can be answered later.
struct Incoming
{
    QByteArray method;
    QHttpServerRequest::Method verb = QHttpServerRequest::Method::Unknown;
    QString path;
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
    bool hasHeader(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }
};

struct Outgoing
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
};

struct Route
{
    std::optional<Endpoint> endpoint;
    QString id; // for /tokens/{id}
};

struct Violation
{
    QString path;
    QString message;
    const char *location;
};

constexpr char kQuery[] = "QUERY";
constexpr char kBody[] = "PAYLOAD_BODY";
constexpr char kPath[] = "PATH";

Route classify(const QString &path, QHttpServerRequest::Method verb)
{
    using M = QHttpServerRequest::Method;
    const QLatin1String base(kBase);
    Route route;
    if (path == base) {
        if (verb == M::Get)
            route.endpoint = Endpoint::List;
        else if (verb == M::Post)
            route.endpoint = Endpoint::Create;
        return route;
    }
    if (!path.startsWith(base) || path.size() <= base.size() + 1 || path.at(base.size()) != u'/')
        return route;
    const QString rest = path.mid(base.size() + 1);
    if (rest.contains(u'/'))
        return route;
    if (rest == QLatin1String("lookup") && verb == M::Post) {
        route.endpoint = Endpoint::Lookup;
        return route;
    }
    route.id = rest;
    if (verb == M::Get)
        route.endpoint = Endpoint::Get;
    else if (verb == M::Put)
        route.endpoint = Endpoint::Update;
    else if (verb == M::Delete)
        route.endpoint = Endpoint::Delete;
    return route;
}

// Masks anything that looks like a token secret, and the api-token query value, for log lines.
QString redactForLog(const QString &text)
{
    static const QRegularExpression secret(QStringLiteral("(dt0c01\\.[A-Za-z0-9]{24})\\.[A-Za-z0-9]+"));
    static const QRegularExpression queryToken(QStringLiteral("(api-token=)[^&]*"),
                                               QRegularExpression::CaseInsensitiveOption);
    QString out = text;
    out.replace(secret, QStringLiteral("\\1.<secret>"));
    out.replace(queryToken, QStringLiteral("\\1<secret>"));
    return out;
}

Outgoing envelope(int status, const QString &message, const QList<Violation> &violations = {})
{
    Outgoing out;
    out.status = status;
    out.contentType = kJsonType;
    QByteArray &b = out.body;
    b.append("{\"error\":{");
    JsonWriter::appendKey(b, "code");
    JsonWriter::appendInt(b, status);
    b.append(',');
    JsonWriter::appendKey(b, "message");
    JsonWriter::appendString(b, message);
    b.append(',');
    JsonWriter::appendKey(b, "constraintViolations");
    b.append('[');
    for (qsizetype i = 0; i < violations.size(); ++i) {
        const Violation &v = violations.at(i);
        if (i > 0)
            b.append(',');
        b.append('{');
        JsonWriter::appendKey(b, "path");
        JsonWriter::appendString(b, v.path);
        b.append(',');
        JsonWriter::appendKey(b, "message");
        JsonWriter::appendString(b, v.message);
        b.append(',');
        JsonWriter::appendKey(b, "parameterLocation");
        JsonWriter::appendString(b, QByteArrayView(v.location));
        b.append('}');
    }
    b.append("]}}");
    return out;
}

Outgoing constraintsViolated(const QList<Violation> &violations)
{
    return envelope(400, QStringLiteral("Constraints violated."), violations);
}

// Parses a JSON request body that must be an object; on failure fills `violations`.
std::optional<QJsonObject> parseObject(const QByteArray &body, QList<Violation> &violations)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        violations.append(
            {QString(), QStringLiteral("Request body is not valid JSON: %1").arg(error.errorString()), kBody});
        return std::nullopt;
    }
    if (!doc.isObject()) {
        violations.append({QString(), QStringLiteral("Request body must be a JSON object"), kBody});
        return std::nullopt;
    }
    return doc.object();
}

bool isAbsent(const QJsonValue &v)
{
    return v.isUndefined() || v.isNull();
}

// A JSON number that is a whole int64, or nullopt.
std::optional<qint64> integralValue(const QJsonValue &v)
{
    if (!v.isDouble())
        return std::nullopt;
    const qint64 a = v.toInteger(0);
    const qint64 b = v.toInteger(1);
    if (a != b)
        return std::nullopt;
    return a;
}

// Validates a scopes array (unique, known values); returns the mask.
ScopeMask parseScopes(const QJsonArray &array, const QString &field, QList<Violation> &violations)
{
    ScopeMask result = 0;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = QStringLiteral("%1[%2]").arg(field).arg(i);
        const QJsonValue item = array.at(i);
        if (!item.isString()) {
            violations.append({path, QStringLiteral("must be a string"), kBody});
            continue;
        }
        const auto index = Scopes::indexOf(item.toString());
        if (!index) {
            violations.append({path, QStringLiteral("unknown scope '%1'").arg(item.toString()), kBody});
            continue;
        }
        const auto bit = static_cast<ScopeMask>(1U << *index);
        if (result & bit)
            violations.append({path, QStringLiteral("duplicate scope '%1'").arg(item.toString()), kBody});
        result |= bit;
    }
    return result;
}

std::optional<qint64> unitMillis(const QString &unit)
{
    if (unit == QLatin1String("MILLIS"))
        return 1;
    if (unit == QLatin1String("SECONDS"))
        return 1000;
    if (unit == QLatin1String("MINUTES"))
        return 60'000;
    if (unit == QLatin1String("HOURS"))
        return 3'600'000;
    if (unit == QLatin1String("DAYS"))
        return 86'400'000;
    return std::nullopt;
}

struct MediaChoice
{
    enum class Kind { Json, Plain, CsvWithHeader, CsvWithoutHeader } kind = Kind::Json;
};

// Content negotiation for the create answer: JSON unless the client accepts only text/plain or text/csv.
MediaChoice negotiateCreate(const QByteArray &accept)
{
    MediaChoice choice;
    if (accept.trimmed().isEmpty())
        return choice;
    std::optional<MediaChoice::Kind> firstText;
    for (const QByteArray &entry : accept.split(',')) {
        const QList<QByteArray> parts = entry.split(';');
        const QByteArray type = parts.first().trimmed().toLower();
        if (type == "application/json" || type == "application/*" || type == "*/*")
            return choice; // JSON acceptable: JSON it is
        if (firstText)
            continue;
        if (type == "text/plain") {
            firstText = MediaChoice::Kind::Plain;
        } else if (type == "text/csv") {
            bool header = true;
            for (qsizetype i = 1; i < parts.size(); ++i) {
                const QByteArray param = parts.at(i).trimmed().toLower();
                if (param == "header=absent")
                    header = false;
            }
            firstText = header ? MediaChoice::Kind::CsvWithHeader : MediaChoice::Kind::CsvWithoutHeader;
        }
    }
    if (firstText)
        choice.kind = *firstText;
    return choice;
}

struct RateState
{
    int limit = 0;
    int remaining = 0;
    qint64 resetMicros = 0;
    int retryAfterSeconds = 0;
    bool limited = false;
};

struct RateBucket
{
    qint64 window = -1;
    int count = 0;
};

struct LastRequest
{
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QString query;
};

} // namespace

class FakeCluster::Private
{
public:
    explicit Private(FakeCluster *owner)
        : q(owner)
        , rng(QRandomGenerator::system()->generate64())
        , saveTimer(new QTimer(owner)) // a child: it follows the cluster into its thread (moveToThread)
    {
        saveTimer->setSingleShot(true);
        saveTimer->setInterval(500);
        QObject::connect(saveTimer, &QTimer::timeout, q, [this] { saveNow(); });
    }

    qint64 now() const { return fixedNow != 0 ? fixedNow : QDateTime::currentMSecsSinceEpoch(); }

    void handle(const QHttpServerRequest &request, QTcpSocket *socket);
    void respond(const Incoming &in, const Route &route, const Fault &fault, const QPointer<QTcpSocket> &socket);
    Outgoing process(const Incoming &in, const Route &route, const RateState &rate, std::optional<quint32> caller,
                     bool credentialPresent);
    std::optional<QString> credential(const Incoming &in, bool *present) const;
    RateState applyRate(qint64 key);
    Fault takeFault(Endpoint endpoint);
    void send(const QPointer<QTcpSocket> &socket, const Incoming &in, const Route &route, const Outgoing &out,
              qint64 elapsedStartMs);
    static void addRateHeaders(Outgoing &out, const RateState &rate);

    Outgoing list(const Incoming &in);
    Outgoing get(const Route &route);
    Outgoing lookup(const Incoming &in);
    Outgoing create(const Incoming &in, quint32 caller);
    Outgoing update(const Incoming &in, const Route &route, quint32 caller);
    Outgoing remove(const Route &route, quint32 caller);
    Outgoing notFoundToken(const QString &id) const;
    QByteArray metadataJson(quint32 index) const;

    void markDirty();
    void saveNow();

    FakeCluster *q;
    TokenStore store;
    ServerOptions options;
    HttpFrontend *http = nullptr;
    QString errorString;
    SplitMix64 rng;
    std::array<std::optional<Fault>, kEndpointCount> faults;
    std::array<int, kEndpointCount> counts{};
    std::array<LastRequest, kEndpointCount> last;
    QHash<qint64, RateBucket> buckets;
    // QNetworkAccessManager silently re-sends a request whose connection closed before any byte of the answer,
    // up to 3 times (timing-dependent). So a dropped request also drops its identical re-sends (same method,
    // target, Authorization and body, each within 2 s of the previous drop, at most 3): a count=1 drop then
    // reaches a Qt client as RemoteHostClosedError with no HTTP status, instead of vanishing. Other requests
    // (concurrent ones too) are served normally; clearFaults() ends the echo.
    struct DropEcho
    {
        QByteArray signature;
        qint64 atMs = 0;
        int left = 0;
    } dropEcho;
    qint64 fixedNow = 0;
    QTimer *saveTimer;
    bool dirty = false;
    QElapsedTimer clock;
};

void FakeCluster::Private::handle(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Incoming in;
    in.verb = request.method();
    in.method = methodName(in.verb);
    in.path = request.url().path();
    in.query = request.query();
    in.headers = request.headers();
    in.body = request.body();

    const Route route = classify(in.path, in.verb);
    const Endpoint endpoint = route.endpoint.value_or(Endpoint::Any);
    ++counts[endpointIndex(Endpoint::Any)];
    if (route.endpoint)
        ++counts[endpointIndex(endpoint)];
    const LastRequest snapshot{in.body, in.headers, in.query.toString(QUrl::FullyEncoded)};
    last[endpointIndex(Endpoint::Any)] = snapshot;
    if (route.endpoint)
        last[endpointIndex(endpoint)] = snapshot;
    Q_EMIT q->requestReceived(endpoint, in.method, in.path, in.body);

    Fault fault;
    if (route.endpoint) {
        const QByteArray signature = in.method + ' ' + in.path.toUtf8() + '?' + snapshot.query.toUtf8() + '\n' +
                                     in.header("authorization") + '\n' + in.body;
        if (dropEcho.left > 0 && dropEcho.signature == signature && clock.elapsed() - dropEcho.atMs < 2000) {
            --dropEcho.left; // a client's automatic re-send of the request just dropped
            dropEcho.atMs = clock.elapsed();
            fault.kind = Fault::Kind::DropConnection;
        } else {
            fault = takeFault(endpoint);
            if (fault.kind == Fault::Kind::DropConnection)
                dropEcho = {signature, clock.elapsed(), 3};
        }
    }
    const QPointer<QTcpSocket> guard(socket);
    if (fault.kind == Fault::Kind::Latency) {
        QTimer::singleShot(std::max(0, fault.latencyMs), q,
                           [this, in, route, guard] { respond(in, route, Fault{}, guard); });
        return;
    }
    respond(in, route, fault, guard);
}

Fault FakeCluster::Private::takeFault(Endpoint endpoint)
{
    for (Endpoint e : {endpoint, Endpoint::Any}) {
        auto &slot = faults[endpointIndex(e)];
        if (!slot || slot->kind == Fault::Kind::None)
            continue;
        Fault fault = *slot;
        if (slot->count > 0 && --slot->count == 0)
            slot.reset();
        return fault;
    }
    return Fault{};
}

std::optional<QString> FakeCluster::Private::credential(const Incoming &in, bool *present) const
{
    *present = false;
    if (in.hasHeader("authorization")) {
        *present = true;
        const QByteArray value = in.header("authorization").trimmed();
        static const QByteArray scheme("api-token ");
        if (value.size() <= scheme.size() || value.left(scheme.size()).toLower() != scheme)
            return std::nullopt;
        return QString::fromLatin1(value.mid(scheme.size()).trimmed());
    }
    if (in.query.hasQueryItem(QStringLiteral("api-token"))) {
        *present = true;
        return in.query.queryItemValue(QStringLiteral("api-token"), QUrl::FullyDecoded);
    }
    return std::nullopt;
}

RateState FakeCluster::Private::applyRate(qint64 key)
{
    const qint64 t = now();
    const qint64 windowMs = std::max(1, options.rateWindowMs);
    const qint64 window = t / windowMs;
    RateBucket &bucket = buckets[key];
    if (bucket.window != window) {
        bucket.window = window;
        bucket.count = 0;
    }
    ++bucket.count;
    RateState rate;
    rate.limit = options.rateLimitPerMinute;
    rate.remaining = std::max(0, rate.limit - bucket.count);
    const qint64 resetMs = (window + 1) * windowMs;
    rate.resetMicros = resetMs * 1000;
    rate.retryAfterSeconds = static_cast<int>(std::max<qint64>(1, (resetMs - t + 999) / 1000));
    rate.limited = bucket.count > rate.limit;
    return rate;
}

void FakeCluster::Private::addRateHeaders(Outgoing &out, const RateState &rate)
{
    out.headers.append({"X-RateLimit-Limit", QByteArray::number(rate.limit)});
    out.headers.append({"X-RateLimit-Remaining", QByteArray::number(rate.remaining)});
    out.headers.append({"X-RateLimit-Reset", QByteArray::number(rate.resetMicros)});
}

void FakeCluster::Private::respond(const Incoming &in, const Route &route, const Fault &fault,
                                   const QPointer<QTcpSocket> &socket)
{
    const qint64 startMs = clock.elapsed();
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return; // the client went away while the answer was delayed
    const Endpoint endpoint = route.endpoint.value_or(Endpoint::Any);

    if (fault.kind == Fault::Kind::DropConnection) {
        // Close without a single byte of answer. (See dropEcho for QNetworkAccessManager's silent re-sends.)
        qCInfo(lcFake).noquote() << in.method << redactForLog(in.path) << "-> connection dropped (fault)";
        socket->abort();
        Q_EMIT q->requestServed(endpoint, 0);
        return;
    }

    bool present = false;
    const std::optional<QString> secret = credential(in, &present);
    // Built in two steps: the ternary form makes GCC 12 -O3 warn -Wmaybe-uninitialized about the
    // (absent) value further down, which broke Release builds with -Werror.
    std::optional<quint32> caller;
    if (secret)
        caller = store.findBySecret(*secret);
    const RateState rate = applyRate(caller ? static_cast<qint64>(*caller) : -1);

    Outgoing out;
    switch (fault.kind) {
    case Fault::Kind::Status:
        out = envelope(fault.status,
                       fault.message.isEmpty() ? QString::fromLatin1(reasonPhrase(fault.status)) : fault.message);
        break;
    case Fault::Kind::MalformedJson:
        out.status = endpoint == Endpoint::Create ? 201 : 200;
        out.contentType = kJsonType;
        out.body = "{\"values\":[{\"id\":\"dt0c01.";
        out.body.append("<<this is not JSON>>, ]");
        break;
    default:
        out = process(in, route, rate, caller, present);
        break;
    }
    if (fault.kind == Fault::Kind::TruncatedBody)
        out.body.truncate(out.body.size() / 2);
    addRateHeaders(out, rate);
    send(socket, in, route, out, startMs);
}

Outgoing FakeCluster::Private::process(const Incoming &in, const Route &route, const RateState &rate,
                                       std::optional<quint32> caller, bool credentialPresent)
{
    if (rate.limited) {
        Outgoing out = envelope(429, QStringLiteral("Too Many Requests"));
        out.headers.append({"Retry-After", QByteArray::number(rate.retryAfterSeconds)});
        return out;
    }
    if (!route.endpoint)
        return envelope(404,
                        QStringLiteral("Not Found: no %1 operation at this path").arg(QString::fromLatin1(in.method)));
    if (in.body.size() > kMaxPayload)
        return constraintsViolated({{QString(), QStringLiteral("payload larger than 1 MB"), kBody}});

    if (!credentialPresent)
        return envelope(401, QStringLiteral("Missing authorization parameter."));
    if (!caller)
        return envelope(401, QStringLiteral("Token Authentication failed"));
    TokenRecord &record = store.at(*caller);
    const qint64 t = now();
    if (record.revoked || (record.expires != TokenStore::None && record.expires <= t))
        return envelope(401, QStringLiteral("Token Authentication failed"));
    record.lastUse = t;
    markDirty();

    const Endpoint endpoint = *route.endpoint;
    const ScopeMask needed = endpoint == Endpoint::Lookup && !options.lookupNeedsClusterTokenManagement
                                 ? ScopeMask(0)
                                 : Scopes::clusterTokenManagement();
    if ((record.scopes & needed) != needed)
        return envelope(403, QString::fromLatin1(kMissingScope));

    switch (endpoint) {
    case Endpoint::List:
        return list(in);
    case Endpoint::Get:
        return get(route);
    case Endpoint::Lookup:
        return lookup(in);
    case Endpoint::Create:
        return create(in, *caller);
    case Endpoint::Update:
        return update(in, route, *caller);
    case Endpoint::Delete:
        return remove(route, *caller);
    case Endpoint::Any:
        break;
    }
    return envelope(404, QStringLiteral("Not Found"));
}

void FakeCluster::Private::send(const QPointer<QTcpSocket> &socket, const Incoming &in, const Route &route,
                                const Outgoing &out, qint64 elapsedStartMs)
{
    QByteArray head;
    head.reserve(256);
    head.append("HTTP/1.1 ");
    head.append(QByteArray::number(out.status));
    head.append(' ');
    head.append(reasonPhrase(out.status));
    head.append("\r\n");
    if (out.status != 204) {
        if (!out.contentType.isEmpty())
            head.append("Content-Type: ").append(out.contentType).append("\r\n");
        head.append("Content-Length: ").append(QByteArray::number(out.body.size())).append("\r\n");
    }
    for (const auto &h : out.headers)
        head.append(h.first).append(": ").append(h.second).append("\r\n");
    const bool close = in.header("connection").trimmed().toLower() == "close";
    if (close)
        head.append("Connection: close\r\n");
    head.append("\r\n");
    socket->write(head);
    if (out.status != 204 && !out.body.isEmpty() && in.verb != QHttpServerRequest::Method::Head)
        socket->write(out.body);
    if (close)
        socket->disconnectFromHost();

    const QString target = in.query.isEmpty() ? in.path : in.path % QLatin1Char('?') % in.query.toString();
    qCInfo(lcFake).noquote() << in.method << redactForLog(target) << "->" << out.status
                             << QStringLiteral("(%1 ms)").arg(clock.elapsed() - elapsedStartMs);
    Q_EMIT q->requestServed(route.endpoint.value_or(Endpoint::Any), out.status);
}

// --- Operations ---------------------------------------------------------------------------------

Outgoing FakeCluster::Private::list(const Incoming &in)
{
    QList<Violation> violations;
    const QUrlQuery &query = in.query;
    qint64 limit = kDefaultLimit;
    if (query.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        const QString raw = query.queryItemValue(QStringLiteral("limit"), QUrl::FullyDecoded);
        limit = raw.toLongLong(&ok);
        if (!ok)
            violations.append({QStringLiteral("limit"), QStringLiteral("must be an integer"), kQuery});
        else if (limit < 0 || limit > kMaxLimit)
            violations.append({QStringLiteral("limit"), QStringLiteral("must be between 0 and 1000000"), kQuery});
    }
    ScopeMask permissions = 0;
    for (const QString &p : query.allQueryItemValues(QStringLiteral("permissions"), QUrl::FullyDecoded)) {
        const auto index = Scopes::indexOf(p);
        if (!index)
            violations.append({QStringLiteral("permissions"), QStringLiteral("unknown scope '%1'").arg(p), kQuery});
        else
            permissions |= static_cast<ScopeMask>(1U << *index);
    }
    std::optional<qint64> from;
    std::optional<qint64> to;
    for (const char *name : {"from", "to"}) {
        const QString key = QString::fromLatin1(name);
        if (!query.hasQueryItem(key))
            continue;
        bool ok = false;
        const qint64 value = query.queryItemValue(key, QUrl::FullyDecoded).toLongLong(&ok);
        if (!ok) {
            violations.append({key, QStringLiteral("must be an integer (UTC milliseconds)"), kQuery});
            continue;
        }
        (key == QLatin1String("from") ? from : to) = value;
    }
    if (!violations.isEmpty())
        return constraintsViolated(violations);

    std::optional<quint16> owner;
    bool noOwnerMatch = false;
    if (query.hasQueryItem(QStringLiteral("user"))) {
        owner = store.findOwner(query.queryItemValue(QStringLiteral("user"), QUrl::FullyDecoded));
        noOwnerMatch = !owner.has_value();
    }

    Outgoing out;
    out.contentType = kJsonType;
    QByteArray &b = out.body;
    b.reserve(static_cast<qsizetype>(std::min<qint64>(limit, store.liveCount())) * 64 + 16);
    b.append("{\"values\":[");
    qint64 emitted = 0;
    const bool byLastUse = from || to;
    const quint32 slots = store.slotCount();
    for (quint32 i = 0; i < slots && emitted < limit && !noOwnerMatch; ++i) {
        const TokenRecord &r = store.at(i);
        if (r.deleted || (owner && r.owner != *owner) || (r.scopes & permissions) != permissions)
            continue;
        if (byLastUse && (r.lastUse == TokenStore::None || (from && r.lastUse < *from) || (to && r.lastUse > *to)))
            continue;
        if (emitted > 0)
            b.append(',');
        b.append("{\"id\":\"");
        store.appendId(b, i);
        b.append("\",\"name\":");
        JsonWriter::appendString(b, store.nameUtf8(i));
        b.append('}');
        ++emitted;
    }
    b.append("]}");
    return out;
}

QByteArray FakeCluster::Private::metadataJson(quint32 index) const
{
    const TokenRecord &r = store.at(index);
    QByteArray b;
    b.reserve(512);
    b.append("{\"id\":\"");
    store.appendId(b, index);
    b.append("\",");
    JsonWriter::appendKey(b, "name");
    JsonWriter::appendString(b, store.nameUtf8(index));
    b.append(',');
    JsonWriter::appendKey(b, "userId");
    JsonWriter::appendString(b, QByteArrayView(store.ownerUtf8(r.owner)));
    b.append(',');
    JsonWriter::appendKey(b, "revoked");
    JsonWriter::appendBool(b, r.revoked);
    b.append(',');
    JsonWriter::appendKey(b, "created");
    JsonWriter::appendInt(b, r.created);
    if (r.expires != TokenStore::None) {
        b.append(',');
        JsonWriter::appendKey(b, "expires");
        JsonWriter::appendInt(b, r.expires);
    }
    if (r.lastUse != TokenStore::None) {
        b.append(',');
        JsonWriter::appendKey(b, "lastUse");
        JsonWriter::appendInt(b, r.lastUse);
    }
    b.append(',');
    JsonWriter::appendKey(b, "scopes");
    b.append('[');
    bool first = true;
    for (int s = 0; s < Scopes::Count; ++s) {
        if (!(r.scopes & (1U << s)))
            continue;
        if (!first)
            b.append(',');
        first = false;
        const QLatin1String name = Scopes::name(s);
        JsonWriter::appendString(b, QByteArrayView(name.data(), name.size()));
    }
    b.append("],");
    JsonWriter::appendKey(b, "personalAccessToken");
    JsonWriter::appendBool(b, false);
    b.append('}');
    return b;
}

Outgoing FakeCluster::Private::notFoundToken(const QString &id) const
{
    // Echo the identifier only; never a secret (DELETE and GET accept the secret as {id}).
    const bool safeToEcho = id.size() == TokenStore::IdLength && id.startsWith(QLatin1String("dt0c01."));
    return envelope(404, safeToEcho ? QStringLiteral("Token with ID %1 not found").arg(id)
                                    : QStringLiteral("Token not found"));
}

Outgoing FakeCluster::Private::get(const Route &route)
{
    const auto index = store.findByIdOrSecret(route.id);
    if (!index)
        return notFoundToken(route.id);
    Outgoing out;
    out.contentType = kJsonType;
    out.body = metadataJson(*index);
    return out;
}

Outgoing FakeCluster::Private::lookup(const Incoming &in)
{
    QList<Violation> violations;
    const auto object = parseObject(in.body, violations);
    if (!object)
        return constraintsViolated(violations);
    const QJsonValue token = object->value(QLatin1String("token"));
    if (isAbsent(token))
        return constraintsViolated({{QStringLiteral("token"), QStringLiteral("must not be null"), kBody}});
    if (!token.isString())
        return constraintsViolated({{QStringLiteral("token"), QStringLiteral("must be a string"), kBody}});
    const auto index = store.findBySecret(token.toString());
    if (!index)
        return envelope(404, QStringLiteral("Token not found"));
    Outgoing out;
    out.contentType = kJsonType;
    out.body = metadataJson(*index);
    return out;
}

Outgoing FakeCluster::Private::create(const Incoming &in, quint32 caller)
{
    QList<Violation> violations;
    const auto object = parseObject(in.body, violations);
    if (!object)
        return constraintsViolated(violations);

    const QJsonValue name = object->value(QLatin1String("name"));
    if (isAbsent(name))
        violations.append({QStringLiteral("name"), QStringLiteral("must not be null"), kBody});
    else if (!name.isString())
        violations.append({QStringLiteral("name"), QStringLiteral("must be a string"), kBody});
    else if (name.toString().trimmed().isEmpty())
        violations.append({QStringLiteral("name"), QStringLiteral("must not be blank"), kBody});

    ScopeMask scopes = 0;
    const QJsonValue scopesValue = object->value(QLatin1String("scopes"));
    if (isAbsent(scopesValue))
        violations.append({QStringLiteral("scopes"), QStringLiteral("must not be null"), kBody});
    else if (!scopesValue.isArray())
        violations.append({QStringLiteral("scopes"), QStringLiteral("must be an array"), kBody});
    else if (scopesValue.toArray().isEmpty())
        violations.append({QStringLiteral("scopes"), QStringLiteral("size must be between 1 and 2147483647"), kBody});
    else
        scopes = parseScopes(scopesValue.toArray(), QStringLiteral("scopes"), violations);

    const qint64 t = now();
    qint64 expires = TokenStore::None;
    const QJsonValue expiresIn = object->value(QLatin1String("expiresIn"));
    if (!isAbsent(expiresIn)) {
        if (!expiresIn.isObject()) {
            violations.append({QStringLiteral("expiresIn"), QStringLiteral("must be an object"), kBody});
        } else {
            const QJsonObject duration = expiresIn.toObject();
            const QJsonValue value = duration.value(QLatin1String("value"));
            const QJsonValue unit = duration.value(QLatin1String("unit"));
            std::optional<qint64> factor = 1;
            if (!isAbsent(unit)) {
                factor = unit.isString() ? unitMillis(unit.toString()) : std::nullopt;
                if (!factor)
                    violations.append({QStringLiteral("expiresIn.unit"),
                                       QStringLiteral("must be one of DAYS, HOURS, MILLIS, MINUTES, SECONDS"), kBody});
            }
            const std::optional<qint64> amount = integralValue(value);
            if (isAbsent(value))
                violations.append({QStringLiteral("expiresIn.value"), QStringLiteral("must not be null"), kBody});
            else if (!amount)
                violations.append(
                    {QStringLiteral("expiresIn.value"), QStringLiteral("must be an int64 integer"), kBody});
            else if (*amount <= 0)
                violations.append({QStringLiteral("expiresIn.value"), QStringLiteral("must be greater than 0"), kBody});
            else if (factor && *amount > (std::numeric_limits<qint64>::max() - t) / *factor)
                violations.append({QStringLiteral("expiresIn.value"), QStringLiteral("is too large"), kBody});
            else if (factor)
                expires = t + *amount * *factor;
        }
    }
    if (!violations.isEmpty())
        return constraintsViolated(violations);

    const TokenRecord &callerRecord = store.at(caller);
    const QByteArray nameUtf8 = name.toString().toUtf8();
    const quint32 index = store.add(nameUtf8, callerRecord.owner, scopes, t, expires, TokenStore::None, false, rng);
    markDirty();

    const QString secret = store.secret(index);
    Outgoing out;
    out.status = 201;
    out.headers.append({"Location", store.id(index).toLatin1()});
    switch (negotiateCreate(in.header("accept")).kind) {
    case MediaChoice::Kind::Json:
        out.contentType = kJsonType;
        out.body = "{\"token\":";
        JsonWriter::appendString(out.body, secret);
        out.body.append('}');
        break;
    case MediaChoice::Kind::Plain:
        out.contentType = "text/plain; charset=utf-8";
        out.body = secret.toLatin1();
        break;
    case MediaChoice::Kind::CsvWithHeader:
        out.contentType = "text/csv; header=present; charset=utf-8";
        out.body = "token\r\n" + secret.toLatin1();
        break;
    case MediaChoice::Kind::CsvWithoutHeader:
        out.contentType = "text/csv; header=absent; charset=utf-8";
        out.body = secret.toLatin1();
        break;
    }
    return out;
}

Outgoing FakeCluster::Private::update(const Incoming &in, const Route &route, quint32 caller)
{
    QList<Violation> violations;
    const auto object = parseObject(in.body, violations);
    if (!object)
        return constraintsViolated(violations);

    std::optional<QString> name;
    const QJsonValue nameValue = object->value(QLatin1String("name"));
    if (!isAbsent(nameValue)) {
        if (!nameValue.isString())
            violations.append({QStringLiteral("name"), QStringLiteral("must be a string"), kBody});
        else if (nameValue.toString().trimmed().isEmpty())
            violations.append({QStringLiteral("name"), QStringLiteral("must not be blank"), kBody});
        else
            name = nameValue.toString();
    }
    std::optional<bool> revoked;
    const QJsonValue revokedValue = object->value(QLatin1String("revoked"));
    if (!isAbsent(revokedValue)) {
        if (revokedValue.isBool())
            revoked = revokedValue.toBool();
        else if (revokedValue.isString() && revokedValue.toString() == QLatin1String("true"))
            revoked = true; // the docs' own example sends "true" as a string
        else if (revokedValue.isString() && revokedValue.toString() == QLatin1String("false"))
            revoked = false;
        else
            violations.append({QStringLiteral("revoked"), QStringLiteral("must be a boolean"), kBody});
    }
    std::optional<ScopeMask> scopes;
    const QJsonValue scopesValue = object->value(QLatin1String("scopes"));
    if (!isAbsent(scopesValue)) {
        if (!scopesValue.isArray())
            violations.append({QStringLiteral("scopes"), QStringLiteral("must be an array"), kBody});
        else
            scopes = parseScopes(scopesValue.toArray(), QStringLiteral("scopes"), violations);
    }
    if (!violations.isEmpty())
        return constraintsViolated(violations);

    const auto index = store.findByIdOrSecret(route.id);
    if (!index)
        return notFoundToken(route.id);
    if (*index == caller)
        return envelope(400,
                        QStringLiteral("You can't update the token you're using for authentication of the request."),
                        {{QStringLiteral("id"), QStringLiteral("is the token used for authentication"), kPath}});
    if (name)
        store.setName(*index, name->toUtf8());
    if (revoked)
        store.at(*index).revoked = *revoked;
    if (scopes)
        store.at(*index).scopes = *scopes;
    if (name || revoked || scopes)
        markDirty();
    Outgoing out;
    out.status = 204;
    return out;
}

Outgoing FakeCluster::Private::remove(const Route &route, quint32 caller)
{
    const auto index = store.findByIdOrSecret(route.id);
    if (!index)
        return notFoundToken(route.id);
    if (*index == caller)
        return envelope(400,
                        QStringLiteral("You can't delete the token you're using for authentication of the request."),
                        {{QStringLiteral("id"), QStringLiteral("is the token used for authentication"), kPath}});
    store.remove(*index);
    markDirty();
    Outgoing out;
    out.status = 204;
    return out;
}

// --- Persistence --------------------------------------------------------------------------------

void FakeCluster::Private::markDirty()
{
    if (options.stateFile.isEmpty())
        return;
    dirty = true;
    if (!saveTimer->isActive())
        saveTimer->start();
}

void FakeCluster::Private::saveNow()
{
    saveTimer->stop();
    if (!dirty || options.stateFile.isEmpty())
        return;
    QString error;
    if (!store.save(options.stateFile, &error))
        qCWarning(lcFake).noquote() << "cannot save state:" << error;
    dirty = false;
}

// --- FakeCluster --------------------------------------------------------------------------------

namespace {

// Qt HttpServer's own debug output (qt.httpserver) prints each request with all its headers, the
// Authorization header with its token secret included. It stays off whatever the logging rules say
// (QT_LOGGING_RULES=*.debug=true too): the fake also runs inside the app and the CLI (demo mode).
QLoggingCategory::CategoryFilter previousCategoryFilter = nullptr;

void silenceHttpServerDebug(QLoggingCategory *category)
{
    if (previousCategoryFilter)
        previousCategoryFilter(category);
    if (qstrncmp(category->categoryName(), "qt.httpserver", 13) == 0)
        category->setEnabled(QtDebugMsg, false);
}

} // namespace

FakeCluster::FakeCluster(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this))
{
    static std::once_flag filterInstalled;
    std::call_once(filterInstalled,
                   [] { previousCategoryFilter = QLoggingCategory::installFilter(silenceHttpServerDebug); });
    d->clock.start();
}

FakeCluster::~FakeCluster()
{
    stop();
}

bool FakeCluster::start(const ServerOptions &options, const SeedOptions &seed)
{
    stop();
    d->options = options;
    d->errorString.clear();
    d->counts.fill(0);
    d->last.fill(LastRequest{});
    d->buckets.clear();
    d->dropEcho = {};
    const qint64 nowMs = seed.nowMs != 0 ? seed.nowMs : d->now();
    if (!options.stateFile.isEmpty() && QFileInfo::exists(options.stateFile)) {
        if (!d->store.load(options.stateFile, &d->errorString))
            return false;
    } else {
        d->store.seed(seed, nowMs);
        if (!options.stateFile.isEmpty()) {
            d->dirty = true;
            d->saveNow();
        }
    }

    auto *tcp = new QTcpServer(this);
    if (!tcp->listen(options.address, options.port)) {
        d->errorString = QStringLiteral("cannot listen on %1:%2: %3")
                             .arg(options.address.toString())
                             .arg(options.port)
                             .arg(tcp->errorString());
        delete tcp;
        return false;
    }
    d->http = new HttpFrontend(
        [this](const QHttpServerRequest &request, QTcpSocket *socket) { d->handle(request, socket); }, this);
    tcp->setParent(d->http);
    d->http->bind(tcp);
    return true;
}

void FakeCluster::stop()
{
    d->saveNow();
    if (d->http) {
        delete d->http; // closes the listening socket; open connections go with it
        d->http = nullptr;
    }
}

quint16 FakeCluster::port() const
{
    if (!d->http)
        return 0;
    const auto servers = d->http->servers();
    return servers.isEmpty() ? quint16(0) : servers.first()->serverPort();
}

QString FakeCluster::baseUrl() const
{
    const QHostAddress address = d->options.address == QHostAddress::Any || d->options.address == QHostAddress::AnyIPv4
                                     ? QHostAddress(QHostAddress::LocalHost)
                                     : d->options.address;
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                             ? QStringLiteral("[%1]").arg(address.toString())
                             : address.toString();
    return QStringLiteral("http://%1:%2/api/cluster/v2").arg(host).arg(port());
}

QString FakeCluster::errorString() const
{
    return d->errorString;
}

SeededToken FakeCluster::adminToken() const
{
    const auto index = d->store.adminIndex();
    if (!index || d->store.at(*index).deleted)
        return {};
    return {d->store.id(*index), d->store.secret(*index), d->store.owner(d->store.at(*index).owner)};
}

SeededToken FakeCluster::addToken(const QString &name, const QString &owner, const QStringList &scopes,
                                  std::optional<qint64> expiresMs, std::optional<qint64> lastUseMs, bool revoked,
                                  std::optional<qint64> createdMs)
{
    ScopeMask mask = 0;
    for (const QString &scope : scopes) {
        const auto index = Scopes::indexOf(scope);
        if (index)
            mask |= static_cast<ScopeMask>(1U << *index);
        else
            qCWarning(lcFake) << "addToken: ignoring unknown scope" << scope;
    }
    const quint16 ownerIndex = d->store.internOwner(owner);
    const quint32 index =
        d->store.add(name.toUtf8(), ownerIndex, mask, createdMs.value_or(d->now()),
                     expiresMs.value_or(TokenStore::None), lastUseMs.value_or(TokenStore::None), revoked, d->rng);
    d->markDirty();
    return {d->store.id(index), d->store.secret(index), owner};
}

int FakeCluster::tokenCount() const
{
    return d->store.liveCount();
}

bool FakeCluster::hasToken(const QString &id) const
{
    return d->store.findByIdOrSecret(id).has_value();
}

void FakeCluster::injectFault(Endpoint endpoint, const Fault &fault)
{
    if (fault.kind == Fault::Kind::None || fault.count == 0)
        d->faults[endpointIndex(endpoint)].reset();
    else
        d->faults[endpointIndex(endpoint)] = fault;
}

void FakeCluster::clearFaults()
{
    for (auto &fault : d->faults)
        fault.reset();
    d->dropEcho = {};
}

void FakeCluster::setRateLimitPerMinute(int limit)
{
    d->options.rateLimitPerMinute = limit;
}

void FakeCluster::setRateWindowMs(int windowMs)
{
    d->options.rateWindowMs = windowMs;
    d->buckets.clear();
}

void FakeCluster::setLookupNeedsClusterTokenManagement(bool needed)
{
    d->options.lookupNeedsClusterTokenManagement = needed;
}

void FakeCluster::setFixedTime(qint64 nowMs)
{
    d->fixedNow = nowMs;
}

int FakeCluster::requestCount(Endpoint endpoint) const
{
    return d->counts[endpointIndex(endpoint)];
}

QByteArray FakeCluster::lastRequestBody(Endpoint endpoint) const
{
    return d->last[endpointIndex(endpoint)].body;
}

QByteArray FakeCluster::lastRequestHeader(Endpoint endpoint, const QByteArray &name) const
{
    for (const auto &h : d->last[endpointIndex(endpoint)].headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QString FakeCluster::lastRequestQuery(Endpoint endpoint) const
{
    return d->last[endpointIndex(endpoint)].query;
}

std::optional<FakeTokenInfo> FakeCluster::tokenInfo(const QString &idOrSecret) const
{
    const auto index = d->store.findByIdOrSecret(idOrSecret);
    if (!index)
        return std::nullopt;
    const TokenRecord &r = d->store.at(*index);
    FakeTokenInfo info;
    info.id = d->store.id(*index);
    info.name = d->store.name(*index);
    info.owner = d->store.owner(r.owner);
    for (int s = 0; s < Scopes::Count; ++s) {
        if (r.scopes & (1U << s))
            info.scopes.append(QString(Scopes::name(s)));
    }
    info.created = r.created;
    if (r.expires != TokenStore::None)
        info.expires = r.expires;
    if (r.lastUse != TokenStore::None)
        info.lastUse = r.lastUse;
    info.revoked = r.revoked;
    return info;
}

} // namespace TokenDesk::Fake
