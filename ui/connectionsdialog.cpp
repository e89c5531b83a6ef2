// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "connectionsdialog.h"

#include "api/tokenformat.h"
#include "api/tokensservice.h"
#include "api/transportsecurity.h"
#include "dialogstyle.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace TokenDesk {

ConnectionsDialog::ConnectionsDialog(QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_token(new QLineEdit(this))
    , m_caFile(new QLineEdit(this))
    , m_allowInsecureHttp(new QCheckBox(tr("Allow unencrypted &http — the API token travels in clear"), this))
    , m_insecureNote(new QLabel(this))
    , m_secretNote(new QLabel(this))
    , m_testResult(new QLabel(this))
    , m_error(new QLabel(this))
    , m_add(new QPushButton(tr("&New"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_test(new QPushButton(tr("&Test connection"), this))
    , m_connect(new QPushButton(tr("&Connect"), this))
{
    setWindowTitle(tr("Connections"));
    setObjectName(QStringLiteral("connectionsDialog"));
    m_list->setObjectName(QStringLiteral("profilesListWidget"));
    m_list->setAccessibleName(tr("Connection profiles"));
    m_list->setAccessibleDescription(tr("The saved clusters; select one to change or connect to it"));
    m_name->setObjectName(QStringLiteral("nameLineEdit"));
    m_name->setAccessibleName(tr("Profile name"));
    m_name->setPlaceholderText(tr("prod-cluster"));
    m_url->setObjectName(QStringLiteral("urlLineEdit"));
    m_url->setAccessibleName(tr("Cluster URL"));
    m_url->setPlaceholderText(tr("https://cluster.example.com"));
    m_token->setObjectName(QStringLiteral("tokenLineEdit"));
    m_token->setAccessibleName(tr("API token"));
    m_token->setAccessibleDescription(
        tr("The secret TokenDesk connects with; kept in the system keyring, never in a file"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setAttribute(Qt::WA_InputMethodEnabled, false);
    m_caFile->setObjectName(QStringLiteral("caFileLineEdit"));
    m_caFile->setAccessibleName(tr("CA certificate file"));
    m_caFile->setPlaceholderText(tr("System CAs"));
    m_allowInsecureHttp->setObjectName(QStringLiteral("allowInsecureHttpCheckBox"));
    m_allowInsecureHttp->setAccessibleDescription(
        tr("Needed for an http:// address of another computer: anyone on the network path can read the API token"));
    m_allowInsecureHttp->setToolTip(m_allowInsecureHttp->accessibleDescription());
    m_insecureNote->setObjectName(QStringLiteral("insecureHttpNote"));
    m_insecureNote->setWordWrap(true);
    m_insecureNote->setTextFormat(Qt::PlainText);
    m_insecureNote->setStyleSheet(DialogStyle::warningStyleSheet(this));
    m_insecureNote->hide();
    m_secretNote->setWordWrap(true);
    m_testResult->setWordWrap(true);
    m_testResult->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(DialogStyle::errorStyleSheet(this));
    m_connect->setDefault(true);
    m_add->setToolTip(tr("Start a new connection profile"));
    m_remove->setToolTip(tr("Remove the selected profile and its stored API token"));
    m_test->setToolTip(tr("Try to list one token with these settings"));
    m_connect->setToolTip(tr("Save the profile and connect to its cluster"));

    auto *browse = new QPushButton(tr("Browse…"), this);
    browse->setToolTip(tr("Choose a PEM file with the certificate authority of the cluster"));
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("Cluster &URL"), m_url);
    form->addRow(tr("API &token"), m_token);
    form->addRow(QString(), m_secretNote);
    // A row with a layout gets no buddy from QFormLayout: the label names the file field itself,
    // or the mnemonic would show as a literal "&".
    auto *caLabel = new QLabel(tr("CA &file"), this);
    caLabel->setBuddy(m_caFile);
    form->addRow(caLabel, caRow);
    form->addRow(QString(), m_allowInsecureHttp);
    form->addRow(QString(), m_insecureNote);

    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_remove);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);

    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_testResult, 1);

    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addLayout(testRow);
    right->addWidget(m_error);
    right->addStretch(1);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_connect, QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, &ConnectionsDialog::loadSelected);
    connect(m_add, &QPushButton::clicked, this, [this] {
        m_list->setCurrentRow(-1);
        m_name->clear();
        m_url->clear();
        m_caFile->clear();
        m_allowInsecureHttp->setChecked(false);
        clearSecretField();
        m_name->setFocus();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (auto *item = m_list->currentItem())
            Q_EMIT removeRequested(item->text());
    });
    connect(browse, &QPushButton::clicked, this, [this] {
        auto *fd =
            new QFileDialog(this, tr("CA certificate"), QString(), tr("PEM certificates (*.pem *.crt);;All files (*)"));
        fd->setAttribute(Qt::WA_DeleteOnClose);
        connect(fd, &QFileDialog::fileSelected, m_caFile, &QLineEdit::setText);
        fd->open();
    });
    connect(m_test, &QPushButton::clicked, this, [this] {
        const QString error = validationError();
        m_error->setText(error);
        if (!error.isEmpty())
            return;
        m_testResult->setText(tr("Testing…"));
        Q_EMIT testRequested(editedProfile(), typedSecret());
    });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        const QString error = validationError();
        m_error->setText(error);
        if (!error.isEmpty())
            return;
        Q_EMIT connectRequested(editedProfile(), typedSecret());
        clearSecretField();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(this, &QDialog::finished, this, &ConnectionsDialog::clearSecretField);
    for (auto *edit : {m_name, m_url})
        connect(edit, &QLineEdit::textChanged, this, &ConnectionsDialog::updateButtons);
    connect(m_url, &QLineEdit::textChanged, this, &ConnectionsDialog::onUrlEdited);
    connect(m_allowInsecureHttp, &QCheckBox::toggled, this, &ConnectionsDialog::updateButtons);
    updateButtons();
}

const ConnectionProfile *ConnectionsDialog::selectedProfile() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_profiles.size() ? &m_profiles[row] : nullptr;
}

bool ConnectionsDialog::storedTokenUsable() const
{
    const ConnectionProfile *selected = selectedProfile();
    if (!selected || selected->name != m_name->text().trimmed())
        return false;
    const QString destination = Transport::destinationOf(m_url->text());
    return !destination.isEmpty() && destination == selected->storedTokenDestination();
}

// A stored API token is sent only to the destination it was stored for: when the address moves to
// another scheme, host or port, the token field is emptied and the token must be typed anew.
void ConnectionsDialog::onUrlEdited()
{
    const QString destination = Transport::destinationOf(m_url->text());
    const bool moved = destination != m_urlDestination;
    m_urlDestination = destination;
    const ConnectionProfile *selected = selectedProfile();
    if (!selected)
        return;
    if (storedTokenUsable()) {
        m_token->setPlaceholderText(storedTokenPlaceholder());
    } else if (moved) {
        m_token->clear();
        m_token->setPlaceholderText(tr("Enter the API token for this address"));
    }
}

ConnectionsDialog::StoredToken ConnectionsDialog::storedTokenOf(const QString &profileName) const
{
    return m_storedTokens.value(profileName, StoredToken::Kept);
}

QString ConnectionsDialog::storedTokenPlaceholder() const
{
    const ConnectionProfile *selected = selectedProfile();
    switch (selected ? storedTokenOf(selected->name) : StoredToken::Kept) {
    case StoredToken::SessionOnly:
        return tr("Kept for this session only — type to replace");
    case StoredToken::Missing:
        return tr("Not stored — type the API token again");
    case StoredToken::Kept:
        break;
    }
    return tr("Stored — type to replace");
}

void ConnectionsDialog::setStoredToken(const QString &profileName, StoredToken where)
{
    m_storedTokens.insert(profileName, where);
    const ConnectionProfile *selected = selectedProfile();
    if (selected && selected->name == profileName && m_token->text().isEmpty() && storedTokenUsable())
        m_token->setPlaceholderText(storedTokenPlaceholder());
}

void ConnectionsDialog::setProfiles(const QList<ConnectionProfile> &profiles, const QString &current)
{
    m_profiles = profiles;
    m_list->clear();
    int currentRow = -1;
    for (int i = 0; i < profiles.size(); ++i) {
        m_list->addItem(profiles[i].name);
        if (profiles[i].name == current)
            currentRow = i;
    }
    m_list->setCurrentRow(currentRow >= 0 ? currentRow : (profiles.isEmpty() ? -1 : 0));
    updateButtons();
}

void ConnectionsDialog::setSecretStorageNote(const QString &note, bool warning)
{
    m_secretNote->setText(note);
    m_secretNote->setStyleSheet(warning ? DialogStyle::warningStyleSheet(this) : QString());
}

void ConnectionsDialog::setTestResult(bool ok, const QString &message)
{
    m_testResult->setText((ok ? QStringLiteral("✓ ") : QStringLiteral("✗ ")) + message);
}

void ConnectionsDialog::loadSelected()
{
    const int row = m_list->currentRow();
    clearSecretField();
    if (row < 0 || row >= m_profiles.size())
        return;
    const auto &p = m_profiles[row];
    m_name->setText(p.name);
    m_url->setText(p.url);
    m_urlDestination = Transport::destinationOf(p.url);
    m_caFile->setText(p.caFile);
    m_allowInsecureHttp->setChecked(p.allowInsecureHttp);
    m_token->setPlaceholderText(storedTokenUsable() ? storedTokenPlaceholder()
                                                    : tr("Enter the API token for this address"));
    m_testResult->clear();
    m_error->clear();
    updateButtons();
}

void ConnectionsDialog::clearSecretField()
{
    m_token->clear();
    m_token->setPlaceholderText(TokenFormat::secretHint());
}

void ConnectionsDialog::updateButtons()
{
    m_remove->setEnabled(m_list->currentRow() >= 0);
    const bool filled = !m_name->text().trimmed().isEmpty() && !m_url->text().trimmed().isEmpty();
    m_test->setEnabled(filled);
    m_connect->setEnabled(filled);
    // The choice about plain http is shown where it matters: an http:// address of another computer.
    const QUrl url = TokensService::normalizeBaseUrl(m_url->text());
    const Transport::Cleartext verdict = url.isValid()
                                             ? Transport::cleartextVerdict(url, m_allowInsecureHttp->isChecked())
                                             : Transport::Cleartext::Encrypted;
    const bool remoteHttp = verdict == Transport::Cleartext::Refused || verdict == Transport::Cleartext::Allowed;
    m_allowInsecureHttp->setEnabled(remoteHttp || m_allowInsecureHttp->isChecked());
    m_insecureNote->setVisible(verdict == Transport::Cleartext::Allowed);
    if (verdict == Transport::Cleartext::Allowed)
        m_insecureNote->setText(Transport::cleartextWarning(url));
}

ConnectionProfile ConnectionsDialog::editedProfile() const
{
    ConnectionProfile p;
    const int row = m_list->currentRow();
    if (row >= 0 && row < m_profiles.size())
        p = m_profiles[row];
    p.name = m_name->text().trimmed();
    if (p.url != m_url->text().trimmed())
        p.pinnedSha256.clear(); // another server: trust anew
    if (p.tokenDestination.isEmpty() && !p.url.isEmpty())
        p.tokenDestination = p.storedTokenDestination(); // recorded from now on
    p.url = m_url->text().trimmed();
    p.caFile = m_caFile->text().trimmed();
    p.allowInsecureHttp = m_allowInsecureHttp->isChecked();
    if (typedSecret())
        p.tokenDestination = Transport::destinationOf(p.url); // the typed token is for this address
    return p;
}

std::optional<QString> ConnectionsDialog::typedSecret() const
{
    const QString secret = m_token->text().trimmed();
    if (secret.isEmpty())
        return std::nullopt;
    return secret;
}

QString ConnectionsDialog::validationError() const
{
    if (m_name->text().trimmed().isEmpty())
        return tr("Give the profile a name.");
    QString urlError;
    if (!TokensService::normalizeBaseUrl(m_url->text(), &urlError).isValid())
        return tr("The cluster URL is not usable: %1").arg(urlError);
    const QUrl url = TokensService::normalizeBaseUrl(m_url->text());
    if (!Transport::maySendToken(url, m_allowInsecureHttp->isChecked()))
        return Transport::cleartextRefusal(url) + QLatin1Char(' ') +
               tr("To do so anyway, tick “%1”.").arg(m_allowInsecureHttp->text().remove(QLatin1Char('&')));
    const ConnectionProfile *selected = selectedProfile();
    const bool isNew = !selected || selected->name != m_name->text().trimmed();
    if (isNew && !typedSecret())
        return tr("Enter the API token this profile connects with (it needs the ClusterTokenManagement scope).");
    if (!typedSecret() && storedTokenOf(selected->name) == StoredToken::Missing)
        return tr("No API token is stored for this profile: type it again.");
    if (!typedSecret() && !storedTokenUsable())
        return tr("The address now points to another server (%1). The stored API token was entered for %2 and is "
                  "not sent anywhere else: enter the API token for the new address.")
            .arg(Transport::destinationOf(m_url->text()), selected->storedTokenDestination());
    return QString();
}

} // namespace TokenDesk
