#include "democluster.h"

#include "fakecluster.h"

#include <QMetaObject>

namespace TokenDesk {

DemoCluster::DemoCluster(QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("demo-cluster"));
}

DemoCluster::~DemoCluster()
{
    if (m_cluster) {
        // Destroy the server in its own thread, then stop the thread.
        QMetaObject::invokeMethod(m_cluster, &QObject::deleteLater);
        m_cluster = nullptr;
    }
    m_thread.quit();
    m_thread.wait();
}

void DemoCluster::start(int tokens, quint32 seed)
{
    m_cluster = new Fake::FakeCluster;
    m_cluster->moveToThread(&m_thread);
    m_thread.start();
    Fake::SeedOptions seedOptions;
    seedOptions.tokens = tokens;
    seedOptions.seed = seed;
    auto *cluster = m_cluster;
    QMetaObject::invokeMethod(cluster, [this, cluster, seedOptions] {
        const bool ok = cluster->start(Fake::ServerOptions{}, seedOptions);
        const QString url = ok ? cluster->baseUrl() : QString();
        const QString secret = ok ? cluster->adminToken().secret : QString();
        const QString error = ok ? QString() : cluster->errorString();
        QMetaObject::invokeMethod(this, [this, ok, url, secret, error] {
            if (!ok) {
                Q_EMIT failed(error);
                return;
            }
            m_baseUrl = url;
            m_adminSecret = secret;
            Q_EMIT started(url);
        });
    });
}

} // namespace TokenDesk
