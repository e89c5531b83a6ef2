// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// "Audit report": the report of the tokens the table shows (after every filter), drawn by the report
// plugin. Missing details of those tokens are loaded first (asking when they are many, as "Load all
// details" does), the numbers are computed on a worker, and a click on a bar asks the window to show
// exactly that bar's tokens.
#pragma once

#include "audit/auditreport.h"
#include "core/background.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <memory>

class QAction;
class QWidget;

namespace TokenDesk {

class DetailsLoader;
class ModelSnapshot;
class TokenProxyModel;
class TokenTableModel;

class ReportController final : public QObject
{
    Q_OBJECT
public:
    ReportController(TokenTableModel *model, TokenProxyModel *proxy, DetailsLoader *loader, QWidget *window);
    ~ReportController() override;

    QAction *action() const { return m_action; }
    // Asks before `requests` detail requests are sent; calls `load` if the user agrees.
    void setConfirmLoad(std::function<void(int requests, std::function<void()> load)> confirm)
    {
        m_confirmLoad = std::move(confirm);
    }
    // What the header of the report says about the connection and the filters.
    void setContext(std::function<QStringList()> context) { m_context = std::move(context); }
    // Where the plugin is looked for (default: next to the executable, then the installed place).
    void setPluginDirs(const QStringList &dirs) { m_pluginDirs = dirs; }
    static QStringList defaultPluginDirs();

    // Opens the report of the rows shown now.
    void open();
    // The last report computed (for tests and the window's clicks).
    const AuditReport &report() const { return m_report; }
    QWidget *window() const { return m_window; }
    // Shows the tokens of bar `bar` of chart `chart` (what a click on it does).
    void showBar(int chart, int bar);

Q_SIGNALS:
    // The report window is open with up-to-date numbers (or opening failed: error not empty).
    void opened(const QString &error);
    // The user asked to see exactly these tokens.
    void showTokensRequested(const QString &title, const QStringList &ids);

private:
    void compute();
    void showWindow();

    TokenTableModel *m_model;
    TokenProxyModel *m_proxy;
    DetailsLoader *m_loader;
    QWidget *m_parent;
    QAction *m_action;
    std::function<void(int, std::function<void()>)> m_confirmLoad;
    std::function<QStringList()> m_context;
    QStringList m_pluginDirs;
    std::shared_ptr<const ModelSnapshot> m_snapshot;
    AuditReport m_report;
    Background::Task m_task;
    QMetaObject::Connection m_waitForDetails;
    QPointer<QWidget> m_window;
};

} // namespace TokenDesk
