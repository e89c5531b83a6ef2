// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The token actions at 1,000,000 rows: following a select-all must stay cheap (the controller
// reads the selection's ranges, never a QModelIndex per row), and the counts are exact. The Change
// scopes preview of 100,000 selected tokens follows a changed choice at once.
#include "bulkscopedialog.h"
#include "deletedialog.h"
#include "messagebanner.h"
#include "model/tokenproxymodel.h"
#include "model/tokentablemodel.h"
#include "scopepicker.h"
#include "secretclipboard.h"
#include "session/clustersession.h"
#include "tokenoperations.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QItemSelectionModel>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include "api/tokensservice.h"

using namespace TokenDesk;

class TestOperationsScale : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void selectAll_shouldUpdateTheActionsQuickly();
    void changeScopesPreview_shouldFollowTheChoiceQuickly();
};

void TestOperationsScale::selectAll_shouldUpdateTheActionsQuickly()
{
    constexpr int Rows = 1000000;
    StubList list;
    list.reserve(Rows, qsizetype(Rows) * 40);
    for (int i = 0; i < Rows; ++i) {
        const QByteArray id = "dt0c01." + QByteArray::number(i).rightJustified(24, 'A');
        const QByteArray name = "token-" + QByteArray::number(i);
        list.append(id, name, QByteArrayView());
    }
    ClusterSession session;
    TokenTableModel &model = *session.model();
    model.setList(list);
    TokenProxyModel proxy;
    QSignalSpy refreshed(&proxy, &TokenProxyModel::refreshed);
    proxy.setSourceModel(&model);
    QTRY_COMPARE_WITH_TIMEOUT(proxy.rowCount(), Rows, 60000);

    QWidget window;
    QTableView table(&window);
    table.setModel(&proxy);
    table.setSelectionBehavior(QAbstractItemView::SelectRows);
    table.setSelectionMode(QAbstractItemView::ExtendedSelection);
    MessageBanner banner(&window);
    SecretClipboard clipboard(QGuiApplication::clipboard());
    TokenOperations ops(&session, &proxy, &table, &banner, &clipboard, &window);
    ops.setSelfId(model.id(Rows - 1));

    table.selectAll();
    QElapsedTimer timer;
    timer.start();
    const QList<int> rows = ops.selectedRows();
    const qint64 selectedMs = timer.elapsed();
    QCOMPARE(rows.size(), Rows);
    QCOMPARE(rows.first(), proxy.sourceRow(0));

    timer.restart();
    ops.selectionChanged();
    const qint64 changedMs = timer.elapsed();
    // The selection includes the token in use: nothing may be changed
    QVERIFY(!ops.deleteAction()->isEnabled());
    QVERIFY(!ops.revokeAction()->isEnabled());

    // Without it, the counts are exact
    table.selectionModel()->select(proxy.index(proxy.mapFromSource(model.index(Rows - 1, 0)).row(), 0),
                                   QItemSelectionModel::Deselect | QItemSelectionModel::Rows);
    timer.restart();
    ops.selectionChanged();
    const qint64 changedAgainMs = timer.elapsed();
    QCOMPARE(ops.deleteAction()->text().remove(QLatin1Char('&')), QStringLiteral("Delete 999999…"));
    QVERIFY(ops.deleteAction()->isEnabled());

    timer.restart();
    ops.deleteSelected();
    const qint64 deleteDialogMs = timer.elapsed();
    QVERIFY(ops.deleteDialog());
    QCOMPARE(ops.deleteDialog()->count(), Rows - 1);
    qInfo("1,000,000 rows: selectedRows %lld ms, selectionChanged %lld ms (all) / %lld ms (all but one), "
          "delete confirmation opened in %lld ms",
          selectedMs, changedMs, changedAgainMs, deleteDialogMs);
    // Generous bounds (Debug build, shared 2-core machine): seconds would mean per-row index churn.
    QVERIFY2(changedMs < 3000, "selectionChanged over 1M rows is far too slow");
    ops.deleteDialog()->reject();
}

void TestOperationsScale::changeScopesPreview_shouldFollowTheChoiceQuickly()
{
    constexpr int Tokens = 100000;
    const QStringList sets[] = {{QStringLiteral("settings.read")},
                                {QStringLiteral("settings.read"), QStringLiteral("settings.write")},
                                {QStringLiteral("settings.write")},
                                {QStringLiteral("apiTokens.read"), QStringLiteral("DiagnosticExport")}};
    QList<BulkScopeDialog::Token> tokens;
    tokens.reserve(Tokens);
    for (int i = 0; i < Tokens; ++i) {
        tokens.append({QStringLiteral("dt0c01.") + QString::number(i).rightJustified(24, QLatin1Char('A')),
                       QStringLiteral("token-%1").arg(i), sets[i % 4], false});
    }
    QElapsedTimer timer;
    timer.start();
    BulkScopeDialog dialog(tokens);
    const qint64 opened = timer.restart();
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    timer.restart();
    dialog.removePicker()->setScopeChecked(QStringLiteral("settings.write"), true);
    const qint64 recomputed = timer.elapsed();
    qInfo("100,000 tokens: dialog built in %lld ms, preview recomputed and re-sorted in %lld ms", opened, recomputed);
    QCOMPARE(dialog.preview(1), BulkScopeDialog::Preview::Changes);
    QCOMPARE(dialog.preview(2), BulkScopeDialog::Preview::NoScope);
    QVERIFY(dialog.totalsText().startsWith(QStringLiteral("25000 token")));
    // Generous for a slow CI machine; a per-token layout change would take far longer.
    QVERIFY2(recomputed < 3000, qPrintable(QString::number(recomputed)));
    QVERIFY2(opened < 3000, qPrintable(QString::number(opened)));
}

QTEST_MAIN(TestOperationsScale)
#include "tst_operationsscale.moc"
