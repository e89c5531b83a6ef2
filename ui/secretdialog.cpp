// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "secretdialog.h"

#include "dialogstyle.h"
#include "secretclipboard.h"
#include "ui_secretdialog.h"

#include <QCloseEvent>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QMessageBox>
#include <QPushButton>

namespace TokenDesk {

SecretDialog::SecretDialog(QString secret, const QString &name, const QString &id, SecretClipboard *clipboard,
                           QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SecretDialog>())
    , m_secret(std::move(secret))
    , m_clipboard(clipboard)
{
    m_ui->setupUi(this);
    QFont big = m_ui->warningLabel->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.35);
    m_ui->warningLabel->setFont(big);
    m_ui->warningLabel->setStyleSheet(DialogStyle::warningStyleSheet(this));
    m_ui->nameLabel->setText(name);
    m_ui->idLabel->setText(id);
    m_ui->idLabel->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    QLineEdit *field = m_ui->secretLineEdit;
    field->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    field->setAccessibleName(tr("New token secret"));
    field->setAttribute(Qt::WA_InputMethodEnabled, false);
    field->setDragEnabled(false);
    field->setContextMenuPolicy(Qt::NoContextMenu);
    // The secret leaves the field only through Copy (SecretClipboard: hints, countdown, never the
    // primary selection). Ctrl+C and Ctrl+X in the field are Copy; no selection can form, so
    // there is nothing for a mouse selection to put in the X11 primary selection, and no plain
    // copy of selected text.
    field->installEventFilter(this);
    connect(field, &QLineEdit::selectionChanged, field, [field] {
        if (field->hasSelectedText())
            field->deselect();
    });
    field->setText(m_secret);
    field->setMinimumWidth(field->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 40);

    m_ui->clipboardLabel->setVisible(false);
    closeButton()->setEnabled(false);
    closeButton()->setToolTip(tr("Tick “I have stored this token” first"));
    m_ui->copyButton->setEnabled(m_clipboard != nullptr);
    m_ui->copyButton->setToolTip(tr("Copy the secret; the clipboard is cleared after a while and skipped by "
                                    "clipboard history"));

    connect(m_ui->showButton, &QPushButton::toggled, this, [this](bool on) {
        m_ui->secretLineEdit->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
        m_ui->showButton->setText(on ? tr("&Hide") : tr("&Show"));
    });
    connect(m_ui->copyButton, &QPushButton::clicked, this, &SecretDialog::copySecret);
    if (m_clipboard)
        connect(m_clipboard, &SecretClipboard::countdownChanged, this, &SecretDialog::updateClipboardLabel);
    connect(m_ui->storedCheckBox, &QCheckBox::toggled, this, [this](bool on) {
        closeButton()->setEnabled(on);
        closeButton()->setToolTip(on ? QString() : tr("Tick “I have stored this token” first"));
        if (on && m_question)
            m_question->close();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SecretDialog::reject);
    m_ui->copyButton->setFocus();
}

SecretDialog::~SecretDialog()
{
    wipe();
}

bool SecretDialog::isStored() const
{
    return m_ui->storedCheckBox->isChecked();
}

bool SecretDialog::isSecretRevealed() const
{
    return m_ui->secretLineEdit->echoMode() == QLineEdit::Normal;
}

QLineEdit *SecretDialog::secretLineEdit() const
{
    return m_ui->secretLineEdit;
}

QPushButton *SecretDialog::showButton() const
{
    return m_ui->showButton;
}

QPushButton *SecretDialog::copyButton() const
{
    return m_ui->copyButton;
}

QCheckBox *SecretDialog::storedCheckBox() const
{
    return m_ui->storedCheckBox;
}

QPushButton *SecretDialog::closeButton() const
{
    return m_ui->buttonBox->button(QDialogButtonBox::Close);
}

void SecretDialog::copySecret()
{
    if (!m_clipboard || m_secret.isEmpty())
        return;
    m_copied = true;
    m_clipboard->copySecret(m_secret);
    updateClipboardLabel(m_clipboard->secondsLeft());
}

bool SecretDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->secretLineEdit &&
        (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Copy) || key->matches(QKeySequence::Cut)) {
            // Claimed here, so that neither the field nor a window shortcut handles it.
            event->accept();
            if (event->type() == QEvent::KeyPress)
                copySecret();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void SecretDialog::updateClipboardLabel(int secondsLeft)
{
    if (!m_copied)
        return;
    m_ui->clipboardLabel->setVisible(true);
    if (secondsLeft > 0)
        m_ui->clipboardLabel->setText(tr("Copied. The clipboard clears in %n s.", nullptr, secondsLeft));
    else if (m_clipboard && m_clipboard->clearAfterSeconds() == 0)
        m_ui->clipboardLabel->setText(tr("Copied."));
    else
        m_ui->clipboardLabel->setText(tr("The clipboard no longer holds the secret."));
}

void SecretDialog::reject()
{
    if (!isStored() && !m_closing) {
        askCloseWithoutStoring();
        return;
    }
    QDialog::reject();
}

void SecretDialog::closeEvent(QCloseEvent *event)
{
    if (!isStored() && !m_closing) {
        event->ignore();
        askCloseWithoutStoring();
        return;
    }
    QDialog::closeEvent(event);
}

void SecretDialog::askCloseWithoutStoring()
{
    if (m_question) {
        m_question->raise();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Close without storing?"),
                                tr("The secret cannot be shown again. If you have not stored it, the token is "
                                   "useless and has to be deleted and created anew.\n\nClose without storing it?"),
                                QMessageBox::NoButton, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("closeWithoutStoringBox"));
    auto *keep = box->addButton(tr("Keep it open"), QMessageBox::RejectRole);
    auto *discard = box->addButton(tr("Close without storing"), QMessageBox::DestructiveRole);
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    connect(box, &QMessageBox::buttonClicked, this, [this, discard](QAbstractButton *button) {
        if (button != static_cast<QAbstractButton *>(discard))
            return;
        m_closing = true;
        QDialog::reject();
    });
    m_question = box;
    box->open();
}

void SecretDialog::done(int result)
{
    if (!isStored() && !m_closing && result != QDialog::Accepted) {
        // Only reject() and the question may close an unconfirmed dialog.
        askCloseWithoutStoring();
        return;
    }
    wipe();
    QDialog::done(result);
}

void SecretDialog::wipe()
{
    // Overwrite the characters we own, then drop the string and the field's copy.
    if (!m_secret.isEmpty()) {
        m_secret.fill(QLatin1Char('\0'));
        m_secret.clear();
        m_secret.squeeze();
    }
    m_ui->secretLineEdit->setEchoMode(QLineEdit::Password);
    m_ui->secretLineEdit->setText(QString());
    m_ui->copyButton->setEnabled(false);
    m_ui->showButton->setEnabled(false);
}

} // namespace TokenDesk
