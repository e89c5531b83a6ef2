// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "keychainsecretstore.h"

#include <qt6keychain/keychain.h>

#include <QPointer>

namespace TokenDesk {

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : SecretStore(parent)
{}

QString KeychainSecretStore::serviceName()
{
    return QStringLiteral("TokenDesk");
}

QString KeychainSecretStore::description() const
{
    return tr("stored in the system keyring");
}

void KeychainSecretStore::noteAnswer(int error, const QString &errorString)
{
    // QtKeychain says "Unknown error" (OtherError) when no Secret Service or KWallet answers on the
    // session bus; any answer other than success or "no such entry" means nothing can be kept there.
    if (error == QKeychain::NoError || error == QKeychain::EntryNotFound)
        m_unavailableReason.clear();
    else
        m_unavailableReason = errorString.isEmpty() ? tr("the keyring gave no reason") : errorString;
}

void KeychainSecretStore::read(const QString &key, QObject *context, ReadCallback done)
{
    auto *job = new QKeychain::ReadPasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setKey(key);
    const QPointer<KeychainSecretStore> self(this);
    QObject::connect(job, &QKeychain::Job::finished, context, [self, job, done = std::move(done)] {
        if (self)
            self->noteAnswer(job->error(), job->errorString());
        if (job->error() == QKeychain::NoError)
            done(true, job->textData(), QString());
        else
            done(false, QString(), job->errorString());
    });
    job->start();
}

void KeychainSecretStore::write(const QString &key, const QString &secret, QObject *context, WriteCallback done)
{
    auto *job = new QKeychain::WritePasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setKey(key);
    job->setTextData(secret);
    const QPointer<KeychainSecretStore> self(this);
    QObject::connect(job, &QKeychain::Job::finished, context, [self, job, done = std::move(done)] {
        if (self)
            self->noteAnswer(job->error(), job->errorString());
        done(job->error() == QKeychain::NoError, job->error() == QKeychain::NoError ? QString() : job->errorString());
    });
    job->start();
}

void KeychainSecretStore::remove(const QString &key, QObject *context, WriteCallback done)
{
    auto *job = new QKeychain::DeletePasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, context, [job, done = std::move(done)] {
        const bool ok = job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound;
        done(ok, ok ? QString() : job->errorString());
    });
    job->start();
}

} // namespace TokenDesk
