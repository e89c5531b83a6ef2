// `tokendesk --demo`: the fake cluster, started in-process on loopback in a thread of its own (so
// serving a large list never stalls the GUI), with seeded tokens. Reports its URL and admin secret.
#pragma once

#include <QObject>
#include <QString>
#include <QThread>

namespace TokenDesk {

namespace Fake {
class FakeCluster;
}

class DemoCluster final : public QObject
{
    Q_OBJECT
public:
    explicit DemoCluster(QObject *parent = nullptr);
    ~DemoCluster() override;

    // Starts asynchronously; emits started() or failed().
    void start(int tokens, quint32 seed = 42);
    QString baseUrl() const { return m_baseUrl; }
    QString adminSecret() const { return m_adminSecret; }

Q_SIGNALS:
    void started(const QString &baseUrl);
    void failed(const QString &error);

private:
    QThread m_thread;
    Fake::FakeCluster *m_cluster = nullptr; // lives in m_thread
    QString m_baseUrl;
    QString m_adminSecret;
};

} // namespace TokenDesk
