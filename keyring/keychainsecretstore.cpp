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

void KeychainSecretStore::read(const QString &key, QObject *context, ReadCallback done)
{
    auto *job = new QKeychain::ReadPasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, context, [job, done = std::move(done)] {
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
    QObject::connect(job, &QKeychain::Job::finished, context, [job, done = std::move(done)] {
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
