// The main window works from the keyboard: Ctrl+F reaches the quick filter, Esc clears it, F9 shows
// and hides the filter pane, and Tab from the quick filter reaches the token table.
#include "mainwindow.h"

#include <QApplication>
#include <QDockWidget>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace TokenDesk;

class TestKeyboard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void ctrlF_focusesAndSelectsQuickFilter();
    void escape_clearsQuickFilter();
    void f9_togglesFilterPane();
    void tab_reachesTheTable();

private:
    std::unique_ptr<MainWindow> m_window;
};

void TestKeyboard::initTestCase()
{
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    QStandardPaths::setTestModeEnabled(true);
}

void TestKeyboard::init()
{
    m_window = std::make_unique<MainWindow>(MainWindow::Options{});
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QTRY_VERIFY(m_window->isActiveWindow());
}

void TestKeyboard::cleanup()
{
    m_window.reset();
}

void TestKeyboard::ctrlF_focusesAndSelectsQuickFilter()
{
    m_window->quickFilter()->setText(QStringLiteral("alice"));
    m_window->table()->setFocus();
    QTRY_VERIFY(m_window->table()->hasFocus());
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(m_window->quickFilter()->hasFocus());
    QCOMPARE(m_window->quickFilter()->selectedText(), QStringLiteral("alice"));
}

void TestKeyboard::escape_clearsQuickFilter()
{
    m_window->quickFilter()->setFocus();
    QTRY_VERIFY(m_window->quickFilter()->hasFocus());
    QTest::keyClicks(m_window->quickFilter(), QStringLiteral("ci-"));
    QCOMPARE(m_window->quickFilter()->text(), QStringLiteral("ci-"));
    QTest::keyClick(m_window->quickFilter(), Qt::Key_Escape);
    QCOMPARE(m_window->quickFilter()->text(), QString());
}

void TestKeyboard::f9_togglesFilterPane()
{
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("filterDock"));
    QVERIFY(dock);
    const bool visible = dock->isVisible();
    QTest::keyClick(m_window.get(), Qt::Key_F9);
    QTRY_COMPARE(dock->isVisible(), !visible);
    QTest::keyClick(m_window.get(), Qt::Key_F9);
    QTRY_COMPARE(dock->isVisible(), visible);
}

void TestKeyboard::tab_reachesTheTable()
{
    m_window->quickFilter()->setFocus();
    QTRY_VERIFY(m_window->quickFilter()->hasFocus());
    QStringList path;
    for (int i = 0; i < 40 && !m_window->table()->hasFocus(); ++i) {
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        path << QString::fromLatin1(focus->metaObject()->className()) + QLatin1Char('#') + focus->objectName();
        QTest::keyClick(focus, Qt::Key_Tab);
    }
    QVERIFY2(m_window->table()->hasFocus(), qPrintable(path.join(QStringLiteral(" → "))));
}

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
