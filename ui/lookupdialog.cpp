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
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QTreeWidget>

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
    // "Which of our clusters is this leaked secret from?": an explicit second button, so that the
    // usual lookup never sends a secret to more clusters than the one in use.
    m_ui->allProfilesButton->setAutoDefault(false);
    m_ui->allProfilesButton->setAccessibleName(tr("Look up in all profiles"));
    m_ui->allProfilesButton->setAccessibleDescription(
        tr("Ask the cluster of every saved profile, each with its own API token, which one knows this secret"));
    m_ui->allProfilesButton->setToolTip(
        tr("Ask every saved profile's cluster, each with its own API token from the keyring (Alt+P)"));
    QTreeWidget *tree = m_ui->profilesTree;
    tree->setAccessibleName(tr("Results per profile"));
    tree->setAccessibleDescription(tr("What the cluster of each profile answered: found, not known, or why it could "
                                      "not be asked"));
    tree->setSelectionMode(QAbstractItemView::SingleSelection);
    tree->header()->setStretchLastSection(true);
    tree->setVisible(false);
    m_ui->switchProfileButton->setAutoDefault(false);
    m_ui->switchProfileButton->setAccessibleName(tr("Switch to this profile"));
    m_ui->switchProfileButton->setAccessibleDescription(
        tr("Connect to the profile whose cluster knows the secret and show the token there, to revoke or rotate it"));
    m_ui->switchProfileButton->setToolTip(
        tr("Connect to this profile and show the token there, with Revoke and Rotate (Alt+S)"));
    m_ui->switchProfileButton->setVisible(false);
    m_ui->profileDetailLabel->setVisible(false);
    connect(m_ui->allProfilesButton, &QPushButton::clicked, this, &LookupDialog::requestAllProfiles);
    connect(tree, &QTreeWidget::currentItemChanged, this, &LookupDialog::updateSwitchButton);
    connect(tree, &QTreeWidget::itemActivated, this, [this] {
        if (m_ui->switchProfileButton->isEnabled())
            m_ui->switchProfileButton->click();
    });
    connect(m_ui->switchProfileButton, &QPushButton::clicked, this, [this] {
        const QTreeWidgetItem *item = m_ui->profilesTree->currentItem();
        const int index = item ? m_ui->profilesTree->indexOfTopLevelItem(const_cast<QTreeWidgetItem *>(item)) : -1;
        if (index < 0 || index >= m_profileResults.size() ||
            m_profileResults.at(index).outcome != ProfileLookup::Outcome::Found)
            return;
        Q_EMIT switchProfileRequested(m_profileResults.at(index).profile, m_profileResults.at(index).token);
    });

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
    m_ui->allProfilesButton->setEnabled(m_ui->lookupButton->isEnabled());
}

void LookupDialog::requestAllProfiles()
{
    if (m_busy || !m_ui->allProfilesButton->isEnabled())
        return;
    DialogStyle::setErrorText(m_ui->errorLabel, QString());
    m_ui->tableStatusLabel->clear();
    // The single lookup's result belongs to one cluster; the table below answers for all of them.
    m_metadata.reset();
    m_ui->metadataGroupBox->setVisible(false);
    m_ui->showInTableButton->setVisible(false);
    m_ui->reloadButton->setVisible(false);
    updateActions();
    Q_EMIT allProfilesLookupRequested(normalised(m_ui->secretLineEdit->text()));
}

void LookupDialog::setCurrentProfile(const QString &name)
{
    m_currentProfile = name;
    updateSwitchButton();
}

void LookupDialog::showProfileResults(const QList<ProfileLookup::Result> &results, bool finished, qint64 nowMs)
{
    m_profileResults = results;
    QTreeWidget *tree = m_ui->profilesTree;
    const int current = tree->currentItem() ? tree->indexOfTopLevelItem(tree->currentItem()) : -1;
    tree->clear();
    int found = 0;
    int notAsked = 0;
    int firstFound = -1;
    for (int i = 0; i < results.size(); ++i) {
        const ProfileLookup::Result &r = results.at(i);
        auto *item = new QTreeWidgetItem(tree);
        item->setText(0, r.profile);
        item->setToolTip(0, r.destination);
        switch (r.outcome) {
        case ProfileLookup::Outcome::Pending:
            item->setText(1, tr("Asking…"));
            break;
        case ProfileLookup::Outcome::Found: {
            // A word and a mark, never colour alone.
            item->setText(1, tr("✓ Found"));
            QFont bold = item->font(1);
            bold.setBold(true);
            item->setFont(1, bold);
            const TokenMetadata &t = r.token;
            item->setText(2, t.name.value_or(QString()));
            item->setToolTip(2, t.id.value_or(QString()));
            item->setText(3, t.userId.value_or(tr("unknown")));
            item->setText(4, t.isRevoked() ? tr("Revoked") : (t.isExpiredAt(nowMs) ? tr("Expired") : tr("Active")));
            item->setText(5, t.scopes ? t.scopes->join(QStringLiteral(", ")) : tr("unknown"));
            ++found;
            if (firstFound < 0)
                firstFound = i;
            break;
        }
        case ProfileLookup::Outcome::NotKnown:
            item->setText(1, tr("Not known to this cluster"));
            break;
        case ProfileLookup::Outcome::NotAsked:
            item->setText(1, tr("✗ Could not ask"));
            item->setText(2, r.reason); // in full below the table, for the selected row
            item->setToolTip(1, r.reason);
            item->setToolTip(2, r.reason);
            ++notAsked;
            break;
        }
    }
    tree->setVisible(true);
    // The reasons are sentences: their column is kept narrow (the row's reason is shown in full
    // under the table), so that owner, status and scopes stay in view.
    constexpr int MaxTokenColumnWidth = 240;
    for (int c = 0; c < tree->columnCount() - 1; ++c)
        tree->resizeColumnToContents(c);
    tree->setColumnWidth(2, qMin(tree->columnWidth(2), MaxTokenColumnWidth));
    // As tall as its rows (up to eight), so that the token's details below still fit on the screen.
    constexpr int MaxVisibleRows = 8;
    const int rowHeight = qMax(tree->sizeHintForRow(0), fontMetrics().height());
    const int shown = int(qBound(qsizetype(1), results.size(), qsizetype(MaxVisibleRows)));
    tree->setFixedHeight(tree->header()->sizeHint().height() + shown * rowHeight + 2 * tree->frameWidth() +
                         tree->horizontalScrollBar()->sizeHint().height());
    const int select = current >= 0 && current < results.size() ? current : firstFound;
    if (select >= 0)
        tree->setCurrentItem(tree->topLevelItem(select));
    m_ui->switchProfileButton->setVisible(true);
    updateSwitchButton();
    if (!finished) {
        m_ui->formatLabel->setText(tr("Asking %n profile(s)…", nullptr, int(results.size())));
        return;
    }
    clearSecret(); // every cluster answered: the secret has done its job
    QString summary;
    if (found > 0)
        summary = tr("✓ Found in %n profile(s). The secret was cleared from the field.", nullptr, found);
    else if (notAsked > 0)
        summary = tr("No cluster asked knows this secret, but %n profile(s) could not be asked.", nullptr, notAsked);
    else
        summary = tr("None of the %n cluster(s) knows this secret.", nullptr, int(results.size()));
    m_ui->formatLabel->setText(summary);
    if (firstFound >= 0)
        m_ui->switchProfileButton->setFocus();
    // Wide enough for owner, status and scopes beside the profile and the result.
    constexpr int ResultsWidth = 800;
    resize(qMax(width(), ResultsWidth), qMax(height(), sizeHint().height()));
}

void LookupDialog::updateSwitchButton()
{
    const QTreeWidgetItem *item = m_ui->profilesTree->currentItem();
    const int index = item ? m_ui->profilesTree->indexOfTopLevelItem(const_cast<QTreeWidgetItem *>(item)) : -1;
    const bool found = index >= 0 && index < m_profileResults.size() &&
                       m_profileResults.at(index).outcome == ProfileLookup::Outcome::Found;
    const bool here = found && m_profileResults.at(index).profile == m_currentProfile;
    // The selected row in words, in full: the reason a profile could not be asked is a sentence.
    QString detail;
    if (index >= 0 && index < m_profileResults.size()) {
        const ProfileLookup::Result &r = m_profileResults.at(index);
        const QString where = r.destination.isEmpty() ? r.profile : tr("%1 (%2)").arg(r.profile, r.destination);
        switch (r.outcome) {
        case ProfileLookup::Outcome::Pending:
            detail = tr("%1: asking…").arg(where);
            break;
        case ProfileLookup::Outcome::Found:
            detail = tr("%1 knows this secret: token %2, %3, owned by %4.")
                         .arg(where, r.token.name.value_or(QString()), r.token.id.value_or(QString()),
                              r.token.userId.value_or(tr("unknown")));
            break;
        case ProfileLookup::Outcome::NotKnown:
            detail = tr("%1 was asked and knows no token with this secret.").arg(where);
            break;
        case ProfileLookup::Outcome::NotAsked:
            detail = tr("%1 could not be asked: %2").arg(where, r.reason);
            break;
        }
    }
    m_ui->profileDetailLabel->setText(detail);
    m_ui->profileDetailLabel->setVisible(!detail.isEmpty());
    m_ui->switchProfileButton->setText(here ? tr("&Show the token here") : tr("&Switch to this profile"));
    // Not while a lookup is out: switching ends the connection it may be using.
    m_ui->switchProfileButton->setEnabled(found && !m_busy);
}

QTreeWidget *LookupDialog::profilesTree() const
{
    return m_ui->profilesTree;
}

QString LookupDialog::profileDetailText() const
{
    return m_ui->profileDetailLabel->isVisibleTo(this) ? m_ui->profileDetailLabel->text() : QString();
}

QPushButton *LookupDialog::allProfilesButton() const
{
    return m_ui->allProfilesButton;
}

QPushButton *LookupDialog::switchProfileButton() const
{
    return m_ui->switchProfileButton;
}

void LookupDialog::requestLookup()
{
    if (m_busy || !m_ui->lookupButton->isEnabled())
        return;
    DialogStyle::setErrorText(m_ui->errorLabel, QString());
    m_ui->tableStatusLabel->clear();
    // The answers of an earlier all-profiles lookup were about another secret: not beside this one.
    m_profileResults.clear();
    m_ui->profilesTree->clear();
    m_ui->profilesTree->setVisible(false);
    m_ui->switchProfileButton->setVisible(false);
    m_ui->profileDetailLabel->setVisible(false);
    Q_EMIT lookupRequested(normalised(m_ui->secretLineEdit->text()));
}

void LookupDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->secretLineEdit->setReadOnly(busy);
    m_ui->lookupButton->setText(busy ? tr("Looking up…") : tr("&Look up"));
    updateFormat();
    updateSwitchButton();
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
