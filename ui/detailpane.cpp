// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "detailpane.h"

#include "api/tokeninuse.h"
#include "audit/auditview.h"
#include "catalog/scopecatalog.h"
#include "core/timeunits.h"
#include "dialogstyle.h"

#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedLayout>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace TokenDesk {

namespace {

// A value of the pane never widens the dock: the dock's width is the user's. Its minimum width is
// about a date's; text with spaces wraps, and a text with a word too long for the width (an id,
// a name or an owner without spaces) is elided in the middle, whole in the tooltip.
class FittingLabel final : public QLabel
{
public:
    explicit FittingLabel(QWidget *parent)
        : QLabel(parent)
    {
        // Preferred, not Ignored: a form layout must see the minimum to put a value below its label.
        setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    }

    void setFullText(const QString &text, const QString &toolTip)
    {
        m_full = text;
        m_toolTip = toolTip;
        refit();
        updateGeometry();
    }
    QString fullText() const { return m_full; }

    QSize minimumSizeHint() const override
    {
        QSize size = QLabel::minimumSizeHint();
        // Room for a date ("2026-01-31") whatever is shown, so that the pane's minimum does not
        // change with the token; a longer word is elided.
        size.setWidth(12 * fontMetrics().averageCharWidth() + 2 * margin());
        return size;
    }
    QSize sizeHint() const override
    {
        QSize size = QLabel::sizeHint();
        size.setWidth(qMin(size.width(), 30 * fontMetrics().averageCharWidth()));
        return size;
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QLabel::resizeEvent(event);
        refit();
    }
    void showEvent(QShowEvent *event) override
    {
        QLabel::showEvent(event);
        refit();
    }

private:
    int longestWord() const
    {
        const QFontMetrics metrics = fontMetrics();
        int longest = 0;
        for (const QString &word : m_full.split(QRegularExpression(QStringLiteral("\\s")), Qt::SkipEmptyParts))
            longest = qMax(longest, metrics.horizontalAdvance(word));
        return longest;
    }

    void refit()
    {
        const QFontMetrics metrics = fontMetrics();
        const int available = contentsRect().width();
        // Not laid out yet (hidden): nothing to fit to, the text is shown whole.
        const bool fits = !isVisible() || longestWord() <= available || available <= 0;
        // A little under the width, so that the elided line never wraps at the ellipsis.
        const QString shown = fits ? m_full : metrics.elidedText(m_full, Qt::ElideMiddle, available - 4);
        if (text() != shown)
            setText(shown);
        // As it is, never as markup: names and owners come from the server.
        const QString tip = DialogStyle::plainToolTip(fits                  ? m_toolTip
                                                      : m_toolTip.isEmpty() ? m_full
                                                                            : m_full + QLatin1Char('\n') + m_toolTip);
        if (toolTip() != tip)
            setToolTip(tip);
    }

    QString m_full;
    QString m_toolTip;
};

void setFitted(QLabel *label, const QString &text, const QString &toolTip = QString())
{
    if (auto *fitting = dynamic_cast<FittingLabel *>(label)) {
        fitting->setFullText(text, toolTip);
    } else {
        label->setText(text);
        label->setToolTip(toolTip);
    }
}

QLabel *valueLabel(QWidget *parent, const QString &accessibleName)
{
    auto *label = new FittingLabel(parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setAccessibleName(accessibleName);
    return label;
}
} // namespace

DetailPane::DetailPane(QWidget *parent)
    : QWidget(parent)
    , m_title(new FittingLabel(this))
    , m_idLabel(valueLabel(this, tr("Token ID")))
    , m_copyId(new QToolButton(this))
    , m_badgeLabel(new FittingLabel(this))
    , m_owner(valueLabel(this, tr("Owner")))
    , m_status(valueLabel(this, tr("Status")))
    , m_created(valueLabel(this, tr("Created")))
    , m_expires(valueLabel(this, tr("Expires")))
    , m_lastUse(valueLabel(this, tr("Last used")))
    , m_kind(valueLabel(this, tr("Kind")))
    , m_scopes(new QListWidget(this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_revoke(new QPushButton(tr("Re&voke"), this))
    , m_placeholder(new QLabel(tr("Select a token to see its details."), this))
    , m_body(new QWidget(this))
{
    setObjectName(QStringLiteral("detailPane"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setAccessibleName(tr("Token name"));
    m_copyId->setIcon(style()->standardIcon(QStyle::SP_FileDialogDetailedView));
    m_copyId->setText(tr("Copy ID"));
    m_copyId->setToolTip(tr("Copy the token ID (Ctrl+Shift+C)"));
    m_copyId->setAccessibleName(tr("Copy token ID"));
    m_badgeLabel->setWordWrap(true);
    m_badgeLabel->setTextFormat(Qt::PlainText);
    m_badgeLabel->setAccessibleName(tr("Badges"));
    m_scopes->setAccessibleName(tr("Scopes"));
    m_scopes->setSelectionMode(QAbstractItemView::NoSelection);
    // A long scope name is elided, not a reason to widen the dock; its tooltip has it whole.
    m_scopes->setTextElideMode(Qt::ElideMiddle);
    m_scopes->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scopes->setMinimumWidth(1);
    m_scopes->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Expanding);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_edit->setObjectName(QStringLiteral("editPushButton"));
    m_revoke->setObjectName(QStringLiteral("revokePushButton"));

    auto *idRow = new QHBoxLayout;
    idRow->addWidget(m_idLabel, 1);
    idRow->addWidget(m_copyId);
    auto *form = new QFormLayout;
    form->addRow(tr("Owner"), m_owner);
    form->addRow(tr("Status"), m_status);
    form->addRow(tr("Created"), m_created);
    form->addRow(tr("Expires"), m_expires);
    form->addRow(tr("Last used"), m_lastUse);
    form->addRow(tr("Kind"), m_kind);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_edit);
    buttons->addWidget(m_revoke);
    buttons->addStretch(1);
    auto *bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addWidget(m_title);
    bodyLayout->addLayout(idRow);
    bodyLayout->addWidget(m_badgeLabel);
    bodyLayout->addLayout(form);
    bodyLayout->addWidget(new QLabel(tr("Scopes"), m_body));
    bodyLayout->addWidget(m_scopes, 1);
    bodyLayout->addLayout(buttons);
    // One page or the other, and the pane's minimum width is the same for both: selecting a token
    // does not make the dock jump wider.
    auto *layout = new QStackedLayout(this);
    layout->addWidget(m_placeholder);
    layout->addWidget(m_body);

    connect(m_edit, &QPushButton::clicked, this, &DetailPane::editRequested);
    connect(m_revoke, &QPushButton::clicked, this, &DetailPane::revokeRequested);
    connect(m_copyId, &QToolButton::clicked, this, [this] {
        if (!m_id.isEmpty())
            Q_EMIT copyIdRequested(m_id);
    });
    clear();
}

QString DetailPane::localTime(std::optional<qint64> ms)
{
    if (!ms)
        return QString();
    return QDateTime::fromMSecsSinceEpoch(*ms).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString DetailPane::utcTime(std::optional<qint64> ms)
{
    if (!ms)
        return QString();
    return QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

void DetailPane::setRow(QLabel *value, const QString &text, const QString &tooltip)
{
    setFitted(value, text, tooltip);
}

void DetailPane::clear()
{
    m_id.clear();
    m_badges.clear();
    static_cast<QStackedLayout *>(layout())->setCurrentWidget(m_placeholder);
}

void DetailPane::showToken(const TokenStub &stub, const std::optional<TokenMetadata> &details, bool isSelf,
                           bool isSystem, qint64 nowMs)
{
    m_id = stub.id;
    static_cast<QStackedLayout *>(layout())->setCurrentWidget(m_body);
    setFitted(m_title, stub.name.value_or(tr("(no name)")));
    setFitted(m_idLabel, stub.id);
    m_badges.clear();
    if (isSelf)
        m_badges << QStringLiteral("◉ ") + tr("The token this connection uses");
    if (isSystem)
        m_badges << tr("⚙ Auto-created system token");

    const QString loading = tr("⋯ loading");
    if (!details) {
        for (auto *label : {m_owner, m_status, m_created, m_expires, m_lastUse, m_kind})
            setRow(label, loading);
        m_scopes->clear();
        setFitted(m_badgeLabel, m_badges.join(QLatin1Char('\n')));
        m_badgeLabel->setVisible(!m_badges.isEmpty());
        m_edit->setEnabled(false);
        m_revoke->setEnabled(false);
        return;
    }

    const TokenMetadata &md = *details;
    setRow(m_owner, md.userId.value_or(tr("unknown")));
    const bool revoked = md.isRevoked();
    const bool expired = md.isExpiredAt(nowMs);
    if (revoked)
        m_badges << tr("⊘ Revoked");
    if (expired)
        m_badges << QStringLiteral("◷ ") + tr("Expired");
    else if (md.expires && *md.expires - nowMs <= AuditViews::ExpiringDays * TimeUnits::MsPerDay)
        m_badges << tr("⚠ Expires within %n days", nullptr, AuditViews::ExpiringDays); // as the audit view counts
    setRow(m_status, revoked ? tr("Revoked") : expired ? tr("Expired") : tr("Active"));
    setRow(m_created, md.created ? localTime(md.created) : tr("unknown"), utcTime(md.created));
    setRow(m_expires, md.expires ? localTime(md.expires) : tr("never"), utcTime(md.expires));
    setRow(m_lastUse, md.lastUse ? localTime(md.lastUse) : tr("never used"), utcTime(md.lastUse));
    setRow(m_kind, md.personalAccessToken.value_or(false) ? tr("Personal access token") : tr("API token"));
    m_scopes->clear();
    for (const auto &scope : md.scopes.value_or(QStringList())) {
        auto *item = new QListWidgetItem(scope, m_scopes);
        item->setToolTip(ScopeCatalog::describe(scope));
    }
    setFitted(m_badgeLabel, m_badges.join(QLatin1Char('\n')));
    m_badgeLabel->setVisible(!m_badges.isEmpty());
    m_edit->setEnabled(!isSelf);
    m_edit->setToolTip(isSelf ? TokenInUse::reason() : QString());
    m_revoke->setEnabled(!isSelf);
    m_revoke->setText(revoked ? tr("Re&activate") : tr("Re&voke"));
    m_revoke->setToolTip(isSelf ? TokenInUse::reason() : QString());
}

} // namespace TokenDesk
