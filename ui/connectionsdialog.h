// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Connection profiles: name, cluster URL, API token (kept in the system keyring, never in a file),
// optional CA file; Test connection. The dialog does no I/O: it asks through signals and is told
// the result (setTestResult).
#pragma once

#include "settings/connectionprofile.h"

#include <QDialog>
#include <QHash>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace TokenDesk {

class ConnectionsDialog final : public QDialog
{
    Q_OBJECT
public:
    // Where a saved profile's API token is, as the window knows it: the field's placeholder says so
    // and never claims "Stored" for a token that only this session holds, or that nothing holds.
    enum class StoredToken { Kept, SessionOnly, Missing };

    explicit ConnectionsDialog(QWidget *parent = nullptr);

    void setProfiles(const QList<ConnectionProfile> &profiles, const QString &current);
    // A line under the token field: where tokens are kept (keyring or this session only).
    void setSecretStorageNote(const QString &note, bool warning);
    // Profiles not named here keep their token in the keyring (Kept).
    void setStoredToken(const QString &profileName, StoredToken where);
    void setTestResult(bool ok, const QString &message);

    // The profile being edited, from the form.
    ConnectionProfile editedProfile() const;
    // The token typed into the form; nullopt = keep the stored one.
    std::optional<QString> typedSecret() const;

    // Validates the form; returns an empty string when it is fine.
    QString validationError() const;

Q_SIGNALS:
    void testRequested(const TokenDesk::ConnectionProfile &profile, const std::optional<QString> &secret);
    // Save the profile (and the token, when typed), then connect to it.
    void connectRequested(const TokenDesk::ConnectionProfile &profile, const std::optional<QString> &secret);
    void removeRequested(const QString &name);

private:
    void loadSelected();
    void updateButtons();
    void clearSecretField();
    void onUrlEdited();
    // The profile selected in the list, if any.
    const ConnectionProfile *selectedProfile() const;
    // The stored token may be kept: a profile is selected, keeps its name, and its address still
    // points to the destination the token was stored for.
    bool storedTokenUsable() const;
    StoredToken storedTokenOf(const QString &profileName) const;
    // The token field's placeholder while the stored token may be kept.
    QString storedTokenPlaceholder() const;

    QList<ConnectionProfile> m_profiles;
    QHash<QString, StoredToken> m_storedTokens;
    QListWidget *m_list;
    QLineEdit *m_name;
    QLineEdit *m_url;
    QLineEdit *m_token;
    QLineEdit *m_caFile;
    QCheckBox *m_allowInsecureHttp;
    QLabel *m_insecureNote;
    QString m_urlDestination; // of the address as last edited (Transport::destinationOf)
    QLabel *m_secretNote;
    QLabel *m_testResult;
    QLabel *m_error;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_test;
    QPushButton *m_connect;
};

} // namespace TokenDesk
