// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Copies secrets like a password manager does (KeePassXC's Clipboard): with the hints clipboard
// managers honour so their history skips the value, cleared after a timeout only if the clipboard
// still holds it, and cleared on quit. Keeps a hash of the secret, never the secret itself.
// Never into the X11 primary selection (QClipboard::Selection): copying takes the secret out of
// it if it is there, and clearing does too.
#pragma once

#include <QByteArray>
#include <QObject>
#include <QTimer>

class QClipboard;
class QMimeData;

namespace TokenDesk {

class SecretClipboard final : public QObject
{
    Q_OBJECT
public:
    explicit SecretClipboard(QClipboard *clipboard, QObject *parent = nullptr);
    ~SecretClipboard() override;

    void setClearAfterSeconds(int seconds); // 0 = never clear automatically
    int clearAfterSeconds() const { return m_clearAfter; }
    // Copies a secret with the password-manager hints and starts the countdown.
    void copySecret(const QString &secret);
    // Copies non-secret text (ids) without hints or countdown.
    void copyText(const QString &text);
    // Clears now, if the clipboard still holds what we copied.
    void clearIfOurs();
    int secondsLeft() const { return m_secondsLeft; }

    static QMimeData *secretMimeData(const QString &secret);

Q_SIGNALS:
    // Each second while a countdown runs; 0 when cleared or abandoned.
    void countdownChanged(int secondsLeft);
    void cleared();

private:
    void tick();
    bool holdsOurs() const;
    void clearSelectionIfOurs();

    QClipboard *m_clipboard;
    QTimer m_timer;
    QByteArray m_hash;
    int m_clearAfter = 30;
    int m_secondsLeft = 0;
};

} // namespace TokenDesk
