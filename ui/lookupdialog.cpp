// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "lookupdialog.h"

#include "api/apierror.h"
#include "api/tokenformat.h"
#include "api/tokensservice.h"
#include "dialogstyle.h"
#include "model/tokentablemodel.h"
#include "ui_lookupdialog.h"

#include <QDateTime>
#include <QFontDatabase>
#include <QLocale>
#include <QPushButton>

namespace TokenDesk {

LookupDialog::LookupDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LookupDialog>())
{
    m_ui->setupUi(this);
    m_ui->hintLabel->setText(tr("Paste a token secret (%1 or an old-format token). It is sent only to the cluster, "
                                "never stored, and cleared when this dialog closes.")
                                 .arg(TokenFormat::secretHint()));
    DialogStyle::makeErrorLabel(m_ui->errorLabel);
    QLineEdit *field = m_ui->secretLineEdit;
    field->setAccessibleName(tr("Token secret"));
    field->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    field->setAttribute(Qt::WA_InputMethodEnabled, false);
    field->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText |
                               Qt::ImhNoAutoUppercase);
    field->setDragEnabled(false);
    field->setAcceptDrops(false);
    field->setCompleter(nullptr);
    field->setMaxLength(512);
    m_ui->idLabel->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->metadataGroupBox->setVisible(false);
    m_ui->showInTableButton->setVisible(false);
    m_ui->revokeButton->setVisible(false);
    // Rotate sits beside Revoke: a leaked secret's token is best replaced, not only stopped.
    m_rotate = new QPushButton(tr("R&otate…"), this);
    m_rotate->setObjectName(QStringLiteral("rotateButton"));
    m_rotate->setAccessibleDescription(
        tr("Create a successor with the same scopes, show its secret once, then revoke this token"));
    m_ui->actionsLayout->insertWidget(m_ui->actionsLayout->indexOf(m_ui->revokeButton) + 1, m_rotate);
    m_rotate->setVisible(false);
    m_ui->deleteButton->setVisible(false);
    m_ui->reloadButton->setVisible(false);
    m_ui->actionNoteLabel->setVisible(false);
    m_ui->actionNoteLabel->setTextFormat(Qt::PlainText);
    m_ui->tableStatusLabel->setTextFormat(Qt::PlainText);
    m_ui->revokeButton->setAccessibleDescription(
        tr("Disable this token at once; anything using it stops working. It can be reactivated later."));
    m_ui->deleteButton->setAccessibleDescription(tr("Delete this token for good, after a confirmation"));
    m_ui->reloadButton->setAccessibleDescription(
        tr("Clear the list filters that leave this token out, load the list again and select it"));
    // Enter in the field looks up; it must not press an action of the previous result.
    for (QPushButton *b :
         {m_ui->showInTableButton, m_ui->revokeButton, m_rotate, m_ui->deleteButton, m_ui->reloadButton})
        b->setAutoDefault(false);
    m_ui->lookupButton->setDefault(true);
    m_ui->lookupButton->setAccessibleDescription(tr("Ask the cluster which token this secret belongs to"));

    connect(field, &QLineEdit::textChanged, this, &LookupDialog::updateFormat);
    connect(field, &QLineEdit::returnPressed, this, &LookupDialog::requestLookup);
    connect(m_ui->lookupButton, &QPushButton::clicked, this, &LookupDialog::requestLookup);
    connect(m_ui->showInTableButton, &QPushButton::clicked, this, [this] {
        if (m_metadata && m_metadata->id)
            Q_EMIT showInTableRequested(*m_metadata->id);
    });
    connect(m_ui->revokeButton, &QPushButton::clicked, this, [this] {
        if (!shownId().isEmpty() && m_ui->revokeButton->isEnabled())
            Q_EMIT revokeRequested(shownId());
    });
    connect(m_rotate, &QPushButton::clicked, this, [this] {
        if (!shownId().isEmpty() && m_rotate->isEnabled())
            Q_EMIT rotateRequested(shownId());
    });
    connect(m_ui->deleteButton, &QPushButton::clicked, this, [this] {
        if (!shownId().isEmpty() && m_ui->deleteButton->isEnabled())
            Q_EMIT deleteRequested(shownId());
    });
    connect(m_ui->reloadButton, &QPushButton::clicked, this, [this] {
        if (!shownId().isEmpty()) {
            m_ui->reloadButton->setVisible(false);
            Q_EMIT reloadRequested(shownId());
        }
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &LookupDialog::reject);
    updateFormat();
    field->setFocus();
}

LookupDialog::~LookupDialog()
{
    clearSecret();
}

QString LookupDialog::normalised(const QString &text)
{
    QString s = text.trimmed();
    if (s.startsWith(QLatin1String("Api-Token "), Qt::CaseInsensitive))
        s = s.mid(10).trimmed();
    return s;
}

LookupDialog::Format LookupDialog::recognise(const QString &text)
{
    // Classification, exact (tokenformat.h): only a value that is a token is sent to the cluster.
    switch (TokenFormat::classify(normalised(text))) {
    case TokenFormat::Kind::Empty:
        return Format::Empty;
    case TokenFormat::Kind::Secret:
        return Format::NewFormat;
    case TokenFormat::Kind::Identifier:
        return Format::IdentifierOnly;
    case TokenFormat::Kind::OldSecret:
        return Format::OldFormat;
    case TokenFormat::Kind::Unrecognised:
        break;
    }
    return Format::Unrecognised;
}

LookupDialog::Format LookupDialog::format() const
{
    return recognise(m_ui->secretLineEdit->text());
}

void LookupDialog::updateFormat()
{
    const Format f = format();
    QString text;
    switch (f) {
    case Format::Empty:
        text = tr("Paste the secret (Ctrl+V).");
        break;
    case Format::NewFormat:
        text = tr("✓ A token secret, identifier %1.")
                   .arg(TokensService::identifierOf(normalised(m_ui->secretLineEdit->text())));
        break;
    case Format::OldFormat:
        text = tr("✓ Looks like an old-format token secret.");
        break;
    case Format::IdentifierOnly:
        text = tr("✗ This is a token's public identifier, not its secret. Find it in the table instead (Ctrl+F).");
        break;
    case Format::Unrecognised:
        // Secret-shaped but not exactly a secret (lower-cased, a character too many, in a
        // sentence): it is treated as a secret everywhere else, and not sent from here.
        if (TokenFormat::containsSecret(normalised(m_ui->secretLineEdit->text())))
            text = tr("✗ This looks like a token secret, but not exactly: paste the secret alone, as the cluster "
                      "gave it (%1, capital letters and digits).")
                       .arg(TokenFormat::describeSecret());
        else
            text = tr("✗ Not a token secret: expected %1 or an old-format token.").arg(TokenFormat::describeSecret());
        break;
    }
    m_ui->formatLabel->setText(text);
    m_ui->lookupButton->setEnabled(!m_busy && (f == Format::NewFormat || f == Format::OldFormat));
}

void LookupDialog::requestLookup()
{
    if (m_busy || !m_ui->lookupButton->isEnabled())
        return;
    DialogStyle::setErrorText(m_ui->errorLabel, QString());
    m_ui->tableStatusLabel->clear();
    Q_EMIT lookupRequested(normalised(m_ui->secretLineEdit->text()));
}

void LookupDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->secretLineEdit->setReadOnly(busy);
    m_ui->lookupButton->setText(busy ? tr("Looking up…") : tr("&Look up"));
    updateFormat();
}

void LookupDialog::showMetadata(const TokenMetadata &md, qint64 nowMs)
{
    m_metadata = md;
    clearSecret(); // answered: the secret has done its job
    auto date = [nowMs](const std::optional<qint64> &ms, const QString &absent) -> QString {
        if (!ms)
            return absent;
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(*ms), QLocale::ShortFormat) + QStringLiteral(" (") +
               TokenTableModel::relativeDayText(*ms, nowMs) + QLatin1Char(')');
    };
    m_ui->nameLabel->setText(md.name.value_or(QString()));
    m_ui->idLabel->setText(md.id.value_or(QString()));
    m_ui->ownerLabel->setText(md.userId.value_or(tr("unknown")));
    QString status = md.isRevoked() ? tr("Revoked") : (md.isExpiredAt(nowMs) ? tr("Expired") : tr("Active"));
    if (md.personalAccessToken.value_or(false))
        status += tr(" · personal access token");
    m_ui->statusLabel->setText(status);
    m_ui->createdLabel->setText(date(md.created, tr("unknown")));
    m_ui->expiresLabel->setText(date(md.expires, tr("never")));
    m_ui->lastUseLabel->setText(date(md.lastUse, tr("never")));
    m_ui->scopesLabel->setText(md.scopes ? md.scopes->join(QStringLiteral(", ")) : tr("unknown"));
    m_ui->metadataGroupBox->setVisible(true);
    m_deleted = false;
    m_ui->tableStatusLabel->clear();
    m_ui->reloadButton->setVisible(false);
    m_ui->showInTableButton->setVisible(md.id.has_value());
    updateActions();
    m_ui->showInTableButton->setFocus();
    DialogStyle::setErrorText(m_ui->errorLabel, QString());
    m_ui->formatLabel->setText(tr("✓ Found. The secret was cleared from the field."));
    resize(width(), qMax(height(), sizeHint().height()));
}

void LookupDialog::showError(const ApiError &error)
{
    m_metadata.reset();
    m_ui->metadataGroupBox->setVisible(false);
    m_ui->showInTableButton->setVisible(false);
    m_ui->reloadButton->setVisible(false);
    updateActions();
    QString text = error.httpStatus == 404
                       ? tr("The cluster knows no token with this secret.") + QStringLiteral(" (HTTP 404)")
                       : errorInWords(error);
    DialogStyle::setErrorText(m_ui->errorLabel, text);
}

void LookupDialog::connectionChanged()
{
    if (!m_busy && !m_metadata)
        return;
    const bool wasBusy = m_busy;
    setBusy(false);
    clearSecret();
    m_metadata.reset();
    m_deleted = false;
    m_ui->metadataGroupBox->setVisible(false);
    m_ui->showInTableButton->setVisible(false);
    m_ui->reloadButton->setVisible(false);
    m_ui->tableStatusLabel->clear();
    updateActions();
    DialogStyle::setErrorText(m_ui->errorLabel,
                              wasBusy ? tr("The connection changed; look up again.")
                                      : tr("The connection changed: the token shown was on the other cluster. Look "
                                           "it up again to act on this one."));
}

void LookupDialog::setTableStatus(const QString &text, bool offerReload)
{
    m_ui->tableStatusLabel->setText(text);
    m_ui->reloadButton->setVisible(offerReload && !shownId().isEmpty() && !m_deleted);
    if (m_ui->reloadButton->isVisible())
        m_ui->reloadButton->setFocus();
}

QString LookupDialog::shownId() const
{
    return m_metadata && m_metadata->id ? *m_metadata->id : QString();
}

void LookupDialog::setActionsAllowed(bool allowed, const QString &reason)
{
    m_actionsAllowed = allowed;
    m_actionsReason = allowed ? QString() : reason;
    updateActions();
}

QString LookupDialog::actionNote() const
{
    return m_ui->actionNoteLabel->isVisibleTo(this) ? m_ui->actionNoteLabel->text() : QString();
}

void LookupDialog::setRotationAllowed(bool allowed, const QString &reason)
{
    m_rotationAllowed = allowed;
    m_rotationReason = allowed ? QString() : reason;
    updateActions();
}

void LookupDialog::updateActions()
{
    const bool shown = !shownId().isEmpty() && !m_deleted;
    const bool revoked = m_metadata && m_metadata->isRevoked();
    m_ui->revokeButton->setVisible(!shownId().isEmpty());
    m_rotate->setVisible(!shownId().isEmpty());
    m_ui->deleteButton->setVisible(!shownId().isEmpty());
    m_ui->revokeButton->setEnabled(shown && m_actionsAllowed && !revoked);
    m_rotate->setEnabled(shown && m_rotationAllowed && !revoked);
    m_ui->deleteButton->setEnabled(shown && m_actionsAllowed);
    m_ui->showInTableButton->setEnabled(shown);
    QString revokeTip = tr("Disable the token at once; it stays listed and can be reactivated");
    QString deleteTip = tr("Delete the token for good");
    QString note;
    if (m_deleted) {
        note = tr("This token was deleted.");
        revokeTip = deleteTip = note;
    } else if (!m_actionsAllowed && !shownId().isEmpty()) {
        note = m_actionsReason;
        revokeTip = deleteTip = note;
    } else if (revoked) {
        note = tr("This token is revoked: nothing can use it any more. Delete it when nothing needs it.");
        revokeTip = tr("The token is already revoked");
    }
    m_ui->revokeButton->setToolTip(revokeTip);
    if (revoked || m_deleted)
        m_rotate->setToolTip(revokeTip);
    else if (!m_rotationAllowed)
        m_rotate->setToolTip(m_rotationReason);
    else
        m_rotate->setToolTip(tr("Replace the token: a successor with the same scopes, then this one revoked"));
    m_ui->deleteButton->setToolTip(deleteTip);
    m_ui->actionNoteLabel->setText(note);
    m_ui->actionNoteLabel->setVisible(!note.isEmpty() && !shownId().isEmpty());
}

void LookupDialog::markRevoked()
{
    if (!m_metadata || m_deleted)
        return;
    m_metadata->revoked = true;
    QString status = tr("Revoked");
    if (m_metadata->personalAccessToken.value_or(false))
        status += tr(" · personal access token");
    m_ui->statusLabel->setText(status);
    DialogStyle::setErrorText(m_ui->errorLabel, QString());
    updateActions();
}

void LookupDialog::markDeleted()
{
    if (!m_metadata)
        return;
    m_deleted = true;
    m_ui->statusLabel->setText(tr("Deleted"));
    m_ui->reloadButton->setVisible(false);
    m_ui->tableStatusLabel->clear();
    DialogStyle::setErrorText(m_ui->errorLabel, QString());
    updateActions();
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setFocus();
}

void LookupDialog::showActionError(const QString &text)
{
    DialogStyle::setErrorText(m_ui->errorLabel, text);
}

QString LookupDialog::tableStatus() const
{
    return m_ui->tableStatusLabel->text();
}

QString LookupDialog::errorText() const
{
    return DialogStyle::errorText(m_ui->errorLabel);
}

QString LookupDialog::formatText() const
{
    return m_ui->formatLabel->text();
}

QLineEdit *LookupDialog::secretLineEdit() const
{
    return m_ui->secretLineEdit;
}

QPushButton *LookupDialog::lookupButton() const
{
    return m_ui->lookupButton;
}

QPushButton *LookupDialog::showInTableButton() const
{
    return m_ui->showInTableButton;
}

QPushButton *LookupDialog::revokeButton() const
{
    return m_ui->revokeButton;
}

QPushButton *LookupDialog::deleteButton() const
{
    return m_ui->deleteButton;
}

QPushButton *LookupDialog::reloadButton() const
{
    return m_ui->reloadButton;
}

void LookupDialog::clearSecret()
{
    // setText() on a QLineEdit resets its undo/redo history, so nothing can bring the secret back.
    if (m_ui && m_ui->secretLineEdit)
        m_ui->secretLineEdit->setText(QString());
}

void LookupDialog::done(int result)
{
    clearSecret();
    QDialog::done(result);
}

} // namespace TokenDesk
