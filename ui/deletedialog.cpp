// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "deletedialog.h"

#include "dialogstyle.h"
#include "model/tokentablemodel.h"
#include "ui_deletedialog.h"

#include <QAbstractListModel>
#include <QListView>
#include <QPushButton>
#include <QStyle>

namespace TokenDesk {

namespace {

class ListedModel final : public QAbstractListModel
{
public:
    ListedModel(const QList<DeleteDialog::Listed> &tokens, QObject *parent)
        : QAbstractListModel(parent)
        , m_tokens(tokens)
    {}

    int rowCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : int(m_tokens.size());
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || index.row() >= m_tokens.size())
            return QVariant();
        const DeleteDialog::Listed &t = m_tokens.at(index.row());
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return DeleteDialog::tr("%1 (%2)").arg(t.name.isEmpty() ? DeleteDialog::tr("unnamed") : t.name, t.id);
        if (role == Qt::ToolTipRole)
            return DialogStyle::plainToolTip(t.id); // as it is, even if the server sent markup
        return QVariant();
    }

private:
    QList<DeleteDialog::Listed> m_tokens;
};

} // namespace

QListView *DeleteDialog::createTokenList(const QList<Listed> &tokens, QWidget *parent)
{
    auto *view = new QListView(parent);
    view->setObjectName(QStringLiteral("tokenListView"));
    view->setModel(new ListedModel(tokens, view));
    view->setUniformItemSizes(true); // no per-row size hint over 1,000,000 rows
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionMode(QAbstractItemView::NoSelection);
    view->setAccessibleName(tr("Tokens affected"));
    view->setAccessibleDescription(tr("Every token this action changes, by name and ID"));
    const int rows = int(qMin<qsizetype>(tokens.size(), 8));
    view->setMinimumHeight(view->fontMetrics().height() * (rows + 1) + 2 * view->frameWidth());
    view->setMaximumHeight(view->fontMetrics().height() * 12 + 2 * view->frameWidth());
    return view;
}

DeleteDialog::Summary DeleteDialog::summarize(const QList<Token> &tokens, qint64 nowMs)
{
    Summary summary;
    summary.count = int(tokens.size());
    for (const Token &t : tokens) {
        summary.system += t.isSystem ? 1 : 0;
        summary.recent += isRecent(t.lastUse, nowMs) ? 1 : 0;
        summary.active += t.revoked ? 0 : 1;
    }
    if (tokens.size() == 1)
        summary.single = tokens.first();
    return summary;
}

DeleteDialog::DeleteDialog(const QList<Token> &tokens, qint64 nowMs, QWidget *parent)
    : DeleteDialog(summarize(tokens, nowMs), parent)
{}

DeleteDialog::DeleteDialog(const Summary &summary, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::DeleteDialog>())
    , m_count(summary.count)
{
    m_ui->setupUi(this);
    const int n = summary.count;
    m_ui->iconLabel->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(48, 48));
    const int system = summary.system;
    const int recent = summary.recent;
    const int active = summary.active;

    if (n == 1 && summary.single) {
        const Token &t = *summary.single;
        const QString owner = t.owner.value_or(tr("an owner not loaded yet"));
        m_question = tr("Delete “%1” (%2) owned by %3?").arg(t.name, t.id, owner);
        m_ui->questionLabel->setText(tr("<b>Delete “%1”</b> (<code>%2</code>) owned by <b>%3</b>?")
                                         .arg(t.name.toHtmlEscaped(), t.id.toHtmlEscaped(), owner.toHtmlEscaped()));
        setWindowTitle(tr("Delete token"));
    } else {
        m_question = tr("Delete %n tokens?", nullptr, n);
        m_ui->questionLabel->setText(QStringLiteral("<b>") + m_question.toHtmlEscaped() + QStringLiteral("</b>"));
        setWindowTitle(tr("Delete %n tokens", nullptr, n));
    }

    if (n > 1 && !summary.listed.isEmpty()) {
        m_list = createTokenList(summary.listed, this);
        m_ui->mainLayout->insertWidget(1, m_list);
    }

    if (system > 0) {
        const QString examples = TokenTableModel::systemTokenNames().join(QStringLiteral(", "));
        m_warnings << (n == 1 ? tr("The cluster created this token itself (e.g. %1). "
                                   "Deleting it may break the feature that still uses it.")
                                    .arg(examples)
                              : tr("%n of them were created by the cluster itself (e.g. %1). "
                                   "Deleting them may break the features that still use them.",
                                   nullptr, system)
                                    .arg(examples));
    }
    if (recent > 0)
        m_warnings << (n == 1 ? tr("It was used in the last %n days: something still relies on it.", nullptr,
                                   RecentUseDays)
                              : tr("%n of them were used in the last %1 days: something still relies on them.", nullptr,
                                   recent)
                                    .arg(RecentUseDays));
    m_warnings << tr("Deleting cannot be undone. Revoking first is the safer step: anything still using the token "
                     "fails visibly and you can reactivate it; delete it after a quiet week.");

    QString html = QStringLiteral("<ul style=\"margin-left:0px;-qt-list-indent:1\">");
    for (int i = 0; i < m_warnings.size(); ++i) {
        const bool strong = i < m_warnings.size() - 1;
        html += QStringLiteral("<li>") + (strong ? QStringLiteral("<b>⚠ ") : QString()) +
                m_warnings.at(i).toHtmlEscaped() + (strong ? QStringLiteral("</b>") : QString()) +
                QStringLiteral("</li>");
    }
    html += QStringLiteral("</ul>");
    m_ui->warningsLabel->setText(html);

    m_ui->confirmLabel->setVisible(needsTypedCount());
    m_ui->confirmLineEdit->setVisible(needsTypedCount());
    m_ui->confirmLabel->setText(tr("Type %1 to delete %n tokens:", nullptr, n).arg(n));
    m_ui->confirmLineEdit->setAccessibleName(tr("Number of tokens to delete"));
    m_ui->confirmLineEdit->setAccessibleDescription(tr("Type the number of tokens to confirm the deletion"));
    m_ui->confirmLineEdit->setInputMethodHints(Qt::ImhDigitsOnly);

    if (active > 0) {
        m_revokeInstead = m_ui->buttonBox->addButton(
            n == 1 ? tr("&Revoke instead") : tr("&Revoke %n instead", nullptr, active), QDialogButtonBox::ActionRole);
        m_revokeInstead->setToolTip(tr("Disable instead of deleting; it can be reactivated"));
        connect(m_revokeInstead, &QPushButton::clicked, this, [this] {
            m_choice = Choice::RevokeInstead;
            QDialog::accept();
        });
    }
    m_delete = m_ui->buttonBox->addButton(n == 1 ? tr("&Delete") : tr("&Delete %n", nullptr, n),
                                          QDialogButtonBox::DestructiveRole);
    m_delete->setAccessibleDescription(tr("Delete for good; this cannot be undone"));
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (!m_delete->isEnabled())
            return;
        m_choice = Choice::Delete;
        QDialog::accept();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->confirmLineEdit, &QLineEdit::textChanged, this, &DeleteDialog::updateButtons);
    connect(m_ui->confirmLineEdit, &QLineEdit::returnPressed, this, &DeleteDialog::confirmTypedCount);
    DialogStyle::makeErrorLabel(m_ui->confirmErrorLabel);

    QPushButton *cancel = m_ui->buttonBox->button(QDialogButtonBox::Cancel);
    // One token: Enter is Cancel, the safe answer. Many: Enter in the count field is the typed
    // confirmation (confirmTypedCount), so no button may take it first.
    cancel->setDefault(!needsTypedCount());
    cancel->setAutoDefault(!needsTypedCount());
    m_delete->setAutoDefault(false);
    if (m_revokeInstead)
        m_revokeInstead->setAutoDefault(!needsTypedCount());
    if (needsTypedCount())
        m_ui->confirmLineEdit->setFocus();
    else
        cancel->setFocus();
    updateButtons();
    setMinimumWidth(560);
    adjustSize();
}

DeleteDialog::~DeleteDialog() = default;

QString DeleteDialog::questionText() const
{
    return m_question;
}

void DeleteDialog::setTypedCount(const QString &text)
{
    m_ui->confirmLineEdit->setText(text);
}

QString DeleteDialog::confirmError() const
{
    return DialogStyle::errorText(m_ui->confirmErrorLabel);
}

void DeleteDialog::confirmTypedCount()
{
    if (!needsTypedCount())
        return;
    const QString typed = m_ui->confirmLineEdit->text().trimmed();
    if (m_delete->isEnabled()) {
        m_choice = Choice::Delete;
        QDialog::accept();
        return;
    }
    DialogStyle::setErrorText(
        m_ui->confirmErrorLabel,
        typed.isEmpty()
            ? tr("Type %1 and press Enter to delete %n tokens. Nothing was deleted.", nullptr, count()).arg(count())
            : tr("“%2” is not %1: type %1 to delete %n tokens. Nothing was deleted.", nullptr, count())
                  .arg(count())
                  .arg(typed));
    m_ui->confirmLineEdit->selectAll();
}

void DeleteDialog::updateButtons()
{
    DialogStyle::setErrorText(m_ui->confirmErrorLabel, QString());
    const bool confirmed = !needsTypedCount() || m_ui->confirmLineEdit->text().trimmed() == QString::number(count());
    m_delete->setEnabled(confirmed);
    m_delete->setToolTip(confirmed ? QString() : tr("Type %1 first").arg(count()));
}

} // namespace TokenDesk
