// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The main window works from the keyboard: Ctrl+F reaches the quick filter, Esc clears it, F9 shows
// and hides the filter pane, Tab from the quick filter reaches the token table, and the window's
// shortcuts work from the quick filter ("type a filter, then export") while Del there still
// deletes characters.
#include "exportcontroller.h"
#include "exportdialog.h"
#include "fakecluster.h"
#include "lookupdialog.h"
#include "mainwindow.h"
#include "mainwindowparts.h"
#include "tokenoperations.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QDialog>
#include <QDockWidget>
#include <QLineEdit>
#include <QSignalSpy>
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
    void windowShortcuts_workFromTheQuickFilter_data();
    void windowShortcuts_workFromTheQuickFilter();
    void del_inTheQuickFilterDeletesCharactersNotTokens();
    void windowShortcuts_areNotAmbiguous();
    void lookupDialog_altPAsksEveryProfile_altSSwitchesToTheOneThatKnows();

private:
    bool connectAndSelect();
    void closeDialogs();

    std::unique_ptr<Fake::FakeCluster> m_fake;
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
    closeDialogs();
    m_window.reset();
    m_fake.reset();
}

bool TestKeyboard::connectAndSelect()
{
    m_fake = std::make_unique<Fake::FakeCluster>();
    Fake::SeedOptions seed;
    seed.tokens = 6;
    if (!m_fake->start({}, seed))
        return false;
    const QString id =
        m_fake->addToken(QStringLiteral("ci-deploy"), QStringLiteral("erin"), {QStringLiteral("settings.read")}).id;
    QSignalSpy loaded(m_window.get(), &MainWindow::listLoaded);
    ConnectionSettings s;
    s.baseUrl = TokensService::normalizeBaseUrl(m_fake->baseUrl());
    s.apiToken = m_fake->adminToken().secret;
    m_window->connectTo(s, QStringLiteral("test"), false);
    if (!loaded.wait(10000))
        return false;
    // Known after the self lookup: from then on the selected token can be edited, revoked, deleted.
    if (!QTest::qWaitFor([this] { return !WindowParts::operations(*m_window)->selfId().isEmpty(); }, 10000))
        return false;
    return WindowParts::operations(*m_window)->selectToken(id).isEmpty();
}

void TestKeyboard::closeDialogs()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (qobject_cast<QDialog *>(w) && w->isVisible())
            w->close();
    }
}

void TestKeyboard::ctrlF_focusesAndSelectsQuickFilter()
{
    WindowParts::quickFilter(*m_window)->setText(QStringLiteral("alice"));
    WindowParts::table(*m_window)->setFocus();
    QTRY_VERIFY(WindowParts::table(*m_window)->hasFocus());
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(WindowParts::quickFilter(*m_window)->hasFocus());
    QCOMPARE(WindowParts::quickFilter(*m_window)->selectedText(), QStringLiteral("alice"));
}

void TestKeyboard::escape_clearsQuickFilter()
{
    WindowParts::quickFilter(*m_window)->setFocus();
    QTRY_VERIFY(WindowParts::quickFilter(*m_window)->hasFocus());
    QTest::keyClicks(WindowParts::quickFilter(*m_window), QStringLiteral("ci-"));
    QCOMPARE(WindowParts::quickFilter(*m_window)->text(), QStringLiteral("ci-"));
    QTest::keyClick(WindowParts::quickFilter(*m_window), Qt::Key_Escape);
    QCOMPARE(WindowParts::quickFilter(*m_window)->text(), QString());
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
    WindowParts::quickFilter(*m_window)->setFocus();
    QTRY_VERIFY(WindowParts::quickFilter(*m_window)->hasFocus());
    QStringList path;
    for (int i = 0; i < 40 && !WindowParts::table(*m_window)->hasFocus(); ++i) {
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        path << QString::fromLatin1(focus->metaObject()->className()) + QLatin1Char('#') + focus->objectName();
        QTest::keyClick(focus, Qt::Key_Tab);
    }
    QVERIFY2(WindowParts::table(*m_window)->hasFocus(), qPrintable(path.join(QStringLiteral(" → "))));
}

void TestKeyboard::windowShortcuts_workFromTheQuickFilter_data()
{
    QTest::addColumn<QKeySequence>("keys");
    QTest::addColumn<QString>("action");
    QTest::newRow("Ctrl+E export") << QKeySequence(Qt::CTRL | Qt::Key_E) << QStringLiteral("export");
    QTest::newRow("Ctrl+N new") << QKeySequence(Qt::CTRL | Qt::Key_N) << QStringLiteral("new");
    QTest::newRow("Ctrl+L lookup") << QKeySequence(Qt::CTRL | Qt::Key_L) << QStringLiteral("lookup");
    QTest::newRow("F2 edit") << QKeySequence(Qt::Key_F2) << QStringLiteral("edit");
    QTest::newRow("F5 refresh") << QKeySequence(Qt::Key_F5) << QStringLiteral("refresh");
    QTest::newRow("F9 filter pane") << QKeySequence(Qt::Key_F9) << QStringLiteral("filters");
    QTest::newRow("Ctrl+Shift+C copy id")
        << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C) << QStringLiteral("copy id");
    QTest::newRow("Ctrl+Shift+T rotate") << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T) << QStringLiteral("rotate");
    QTest::newRow("Ctrl+Shift+D pending deletions")
        << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D) << QStringLiteral("pending deletions");
    QTest::newRow("Shift+F2 change scopes") << QKeySequence(Qt::SHIFT | Qt::Key_F2) << QStringLiteral("change scopes");
    QTest::newRow("Ctrl+S save view") << QKeySequence(Qt::CTRL | Qt::Key_S) << QStringLiteral("save view");
    QTest::newRow("Ctrl+Shift+S manage views")
        << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S) << QStringLiteral("manage views");
    QTest::newRow("Ctrl+Shift+E export across profiles")
        << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E) << QStringLiteral("export across profiles");
}

// The natural flow is "type a filter, then act": the window's shortcuts must not be eaten by the
// quick filter's own bindings for the same keys (Ctrl+E is "end of line" in a line edit on X11).
void TestKeyboard::windowShortcuts_workFromTheQuickFilter()
{
    QFETCH(QKeySequence, keys);
    QFETCH(QString, action);
    QVERIFY(connectAndSelect());
    TokenOperations *ops = WindowParts::operations(*m_window);
    QAction *target = nullptr;
    if (action == QLatin1String("export"))
        target = WindowParts::exportController(*m_window)->action();
    else if (action == QLatin1String("new"))
        target = ops->newAction();
    else if (action == QLatin1String("lookup"))
        target = ops->lookupAction();
    else if (action == QLatin1String("edit"))
        target = ops->editAction();
    else if (action == QLatin1String("filters"))
        target = m_window->findChild<QDockWidget *>(QStringLiteral("filterDock"))->toggleViewAction();
    else {
        for (QAction *a : m_window->findChildren<QAction *>()) {
            if (a->shortcut() == keys)
                target = a;
        }
    }
    QVERIFY(target);
    QTRY_VERIFY2_WITH_TIMEOUT(target->isEnabled(), qPrintable(action), 10000); // edit: once the details are in
    QLineEdit *filter = WindowParts::quickFilter(*m_window);
    filter->setFocus();
    QTRY_VERIFY(filter->hasFocus());
    QTest::keyClicks(filter, QStringLiteral("ci-"));
    filter->setCursorPosition(0);
    QSignalSpy triggered(target, &QAction::triggered);
    QTest::keySequence(filter, keys);
    QCOMPARE(triggered.size(), 1);
    QCOMPARE(filter->text(), QStringLiteral("ci-")); // nothing typed into the filter
}

void TestKeyboard::del_inTheQuickFilterDeletesCharactersNotTokens()
{
    QVERIFY(connectAndSelect());
    TokenOperations *ops = WindowParts::operations(*m_window);
    QVERIFY(ops->deleteAction()->isEnabled());
    QLineEdit *filter = WindowParts::quickFilter(*m_window);
    filter->setFocus();
    QTRY_VERIFY(filter->hasFocus());
    QTest::keyClicks(filter, QStringLiteral("ci-"));
    filter->setCursorPosition(0);
    QSignalSpy triggered(ops->deleteAction(), &QAction::triggered);
    QTest::keyClick(filter, Qt::Key_Delete);
    QCOMPARE(filter->text(), QStringLiteral("i-"));
    QTest::keyClick(filter, Qt::Key_Delete);
    QTest::keyClick(filter, Qt::Key_Delete);
    QTest::keyClick(filter, Qt::Key_Delete); // on an empty field: still not the tokens
    QCOMPARE(filter->text(), QString());
    QCOMPARE(triggered.size(), 0);
    QVERIFY(!ops->deleteDialog());
    // From the table, Del is the delete action
    WindowParts::table(*m_window)->setFocus();
    QTRY_VERIFY(WindowParts::table(*m_window)->hasFocus());
    QTest::keyClick(WindowParts::table(*m_window), Qt::Key_Delete);
    QCOMPARE(triggered.size(), 1);
    QTRY_VERIFY(ops->deleteDialog());
}

// Two actions on one key would make Qt trigger neither ("ambiguous shortcut").
void TestKeyboard::windowShortcuts_areNotAmbiguous()
{
    QHash<QKeySequence, QString> seen;
    for (QAction *a : m_window->findChildren<QAction *>()) {
        for (const QKeySequence &keys : a->shortcuts()) {
            const QString name = a->text().remove(QLatin1Char('&'));
            QVERIFY2(
                !seen.contains(keys) || seen.value(keys) == name,
                qPrintable(keys.toString() + QStringLiteral(": ") + seen.value(keys) + QStringLiteral(" and ") + name));
            seen.insert(keys, name);
        }
    }
    QVERIFY(seen.size() >= 8);
}

// The lookup dialog's keys for "which of our clusters is this secret from?" (Help lists them).
void TestKeyboard::lookupDialog_altPAsksEveryProfile_altSSwitchesToTheOneThatKnows()
{
    LookupDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.activateWindow();
    QTRY_VERIFY(dialog.isActiveWindow()); // mnemonics are keys of the active window
    QSignalSpy asked(&dialog, &LookupDialog::allProfilesLookupRequested);
    QSignalSpy switched(&dialog, &LookupDialog::switchProfileRequested);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_P, Qt::AltModifier);
    QTest::qWait(300);         // a mnemonic clicks its button after a short animation
    QCOMPARE(asked.size(), 0); // nothing pasted: nothing to ask
    dialog.secretLineEdit()->setText(QStringLiteral(
        "dt0c01.ST2EY72KQINMH574WMNVI7YN.G3DFPBEJYMODIDAEX454M7YWBUVEFOWKPRVMWFASS64NFH52PX6BNDVFFM572RZM"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_P, Qt::AltModifier);
    QTRY_COMPARE(asked.size(), 1);
    ProfileLookup::Result found;
    found.profile = QStringLiteral("prod");
    found.outcome = ProfileLookup::Outcome::Found;
    found.token.id = QStringLiteral("dt0c01.ST2EY72KQINMH574WMNVI7YN");
    dialog.showProfileResults({found}, true, QDateTime::currentMSecsSinceEpoch());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::AltModifier);
    QTRY_COMPARE(switched.size(), 1);
    QCOMPARE(switched.first().first().toString(), QStringLiteral("prod"));
}

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
