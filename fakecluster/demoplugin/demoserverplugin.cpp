// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// tokendesk-demo: the fake cluster as a plugin, loaded by `tokendesk --demo` (see demoserver.h).
#include "demoserver.h"
#include "fakecluster.h"

namespace TokenDesk {

class DemoServerPlugin final : public QObject, public DemoServerFactory
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID TokenDesk_DemoServerFactory_iid)
    Q_INTERFACES(TokenDesk::DemoServerFactory)
public:
    Started start(int tokens, quint32 seed, QObject *parent) override
    {
        auto *cluster = new Fake::FakeCluster(parent);
        Fake::SeedOptions seedOptions;
        seedOptions.tokens = tokens;
        seedOptions.seed = seed;
        Started started;
        if (!cluster->start(Fake::ServerOptions{}, seedOptions)) {
            started.error = cluster->errorString();
            delete cluster;
            return started;
        }
        started.server = cluster;
        started.baseUrl = cluster->baseUrl();
        started.adminSecret = cluster->adminToken().secret;
        return started;
    }
};

} // namespace TokenDesk

#include "demoserverplugin.moc"
