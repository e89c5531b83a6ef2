// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// "Edit token": name, active/revoked, scopes. Shows the change ("+ settings.write − Nodekeeper")
// before Save and builds an UpdateTokenRequest with only the fields that changed; when the scopes
// changed it carries the full new set, because the API replaces the set. No I/O: Save emits
// submitted(), the controller sends it and closes the dialog or shows the error in words.
#pragma once

#include "api/tokentypes.h"

#include <QDialog>

#include <memory>

class QPushButton;

namespace Ui {
class EditTokenDialog;
}

namespace TokenDesk {

struct ApiError;
class ScopePicker;

class EditTokenDialog final : public QDialog
{
    Q_OBJECT
public:
    // `current` must carry the token's details (id, name, revoked, scopes). nowMs: for the expiry text.
    explicit EditTokenDialog(const TokenMetadata &current, qint64 nowMs, QWidget *parent = nullptr);
    ~EditTokenDialog() override;

    QString tokenId() const { return m_current.id.value_or(QString()); }
    // Only the changed fields; scopes (the full set) only if the set changed. Empty = no change.
    UpdateTokenRequest request() const;
    bool isValid() const;
    // "+ settings.write − Nodekeeper · renamed to “x” · revoked", or "No changes".
    QString summary() const;

    void setName(const QString &name);
    void setRevoked(bool revoked);

    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }
    // `changedTokenInUse`: the dialog's token is the one the connection uses (a 400 is then the
    // cluster refusing that, said in words).
    void showError(const ApiError &error, bool changedTokenInUse = false);
    void finishSubmission();

    QString nameError() const;
    QString scopesError() const;
    QString generalError() const;
    ScopePicker *scopePicker() const;
    QPushButton *saveButton() const;

    // The added and removed scopes between two sets, each in the order of the set it comes from.
    static QStringList addedScopes(const QStringList &before, const QStringList &after);
    static QStringList removedScopes(const QStringList &before, const QStringList &after);

Q_SIGNALS:
    void submitted(const QString &id, const TokenDesk::UpdateTokenRequest &request);

public Q_SLOTS:
    void accept() override;

private:
    void update();

    std::unique_ptr<Ui::EditTokenDialog> m_ui;
    TokenMetadata m_current;
    bool m_busy = false;
};

} // namespace TokenDesk
