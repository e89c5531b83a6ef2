// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Where a profile's API token is kept: the keyring, or (without one) the session-only store. A token
// typed anew must win over an older session-only copy, whichever store takes it.
#include "settings/secretstore.h"

#include <QHash>
#include <QMetaObject>
#include <QTest>

using namespace TokenDesk;

namespace {

// A keyring that can be switched off (as when the Secret Service is not running) and back on.
class SwitchableKeyring final : public SecretStore
{
public:
    bool available = false;

    void read(const QString &key, QObject *context, ReadCallback done) override
    {
        const bool found = available && m_secrets.contains(key);
        const QString secret = found ? m_secrets.value(key) : QString();
        const QString why = available ? QStringLiteral("not found") : QStringLiteral("no keyring");
        QMetaObject::invokeMethod(
            context, [done, found, secret, why] { done(found, secret, found ? QString() : why); },
            Qt::QueuedConnection);
    }
    void write(const QString &key, const QString &secret, QObject *context, WriteCallback done) override
    {
        if (available)
            m_secrets.insert(key, secret);
        const bool ok = available;
        QMetaObject::invokeMethod(
            context, [done, ok] { done(ok, ok ? QString() : QStringLiteral("no keyring")); }, Qt::QueuedConnection);
    }
    void remove(const QString &key, QObject *context, WriteCallback done) override
    {
        m_secrets.remove(key);
        QMetaObject::invokeMethod(
            context, [done] { done(true, QString()); }, Qt::QueuedConnection);
    }
    bool isPersistent() const override { return true; }
    QString description() const override { return QStringLiteral("test keyring"); }

private:
    QHash<QString, QString> m_secrets;
};

} // namespace

class TstSecretStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void typedToken_winsOverAnOlderSessionCopy_data();
    void typedToken_winsOverAnOlderSessionCopy();

private:
    bool store(SecretStore *keyring, SecretStore *session, const QString &secret, bool *persisted);
    QString read(SecretStore *keyring, SecretStore *session, bool *found = nullptr);
};

bool TstSecretStore::store(SecretStore *keyring, SecretStore *session, const QString &secret, bool *persisted)
{
    bool done = false;
    SecretStore::storeTypedToken(keyring, session, QStringLiteral("prod"), secret, this,
                                 [&done, persisted](bool ok, const QString &) {
                                     *persisted = ok;
                                     done = true;
                                 });
    return QTest::qWaitFor([&done] { return done; }, 5000);
}

QString TstSecretStore::read(SecretStore *keyring, SecretStore *session, bool *found)
{
    bool done = false;
    QString result;
    SecretStore::readToken(keyring, session, QStringLiteral("prod"), this,
                           [&done, &result, found](bool ok, const QString &secret, const QString &) {
                               if (found)
                                   *found = ok;
                               result = secret;
                               done = true;
                           });
    if (!QTest::qWaitFor([&done] { return done; }, 5000))
        return QStringLiteral("<no answer>");
    return result;
}

void TstSecretStore::typedToken_winsOverAnOlderSessionCopy_data()
{
    QTest::addColumn<bool>("keyringBack");
    QTest::newRow("the keyring is back: the new token goes there") << true;
    QTest::newRow("still no keyring: the new token replaces the session copy") << false;
}

void TstSecretStore::typedToken_winsOverAnOlderSessionCopy()
{
    QFETCH(bool, keyringBack);
    SwitchableKeyring keyring;
    MemorySecretStore session;
    // Given a token typed while no keyring was available: kept for this session only
    bool persisted = true;
    QVERIFY(store(&keyring, &session, QStringLiteral("old token"), &persisted));
    QVERIFY(!persisted);
    QCOMPARE(read(&keyring, &session), QStringLiteral("old token"));

    // When a new token is typed for the same profile
    keyring.available = keyringBack;
    QVERIFY(store(&keyring, &session, QStringLiteral("new token"), &persisted));
    QCOMPARE(persisted, keyringBack);

    // Then the profile's token is the new one, and no session copy of the old one is left
    QCOMPARE(read(&keyring, &session), QStringLiteral("new token"));
    bool inSession = false;
    const QString sessionCopy = read(nullptr, &session, &inSession);
    if (keyringBack)
        QVERIFY(!inSession);
    else
        QCOMPARE(sessionCopy, QStringLiteral("new token"));
}

QTEST_GUILESS_MAIN(TstSecretStore)
#include "tst_secretstore.moc"
