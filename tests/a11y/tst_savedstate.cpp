// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Saved state: the table header (column order, widths, hidden columns) and the window state (docks,
// toolbar, size) survive closing the main window and opening a new one, and no file the application
// writes under its configuration directory ever contains an API token's secret.
#include "connectionsdialog.h"
#include "fakecluster.h"
#include "mainwindow.h"
#include "mainwindowparts.h"
#include "model/tokentablemodel.h"

#include <QDirIterator>
#include <QDockWidget>
#include <QHeaderView>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

using namespace TokenDesk;

namespace {
struct HeaderEdit
{
    int moveFrom = -1; // logical column moved to visual position moveTo
    int moveTo = -1;
    int resizeColumn = -1;
    int width = 0;
    int hideColumn = -1;
};
} // namespace
Q_DECLARE_METATYPE(HeaderEdit)

class TestSavedState : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void shouldRestoreTableHeaderAfterRecreate_data();
    void shouldRestoreTableHeaderAfterRecreate();
    void shouldRestoreDocksToolbarAndSize();
    void shouldNeverWriteTheSecretToSettings();

private:
    std::unique_ptr<MainWindow> newWindow();
    void closeWindow();
    QStringList settingsFiles() const;

    QTemporaryDir m_home;
    QString m_configDir;
    std::unique_ptr<MainWindow> m_window;
};

void TestSavedState::initTestCase()
{
    QVERIFY(m_home.isValid());
    // Test mode puts the configuration under $HOME/.qttest: point HOME at a throw-away folder.
    qputenv("HOME", m_home.path().toUtf8());
    qunsetenv("XDG_CONFIG_HOME");
    // No session bus: the keyring must not be a real one, whatever runs this test.
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TokenDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_savedstate"));
    m_configDir = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    QVERIFY2(m_configDir.startsWith(m_home.path()), qPrintable(m_configDir));
    QVERIFY2(QSettings().fileName().startsWith(m_configDir), qPrintable(QSettings().fileName()));
}

void TestSavedState::init()
{
    QSettings().clear();
    QSettings().sync();
}

void TestSavedState::cleanup()
{
    m_window.reset();
}

std::unique_ptr<MainWindow> TestSavedState::newWindow()
{
    auto window = std::make_unique<MainWindow>(MainWindow::Options{});
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    return window;
}

void TestSavedState::closeWindow()
{
    QVERIFY(m_window->close());
    m_window.reset();
    QSettings().sync();
}

QStringList TestSavedState::settingsFiles() const
{
    QStringList files;
    QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    return files;
}

void TestSavedState::shouldRestoreTableHeaderAfterRecreate_data()
{
    QTest::addColumn<HeaderEdit>("edit");
    HeaderEdit moved;
    moved.moveFrom = TokenTableModel::OwnerColumn;
    moved.moveTo = 0;
    QTest::newRow("moved") << moved;
    HeaderEdit resized;
    resized.resizeColumn = TokenTableModel::NameColumn;
    resized.width = 333;
    QTest::newRow("resized") << resized;
    HeaderEdit hidden;
    hidden.hideColumn = TokenTableModel::ScopesColumn;
    QTest::newRow("hidden") << hidden;
    HeaderEdit all;
    all.moveFrom = TokenTableModel::LastUseColumn;
    all.moveTo = 1;
    all.resizeColumn = TokenTableModel::IdColumn;
    all.width = 271;
    all.hideColumn = TokenTableModel::CreatedColumn;
    QTest::newRow("moved, resized and hidden") << all;
}

void TestSavedState::shouldRestoreTableHeaderAfterRecreate()
{
    QFETCH(HeaderEdit, edit);
    m_window = newWindow();
    QVERIFY(m_window);
    QHeaderView *header = WindowParts::table(*m_window)->horizontalHeader();
    const int columns = header->count();
    QVERIFY(columns >= TokenTableModel::LastUseColumn + 1);
    if (edit.moveFrom >= 0)
        header->moveSection(header->visualIndex(edit.moveFrom), edit.moveTo);
    if (edit.resizeColumn >= 0)
        header->resizeSection(edit.resizeColumn, edit.width);
    if (edit.hideColumn >= 0)
        header->setSectionHidden(edit.hideColumn, true);
    QVector<int> visual;
    QVector<int> widths;
    QVector<bool> hiddenColumns;
    for (int c = 0; c < columns; ++c) {
        visual << header->visualIndex(c);
        widths << header->sectionSize(c);
        hiddenColumns << header->isSectionHidden(c);
    }
    // The edit took effect, so a restore to the defaults would be noticed.
    if (edit.moveFrom >= 0)
        QCOMPARE(visual.at(edit.moveFrom), edit.moveTo);
    if (edit.resizeColumn >= 0)
        QCOMPARE(widths.at(edit.resizeColumn), edit.width);
    if (edit.hideColumn >= 0)
        QVERIFY(hiddenColumns.at(edit.hideColumn));
    closeWindow();

    m_window = newWindow();
    QVERIFY(m_window);
    header = WindowParts::table(*m_window)->horizontalHeader();
    QCOMPARE(header->count(), columns);
    for (int c = 0; c < columns; ++c) {
        QCOMPARE(header->visualIndex(c), visual.at(c));
        QCOMPARE(header->isSectionHidden(c), hiddenColumns.at(c));
        // The last visible section stretches to the viewport: its width is the view's, not saved.
        if (header->logicalIndex(header->count() - 1) != c && !hiddenColumns.at(c))
            QCOMPARE(header->sectionSize(c), widths.at(c));
    }
}

void TestSavedState::shouldRestoreDocksToolbarAndSize()
{
    m_window = newWindow();
    QVERIFY(m_window);
    auto *filterDock = m_window->findChild<QDockWidget *>(QStringLiteral("filterDock"));
    auto *detailDock = m_window->findChild<QDockWidget *>(QStringLiteral("detailDock"));
    auto *toolbar = m_window->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    QVERIFY(filterDock && detailDock && toolbar);
    QVERIFY(filterDock->isVisible());
    QVERIFY(toolbar->isVisible());
    filterDock->hide();
    toolbar->hide();
    m_window->addDockWidget(Qt::LeftDockWidgetArea, detailDock);
    QCOMPARE(m_window->dockWidgetArea(detailDock), Qt::LeftDockWidgetArea);
    m_window->resize(1010, 640);
    QTRY_COMPARE(m_window->size(), QSize(1010, 640));
    closeWindow();

    m_window = newWindow();
    QVERIFY(m_window);
    filterDock = m_window->findChild<QDockWidget *>(QStringLiteral("filterDock"));
    detailDock = m_window->findChild<QDockWidget *>(QStringLiteral("detailDock"));
    toolbar = m_window->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    QVERIFY(filterDock->isHidden());
    QVERIFY(toolbar->isHidden());
    QVERIFY(detailDock->isVisible());
    QCOMPARE(m_window->dockWidgetArea(detailDock), Qt::LeftDockWidgetArea);
    QCOMPARE(m_window->size(), QSize(1010, 640));
}

void TestSavedState::shouldNeverWriteTheSecretToSettings()
{
    Fake::FakeCluster fake;
    Fake::SeedOptions seed;
    seed.tokens = 30;
    QVERIFY2(fake.start({}, seed), qPrintable(fake.errorString()));
    const QString secret = fake.adminToken().secret;
    const QString identifier = fake.adminToken().id;
    QVERIFY(secret.startsWith(identifier + QLatin1Char('.')));
    const QString secretPart = secret.mid(identifier.size() + 1);
    QCOMPARE(secretPart.size(), 64);

    // No profile yet: the window asks for one with the connections dialog.
    m_window = newWindow();
    QVERIFY(m_window);
    m_window->start();
    ConnectionsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<ConnectionsDialog *>()) != nullptr);
    ConnectionProfile profile;
    profile.name = QStringLiteral("Production");
    profile.url = fake.baseUrl();
    QSignalSpy loaded(m_window.get(), &MainWindow::listLoaded);
    // What the dialog sends when the user typed the token and pressed Connect.
    Q_EMIT dialog->connectRequested(profile, secret);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(loaded.last().at(0).toInt(), fake.tokenCount());
    // Users paste secrets into search fields.
    WindowParts::quickFilter(*m_window)->setText(secret);
    m_window->refresh();
    QVERIFY(loaded.wait(10000));
    closeWindow();

    // The profile was saved (so the settings were written at all) and it is the one reopened.
    const QStringList files = settingsFiles();
    QVERIFY2(!files.isEmpty(), "no settings file written");
    bool profileSeen = false;
    for (const QString &path : files) {
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray bytes = file.readAll();
        QVERIFY2(!bytes.contains(secretPart.toLatin1()), qPrintable(path + QStringLiteral(" holds the secret")));
        profileSeen = profileSeen || bytes.contains(fake.baseUrl().toLatin1());
    }
    QVERIFY(profileSeen);
}

QTEST_MAIN(TestSavedState)
#include "tst_savedstate.moc"
