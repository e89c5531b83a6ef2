// What an auditor reads must not be cut off by the layout: the Details dock keeps the width the user
// left it whatever token is shown, the table's important columns keep readable widths, and the small
// texts (labels, titles, column names) read right.
#include "detailpane.h"

#include <QDateTime>
#include <QDockWidget>
#include <QLabel>
#include <QListWidget>
#include <QMainWindow>
#include <QTableView>
#include <QTest>

using namespace TokenDesk;

class TestLayoutAudit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void detailPane_longTokenDoesNotWidenTheDock();
};

void TestLayoutAudit::detailPane_longTokenDoesNotWidenTheDock()
{
    QMainWindow window;
    window.setCentralWidget(new QTableView(&window));
    auto *pane = new DetailPane;
    auto *dock = new QDockWidget(QStringLiteral("Details"), &window);
    dock->setWidget(pane);
    window.addDockWidget(Qt::RightDockWidgetArea, dock);
    window.resize(1000, 650);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.resizeDocks({dock}, {260}, Qt::Horizontal);
    QCoreApplication::processEvents();
    const int before = dock->width();
    QVERIFY(before <= 300);

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    TokenStub stub;
    stub.id = QStringLiteral("dt0c01.") + QString(60, QLatin1Char('X')) + QStringLiteral("END");
    stub.name = QStringLiteral("a-name-of-a-token-for-the-nightly-synchronisation_of_every_environment_"
                               "in_the_cluster_and_beyond_without_any_spaces");
    TokenMetadata md;
    md.userId = QStringLiteral("service-account-for-the-synchronisation-robot@example-company.example.com");
    md.created = now - 1000;
    md.lastUse = now - 500;
    md.scopes = QStringList{QStringLiteral("activeGateTokenManagement.create"),
                            QStringLiteral("a.scope.name.newer.than.the.catalog.and.very.long.indeed.x") +
                                QString(40, QLatin1Char('y'))};
    pane->showToken(stub, md, false, true, now);
    QCoreApplication::processEvents();
    QCOMPARE(dock->width(), before);
    QVERIFY2(pane->minimumSizeHint().width() <= before, qPrintable(QString::number(pane->minimumSizeHint().width())));

    // The id does not fit: it is elided in the middle, both ends readable, whole in the tooltip.
    QLabel *id = nullptr;
    for (QLabel *label : pane->findChildren<QLabel *>())
        if (label->accessibleName() == QLatin1String("Token ID"))
            id = label;
    QVERIFY(id);
    QVERIFY(id->text().startsWith(QLatin1String("dt0c01.")));
    QVERIFY(id->text().endsWith(QLatin1String("END")));
    QVERIFY(id->text().contains(QChar(0x2026)));
    QVERIFY(id->toolTip().contains(stub.id));
    QVERIFY(id->width() <= dock->width());

    // The user widens the dock: the whole id is shown, and the width stays the user's.
    window.resizeDocks({dock}, {700}, Qt::Horizontal);
    QCoreApplication::processEvents();
    QTRY_COMPARE(id->text(), stub.id);
    const int widened = dock->width();
    pane->showToken(stub, md, false, false, now);
    QCoreApplication::processEvents();
    QCOMPARE(dock->width(), widened);
}

QTEST_MAIN(TestLayoutAudit)
#include "tst_layoutaudit.moc"
