// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Runs one parsed tokendesk-cli invocation, asynchronously: every request is a callback chained to
// the next, and finished(exitCode) ends the application. No nested event loops.
#pragma once

#include "clioptions.h"

#include "api/apierror.h"
#include "api/stublist.h"
#include "api/tokensservice.h"
#include "api/tokentypes.h"
#include "audit/auditcomparison.h"
#include "core/timeunits.h"
#include "session/profilelookup.h"
#include "session/rotatejob.h"
#include "settings/connectionprofile.h"
#include "settings/savedviews.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace TokenDesk {
class ModelSnapshot;
struct AuditReport;
class BulkJob;
class BulkScopeJob;
class CsvRowSource;
class ClusterSession;
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
    // pending: the most tokens whose names the listing asks the cluster for, one request each.
    static constexpr int MaxPendingNameLookups = 100;
    // revoke / delete of several tokens: requests in flight at a time.
    static constexpr int BulkConcurrency = 4;
    // A 429 means the cluster did not process the request: it is sent again once the limit resets,
    // at most this often per request and with at most this much waiting in all. Nothing else is
    // retried (a timed-out or failed create, update or delete may have been carried out).
    static constexpr int MaxRateLimitRetries = 3;
    static constexpr qint64 MaxRateLimitWaitMs = 2 * TimeUnits::MsPerMinute;
    static int exitCodeFor(const ApiError &error);

Q_SIGNALS:
    void finished(int exitCode);

private:
    bool connectService();
    void runList();
    void runGet();
    void runLookup();
    // lookup --all-profiles / --profiles: every chosen profile asked with its own API token from the
    // keyring (ProfileLookup), one line per profile.
    void runLookupAcrossProfiles();
    // The saved profiles --all-profiles or --profiles chose (with --timeout over their own); empty
    // after saying why (and finishing) when there is none or a named one is not saved.
    QList<ConnectionProfile> chosenProfiles();
    // Reads each chosen profile's API token from the system keyring (lookup and export across profiles).
    ProfileLookup::TokenReader keyringReader();
    void runCreate();
    // Whether the token named on the command line is the one the connection uses, which the cluster
    // does not let change or delete itself; if so, says so (the window's words) and finishes.
    bool refuseTokenInUse();
    void runUpdate();
    void runDelete();
    void runExport();
    // export --all-profiles / --profiles: each chosen profile's list (and details) with its own API
    // token (ProfileExport), one file with a first column Cluster; none when a profile failed.
    void runExportAcrossProfiles();
    // rotate: RotateJob; a 429 before the successor exists is sent again (nothing changed yet).
    void runRotate();
    void startRotate(const RotateJob::Request &request, int retries);
    void rotateFinished(const RotateJob *job, const RotateJob::Request &request, int retries);
    // The key of this connection's deletion schedule (PendingDeletions): the profile's name, else the
    // cluster's destination (scheme://host:port); empty for the demo cluster, whose tokens do not last.
    QString scheduleKey() const;
    // The tokens the filters select (never the one this command runs with), then `then`; with none,
    // says so and finishes.
    void listSelected(std::function<void(const QStringList &ids)> then);
    // update --add-scope / --remove-scope: a preview (a confirmation when filters select), then
    // BulkScopeJob rounds; tokens the cluster rate-limited go again in the next round.
    void runScopeChange();
    void startScopeChange(const QStringList &ids, int retries);
    void scopeRoundFinished(const BulkScopeJob *job, int retries);
    // list --view and report: the list and every listed token's details through the session (its
    // model decides the views and feeds the report), then auditLoaded().
    void runAudit(int retries = 0);
    void auditLoaded();
    void printReport(const AuditReport &report);
    // compare: the earlier export is read first (nothing is sent when it is not one), then the list
    // and its details as for the report, then the changes printed.
    void runCompare();
    int printComparison(const ModelSnapshot &current, qint64 nowMs);
    // pending: the schedule, or with --delete-due the due ones deleted. The schedule keeps ids and
    // dates only: with an API token at hand (the environment's, or the profile's in the keyring),
    // the listing asks the cluster for each token's name, one GET per entry (at most
    // MaxPendingNameLookups); without one, it lists ids only and needs no connection.
    void runPendingList();
    void lookUpPendingNames(int index);
    // list / report --view NAME: the view saved for the profile, applied to the invocation (its server
    // filters where the command line gives none); false (said, finished) when there is none.
    bool resolveSavedView();
    // views: the built-in audit views and the profile's saved ones.
    void runViews();
    void printPendingList(const QString &note);
    void runPendingDelete();
    // The session of the jobs, on the connection m_service has (made on first use).
    ClusterSession *session();
    // revoke / delete of several ids, or of the tokens the filters select (after a confirmation).
    void runBulk();
    // One round of the bulk job; tokens the cluster rate-limited go again in the next round.
    void startBulk(const QStringList &ids, int retries);
    void bulkRoundFinished(const BulkJob *job, int retries);
    void bulkFailure(const ApiError &error, const QString &id);
    // The ids a bulk round left rate-limited: sent again in a later round once the limit resets
    // (`again`; false: the caller stops here), or, when the retry budget is spent, each reported
    // as failed (true: the caller goes on to its summary).
    bool retryRateLimited(const QStringList &ids, const ApiError &rateLimit, int retries,
                          const std::function<void(const QStringList &, int)> &again);

    // Loads metadata for every stub (DetailsConcurrency at a time), then calls `done`.
    void loadDetails(const StubList &stubs, std::function<void()> done);
    void startNextDetail();

    void printToken(const TokenMetadata &token);
    void printDetails();
    void printStubs(const StubList &stubs);
    void writeExport(const std::shared_ptr<const TokenSnapshot> &snapshot);
    void writeRows(const std::shared_ptr<const CsvRowSource> &source);

    // Starts the job `make` makes once any rate-limit pause is over, and calls `done` when it is
    // finished; a job the cluster rate-limited before it changed anything is made again (see
    // MaxRateLimitRetries) before `done` sees it.
    template<class J>
    void runJob(std::function<J *()> make, std::function<void(J *)> done, int retries = 0);

    template<class T>
    using Done = std::function<void(const ApiResult<T> &)>;
    template<class T>
    using Sender = std::function<void(Done<T>)>;
    // Calls `sender` (which starts one request) once any rate-limit pause is over; a 429 answer is
    // retried (see MaxRateLimitRetries) before `done` sees it.
    template<class T>
    void send(Sender<T> sender, Done<T> done, int retries = 0);
    // Extends the pause until the limit resets and says so on stderr; false (and says why) when the
    // retry or waiting budget is spent.
    bool pauseForRateLimit(const ApiError &error, int retry);
    void afterPause(std::function<void()> action);

    void fail(const ApiError &error);
    void finish(int exitCode);

    Invocation m_inv;
    QString m_apiToken;
    QString m_lookupSecret;
    // Every request goes through the session (its jobs, or its service for a list's details).
    ClusterSession *m_session = nullptr;
    TokensService *m_service = nullptr; // the session's
    ConnectionSettings m_settings;      // what the session was given
    int m_bulkDone = 0;
    int m_bulkFailed = 0;
    int m_bulkNotSent = 0;
    int m_bulkExit = ExitOk;
    QStringList m_bulkDoneIds; // every round's, for pending --delete-due to take off the schedule
    std::unique_ptr<Fake::FakeCluster> m_fake;
    bool m_finished = false;
    QElapsedTimer m_clock;      // started with the runner: the rate-limit pause is measured on it
    qint64 m_pausedUntilMs = 0; // on m_clock
    qint64 m_waitedMs = 0;      // rate-limit waiting so far (overlapping waits counted once)

    // list / report --view NAME: the saved view in force
    std::optional<SavedView> m_savedView;

    // pending: the schedule being listed and the names the cluster told (absent: not known)
    QList<PendingDeletion> m_pendingEntries;
    QHash<QString, QString> m_pendingNames;
    int m_pendingGone = 0;

    // list / export state
    std::vector<TokenMetadata> m_tokens;
    std::function<void()> m_detailsDone;
    int m_nextDetail = 0;
    int m_inFlight = 0;
    int m_notFound = 0;
    int m_detailsDoneCount = 0;
    bool m_showProgress = false;

    // compare
    std::optional<EarlierExport> m_earlier;
};

} // namespace TokenDesk::Cli
