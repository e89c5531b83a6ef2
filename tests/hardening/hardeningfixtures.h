// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Shared by the hardening tests: a scripted loopback "cluster" over RawHttpServer (tests/core) that
// answers the four requests the main window sends (lookup of its own token, the list, details and
// create) with a good default, and lets each test replace one route's answer with a fault.
#pragma once

#include "api/jsoncodec.h"
#include "api/tokenformat.h"
#include "rawhttpserver.h"

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QRegularExpression>

#include <functional>

namespace TokenDesk::Hardening {

inline const QString &adminSecret()
{
    static const QString secret =
        QStringLiteral("dt0c01.ADMINADMINADMINADMINADMI.") + QStringLiteral("ADMINSECRET").repeated(6).left(64);
    return secret;
}
inline const QByteArray JsonType = "Content-Type: application/json; charset=utf-8";

// The three tokens of the good list ("alpha", "beta", "gamma") and the admin token.
inline QStringList goodIds()
{
    return {QStringLiteral("dt0c01.AAAAAAAAAAAAAAAAAAAAAAAA"), QStringLiteral("dt0c01.BBBBBBBBBBBBBBBBBBBBBBBB"),
            QStringLiteral("dt0c01.CCCCCCCCCCCCCCCCCCCCCCCC")};
}
inline QStringList goodNames()
{
    return {QStringLiteral("alpha"), QStringLiteral("beta"), QStringLiteral("gamma")};
}
inline QByteArray goodListBody()
{
    StubList list;
    for (int i = 0; i < 3; ++i)
        list.append(TokenStub{goodIds().at(i), goodNames().at(i), std::nullopt});
    return Json::encodeStubList(list);
}
inline QByteArray metadataBody(const QString &id, const QString &name)
{
    TokenMetadata m;
    m.id = id;
    m.name = name;
    m.userId = QStringLiteral("admin");
    m.revoked = false;
    m.created = 1554076800000;
    m.scopes = QStringList{QStringLiteral("settings.read")};
    return Json::encodeTokenMetadata(m);
}

// The reason phrase is irrelevant to the client; every response closes the connection.
inline QByteArray response(int status, const QList<QByteArray> &headers, const QByteArray &body)
{
    return RawHttpServer::response(status, "Status", headers, body);
}

// Routes requests of the main window; each route can be replaced.
class ScriptedCluster final
{
public:
    using Handler = RawHttpServer::Handler;

    explicit ScriptedCluster(const QSslConfiguration &tls = QSslConfiguration())
        : m_server(tls)
    {
        m_server.setHandler([this](QTcpSocket *socket, const QByteArray &request) { route(socket, request); });
        resetRoutes();
    }

    void resetRoutes()
    {
        list = [](QTcpSocket *socket, const QByteArray &) {
            RawHttpServer::reply(socket, response(200, {JsonType}, goodListBody()));
        };
        details = [](QTcpSocket *socket, const QByteArray &request) {
            const QByteArray line = RawHttpServer::requestLine(request);
            const QString id = QString::fromUtf8(
                QByteArray::fromPercentEncoding(line.mid(line.indexOf("/tokens/") + 8).split(' ').constFirst()));
            const qsizetype index = goodIds().indexOf(id);
            RawHttpServer::reply(socket,
                                 response(200, {JsonType}, metadataBody(id, index >= 0 ? goodNames().at(index) : id)));
        };
        lookup = [](QTcpSocket *socket, const QByteArray &) {
            RawHttpServer::reply(socket, response(200, {JsonType},
                                                  metadataBody(QStringLiteral("dt0c01.ADMINADMINADMINADMINADMI"),
                                                               QStringLiteral("admin"))));
        };
        create = [](QTcpSocket *socket, const QByteArray &) {
            RawHttpServer::reply(socket, response(500, {JsonType}, "{}"));
        };
    }

    QString baseUrl() const { return m_server.baseUrl(); }
    quint16 port() const { return m_server.port(); }
    const QList<QByteArray> &requests() const { return m_server.requests(); }
    // Requests whose request line starts with `prefix` ("GET /api/cluster/v2/tokens?").
    int count(const QByteArray &prefix) const
    {
        int n = 0;
        for (const QByteArray &r : m_server.requests())
            n += r.startsWith(prefix) ? 1 : 0;
        return n;
    }
    int listCount() const { return count("GET /api/cluster/v2/tokens?") + count("GET /api/cluster/v2/tokens HTTP"); }
    // When each request arrived (epoch ms), in order.
    const QList<qint64> &arrivals() const { return m_arrivals; }

    Handler list;
    Handler details;
    Handler lookup;
    Handler create;

private:
    void route(QTcpSocket *socket, const QByteArray &request)
    {
        m_arrivals.append(QDateTime::currentMSecsSinceEpoch());
        const QByteArray line = RawHttpServer::requestLine(request);
        if (line.startsWith("POST /api/cluster/v2/tokens/lookup"))
            lookup(socket, request);
        else if (line.startsWith("POST /api/cluster/v2/tokens"))
            create(socket, request);
        else if (line.startsWith("GET /api/cluster/v2/tokens/"))
            details(socket, request);
        else
            list(socket, request);
    }

    RawHttpServer m_server;
    QList<qint64> m_arrivals;
};

// Resident set size of this process (Linux), in bytes; 0 when unknown.
inline qint64 residentBytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray text = status.readAll();
    const qsizetype at = text.indexOf("VmRSS:");
    if (at < 0)
        return 0;
    const QByteArray line = text.mid(at + 6, text.indexOf('\n', at) - at - 6).trimmed();
    return line.split(' ').constFirst().toLongLong() * 1024;
}

// Every secret-shaped value (new format, in any case: the detection of api/tokenformat.h) in `text`.
inline QStringList secretsIn(const QString &text)
{
    static const QRegularExpression re(QLatin1String(TokenFormat::DetectionPattern));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.append(it.next().captured(0));
    return found;
}

} // namespace TokenDesk::Hardening
