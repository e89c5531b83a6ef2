// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "messagebanner.h"

#include "api/apierror.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace TokenDesk {

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_detailsLabel(new QLabel(this))
    , m_retry(new QPushButton(tr("&Retry"), this))
    , m_detailsButton(new QPushButton(tr("Details"), this))
    , m_action(new QPushButton(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setAccessibleName(tr("Message"));

    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailsLabel->setWordWrap(true);
    m_detailsLabel->setTextFormat(Qt::PlainText);
    m_detailsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailsLabel->hide();
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss message"));
    m_retry->setAccessibleDescription(tr("Repeat the request that failed"));

    auto *row = new QHBoxLayout;
    row->addWidget(m_icon, 0, Qt::AlignTop);
    row->addWidget(m_text, 1);
    row->addWidget(m_action);
    row->addWidget(m_retry);
    row->addWidget(m_detailsButton);
    row->addWidget(m_close, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addLayout(row);
    layout->addWidget(m_detailsLabel);

    connect(m_retry, &QPushButton::clicked, this, [this] {
        dismiss();
        Q_EMIT retryRequested();
    });
    connect(m_detailsButton, &QPushButton::clicked, this, &MessageBanner::toggleDetails);
    connect(m_action, &QPushButton::clicked, this, [this] {
        // An action with its own handler is that handler's alone (a stale handler of the window
        // for an earlier message must not run too).
        if (m_actionHandler)
            m_actionHandler();
        else
            Q_EMIT actionRequested();
    });
    m_action->setObjectName(QStringLiteral("bannerActionButton"));
    m_action->hide();
    connect(m_close, &QToolButton::clicked, this, &MessageBanner::dismiss);
    hide();
}

void MessageBanner::setDismissable(bool dismissable)
{
    m_close->setVisible(dismissable);
}

void MessageBanner::showMessage(Level level, const QString &text, const QString &details, bool retryable)
{
    m_level = level;
    m_details = details;
    m_text->setText(text);
    m_detailsLabel->setText(details);
    m_detailsLabel->hide();
    m_detailsButton->setVisible(!details.isEmpty());
    m_retry->setVisible(retryable);
    m_action->hide();
    m_action->setEnabled(true);
    m_actionHandler = nullptr;
    m_subjectId.clear();
    // The close icon is made when first shown: the first standard icon loads Qt's image format
    // plugins, which a window starting with no message (the usual case) would load for nothing.
    if (m_close->icon().isNull())
        m_close->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));

    // Tint the window colour of the current palette (light or dark) towards the level's hue, the way
    // KMessageWidget does; the text keeps the palette's own colour so it stays readable in both.
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    QColor hue(0x3d, 0xae, 0xe9);
    switch (level) {
    case Level::Information:
        break;
    case Level::Warning:
        icon = QStyle::SP_MessageBoxWarning;
        hue = QColor(0xf6, 0x74, 0x00);
        break;
    case Level::Error:
        icon = QStyle::SP_MessageBoxCritical;
        hue = QColor(0xda, 0x44, 0x53);
        break;
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(size, size));
    QPalette pal = parentWidget() ? parentWidget()->palette() : QPalette();
    const QColor window = pal.color(QPalette::Window);
    const float amount = 0.22f;
    const QColor background = QColor::fromRgbF(window.redF() * (1 - amount) + hue.redF() * amount,
                                               window.greenF() * (1 - amount) + hue.greenF() * amount,
                                               window.blueF() * (1 - amount) + hue.blueF() * amount);
    pal.setColor(QPalette::Window, background);
    setPalette(pal);
    setAccessibleDescription(text);
    show();
}

void MessageBanner::showError(const ApiError &error, bool retryable)
{
    QStringList details;
    if (error.httpStatus > 0)
        details << tr("HTTP status: %1").arg(error.httpStatus);
    details << tr("Kind: %1").arg(ApiError::kindName(error.kind));
    for (const auto &v : error.violations) {
        details << QStringLiteral("%1: %2").arg(v.path.value_or(QStringLiteral("?")), v.message.value_or(QString()));
    }
    const Level level = error.kind == ApiError::Kind::RateLimited ? Level::Warning : Level::Error;
    showMessage(level, error.toString(), details.join(QLatin1Char('\n')), retryable);
}

void MessageBanner::dismiss()
{
    hide();
}

QString MessageBanner::text() const
{
    return m_text->text();
}

void MessageBanner::setAction(const QString &text, const QString &accessibleDescription)
{
    m_action->setText(text);
    m_action->setAccessibleDescription(accessibleDescription);
    m_actionHandler = nullptr;
    m_action->show();
}

void MessageBanner::setAction(const QString &text, const QString &accessibleDescription, std::function<void()> handler)
{
    setAction(text, accessibleDescription);
    m_actionHandler = std::move(handler);
}

QString MessageBanner::actionText() const
{
    return m_action->text();
}

bool MessageBanner::isActionVisible() const
{
    return !m_action->isHidden();
}

void MessageBanner::setActionEnabled(bool enabled)
{
    m_action->setEnabled(enabled);
}

bool MessageBanner::isRetryVisible() const
{
    return !m_retry->isHidden();
}

void MessageBanner::toggleDetails()
{
    m_detailsLabel->setVisible(m_detailsLabel->isHidden());
}

} // namespace TokenDesk
