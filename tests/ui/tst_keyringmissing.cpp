// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The window on a desktop without a system keyring (no Secret Service, no KWallet): the first
// connection says so in words and what to do, the connections dialog says a token is kept for this
// session only instead of "Stored", after a restart the window says the token must be typed again,
// and a profile that cannot connect leaves the profile box on the profile in use.
#include "connectionsdialog.h"
#include "fakecluster.h"
#include "mainwindow.h"
#include "mainwindowparts.h"
#include "messagebanner.h"
#include "settings/secretstore.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace TokenDesk;

namespace {

// Answers as QtKeychain does here when nothing serves the keyring on the session bus.
class MissingKeyring final : public SecretStore
{
public:
    using SecretStore::SecretStore;

    void read(const QString &, QObject *context, ReadCallback done) override
    {
        m_answered = true;
        QMetaObject::invokeMethod(
            context, [done = std::move(done)] { done(false, QString(), QStringLiteral("Unknown error")); },
            Qt::QueuedConnection);
    }
    void write(const QString &, const QString &, QObject *context, WriteCallback done) override
    {
        m_answered = true;
        ++writes;
        QMetaObject::invokeMethod(
            context, [done = std::move(done)] { done(false, QStringLiteral("Unknown error")); }, Qt::QueuedConnection);
    }
    void remove(const QString &, QObject *context, WriteCallback done) override
    {
        QMetaObject::invokeMethod(
            context, [done = std::move(done)] { done(true, QString()); }, Qt::QueuedConnection);
    }
    bool isPersistent() const override { return true; }
    QString description() const override { return QStringLiteral("missing keyring"); }
    QString unavailableReason() const override { return m_answered ? QStringLiteral("Unknown error") : QString(); }

    int writes = 0;

private:
    bool m_answered = false;
};

QPushButton *buttonWithText(QWidget *parent, const QString &text)
{
    const auto buttons = parent->findChildren<QPushButton *>();
    for (QPushButton *button : buttons) {
        if (button->text() == text)
            return button;
    }
    return nullptr;
}

bool someLabelContains(QWidget *parent, const QString &text)
{
    const auto labels = parent->findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (label->text().contains(text))
            return true;
    }
    return false;
}

} // namespace

class TestKeyringMissing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void firstConnection_saysTheTokenIsKeptForThisSessionOnly();
    void afterRestart_saysTheTokenMustBeTypedAgain();

private:
    QTemporaryDir m_config;
    std::unique_ptr<Fake::FakeCluster> m_fake;
    std::unique_ptr<MainWindow> m_window;
};

void TestKeyringMissing::initTestCase()
{
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
    QCoreApplication::setOrganizationName(QStringLiteral("TokenDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_keyringmissing"));
}

void TestKeyringMissing::init()
{
    QSettings().clear();
    m_fake = std::make_unique<Fake::FakeCluster>();
    Fake::SeedOptions seed;
    seed.tokens = 5;
    QVERIFY2(m_fake->start({}, seed), qPrintable(m_fake->errorString()));
}

void TestKeyringMissing::cleanup()
{
    m_window.reset();
    m_fake.reset();
}

void TestKeyringMissing::firstConnection_saysTheTokenIsKeptForThisSessionOnly()
{
    auto *keyring = new MissingKeyring;
    MainWindow::Options options;
    options.keyring = keyring;
    m_window = std::make_unique<MainWindow>(options);
    m_window->show();
    m_window->start(); // no profile yet: the connections dialog opens
    ConnectionsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<ConnectionsDialog *>()) != nullptr);
    const QString secret = m_fake->adminToken().secret;
    dialog->findChild<QLineEdit *>(QStringLiteral("nameLineEdit"))->setText(QStringLiteral("prod"));
    dialog->findChild<QLineEdit *>(QStringLiteral("urlLineEdit"))->setText(m_fake->baseUrl());
    dialog->findChild<QLineEdit *>(QStringLiteral("tokenLineEdit"))->setText(secret);
    QSignalSpy loaded(m_window.get(), &MainWindow::listLoaded);
    QPushButton *connectButton = buttonWithText(dialog, ConnectionsDialog::tr("&Connect"));
    QVERIFY(connectButton);
    connectButton->click();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(keyring->writes, 1);
    QTRY_VERIFY(!m_window->findChild<ConnectionsDialog *>()); // closed on Connect

    // Said at the first connection, and still there once the list has loaded.
    MessageBanner *banner = WindowParts::keyringBanner(*m_window);
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->level(), MessageBanner::Level::Warning);
    const QString text = banner->text();
    QVERIFY2(text.contains(QStringLiteral("No system keyring is available")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Unknown error")), qPrintable(text)); // the keyring's own words
    QVERIFY2(text.contains(QStringLiteral("\"prod\" is kept for this session only")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("GNOME Keyring or KWallet")), qPrintable(text));
    QVERIFY(!text.contains(secret));
    QCOMPARE(WindowParts::profileComboBox(*m_window)->currentText(), QStringLiteral("prod"));

    // The connections dialog does not claim the token is stored.
    QComboBox *profiles = WindowParts::profileComboBox(*m_window);
    Q_EMIT profiles->activated(profiles->count() - 1); // Manage connections…
    QTRY_VERIFY((dialog = m_window->findChild<ConnectionsDialog *>()) != nullptr);
    auto *token = dialog->findChild<QLineEdit *>(QStringLiteral("tokenLineEdit"));
    QCOMPARE(token->placeholderText(), ConnectionsDialog::tr("Kept for this session only — type to replace"));
    QVERIFY(someLabelContains(dialog, QStringLiteral("kept for this session only, never in a file")));
    QVERIFY(someLabelContains(dialog, QStringLiteral("GNOME Keyring or KWallet")));
    // Test connection finds the session's copy.
    QPushButton *testButton = buttonWithText(dialog, ConnectionsDialog::tr("&Test connection"));
    QVERIFY(testButton);
    testButton->click();
    QTRY_VERIFY_WITH_TIMEOUT(someLabelContains(dialog, QStringLiteral("✓ ")), 10000);
    dialog->reject();
    QTRY_VERIFY(!m_window->findChild<ConnectionsDialog *>());

    // A profile without a token leaves the window, and its profile box, on the profile in use.
    {
        QSettings settings;
        ConnectionProfile other;
        other.name = QStringLiteral("other");
        other.url = m_fake->baseUrl();
        ProfileStore(&settings).save(other);
    }
    // Picked in the connections dialog and connected without a token: refused, the box stays.
    Q_EMIT profiles->activated(profiles->count() - 1);
    QTRY_VERIFY((dialog = m_window->findChild<ConnectionsDialog *>()) != nullptr);
    auto *list = dialog->findChild<QListWidget *>(QStringLiteral("profilesListWidget"));
    const auto others = list->findItems(QStringLiteral("other"), Qt::MatchExactly);
    QCOMPARE(others.size(), 1);
    list->setCurrentItem(others.first());
    buttonWithText(dialog, ConnectionsDialog::tr("&Connect"))->click();
    QTRY_VERIFY(
        WindowParts::banner(*m_window)->text().contains(QStringLiteral("No API token is stored for \"other\"")));
    QCOMPARE(profiles->currentText(), QStringLiteral("prod"));
    QCOMPARE(m_window->session()->service()->connection().apiToken, secret);
    QTRY_VERIFY((dialog = m_window->findChild<ConnectionsDialog *>()) != nullptr);
    QTRY_VERIFY(dialog->isVisible());
    dialog->reject();
    QTRY_VERIFY(!m_window->findChild<ConnectionsDialog *>());
    WindowParts::banner(*m_window)->dismiss();

    // Picked in the profile box: the same.
    const int otherIndex = profiles->findData(QStringLiteral("other"));
    QVERIFY(otherIndex >= 0);
    profiles->setCurrentIndex(otherIndex); // as the user's pick shows it
    Q_EMIT profiles->activated(otherIndex);
    QTRY_VERIFY(WindowParts::banner(*m_window)->isVisible());
    QVERIFY(WindowParts::banner(*m_window)->text().contains(QStringLiteral("No API token is stored for \"other\"")));
    QCOMPARE(profiles->currentText(), QStringLiteral("prod"));
    QCOMPARE(m_window->session()->service()->connection().apiToken, secret);
    QTRY_VERIFY((dialog = m_window->findChild<ConnectionsDialog *>()) != nullptr);
    QCOMPARE(dialog->editedProfile().name, QStringLiteral("other"));
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("tokenLineEdit"))->placeholderText(),
             ConnectionsDialog::tr("Not stored — type the API token again"));
}

void TestKeyringMissing::afterRestart_saysTheTokenMustBeTypedAgain()
{
    // A profile whose token was typed in an earlier session without a keyring: nothing holds it now.
    {
        QSettings settings;
        ConnectionProfile prod;
        prod.name = QStringLiteral("prod");
        prod.url = m_fake->baseUrl();
        ProfileStore(&settings).save(prod);
        ProfileStore(&settings).setLastUsed(prod.name);
    }
    MainWindow::Options options;
    options.keyring = new MissingKeyring;
    m_window = std::make_unique<MainWindow>(options);
    m_window->show();
    const int before = m_fake->requestCount();
    m_window->start();
    QTRY_VERIFY(WindowParts::banner(*m_window)->isVisible());
    const QString text = WindowParts::banner(*m_window)->text();
    QVERIFY2(text.contains(QStringLiteral("No API token is stored for \"prod\"")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("no system keyring is available")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Type the API token again")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("GNOME Keyring or KWallet")), qPrintable(text));
    QCOMPARE(WindowParts::profileComboBox(*m_window)->currentText(), QStringLiteral("prod")); // not blank
    ConnectionsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<ConnectionsDialog *>()) != nullptr);
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("tokenLineEdit"))->placeholderText(),
             ConnectionsDialog::tr("Not stored — type the API token again"));
    QVERIFY(someLabelContains(dialog, QStringLiteral("No system keyring is available")));
    QVERIFY2(dialog->validationError().contains(QStringLiteral("type it again")),
             qPrintable(dialog->validationError()));
    QCOMPARE(m_fake->requestCount(), before);
}

QTEST_MAIN(TestKeyringMissing)
#include "tst_keyringmissing.moc"
