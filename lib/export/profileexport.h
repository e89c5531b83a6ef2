// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// One CSV across several clusters: each chosen connection profile's token list (with the same
// server-side filters for all) and, when the chosen columns need more than id and name, every
// listed token's details, each profile asked with its own API token (a TokenReader, the keyring in
// the app and the CLI) and its own connection settings. Profiles are asked one after the other, and
// at most `detailsConcurrency` detail requests are out at a time, so a long list of clusters never
// opens more connections than one export of one cluster does.
//
// All or nothing: when a profile cannot be exported (no token stored, unreachable, its token refused,
// rate limited, a detail that fails), the others are still asked, so that every failure is said at
// once, but succeeded() is false and rows() must not be written: an audit file that silently lacks a
// cluster reads as "that cluster has no tokens". A token deleted between the list and its details
// stays in the file with its id and name only, and is counted (deletedMeanwhile()).
//
// The rows: a first column "Cluster" holding the profile's name (free text: it is typed by people and
// gets the formula guard), then the chosen token columns, profile by profile in the order given.
#pragma once

#include "api/apierror.h"
#include "api/stublist.h"
#include "api/tokentypes.h"
#include "csv/csvrowsource.h"
#include "csv/tokencolumns.h"
#include "session/profilelookup.h"
#include "settings/connectionprofile.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>
#include <optional>

namespace TokenDesk {

class ProfileExport final : public QObject
{
    Q_OBJECT
public:
    struct Failure
    {
        QString profile;
        QString reason; // in words
        std::optional<ApiError> error;
    };

    // The CSV header of the first column (English in every language, like the token columns).
    static QString clusterHeader();
    // Details requests out at a time (the CLI's and the details loader's figure for one cluster).
    static constexpr int DefaultDetailsConcurrency = 6;

    ProfileExport(QList<ConnectionProfile> profiles, ProfileLookup::TokenReader reader, ListQuery query,
                  bool loadDetails, QObject *parent = nullptr);
    ~ProfileExport() override;

    void setDetailsConcurrency(int n) { m_concurrency = qMax(1, n); }
    // Starts; progress and finished follow (finished later, never from inside start()).
    void start();
    // Stops every request; finished() is not emitted.
    void cancel();

    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_finished && m_failures.isEmpty(); }
    const QList<Failure> &failures() const { return m_failures; }
    int tokenCount() const;
    int deletedMeanwhile() const { return m_deletedMeanwhile; }
    // The file's rows: "Cluster", then `columns`; `nowMs` decides the status column for all rows.
    std::shared_ptr<const CsvRowSource> rows(const QList<TokenColumn> &columns, qint64 nowMs) const;

Q_SIGNALS:
    // `profile` is being exported: `done` of `total` of its tokens have their details (total 0: listing).
    void progress(const QString &profile, int profileIndex, int done, int total);
    void finished();

private:
    struct Part
    {
        QString cluster;
        QList<TokenMetadata> tokens;
    };
    void startProfile();
    void listed(const StubList &list);
    void startDetails();
    void profileFailed(const QString &reason, const std::optional<ApiError> &error = std::nullopt);
    void profileDone();
    void finishLater();

    QList<ConnectionProfile> m_profiles;
    ProfileLookup::TokenReader m_reader;
    ListQuery m_query;
    bool m_loadDetails;
    int m_concurrency = DefaultDetailsConcurrency;
    QList<Part> m_parts;
    QList<Failure> m_failures;
    int m_current = -1;
    // The current profile's connection: its network access manager, service and the context of
    // its callbacks (the keyring's answer included).
    struct Connection;
    std::shared_ptr<Connection> m_conn;
    int m_nextDetail = 0;
    int m_inFlight = 0;
    int m_detailsDone = 0;
    bool m_profileFailed = false;
    int m_deletedMeanwhile = 0;
    bool m_started = false;
    bool m_finished = false;
    bool m_cancelled = false;
};

} // namespace TokenDesk
