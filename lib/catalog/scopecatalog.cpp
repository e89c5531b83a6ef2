// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "scopecatalog.h"

#include <QCoreApplication>

namespace TokenDesk::ScopeCatalog {

const QList<ScopeInfo> &all()
{
    static const QList<ScopeInfo> scopes = [] {
        // The context is what lupdate records for these calls (the enclosing namespace).
        auto tr = [](const char *text) { return QCoreApplication::translate("TokenDesk::ScopeCatalog", text); };
        return QList<ScopeInfo>{
            {QStringLiteral("DiagnosticExport"), tr("Diagnostic export"),
             tr("Export diagnostic data (support archives) from the cluster.")},
            {QStringLiteral("ControlManagement"), tr("Control management"),
             tr("Cluster control operations: backup, bootstrap files, remote access.")},
            {QStringLiteral("UnattendedInstall"), tr("Unattended install"),
             tr("Install cluster nodes unattended (bootstrap management).")},
            {QStringLiteral("ServiceProviderAPI"), tr("Service Provider API"),
             tr("Cluster Management API: environments, licenses, network zones, ActiveGates, users.")},
            {QStringLiteral("ExternalSyntheticIntegration"), tr("External synthetic integration"),
             tr("Create and read synthetic monitors, locations and nodes.")},
            {QStringLiteral("ClusterTokenManagement"), tr("Cluster token management"),
             tr("Use the Tokens API: list, create, change and delete cluster tokens.")},
            {QStringLiteral("ReadSyntheticData"), tr("Read synthetic data"),
             tr("Read synthetic monitors, locations and nodes.")},
            {QStringLiteral("Nodekeeper"), tr("Nodekeeper"),
             tr("Node management through Nodekeeper: cluster and node configuration, backup.")},
            {QStringLiteral("EnvironmentTokenManagement"), tr("Environment token management"),
             tr("Create token-management tokens for existing environments.")},
            {QStringLiteral("activeGateTokenManagement.read"), tr("Read ActiveGate tokens"),
             tr("Read ActiveGate tokens.")},
            {QStringLiteral("activeGateTokenManagement.create"), tr("Create ActiveGate tokens"),
             tr("Create ActiveGate tokens.")},
            {QStringLiteral("activeGateTokenManagement.write"), tr("Write ActiveGate tokens"),
             tr("Change and revoke ActiveGate tokens.")},
            {QStringLiteral("settings.read"), tr("Read settings"), tr("Read objects and schemas of the Settings API.")},
            {QStringLiteral("settings.write"), tr("Write settings"),
             tr("Create, change and delete objects of the Settings API.")},
            {QStringLiteral("apiTokens.read"), tr("Read API tokens"), tr("Read API tokens.")},
            {QStringLiteral("apiTokens.write"), tr("Write API tokens"), tr("Create and change API tokens.")},
        };
    }();
    return scopes;
}

QStringList names()
{
    QStringList result;
    for (const auto &s : all())
        result << s.name;
    return result;
}

bool isKnown(const QString &name)
{
    for (const auto &s : all()) {
        if (s.name == name)
            return true;
    }
    return false;
}

QString describe(const QString &name)
{
    for (const auto &s : all()) {
        if (s.name == name)
            return s.description;
    }
    return QCoreApplication::translate("ScopeCatalog", "A scope this version of TokenDesk does not know yet.");
}

QString clusterTokenManagement()
{
    return QStringLiteral("ClusterTokenManagement");
}

bool grantsControl(const QString &name)
{
    static const QStringList exact = {clusterTokenManagement(), QStringLiteral("EnvironmentTokenManagement"),
                                      QStringLiteral("ServiceProviderAPI"), QStringLiteral("ControlManagement"),
                                      QStringLiteral("apiTokens.write")};
    return exact.contains(name) || name.startsWith(QLatin1String("activeGateTokenManagement."));
}

QStringList controlScopes()
{
    QStringList result;
    for (const auto &s : all()) {
        if (grantsControl(s.name))
            result << s.name;
    }
    return result;
}

} // namespace TokenDesk::ScopeCatalog
