// Runs one parsed tokendesk-cli invocation, asynchronously: every request is a callback chained to
// the next, and finished(exitCode) ends the application. No nested event loops.
#pragma once

#include "clioptions.h"

#include "api/apierror.h"
#include "api/stublist.h"
#include "api/tokentypes.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace TokenDesk {
class TokenSnapshot;
class TokensService;
namespace Fake {
class FakeCluster;
}
} // namespace TokenDesk

namespace TokenDesk::Cli {

class Runner final : public QObject
{
    Q_OBJECT
public:
    // `apiToken` (from the environment) is ignored with --demo; `lookupSecret` only for lookup.
    Runner(Invocation invocation, QString apiToken, QString lookupSecret, QObject *parent = nullptr);
    ~Runner() override;

    // Starts the work; finished() follows exactly once (possibly before start() returns).
    void start();

    static constexpr int DetailsConcurrency = 6;
    static int exitCodeFor(const ApiError &error);

Q_SIGNALS:
    void finished(int exitCode);

private:
    bool connectService();
    void runList();
    void runGet();
    void runLookup();
    void runCreate();
    void runUpdate();
    void runDelete();
    void runExport();

    // Loads metadata for every stub (DetailsConcurrency at a time), then calls `done`.
    void loadDetails(const StubList &stubs, std::function<void()> done);
    void startNextDetail();

    void printToken(const TokenMetadata &token);
    void printDetails();
    void printStubs(const StubList &stubs);
    void writeExport(const std::shared_ptr<const TokenSnapshot> &snapshot);

    void fail(const ApiError &error);
    void finish(int exitCode);

    Invocation m_inv;
    QString m_apiToken;
    QString m_lookupSecret;
    QNetworkAccessManager m_nam;
    TokensService *m_service = nullptr;
    std::unique_ptr<Fake::FakeCluster> m_fake;
    bool m_finished = false;

    // list / export state
    std::vector<TokenMetadata> m_tokens;
    std::function<void()> m_detailsDone;
    int m_nextDetail = 0;
    int m_inFlight = 0;
    int m_notFound = 0;
    int m_detailsDoneCount = 0;
    bool m_showProgress = false;
};

} // namespace TokenDesk::Cli
