// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "apierror.h"

#include "tokenformat.h"

#include <QCoreApplication>
#include <QDateTime>

namespace TokenDesk {

namespace {

constexpr qsizetype MaxMessageLength = 500;

// One line, bounded, no secrets.
QString clean(const QString &text)
{
    QString line = ApiError::redactSecrets(text).simplified();
    if (line.size() > MaxMessageLength)
        line = line.left(MaxMessageLength) + QStringLiteral("…");
    return line;
}

QString violationText(const ConstraintViolation &v)
{
    QString text;
    if (v.path && !v.path->isEmpty())
        text = clean(*v.path);
    if (v.message && !v.message->isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral(": ")) + clean(*v.message);
    if (text.isEmpty() && v.location && !v.location->isEmpty())
        text = clean(*v.location);
    return text;
}

} // namespace

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Network:
        return QCoreApplication::translate("TokenDesk::ApiError", "network");
    case Kind::Tls:
        return QStringLiteral("TLS");
    case Kind::Timeout:
        return QCoreApplication::translate("TokenDesk::ApiError", "timeout");
    case Kind::Http:
        return QStringLiteral("HTTP");
    case Kind::Parse:
        return QCoreApplication::translate("TokenDesk::ApiError", "parse");
    case Kind::RateLimited:
        return QCoreApplication::translate("TokenDesk::ApiError", "rate limited");
    case Kind::Redirect:
        return QCoreApplication::translate("TokenDesk::ApiError", "redirect");
    case Kind::Cancelled:
        return QCoreApplication::translate("TokenDesk::ApiError", "cancelled");
    case Kind::InvalidRequest:
        return QCoreApplication::translate("TokenDesk::ApiError", "invalid request");
    }
    return QString();
}

QString ApiError::reasonPhrase(int status)
{
    // The standard phrases, translated: they are read next to a translated "failed".
    switch (status) {
    case 200:
        return QCoreApplication::translate("TokenDesk::ApiError", "OK");
    case 201:
        return QCoreApplication::translate("TokenDesk::ApiError", "Created");
    case 204:
        return QCoreApplication::translate("TokenDesk::ApiError", "No Content");
    case 301:
        return QCoreApplication::translate("TokenDesk::ApiError", "Moved Permanently");
    case 302:
        return QCoreApplication::translate("TokenDesk::ApiError", "Found");
    case 303:
        return QCoreApplication::translate("TokenDesk::ApiError", "See Other");
    case 307:
        return QCoreApplication::translate("TokenDesk::ApiError", "Temporary Redirect");
    case 308:
        return QCoreApplication::translate("TokenDesk::ApiError", "Permanent Redirect");
    case 400:
        return QCoreApplication::translate("TokenDesk::ApiError", "Bad Request");
    case 401:
        return QCoreApplication::translate("TokenDesk::ApiError", "Unauthorized");
    case 403:
        return QCoreApplication::translate("TokenDesk::ApiError", "Forbidden");
    case 404:
        return QCoreApplication::translate("TokenDesk::ApiError", "Not Found");
    case 405:
        return QCoreApplication::translate("TokenDesk::ApiError", "Method Not Allowed");
    case 406:
        return QCoreApplication::translate("TokenDesk::ApiError", "Not Acceptable");
    case 408:
        return QCoreApplication::translate("TokenDesk::ApiError", "Request Timeout");
    case 409:
        return QCoreApplication::translate("TokenDesk::ApiError", "Conflict");
    case 413:
        return QCoreApplication::translate("TokenDesk::ApiError", "Payload Too Large");
    case 415:
        return QCoreApplication::translate("TokenDesk::ApiError", "Unsupported Media Type");
    case 422:
        return QCoreApplication::translate("TokenDesk::ApiError", "Unprocessable Entity");
    case 429:
        return QCoreApplication::translate("TokenDesk::ApiError", "Too Many Requests");
    case 500:
        return QCoreApplication::translate("TokenDesk::ApiError", "Internal Server Error");
    case 501:
        return QCoreApplication::translate("TokenDesk::ApiError", "Not Implemented");
    case 502:
        return QCoreApplication::translate("TokenDesk::ApiError", "Bad Gateway");
    case 503:
        return QCoreApplication::translate("TokenDesk::ApiError", "Service Unavailable");
    case 504:
        return QCoreApplication::translate("TokenDesk::ApiError", "Gateway Timeout");
    case 556:
        return QCoreApplication::translate("TokenDesk::ApiError", "Upgrade in progress");
    default:
        return QString();
    }
}

QString ApiError::redactSecrets(const QString &text)
{
    // Detection, not classification: case-insensitive and anywhere in the text (tokenformat.h).
    return TokenFormat::redacted(text);
}

QString ApiError::toString() const
{
    const QString operationName =
        operation.isEmpty() ? QCoreApplication::translate("TokenDesk::ApiError", "Request") : clean(operation);
    if (kind == Kind::Cancelled)
        return QCoreApplication::translate("TokenDesk::ApiError", "%1 cancelled").arg(operationName);

    QString what;
    switch (kind) {
    case Kind::Http:
    case Kind::RateLimited:
        what = QStringLiteral("HTTP ") + QString::number(httpStatus);
        if (const QString reason = reasonPhrase(httpStatus); !reason.isEmpty())
            what += QLatin1Char(' ') + reason;
        break;
    case Kind::Network:
        what = QCoreApplication::translate("TokenDesk::ApiError", "network error");
        break;
    case Kind::Tls:
        what = QCoreApplication::translate("TokenDesk::ApiError", "TLS error");
        break;
    case Kind::Timeout:
        what = QCoreApplication::translate("TokenDesk::ApiError", "timed out");
        break;
    case Kind::Parse:
        what = QCoreApplication::translate("TokenDesk::ApiError", "invalid response");
        break;
    case Kind::Redirect:
        what = QCoreApplication::translate("TokenDesk::ApiError", "redirect refused");
        break;
    case Kind::InvalidRequest:
        what = QCoreApplication::translate("TokenDesk::ApiError", "invalid request");
        break;
    case Kind::Cancelled:
        break;
    }
    if (httpStatus > 0 && kind != Kind::Http && kind != Kind::RateLimited)
        what += QStringLiteral(" (HTTP ") + QString::number(httpStatus) + QLatin1Char(')');

    QString line = QCoreApplication::translate("TokenDesk::ApiError", "%1 failed: %2").arg(operationName, what);
    const QString detail = clean(message);
    if (!detail.isEmpty())
        line += QStringLiteral(" — ") + detail;
    QStringList parts;
    for (const ConstraintViolation &v : violations) {
        const QString text = violationText(v);
        if (!text.isEmpty())
            parts.append(text);
    }
    if (!parts.isEmpty())
        line += QStringLiteral(" (") + parts.join(QStringLiteral("; ")) + QLatin1Char(')');
    if (kind == Kind::RateLimited && rateLimitResetUs && *rateLimitResetUs > 0) {
        const QDateTime reset = QDateTime::fromMSecsSinceEpoch(*rateLimitResetUs / 1000, Qt::UTC);
        line += QCoreApplication::translate("TokenDesk::ApiError", "; the rate limit resets at %1 UTC")
                    .arg(reset.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    }
    return line;
}

} // namespace TokenDesk
