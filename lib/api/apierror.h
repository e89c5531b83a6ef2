// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// One error type for every failed call: network, TLS, timeout, HTTP status (with Dynatrace's error
// envelope), unparsable bodies, rate limiting and cancellation.
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace TokenDesk {

// `ConstraintViolation` of Dynatrace's error envelope.
struct ConstraintViolation
{
    std::optional<QString> path;
    std::optional<QString> message;
    std::optional<QString> parameterLocation; // PATH, PAYLOAD_BODY, QUERY, HEADER, or a newer value verbatim
    std::optional<QString> location;

    friend bool operator==(const ConstraintViolation &a, const ConstraintViolation &b)
    {
        return a.path == b.path && a.message == b.message && a.parameterLocation == b.parameterLocation &&
               a.location == b.location;
    }
};

struct ApiError
{
    enum class Kind {
        Network,        // connection refused, reset, host not found, ...
        Tls,            // certificate or handshake failure
        Timeout,        // transfer timeout
        Http,           // an HTTP status >= 300 that is not one of the kinds below
        Parse,          // a success status with a body that is not what the spec says
        RateLimited,    // 429
        Redirect,       // a redirect we refuse to follow (other host, or https -> http)
        Cancelled,      // cancelled by the caller
        InvalidRequest, // refused before sending (bad limit, empty id, ...)
    };

    Kind kind = Kind::Network;
    QString operation;       // e.g. "List tokens", "Create token"
    int httpStatus = 0;      // 0 when no HTTP response was received
    std::optional<int> code; // `error.code` of the envelope
    QString message;         // `error.message`, or a description of the failure
    QList<ConstraintViolation> violations;
    std::optional<qint64> rateLimitResetUs; // `X-RateLimit-Reset` (epoch microseconds), when present

    // One line a person can read: "List tokens failed: HTTP 404 Not Found — Token ... not found".
    // Never contains a token secret.
    QString toString() const;
    // Kind as a short word ("network", "TLS", ...).
    static QString kindName(Kind kind);
    // The standard reason phrase of an HTTP status ("Not Found"; 556: "Upgrade in progress") in the
    // application's language, or "".
    static QString reasonPhrase(int status);
    // `text` with every secret-shaped value (the detection of tokenformat.h, where the format is
    // defined) cut down to its public identifier followed by ".****". Used on everything that
    // reaches a log line or an error string.
    static QString redactSecrets(const QString &text);
};

} // namespace TokenDesk

Q_DECLARE_METATYPE(TokenDesk::ApiError)
