// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "secretclipboard.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QMimeData>

namespace TokenDesk {

namespace {
QByteArray hashOf(const QString &text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}
} // namespace

SecretClipboard::SecretClipboard(QClipboard *clipboard, QObject *parent)
    : QObject(parent)
    , m_clipboard(clipboard)
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &SecretClipboard::tick);
    if (auto *app = qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        connect(app, &QGuiApplication::aboutToQuit, this, &SecretClipboard::clearIfOurs);
}

SecretClipboard::~SecretClipboard()
{
    clearIfOurs();
}

void SecretClipboard::setClearAfterSeconds(int seconds)
{
    m_clearAfter = qMax(0, seconds);
}

QMimeData *SecretClipboard::secretMimeData(const QString &secret)
{
    auto *mime = new QMimeData;
    mime->setText(secret);
    // KDE Klipper and most Linux clipboard managers.
    mime->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    // macOS: NSPasteboard's concealed type.
    mime->setData(QStringLiteral("application/x-nspasteboard-concealed-type"), secret.toUtf8());
    // Windows: clipboard history and cloud clipboard (DWORD 0 = not allowed).
    mime->setData(QStringLiteral("ExcludeClipboardContentFromMonitorProcessing"), QByteArrayLiteral("1"));
    const QByteArray dwordZero(4, '\0');
    mime->setData(QStringLiteral("CanIncludeInClipboardHistory"), dwordZero);
    mime->setData(QStringLiteral("CanUploadToCloudClipboard"), dwordZero);
    return mime;
}

void SecretClipboard::copySecret(const QString &secret)
{
    m_clipboard->setMimeData(secretMimeData(secret), QClipboard::Clipboard);
    m_hash = hashOf(secret);
    // Never the X11 primary selection: anything that selects text replaces it, a middle click
    // anywhere pastes it, and clipboard managers record it without honouring the hints. If it
    // holds the secret from elsewhere, it goes now.
    clearSelectionIfOurs();
    if (m_clearAfter > 0) {
        m_secondsLeft = m_clearAfter;
        m_timer.start();
        Q_EMIT countdownChanged(m_secondsLeft);
    }
}

void SecretClipboard::copyText(const QString &text)
{
    m_clipboard->setText(text, QClipboard::Clipboard);
}

bool SecretClipboard::holdsOurs() const
{
    return !m_hash.isEmpty() && hashOf(m_clipboard->text(QClipboard::Clipboard)) == m_hash;
}

void SecretClipboard::clearSelectionIfOurs()
{
    if (!m_hash.isEmpty() && m_clipboard->supportsSelection() &&
        hashOf(m_clipboard->text(QClipboard::Selection)) == m_hash)
        m_clipboard->clear(QClipboard::Selection);
}

void SecretClipboard::clearIfOurs()
{
    m_timer.stop();
    const bool had = m_secondsLeft > 0 || !m_hash.isEmpty();
    clearSelectionIfOurs();
    if (holdsOurs()) {
        m_clipboard->clear(QClipboard::Clipboard);
        Q_EMIT cleared();
    }
    m_hash.clear();
    m_secondsLeft = 0;
    if (had)
        Q_EMIT countdownChanged(0);
}

void SecretClipboard::tick()
{
    if (!holdsOurs()) {
        // The user copied something else: leave it alone and stop counting.
        clearSelectionIfOurs();
        m_timer.stop();
        m_hash.clear();
        m_secondsLeft = 0;
        Q_EMIT countdownChanged(0);
        return;
    }
    --m_secondsLeft;
    if (m_secondsLeft <= 0) {
        clearIfOurs();
        return;
    }
    Q_EMIT countdownChanged(m_secondsLeft);
}

} // namespace TokenDesk
