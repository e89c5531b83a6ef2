// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// What an auditor reads must not be cut off by the layout: the Details dock keeps the width the user
// left it whatever token is shown, the table's important columns keep readable widths, and the small
// texts (labels, titles, column names) read right.
#include "api/stublist.h"
#include "catalog/scopecatalog.h"
#include "connectionsdialog.h"
#include "csv/tokencolumns.h"
#include "detailpane.h"
#include "dialogstyle.h"
#include "exportdialog.h"
#include "fakecluster.h"
#include "filterpane.h"
#include "i18n/translations.h"
#include "mainwindow.h"
#include "mainwindowparts.h"
#include "model/tokentablemodel.h"
#include "scopepicker.h"
#include "tokenitemdelegate.h"

#include <QDateTime>
#include <QDockWidget>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QRawFont>
#include <QSettings>
#include <QSignalSpy>
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
    void connectionsDialog_noLiteralAmpersand();
    void scopePicker_untickedScopeIsNotHighlighted();
    void lastUsed_isOneTerm();
    void windowTitle_namesTheAppOnce();
    void badges_renderWithTheInstalledFonts();
    void german_exportDialogNamesColumnsInGerman();
    void german_scopeDescriptionsWrapAndShowWholeInTooltip();

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
    stub.name = QStringLiteral("<b>bold</b>a-name-of-a-token-for-the-nightly-synchronisation_of_every_environment_"
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
    // An elided name is whole in the tooltip, as it is, not as markup.
    for (QLabel *label : pane->findChildren<QLabel *>()) {
        if (label->accessibleName() == QLatin1String("Token name")) {
            QVERIFY(label->text().contains(QChar(0x2026)));
            QCOMPARE(label->toolTip(), DialogStyle::plainToolTip(*stub.name));
            QVERIFY(label->toolTip().contains(QLatin1String("&lt;b&gt;bold")));
        }
    }
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
    QTableView *table = WindowParts::table(window);
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
        const QString title = window.session()->model()->headerData(column, Qt::Horizontal).toString();
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
        WindowParts::table(window)->horizontalHeader()->resizeSection(TokenTableModel::StatusColumn, 333);
        window.resize(1100, 700); // the user's width stays when the window changes
        QCoreApplication::processEvents();
        QCOMPARE(WindowParts::table(window)->horizontalHeader()->sectionSize(TokenTableModel::StatusColumn), 333);
        window.close();
    }
    MainWindow again{MainWindow::Options{}};
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    again.resize(1000, 650);
    QCoreApplication::processEvents();
    QCOMPARE(WindowParts::table(again)->horizontalHeader()->sectionSize(TokenTableModel::StatusColumn), 333);
}

void TestLayoutAudit::connectionsDialog_noLiteralAmpersand()
{
    ConnectionsDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // A label with a mnemonic shows no "&" only when it has a buddy; each one names its field.
    int mnemonics = 0;
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        if (!label->isVisible() || label->textFormat() == Qt::PlainText || !label->text().contains(QLatin1Char('&')))
            continue;
        ++mnemonics;
        QVERIFY2(label->buddy(), qPrintable(label->text()));
    }
    QVERIFY(mnemonics >= 4);
    auto *ca = dialog.findChild<QLineEdit *>(QStringLiteral("caFileLineEdit"));
    QVERIFY(ca);
    bool named = false;
    for (QLabel *label : dialog.findChildren<QLabel *>())
        named = named || label->buddy() == ca;
    QVERIFY(named);
}

void TestLayoutAudit::scopePicker_untickedScopeIsNotHighlighted()
{
    ScopePicker picker;
    picker.resize(500, 400);
    picker.show();
    QVERIFY(QTest::qWaitForWindowExposed(&picker));
    auto *list = picker.findChild<QListWidget *>(QStringLiteral("scopesListWidget"));
    QVERIFY(list);
    QListWidgetItem *item = list->item(2);
    const QRect rect = list->visualItemRect(item);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    item->setCheckState(Qt::Checked);
    item->setCheckState(Qt::Unchecked);
    QCOMPARE(picker.checkedCount(), 0);
    QVERIFY(list->selectedItems().isEmpty());
    QVERIFY(!item->isSelected());
    // The keyboard still ticks and unticks the current scope.
    list->setFocus();
    list->setCurrentItem(item);
    QTest::keyClick(list, Qt::Key_Space);
    QCOMPARE(item->checkState(), Qt::Checked);
    QTest::keyClick(list, Qt::Key_Space);
    QCOMPARE(item->checkState(), Qt::Unchecked);
    QVERIFY(list->selectedItems().isEmpty());
}

void TestLayoutAudit::lastUsed_isOneTerm()
{
    // The export's column, the CSV header and the table's header say the same.
    const QString table = TokenTableModel().headerData(TokenTableModel::LastUseColumn, Qt::Horizontal).toString();
    QCOMPARE(table, QStringLiteral("Last used"));
    QCOMPARE(TokenColumns::headerName(TokenColumn::LastUse), table);
}

void TestLayoutAudit::windowTitle_namesTheAppOnce()
{
    QSettings().clear();
    const QString appName = QGuiApplication::applicationDisplayName();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("TokenDesk"));
    Fake::FakeCluster fake;
    QVERIFY2(fake.start({}, {}), qPrintable(fake.errorString()));
    MainWindow window{MainWindow::Options{}};
    window.show();
    ConnectionSettings s;
    s.baseUrl = TokensService::normalizeBaseUrl(fake.baseUrl());
    s.apiToken = fake.adminToken().secret;
    QSignalSpy loaded(&window, &MainWindow::listLoaded);
    window.connectTo(s, QStringLiteral("prod-cluster"), true);
    // The platform adds " — TokenDesk" after the window's own title.
    QVERIFY2(!window.windowTitle().contains(QLatin1String("TokenDesk")), qPrintable(window.windowTitle()));
    QVERIFY(window.windowTitle().contains(QLatin1String("DEMO")));
    // A screen reader, which reads no platform suffix, still hears the application's name.
    QVERIFY(window.accessibleName().contains(QLatin1String("TokenDesk")));
    window.connectTo(s, QStringLiteral("prod-cluster"), false);
    QCOMPARE(window.windowTitle(), QStringLiteral("prod-cluster"));
    QVERIFY(loaded.wait(10000));
    QGuiApplication::setApplicationDisplayName(appName);
}

void TestLayoutAudit::badges_renderWithTheInstalledFonts()
{
    // scripts/install-deps.sh brings DejaVu; every badge's sign must be in it, or it shows as a box.
    if (!QFontDatabase::families().contains(QStringLiteral("DejaVu Sans")))
        QSKIP("DejaVu Sans is not installed");
    const QRawFont font = QRawFont::fromFont(QFont(QStringLiteral("DejaVu Sans")));
    QVERIFY(font.isValid());
    DetailPane pane;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    TokenStub stub{QStringLiteral("dt0c01.ABC"), QStringLiteral("n"), {}};
    TokenMetadata expired;
    expired.revoked = true;
    expired.expires = now - 1000;
    TokenMetadata expiring;
    expiring.expires = now + 1000 * 3600;
    QStringList badges;
    pane.showToken(stub, expired, true, true, now);
    badges << pane.badges();
    pane.showToken(stub, expiring, false, false, now);
    badges << pane.badges();
    QCOMPARE(badges.size(), 5);
    for (const QString &badge : badges) {
        const uint sign = badge.toUcs4().value(0);
        QVERIFY2(font.supportsCharacter(sign), qPrintable(badge));
    }
}

void TestLayoutAudit::german_exportDialogNamesColumnsInGerman()
{
    const QList<QTranslator *> translators = Translations::install(QLocale(QStringLiteral("de")), qApp);
    ExportDialog dialog;
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("columnsListWidget"));
    QVERIFY(list);
    QStringList shown;
    for (int i = 0; i < list->count(); ++i)
        shown << list->item(i)->text();
    // The names the table shows, in German; the CSV header stays English.
    QVERIFY2(shown.contains(QStringLiteral("Zuletzt verwendet")), qPrintable(shown.join(QLatin1Char('|'))));
    QVERIFY2(shown.contains(QStringLiteral("Besitzer")), qPrintable(shown.join(QLatin1Char('|'))));
    QVERIFY(!shown.contains(QStringLiteral("Owner")));
    QCOMPARE(TokenColumns::headerName(TokenColumn::LastUse), QStringLiteral("Last used"));
    QCOMPARE(TokenColumns::headerName(TokenColumn::Owner), QStringLiteral("Owner"));
    QCOMPARE(TokenTableModel().headerData(TokenTableModel::LastUseColumn, Qt::Horizontal).toString(),
             QStringLiteral("Zuletzt verwendet"));
    Translations::remove(translators);
}

void TestLayoutAudit::german_scopeDescriptionsWrapAndShowWholeInTooltip()
{
    const QList<QTranslator *> translators = Translations::install(QLocale(QStringLiteral("de")), qApp);
    ScopePicker picker;
    picker.resize(320, 500);
    picker.show();
    QVERIFY(QTest::qWaitForWindowExposed(&picker));
    auto *list = picker.findChild<QListWidget *>(QStringLiteral("scopesListWidget"));
    QVERIFY(list);
    const int line = list->fontMetrics().height();
    int wrapped = 0;
    for (int i = 0; i < list->count(); ++i) {
        QListWidgetItem *item = list->item(i);
        const ScopeInfo &info = ScopeCatalog::all().at(i);
        QVERIFY2(item->toolTip().contains(info.description), qPrintable(item->toolTip()));
        const QRect rect = list->visualItemRect(item);
        QVERIFY(rect.right() <= list->viewport()->width());
        const int needed = list->fontMetrics().horizontalAdvance(item->text());
        if (needed > list->viewport()->width()) {
            QVERIFY2(rect.height() > line * 3 / 2, qPrintable(item->text()));
            ++wrapped;
        }
    }
    QVERIFY(wrapped > 0);
    Translations::remove(translators);
}

QTEST_MAIN(TestLayoutAudit)
#include "tst_layoutaudit.moc"
