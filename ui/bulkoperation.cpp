#include "bulkoperation.h"

#include "dialogstyle.h"

namespace TokenDesk {

BulkOperation::BulkOperation(TokensService *service, Action action, std::vector<Item> items, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_action(action)
    , m_items(std::move(items))
{}

BulkOperation::~BulkOperation() = default;

QString BulkOperation::progressVerb(Action action)
{
    switch (action) {
    case Action::Revoke:
        return tr("Revoking");
    case Action::Reactivate:
        return tr("Reactivating");
    case Action::Delete:
        return tr("Deleting");
    }
    return QString();
}

QString BulkOperation::doneWord(Action action)
{
    switch (action) {
    case Action::Revoke:
        return tr("revoked");
    case Action::Reactivate:
        return tr("reactivated");
    case Action::Delete:
        return tr("deleted");
    }
    return QString();
}

void BulkOperation::start()
{
    if (m_started)
        return;
    m_started = true;
    pump();
    checkFinished(); // an empty list
}

void BulkOperation::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    const QString why = tr("not sent: cancelled");
    const size_t first = m_next;
    for (size_t i = first; i < m_items.size(); ++i) {
        m_items[i].state = State::Skipped;
        m_items[i].message = why; // shared, not copied
        ++m_skipped;
    }
    m_next = m_items.size();
    if (first < m_items.size())
        Q_EMIT itemsChanged(int(first), int(m_items.size()) - 1);
    Q_EMIT progressChanged(finishedCount(), count());
    checkFinished();
}

void BulkOperation::pump()
{
    while (!m_cancelled && m_inFlight < m_concurrency && m_next < m_items.size()) {
        const int index = int(m_next++);
        Item &item = m_items[size_t(index)];
        item.state = State::Running;
        ++m_inFlight;
        m_maxInFlight = qMax(m_maxInFlight, m_inFlight);
        Q_EMIT itemChanged(index);
        auto done = [this, index](const ApiResult<NoContent> &r) { complete(index, r); };
        if (m_action == Action::Delete) {
            m_service->deleteToken(item.id, this, done);
        } else {
            UpdateTokenRequest request;
            request.revoked = m_action == Action::Revoke;
            m_service->updateToken(item.id, request, this, done);
        }
    }
}

void BulkOperation::complete(int index, const ApiResult<NoContent> &result)
{
    --m_inFlight;
    Item &item = m_items[size_t(index)];
    const bool alreadyGone = m_action == Action::Delete && !result.ok() && result.error.httpStatus == 404 &&
                             result.error.kind == ApiError::Kind::Http;
    if (result.ok() || alreadyGone) {
        item.state = State::Done;
        item.message = alreadyGone ? tr("was already gone (HTTP 404)") : QString();
        ++m_done;
        Q_EMIT succeeded(item.id);
    } else {
        item.state = State::Failed;
        item.message = errorInWords(result.error);
        ++m_failed;
        Q_EMIT failed(item.id, result.error);
    }
    Q_EMIT itemChanged(index);
    Q_EMIT progressChanged(finishedCount(), count());
    pump();
    checkFinished();
}

void BulkOperation::checkFinished()
{
    if (m_finished || m_inFlight > 0 || m_next < m_items.size())
        return;
    m_finished = true;
    Q_EMIT finished();
}

} // namespace TokenDesk
