// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The one list of cluster-token scopes TokenDesk knows: those of the spec and of the current docs
// (api/NOTES.md lists them with their sources), each with a one-line description. Everything that
// needs to tell a known scope from a new one asks here. The server may add new ones: they are kept
// as strings wherever they appear.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace TokenDesk {

struct ScopeInfo
{
    QString name;        // the API value, e.g. "ClusterTokenManagement"
    QString label;       // a short display label
    QString description; // one line: what the scope allows
};

namespace ScopeCatalog {
// The 16 scopes in the spec's enum order.
const QList<ScopeInfo> &all();
QStringList names();
bool isKnown(const QString &name);
// The description for a known scope; for an unknown one, a line saying so.
QString describe(const QString &name);
// The scope every Tokens API call needs.
QString clusterTokenManagement();
// Whether a scope lets its token manage tokens or control the cluster (the ones an audit looks at
// first): the token-management scopes of the cluster, of environments and of ActiveGates, the Service
// Provider API, ControlManagement and apiTokens.write.
bool grantsControl(const QString &name);
// The known scopes that grant control, in catalogue order (for telling the user which they are).
QStringList controlScopes();
} // namespace ScopeCatalog

} // namespace TokenDesk
