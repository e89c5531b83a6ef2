// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// TokenTableModel: one reset per list, batched dataChanged per contiguous range, inserts and
// removals, placeholders vs "never", relative dates at a fixed now, status, sort keys, roles.
#include "core/background.h"
#include "model/tokentablemodel.h"
#include "tokenfixtures.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>

using namespace TokenDesk;
using namespace TokenDesk::Fixtures;

using RowRange = std::pair<int, int>;
Q_DECLARE_METATYPE(QList<int>)

class TestTokenTableModel : public QObject
{
    Q_OBJECT

private:
    struct Harness
    {
        TokenTableModel model;
        QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::QtTest};
    };

    static QList<RowRange> rangesOf(const QSignalSpy &spy)
    {
        QList<RowRange> ranges;
        for (const QList<QVariant> &args : spy) {
            ranges.append({args.at(0).toModelIndex().row(), args.at(1).toModelIndex().row()});
        }
        return ranges;
    }

private Q_SLOTS:
    void setList_shouldResetOnceAndKeepRowsUndetailed()
    {
        Harness h;
        QSignalSpy aboutToReset(&h.model, &QAbstractItemModel::modelAboutToBeReset);
        QSignalSpy reset(&h.model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&h.model, &QAbstractItemModel::rowsInserted);

        // When a list of 500 tokens is loaded, then another of 3
        h.model.setList(makeList(500));
        QCOMPARE(reset.count(), 1);
        QCOMPARE(h.model.rowCount(), 500);
        h.model.setList(makeList(3));

        // Then: exactly one reset per load, no row-by-row inserts, every row undetailed
        QCOMPARE(aboutToReset.count(), 2);
        QCOMPARE(reset.count(), 2);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(h.model.rowCount(), 3);
        QCOMPARE(h.model.columnCount(), int(TokenTableModel::ColumnCount));
        QCOMPARE(h.model.loadedCount(), 0);
        for (int row = 0; row < 3; ++row) {
            QCOMPARE(h.model.data(h.model.index(row, TokenTableModel::NameColumn)).toString(), tokenName(row));
            QCOMPARE(h.model.data(h.model.index(row, TokenTableModel::IdColumn)).toString(), tokenId(row));
            QCOMPARE(h.model.data(h.model.index(row, 0), TokenTableModel::DetailsLoadedRole).toBool(), false);
            QCOMPARE(h.model.rowOfId(tokenId(row)), row);
        }
        QCOMPARE(h.model.rowOfId(tokenId(3)), -1);
    }

    void setDetails_shouldEmitOneDataChangedPerContiguousRange_data()
    {
        QTest::addColumn<QList<int>>("rows");
        QTest::addColumn<QList<RowRange>>("expected");
        QTest::newRow("one row") << QList<int>{4} << QList<RowRange>{{4, 4}};
        QTest::newRow("contiguous") << QList<int>{1, 2, 3} << QList<RowRange>{{1, 3}};
        QTest::newRow("unordered contiguous") << QList<int>{5, 3, 4} << QList<RowRange>{{3, 5}};
        QTest::newRow("three ranges") << QList<int>{0, 2, 3, 7} << QList<RowRange>{{0, 0}, {2, 3}, {7, 7}};
        QTest::newRow("duplicates") << QList<int>{2, 2, 3} << QList<RowRange>{{2, 3}};
        QTest::newRow("whole table") << QList<int>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9} << QList<RowRange>{{0, 9}};
        QTest::newRow("unknown ids only") << QList<int>{-1} << QList<RowRange>{};
        QTest::newRow("unknown id between") << QList<int>{1, -1, 2} << QList<RowRange>{{1, 2}};
    }

    void setDetails_shouldEmitOneDataChangedPerContiguousRange()
    {
        QFETCH(QList<int>, rows);
        QFETCH(QList<RowRange>, expected);
        Harness h;
        h.model.setList(makeList(10));
        QSignalSpy changed(&h.model, &QAbstractItemModel::dataChanged);
        QSignalSpy loaded(&h.model, &TokenTableModel::loadedCountChanged);

        // Given a batch of details for these rows (-1 = an id the list does not have)
        QList<TokenMetadata> batch;
        for (const int row : rows) {
            batch.append(details(row >= 0 ? tokenId(row) : QStringLiteral("dt0c01.UNKNOWN"), QStringLiteral("admin"),
                                 {QStringLiteral("settings.read")}));
        }
        const int updated = h.model.setDetails(batch);

        // Then one dataChanged per contiguous range, over every column
        QCOMPARE(rangesOf(changed), expected);
        for (const QList<QVariant> &args : changed) {
            QCOMPARE(args.at(0).toModelIndex().column(), 0);
            QCOMPARE(args.at(1).toModelIndex().column(), int(TokenTableModel::ColumnCount) - 1);
        }
        QCOMPARE(updated, int(std::count_if(rows.cbegin(), rows.cend(), [](int r) { return r >= 0; })));
        QSet<int> distinct;
        for (const int row : rows) {
            if (row >= 0) {
                distinct.insert(row);
            }
        }
        QCOMPARE(h.model.loadedCount(), distinct.size());
        QCOMPARE(loaded.count(), distinct.isEmpty() ? 0 : 1);
    }

    void data_shouldDistinguishNotLoadedFromNever()
    {
        Harness h;
        h.model.setNow(fixedNow());
        h.model.setList(makeList(2));
        const auto cell = [&h](int row, int column) { return h.model.data(h.model.index(row, column)).toString(); };
        const QString placeholder = TokenTableModel::notLoadedText();

        // Given row 0 without details: every detail cell is the placeholder
        for (int column = TokenTableModel::OwnerColumn; column < TokenTableModel::ColumnCount; ++column) {
            QCOMPARE(cell(0, column), placeholder);
        }
        QCOMPARE(h.model.data(h.model.index(0, TokenTableModel::LastUseColumn), TokenTableModel::SortRole).toLongLong(),
                 TokenTableModel::NotLoadedSortKey);

        // When details arrive without lastUse and expires
        h.model.setDetails({details(tokenId(0), QStringLiteral("alice"), {QStringLiteral("ClusterTokenManagement")},
                                    fixedNow() - 3 * Day)});

        // Then they read "never", distinct from the placeholder, and the row is loaded
        QCOMPARE(cell(0, TokenTableModel::LastUseColumn), QStringLiteral("never"));
        QCOMPARE(cell(0, TokenTableModel::ExpiresColumn), QStringLiteral("never"));
        QCOMPARE(cell(0, TokenTableModel::OwnerColumn), QStringLiteral("alice"));
        QCOMPARE(cell(0, TokenTableModel::CreatedColumn), QStringLiteral("3 d ago"));
        QCOMPARE(cell(0, TokenTableModel::StatusColumn), QStringLiteral("Active"));
        QCOMPARE(h.model.data(h.model.index(0, 0), TokenTableModel::DetailsLoadedRole).toBool(), true);
        QCOMPARE(h.model.data(h.model.index(0, TokenTableModel::LastUseColumn), Qt::ToolTipRole).toString(),
                 QStringLiteral("Never used"));
        QVERIFY(cell(1, TokenTableModel::LastUseColumn) == placeholder);
        QCOMPARE(h.model.lastUse(0), std::optional<qint64>());
        QCOMPARE(h.model.isLoaded(0), true);
        QCOMPARE(h.model.isLoaded(1), false);
    }

    void relativeDayText_shouldCountUtcCalendarDays_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QDateTime>("when");
        QTest::addColumn<QString>("expected");
        const QDateTime noon(QDate(2026, 1, 31), QTime(12, 0), Qt::UTC);
        QTest::newRow("same instant") << noon << noon << QStringLiteral("today");
        QTest::newRow("earlier same day") << noon << noon.addSecs(-11 * 3600) << QStringLiteral("today");
        QTest::newRow("later same day") << noon << noon.addSecs(11 * 3600) << QStringLiteral("today");
        QTest::newRow("3 days ago") << noon << noon.addDays(-3) << QStringLiteral("3 d ago");
        QTest::newRow("in 12 days") << noon << noon.addDays(12) << QStringLiteral("in 12 d");
        const QDateTime justAfterMidnight(QDate(2026, 1, 31), QTime(0, 30), Qt::UTC);
        QTest::newRow("20 minutes ago, yesterday")
            << justAfterMidnight << justAfterMidnight.addSecs(-40 * 60) << QStringLiteral("1 d ago");
        QTest::newRow("a year ago") << noon << noon.addDays(-365) << QStringLiteral("365 d ago");
        QTest::newRow("before 1970") << noon << QDateTime(QDate(1969, 12, 31), QTime(23, 0), Qt::UTC)
                                     << QStringLiteral("%1 d ago").arg(QDate(1969, 12, 31).daysTo(QDate(2026, 1, 31)));
    }

    void relativeDayText_shouldCountUtcCalendarDays()
    {
        QFETCH(QDateTime, now);
        QFETCH(QDateTime, when);
        QFETCH(QString, expected);
        QCOMPARE(TokenTableModel::relativeDayText(when.toMSecsSinceEpoch(), now.toMSecsSinceEpoch()), expected);

        // And the model shows the same text for a date column, with the ISO date as tooltip
        Harness h;
        h.model.setNow(now.toMSecsSinceEpoch());
        h.model.setList(makeList(1));
        h.model.setDetails(
            {details(tokenId(0), QStringLiteral("a"), {}, std::nullopt, std::nullopt, when.toMSecsSinceEpoch())});
        const QModelIndex lastUse = h.model.index(0, TokenTableModel::LastUseColumn);
        QCOMPARE(h.model.data(lastUse).toString(), expected);
        QCOMPARE(h.model.data(lastUse, Qt::ToolTipRole).toString(), when.toString(Qt::ISODate));
        QVERIFY(h.model.data(lastUse, Qt::ToolTipRole).toString().endsWith(QLatin1Char('Z')));
    }

    void status_shouldDeriveFromRevokedAndExpires_data()
    {
        QTest::addColumn<bool>("revoked");
        QTest::addColumn<qint64>("expiresOffset"); // relative to now; 0 = absent
        QTest::addColumn<bool>("hasExpires");
        QTest::addColumn<TokenStatus>("expected");
        QTest::newRow("active, never expires") << false << qint64(0) << false << TokenStatus::Active;
        QTest::newRow("active, expires later") << false << qint64(Day) << true << TokenStatus::Active;
        QTest::newRow("expired") << false << qint64(-Day) << true << TokenStatus::Expired;
        QTest::newRow("expires exactly now") << false << qint64(0) << true << TokenStatus::Expired;
        QTest::newRow("expires in 1 ms") << false << qint64(1) << true << TokenStatus::Active;
        QTest::newRow("revoked") << true << qint64(0) << false << TokenStatus::Revoked;
        QTest::newRow("revoked and expired") << true << qint64(-Day) << true << TokenStatus::Revoked;
    }

    void status_shouldDeriveFromRevokedAndExpires()
    {
        QFETCH(bool, revoked);
        QFETCH(qint64, expiresOffset);
        QFETCH(bool, hasExpires);
        QFETCH(TokenStatus, expected);
        Harness h;
        h.model.setNow(fixedNow());
        h.model.setList(makeList(1));
        QCOMPARE(h.model.status(0), TokenStatus::NotLoaded);
        h.model.setDetails({details(tokenId(0), QStringLiteral("a"), {}, std::nullopt,
                                    hasExpires ? std::optional<qint64>(fixedNow() + expiresOffset) : std::nullopt,
                                    std::nullopt, revoked)});
        const QModelIndex status = h.model.index(0, TokenTableModel::StatusColumn);
        QCOMPARE(h.model.status(0), expected);
        QCOMPARE(h.model.data(status, TokenTableModel::StatusRole).value<TokenStatus>(), expected);
        QCOMPARE(h.model.data(status).toString(), TokenTableModel::statusText(expected));
        QCOMPARE(h.model.data(status, TokenTableModel::SortRole).toInt(), int(expected));
    }

    void setNow_shouldExpireTokensAndRefreshTextsInOneSignal()
    {
        Harness h;
        h.model.setNow(fixedNow());
        h.model.setList(makeList(3));
        h.model.setDetails({details(tokenId(0), QStringLiteral("a"), {}, std::nullopt, fixedNow() + 2 * Day),
                            details(tokenId(2), QStringLiteral("a"), {}, std::nullopt, fixedNow() + 5 * Day)});
        QCOMPARE(h.model.data(h.model.index(0, TokenTableModel::ExpiresColumn)).toString(), QStringLiteral("in 2 d"));
        QSignalSpy changed(&h.model, &QAbstractItemModel::dataChanged);

        // When three days pass
        h.model.setNow(fixedNow() + 3 * Day);

        // Then row 0 is expired, row 2 still active, and one signal covered it
        QCOMPARE(changed.count(), 1);
        QCOMPARE(h.model.status(0), TokenStatus::Expired);
        QCOMPARE(h.model.status(2), TokenStatus::Active);
        QCOMPARE(h.model.status(1), TokenStatus::NotLoaded);
        QCOMPARE(h.model.data(h.model.index(0, TokenTableModel::ExpiresColumn)).toString(), QStringLiteral("1 d ago"));
        QCOMPARE(h.model.data(h.model.index(2, TokenTableModel::ExpiresColumn)).toString(), QStringLiteral("in 2 d"));
    }

    void sortRole_shouldGiveRawValues_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QVariant>("notLoaded");
        QTest::addColumn<QVariant>("withValue");
        QTest::addColumn<QVariant>("absent");
        const qint64 t = fixedNow() - 10 * Day;
        QTest::newRow("owner") << int(TokenTableModel::OwnerColumn) << QVariant(QString())
                               << QVariant(QStringLiteral("bob")) << QVariant(QString());
        QTest::newRow("created") << int(TokenTableModel::CreatedColumn) << QVariant(TokenTableModel::NotLoadedSortKey)
                                 << QVariant(t) << QVariant(TokenTableModel::NoCreatedSortKey);
        QTest::newRow("expires") << int(TokenTableModel::ExpiresColumn) << QVariant(TokenTableModel::NotLoadedSortKey)
                                 << QVariant(t) << QVariant(TokenTableModel::NeverExpiresSortKey);
        QTest::newRow("last use") << int(TokenTableModel::LastUseColumn) << QVariant(TokenTableModel::NotLoadedSortKey)
                                  << QVariant(t) << QVariant(TokenTableModel::NeverUsedSortKey);
    }

    void sortRole_shouldGiveRawValues()
    {
        QFETCH(int, column);
        QFETCH(QVariant, notLoaded);
        QFETCH(QVariant, withValue);
        QFETCH(QVariant, absent);
        Harness h;
        h.model.setNow(fixedNow());
        h.model.setList(makeList(3));
        const qint64 t = fixedNow() - 10 * Day;
        TokenMetadata full = details(tokenId(1), QStringLiteral("bob"), {QStringLiteral("settings.read")}, t, t, t);
        TokenMetadata empty;
        empty.id = tokenId(2);
        h.model.setDetails({full, empty});
        const auto sortValue = [&h, column](int row) {
            return h.model.data(h.model.index(row, column), TokenTableModel::SortRole);
        };
        QCOMPARE(sortValue(0), notLoaded);
        QCOMPARE(sortValue(1), withValue);
        QCOMPARE(sortValue(2), absent);
        if (column != TokenTableModel::OwnerColumn) {
            // never used < any date < never expires < not loaded
            QVERIFY(TokenTableModel::NeverUsedSortKey < t);
            QVERIFY(t < TokenTableModel::NeverExpiresSortKey);
            QVERIFY(TokenTableModel::NeverExpiresSortKey < TokenTableModel::NotLoadedSortKey);
        }
    }

    void addToken_shouldInsertOneRowAtTheEnd()
    {
        Harness h;
        h.model.setList(makeList(5));
        QSignalSpy aboutToInsert(&h.model, &QAbstractItemModel::rowsAboutToBeInserted);
        QSignalSpy inserted(&h.model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&h.model, &QAbstractItemModel::dataChanged);

        // When a created token is added with its metadata
        TokenMetadata created = details(QStringLiteral("dt0c01.NEWTOKEN000000000000000A"), QStringLiteral("admin"),
                                        {QStringLiteral("apiTokens.read")}, fixedNow());
        created.name = QStringLiteral("fresh");
        QCOMPARE(h.model.addToken(created), 5);

        // Then exactly one row was inserted, it is loaded and findable
        QCOMPARE(aboutToInsert.count(), 1);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 5);
        QCOMPARE(inserted.at(0).at(2).toInt(), 5);
        QCOMPARE(h.model.rowCount(), 6);
        QCOMPARE(h.model.rowOfId(*created.id), 5);
        QCOMPARE(h.model.name(5), QStringLiteral("fresh"));
        QCOMPARE(h.model.isLoaded(5), true);
        QCOMPARE(h.model.metadata(5), created);

        // When the same id is added again, the row is updated, not duplicated
        created.name = QStringLiteral("renamed");
        QCOMPARE(h.model.addToken(created), 5);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(h.model.name(5), QStringLiteral("renamed"));

        // And a stub-only token (no details yet) is a not-loaded row
        QCOMPARE(h.model.addToken(TokenStub{QStringLiteral("dt0c01.NEWTOKEN000000000000000B"), QStringLiteral("stub"),
                                            std::nullopt}),
                 6);
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(h.model.isLoaded(6), false);
        QCOMPARE(h.model.rowOfId(QStringLiteral("dt0c01.NEWTOKEN000000000000000B")), 6);
    }

    void removeIds_shouldRemoveRangesInDescendingOrder_data()
    {
        QTest::addColumn<QList<int>>("rows");
        QTest::addColumn<QList<RowRange>>("expected");
        QTest::addColumn<int>("layoutChanges");
        QTest::newRow("one") << QList<int>{4} << QList<RowRange>{{4, 4}} << 0;
        QTest::newRow("contiguous") << QList<int>{2, 3, 4} << QList<RowRange>{{2, 4}} << 0;
        QTest::newRow("scattered") << QList<int>{1, 2, 3, 7, 9} << QList<RowRange>{{9, 9}, {7, 7}, {1, 3}} << 0;
        QTest::newRow("unordered with duplicates") << QList<int>{9, 1, 8, 1, 0} << QList<RowRange>{{8, 9}, {0, 1}} << 0;
        QTest::newRow("four ranges") << QList<int>{0, 2, 4, 6} << QList<RowRange>{{6, 6}, {4, 4}, {2, 2}, {0, 0}} << 0;
        QTest::newRow("all") << QList<int>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11} << QList<RowRange>{{0, 11}} << 0;
        QTest::newRow("unknown") << QList<int>{-1} << QList<RowRange>{} << 0;
        // More than MaxRemovalRanges ranges: moved to the end in one layout change, removed at once
        QTest::newRow("six ranges") << QList<int>{0, 2, 4, 6, 8, 10} << QList<RowRange>{{6, 11}} << 1;
        QTest::newRow("five ranges") << QList<int>{1, 3, 4, 6, 9, 11} << QList<RowRange>{{6, 11}} << 1;
    }

    void removeIds_shouldRemoveRangesInDescendingOrder()
    {
        QFETCH(QList<int>, rows);
        QFETCH(QList<RowRange>, expected);
        QFETCH(int, layoutChanges);
        Harness h;
        h.model.setList(makeList(12));
        h.model.setDetails(
            {details(tokenId(1), QStringLiteral("a"), {}), details(tokenId(5), QStringLiteral("a"), {})});
        QSignalSpy removed(&h.model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy layout(&h.model, &QAbstractItemModel::layoutChanged);
        const QPersistentModelIndex survivor = h.model.index(5, TokenTableModel::OwnerColumn);
        QStringList ids;
        QSet<int> gone;
        for (const int row : rows) {
            ids.append(row >= 0 ? tokenId(row) : QStringLiteral("dt0c01.UNKNOWN"));
            if (row >= 0) {
                gone.insert(row);
            }
        }

        QCOMPARE(h.model.removeIds(ids), gone.size());

        QList<RowRange> actual;
        for (const QList<QVariant> &args : removed) {
            actual.append({args.at(1).toInt(), args.at(2).toInt()});
        }
        QCOMPARE(actual, expected);
        QCOMPARE(layout.count(), layoutChanges);
        // A persistent index on a surviving row follows it
        if (!gone.contains(5)) {
            QVERIFY(survivor.isValid());
            QCOMPARE(h.model.id(survivor.row()), tokenId(5));
        } else {
            QVERIFY(!survivor.isValid());
        }
        // The survivors keep their order, their details and their id lookup
        int row = 0;
        for (int original = 0; original < 12; ++original) {
            if (gone.contains(original)) {
                QCOMPARE(h.model.rowOfId(tokenId(original)), -1);
                continue;
            }
            QCOMPARE(h.model.id(row), tokenId(original));
            QCOMPARE(h.model.rowOfId(tokenId(original)), row);
            QCOMPARE(h.model.isLoaded(row), original == 1 || original == 5);
            ++row;
        }
        QCOMPARE(h.model.rowCount(), row);
        QCOMPARE(h.model.loadedCount(), int(!gone.contains(1)) + int(!gone.contains(5)));
    }

    void applyUpdate_shouldChangeOneRow()
    {
        Harness h;
        h.model.setNow(fixedNow());
        h.model.setList(makeList(4));
        h.model.setDetails({details(tokenId(2), QStringLiteral("a"), {QStringLiteral("settings.read")})});
        QSignalSpy changed(&h.model, &QAbstractItemModel::dataChanged);

        UpdateTokenRequest update;
        update.name = QStringLiteral("renamed");
        update.revoked = true;
        update.scopes = QStringList{QStringLiteral("settings.write"), QStringLiteral("apiTokens.read")};
        QVERIFY(h.model.applyUpdate(tokenId(2), update));

        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 2);
        QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 2);
        QCOMPARE(h.model.name(2), QStringLiteral("renamed"));
        QCOMPARE(h.model.status(2), TokenStatus::Revoked);
        QCOMPARE(h.model.scopes(2), *update.scopes);
        QCOMPARE(h.model.data(h.model.index(2, TokenTableModel::ScopesColumn)).toString(),
                 QStringLiteral("settings.write, apiTokens.read"));
        QCOMPARE(h.model.data(h.model.index(2, 0), TokenTableModel::ScopesRole).toStringList(), *update.scopes);
        QVERIFY(!h.model.applyUpdate(QStringLiteral("dt0c01.UNKNOWN"), update));
        QCOMPARE(changed.count(), 1);
    }

    void setSelfId_shouldMarkOneRowAndMoveTheMark()
    {
        Harness h;
        h.model.setList(makeList(4));
        QSignalSpy changed(&h.model, &QAbstractItemModel::dataChanged);
        const auto isSelf = [&h](int row) {
            return h.model.data(h.model.index(row, 0), TokenTableModel::IsSelfRole).toBool();
        };

        h.model.setSelfId(tokenId(1));
        QCOMPARE(changed.count(), 1);
        QVERIFY(isSelf(1));
        QVERIFY(!isSelf(0) && !isSelf(2) && !isSelf(3));

        h.model.setSelfId(tokenId(3));
        QCOMPARE(changed.count(), 3); // old row and new row
        QVERIFY(!isSelf(1));
        QVERIFY(isSelf(3));

        // The mark survives a reload of a list that contains the id
        h.model.setList(makeList(4));
        QVERIFY(isSelf(3));
    }

    void isSystemTokenName_shouldMatchAutoCreatedTokens_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("expected");
        QTest::newRow("InstallerDownload") << QStringLiteral("InstallerDownload") << true;
        QTest::newRow("Mobile") << QStringLiteral("Mobile") << true;
        QTest::newRow("Mobile with suffix") << QStringLiteral("Mobile-ios") << true;
        QTest::newRow("InstallerDownload numbered") << QStringLiteral("InstallerDownload2") << true;
        QTest::newRow("InstallerDownload spaced") << QStringLiteral("InstallerDownload (node 1)") << true;
        QTest::newRow("word prefix") << QStringLiteral("MobileApps") << false;
        QTest::newRow("lower case") << QStringLiteral("mobile") << false;
        QTest::newRow("in the middle") << QStringLiteral("my Mobile") << false;
        QTest::newRow("user token") << QStringLiteral("ci-pipeline") << false;
        QTest::newRow("empty") << QString() << false;
    }

    void isSystemTokenName_shouldMatchAutoCreatedTokens()
    {
        QFETCH(QString, name);
        QFETCH(bool, expected);
        QCOMPARE(TokenTableModel::isSystemTokenName(name), expected);
        Harness h;
        h.model.setList(makeList({{QStringLiteral("dt0c01.S00000000000000000000000"), name}}));
        QCOMPARE(h.model.data(h.model.index(0, 0), TokenTableModel::IsSystemRole).toBool(), expected);
        QCOMPARE(h.model.isSystem(0), expected);
    }

    void knownValues_shouldCollectOwnersAndUnknownScopes()
    {
        Harness h;
        h.model.setList(makeList(3));
        QSignalSpy known(&h.model, &TokenTableModel::knownValuesChanged);
        h.model.setDetails({details(tokenId(0), QStringLiteral("zoe"), {QStringLiteral("settings.read")}),
                            details(tokenId(1), QStringLiteral("Alice"),
                                    {QStringLiteral("settings.read"), QStringLiteral("futureScope.write")}),
                            details(tokenId(2), QStringLiteral("zoe"), {QStringLiteral("settings.read")})});
        QCOMPARE(known.count(), 1);
        QCOMPARE(h.model.knownOwners(), (QStringList{QStringLiteral("Alice"), QStringLiteral("zoe")}));
        QCOMPARE(h.model.knownScopes(),
                 (QStringList{QStringLiteral("futureScope.write"), QStringLiteral("settings.read")}));
        QCOMPARE(h.model.unknownScopesSeen(), QStringList{QStringLiteral("futureScope.write")});
        // Interned: both zoe rows share one owner entry and one scope set
        QCOMPARE(h.model.store().owners.size(), 2);
        QCOMPARE(h.model.store().scopeSets.size(), size_t(2));
        // Nothing new: no signal
        h.model.setDetails({details(tokenId(0), QStringLiteral("Alice"), {QStringLiteral("settings.read")})});
        QCOMPARE(known.count(), 1);
    }

    void metadata_shouldRoundTripDetails()
    {
        Harness h;
        h.model.setList(makeList(2));
        TokenMetadata md =
            details(tokenId(1), QStringLiteral("ops"), {QStringLiteral("Nodekeeper")}, 1000, 2000, 1500, true);
        md.name = tokenName(1);
        md.personalAccessToken = true;
        h.model.setDetails({md});
        QCOMPARE(h.model.metadata(1), md);
        QCOMPARE(h.model.data(h.model.index(1, 0), TokenTableModel::MetadataRole).value<TokenMetadata>(), md);
        // An undetailed row carries only id and name
        TokenMetadata stubOnly;
        stubOnly.id = tokenId(0);
        stubOnly.name = tokenName(0);
        QCOMPARE(h.model.metadata(0), stubOnly);
        // A detail name that differs from the list wins
        md.name = QStringLiteral("renamed on server");
        h.model.setDetails({md});
        QCOMPARE(h.model.data(h.model.index(1, TokenTableModel::NameColumn)).toString(),
                 QStringLiteral("renamed on server"));
    }

    void idIndex_shouldBeBuiltOnAWorkerForLargeLists()
    {
        Harness h;
        const int rows = 30000;
        h.model.setSelfId(tokenId(rows - 2));
        h.model.setList(makeList(rows));
        // The self mark is found without the index (a scan), so the index is still being built
        QVERIFY(h.model.data(h.model.index(rows - 2, 0), TokenTableModel::IsSelfRole).toBool());
        // A token created while the worker hashes the ids is indexed too once the result lands
        const QString created = QStringLiteral("dt0c01.CREATEDWHILEBUILDING0000");
        h.model.addToken(TokenStub{created, QStringLiteral("new"), std::nullopt});
        QVERIFY(!h.model.isIdIndexReady()); // the worker's result is delivered through the event loop
        QTRY_VERIFY(h.model.isIdIndexReady());
        QCOMPARE(h.model.rowOfId(created), rows);
        QCOMPARE(h.model.rowOfId(tokenId(12345)), 12345);
        QCOMPARE(h.model.rowOfId(QStringLiteral("dt0c01.NOPE")), -1);
        // A small list builds it on first use instead
        h.model.setList(makeList(10));
        QVERIFY(!h.model.isIdIndexReady());
        QCOMPARE(h.model.rowOfId(tokenId(9)), 9);
        QVERIFY(h.model.isIdIndexReady());
    }

    void destroyedWhileItsIdIndexIsBuilt_shouldGetNothing()
    {
        auto model = std::make_unique<TokenTableModel>();
        model->setList(makeList(30000)); // hashed on a worker
        QVERIFY(!model->isIdIndexReady());
        model.reset();
        QVERIFY(Background::pool()->waitForDone(20000));
        QCoreApplication::sendPostedEvents(); // a delivery to the dead model would crash here
    }

    void idIndex_shouldBeBuiltOncePerList()
    {
        Harness h;
        h.model.setList(makeList(30000));
        const TokenIdIndex *index = h.model.idIndex();
        QTRY_VERIFY(h.model.isIdIndexReady());
        QCOMPARE(index->builds(), 1);
        // Lookups and appends do not hash the list again
        h.model.addToken(
            TokenStub{QStringLiteral("dt0c01.APPENDED000000000000000"), QStringLiteral("n"), std::nullopt});
        QCOMPARE(h.model.rowOfId(tokenId(29999)), 29999);
        QCOMPARE(h.model.rowOfId(QStringLiteral("dt0c01.APPENDED000000000000000")), 30000);
        QCOMPARE(index->builds(), 1);
        // A lookup before the worker is done scans the list: the ids are hashed once, by the worker
        h.model.setList(makeList(30000));
        QCOMPARE(h.model.rowOfId(tokenId(5)), 5);
        QVERIFY(!h.model.isIdIndexReady());
        QTRY_VERIFY(h.model.isIdIndexReady());
        QCOMPARE(index->builds(), 2);
        QCOMPARE(h.model.idIndex(), index); // one index object for the model's life
    }

    void snapshot_shouldNotChangeWhenTheModelChanges()
    {
        Harness h;
        h.model.setList(makeList(3));
        const std::shared_ptr<const TokenStore> before = h.model.snapshot();
        h.model.setDetails({details(tokenId(0), QStringLiteral("a"), {})});
        h.model.removeIds({tokenId(2)});
        QCOMPARE(before->rows.size(), size_t(3));
        QVERIFY(!before->rows[0].isLoaded());
        QCOMPARE(h.model.rowCount(), 2);
        QVERIFY(h.model.isLoaded(0));
    }
};

QTEST_GUILESS_MAIN(TestTokenTableModel)
#include "tst_tokentablemodel.moc"
