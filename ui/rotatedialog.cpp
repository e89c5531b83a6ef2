// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "rotatedialog.h"

#include "catalog/scopecatalog.h"
#include "createtokendialog.h"
#include "dialogstyle.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace TokenDesk {

RotateDialog::RotateDialog(const QString &oldId, const QString &oldName, const QStringList &scopes, QWidget *parent)
    : QDialog(parent)
    , m_oldId(oldId)
    , m_scopes(scopes)
    , m_intro(new QLabel(this))
    , m_inUseNote(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_expiry(new QComboBox(this))
    , m_customValue(new QSpinBox(this))
    , m_customUnit(new QComboBox(this))
    , m_expiryHint(new QLabel(this))
    , m_deleteAfter(new QSpinBox(this))
    , m_error(new QLabel(this))
    , m_rotate(nullptr)
{
    setObjectName(QStringLiteral("rotateDialog"));
    setWindowTitle(tr("Rotate token"));

    // The old token's name is shown as it is: never rendered as markup.
    m_intro->setTextFormat(Qt::PlainText);
    m_intro->setWordWrap(true);
    m_intro->setObjectName(QStringLiteral("rotateIntro"));
    m_intro->setText(tr("“%1” (%2) gets a successor with the same %n scope(s). Its secret is shown once; then "
                        "“%1” is revoked, not deleted, so that whatever still uses it fails visibly and can be "
                        "switched back, and its deletion is scheduled. Nothing is revoked before the successor "
                        "exists.",
                        nullptr, int(scopes.size()))
                         .arg(oldName, oldId));
    m_inUseNote->setTextFormat(Qt::PlainText);
    m_inUseNote->setWordWrap(true);
    m_inUseNote->setObjectName(QStringLiteral("rotateInUseNote"));
    m_inUseNote->setStyleSheet(DialogStyle::warningStyleSheet(this));
    m_inUseNote->setVisible(false);

    auto *scopeList = new QLabel(scopes.isEmpty() ? tr("(no scopes)") : scopes.join(QStringLiteral(", ")), this);
    scopeList->setTextFormat(Qt::PlainText);
    scopeList->setWordWrap(true);
    scopeList->setObjectName(QStringLiteral("rotateScopes"));
    scopeList->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_name->setText(RotateJob::successorName(oldName, QDateTime::currentDateTimeUtc().date()));
    m_name->setObjectName(QStringLiteral("rotateName"));
    m_name->setAccessibleName(tr("Successor name"));
    m_name->setAccessibleDescription(tr("The new token's name, proposed from the old one's"));

    CreateTokenDialog::fillExpiryChoices(m_expiry, m_customUnit);
    m_expiry->setObjectName(QStringLiteral("rotateExpiry"));
    m_expiry->setAccessibleName(tr("Successor expires"));
    m_expiry->setAccessibleDescription(tr("When the successor stops working; the API cannot change it later"));
    m_customValue->setRange(1, 100000);
    m_customValue->setValue(30);
    m_customValue->setAccessibleName(tr("Custom expiry value"));
    m_customValue->setAccessibleDescription(tr("How long the successor lives, in the unit beside it"));
    m_customUnit->setAccessibleName(tr("Custom expiry unit"));
    m_customUnit->setAccessibleDescription(tr("Minutes, hours or days"));
    m_expiryHint->setTextFormat(Qt::PlainText);
    auto *expiryRow = new QHBoxLayout;
    expiryRow->addWidget(m_expiry);
    expiryRow->addWidget(m_customValue);
    expiryRow->addWidget(m_customUnit);
    expiryRow->addStretch(1);

    m_deleteAfter->setObjectName(QStringLiteral("rotateDeleteAfter"));
    m_deleteAfter->setRange(1, 365);
    m_deleteAfter->setValue(PendingDeletions::DefaultGraceDays);
    m_deleteAfter->setSuffix(tr(" days"));
    m_deleteAfter->setAccessibleName(tr("Delete the old token after (days)"));
    m_deleteAfter->setAccessibleDescription(tr("Days between revoking the old token and its scheduled deletion"));
    m_deleteAfter->setToolTip(tr("The old token is listed under Tokens → Pending deletions until then; deleting it "
                                 "is a separate step you confirm"));
    auto *scheduleNote = new QLabel(tr("The schedule is kept on this computer, for this connection profile: token "
                                       "IDs and dates only, never a secret. TokenDesk deletes nothing by itself."),
                                    this);
    scheduleNote->setWordWrap(true);
    scheduleNote->setTextFormat(Qt::PlainText);

    DialogStyle::makeErrorLabel(m_error);
    m_error->setObjectName(QStringLiteral("rotateError"));

    auto *form = new QFormLayout;
    form->addRow(tr("Scopes:"), scopeList);
    auto *nameLabel = new QLabel(tr("Successor &name:"), this);
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, m_name);
    auto *expiryLabel = new QLabel(tr("Successor &expires:"), this);
    expiryLabel->setBuddy(m_expiry);
    form->addRow(expiryLabel, expiryRow);
    form->addRow(QString(), m_expiryHint);
    auto *deleteLabel = new QLabel(tr("&Delete the old token after:"), this);
    deleteLabel->setBuddy(m_deleteAfter);
    auto *deleteRow = new QHBoxLayout;
    deleteRow->addWidget(m_deleteAfter);
    deleteRow->addStretch(1);
    form->addRow(deleteLabel, deleteRow);
    form->addRow(QString(), scheduleNote);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_rotate = buttons->addButton(tr("&Rotate"), QDialogButtonBox::AcceptRole);
    m_rotate->setObjectName(QStringLiteral("rotateButton"));
    m_rotate->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &RotateDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RotateDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, [this] {
        DialogStyle::setErrorText(m_error, QString());
        validate();
    });
    connect(m_expiry, &QComboBox::currentIndexChanged, this, &RotateDialog::updateExpiryWidgets);
    connect(m_customValue, &QSpinBox::valueChanged, this, &RotateDialog::updateExpiryWidgets);
    connect(m_customUnit, &QComboBox::currentIndexChanged, this, &RotateDialog::updateExpiryWidgets);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_inUseNote);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    updateExpiryWidgets();
    validate();
    m_name->setFocus();
}

RotateDialog::~RotateDialog() = default;

void RotateDialog::setTokenInUse(bool inUse)
{
    m_tokenInUse = inUse;
    m_inUseNote->setText(
        inUse ? tr("This is the token TokenDesk connects with. Once you have stored the successor's secret, it "
                   "replaces this token in the profile's keyring entry, the connection switches to it, and only "
                   "then is this token revoked, through the successor.")
              : QString());
    m_inUseNote->setVisible(inUse);
    validate();
}

QString RotateDialog::introText() const
{
    return m_intro->text();
}

bool RotateDialog::isValid() const
{
    if (m_name->text().trimmed().isEmpty())
        return false;
    return !m_tokenInUse || m_scopes.contains(ScopeCatalog::clusterTokenManagement());
}

void RotateDialog::validate()
{
    m_rotate->setEnabled(isValid() && !m_busy);
    if (m_name->text().trimmed().isEmpty())
        m_rotate->setToolTip(tr("Still needed: a name"));
    else if (m_tokenInUse && !m_scopes.contains(ScopeCatalog::clusterTokenManagement()))
        m_rotate->setToolTip(tr("The token in use can only be rotated when it has the scope %1: the connection "
                                "needs it in the successor")
                                 .arg(ScopeCatalog::clusterTokenManagement()));
    else
        m_rotate->setToolTip(tr("Create the successor (its secret is shown once), then revoke this token"));
}

void RotateDialog::updateExpiryWidgets()
{
    const bool custom = m_expiry->currentData().value<CreateTokenDialog::Expiry>() == CreateTokenDialog::Expiry::Custom;
    m_customValue->setVisible(custom);
    m_customUnit->setVisible(custom);
    m_expiryHint->setText(
        CreateTokenDialog::expiryHint(CreateTokenDialog::chosenExpiry(m_expiry, m_customValue, m_customUnit)));
}

RotateJob::Request RotateDialog::request() const
{
    RotateJob::Request r;
    r.oldId = m_oldId;
    r.newName = m_name->text().trimmed();
    r.expiresIn = CreateTokenDialog::chosenExpiry(m_expiry, m_customValue, m_customUnit);
    r.deleteAfterDays = m_deleteAfter->value();
    return r;
}

void RotateDialog::accept()
{
    if (m_busy)
        return;
    if (!isValid()) {
        validate();
        return;
    }
    DialogStyle::setErrorText(m_error, QString());
    Q_EMIT submitted(request());
}

void RotateDialog::reject()
{
    if (m_busy)
        return;
    QDialog::reject();
}

void RotateDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_name->setReadOnly(busy);
    for (QWidget *w : std::initializer_list<QWidget *>{m_expiry, m_customValue, m_customUnit, m_deleteAfter})
        w->setEnabled(!busy);
    if (auto *buttons = findChild<QDialogButtonBox *>()) {
        if (QPushButton *cancel = buttons->button(QDialogButtonBox::Cancel))
            cancel->setEnabled(!busy);
    }
    m_rotate->setText(busy ? tr("Rotating…") : tr("&Rotate"));
    validate();
}

void RotateDialog::showError(const QString &text)
{
    DialogStyle::setErrorText(m_error, text);
}

QString RotateDialog::errorText() const
{
    return DialogStyle::errorText(m_error);
}

void RotateDialog::finishSubmission()
{
    setBusy(false);
    QDialog::accept();
}

} // namespace TokenDesk
