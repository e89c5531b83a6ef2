// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "scopes.h"

#include <array>

namespace TokenDesk::Fake::Scopes {

namespace {

// ASCII order (upper case before lower case), the order TokenMetadata.scopes lists them in.
constexpr std::array<const char *, Count> kNames = {
    "ClusterTokenManagement",
    "ControlManagement",
    "DiagnosticExport",
    "EnvironmentTokenManagement",
    "ExternalSyntheticIntegration",
    "Nodekeeper",
    "ReadSyntheticData",
    "ServiceProviderAPI",
    "UnattendedInstall",
    "activeGateTokenManagement.create",
    "activeGateTokenManagement.read",
    "activeGateTokenManagement.write",
    "apiTokens.read",
    "apiTokens.write",
    "settings.read",
    "settings.write",
};

} // namespace

QLatin1String name(int index)
{
    return QLatin1String(kNames.at(static_cast<std::size_t>(index)));
}

std::optional<int> indexOf(const QString &scope)
{
    for (int i = 0; i < Count; ++i) {
        if (scope == QLatin1String(kNames.at(static_cast<std::size_t>(i))))
            return i;
    }
    return std::nullopt;
}

ScopeMask bit(QLatin1String scope)
{
    const auto index = indexOf(QString(scope));
    return index ? static_cast<ScopeMask>(1U << *index) : ScopeMask(0);
}

ScopeMask clusterTokenManagement()
{
    return 1U; // bit 0
}

} // namespace TokenDesk::Fake::Scopes
