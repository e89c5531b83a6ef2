// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// `tokendesk --demo`: the fake cluster, started in-process on loopback in a thread of its own (so
// serving a large list never stalls the GUI), with seeded tokens. Reports its URL and admin secret.
// The fake lives in the tokendesk-demo plugin, loaded here only: the app does not link Qt HttpServer.
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QThread>

namespace TokenDesk {

class DemoCluster final : public QObject
{
    Q_OBJECT
public:
    explicit DemoCluster(QObject *parent = nullptr);
    ~DemoCluster() override;

    // Where the plugin is looked for, in this order: next to the executable, then where the install
    // rules put it (relative to the executable). Tests may set other directories.
    static QStringList defaultPluginDirs();
    void setPluginDirs(const QStringList &dirs) { m_pluginDirs = dirs; }

    // Starts asynchronously; emits started() or failed().
    void start(int tokens, quint32 seed = 42);
    QString baseUrl() const { return m_baseUrl; }
    QString adminSecret() const { return m_adminSecret; }

Q_SIGNALS:
    void started(const QString &baseUrl);
    void failed(const QString &error);

private:
    QThread m_thread;
    QObject *m_host = nullptr; // lives in m_thread; the plugin's server is its child
    QStringList m_pluginDirs;
    QString m_baseUrl;
    QString m_adminSecret;
};

} // namespace TokenDesk
