// Connection profiles: where a cluster is and how to trust it. Stored in QSettings by ProfileStore;
// the API token itself is never part of a profile (it lives in a SecretStore).
#pragma once

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
    int timeoutMs = 30000;

    bool isValid() const { return !name.trimmed().isEmpty() && !url.trimmed().isEmpty(); }
    friend bool operator==(const ConnectionProfile &a, const ConnectionProfile &b)
    {
        return a.name == b.name && a.url == b.url && a.caFile == b.caFile && a.pinnedSha256 == b.pinnedSha256 &&
               a.timeoutMs == b.timeoutMs;
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
