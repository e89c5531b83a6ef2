// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The 16 cluster-token scopes of the spec (api/cluster-v2-tokens.openapi.yaml), as a bit set.
// Bit i is the i-th scope in ASCII order, so iterating the bits yields the alphabetical order that
// TokenMetadata.scopes uses.
#pragma once

#include <QByteArray>
#include <QLatin1String>
#include <QString>

#include <optional>

namespace TokenDesk::Fake {

using ScopeMask = quint16;

namespace Scopes {

constexpr int Count = 16;
constexpr ScopeMask All = 0xFFFF;

// The name of bit `index` (0..Count-1).
QLatin1String name(int index);
// The bit of a scope name, or nullopt for an unknown value (case-sensitive, as the spec's enum).
std::optional<int> indexOf(const QString &scope);
ScopeMask bit(QLatin1String scope);

// The mask for ClusterTokenManagement, the scope every /tokens operation needs.
ScopeMask clusterTokenManagement();

} // namespace Scopes

} // namespace TokenDesk::Fake
