// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// "Delete": names the token (name, id, owner), warns where it applies (a token the cluster created
// itself; a token used in the last 7 days; deleting cannot be undone, revoking first is the
// safer step, as Dynatrace's rotation guidance says) and offers "Revoke instead". For more than
// one token the user types the count to enable Delete, and Enter then deletes (with a wrong count,
// Enter deletes nothing and says why). No I/O: the result is choice().
#pragma once

#include "core/timeunits.h"

#include <QDialog>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

class QListView;
class QPushButton;

namespace Ui {
class DeleteDialog;
}

namespace TokenDesk {

class DeleteDialog final : public QDialog
{
    Q_OBJECT
public:
    struct Token
    {
        QString id;
        QString name;
        std::optional<QString> owner; // nullopt: details not loaded
        std::optional<qint64> lastUse;
        bool isSystem = false;
        bool revoked = false;
    };
    // A token as the confirmation lists it.
    struct Listed
    {
        QString id;
        QString name;
    };
    // What the dialog needs to know about many tokens, without a Token per row (1,000,000 rows).
    struct Summary
    {
        QList<Listed> listed; // count > 1: the tokens, listed under the question
        int count = 0;
        int system = 0;              // auto-created system tokens
        int recent = 0;              // used in the last RecentUseDays days
        int active = 0;              // not revoked (those "Revoke instead" would change)
        std::optional<Token> single; // set when count == 1: named in the question
    };
    enum class Choice { Cancel, Delete, RevokeInstead };

    // A token used this recently is probably still relied on: deleting it gets a warning.
    static constexpr int RecentUseDays = 7;
    static bool isRecent(const std::optional<qint64> &lastUse, qint64 nowMs)
    {
        return lastUse && nowMs - *lastUse <= RecentUseDays * TimeUnits::MsPerDay;
    }
    static Summary summarize(const QList<Token> &tokens, qint64 nowMs);
    // A read-only, scrollable list of "name (id)" lines, for every bulk confirmation. Cheap for
    // any count: a line's text is made only when it is shown.
    static QListView *createTokenList(const QList<Listed> &tokens, QWidget *parent);

    DeleteDialog(const QList<Token> &tokens, qint64 nowMs, QWidget *parent = nullptr);
    explicit DeleteDialog(const Summary &summary, QWidget *parent = nullptr);
    ~DeleteDialog() override;

    Choice choice() const { return m_choice; }
    int count() const { return m_count; }
    bool needsTypedCount() const { return m_count > 1; }
    // Plain-text forms of what is shown (tests, accessibility).
    QString questionText() const;
    QStringList warnings() const { return m_warnings; }

    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *revokeInsteadButton() const { return m_revokeInstead; }
    // The list of tokens (count > 1), else nullptr.
    QListView *tokenList() const { return m_list; }
    void setTypedCount(const QString &text);
    // Why Enter did not delete (a wrong or missing count); empty otherwise.
    QString confirmError() const;

private:
    void updateButtons();
    void confirmTypedCount();

    std::unique_ptr<Ui::DeleteDialog> m_ui;
    int m_count = 0;
    QStringList m_warnings;
    QString m_question;
    Choice m_choice = Choice::Cancel;
    QPushButton *m_delete;
    QPushButton *m_revokeInstead = nullptr;
    QListView *m_list = nullptr;
};

} // namespace TokenDesk
