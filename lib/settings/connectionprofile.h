// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Connection profiles: where a cluster is and how to trust it. Stored in QSettings by ProfileStore;
// the API token itself is never part of a profile (it lives in a SecretStore).
#pragma once

#include "api/connectionsettings.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

class QSettings;

namespace TokenDesk {

struct ConnectionProfile
{
    QString name;
    QString url;             // as the user typed it; normalised when connecting
    QString caFile;          // optional PEM file
    QByteArray pinnedSha256; // hex SHA-256 of a certificate the user chose to trust; empty = none
    int timeoutMs = ConnectionSettings::DefaultTimeoutMs; // 0 or less: the default
    // The user's explicit choice to send the API token over plain http to a host other than this
    // computer (Transport::cleartextVerdict). Off unless ticked.
    bool allowInsecureHttp = false;
    // Where the stored API token was entered for (Transport::destinationOf: scheme://host:port).
    // The token is sent only there: after the address moves to another destination it must be
    // typed anew. Empty in profiles saved before this was recorded: then the profile's own address.
    QString tokenDestination;

    bool isValid() const { return !name.trimmed().isEmpty() && !url.trimmed().isEmpty(); }
    // The destination the stored token belongs to (tokenDestination, or the address for old profiles).
    QString storedTokenDestination() const;
    // Whether the stored token may be sent to the profile's current address.
    bool storedTokenMatchesAddress() const;
    // The settings to talk to this profile's cluster with `secret`: the one place where a profile
    // becomes a connection, for the main window, the Connections dialog's test and the CLI. The
    // address is normalised (TokensService::normalizeBaseUrl); when it is not usable, baseUrl is
    // invalid and *error says why. A timeout of 0 or less means the default.
    ConnectionSettings connectionSettings(const QString &secret, QString *error = nullptr) const;
    friend bool operator==(const ConnectionProfile &a, const ConnectionProfile &b)
    {
        return a.name == b.name && a.url == b.url && a.caFile == b.caFile && a.pinnedSha256 == b.pinnedSha256 &&
               a.timeoutMs == b.timeoutMs && a.allowInsecureHttp == b.allowInsecureHttp &&
               a.tokenDestination == b.tokenDestination;
    }
};

// Reads and writes profiles in a QSettings group "profiles". Never stores a secret.
class ProfileStore final
{
public:
    explicit ProfileStore(QSettings *settings);

    QList<ConnectionProfile> profiles() const;
    std::optional<ConnectionProfile> profile(const QString &name) const;
    void save(const ConnectionProfile &profile); // insert or replace by name
    void remove(const QString &name);
    QString lastUsed() const;
    void setLastUsed(const QString &name);

private:
    void writeAll(const QList<ConnectionProfile> &all);
    QSettings *m_settings;
};

} // namespace TokenDesk
