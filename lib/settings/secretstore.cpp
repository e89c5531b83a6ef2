// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "secretstore.h"

#include <QMetaObject>
#include <QPointer>

namespace TokenDesk {

// Callbacks are delivered from the event loop, like the keyring's, so callers never see re-entrancy.
template<class F>
static void deliverLater(QObject *context, F &&f)
{
    QMetaObject::invokeMethod(context, std::forward<F>(f), Qt::QueuedConnection);
}

void MemorySecretStore::read(const QString &key, QObject *context, ReadCallback done)
{
    const auto it = m_secrets.constFind(key);
    const bool found = it != m_secrets.constEnd();
    const QString secret = found ? *it : QString();
    deliverLater(context, [done = std::move(done), found, secret] {
        done(found, secret, found ? QString() : QObject::tr("No token is stored for this profile in this session."));
    });
}

void MemorySecretStore::write(const QString &key, const QString &secret, QObject *context, WriteCallback done)
{
    m_secrets.insert(key, secret);
    deliverLater(context, [done = std::move(done)] { done(true, QString()); });
}

void MemorySecretStore::remove(const QString &key, QObject *context, WriteCallback done)
{
    m_secrets.remove(key);
    deliverLater(context, [done = std::move(done)] { done(true, QString()); });
}

void SecretStore::readToken(SecretStore *persistent, SecretStore *session, const QString &key, QObject *context,
                            ReadCallback done)
{
    const QPointer<SecretStore> keyring(persistent);
    session->read(key, context,
                  [keyring, key, context, done = std::move(done)](bool ok, const QString &secret, const QString &why) {
                      if (ok || !keyring)
                          return done(ok, secret, why);
                      keyring->read(key, context, done);
                  });
}

void SecretStore::storeTypedToken(SecretStore *persistent, SecretStore *session, const QString &key,
                                  const QString &secret, QObject *context, WriteCallback done)
{
    session->remove(key, context, [](bool, const QString &) {});
    const QPointer<SecretStore> fallback(session);
    persistent->write(key, secret, context,
                      [fallback, key, secret, context, done = std::move(done)](bool ok, const QString &why) {
                          if (!ok && fallback)
                              fallback->write(key, secret, context, [](bool, const QString &) {});
                          done(ok, why);
                      });
}

QString MemorySecretStore::description() const
{
    return tr("kept for this session only (no system keyring available)");
}

} // namespace TokenDesk
