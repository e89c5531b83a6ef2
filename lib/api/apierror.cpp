#include "apierror.h"

namespace TokenDesk {

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Tls:
        return QStringLiteral("TLS");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Http:
        return QStringLiteral("HTTP");
    case Kind::Parse:
        return QStringLiteral("parse");
    case Kind::RateLimited:
        return QStringLiteral("rate limited");
    case Kind::Redirect:
        return QStringLiteral("redirect");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::InvalidRequest:
        return QStringLiteral("invalid request");
    }
    return QString();
}

} // namespace TokenDesk
