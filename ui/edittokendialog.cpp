// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "edittokendialog.h"

#include "api/apierror.h"
#include "dialogstyle.h"
#include "model/tokentablemodel.h"
#include "scopepicker.h"
#include "ui_edittokendialog.h"

#include <QDateTime>
#include <QFontDatabase>
#include <QLocale>
#include <QPushButton>
#include <QSet>

namespace TokenDesk {

EditTokenDialog::EditTokenDialog(const TokenMetadata &current, qint64 nowMs, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::EditTokenDialog>())
    , m_current(current)
{
    m_ui->setupUi(this);
    DialogStyle::makeErrorLabel(m_ui->nameErrorLabel);
    DialogStyle::makeErrorLabel(m_ui->generalErrorLabel);
    setWindowTitle(tr("Edit token “%1”").arg(current.name.value_or(QString())));

    m_ui->idLabel->setText(current.id.value_or(QString()));
    m_ui->idLabel->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->ownerLabel->setText(current.userId.value_or(tr("unknown")));
    if (current.expires) {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(*current.expires);
        m_ui->expiresLabel->setText(tr("%1 (%2) — the API cannot change the expiry")
                                        .arg(QLocale().toString(at, QLocale::ShortFormat),
                                             TokenTableModel::relativeDayText(*current.expires, nowMs)));
    } else {
        m_ui->expiresLabel->setText(tr("Never — the API cannot change the expiry"));
    }
    m_ui->nameLineEdit->setText(current.name.value_or(QString()));
    (current.isRevoked() ? m_ui->revokedRadioButton : m_ui->activeRadioButton)->setChecked(true);
    m_ui->scopePicker->setCheckedScopes(current.scopes.value_or(QStringList()));

    saveButton()->setDefault(true);
    saveButton()->setAccessibleDescription(tr("Send the changes to the cluster"));
    m_ui->nameLineEdit->setAccessibleDescription(tr("The token's name; it need not be unique"));
    m_ui->activeRadioButton->setAccessibleDescription(tr("The token can be used"));
    m_ui->revokedRadioButton->setAccessibleDescription(
        tr("Anything using the token fails at once; it stays listed and can be reactivated"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &EditTokenDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &EditTokenDialog::reject);
    connect(m_ui->nameLineEdit, &QLineEdit::textChanged, this, [this] {
        DialogStyle::setErrorText(m_ui->nameErrorLabel, QString());
        update();
    });
    connect(m_ui->activeRadioButton, &QRadioButton::toggled, this, &EditTokenDialog::update);
    connect(m_ui->scopePicker, &ScopePicker::checkedScopesChanged, this, [this] {
        m_ui->scopePicker->setErrorText(QString());
        update();
    });
    update();
    m_ui->nameLineEdit->setFocus();
    m_ui->nameLineEdit->selectAll();
}

EditTokenDialog::~EditTokenDialog() = default;

QStringList EditTokenDialog::addedScopes(const QStringList &before, const QStringList &after)
{
    const QSet<QString> old(before.begin(), before.end());
    QStringList result;
    for (const QString &s : after) {
        if (!old.contains(s))
            result << s;
    }
    return result;
}

QStringList EditTokenDialog::removedScopes(const QStringList &before, const QStringList &after)
{
    return addedScopes(after, before);
}

UpdateTokenRequest EditTokenDialog::request() const
{
    UpdateTokenRequest r;
    const QString name = m_ui->nameLineEdit->text().trimmed();
    if (name != m_current.name.value_or(QString()))
        r.name = name;
    const bool revoked = m_ui->revokedRadioButton->isChecked();
    if (revoked != m_current.isRevoked())
        r.revoked = revoked;
    const QStringList before = m_current.scopes.value_or(QStringList());
    const QStringList after = m_ui->scopePicker->checkedScopes();
    if (!addedScopes(before, after).isEmpty() || !removedScopes(before, after).isEmpty())
        r.scopes = after; // the full set: the API replaces it
    return r;
}

bool EditTokenDialog::isValid() const
{
    return !m_ui->nameLineEdit->text().trimmed().isEmpty() && m_ui->scopePicker->checkedCount() > 0;
}

QString EditTokenDialog::summary() const
{
    const UpdateTokenRequest r = request();
    if (r.isEmpty())
        return tr("No changes.");
    QStringList parts;
    if (r.scopes) {
        const QStringList before = m_current.scopes.value_or(QStringList());
        QStringList scopeParts;
        for (const QString &s : addedScopes(before, *r.scopes))
            scopeParts << QStringLiteral("+ ") + s;
        for (const QString &s : removedScopes(before, *r.scopes))
            scopeParts << QStringLiteral("− ") + s;
        parts << tr("Scopes: %1").arg(scopeParts.join(QLatin1Char(' ')));
    }
    if (r.name)
        parts << tr("renamed to “%1”").arg(*r.name);
    if (r.revoked)
        parts << (*r.revoked ? tr("revoked: stops working at once") : tr("reactivated"));
    return tr("Changes: %1").arg(parts.join(QStringLiteral(" · ")));
}

void EditTokenDialog::update()
{
    const bool valid = isValid();
    const UpdateTokenRequest r = request();
    m_ui->summaryLabel->setText(summary());
    saveButton()->setEnabled(valid && !r.isEmpty() && !m_busy);
    if (m_ui->nameLineEdit->text().trimmed().isEmpty())
        DialogStyle::setErrorText(m_ui->nameErrorLabel, tr("A token needs a name."));
    m_ui->scopePicker->setErrorText(m_ui->scopePicker->checkedCount() == 0 ? tr("Keep at least one scope.")
                                                                           : m_ui->scopePicker->errorText());
}

void EditTokenDialog::setName(const QString &name)
{
    m_ui->nameLineEdit->setText(name);
}

void EditTokenDialog::setRevoked(bool revoked)
{
    (revoked ? m_ui->revokedRadioButton : m_ui->activeRadioButton)->setChecked(true);
}

void EditTokenDialog::accept()
{
    if (m_busy || !isValid())
        return;
    const UpdateTokenRequest r = request();
    if (r.isEmpty())
        return;
    DialogStyle::setErrorText(m_ui->generalErrorLabel, QString());
    Q_EMIT submitted(tokenId(), r);
}

void EditTokenDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->nameLineEdit->setReadOnly(busy);
    m_ui->activeRadioButton->setEnabled(!busy);
    m_ui->revokedRadioButton->setEnabled(!busy);
    m_ui->scopePicker->setEnabled(!busy);
    saveButton()->setText(busy ? tr("Saving…") : tr("&Save"));
    update();
}

void EditTokenDialog::showError(const ApiError &error, bool changedTokenInUse)
{
    QString name, scopes, other;
    for (const ConstraintViolation &v : error.violations) {
        const QString path = v.path.value_or(QString());
        const QString line =
            ApiError::redactSecrets(path.isEmpty() ? v.message.value_or(QString())
                                                   : path + QStringLiteral(": ") + v.message.value_or(QString()));
        QString *target = path == QLatin1String("name")              ? &name
                          : path.startsWith(QLatin1String("scopes")) ? &scopes
                                                                     : &other;
        if (target == &other && isTokenInUseRefusal(error, changedTokenInUse))
            continue; // said in words below
        if (!target->isEmpty())
            target->append(QLatin1Char('\n'));
        target->append(line);
    }
    DialogStyle::setErrorText(m_ui->nameErrorLabel, name);
    m_ui->scopePicker->setErrorText(scopes);
    // The headline without the violations (those are shown beside their fields).
    ApiError headline = error;
    headline.violations.clear();
    QString general = errorInWords(headline, changedTokenInUse);
    if (!other.isEmpty())
        general += QLatin1Char('\n') + other;
    DialogStyle::setErrorText(m_ui->generalErrorLabel, general);
}

void EditTokenDialog::finishSubmission()
{
    setBusy(false);
    QDialog::accept();
}

QString EditTokenDialog::nameError() const
{
    return DialogStyle::errorText(m_ui->nameErrorLabel);
}

QString EditTokenDialog::scopesError() const
{
    return m_ui->scopePicker->errorText();
}

QString EditTokenDialog::generalError() const
{
    return DialogStyle::errorText(m_ui->generalErrorLabel);
}

ScopePicker *EditTokenDialog::scopePicker() const
{
    return m_ui->scopePicker;
}

QPushButton *EditTokenDialog::saveButton() const
{
    return m_ui->buttonBox->button(QDialogButtonBox::Save);
}

} // namespace TokenDesk
