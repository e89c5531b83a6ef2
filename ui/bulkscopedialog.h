// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// "Change scopes": adds and removes scopes on the selected tokens at once ("take settings.write
// away from every token of this team"). The user picks scopes to add and scopes to remove, each in
// a searchable list; a scope is in one of the two at most. A preview lists every selected token
// with what really changes for it given its current scopes (+ added, − removed), or why it is left
// alone (the token in use; it would end with no scope; nothing would change), with totals. It is
// recomputed whenever the choice changes, by the rule the job itself applies
// (BulkScopeJob::verdict), so what it promises is what happens.
//
// The preview uses the details the table has; the controller loads the missing ones and hands
// them in (setScopes), and until they are in, nothing can be confirmed. Nothing is sent before the
// user presses "Change N tokens": the dialog emits submitted(change()), the controller starts a
// BulkScopeJob over idsToSend() and hands it to run(). From then on the
// dialog shows progress, Cancel (nothing new is sent; what was sent is awaited and reported) and
// each token's result, like the bulk progress dialog. When the job has finished, the choices are
// still there and the preview follows the fresh details: a token that failed can be sent again.
// The dialog does no I/O.
#pragma once

#include "session/bulkscopejob.h"

#include <QDialog>
#include <QList>
#include <QPointer>
#include <QStringList>

#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace TokenDesk {

class BulkScopePreviewModel;
class ScopePicker;

class BulkScopeDialog final : public QDialog
{
    Q_OBJECT
public:
    struct Token
    {
        QString id;
        QString name;
        std::optional<QStringList> scopes; // none while the details are not loaded
        bool inUse = false;                // the token the connection authenticates with
    };
    // What the preview says about one token.
    enum class Preview {
        Loading,   // details not loaded yet
        NotLoaded, // its details could not be loaded: decided when it is read
        InUse,     // left alone: the token in use
        NoScope,   // left alone: it would end with no scope
        Unchanged, // nothing would change
        Changes,   // the + and − of added() and removed()
    };
    Q_ENUM(Preview)

    explicit BulkScopeDialog(const QList<Token> &tokens, QWidget *parent = nullptr);
    ~BulkScopeDialog() override;

    // A token's details arrived (or fresher ones, after a write): the preview follows.
    void setScopes(const QString &id, const QString &name, const QStringList &scopes);
    // The missing details are being loaded (done of total). Finished: those still without details
    // are NotLoaded (the job reads each token anyway and decides then).
    void setLoadingProgress(int done, int total);
    void setLoadingFinished();
    bool isLoading() const { return m_loading; }

    BulkScopeJob::Change change() const;
    // The ids to hand to the job: every token but the one in use, which is never sent.
    QStringList idsToSend() const;

    int tokenCount() const;
    int rowOfId(const QString &id) const;
    Preview preview(int row) const;
    QStringList added(int row) const;
    QStringList removed(int row) const;
    // The preview cell ("+ apiTokens.read − settings.write", "skipped: …") and the result cell.
    QString previewText(int row) const;
    QString resultText(int row) const;
    // "12 tokens: 8 change · 2 nothing to change · …"
    QString totalsText() const;
    // Tokens that would be sent (they change, or their details could not be loaded).
    int toSendCount() const;

    // Watches the job that sends the change; the dialog keeps it while open.
    void run(BulkScopeJob *job);
    BulkScopeJob *job() const;
    bool isRunning() const;
    // "Changing… 3 of 8 finished" / "✓ Finished. …"
    QString summary() const;

    ScopePicker *addPicker() const { return m_addPicker; }
    ScopePicker *removePicker() const { return m_removePicker; }
    QTableView *previewView() const { return m_view; }
    QPushButton *applyButton() const { return m_apply; }
    // Cancel while the job runs, Close otherwise.
    QPushButton *closeButton() const { return m_close; }
    QString noteText() const;

Q_SIGNALS:
    void submitted(const TokenDesk::BulkScopeJob::Change &change);

public Q_SLOTS:
    void accept() override;
    // While the job runs: cancels it (the dialog stays until the requests sent are answered).
    void reject() override;

private:
    void keepExclusive(ScopePicker *changed, ScopePicker *other, const QString &otherName);
    void recompute();
    void updateButtons();
    void updateSummary();

    BulkScopePreviewModel *m_model;
    ScopePicker *m_addPicker;
    ScopePicker *m_removePicker;
    QLabel *m_note;
    QTableView *m_view;
    QLabel *m_totals;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QPushButton *m_apply;
    QPushButton *m_close;
    QPointer<BulkScopeJob> m_job;
    bool m_loading = false;
    bool m_loadingDone = false; // rows still without details are NotLoaded, not Loading
    bool m_syncing = false;
    bool m_refreshPending = false;
};

} // namespace TokenDesk
