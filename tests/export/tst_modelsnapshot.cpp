// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// ModelSnapshot: the rows of the view (after filter and sort, in view order) frozen for an export,
// unaffected by later model changes, with every known field; ExportColumns and ExportSettings.
#include "exportfixtures.h"

#include "csv/csvexportjob.h"
#include "export/exportcolumns.h"
#include "export/exportsettings.h"
#include "export/modelsnapshot.h"
#include "model/tokenproxymodel.h"
#include "model/tokentablemodel.h"

#include <QAbstractItemModelTester>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace TokenDesk;
using namespace TokenDesk::ExportTest;

class TestModelSnapshot : public QObject
{
    Q_OBJECT

private:
    struct Table
    {
        explicit Table(int count, int detailed)
        {
            tokens = makeTokens(count);
            model.setNow(fixedNow());
            model.setList(tokens.list);
            model.setDetails(tokens.details.mid(0, detailed));
            proxy.setSourceModel(&model);
        }
        Tokens tokens;
        TokenTableModel model;
        TokenProxyModel proxy;
    };

    static QList<TokenMetadata> tokensOf(const TokenSnapshot &snapshot)
    {
        QList<TokenMetadata> list;
        TokenMetadata md;
        for (int row = 0; row < snapshot.rowCount(); ++row) {
            snapshot.token(row, md);
            list.append(md);
        }
        return list;
    }

private Q_SLOTS:
    void fromView_shouldHoldTheViewRowsInViewOrder_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<int>("sortColumn");
        QTest::addColumn<int>("order");
        QTest::newRow("no filter, list order") << QString() << -1 << int(Qt::AscendingOrder);
        QTest::newRow("team-b, owner descending")
            << QStringLiteral("team-b") << int(TokenTableModel::OwnerColumn) << int(Qt::DescendingOrder);
        QTest::newRow("bob, last use ascending")
            << QStringLiteral("bob") << int(TokenTableModel::LastUseColumn) << int(Qt::AscendingOrder);
        QTest::newRow("all, expires descending")
            << QString() << int(TokenTableModel::ExpiresColumn) << int(Qt::DescendingOrder);
    }

    void fromView_shouldHoldTheViewRowsInViewOrder()
    {
        QFETCH(QString, filter);
        QFETCH(int, sortColumn);
        QFETCH(int, order);
        // Given 60 tokens, 45 with details, filtered and sorted in the proxy
        Table t(60, 45);
        QAbstractItemModelTester tester(&t.proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        t.proxy.setFilterText(filter);
        t.proxy.sort(sortColumn, Qt::SortOrder(order));
        QVERIFY(!t.proxy.isPending());
        QVERIFY(t.proxy.rowCount() > 0);
        if (!filter.isEmpty()) {
            QVERIFY(t.proxy.rowCount() < 60);
        }

        // When the view is snapshotted
        const auto snapshot = ModelSnapshot::fromView(t.proxy);

        // Then it has exactly the view's rows, in the view's order, with everything the model knows
        QCOMPARE(snapshot->rowCount(), t.proxy.rowCount());
        TokenMetadata md;
        int missing = 0;
        for (int row = 0; row < snapshot->rowCount(); ++row) {
            snapshot->token(row, md);
            const QModelIndex index = t.proxy.index(row, TokenTableModel::IdColumn);
            QCOMPARE(md.id.value_or(QString()), index.data(TokenTableModel::IdRole).toString());
            QCOMPARE(md, t.model.metadata(t.proxy.mapToSource(index).row()));
            QCOMPARE(snapshot->id(row), *md.id);
            QCOMPARE(snapshot->isLoaded(row), index.data(TokenTableModel::DetailsLoadedRole).toBool());
            missing += snapshot->isLoaded(row) ? 0 : 1;
        }
        QCOMPARE(snapshot->missingDetailsCount(), missing);
        const std::vector<int> missingRows = snapshot->missingDetailsRows();
        QCOMPARE(int(missingRows.size()), missing);
        for (const int row : missingRows) {
            QVERIFY(!snapshot->isLoaded(row));
        }
    }

    void token_shouldGiveTheDetailsAsTheServerSentThem()
    {
        // Given one token with every field and one without details
        Table t(2, 1);
        const auto snapshot = ModelSnapshot::fromModel(t.model);
        TokenMetadata md;

        // Then the detailed row round-trips every field, and the other has only id and name
        snapshot->token(0, md);
        QCOMPARE(md, t.tokens.details.at(0));
        snapshot->token(1, md); // reusing `out` must clear what the previous row set
        TokenMetadata expected;
        expected.id = t.tokens.list.id(1);
        expected.name = t.tokens.list.name(1);
        QCOMPARE(md, expected);
    }

    void token_shouldKeepAnAbsentNameAbsent()
    {
        StubList list;
        list.append(TokenStub{tokenId(1), std::nullopt, std::nullopt});
        list.append(TokenStub{tokenId(2), QString(), std::nullopt});
        TokenTableModel model;
        model.setList(list);
        const auto snapshot = ModelSnapshot::fromModel(model);
        TokenMetadata md;
        snapshot->token(0, md);
        QVERIFY(!md.name.has_value());
        snapshot->token(1, md);
        QCOMPARE(md.name, std::optional<QString>(QString()));
    }

    void snapshot_shouldNotChangeWhenTheModelAndViewChangeAfterward()
    {
        // Given a snapshot of a filtered, sorted view
        Table t(40, 20);
        t.proxy.setFilterText(QStringLiteral("team-a"));
        t.proxy.sort(TokenTableModel::NameColumn, Qt::DescendingOrder);
        const auto snapshot = ModelSnapshot::fromView(t.proxy);
        const QList<TokenMetadata> before = tokensOf(*snapshot);
        QVERIFY(!before.isEmpty());

        // When details arrive, rows are deleted, a token is created and the view is re-sorted
        QList<TokenMetadata> changed = t.tokens.details.mid(20);
        for (TokenMetadata &md : changed) {
            md.userId = QStringLiteral("zed");
        }
        QCOMPARE(t.model.setDetails(changed), 20);
        QCOMPARE(t.model.removeIds({*before.first().id, *before.last().id}), 2);
        t.model.addToken(TokenStub{tokenId(999), QStringLiteral("team-a-new"), std::nullopt});
        t.proxy.sort(TokenTableModel::IdColumn, Qt::AscendingOrder);

        // Then the snapshot still holds what the view showed when it was taken
        QCOMPARE(tokensOf(*snapshot), before);
        QCOMPARE(snapshot->missingDetailsCount(), int(std::count_if(before.cbegin(), before.cend(), [](const auto &md) {
                     return !md.userId.has_value();
                 })));
    }

    void export_onAWorker_whileTheModelChanges_shouldWriteTheSnapshot()
    {
        // Given a snapshot of 20,000 rows being written on a worker
        Table t(20000, 10000);
        t.proxy.setFilterText(QStringLiteral("team-"));
        t.proxy.sort(TokenTableModel::LastUseColumn, Qt::DescendingOrder);
        QTRY_VERIFY(!t.proxy.isPending());
        const auto snapshot = ModelSnapshot::fromView(t.proxy);
        const QList<TokenMetadata> expected = tokensOf(*snapshot);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("busy.csv"));
        const QList<TokenColumn> columns = TokenColumns::all();
        CsvExportJob job(snapshot, columns, fixedNow(), path, CsvOptions::standard());
        QSignalSpy finished(&job, &CsvExportJob::finished);
        QVERIFY(job.start());

        // When the GUI thread keeps changing the model meanwhile (details, deletions, creations)
        int round = 0;
        while (finished.isEmpty() && round < 200) {
            QList<TokenMetadata> batch = t.tokens.details.mid(10000 + (round % 50) * 200, 200);
            for (TokenMetadata &md : batch) {
                md.userId = QStringLiteral("owner-%1").arg(round);
                md.scopes = QStringList{QStringLiteral("scope-%1").arg(round)};
            }
            t.model.setDetails(batch);
            t.model.removeIds({t.model.id(0)});
            t.model.addToken(TokenStub{tokenId(100000 + round), QStringLiteral("new-%1").arg(round), std::nullopt});
            ++round;
            QCoreApplication::processEvents();
        }
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QVERIFY(round > 0); // the model did change while the worker wrote
        qInfo("model changed %d times during the export", round);

        // Then the file holds the snapshot as it was taken
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
        const auto records = parseCsv(QString::fromUtf8(readBytes(path)), QLatin1Char(','));
        QVERIFY(records);
        QCOMPARE(records->size(), expected.size() + 1);
        QStringList cells;
        for (qsizetype i = 0; i < expected.size(); ++i) {
            TokenColumns::cells(columns, expected.at(i), fixedNow(), cells);
            QCOMPARE(records->at(i + 1), cells);
        }
    }

    void fromView_withoutSourceModel_shouldBeEmpty()
    {
        TokenProxyModel proxy;
        QCOMPARE(ModelSnapshot::fromView(proxy)->rowCount(), 0);
    }

    void exportColumns_fromTableColumns_data()
    {
        QTest::addColumn<QList<int>>("table");
        QTest::addColumn<QList<TokenColumn>>("expected");
        QTest::newRow("all, model order")
            << QList<int>{0, 1, 2, 3, 4, 5, 6, 7}
            << QList<TokenColumn>{TokenColumn::Name,    TokenColumn::Id,      TokenColumn::Owner,
                                  TokenColumn::Scopes,  TokenColumn::Created, TokenColumn::Expires,
                                  TokenColumn::LastUse, TokenColumn::Status};
        QTest::newRow("moved and hidden")
            << QList<int>{int(TokenTableModel::StatusColumn), int(TokenTableModel::IdColumn),
                          int(TokenTableModel::NameColumn)}
            << QList<TokenColumn>{TokenColumn::Status, TokenColumn::Id, TokenColumn::Name};
        QTest::newRow("unknown and duplicate skipped")
            << QList<int>{1, 42, 1, -1, 0} << QList<TokenColumn>{TokenColumn::Id, TokenColumn::Name};
    }

    void exportColumns_fromTableColumns()
    {
        QFETCH(QList<int>, table);
        QFETCH(QList<TokenColumn>, expected);
        QCOMPARE(ExportColumns::fromTableColumns(table), expected);
    }

    void exportColumns_needsDetails_onlyForDetailColumns()
    {
        const QList<TokenColumn> all = TokenColumns::all();
        for (const TokenColumn column : all) {
            const bool fromList = column == TokenColumn::Name || column == TokenColumn::Id;
            QCOMPARE(ExportColumns::needsDetails(column), !fromList);
        }
        QVERIFY(!ExportColumns::needsDetails(QList<TokenColumn>{TokenColumn::Id, TokenColumn::Name}));
        QVERIFY(ExportColumns::needsDetails(QList<TokenColumn>{TokenColumn::Id, TokenColumn::Revoked}));
    }

    void exportColumns_withUnchecked_putsCheckedFirstThenTheRest()
    {
        const QList<TokenColumn> checked = {TokenColumn::Status, TokenColumn::Name};
        const QList<TokenColumn> shown = ExportColumns::withUnchecked(checked);
        QCOMPARE(shown.mid(0, 2), checked);
        QCOMPARE(shown.size(), TokenColumns::all().size());
        for (const TokenColumn column : TokenColumns::all()) {
            QCOMPARE(shown.count(column), 1);
        }
    }

    void settings_shouldRoundTrip_data()
    {
        QTest::addColumn<QList<TokenColumn>>("columns");
        QTest::addColumn<int>("preset");
        QTest::addColumn<bool>("header");
        QTest::addColumn<bool>("guard");
        QTest::addColumn<bool>("loadFirst");
        QTest::newRow("excel, three columns, no header")
            << QList<TokenColumn>{TokenColumn::Owner, TokenColumn::Id, TokenColumn::PersonalAccessToken}
            << int(CsvOptions::Preset::Excel) << false << true << false;
        QTest::newRow("standard, table columns, no guard")
            << QList<TokenColumn>{} << int(CsvOptions::Preset::Standard) << true << false << true;
    }

    void settings_shouldRoundTrip()
    {
        QFETCH(QList<TokenColumn>, columns);
        QFETCH(int, preset);
        QFETCH(bool, header);
        QFETCH(bool, guard);
        QFETCH(bool, loadFirst);
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        ExportSettings s;
        s.columns = columns;
        s.preset = CsvOptions::Preset(preset);
        s.header = header;
        s.formulaGuard = guard;
        s.loadDetailsFirst = loadFirst;
        s.directory = dir.path();
        s.save(settings);
        settings.sync();

        QSettings reread(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        QCOMPARE(ExportSettings::load(reread), s);
        QCOMPARE(reread.childGroups(), QStringList{QStringLiteral("export")});
    }

    void settings_invalidValues_shouldFallBackToDefaults()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("export/columns"),
                          QStringList{QStringLiteral("name"), QStringLiteral("secret")});
        settings.setValue(QStringLiteral("export/preset"), QStringLiteral("lotus123"));
        const ExportSettings loaded = ExportSettings::load(settings);
        QCOMPARE(loaded, ExportSettings());
    }

    void settings_csvOptions_followPresetAndSwitches()
    {
        ExportSettings s;
        s.preset = CsvOptions::Preset::Excel;
        s.header = false;
        s.formulaGuard = false;
        const CsvOptions options = s.csvOptions(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(options.delimiter, QLatin1Char(';'));
        QVERIFY(options.byteOrderMark);
        QVERIFY(!options.header);
        QVERIFY(!options.formulaGuard);
        QCOMPARE(s.csvOptions(QLocale(QLocale::English, QLocale::UnitedStates)).delimiter, QLatin1Char(','));
    }
};

QTEST_GUILESS_MAIN(TestModelSnapshot)
#include "tst_modelsnapshot.moc"
