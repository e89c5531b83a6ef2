// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "tokeninuse.h"

#include "tokenformat.h"

#include <QCoreApplication>

namespace TokenDesk::TokenInUse {

QString idOfSecret(QStringView secret)
{
    if (TokenFormat::classify(secret) != TokenFormat::Kind::Secret)
        return QString();
    return TokenFormat::identifierOf(secret);
}

bool isTokenInUse(QStringView tokenId, QStringView inUseId)
{
    if (tokenId.isEmpty() || inUseId.isEmpty())
        return false;
    if (tokenId == inUseId)
        return true;
    // The same token named by its secret (or its identifier) on one side.
    const QString a = TokenFormat::identifierOf(tokenId);
    return !a.isEmpty() && a == TokenFormat::identifierOf(inUseId);
}

// The context is what lupdate records for these calls (the enclosing namespace).
QString reason()
{
    return QCoreApplication::translate("TokenDesk::TokenInUse",
                                       "The token this connection uses cannot be changed or deleted through itself.");
}

QString explanation()
{
    return QCoreApplication::translate("TokenDesk::TokenInUse",
                                       "This is the token TokenDesk is connected with. The cluster does not let a "
                                       "token change or delete itself; connect with another token to do this.");
}

} // namespace TokenDesk::TokenInUse
