// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// What a shown window leaves until after its first paint: asking the system keyring (D-Bus) for the
// profile's API token and opening the connections dialog. Neither is needed to draw the window, and
// both made its first paint later. A window that is not shown (tools, tests) connects at once.
#include "connectionsdialog.h"
#include "mainwindow.h"
#include "mainwindowparts.h"
#include "settings/connectionprofile.h"
#include "settings/secretstore.h"

#include <QEvent>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace TokenDesk;

namespace {

// Records whether the table's viewport has been painted, and what existed at its first paint.
class PaintSpy final : public QObject
{
public:
    explicit PaintSpy(std::function<void()> atFirstPaint)
        : m_atFirstPaint(std::move(atFirstPaint))
    {}
    bool painted = false;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !painted) {
            painted = true;
            m_atFirstPaint();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_atFirstPaint;
};

// A keyring that remembers when it was asked (and answers "nothing stored").
class RecordingKeyring final : public SecretStore
{
public:
    using SecretStore::SecretStore;
    std::function<void()> onRead;
    int reads = 0;

    void read(const QString &, QObject *context, ReadCallback done) override
    {
        ++reads;
        if (onRead)
            onRead();
        QMetaObject::invokeMethod(
            context, [done = std::move(done)] { done(false, QString(), QStringLiteral("The entry was not found")); },
            Qt::QueuedConnection);
    }
    void write(const QString &, const QString &, QObject *context, WriteCallback done) override
    {
        QMetaObject::invokeMethod(
            context, [done = std::move(done)] { done(true, QString()); }, Qt::QueuedConnection);
    }
    void remove(const QString &, QObject *context, WriteCallback done) override
    {
        QMetaObject::invokeMethod(
            context, [done = std::move(done)] { done(true, QString()); }, Qt::QueuedConnection);
    }
    bool isPersistent() const override { return true; }
    QString description() const override { return QStringLiteral("recording keyring"); }
    QString unavailableReason() const override { return QString(); }
};

} // namespace

class TestStartup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void keyringIsAskedAfterTheFirstPaint();
    void connectionsDialogOpensAfterTheFirstPaint();
    void windowNotShownConnectsAtOnce();

private:
    QTemporaryDir m_config;
};

void TestStartup::initTestCase()
{
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
    QCoreApplication::setOrganizationName(QStringLiteral("TokenDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_startup"));
}

void TestStartup::init()
{
    QSettings().clear();
}

void TestStartup::keyringIsAskedAfterTheFirstPaint()
{
    {
        QSettings settings;
        ConnectionProfile prod;
        prod.name = QStringLiteral("prod");
        prod.url = QStringLiteral("http://127.0.0.1:9");
        ProfileStore(&settings).save(prod);
        ProfileStore(&settings).setLastUsed(prod.name);
    }
    auto *keyring = new RecordingKeyring;
    MainWindow::Options options;
    options.keyring = keyring;
    MainWindow window(options);
    PaintSpy spy([] {});
    WindowParts::table(window)->viewport()->installEventFilter(&spy);
    bool paintedBeforeRead = false;
    keyring->onRead = [&] { paintedBeforeRead = spy.painted; };
    window.show();
    window.start();
    QCOMPARE(keyring->reads, 0); // not yet: the window has not been drawn
    QTRY_COMPARE(keyring->reads, 1);
    QVERIFY(paintedBeforeRead);
}

void TestStartup::connectionsDialogOpensAfterTheFirstPaint()
{
    MainWindow window(MainWindow::Options{});
    bool dialogAtFirstPaint = true;
    PaintSpy spy([&] { dialogAtFirstPaint = window.findChild<ConnectionsDialog *>() != nullptr; });
    WindowParts::table(window)->viewport()->installEventFilter(&spy);
    window.show();
    window.start(); // no profile: the connections dialog asks for one
    QTRY_VERIFY(window.findChild<ConnectionsDialog *>());
    QVERIFY(spy.painted);
    QVERIFY(!dialogAtFirstPaint);
}

void TestStartup::windowNotShownConnectsAtOnce()
{
    MainWindow window(MainWindow::Options{});
    window.start();
    QVERIFY(window.findChild<ConnectionsDialog *>());
}

QTEST_MAIN(TestStartup)
#include "tst_startup.moc"
