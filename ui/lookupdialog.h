// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// "Look up by secret": a password field that accepts a paste and recognises the secret's format
// (a token secret in either format of api/tokenformat.h), [Look up], the token's metadata and what to do
// with a leaked secret's token at once: "Show in table", "Revoke…", "Rotate…" and "Delete…" (the
// controller asks the same confirmations as for the table's actions).
// The field keeps no history: no completer, no undo (cleared with setText), no drag, no input
// method; it is emptied after a successful lookup and when the dialog closes. No I/O: Look up
// emits lookupRequested(secret); the controller answers with showMetadata() or showError(); the
// buttons emit revokeRequested(), deleteRequested() and showInTableRequested() with the token's id.
// "In all profiles" is the explicit choice to ask every saved profile's cluster instead
// (allProfilesLookupRequested); the controller answers with showProfileResults() as the clusters
// answer, and a found row offers "Switch to this profile" (switchProfileRequested), after which the
// token is shown as a single lookup shows it, with its actions on that cluster.
#pragma once

#include "api/tokentypes.h"
#include "session/profilelookup.h"

#include <QDialog>

#include <memory>

class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace Ui {
class LookupDialog;
}

namespace TokenDesk {

struct ApiError;

class LookupDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Format { Empty, NewFormat, OldFormat, IdentifierOnly, Unrecognised };

    explicit LookupDialog(QWidget *parent = nullptr);
    ~LookupDialog() override;

    // What the text looks like (after trimming and an optional "Api-Token " prefix).
    static Format recognise(const QString &text);
    // The secret as it will be sent: trimmed, without an "Api-Token " prefix.
    static QString normalised(const QString &text);
    Format format() const;

    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }
    // nowMs: for relative dates.
    void showMetadata(const TokenMetadata &metadata, qint64 nowMs);
    void showError(const ApiError &error);
    // The answers of an all-profiles lookup so far (Pending rows: still asking); `finished` once every
    // profile answered: the secret is cleared then, as after a single lookup.
    void showProfileResults(const QList<ProfileLookup::Result> &results, bool finished, qint64 nowMs);
    // The profile the window is connected to (its row says so; switching to it only shows the token).
    void setCurrentProfile(const QString &name);
    QTreeWidget *profilesTree() const;
    // The selected row of the all-profiles results in words (a reason in full); empty when none.
    QString profileDetailText() const;
    QPushButton *allProfilesButton() const;
    QPushButton *switchProfileButton() const;
    // The connection changed while a lookup was out: its answer will never come. Not busy any more,
    // the field emptied (as after every answer), and the user asked to look up again. A result on
    // show is taken away too: its Revoke and Delete would reach the other cluster.
    void connectionChanged();
    // The controller's answer to "Show in table". offerReload shows "Clear and reload" (the token is
    // not in the loaded list because of the server-side filters or the limit).
    void setTableStatus(const QString &text, bool offerReload = false);
    QString tableStatus() const;
    // Whether Revoke and Delete may be offered for the shown token; when not, `reason` says why
    // (shown beside the buttons and as their tooltip).
    void setActionsAllowed(bool allowed, const QString &reason = QString());
    // Whether Rotate may be offered; a separate rule because the token in use cannot revoke or
    // delete itself, yet can be rotated (the successor takes over the connection first).
    void setRotationAllowed(bool allowed, const QString &reason = QString());
    QString actionNote() const;
    // The shown token was revoked / deleted on the cluster (from here or elsewhere).
    void markRevoked();
    void markDeleted();
    bool isDeleted() const { return m_deleted; }
    // A revoke or delete started here failed: said in the dialog, where the user is looking.
    void showActionError(const QString &text);
    QString errorText() const;
    QString formatText() const;
    std::optional<TokenMetadata> metadata() const { return m_metadata; }

    QLineEdit *secretLineEdit() const;
    QPushButton *lookupButton() const;
    QPushButton *showInTableButton() const;
    QPushButton *revokeButton() const;
    QPushButton *rotateButton() const { return m_rotate; }
    QPushButton *deleteButton() const;
    QPushButton *reloadButton() const;

    // Empties the field (no undo history survives).
    void clearSecret();

Q_SIGNALS:
    void lookupRequested(const QString &secret);
    void showInTableRequested(const QString &id);
    void revokeRequested(const QString &id);
    // "Rotate…": a successor with the same scopes, then this token revoked (the Rotate dialog).
    void rotateRequested(const QString &id);
    void deleteRequested(const QString &id);
    // "Clear and reload": clear what keeps the token out of the loaded list, reload, show it.
    void reloadRequested(const QString &id);
    // "In all profiles": the secret looked up in every saved profile, each with its own API token.
    void allProfilesLookupRequested(const QString &secret);
    // "Switch to this profile" on a found row: connect to `profile` and show `token` there.
    void switchProfileRequested(const QString &profile, const TokenDesk::TokenMetadata &token);

public Q_SLOTS:
    void done(int result) override;

private:
    void updateFormat();
    void requestLookup();
    void requestAllProfiles();
    void updateSwitchButton();
    void updateActions();
    QString shownId() const;

    std::unique_ptr<Ui::LookupDialog> m_ui;
    std::optional<TokenMetadata> m_metadata;
    bool m_busy = false;
    bool m_actionsAllowed = true;
    bool m_deleted = false;
    QString m_actionsReason;
    bool m_rotationAllowed = true;
    QString m_rotationReason;
    QPushButton *m_rotate = nullptr;
    QList<ProfileLookup::Result> m_profileResults;
    QString m_currentProfile;
};

} // namespace TokenDesk
