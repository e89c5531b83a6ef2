// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// "Rotate token": proposes a successor of a token (same scopes, a name derived from the old one,
// an expiry chosen as in "New token") and says what will happen: the successor is created and its
// secret shown once, then the old token is revoked, not deleted, and its deletion is scheduled
// after a grace period (kept on this computer; TokenDesk deletes nothing by itself). The dialog
// only collects the choices: Rotate emits submitted(request()); the controller runs the rotation
// and either closes the dialog (finishSubmission, once the successor exists) or shows why nothing
// was changed (showError), with everything chosen kept.
#pragma once

#include "session/rotatejob.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace TokenDesk {

class RotateDialog final : public QDialog
{
    Q_OBJECT
public:
    RotateDialog(const QString &oldId, const QString &oldName, const QStringList &scopes, QWidget *parent = nullptr);
    ~RotateDialog() override;

    // The token is the one this connection authenticates with: the dialog says that its successor
    // replaces it in the profile's keyring entry and the connection, and refuses a successor
    // without ClusterTokenManagement (the new connection could not revoke the old token).
    void setTokenInUse(bool inUse);
    bool isTokenInUse() const { return m_tokenInUse; }

    RotateJob::Request request() const;
    bool isValid() const;

    // While the rotation is out: inputs read-only, Rotate disabled, "Rotating…".
    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }
    // The rotation failed before the successor existed: why, and the state in words.
    void showError(const QString &text);
    QString errorText() const;
    // The successor exists (its secret is shown elsewhere): closes with Accepted.
    void finishSubmission();

    QLineEdit *nameLineEdit() const { return m_name; }
    QComboBox *expiryComboBox() const { return m_expiry; }
    QSpinBox *deleteAfterSpinBox() const { return m_deleteAfter; }
    QPushButton *rotateButton() const { return m_rotate; }
    QString introText() const;

Q_SIGNALS:
    void submitted(const TokenDesk::RotateJob::Request &request);

public Q_SLOTS:
    void accept() override;
    // Ignored while the rotation is out: the answer may carry the successor's secret.
    void reject() override;

private:
    void validate();
    void updateExpiryWidgets();

    QString m_oldId;
    QStringList m_scopes;
    bool m_tokenInUse = false;
    bool m_busy = false;
    QLabel *m_intro;
    QLabel *m_inUseNote;
    QLineEdit *m_name;
    QComboBox *m_expiry;
    QSpinBox *m_customValue;
    QComboBox *m_customUnit;
    QLabel *m_expiryHint;
    QSpinBox *m_deleteAfter;
    QLabel *m_error;
    QPushButton *m_rotate;
};

} // namespace TokenDesk
