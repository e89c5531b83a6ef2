// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// All metadata of the selected token: dates in local time with UTC in the tooltip, and badges for
// system token, revoked, expired, expiring within 30 days and "the token this connection uses".
#pragma once

#include "api/tokentypes.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QToolButton;

namespace TokenDesk {

class DetailPane final : public QWidget
{
    Q_OBJECT
public:
    explicit DetailPane(QWidget *parent = nullptr);

    // Shows a token. `detailsLoaded` false: only id and name are known yet.
    void showToken(const TokenStub &stub, const std::optional<TokenMetadata> &details, bool isSelf, bool isSystem,
                   qint64 nowMs);
    void clear();

    QString shownId() const { return m_id; }
    QStringList badges() const { return m_badges; }
    // "2026-01-31 12:00" in local time; empty for absent.
    static QString localTime(std::optional<qint64> ms);
    static QString utcTime(std::optional<qint64> ms);

Q_SIGNALS:
    void editRequested();
    void revokeRequested();
    void copyIdRequested(const QString &id);

private:
    void setRow(QLabel *value, const QString &text, const QString &tooltip = QString());

    QString m_id;
    QStringList m_badges;
    QLabel *m_title;
    QLabel *m_idLabel;
    QToolButton *m_copyId;
    QLabel *m_badgeLabel;
    QLabel *m_owner;
    QLabel *m_status;
    QLabel *m_created;
    QLabel *m_expires;
    QLabel *m_lastUse;
    QLabel *m_kind;
    QListWidget *m_scopes;
    QPushButton *m_edit;
    QPushButton *m_revoke;
    QLabel *m_placeholder;
    QWidget *m_body;
};

} // namespace TokenDesk
