#include "background.h"

#include <QThread>
#include <QThreadPool>

namespace TokenDesk::Background {

namespace Detail {

Guard::Guard(QObject *receiver)
    : QObject(receiver)
    , m_mailbox(std::make_shared<Mailbox>())
{
    m_mailbox->guard = this;
}

Guard::~Guard()
{
    // After this, workers post nowhere; what they posted before is dropped by QObject's destructor.
    std::lock_guard<std::mutex> lock(m_mailbox->mutex);
    m_mailbox->guard = nullptr;
}

namespace {
Guard *guardOf(QObject *receiver)
{
    for (QObject *child : receiver->children()) {
        if (auto *guard = dynamic_cast<Guard *>(child)) {
            return guard;
        }
    }
    return new Guard(receiver);
}
} // namespace

} // namespace Detail

void Task::cancel() const
{
    if (m_state) {
        m_state->cancelled.cancel();
    }
}

void Task::discard() const
{
    if (m_state) {
        m_state->cancelled.cancel();
        m_state->discarded = true;
    }
}

Task startTask(QObject *receiver, CancelFlag cancel, QThreadPool *pool, std::function<void(const Task &)> work)
{
    Q_ASSERT(receiver);
    Q_ASSERT(receiver->thread() == QThread::currentThread());
    auto state = std::make_shared<Detail::State>();
    state->mailbox = Detail::guardOf(receiver)->mailbox();
    state->cancelled = std::move(cancel);
    Task task(state);
    (pool ? pool : QThreadPool::globalInstance())->start([task, work = std::move(work)]() { work(task); });
    return task;
}

} // namespace TokenDesk::Background
