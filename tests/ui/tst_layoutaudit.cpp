// What an auditor reads must not be cut off by the layout: the Details dock keeps the width the user
// left it whatever token is shown, the table's important columns keep readable widths, and the small
// texts (labels, titles, column names) read right.
#include "api/stublist.h"
#include "detailpane.h"
#include "filterpane.h"
#include "i18n/translations.h"
#include "mainwindow.h"
#include "model/tokentablemodel.h"
#include "tokenitemdelegate.h"

#include <QDateTime>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMainWindow>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace TokenDesk;

class TestLayoutAudit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void detailPane_longTokenDoesNotWidenTheDock();
    void columns_importantOnesStayReadable_data();
    void columns_importantOnesStayReadable();
    void columns_idIsElidedInTheMiddle();
    void columns_savedWidthsWin();

private:
    QTemporaryDir m_config;
};

void TestLayoutAudit::initTestCase()
{
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
    QCoreApplication::setOrganizationName(QStringLiteral("TokenDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_layoutaudit"));
}

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

    const int minimumBefore = pane->minimumSizeHint().width();
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
    QCOMPARE(pane->minimumSizeHint().width(), minimumBefore);
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

void TestLayoutAudit::columns_importantOnesStayReadable_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size");
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("de")}) {
        QTest::addRow("%s 1280x760", qPrintable(language)) << language << QSize(1280, 760);
        QTest::addRow("%s 1000x650", qPrintable(language)) << language << QSize(1000, 650);
    }
}

void TestLayoutAudit::columns_importantOnesStayReadable()
{
    QFETCH(QString, language);
    QFETCH(QSize, size);
    QSettings().clear();
    const QList<QTranslator *> translators = Translations::install(QLocale(language), qApp);
    MainWindow window{MainWindow::Options{}};
    window.resize(size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCoreApplication::processEvents();
    QTableView *table = window.table();
    QHeaderView *header = table->horizontalHeader();
    const QFontMetrics head = header->fontMetrics();
    const QFontMetrics cell = table->fontMetrics();
    const int viewport = table->viewport()->width();
    auto inView = [&](int column) {
        return header->sectionViewportPosition(column) >= 0 &&
               header->sectionViewportPosition(column) + header->sectionSize(column) <= viewport;
    };
    // The columns an audit reads are in view, wide enough for their header and their values.
    for (int column : {int(TokenTableModel::NameColumn), int(TokenTableModel::OwnerColumn),
                       int(TokenTableModel::LastUseColumn), int(TokenTableModel::StatusColumn)}) {
        const QString title = window.model()->headerData(column, Qt::Horizontal).toString();
        QVERIFY2(inView(column), qPrintable(title));
        QVERIFY2(header->sectionSize(column) > head.horizontalAdvance(title) + 8, qPrintable(title));
    }
    QVERIFY(header->sectionSize(TokenTableModel::NameColumn) >= 14 * cell.averageCharWidth());
    QVERIFY(header->sectionSize(TokenTableModel::OwnerColumn) >= 12 * cell.averageCharWidth());
    for (TokenStatus status : {TokenStatus::Active, TokenStatus::Revoked, TokenStatus::Expired})
        QVERIFY(header->sectionSize(TokenTableModel::StatusColumn) >
                cell.horizontalAdvance(TokenTableModel::statusText(status)) + 8);
    QVERIFY(header->sectionSize(TokenTableModel::LastUseColumn) >
            cell.horizontalAdvance(TokenTableModel::relativeDayText(-999LL * 24 * 3600 * 1000, 0)) + 8);
    // Extra width goes to Name and Scopes, not to Status (no stretched last section).
    QVERIFY(!header->stretchLastSection());
    QVERIFY(header->sectionSize(TokenTableModel::StatusColumn) < header->sectionSize(TokenTableModel::NameColumn));
    QVERIFY(header->sectionSize(TokenTableModel::StatusColumn) < 15 * cell.averageCharWidth());
    window.close();
    Translations::remove(translators);
}

void TestLayoutAudit::columns_idIsElidedInTheMiddle()
{
    TokenTableModel model;
    TokenItemDelegate delegate;
    StubList list;
    list.append(TokenStub{QStringLiteral("dt0c01.ABC"), QStringLiteral("n"), {}});
    model.setList(list);
    QStyleOptionViewItem option;
    option.textElideMode = Qt::ElideRight; // what the view passes for every column
    delegate.initStyleOption(&option, model.index(0, TokenTableModel::IdColumn));
    QCOMPARE(option.textElideMode, Qt::ElideMiddle);
    QStyleOptionViewItem nameOption;
    nameOption.textElideMode = Qt::ElideRight; // what the view passes
    delegate.initStyleOption(&nameOption, model.index(0, TokenTableModel::NameColumn));
    QCOMPARE(nameOption.textElideMode, Qt::ElideRight);
}

void TestLayoutAudit::columns_savedWidthsWin()
{
    QSettings().clear();
    {
        MainWindow window{MainWindow::Options{}};
        window.resize(1280, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.table()->horizontalHeader()->resizeSection(TokenTableModel::StatusColumn, 333);
        window.resize(1100, 700); // the user's width stays when the window changes
        QCoreApplication::processEvents();
        QCOMPARE(window.table()->horizontalHeader()->sectionSize(TokenTableModel::StatusColumn), 333);
        window.close();
    }
    MainWindow again{MainWindow::Options{}};
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    again.resize(1000, 650);
    QCoreApplication::processEvents();
    QCOMPARE(again.table()->horizontalHeader()->sectionSize(TokenTableModel::StatusColumn), 333);
}

QTEST_MAIN(TestLayoutAudit)
#include "tst_layoutaudit.moc"
