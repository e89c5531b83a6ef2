// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// CSV export in the GUI, offscreen: ExportController + ExportDialog over a real table view, model,
// proxy and (for details) DetailsLoader + TokensService against an in-test FakeCluster. Every file
// written is parsed back as RFC 4180 and compared with what the view shows.
#include "exportfixtures.h"

#include "exportcontroller.h"
#include "exportdialog.h"
#include "fakecluster.h"

#include "api/tokensservice.h"
#include "export/exportcolumns.h"
#include "i18n/translations.h"
#include "model/detailsloader.h"
#include "model/tokenproxymodel.h"
#include "model/tokentablemodel.h"
#include "session/clustersession.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMainWindow>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRadioButton>
#include <QSemaphore>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include <memory>

using namespace TokenDesk;
using namespace TokenDesk::ExportTest;

namespace {

QString statusCell(TokenStatus status)
{
    switch (status) {
    case TokenStatus::Active:
        return QStringLiteral("active");
    case TokenStatus::Revoked:
        return QStringLiteral("revoked");
    case TokenStatus::Expired:
        return QStringLiteral("expired");
    case TokenStatus::NotLoaded:
        break;
    }
    return QString();
}

// The cell the view's row `proxyRow` should have in the file for `column`, from the model's typed
// accessors (not from the CSV code).
QString expectedCell(const TokenProxyModel &proxy, int proxyRow, TokenColumn column)
{
    const TokenTableModel &model = *proxy.tokenModel();
    const int row = proxy.sourceRow(proxyRow);
    switch (column) {
    case TokenColumn::Name:
        return model.name(row);
    case TokenColumn::Id:
        return model.id(row);
    case TokenColumn::Owner:
        return model.owner(row).value_or(QString());
    case TokenColumn::Scopes:
        return model.scopes(row).join(QLatin1Char(' '));
    case TokenColumn::Created:
        return isoCell(model.created(row));
    case TokenColumn::Expires:
        return isoCell(model.expires(row));
    case TokenColumn::LastUse:
        return isoCell(model.lastUse(row));
    case TokenColumn::Status:
        return statusCell(model.status(row));
    case TokenColumn::Revoked: {
        const std::optional<bool> revoked = model.metadata(row).revoked;
        return revoked ? (*revoked ? QStringLiteral("true") : QStringLiteral("false")) : QString();
    }
    case TokenColumn::PersonalAccessToken: {
        const std::optional<bool> pat = model.metadata(row).personalAccessToken;
        return pat ? (*pat ? QStringLiteral("true") : QStringLiteral("false")) : QString();
    }
    }
    return QString();
}

// What the view shows, as the file should hold it (with a header row of `columns`).
QList<QStringList> expectedRecords(const TokenProxyModel &proxy, const QList<TokenColumn> &columns, bool header)
{
    QList<QStringList> records;
    if (header) {
        records.append(TokenColumns::headerNames(columns));
    }
    for (int row = 0; row < proxy.rowCount(); ++row) {
        QStringList record;
        for (const TokenColumn column : columns) {
            record.append(expectedCell(proxy, row, column));
        }
        records.append(record);
    }
    return records;
}

std::optional<QList<QStringList>> readCsv(const QString &path, QChar delimiter = QLatin1Char(','))
{
    QByteArray bytes = readBytes(path);
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        bytes.remove(0, 3);
    }
    return parseCsv(QString::fromUtf8(bytes), delimiter);
}

} // namespace

class TestExportController : public QObject
{
    Q_OBJECT

private:
    // A main window with the token table, model, proxy and the export controller; optionally a fake
    // cluster, TokensService and DetailsLoader feeding the model.
    struct Harness
    {
        explicit Harness(bool withCluster = false)
        {
            out = dir.filePath(QStringLiteral("out"));
            QDir().mkpath(out);
            model.setNow(fixedNow());
            proxy.setSourceModel(&model);
            if (withCluster) {
                Fake::SeedOptions seed;
                seed.tokens = 1; // the admin token only; the test adds its own
                seed.nowMs = fixedNow();
                started = fake.start(Fake::ServerOptions{}, seed);
                fake.setFixedTime(fixedNow());
                ConnectionSettings settings;
                settings.baseUrl = TokensService::normalizeBaseUrl(fake.baseUrl());
                settings.apiToken = fake.adminToken().secret;
                settings.timeoutMs = 10000;
                session.setConnection(settings);
            }
            table = new QTableView;
            table->setModel(&proxy);
            table->setSortingEnabled(true);
            window.setCentralWidget(table);
            settingsFile =
                std::make_unique<QSettings>(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
            controller = new ExportController(&session, &proxy, table->horizontalHeader(), &window);
            // As the main window does: a finished export is reported in the status bar.
            QObject::connect(controller, &ExportController::exportFinished, &window,
                             [this](bool ok, const QString &, const QString &message) {
                                 if (ok) {
                                     window.statusBar()->showMessage(message, 15000);
                                 }
                             });
            controller->setSettings(settingsFile.get());
            controller->setClusterName(QStringLiteral("test cluster"));
            window.resize(1000, 600);
            window.show();
        }

        ~Harness()
        {
            window.hide();
            if (pool) {
                pool->waitForDone();
            }
        }

        void setTokens(const Tokens &t, int detailed)
        {
            tokens = t;
            model.setList(t.list);
            model.setDetails(t.details.mid(0, detailed));
        }

        // The list as the app gets it from the cluster (GET /tokens).
        StubList fetchList()
        {
            ListQuery query;
            query.limit = ListQuery::MaxLimit;
            std::optional<StubList> list;
            service.listTokens(query, &fake, [&list](const ApiResult<StubList> &result) {
                list = result.ok() ? *result.value : StubList();
            });
            if (!QTest::qWaitFor([&list] { return list.has_value(); }, 10000)) {
                return StubList();
            }
            return list.value_or(StubList());
        }

        ExportDialog *openDialog()
        {
            controller->openDialog();
            return controller->dialog();
        }

        // Presses Export… and answers the file dialog with `path`, as a user would.
        bool exportVia(const QString &path)
        {
            ExportDialog *dialog = controller->dialog();
            if (!dialog || !dialog->exportButton()->isEnabled()) {
                return false;
            }
            dialog->exportButton()->click();
            QFileDialog *files = controller->fileDialog();
            if (!files) {
                return false;
            }
            files->setOption(QFileDialog::DontConfirmOverwrite); // the overwrite question is a nested loop
            files->selectFile(path);
            static_cast<QDialog *>(files)->accept(); // QFileDialog::accept(), as its Save button does
            return true;
        }

        QTemporaryDir dir;
        QString out;
        Fake::FakeCluster fake;
        ClusterSession session;
        TokensService &service = *session.service();
        DetailsLoader *loader = session.loader();
        bool started = false;
        Tokens tokens;
        TokenTableModel &model = *session.model();
        TokenProxyModel proxy;
        std::unique_ptr<QSettings> settingsFile;
        std::unique_ptr<QThreadPool> pool;
        QMainWindow window;
        QTableView *table = nullptr;
        ExportController *controller = nullptr;
    };

    // Adds `count` tokens to the fake ("ci-east-00", "ci-west-01", ...) and loads the list into the
    // model and the loader; the first `detailed` list rows get their details.
    static bool seedCluster(Harness &h, int count, int detailed)
    {
        for (int i = 0; i < count; ++i) {
            const QString name = QStringLiteral("ci-%1-%2")
                                     .arg(i % 2 == 0 ? QStringLiteral("east") : QStringLiteral("west"))
                                     .arg(i, 2, 10, QLatin1Char('0'));
            const QStringList scopes = i % 3 == 0
                                           ? QStringList{QStringLiteral("ReadSyntheticData")}
                                           : QStringList{QStringLiteral("settings.read"), QStringLiteral("Nodekeeper")};
            h.fake.addToken(name, i % 4 == 0 ? QStringLiteral("ops") : QStringLiteral("dev"), scopes,
                            fixedNow() + (i + 1) * Day, fixedNow() - i * Day);
        }
        const StubList list = h.fetchList();
        if (list.size() != count + 1) {
            return false;
        }
        h.model.setList(list);
        h.loader->setList(list);
        QStringList first;
        for (int row = 0; row < detailed; ++row) {
            first.append(list.id(row));
        }
        h.loader->prioritize(first);
        return QTest::qWaitFor([&h, detailed] { return h.model.loadedCount() == detailed; }, 10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        // As the app does: the English plural forms ("1 row", "20 rows") come from a translation.
        Translations::install(QLocale(QLocale::English, QLocale::UnitedStates), this);
    }

    void export_afterQuickFilterAndSort_shouldEqualTheViewRowsAndOrder()
    {
        // Given 120 tokens (90 with details) in a table whose Scopes column is hidden and whose
        // Status column was dragged to the front, quick-filtered and sorted by owner, descending
        Harness h;
        h.setTokens(makeTokens(120), 90);
        QHeaderView *header = h.table->horizontalHeader();
        header->setSectionHidden(TokenTableModel::ScopesColumn, true);
        header->moveSection(header->visualIndex(TokenTableModel::StatusColumn), 0);
        h.proxy.setFilterText(QStringLiteral("team-b"));
        h.table->sortByColumn(TokenTableModel::OwnerColumn, Qt::DescendingOrder);
        QTRY_VERIFY(!h.proxy.isPending());
        QVERIFY(h.proxy.rowCount() > 10 && h.proxy.rowCount() < 120);

        // When the user exports with the default choices
        ExportDialog *dialog = h.openDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        const QList<TokenColumn> expectedColumns = {TokenColumn::Status, TokenColumn::Name,    TokenColumn::Id,
                                                    TokenColumn::Owner,  TokenColumn::Created, TokenColumn::Expires,
                                                    TokenColumn::LastUse};
        QCOMPARE(dialog->columns(), expectedColumns);
        QSignalSpy finished(h.controller, &ExportController::exportFinished);
        const QString path = h.out + QStringLiteral("/view.csv");
        dialog->exportButton()->click();
        QFileDialog *files = h.controller->fileDialog();
        QVERIFY(files);
        QCOMPARE(QFileInfo(files->selectedFiles().value(0)).fileName(),
                 QStringLiteral("tokens-test-cluster-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate)));
        files->setOption(QFileDialog::DontConfirmOverwrite);
        files->selectFile(path);
        static_cast<QDialog *>(files)->accept(); // QFileDialog::accept(), as its Save button does
        QTRY_COMPARE(finished.count(), 1);

        // Then the file holds exactly the rows the view shows, in its order, with the visible columns
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(2).toString()));
        QCOMPARE(finished.at(0).at(1).toString(), path);
        const auto records = readCsv(path);
        QVERIFY(records);
        QCOMPARE(records->size(), h.proxy.rowCount() + 1);
        QCOMPARE(*records, expectedRecords(h.proxy, expectedColumns, true));
        QStringList viewIds;
        for (int row = 0; row < h.proxy.rowCount(); ++row) {
            viewIds.append(h.proxy.index(row, 0).data(TokenTableModel::IdRole).toString());
        }
        QStringList fileIds;
        for (qsizetype i = 1; i < records->size(); ++i) {
            fileIds.append(records->at(i).at(2));
        }
        QCOMPARE(fileIds, viewIds);
        // and the dialog closed, the status bar says where the file went
        QTRY_VERIFY(!h.controller->dialog());
        QVERIFY(h.window.statusBar()->currentMessage().contains(QDir::toNativeSeparators(path)));
        QCOMPARE(h.controller->state(), ExportController::State::Idle);
    }

    void columns_chosenInTheDialog_shouldBeWrittenInThatOrder_data()
    {
        QTest::addColumn<QList<TokenColumn>>("columns");
        QTest::newRow("id only") << QList<TokenColumn>{TokenColumn::Id};
        QTest::newRow("reordered") << QList<TokenColumn>{TokenColumn::LastUse, TokenColumn::Id, TokenColumn::Name};
        QTest::newRow("export-only columns") << QList<TokenColumn>{
            TokenColumn::PersonalAccessToken, TokenColumn::Revoked, TokenColumn::Scopes, TokenColumn::Owner};
    }

    void columns_chosenInTheDialog_shouldBeWrittenInThatOrder()
    {
        QFETCH(QList<TokenColumn>, columns);
        // Given a fully detailed table, sorted by name descending
        Harness h;
        h.setTokens(makeTokens(30), 30);
        h.table->sortByColumn(TokenTableModel::NameColumn, Qt::DescendingOrder);
        ExportDialog *dialog = h.openDialog();
        QVERIFY(dialog);

        // When the user unticks every column, then ticks the wanted ones and moves each into place
        // with Up
        auto *list = dialog->findChild<QListWidget *>(QStringLiteral("columnsListWidget"));
        auto *up = dialog->findChild<QPushButton *>(QStringLiteral("moveUpButton"));
        QVERIFY(list && up);
        for (int row = 0; row < list->count(); ++row) {
            list->item(row)->setCheckState(Qt::Unchecked);
        }
        QVERIFY(!dialog->exportButton()->isEnabled());
        for (int target = 0; target < columns.size(); ++target) {
            int row = 0;
            while (TokenColumn(list->item(row)->data(Qt::UserRole).toInt()) != columns.at(target)) {
                ++row;
            }
            list->item(row)->setCheckState(Qt::Checked);
            list->setCurrentRow(row);
            for (; row > target; --row) {
                QTest::mouseClick(up, Qt::LeftButton);
            }
        }
        QCOMPARE(dialog->columns(), columns);
        QSignalSpy finished(h.controller, &ExportController::exportFinished);
        const QString path = h.out + QStringLiteral("/columns.csv");
        QVERIFY(h.exportVia(path));
        QTRY_COMPARE(finished.count(), 1);

        // Then the file has those columns, in that order
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(2).toString()));
        const auto records = readCsv(path);
        QVERIFY(records);
        QCOMPARE(*records, expectedRecords(h.proxy, columns, true));
    }

    void tableColumnsButton_shouldRestoreTheVisibleColumns()
    {
        Harness h;
        h.setTokens(makeTokens(5), 5);
        h.table->horizontalHeader()->setSectionHidden(TokenTableModel::IdColumn, true);
        ExportDialog *dialog = h.openDialog();
        dialog->setColumns({TokenColumn::Revoked});
        QCOMPARE(dialog->columns(), QList<TokenColumn>{TokenColumn::Revoked});
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("tableColumnsButton")), Qt::LeftButton);
        QCOMPARE(dialog->columns(), h.controller->tableColumns());
        QVERIFY(!dialog->columns().contains(TokenColumn::Id));
        QCOMPARE(dialog->columns().size(), TokenTableModel::ColumnCount - 1);
    }

    void presets_shouldSetByteOrderMarkDelimiterAndHeader_data()
    {
        QTest::addColumn<int>("preset");
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<bool>("header");
        QTest::addColumn<bool>("bom");
        QTest::addColumn<QChar>("delimiter");
        const QLocale german(QLocale::German, QLocale::Germany);
        const QLocale us(QLocale::English, QLocale::UnitedStates);
        QTest::newRow("standard") << int(CsvOptions::Preset::Standard) << german << true << false << QChar(u',');
        QTest::newRow("excel, German locale")
            << int(CsvOptions::Preset::Excel) << german << true << true << QChar(u';');
        QTest::newRow("excel, US locale") << int(CsvOptions::Preset::Excel) << us << true << true << QChar(u',');
        QTest::newRow("standard, no header")
            << int(CsvOptions::Preset::Standard) << us << false << false << QChar(u',');
    }

    void presets_shouldSetByteOrderMarkDelimiterAndHeader()
    {
        QFETCH(int, preset);
        QFETCH(QLocale, locale);
        QFETCH(bool, header);
        QFETCH(bool, bom);
        QFETCH(QChar, delimiter);
        // Given a table and an injected locale for the Excel preset
        Harness h;
        h.setTokens(makeTokens(12), 12);
        h.controller->setExcelLocale(locale);
        ExportDialog *dialog = h.openDialog();

        // When the preset and the header switch are chosen in the dialog
        auto *presets = dialog->findChild<QComboBox *>(QStringLiteral("presetComboBox"));
        presets->setCurrentIndex(presets->findData(preset));
        dialog->findChild<QCheckBox *>(QStringLiteral("headerCheckBox"))->setChecked(header);
        const bool semicolon = delimiter == QLatin1Char(';');
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("presetDescriptionLabel"))->text().contains(u"semicolon"),
                 semicolon);
        QSignalSpy finished(h.controller, &ExportController::exportFinished);
        const QString path = h.out + QStringLiteral("/preset.csv");
        QVERIFY(h.exportVia(path));
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(2).toString()));

        // Then the bytes start with the BOM or not, and the records parse with that delimiter only
        const QByteArray bytes = readBytes(path);
        QCOMPARE(bytes.startsWith("\xEF\xBB\xBF"), bom);
        QVERIFY(!bytes.contains("sep="));
        const auto records = readCsv(path, delimiter);
        QVERIFY(records);
        const QList<TokenColumn> columns = h.controller->tableColumns();
        QCOMPARE(*records, expectedRecords(h.proxy, columns, header));
        for (const QStringList &record : *records) {
            QCOMPARE(record.size(), columns.size());
        }
    }

    void formulaGuard_shouldPrefixFreeTextCellsOnlyWhenOn_data()
    {
        QTest::addColumn<bool>("guard");
        QTest::addColumn<QString>("nameCell");
        QTest::addColumn<QString>("ownerCell");
        QTest::newRow("on (default)") << true << QStringLiteral("'=HYPERLINK(\"x\")") << QStringLiteral("'@admin");
        QTest::newRow("off") << false << QStringLiteral("=HYPERLINK(\"x\")") << QStringLiteral("@admin");
    }

    void formulaGuard_shouldPrefixFreeTextCellsOnlyWhenOn()
    {
        QFETCH(bool, guard);
        QFETCH(QString, nameCell);
        QFETCH(QString, ownerCell);
        Harness h;
        Tokens t;
        t.list.append(TokenStub{tokenId(1), QStringLiteral("=HYPERLINK(\"x\")"), std::nullopt});
        TokenMetadata md;
        md.id = tokenId(1);
        md.userId = QStringLiteral("@admin");
        md.revoked = false;
        t.details.append(md);
        h.setTokens(t, 1);
        ExportDialog *dialog = h.openDialog();
        auto *guardBox = dialog->findChild<QCheckBox *>(QStringLiteral("formulaGuardCheckBox"));
        QVERIFY(guardBox->isChecked()); // on by default
        QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("formulaGuardLabel"))->text().isEmpty());
        guardBox->setChecked(guard);
        dialog->setColumns({TokenColumn::Name, TokenColumn::Owner, TokenColumn::Id});
        QSignalSpy finished(h.controller, &ExportController::exportFinished);
        const QString path = h.out + QStringLiteral("/guard.csv");
        QVERIFY(h.exportVia(path));
        QTRY_COMPARE(finished.count(), 1);
        const auto records = readCsv(path);
        QVERIFY(records);
        QCOMPARE(records->size(), 2);
        QCOMPARE(records->at(1), (QStringList{nameCell, ownerCell, tokenId(1)}));
    }

    void loadThemFirst_shouldLoadExactlyTheMissingDetails_andTheFileHasThem()
    {
        // Given a cluster of 24 tokens, 9 list rows with details, and a view filtered to "west"
        Harness h(true);
        QVERIFY2(h.started, qPrintable(h.fake.errorString()));
        QVERIFY(seedCluster(h, 24, 9));
        h.proxy.setFilterText(QStringLiteral("west"));
        h.table->sortByColumn(TokenTableModel::NameColumn, Qt::DescendingOrder);
        QTRY_VERIFY(!h.proxy.isPending());
        QCOMPARE(h.proxy.rowCount(), 12);
        QStringList missing;
        for (int row = 0; row < h.proxy.rowCount(); ++row) {
            if (!h.model.isLoaded(h.proxy.sourceRow(row))) {
                missing.append(h.model.id(h.proxy.sourceRow(row)));
            }
        }
        QVERIFY(missing.size() > 0 && missing.size() < 12);
        const int getsBefore = h.fake.requestCount(Fake::Endpoint::Get);

        // When the dialog offers to load them first and the user accepts
        ExportDialog *dialog = h.openDialog();
        QCOMPARE(dialog->summaryText(), QStringLiteral("12 rows; %1 without details").arg(missing.size()));
        QVERIFY(dialog->needsMissingDetails());
        QVERIFY(dialog->findChild<QRadioButton *>(QStringLiteral("loadDetailsRadioButton"))->isChecked());
        QSignalSpy states(h.controller, &ExportController::stateChanged);
        QSignalSpy finished(h.controller, &ExportController::exportFinished);
        const QString path = h.out + QStringLiteral("/loaded.csv");
        QVERIFY(h.exportVia(path));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(2).toString()));

        // Then exactly the missing ids were requested, the export waited for them, and the file has
        // every row's details as the cluster holds them
        QCOMPARE(h.fake.requestCount(Fake::Endpoint::Get) - getsBefore, missing.size());
        for (const QString &id : std::as_const(missing)) {
            QVERIFY(h.model.isLoaded(h.model.rowOfId(id)));
        }
        QCOMPARE(h.model.loadedCount(), 9 + int(missing.size()));
        QList<ExportController::State> seen;
        for (const QList<QVariant> &args : std::as_const(states)) {
            seen.append(args.at(0).value<ExportController::State>());
        }
        QVERIFY(seen.contains(ExportController::State::LoadingDetails));
        QVERIFY(seen.indexOf(ExportController::State::LoadingDetails) < seen.indexOf(ExportController::State::Writing));
        const auto records = readCsv(path);
        QVERIFY(records);
        const QList<TokenColumn> columns = h.controller->tableColumns();
        QCOMPARE(*records, expectedRecords(h.proxy, columns, true));
        const int idColumn = int(columns.indexOf(TokenColumn::Id));
        const int ownerColumn = int(columns.indexOf(TokenColumn::Owner));
        const int scopesColumn = int(columns.indexOf(TokenColumn::Scopes));
        for (qsizetype i = 1; i < records->size(); ++i) {
            const QStringList &record = records->at(i);
            const auto info = h.fake.tokenInfo(record.at(idColumn));
            QVERIFY(info);
            QCOMPARE(record.at(ownerColumn), info->owner);
            QStringList scopes = record.at(scopesColumn).split(QLatin1Char(' '));
            scopes.sort();
            QStringList expectedScopes = info->scopes;
            expectedScopes.sort();
            QCOMPARE(scopes, expectedScopes);
        }
    }

    void loadThemFirst_withATokenDeletedMeanwhile_shouldExportTheRestAndSaySo()
    {
        // Given rows without details, one of which was deleted on the cluster after the list
        Harness h(true);
        QVERIFY2(h.started, qPrintable(h.fake.errorString()));
        QVERIFY(seedCluster(h, 6, 2));
        const QString goneId = h.model.id(h.model.rowCount() - 1);
        QVERIFY(!h.model.isLoaded(h.model.rowCount() - 1));
        bool deleted = false;
        h.service.deleteToken(goneId, &h.fake,
                              [&deleted](const ApiResult<NoContent> &result) { deleted = result.ok(); });
        QTRY_VERIFY(deleted);

        // When the export loads the missing details first
        h.openDialog();
        QSignalSpy finished(h.controller, &ExportController::exportFinished);
        const QString path = h.out + QStringLiteral("/gone.csv");
        QVERIFY(h.exportVia(path));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);

        // Then the file is written without the gone token (the session takes it out of the table, as
        // the app always did), and the message says why
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(2).toString()));
        const QString message = finished.at(0).at(2).toString();
        QVERIFY2(message.contains(QStringLiteral("The details of 1 token could not be loaded")), qPrintable(message));
        QCOMPARE(h.loader->state(goneId), DetailsLoader::State::Gone);
        const auto records = readCsv(path);
        QVERIFY(records);
        QCOMPARE(*records, expectedRecords(h.proxy, h.controller->tableColumns(), true));
        QCOMPARE(h.model.rowOfId(goneId), -1);
        QCOMPARE(h.model.loadedCount(), h.model.rowCount());
    }

    void listReloaded_whileLoadingDetails_shouldAbortAndWriteNothing()
    {
        Harness h(true);
        QVERIFY2(h.started, qPrintable(h.fake.errorString()));
        QVERIFY(seedCluster(h, 8, 1));
        Fake::Fault slow;
        slow.kind = Fake::Fault::Kind::Latency;
        slow.latencyMs = 2000;
        slow.count = -1;
        h.fake.injectFault(Fake::Endpoint::Get, slow);
        ExportDialog *dialog = h.openDialog();
        QSignalSpy finished(h.controller, &ExportController::exportFinished);
        const QString path = h.out + QStringLiteral("/reloaded.csv");
        QVERIFY(h.exportVia(path));
        QCOMPARE(h.controller->state(), ExportController::State::LoadingDetails);

        // When the list is loaded again meanwhile
        StubList list;
        list.append(TokenStub{tokenId(1), QStringLiteral("other"), std::nullopt});
        h.model.setList(list);

        // Then the export stops, says why, and writes nothing
        QCOMPARE(finished.count(), 1);
        QVERIFY(!finished.at(0).at(0).toBool());
        QVERIFY(finished.at(0).at(2).toString().contains(QStringLiteral("reloaded")));
        QVERIFY(!QFileInfo::exists(path));
        QTRY_COMPARE(dialog->rowCount(), 1); // counts follow the new list
        QCOMPARE(h.controller->state(), ExportController::State::Idle);
        h.fake.clearFaults();
    }

    void emptyCells_shouldExportWithoutLoading()
    {
        // Given the same kind of view with rows lacking details
        Harness h(true);
        QVERIFY2(h.started, qPrintable(h.fake.errorString()));
        QVERIFY(seedCluster(h, 10, 4));
        const int getsBefore = h.fake.requestCount(Fake::Endpoint::Get);
        ExportDialog *dialog = h.openDialog();
        QCOMPARE(dialog->summaryText(), QStringLiteral("11 rows; 7 without details"));

        // When the user chooses empty cells
        dialog->findChild<QRadioButton *>(QStringLiteral("emptyCellsRadioButton"))->setChecked(true);
        QVERIFY(!dialog->loadDetailsFirst());
        QSignalSpy finished(h.controller, &ExportController::exportFinished);
        const QString path = h.out + QStringLiteral("/empty.csv");
        QVERIFY(h.exportVia(path));
        QTRY_COMPARE(finished.count(), 1);

        // Then nothing was requested, and the undetailed rows have empty detail cells
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(2).toString()));
        QVERIFY(finished.at(0).at(2).toString().contains(QStringLiteral("7 of them have no details")));
        QCOMPARE(h.fake.requestCount(Fake::Endpoint::Get), getsBefore);
        QCOMPARE(h.model.loadedCount(), 4);
        const auto records = readCsv(path);
        QVERIFY(records);
        const QList<TokenColumn> columns = h.controller->tableColumns();
        QCOMPARE(*records, expectedRecords(h.proxy, columns, true));
        int emptyOwners = 0;
        const int ownerColumn = int(columns.indexOf(TokenColumn::Owner));
        for (qsizetype i = 1; i < records->size(); ++i) {
            emptyOwners += records->at(i).at(ownerColumn).isEmpty() ? 1 : 0;
        }
        QCOMPARE(emptyOwners, 7);
    }

    void onlyListColumns_shouldNotOfferToLoadDetails()
    {
        Harness h;
        h.setTokens(makeTokens(20), 5);
        ExportDialog *dialog = h.openDialog();
        QVERIFY(dialog->needsMissingDetails());
        QVERIFY(dialog->findChild<QWidget *>(QStringLiteral("detailsGroupBox"))->isVisible());
        dialog->setColumns({TokenColumn::Name, TokenColumn::Id});
        QVERIFY(!dialog->needsMissingDetails());
        QVERIFY(!dialog->findChild<QWidget *>(QStringLiteral("detailsGroupBox"))->isVisible());
        QCOMPARE(dialog->summaryText(), QStringLiteral("20 rows"));
    }

    void cancel_whileWriting_shouldLeaveTheOldFileByteIdentical()
    {
        // Given an existing file and a writer whose only thread is still busy
        Harness h;
        h.setTokens(makeTokens(50), 50);
        h.pool = std::make_unique<QThreadPool>();
        h.pool->setMaxThreadCount(1);
        QSemaphore gate;
        h.pool->start([&gate] { gate.acquire(); });
        h.controller->setThreadPool(h.pool.get());
        const QString path = h.out + QStringLiteral("/existing.csv");
        const QByteArray old = QByteArrayLiteral("old,content\r\n\xC3\xA4,1\r\n");
        QVERIFY(writeBytes(path, old));

        // When the export starts writing and the user presses Cancel
        ExportDialog *dialog = h.openDialog();
        QSignalSpy finished(h.controller, &ExportController::exportFinished);
        QVERIFY(h.exportVia(path));
        QCOMPARE(h.controller->state(), ExportController::State::Writing);
        QVERIFY(dialog->isBusy());
        QCOMPARE(dialog->cancelButton()->text(), QStringLiteral("Cancel"));
        QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
        QVERIFY(dialog->isVisible()); // Cancel stops the export, not the dialog
        gate.release();
        QTRY_COMPARE(finished.count(), 1);

        // Then the old file is byte-identical, no temporary file is left, and the dialog says so
        QVERIFY(!finished.at(0).at(0).toBool());
        QCOMPARE(readBytes(path), old);
        QCOMPARE(QDir(h.out).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("existing.csv")});
        QVERIFY(dialog->message().contains(QStringLiteral("cancelled")));
        QVERIFY(!dialog->isMessageError());
        QVERIFY(!dialog->isBusy());
        QCOMPARE(h.controller->state(), ExportController::State::Idle);
    }

    void cancel_whileLoadingDetails_shouldStopTheRequestsAndWriteNothing()
    {
        // Given slow details and an existing file
        Harness h(true);
        QVERIFY2(h.started, qPrintable(h.fake.errorString()));
        QVERIFY(seedCluster(h, 20, 2));
        Fake::Fault slow;
        slow.kind = Fake::Fault::Kind::Latency;
        slow.latencyMs = 3000;
        slow.count = -1;
        h.fake.injectFault(Fake::Endpoint::Get, slow);
        const QString path = h.out + QStringLiteral("/kept.csv");
        const QByteArray old = QByteArrayLiteral("kept\r\n");
        QVERIFY(writeBytes(path, old));

        // When loading starts and the user cancels (Esc)
        ExportDialog *dialog = h.openDialog();
        QSignalSpy finished(h.controller, &ExportController::exportFinished);
        QVERIFY(h.exportVia(path));
        QCOMPARE(h.controller->state(), ExportController::State::LoadingDetails);
        QTRY_VERIFY(h.loader->inFlightCount() > 0);
        QTest::keyClick(dialog, Qt::Key_Escape);
        QCOMPARE(finished.count(), 1);

        // Then the loader stopped, nothing was written, and the dialog stays open with the reason
        QVERIFY(!finished.at(0).at(0).toBool());
        QCOMPARE(h.loader->inFlightCount(), 0);
        QCOMPARE(h.loader->queuedCount(), 0);
        QCOMPARE(readBytes(path), old);
        QCOMPARE(QDir(h.out).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("kept.csv")});
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->message().contains(QStringLiteral("nothing was written")));
        h.fake.clearFaults();
    }

    void failingTarget_parentIsAFile_shouldReportTheReasonAndWriteNothing()
    {
        // Given a target whose parent is a regular file
        Harness h;
        h.setTokens(makeTokens(8), 8);
        const QString parent = h.out + QStringLiteral("/plain-file");
        QVERIFY(writeBytes(parent, QByteArrayLiteral("not a folder")));
        const QString path = parent + QStringLiteral("/tokens.csv");

        // When the file dialog answers that path
        ExportDialog *dialog = h.openDialog();
        QSignalSpy finished(h.controller, &ExportController::exportFinished);
        dialog->exportButton()->click();
        QVERIFY(h.controller->fileDialog());
        Q_EMIT h.controller->fileDialog()->fileSelected(path);
        h.controller->fileDialog()->reject();
        QTRY_COMPARE(finished.count(), 1);

        // Then the reason is given in words, in the dialog, and nothing was written anywhere
        QVERIFY(!finished.at(0).at(0).toBool());
        const QString reason = finished.at(0).at(2).toString();
        QVERIFY2(reason.contains(QStringLiteral("is a file, not a folder")), qPrintable(reason));
        QCOMPARE(dialog->message(), reason);
        QVERIFY(dialog->isMessageError());
        QCOMPARE(readBytes(parent), QByteArrayLiteral("not a folder"));
        QCOMPARE(QDir(h.out).entryList(QDir::Files | QDir::Hidden | QDir::Dirs | QDir::NoDotAndDotDot),
                 QStringList{QStringLiteral("plain-file")});
        QCOMPARE(h.controller->state(), ExportController::State::Idle);
        QVERIFY(dialog->exportButton()->isEnabled()); // the user can pick another place
    }

    void secretInACell_shouldBeRefused_andTheOldFileKept()
    {
        // Given a token whose name is a (pasted) token secret
        Harness h;
        Tokens t;
        const QString secret = QStringLiteral("dt0c01.ABCDEFGHIJKLMNOPQRSTUVWX.") + QString(64, QLatin1Char('A'));
        t.list.append(TokenStub{tokenId(1), QStringLiteral("fine"), std::nullopt});
        t.list.append(TokenStub{tokenId(2), secret, std::nullopt});
        h.setTokens(t, 0);
        const QString path = h.out + QStringLiteral("/secret.csv");
        QVERIFY(writeBytes(path, QByteArrayLiteral("before\r\n")));
        h.openDialog();
        QSignalSpy finished(h.controller, &ExportController::exportFinished);
        QVERIFY(h.exportVia(path));
        QTRY_COMPARE(finished.count(), 1);

        // Then nothing is written and the message names no secret
        QVERIFY(!finished.at(0).at(0).toBool());
        QVERIFY(!finished.at(0).at(2).toString().contains(secret));
        QVERIFY(!finished.at(0).at(2).toString().isEmpty());
        QCOMPARE(readBytes(path), QByteArrayLiteral("before\r\n"));
    }

    void choices_shouldBeRememberedForTheNextExport()
    {
        // Given an export with non-default choices
        Harness h;
        h.setTokens(makeTokens(6), 6);
        ExportDialog *dialog = h.openDialog();
        const QList<TokenColumn> chosen = {TokenColumn::Owner, TokenColumn::Name};
        dialog->setColumns(chosen);
        auto *presets = dialog->findChild<QComboBox *>(QStringLiteral("presetComboBox"));
        presets->setCurrentIndex(presets->findData(int(CsvOptions::Preset::Excel)));
        dialog->findChild<QCheckBox *>(QStringLiteral("headerCheckBox"))->setChecked(false);
        dialog->findChild<QCheckBox *>(QStringLiteral("formulaGuardCheckBox"))->setChecked(false);
        QSignalSpy finished(h.controller, &ExportController::exportFinished);
        QVERIFY(h.exportVia(h.out + QStringLiteral("/first.csv")));
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(finished.at(0).at(0).toBool());
        QTRY_VERIFY(!h.controller->dialog());

        // When the dialog opens again (even after the table's columns changed)
        h.table->horizontalHeader()->setSectionHidden(TokenTableModel::OwnerColumn, true);
        dialog = h.openDialog();

        // Then it shows the last choices, and the file dialog starts in the last folder
        QCOMPARE(dialog->columns(), chosen);
        const ExportSettings s = dialog->settings();
        QCOMPARE(s.preset, CsvOptions::Preset::Excel);
        QVERIFY(!s.header);
        QVERIFY(!s.formulaGuard);
        QCOMPARE(QDir(s.directory), QDir(h.out));
        h.settingsFile->sync();
        QCOMPARE(h.settingsFile->childGroups(), QStringList{QStringLiteral("export")});
        dialog->exportButton()->click();
        QVERIFY(h.controller->fileDialog());
        QCOMPARE(QDir(h.controller->fileDialog()->directory()), QDir(h.out));
        h.controller->fileDialog()->reject();
        QCOMPARE(h.controller->state(), ExportController::State::Idle);
    }

    void defaultFileName_shouldBeSafe_data()
    {
        QTest::addColumn<QString>("cluster");
        QTest::addColumn<QString>("expected");
        QTest::newRow("profile name") << QStringLiteral("Prod EU") << QStringLiteral("tokens-Prod-EU-2026-03-09.csv");
        QTest::newRow("host and port") << QStringLiteral("dt.example.com:8443")
                                       << QStringLiteral("tokens-dt.example.com-8443-2026-03-09.csv");
        QTest::newRow("path characters") << QStringLiteral("../a/b\\c")
                                         << QStringLiteral("tokens-a-b-c-2026-03-09.csv");
        QTest::newRow("empty") << QString() << QStringLiteral("tokens-2026-03-09.csv");
        QTest::newRow("non-ASCII") << QStringLiteral("Zürich") << QStringLiteral("tokens-Z-rich-2026-03-09.csv");
    }

    void defaultFileName_shouldBeSafe()
    {
        QFETCH(QString, cluster);
        QFETCH(QString, expected);
        QCOMPARE(ExportController::defaultFileName(cluster, QDate(2026, 3, 9)), expected);
    }

    void action_ctrlE_shouldOpenTheDialog_andFollowTheRowCount()
    {
        Harness h;
        QCOMPARE(h.controller->action()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
        QVERIFY(!h.controller->action()->isEnabled()); // nothing to export yet
        h.setTokens(makeTokens(3), 3);
        QTRY_VERIFY(h.controller->action()->isEnabled());
        h.window.activateWindow();
        QApplication::setActiveWindow(&h.window); // bare X servers have no window manager to do it
        QVERIFY(QTest::qWaitForWindowActive(&h.window));
        QTest::keyClick(&h.window, Qt::Key_E, Qt::ControlModifier);
        QTRY_VERIFY(h.controller->dialog());
        QVERIFY(h.controller->dialog()->isVisible());
        QVERIFY(h.controller->dialog()->isModal()); // open(): window-modal, no nested loop
        QCOMPARE(h.controller->dialog()->rowCount(), 3);
    }

    void dialog_shouldCountRowsAsTheViewChanges()
    {
        Harness h;
        h.setTokens(makeTokens(30), 10);
        ExportDialog *dialog = h.openDialog();
        QCOMPARE(dialog->rowCount(), 30);
        QCOMPARE(dialog->withoutDetailsCount(), 20);
        h.proxy.setFilterText(QStringLiteral("team-c"));
        QTRY_COMPARE(dialog->rowCount(), 10);
        h.model.setDetails(h.tokens.details);
        QTRY_COMPARE(dialog->withoutDetailsCount(), 0);
        QCOMPARE(dialog->summaryText(), QStringLiteral("10 rows"));
    }

    void dialog_picture()
    {
        // A picture of the dialog for review (saved when TOKENDESK_SCREENSHOT_DIR is set).
        Harness h;
        h.setTokens(makeTokens(412), 380);
        ExportDialog *dialog = h.openDialog();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        const QPixmap picture = dialog->grab();
        QVERIFY(!picture.isNull());
        const QString folder = qEnvironmentVariable("TOKENDESK_SCREENSHOT_DIR");
        if (!folder.isEmpty()) {
            QVERIFY(picture.save(folder + QStringLiteral("/export-dialog.png")));
        }
        // and while it loads details: options locked, progress, Cancel
        dialog->setPhase(ExportDialog::Phase::LoadingDetails, QStringLiteral("Loading the details of 32 tokens\u2026"));
        dialog->setProgress(12, 32);
        QVERIFY(!dialog->exportButton()->isEnabled());
        QVERIFY(!dialog->findChild<QWidget *>(QStringLiteral("columnsGroupBox"))->isEnabled());
        QCOMPARE(dialog->cancelButton()->text(), QStringLiteral("Cancel"));
        if (!folder.isEmpty()) {
            QVERIFY(dialog->grab().save(folder + QStringLiteral("/export-dialog-busy.png")));
        }
        dialog->setPhase(ExportDialog::Phase::Idle);
        QVERIFY(dialog->exportButton()->isEnabled());
    }
};

QTEST_MAIN(TestExportController)
#include "tst_exportcontroller.moc"
