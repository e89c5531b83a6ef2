// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "createtokendialog.h"

#include "api/apierror.h"
#include "dialogstyle.h"
#include "scopepicker.h"
#include "ui_createtokendialog.h"

#include <QDateTime>
#include <QLocale>
#include <QPushButton>

namespace TokenDesk {

namespace {

// Which field a violation's path names.
enum class Field { Name, Scopes, Expiry, Other };

Field fieldOf(const ConstraintViolation &v)
{
    const QString path = v.path.value_or(QString());
    if (path == QLatin1String("name") || path.endsWith(QLatin1String(".name")))
        return Field::Name;
    if (path.startsWith(QLatin1String("scopes")) || path.contains(QLatin1String(".scopes")))
        return Field::Scopes;
    if (path.startsWith(QLatin1String("expiresIn")) || path.contains(QLatin1String(".expiresIn")))
        return Field::Expiry;
    return Field::Other;
}

QString violationLine(const ConstraintViolation &v)
{
    const QString path = ApiError::redactSecrets(v.path.value_or(QString()));
    const QString message = ApiError::redactSecrets(v.message.value_or(QString()));
    if (path.isEmpty())
        return message;
    if (message.isEmpty())
        return path;
    return path + QStringLiteral(": ") + message;
}

void appendLine(QString *text, const QString &line)
{
    if (line.isEmpty())
        return;
    if (!text->isEmpty())
        text->append(QLatin1Char('\n'));
    text->append(line);
}

} // namespace

CreateTokenDialog::CreateTokenDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CreateTokenDialog>())
{
    m_ui->setupUi(this);
    for (QLabel *label : {m_ui->nameErrorLabel, m_ui->expiryErrorLabel, m_ui->generalErrorLabel})
        DialogStyle::makeErrorLabel(label);
    m_ui->expiryHintLabel->setWordWrap(false);

    fillExpiryChoices(m_ui->expiryComboBox, m_ui->customUnitComboBox);
    m_ui->customValueSpinBox->setAccessibleName(tr("Custom expiry value"));
    m_ui->expiryComboBox->setAccessibleDescription(tr("When the token stops working; the API cannot change it later"));
    m_ui->customUnitComboBox->setAccessibleName(tr("Custom expiry unit"));

    okButton()->setText(tr("&Create"));
    okButton()->setDefault(true);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &CreateTokenDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &CreateTokenDialog::reject);
    connect(m_ui->nameLineEdit, &QLineEdit::textChanged, this, [this] {
        DialogStyle::setErrorText(m_ui->nameErrorLabel, QString());
        validate();
    });
    connect(m_ui->scopePicker, &ScopePicker::checkedScopesChanged, this, [this] {
        m_ui->scopePicker->setErrorText(QString());
        validate();
    });
    connect(m_ui->expiryComboBox, &QComboBox::currentIndexChanged, this, [this] {
        DialogStyle::setErrorText(m_ui->expiryErrorLabel, QString());
        updateExpiryWidgets();
    });
    connect(m_ui->customValueSpinBox, &QSpinBox::valueChanged, this, &CreateTokenDialog::updateExpiryWidgets);
    connect(m_ui->customUnitComboBox, &QComboBox::currentIndexChanged, this, &CreateTokenDialog::updateExpiryWidgets);
    updateExpiryWidgets();
    validate();
    m_ui->nameLineEdit->setFocus();
}

CreateTokenDialog::~CreateTokenDialog() = default;

std::optional<Duration> CreateTokenDialog::presetDuration(Expiry expiry)
{
    switch (expiry) {
    case Expiry::OneHour:
        return Duration{1, DurationUnit::Hours};
    case Expiry::OneDay:
        return Duration{1, DurationUnit::Days};
    case Expiry::SevenDays:
        return Duration{7, DurationUnit::Days};
    case Expiry::ThirtyDays:
        return Duration{30, DurationUnit::Days};
    case Expiry::NinetyDays:
        return Duration{90, DurationUnit::Days};
    case Expiry::OneYear:
        return Duration{365, DurationUnit::Days};
    case Expiry::Never:
    case Expiry::Custom:
        break;
    }
    return std::nullopt;
}

void CreateTokenDialog::fillExpiryChoices(QComboBox *expiry, QComboBox *customUnit)
{
    expiry->addItem(tr("Never"), QVariant::fromValue(Expiry::Never));
    expiry->addItem(tr("1 hour"), QVariant::fromValue(Expiry::OneHour));
    expiry->addItem(tr("1 day"), QVariant::fromValue(Expiry::OneDay));
    expiry->addItem(tr("7 days"), QVariant::fromValue(Expiry::SevenDays));
    expiry->addItem(tr("30 days"), QVariant::fromValue(Expiry::ThirtyDays));
    expiry->addItem(tr("90 days"), QVariant::fromValue(Expiry::NinetyDays));
    expiry->addItem(tr("365 days"), QVariant::fromValue(Expiry::OneYear));
    expiry->addItem(tr("Custom…"), QVariant::fromValue(Expiry::Custom));
    // Thirty days unless the user picks otherwise: a forgotten token stops working within a month, and
    // its expiry cannot be changed later. Our choice: the API would let a token without one live forever.
    expiry->setCurrentIndex(static_cast<int>(Expiry::ThirtyDays));
    customUnit->addItem(tr("minutes"), QVariant::fromValue(DurationUnit::Minutes));
    customUnit->addItem(tr("hours"), QVariant::fromValue(DurationUnit::Hours));
    customUnit->addItem(tr("days"), QVariant::fromValue(DurationUnit::Days));
    customUnit->setCurrentIndex(2);
}

std::optional<Duration> CreateTokenDialog::chosenExpiry(const QComboBox *expiry, const QSpinBox *customValue,
                                                        const QComboBox *customUnit)
{
    const Expiry e = expiry->currentData().value<Expiry>();
    if (e == Expiry::Custom)
        return Duration{customValue->value(), customUnit->currentData().value<DurationUnit>()};
    return presetDuration(e);
}

QString CreateTokenDialog::expiryHint(const std::optional<Duration> &d)
{
    if (!d)
        return tr("The token never expires. Prefer an expiry where you can.");
    const qint64 ms = d->value * millisPer(d->unit.value_or(DurationUnit::Millis));
    const QDateTime at = QDateTime::currentDateTime().addMSecs(ms);
    return tr("Expires about %1 (counted from when the cluster creates it).")
        .arg(QLocale().toString(at, QLocale::ShortFormat));
}

CreateTokenRequest CreateTokenDialog::request() const
{
    CreateTokenRequest r;
    r.name = m_ui->nameLineEdit->text().trimmed();
    r.scopes = m_ui->scopePicker->checkedScopes();
    r.expiresIn = chosenExpiry(m_ui->expiryComboBox, m_ui->customValueSpinBox, m_ui->customUnitComboBox);
    return r;
}

void CreateTokenDialog::setRequest(const CreateTokenRequest &request)
{
    m_ui->nameLineEdit->setText(request.name);
    m_ui->scopePicker->setCheckedScopes(request.scopes);
    if (!request.expiresIn) {
        setExpiry(Expiry::Never);
    } else {
        bool preset = false;
        for (Expiry e : {Expiry::OneHour, Expiry::OneDay, Expiry::SevenDays, Expiry::ThirtyDays, Expiry::NinetyDays,
                         Expiry::OneYear}) {
            if (presetDuration(e) == request.expiresIn) {
                setExpiry(e);
                preset = true;
                break;
            }
        }
        if (!preset)
            setCustomExpiry(request.expiresIn->value, request.expiresIn->unit.value_or(DurationUnit::Days));
    }
}

void CreateTokenDialog::setExpiry(Expiry e)
{
    m_ui->expiryComboBox->setCurrentIndex(static_cast<int>(e));
}

CreateTokenDialog::Expiry CreateTokenDialog::expiry() const
{
    return m_ui->expiryComboBox->currentData().value<Expiry>();
}

void CreateTokenDialog::setCustomExpiry(qint64 value, DurationUnit unit)
{
    setExpiry(Expiry::Custom);
    m_ui->customValueSpinBox->setValue(
        static_cast<int>(qBound(qint64(1), value, qint64(m_ui->customValueSpinBox->maximum()))));
    const int index = m_ui->customUnitComboBox->findData(QVariant::fromValue(unit));
    if (index >= 0)
        m_ui->customUnitComboBox->setCurrentIndex(index);
}

bool CreateTokenDialog::isValid() const
{
    return !m_ui->nameLineEdit->text().trimmed().isEmpty() && m_ui->scopePicker->checkedCount() > 0;
}

void CreateTokenDialog::validate()
{
    okButton()->setEnabled(isValid() && !m_busy);
    QStringList missing;
    if (m_ui->nameLineEdit->text().trimmed().isEmpty())
        missing << tr("a name");
    if (m_ui->scopePicker->checkedCount() == 0)
        missing << tr("at least one scope");
    okButton()->setToolTip(missing.isEmpty() ? tr("Create the token; its secret is shown once")
                                             : tr("Still needed: %1").arg(missing.join(tr(" and "))));
}

void CreateTokenDialog::updateExpiryWidgets()
{
    const Expiry e = expiry();
    m_ui->customValueSpinBox->setVisible(e == Expiry::Custom);
    m_ui->customUnitComboBox->setVisible(e == Expiry::Custom);
    m_ui->expiryHintLabel->setText(expiryHint(request().expiresIn));
}

void CreateTokenDialog::accept()
{
    if (m_busy)
        return;
    if (!isValid()) {
        validate();
        return;
    }
    clearErrors();
    Q_EMIT submitted(request());
}

void CreateTokenDialog::reject()
{
    if (m_busy)
        return;
    QDialog::reject();
}

void CreateTokenDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->nameLineEdit->setReadOnly(busy);
    m_ui->scopePicker->setEnabled(!busy);
    m_ui->expiryComboBox->setEnabled(!busy);
    m_ui->customValueSpinBox->setEnabled(!busy);
    m_ui->customUnitComboBox->setEnabled(!busy);
    if (QPushButton *cancel = m_ui->buttonBox->button(QDialogButtonBox::Cancel))
        cancel->setEnabled(!busy);
    okButton()->setText(busy ? tr("Creating…") : tr("&Create"));
    validate();
}

void CreateTokenDialog::clearErrors()
{
    DialogStyle::setErrorText(m_ui->nameErrorLabel, QString());
    m_ui->scopePicker->setErrorText(QString());
    DialogStyle::setErrorText(m_ui->expiryErrorLabel, QString());
    DialogStyle::setErrorText(m_ui->generalErrorLabel, QString());
}

void CreateTokenDialog::showError(const ApiError &error)
{
    clearErrors();
    QString name, scopes, expiryText, other;
    for (const ConstraintViolation &v : error.violations) {
        switch (fieldOf(v)) {
        case Field::Name:
            appendLine(&name, violationLine(v));
            break;
        case Field::Scopes:
            appendLine(&scopes, violationLine(v));
            break;
        case Field::Expiry:
            appendLine(&expiryText, violationLine(v));
            break;
        case Field::Other:
            appendLine(&other, violationLine(v));
            break;
        }
    }
    DialogStyle::setErrorText(m_ui->nameErrorLabel, name);
    m_ui->scopePicker->setErrorText(scopes);
    DialogStyle::setErrorText(m_ui->expiryErrorLabel, expiryText);
    // The headline without the violations (those are shown beside their fields).
    ApiError headline = error;
    headline.violations.clear();
    QString general = errorInWords(headline);
    appendLine(&general, other);
    DialogStyle::setErrorText(m_ui->generalErrorLabel, general);
    if (!name.isEmpty())
        m_ui->nameLineEdit->setFocus();
    else if (!scopes.isEmpty())
        m_ui->scopePicker->setFocus();
    else if (!expiryText.isEmpty())
        m_ui->expiryComboBox->setFocus();
}

void CreateTokenDialog::finishSubmission()
{
    setBusy(false);
    QDialog::accept();
}

QString CreateTokenDialog::nameError() const
{
    return DialogStyle::errorText(m_ui->nameErrorLabel);
}

QString CreateTokenDialog::scopesError() const
{
    return m_ui->scopePicker->errorText();
}

QString CreateTokenDialog::expiryError() const
{
    return DialogStyle::errorText(m_ui->expiryErrorLabel);
}

QString CreateTokenDialog::generalError() const
{
    return DialogStyle::errorText(m_ui->generalErrorLabel);
}

ScopePicker *CreateTokenDialog::scopePicker() const
{
    return m_ui->scopePicker;
}

QPushButton *CreateTokenDialog::okButton() const
{
    return m_ui->buttonBox->button(QDialogButtonBox::Ok);
}

} // namespace TokenDesk
