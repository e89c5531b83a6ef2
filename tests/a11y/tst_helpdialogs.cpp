// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Help menu: the keyboard shortcuts dialog lists every shortcut the window's actions really have,
// and About names the application's version.
#include "mainwindow.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTest>

using namespace TokenDesk;

class TestHelpDialogs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void shortcutsDialog_listsEveryActionShortcut();
    void aboutDialog_namesTheVersion();

private:
    static QMessageBox *openFromHelpMenu(MainWindow *window, const QString &text);
};

void TestHelpDialogs::initTestCase()
{
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
}

QMessageBox *TestHelpDialogs::openFromHelpMenu(MainWindow *window, const QString &text)
{
    const auto actions = window->menuBar()->actions();
    for (QAction *menuAction : actions) {
        if (!menuAction->menu() || menuAction->text() != QStringLiteral("&Help"))
            continue;
        const auto items = menuAction->menu()->actions();
        for (QAction *item : items) {
            if (item->text() == text) {
                item->trigger();
                return window->findChild<QMessageBox *>();
            }
        }
    }
    return nullptr;
}

void TestHelpDialogs::shortcutsDialog_listsEveryActionShortcut()
{
    MainWindow window(MainWindow::Options{});
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QMessageBox *box = openFromHelpMenu(&window, QStringLiteral("&Keyboard shortcuts"));
    QVERIFY(box);
    const QString text = box->text();
    QStringList missing;
    int shortcuts = 0;
    const auto actions = window.findChildren<QAction *>();
    for (const QAction *action : actions) {
        for (const QKeySequence &key : action->shortcuts()) {
            ++shortcuts;
            const QString keyText = key.toString(QKeySequence::NativeText);
            if (!text.contains(QStringLiteral("<b>") + keyText + QStringLiteral("</b>")))
                missing << keyText + QStringLiteral(" (") + action->text() + QLatin1Char(')');
        }
    }
    QVERIFY2(shortcuts >= 8, qPrintable(QString::number(shortcuts)));
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
}

void TestHelpDialogs::aboutDialog_namesTheVersion()
{
    MainWindow window(MainWindow::Options{});
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QMessageBox *box = openFromHelpMenu(&window, QStringLiteral("&About TokenDesk"));
    QVERIFY(box);
    QVERIFY2(box->text().contains(QStringLiteral("TokenDesk 9.8.7")), qPrintable(box->text()));
    QVERIFY2(box->text().contains(QString::fromLatin1(qVersion())), qPrintable(box->text()));
}

QTEST_MAIN(TestHelpDialogs)
#include "tst_helpdialogs.moc"
