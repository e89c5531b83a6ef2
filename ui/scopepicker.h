// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// A searchable, checkable list of token scopes with a one-line description of each, and a count
// ("3 selected"). Used by the create and edit dialogs. Scopes the catalog does not know (the API
// may add values; a token may carry them) are kept as items marked "not documented", so an edit
// never drops them by accident.
#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace TokenDesk {

class ScopePicker final : public QWidget
{
    Q_OBJECT
public:
    explicit ScopePicker(QWidget *parent = nullptr);
    ~ScopePicker() override;

    // Checks exactly these scopes; unknown ones are added as undocumented items.
    void setCheckedScopes(const QStringList &scopes);
    // Checked scopes in list order: the catalog's order, then undocumented ones as added.
    QStringList checkedScopes() const;
    int checkedCount() const;
    // Adds an unchecked item for each of these scopes the list lacks (undocumented ones tokens
    // carry), so that they can be picked like the others.
    void addScopes(const QStringList &scopes);
    void setScopeChecked(const QString &scope, bool checked);
    bool isScopeVisible(const QString &scope) const;

    // A line under the list (a server's constraint violation); empty hides it.
    void setErrorText(const QString &text);
    QString errorText() const;

    QLineEdit *searchLineEdit() const { return m_search; }
    QListWidget *listWidget() const { return m_list; }
    QPushButton *addCustomButton() const { return m_addCustom; }
    QLabel *countLabel() const { return m_count; }

    // Whether text could be a scope name (letters, digits, '.', '_', '-'; starts with a letter).
    static bool isPlausibleScopeName(const QString &text);

Q_SIGNALS:
    void checkedScopesChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QListWidgetItem *addItem(const QString &name, const QString &text, const QString &toolTip);
    QListWidgetItem *itemOf(const QString &scope) const;
    void applyFilter();
    void addCustomScope();
    void updateCount();

    QLineEdit *m_search;
    QListWidget *m_list;
    QLabel *m_count;
    QPushButton *m_addCustom;
    QLabel *m_error;
};

} // namespace TokenDesk
