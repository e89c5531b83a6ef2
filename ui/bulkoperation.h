// One action over many tokens (revoke, reactivate, delete) with bounded concurrency: at most
// concurrency() requests in flight, one failure never stops the others, each token's result is
// kept (done / failed and why). cancel() starts nothing new; requests already sent finish and are
// reported (what reached the server is never hidden), the rest are "skipped".
// It reports each success at once (succeeded), so the controller updates the table per token.
#pragma once

#include "api/tokensservice.h"

#include <QObject>
#include <QString>

#include <vector>

namespace TokenDesk {

class BulkOperation final : public QObject
{
    Q_OBJECT
public:
    enum class Action { Revoke, Reactivate, Delete };
    enum class State : quint8 { Waiting, Running, Done, Failed, Skipped };
    struct Item
    {
        QString id;
        QString name;
        State state = State::Waiting;
        QString message; // why it failed / was skipped
    };

    BulkOperation(TokensService *service, Action action, std::vector<Item> items, QObject *parent = nullptr);
    ~BulkOperation() override;

    void setConcurrency(int n) { m_concurrency = qMax(1, n); }
    int concurrency() const { return m_concurrency; }
    void start();
    void cancel();

    Action action() const { return m_action; }
    int count() const { return int(m_items.size()); }
    const Item &item(int index) const { return m_items[size_t(index)]; }
    int finishedCount() const { return m_done + m_failed + m_skipped; }
    int doneCount() const { return m_done; }
    int failedCount() const { return m_failed; }
    int skippedCount() const { return m_skipped; }
    int inFlight() const { return m_inFlight; }
    int maxInFlight() const { return m_maxInFlight; }
    bool isFinished() const { return m_finished; }
    bool isCancelled() const { return m_cancelled; }

    // "Revoking", "Deleting", ... and "revoked", "deleted", ...
    static QString progressVerb(Action action);
    static QString doneWord(Action action);

Q_SIGNALS:
    void itemChanged(int index);
    // Items first..last changed at once (cancel marks every unsent item skipped).
    void itemsChanged(int first, int last);
    void succeeded(const QString &id);
    void failed(const QString &id, const TokenDesk::ApiError &error);
    void progressChanged(int finished, int total);
    void finished();

private:
    void pump();
    void complete(int index, const ApiResult<NoContent> &result);
    void checkFinished();

    TokensService *m_service;
    Action m_action;
    std::vector<Item> m_items;
    size_t m_next = 0;
    int m_concurrency = 4;
    int m_inFlight = 0;
    int m_maxInFlight = 0;
    int m_done = 0;
    int m_failed = 0;
    int m_skipped = 0;
    bool m_started = false;
    bool m_cancelled = false;
    bool m_finished = false;
};

} // namespace TokenDesk
