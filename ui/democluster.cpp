// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "democluster.h"

#include "demoserver.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMetaObject>
#include <QPluginLoader>

#ifndef TOKENDESK_PLUGIN_RELDIR
#define TOKENDESK_PLUGIN_RELDIR "../lib/tokendesk"
#endif

namespace TokenDesk {

namespace {
const QString kPluginName = QStringLiteral("tokendesk-demo");

// The plugin's file in the first directory that has one, else an empty string.
QString findPlugin(const QStringList &dirs)
{
    for (const QString &dir : dirs) {
        const QString base = QDir(dir).filePath(QStringLiteral("lib") + kPluginName);
        for (const QString &suffix : {QStringLiteral(".so"), QStringLiteral(".dylib"), QStringLiteral(".dll")}) {
            if (QFileInfo(base + suffix).isFile())
                return QDir::cleanPath(base + suffix);
        }
        const QString bare = QDir(dir).filePath(kPluginName + QStringLiteral(".dll"));
        if (QFileInfo(bare).isFile())
            return QDir::cleanPath(bare);
    }
    return QString();
}
} // namespace

DemoCluster::DemoCluster(QObject *parent)
    : QObject(parent)
    , m_pluginDirs(defaultPluginDirs())
{
    m_thread.setObjectName(QStringLiteral("demo-cluster"));
}

DemoCluster::~DemoCluster()
{
    // The server is destroyed in its own thread as the thread finishes (connected in start()): a
    // deleteLater posted now could be left unprocessed by a thread that is told to quit at once.
    m_host = nullptr;
    m_thread.quit();
    m_thread.wait();
}

QStringList DemoCluster::defaultPluginDirs()
{
    const QString appDir = QCoreApplication::applicationDirPath();
    return {appDir, QDir(appDir).filePath(QStringLiteral(TOKENDESK_PLUGIN_RELDIR))};
}

void DemoCluster::start(int tokens, quint32 seed)
{
    const QString path = findPlugin(m_pluginDirs);
    if (path.isEmpty()) {
        const QString error = tr("the demo cluster plugin (%1) is not installed; looked in %2")
                                  .arg(kPluginName, QDir::toNativeSeparators(m_pluginDirs.join(QStringLiteral(", "))));
        QMetaObject::invokeMethod(
            this, [this, error] { Q_EMIT failed(error); }, Qt::QueuedConnection);
        return;
    }
    m_host = new QObject;
    m_host->moveToThread(&m_thread);
    // Emitted in the demo thread just before it ends, which then still deletes what was deleteLater'd.
    connect(&m_thread, &QThread::finished, m_host, &QObject::deleteLater);
    m_thread.start();
    // Loading the plugin (and the Qt HttpServer it links) and seeding happen in the demo thread too.
    QMetaObject::invokeMethod(m_host, [this, host = m_host, path, tokens, seed] {
        QPluginLoader loader(path);
        auto *factory = qobject_cast<DemoServerFactory *>(loader.instance());
        DemoServerFactory::Started result;
        if (factory)
            result = factory->start(tokens, seed, host);
        else
            result.error = loader.errorString();
        QMetaObject::invokeMethod(this, [this, result] {
            if (!result.server) {
                Q_EMIT failed(result.error);
                return;
            }
            m_baseUrl = result.baseUrl;
            m_adminSecret = result.adminSecret;
            Q_EMIT started(result.baseUrl);
        });
    });
}

} // namespace TokenDesk
