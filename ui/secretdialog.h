// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// "Token created": the new secret, shown once. Masked by default with Show and Copy (through
// SecretClipboard: password-manager hints, cleared after the timeout, never the X11 primary
// selection), and an "I have stored this token" check that must be ticked before the dialog
// closes. Esc and the window's close button ask "close without storing?" instead. Copy is the only
// way out of the field: Ctrl+C there is Copy, the field can hold no selection (so no mouse
// selection reaches the primary selection), no context menu, no drag. The secret lives only
// here: the field and the string are wiped when the dialog closes, and it is never logged.
#pragma once

#include <QDialog>
#include <QMessageBox>
#include <QPointer>

#include <memory>

class QCheckBox;
class QLineEdit;
class QPushButton;

namespace Ui {
class SecretDialog;
}

namespace TokenDesk {

class SecretClipboard;

class SecretDialog final : public QDialog
{
    Q_OBJECT
public:
    // `secret` is moved in; the caller should not keep a copy.
    SecretDialog(QString secret, const QString &name, const QString &id, SecretClipboard *clipboard,
                 QWidget *parent = nullptr);
    ~SecretDialog() override;

    bool isStored() const;
    bool isSecretRevealed() const;
    bool hasSecret() const { return !m_secret.isEmpty(); }
    // The question shown when closing unchecked (nullptr when none is open).
    QMessageBox *pendingQuestion() const { return m_question; }

    QLineEdit *secretLineEdit() const;
    QPushButton *showButton() const;
    QPushButton *copyButton() const;
    QCheckBox *storedCheckBox() const;
    QPushButton *closeButton() const;

public Q_SLOTS:
    void done(int result) override;
    void reject() override;

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void askCloseWithoutStoring();
    void copySecret();
    void wipe();
    void updateClipboardLabel(int secondsLeft);

    std::unique_ptr<Ui::SecretDialog> m_ui;
    QString m_secret;
    QPointer<SecretClipboard> m_clipboard;
    QPointer<QMessageBox> m_question;
    bool m_copied = false;
    bool m_closing = false;
};

} // namespace TokenDesk
