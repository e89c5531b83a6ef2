// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Rotating the token the window connects with: after the user confirms, the successor's secret
// replaces the old one in the profile's keyring entry, the connection switches to it, and only
// then is the old token revoked, through the successor (the cluster refuses a token changing
// itself). What reached the server is checked by the Authorization each request carried. When the
// keyring refuses the successor, nothing is revoked and the window says what state each token is in.
#include "fakecluster.h"
#include "lookupdialog.h"
#include "mainwindow.h"
#include "mainwindowparts.h"
#include "messagebanner.h"
#include "rotatedialog.h"
#include "secretdialog.h"
#include "settings/connectionprofile.h"
#include "settings/pendingdeletions.h"
#include "settings/secretstore.h"
#include "tokenoperations.h"

#include <QAction>
#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace TokenDesk;
using Fake::Endpoint;

namespace {

// A keyring in memory that says it persists, and can be told to refuse writes.
class TestKeyring final : public SecretStore
{
public:
    using SecretStore::SecretStore;

    void read(const QString &key, QObject *context, ReadCallback done) override
    {
        const bool found = secrets.contains(key);
        const QString secret = secrets.value(key);
        QMetaObject::invokeMethod(
            context,
            [done = std::move(done), found, secret] {
                done(found, secret, found ? QString() : QStringLiteral("The entry does not exist"));
            },
            Qt::QueuedConnection);
    }
    void write(const QString &key, const QString &secret, QObject *context, WriteCallback done) override
    {
        ++writes;
        if (!refuseWrites)
            secrets.insert(key, secret);
        const bool ok = !refuseWrites;
        QMetaObject::invokeMethod(
            context, [done = std::move(done), ok] { done(ok, ok ? QString() : QStringLiteral("Access denied")); },
            Qt::QueuedConnection);
    }
    void remove(const QString &key, QObject *context, WriteCallback done) override
    {
        secrets.remove(key);
        QMetaObject::invokeMethod(
            context, [done = std::move(done)] { done(true, QString()); }, Qt::QueuedConnection);
    }
    bool isPersistent() const override { return true; }
    QString description() const override { return QStringLiteral("test keyring"); }

    QHash<QString, QString> secrets;
    bool refuseWrites = false;
    int writes = 0;
};

} // namespace

class TestRotateTokenInUse : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("TokenDeskTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_rotatetokeninuse"));
    }

    void init()
    {
        QSettings().clear();
        m_fake = std::make_unique<Fake::FakeCluster>();
        Fake::SeedOptions seed;
        seed.tokens = 5;
        QVERIFY2(m_fake->start({}, seed), qPrintable(m_fake->errorString()));
        // The window's own token: it may manage tokens, and reads settings.
        m_desk = m_fake->addToken(QStringLiteral("tokendesk"), QStringLiteral("carol"),
                                  {QStringLiteral("ClusterTokenManagement"), QStringLiteral("settings.read")});
        ConnectionProfile profile;
        profile.name = QStringLiteral("prod");
        profile.url = m_fake->baseUrl();
        QSettings settings;
        ProfileStore(&settings).save(profile);
        m_keyring = new TestKeyring;
        m_keyring->secrets.insert(QStringLiteral("prod"), m_desk.secret);
        MainWindow::Options options;
        options.profile = QStringLiteral("prod");
        options.keyring = m_keyring;
        m_window = std::make_unique<MainWindow>(options);
        QSignalSpy loaded(m_window.get(), &MainWindow::listLoaded);
        m_window->show();
        m_window->start();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(m_window->session()->connection().apiToken, m_desk.secret);
    }

    void cleanup()
    {
        m_window.reset();
        m_fake.reset();
    }

    // Selects the token in use and opens the Rotate dialog with the window's shortcut.
    RotateDialog *openRotate()
    {
        TokenOperations *ops = WindowParts::operations(*m_window);
        if (ops->selfId() != m_desk.id || ops->selectToken(m_desk.id) != QString())
            return nullptr;
        if (!QTest::qWaitFor([ops] { return ops->rotateAction()->isEnabled(); }, 10000))
            return nullptr;
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
        return ops->rotateDialog();
    }

    void tokenInUse_shouldSwitchToTheSuccessorThenRevokeTheOldOneThroughIt()
    {
        RotateDialog *dialog = openRotate();
        QVERIFY(dialog);
        QVERIFY(dialog->isTokenInUse());
        QVERIFY(dialog->rotateButton()->isEnabled());
        const QByteArray oldAuth = "Api-Token " + m_desk.secret.toUtf8();
        QTest::mouseClick(dialog->rotateButton(), Qt::LeftButton);

        TokenOperations *ops = WindowParts::operations(*m_window);
        QTRY_VERIFY_WITH_TIMEOUT(ops->secretDialog(), 10000);
        const QString successor = ops->secretDialog()->secretLineEdit()->text();
        const auto info = m_fake->tokenInfo(successor);
        QVERIFY(info);
        QTRY_VERIFY_WITH_TIMEOUT(m_fake->tokenInfo(m_desk.id)->revoked, 10000);

        // The successor has the same scopes, and was created through the old token.
        QCOMPARE(info->scopes, m_fake->tokenInfo(m_desk.id)->scopes);
        QCOMPARE(m_fake->lastRequestHeader(Endpoint::Create, "Authorization"), oldAuth);
        // It replaced the old secret in the keyring, the connection uses it, and the revoke went through it.
        QCOMPARE(m_keyring->secrets.value(QStringLiteral("prod")), successor);
        QCOMPARE(m_window->session()->connection().apiToken, successor);
        QCOMPARE(m_fake->requestCount(Endpoint::Update), 1);
        QCOMPARE(m_fake->lastRequestHeader(Endpoint::Update, "Authorization"), "Api-Token " + successor.toUtf8());
        QCOMPARE(m_fake->requestCount(Endpoint::Delete), 0);
        QVERIFY(!m_fake->tokenInfo(successor)->revoked);
        QTRY_COMPARE(ops->selfId(), info->id);

        // The old token's deletion is scheduled for the profile.
        QSettings settings;
        const QList<PendingDeletion> scheduled = PendingDeletions(&settings, QStringLiteral("prod")).all();
        QTRY_COMPARE(PendingDeletions(&settings, QStringLiteral("prod")).all().size(), 1);
        QCOMPARE(PendingDeletions(&settings, QStringLiteral("prod")).all().first().id, m_desk.id);
        QTRY_VERIFY(WindowParts::banner(*m_window)->text().contains(QStringLiteral("Pending deletions")));

        ops->secretDialog()->storedCheckBox()->setChecked(true);
        QTest::mouseClick(ops->secretDialog()->closeButton(), Qt::LeftButton);
    }

    void tokenInUse_aRefusingKeyringShouldRevokeNothing()
    {
        m_keyring->refuseWrites = true;
        RotateDialog *dialog = openRotate();
        QVERIFY(dialog);
        QTest::mouseClick(dialog->rotateButton(), Qt::LeftButton);
        TokenOperations *ops = WindowParts::operations(*m_window);
        QTRY_VERIFY_WITH_TIMEOUT(ops->secretDialog(), 10000);
        const QString successor = ops->secretDialog()->secretLineEdit()->text();
        QVERIFY(m_fake->tokenInfo(successor));
        QTRY_COMPARE_WITH_TIMEOUT(m_keyring->writes, 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(WindowParts::banner(*m_window)->text().contains(QStringLiteral("Access denied")),
                                 10000);

        // Both tokens active; the connection and the keyring keep the old secret; nothing scheduled.
        const QString text = WindowParts::banner(*m_window)->text();
        QVERIFY2(text.contains(QStringLiteral("still active")), qPrintable(text));
        QVERIFY(!m_fake->tokenInfo(m_desk.id)->revoked);
        QVERIFY(!m_fake->tokenInfo(successor)->revoked);
        QCOMPARE(m_fake->requestCount(Endpoint::Update), 0);
        QCOMPARE(m_fake->requestCount(Endpoint::Delete), 0);
        QCOMPARE(m_window->session()->connection().apiToken, m_desk.secret);
        QCOMPARE(m_keyring->secrets.value(QStringLiteral("prod")), m_desk.secret);
        QSettings settings;
        QVERIFY(PendingDeletions(&settings, QStringLiteral("prod")).all().isEmpty());
        QVERIFY(!text.contains(successor));

        ops->secretDialog()->storedCheckBox()->setChecked(true);
        QTest::mouseClick(ops->secretDialog()->closeButton(), Qt::LeftButton);
    }

    // A pasted secret that turns out to be the connection's own token: Revoke and Delete stay
    // refused (a token cannot change itself), but Rotate is offered, as in the table.
    void lookup_ofTheTokenInUseShouldOfferRotateButNotRevoke()
    {
        TokenOperations *ops = WindowParts::operations(*m_window);
        QTRY_COMPARE_WITH_TIMEOUT(ops->selfId(), m_desk.id, 10000);
        ops->lookup();
        LookupDialog *lookup = ops->lookupDialog();
        QVERIFY(lookup);
        lookup->secretLineEdit()->setText(m_desk.secret);
        QTest::keyClick(lookup->secretLineEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(lookup->metadata().has_value(), 10000);
        QVERIFY(lookup->rotateButton()->isVisible());
        QVERIFY(!lookup->revokeButton()->isEnabled());
        QVERIFY(lookup->rotateButton()->isEnabled());
        QTest::mouseClick(lookup->rotateButton(), Qt::LeftButton);
        QTRY_VERIFY(ops->rotateDialog());
        QVERIFY(ops->rotateDialog()->isTokenInUse());
        ops->rotateDialog()->reject();
        QCOMPARE(m_fake->requestCount(Endpoint::Create), 0);
        lookup->reject();
    }

    void tokenInUse_withoutTokenManagementShouldNotBeRotated()
    {
        RotateDialog dialog(QStringLiteral("dt0c01.ABCDEFGHIJKLMNOPQRSTUVWX"), QStringLiteral("reader"),
                            {QStringLiteral("settings.read")});
        QVERIFY(dialog.rotateButton()->isEnabled());
        dialog.setTokenInUse(true);
        QVERIFY(!dialog.rotateButton()->isEnabled());
        QVERIFY(dialog.rotateButton()->toolTip().contains(QStringLiteral("ClusterTokenManagement")));
    }

private:
    QTemporaryDir m_config;
    std::unique_ptr<Fake::FakeCluster> m_fake;
    std::unique_ptr<MainWindow> m_window;
    TestKeyring *m_keyring = nullptr;
    Fake::SeededToken m_desk;
};

QTEST_MAIN(TestRotateTokenInUse)
#include "tst_rotatetokeninuse.moc"
