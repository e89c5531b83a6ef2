// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// A tiny blocking HTTP helper for the fake cluster's tests: a plain QNetworkAccessManager, waited on
// with QSignalSpy (tests only). It deliberately shares nothing with tokendesk_core's client.
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPair>
#include <QSignalSpy>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

namespace TokenDesk::FakeTest {

struct HttpResult
{
    int status = 0; // 0: no HTTP answer (connection dropped, timeout)
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    bool finished = false;

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
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    bool isJson() const
    {
        QJsonParseError e{};
        QJsonDocument::fromJson(body, &e);
        return e.error == QJsonParseError::NoError;
    }
    QJsonObject error() const { return json().value(QLatin1String("error")).toObject(); }
};

class HttpClient final
{
public:
    HttpClient(const QString &baseUrl, const QString &secret)
        : m_base(baseUrl)
        , m_secret(secret)
    {
        m_nam.setTransferTimeout(30000);
    }

    void setSecret(const QString &secret) { m_secret = secret; }
    QString secret() const { return m_secret; }
    QString baseUrl() const { return m_base; }

    // `path` is relative to the base URL ("/tokens?limit=3"). `secret` overrides the client's token;
    // an empty override sends no Authorization header.
    HttpResult send(const QByteArray &verb, const QString &path, const QByteArray &body = {},
                    const QList<QPair<QByteArray, QByteArray>> &headers = {},
                    std::optional<QString> secret = std::nullopt)
    {
        QNetworkRequest request(QUrl(m_base + path));
        const QString token = secret.value_or(m_secret);
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Api-Token " + token.toLatin1());
        request.setRawHeader("Accept", "application/json; charset=utf-8");
        if (!body.isEmpty() || verb == "POST" || verb == "PUT")
            request.setRawHeader("Content-Type", "application/json; charset=utf-8");
        for (const auto &h : headers)
            request.setRawHeader(h.first, h.second);
        std::unique_ptr<QNetworkReply> reply(m_nam.sendCustomRequest(request, verb, body));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        HttpResult result;
        result.finished = finished.wait(60000);
        result.networkError = reply->error();
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.headers = reply->rawHeaderPairs();
        return result;
    }

    HttpResult get(const QString &path) { return send("GET", path); }
    HttpResult post(const QString &path, const QByteArray &body) { return send("POST", path, body); }
    HttpResult put(const QString &path, const QByteArray &body) { return send("PUT", path, body); }
    HttpResult del(const QString &path) { return send("DELETE", path); }

private:
    QNetworkAccessManager m_nam;
    QString m_base;
    QString m_secret;
};

} // namespace TokenDesk::FakeTest
