// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "settings/secretstore.h"

namespace TokenDesk {

// SecretStore over the OS keyring (QtKeychain). Each profile's token is one entry of the service
// "TokenDesk". A failed write reports the keyring's reason; the caller then falls back to
// MemorySecretStore and tells the user (a secret is never written in plain text instead).
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(QObject *parent = nullptr);

    void read(const QString &key, QObject *context, ReadCallback done) override;
    void write(const QString &key, const QString &secret, QObject *context, WriteCallback done) override;
    void remove(const QString &key, QObject *context, WriteCallback done) override;
    bool isPersistent() const override { return true; }
    QString description() const override;
    QString unavailableReason() const override { return m_unavailableReason; }

    static QString serviceName();

private:
    // Remembers whether the keyring answered; `error` is a QKeychain::Error.
    void noteAnswer(int error, const QString &errorString);

    QString m_unavailableReason;
};

} // namespace TokenDesk
