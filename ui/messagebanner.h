// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// A non-modal banner above the table (KMessageWidget style): what failed, the HTTP status,
// Dynatrace's message, and Retry / Details. It never replaces the content under it.
#pragma once

#include <QFrame>

#include <functional>

class QLabel;
class QPushButton;
class QToolButton;

namespace TokenDesk {

struct ApiError;

class MessageBanner final : public QFrame
{
    Q_OBJECT
public:
    enum class Level { Information, Warning, Error };

    explicit MessageBanner(QWidget *parent = nullptr);

    void showMessage(Level level, const QString &text, const QString &details = QString(), bool retryable = false);
    void showError(const ApiError &error, bool retryable);
    void dismiss();
    // A banner that must stay while its condition holds (e.g. an unencrypted connection) has no
    // close button.
    void setDismissable(bool dismissable);

    // One more button after the text (e.g. "Load them"), until the next showMessage(); clicking it
    // emits actionRequested() and leaves the banner as it is.
    void setAction(const QString &text, const QString &accessibleDescription = QString());
    // The same, but clicking runs `handler` instead of emitting actionRequested().
    void setAction(const QString &text, const QString &accessibleDescription, std::function<void()> handler);
    QString actionText() const;
    bool isActionVisible() const;
    void setActionEnabled(bool enabled);

    // The token the message is about (empty: none), until the next showMessage(). The window
    // removes the message when that token becomes visible or is deleted.
    void setSubjectId(const QString &id) { m_subjectId = id; }
    QString subjectId() const { return isHidden() ? QString() : m_subjectId; }

    Level level() const { return m_level; }
    QString text() const;
    QString details() const { return m_details; }
    bool isRetryVisible() const;

Q_SIGNALS:
    void retryRequested();
    void actionRequested();

private:
    void toggleDetails();

    Level m_level = Level::Information;
    QString m_details;
    QLabel *m_icon;
    QLabel *m_text;
    QLabel *m_detailsLabel;
    QPushButton *m_retry;
    QPushButton *m_detailsButton;
    QPushButton *m_action;
    std::function<void()> m_actionHandler;
    QString m_subjectId;
    QToolButton *m_close;
};

} // namespace TokenDesk
