// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "reportcontroller.h"

#include "export/modelsnapshot.h"
#include "model/detailsloader.h"
#include "model/tokenproxymodel.h"
#include "model/tokentablemodel.h"
#include "reportwindow.h"

#include <QAction>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QLocale>
#include <QPluginLoader>
#include <QWidget>

namespace TokenDesk {

namespace {

const QString kPluginName = QStringLiteral("tokendesk-report");
// A horizontal chart of the report's size labels this many bars legibly; the JSON has every scope.
constexpr int TopScopesShown = 10;

QString findPlugin(const QStringList &dirs)
{
    const QStringList names = {kPluginName + QStringLiteral(".so"), kPluginName + QStringLiteral(".dll"),
                               kPluginName + QStringLiteral(".dylib")};
    for (const QString &dir : dirs) {
        for (const QString &name : names) {
            const QString path = QDir(dir).filePath(name);
            if (QFile::exists(path))
                return path;
        }
    }
    return QString();
}

// At most `limit` bars (the first ones); horizontal charts list the first at the top.
ReportData::Chart chart(const QString &title, const QString &categoryTitle, const QList<AuditReport::Bar> &bars,
                        bool horizontal, int limit = 1000)
{
    ReportData::Chart c;
    c.title = title;
    c.valueAxisTitle = TokenDesk::ReportController::tr("Tokens"); // qualified: lupdate files it under this context
    c.categoryAxisTitle = categoryTitle;
    c.horizontal = horizontal;
    const int shown = qMin(limit, int(bars.size()));
    for (int i = 0; i < shown; ++i) {
        const AuditReport::Bar &bar = bars[horizontal ? shown - 1 - i : i];
        c.labels << bar.label;
        c.values << bar.count();
    }
    return c;
}

} // namespace

ReportController::ReportController(TokenTableModel *model, TokenProxyModel *proxy, DetailsLoader *loader,
                                   QWidget *window)
    : QObject(window)
    , m_model(model)
    , m_proxy(proxy)
    , m_loader(loader)
    , m_parent(window)
    , m_action(new QAction(QIcon::fromTheme(QStringLiteral("office-chart-bar")), tr("Audit &report\u2026"), this))
    , m_pluginDirs(defaultPluginDirs())
{
    m_action->setObjectName(QStringLiteral("reportAction"));
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_action->setStatusTip(tr("Charts of the tokens the table shows: last use, scopes, owners, expiries"));
    m_action->setToolTip(tr("Audit report of the tokens shown (Ctrl+Shift+R)"));
    connect(m_action, &QAction::triggered, this, &ReportController::open);
    if (window)
        window->addAction(m_action);
}

ReportController::~ReportController()
{
    m_task.discard();
}

QStringList ReportController::defaultPluginDirs()
{
    const QString appDir = QCoreApplication::applicationDirPath();
    return {appDir, QDir::cleanPath(QDir(appDir).filePath(QStringLiteral(TOKENDESK_PLUGIN_RELDIR)))};
}

void ReportController::open()
{
    disconnect(m_waitForDetails);
    const std::shared_ptr<const ModelSnapshot> shown = ModelSnapshot::fromView(*m_proxy);
    const std::vector<int> missingRows = shown->missingDetailsRows();
    if (missingRows.empty()) {
        compute();
        return;
    }
    // The report counts details: load the shown tokens' first, then compute.
    QStringList ids;
    ids.reserve(qsizetype(missingRows.size()));
    for (int row : missingRows)
        ids.append(shown->id(row));
    auto load = [this, ids] {
        m_waitForDetails = connect(m_loader, &DetailsLoader::someLoaded, this, [this] {
            disconnect(m_waitForDetails);
            compute();
        });
        m_loader->load(ids);
    };
    if (m_confirmLoad)
        m_confirmLoad(int(ids.size()), load);
    else
        load();
}

void ReportController::compute()
{
    m_snapshot = ModelSnapshot::fromView(*m_proxy);
    const qint64 now = m_model->now();
    m_task.discard();
    m_task = Background::run(
        this, [snapshot = m_snapshot, now](const Background::Task &) { return AuditReport::compute(*snapshot, now); },
        [this](AuditReport report) {
            m_report = std::move(report);
            showWindow();
        });
}

void ReportController::showWindow()
{
    const QString path = findPlugin(m_pluginDirs);
    QPluginLoader loader(path);
    auto *factory = path.isEmpty() ? nullptr : qobject_cast<ReportWindowFactory *>(loader.instance());
    if (!factory) {
        const QString error =
            path.isEmpty() ? tr("The report window (%1) is not installed; looked in %2.")
                                 .arg(kPluginName, QDir::toNativeSeparators(m_pluginDirs.join(QStringLiteral(", "))))
                           : tr("The report window could not be loaded: %1").arg(loader.errorString());
        Q_EMIT opened(error);
        return;
    }
    const QLocale locale;
    ReportData data;
    data.windowTitle = tr("Audit report");
    const QStringList context = m_context ? m_context() : QStringList();
    data.heading = context.isEmpty() ? tr("Audit report") : tr("Audit report: %1").arg(context.first());
    data.headerLines = context.mid(1);
    data.headerLines << tr("Made %1 by TokenDesk.")
                            .arg(locale.toString(QDateTime::fromMSecsSinceEpoch(m_report.nowMs), QLocale::LongFormat));
    QString counted = tr("%Ln token(s) shown in the table.", nullptr, m_report.tokens);
    if (m_report.withoutDetails > 0)
        counted += QLatin1Char(' ') + tr("%Ln of them without details (in no chart): they could not be loaded.",
                                         nullptr, m_report.withoutDetails);
    data.headerLines << counted;
    data.charts = {
        chart(tr("Last used"), tr("Within (days)"), m_report.lastUse, false),
        chart(tr("Expiring in the next %n weeks", nullptr, AuditReport::ExpiryWeeks), tr("Week from today"),
              m_report.expiries, false),
        chart(tr("Top scopes"), QString(), m_report.scopes, true, TopScopesShown),
        chart(tr("Top owners"), QString(), m_report.owners, true),
    };
    data.defaultPdfName = QStringLiteral("tokendesk-report-%1.pdf")
                              .arg(QDateTime::fromMSecsSinceEpoch(m_report.nowMs).date().toString(Qt::ISODate));
    if (m_window)
        m_window->close();
    m_window = factory->create(
        data,
        [self = QPointer<ReportController>(this)](int c, int bar) {
            if (self)
                self->showBar(c, bar);
        },
        m_parent);
    m_window->setAttribute(Qt::WA_DeleteOnClose);
    m_window->show();
    Q_EMIT opened(QString());
}

void ReportController::showBar(int c, int bar)
{
    if (!m_snapshot)
        return;
    const QList<AuditReport::Bar> *bars = nullptr;
    QString chartTitle;
    switch (c) {
    case 0:
        bars = &m_report.lastUse;
        chartTitle = tr("Last used");
        break;
    case 1:
        bars = &m_report.expiries;
        chartTitle = tr("Expiring in the week of");
        break;
    case 2:
        bars = &m_report.scopes;
        chartTitle = tr("Scope");
        break;
    case 3:
        bars = &m_report.owners;
        chartTitle = tr("Owner");
        break;
    default:
        return;
    }
    // Horizontal charts show their first bars top down, in reverse order (see chart()).
    const bool horizontal = c >= 2;
    const int shown = c == 2 ? qMin(TopScopesShown, int(bars->size())) : int(bars->size());
    if (bar < 0 || bar >= shown)
        return;
    const AuditReport::Bar &chosen = bars->at(horizontal ? shown - 1 - bar : bar);
    Q_EMIT showTokensRequested(tr("%1: %2").arg(chartTitle, chosen.label), AuditReport::ids(*m_snapshot, chosen));
}

} // namespace TokenDesk
