// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The token a connection authenticates with ("the token in use"), recognised by its id. The
// cluster does not let a token change or delete itself: PUT and DELETE of the calling token answer
// 400. TokenDesk knows which token that is and says so before asking, in the window and on the
// command line alike, in the words below. Deciding by id, not by the text of the server's answer,
// keeps working whatever words a cluster version uses.
#pragma once

#include <QString>
#include <QStringView>

namespace TokenDesk::TokenInUse {

// The id of the token `secret` is, when the secret itself tells it: a new-format token's id is its
// public identifier, the secret's first 31 characters (tokenformat.h). Empty for an old-format
// secret, whose id (a UUID) only the cluster knows: a lookup of the secret answers it.
QString idOfSecret(QStringView secret);

// Whether `tokenId` names the token in use, whose id is `inUseId` (empty while unknown: then no
// token is). An id given as the token's secret counts as that token's identifier, as the cluster
// accepts either in a request's path.
bool isTokenInUse(QStringView tokenId, QStringView inUseId);

// Why a change of the token in use is not offered: one sentence for a disabled action's tooltip.
QString reason();
// What to tell the user when a change of the token in use was asked for, and what to do instead.
QString explanation();

} // namespace TokenDesk::TokenInUse
