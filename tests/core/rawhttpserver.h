// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// A tiny loopback HTTP/1.1 server over QTcpServer for wire-level tests: it records every raw request
// and lets the test answer each one byte by byte (wrong content types, resets mid-body, slow drips,
// oversized bodies, redirects), which a well-behaved server library cannot do.
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>

#include <functional>
#include <memory>

class RawHttpServer final : public QObject
{
    Q_OBJECT
public:
    // Called once per complete request (head + Content-Length body) with the raw bytes.
    using Handler = std::function<void(QTcpSocket *socket, const QByteArray &request)>;

    // With a TLS configuration (local certificate and key) the server speaks HTTPS.
    explicit RawHttpServer(const QSslConfiguration &tls = QSslConfiguration(), QObject *parent = nullptr)
        : QObject(parent)
        , m_tls(!tls.isNull())
    {
        if (m_tls) {
            auto server = std::make_unique<QSslServer>();
            server->setSslConfiguration(tls);
            m_server = std::move(server);
        } else {
            m_server = std::make_unique<QTcpServer>();
        }
        connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, &RawHttpServer::onNewConnection);
        m_server->listen(QHostAddress::LocalHost, 0);
    }

    quint16 port() const { return m_server->serverPort(); }
    QString baseUrl() const
    {
        return QStringLiteral("%1://127.0.0.1:%2/api/cluster/v2")
            .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"))
            .arg(port());
    }
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    const QList<QByteArray> &requests() const { return m_requests; }

    // "GET /path HTTP/1.1"
    static QByteArray requestLine(const QByteArray &request) { return request.left(request.indexOf("\r\n")); }
    // The value of a request header (case-insensitive name), or a null QByteArray.
    static QByteArray header(const QByteArray &request, const QByteArray &name)
    {
        const QByteArray head = request.left(request.indexOf("\r\n\r\n"));
        const QList<QByteArray> lines = head.split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().toLower() == name.toLower())
                return line.mid(colon + 1).trimmed();
        }
        return QByteArray();
    }
    static QByteArray body(const QByteArray &request) { return request.mid(request.indexOf("\r\n\r\n") + 4); }

    // A complete response; Content-Length is added unless `headers` already holds one or
    // `contentLength` is false (then the body ends when the connection closes).
    static QByteArray response(int status, const QByteArray &reason, const QList<QByteArray> &headers,
                               const QByteArray &body, bool contentLength = true)
    {
        QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
        bool hasLength = false;
        for (const QByteArray &h : headers) {
            out += h + "\r\n";
            hasLength = hasLength || h.toLower().startsWith("content-length:");
        }
        if (contentLength && !hasLength)
            out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
        out += "Connection: close\r\n\r\n";
        out += body;
        return out;
    }
    static void reply(QTcpSocket *socket, const QByteArray &bytes)
    {
        socket->write(bytes);
        socket->disconnectFromHost();
    }

private:
    void onNewConnection()
    {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    }
    void onReadyRead(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        const QByteArray length = header(buffer, "Content-Length");
        const qsizetype total = headEnd + 4 + (length.isEmpty() ? 0 : length.toLongLong());
        if (buffer.size() < total)
            return;
        const QByteArray request = buffer.left(total);
        m_buffers.remove(socket);
        m_requests.append(request);
        if (m_handler)
            m_handler(socket, request);
    }

    bool m_tls = false;
    std::unique_ptr<QTcpServer> m_server;
    Handler m_handler;
    QList<QByteArray> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};
