// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Where API tokens of connection profiles are kept. The real store is the OS keyring (QtKeychain,
// in the tokendesk_keyring library); MemorySecretStore keeps them for this run only, which is the
// fallback when no keyring is available. Nothing here ever writes a secret to disk in plain text.
#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

namespace TokenDesk {

class SecretStore : public QObject
{
    Q_OBJECT
public:
    using ReadCallback = std::function<void(bool ok, const QString &secret, const QString &error)>;
    using WriteCallback = std::function<void(bool ok, const QString &error)>;

    using QObject::QObject;
    ~SecretStore() override = default;

    // Asynchronous; callbacks run on the caller's thread and are dropped if `context` dies.
    virtual void read(const QString &key, QObject *context, ReadCallback done) = 0;
    virtual void write(const QString &key, const QString &secret, QObject *context, WriteCallback done) = 0;
    virtual void remove(const QString &key, QObject *context, WriteCallback done) = 0;
    // False when secrets survive only this run (no keyring).
    virtual bool isPersistent() const = 0;
    virtual QString description() const = 0;
    // Why this store cannot keep secrets, as its last answer showed (the keyring's own error, e.g.
    // no Secret Service on the session bus); empty while it works or when it was never asked. An
    // entry that is merely missing is not such a reason.
    virtual QString unavailableReason() const { return QString(); }

    // A profile's token lives in `persistent` (the keyring) or, when that failed, in `session` for
    // this run only. Reading looks at the session copy first, then the persistent one.
    static void readToken(SecretStore *persistent, SecretStore *session, const QString &key, QObject *context,
                          ReadCallback done);
    // A token typed anew: any older session-only copy is dropped first (it would shadow the new
    // token when read), then it goes to `persistent`, or to `session` when that fails; `done` gets
    // whether it persisted and why not.
    static void storeTypedToken(SecretStore *persistent, SecretStore *session, const QString &key,
                                const QString &secret, QObject *context, WriteCallback done);
};

class MemorySecretStore final : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;

    void read(const QString &key, QObject *context, ReadCallback done) override;
    void write(const QString &key, const QString &secret, QObject *context, WriteCallback done) override;
    void remove(const QString &key, QObject *context, WriteCallback done) override;
    bool isPersistent() const override { return false; }
    QString description() const override;

private:
    QHash<QString, QString> m_secrets;
};

} // namespace TokenDesk
