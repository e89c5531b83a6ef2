// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// TokenOperations end to end, offscreen with real widgets: a FakeCluster, the real TokensService,
// TokenTableModel + TokenProxyModel under a QTableView. Each dialog is filled like a user would
// and the exact JSON the fake received is checked; server errors keep the dialog's contents; the
// secret dialog cannot close unconfirmed; the clipboard is cleared (or left alone); bulk deletes
// with injected failures report each token; the token in use cannot be changed; lookup selects
// the row; and no secret ever reaches a log line.
#include "../core/fakesession.h"
#include "bulkprogressdialog.h"
#include "createtokendialog.h"
#include "deletedialog.h"
#include "edittokendialog.h"
#include "fakecluster.h"
#include "lookupdialog.h"
#include "messagebanner.h"
#include "model/tokenproxymodel.h"
#include "model/tokentablemodel.h"
#include "scopepicker.h"
#include "secretclipboard.h"
#include "secretdialog.h"
#include "session/clustersession.h"
#include "settings/secretstore.h"
#include "tokenoperations.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QListView>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QMimeData>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <memory>

using namespace TokenDesk;
using Fake::Endpoint;
using Fake::FakeCluster;
using Fake::Fault;

namespace {

constexpr qint64 kDay = 24LL * 60 * 60 * 1000;

// Every message Qt and the libraries log while a test runs.
QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;
void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log << QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ') + message;
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

QAbstractButton *buttonWithText(QMessageBox *box, const QString &text)
{
    for (QAbstractButton *b : box->buttons()) {
        if (b->text().remove(QLatin1Char('&')) == text)
            return b;
    }
    return nullptr;
}

} // namespace

class TestTokenOperations : public QObject
{
    Q_OBJECT

private:
    struct Harness
    {
        Harness()
        {
            started = TestSupport::startSeeded(fake, 4, 5);
            service.setConnection(TestSupport::adminConnection(fake));

            proxy.setSourceModel(&model);
            auto *layout = new QVBoxLayout(&window);
            banner = new MessageBanner(&window);
            table = new QTableView(&window);
            layout->addWidget(banner);
            layout->addWidget(table);
            table->setModel(&proxy);
            table->setSelectionBehavior(QAbstractItemView::SelectRows);
            table->setSelectionMode(QAbstractItemView::ExtendedSelection);
            clipboard = new SecretClipboard(QGuiApplication::clipboard(), &window);
            ops = new TokenOperations(&session, &proxy, table, banner, clipboard, &window);
            window.resize(900, 600);
            window.show();
        }

        // GET /tokens, then every token's details, into the model (as the app ends up).
        bool load()
        {
            std::optional<StubList> list;
            service.listTokens(ListQuery{}, &window,
                               [&list](const ApiResult<StubList> &r) { list = r.ok() ? *r.value : StubList(); });
            if (!QTest::qWaitFor([&list] { return list.has_value(); }, 10000))
                return false;
            model.setList(*list);
            QList<TokenMetadata> details;
            int pending = model.rowCount();
            for (int row = 0; row < model.rowCount(); ++row) {
                service.getToken(model.id(row), &window, [&details, &pending](const ApiResult<TokenMetadata> &r) {
                    if (r.ok())
                        details << *r.value;
                    --pending;
                });
            }
            if (!QTest::qWaitFor([&pending] { return pending == 0; }, 10000))
                return false;
            model.setDetails(details);
            const QString self = fake.adminToken().id;
            model.setSelfId(self);
            ops->setSelfId(self);
            return details.size() == model.rowCount();
        }

        QString currentId() const
        {
            const QModelIndex current = table->selectionModel()->currentIndex();
            return current.isValid() ? model.id(proxy.mapToSource(current).row()) : QString();
        }

        void selectIds(const QStringList &ids)
        {
            table->selectionModel()->clearSelection();
            for (const QString &id : ids) {
                const QModelIndex index = proxy.mapFromSource(model.index(model.rowOfId(id), 0));
                table->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
            }
            ops->selectionChanged();
        }

        FakeCluster fake;
        ClusterSession session;
        TokensService &service = *session.service();
        TokenTableModel &model = *session.model();
        TokenProxyModel proxy;
        QWidget window;
        MessageBanner *banner = nullptr;
        QTableView *table = nullptr;
        SecretClipboard *clipboard = nullptr;
        TokenOperations *ops = nullptr;
        bool started = false;
    };

    // Opens "New token", fills it and clicks Create. Returns the dialog.
    static CreateTokenDialog *fillCreate(Harness &h, const QString &name, const QStringList &scopes,
                                         CreateTokenDialog::Expiry expiry)
    {
        QTest::keySequence(&h.window, QKeySequence::New); // Ctrl+N
        CreateTokenDialog *dialog = h.ops->createDialog();
        if (!dialog)
            return nullptr;
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("nameLineEdit")), name);
        for (const QString &scope : scopes) {
            // Type into the search box, as a user finds a scope, and tick it.
            dialog->scopePicker()->searchLineEdit()->setText(scope);
            if (ScopePicker::isPlausibleScopeName(scope) && !dialog->scopePicker()->isScopeVisible(scope))
                QTest::mouseClick(dialog->scopePicker()->addCustomButton(), Qt::LeftButton);
            else
                dialog->scopePicker()->setScopeChecked(scope, true);
            dialog->scopePicker()->searchLineEdit()->clear();
        }
        dialog->setExpiry(expiry);
        return dialog;
    }

    static QByteArray compact(const char *json) { return QByteArray(json); }

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void actions_shouldFollowTheSelectionAndItsDetailsByThemselves();
    void create_shouldSendExactJsonAndShowTheNewRow_data();
    void create_shouldSendExactJsonAndShowTheNewRow();
    void create_shouldShowViolationsBesideFieldsAndKeepInput();
    void create_shouldShowAServerMessageInTheDialog();
    void secretDialog_shouldNotCloseBeforeStoredIsChecked();
    void secretDialog_shouldCloseWithoutStoringOnlyWhenConfirmed();
    void secretDialog_copyShouldClearTheClipboardAfterTheTimeout();
    void secretDialog_copyShouldLeaveOtherClipboardContentAlone();
    void edit_shouldSendOnlyChangedFieldsWithTheFullScopeSet_data();
    void edit_shouldSendOnlyChangedFieldsWithTheFullScopeSet();
    void revoke_shouldAskThenRevokeAndReactivateWithout();
    void delete_shouldNameTheTokenAndDeleteIt();
    void delete_revokeInsteadShouldRevoke();
    void bulkDelete_shouldReportEachResultAndDeleteTheRest();
    void bulkDelete_cancelShouldStopSendingButFinishWhatWasSent();
    void bulkRevoke_shouldRevokeEveryTokenWithTheCountConfirmed();
    void bulkDelete_enterAfterTheTypedCountShouldDelete();
    void selfToken_shouldDisableChangesWithAReason();
    void selfToken_forcedUpdateShouldSayWhyInWords();
    void selfToken_forcedDeleteShouldSayWhyInWords();
    void lookup_shouldShowMetadataAndSelectTheRow();
    void lookup_showInTableShouldRelaxTheFiltersThatHideIt_data();
    void lookup_showInTableShouldRelaxTheFiltersThatHideIt();
    void lookup_showInTableShouldSayWhyATokenIsNotLoadedAndOfferToReload();
    void lookup_revokeShouldAskLikeTheTableAndUpdateTheRow();
    void lookup_deleteShouldAskWithTheUsualWarningsAndRemoveTheRow();
    void lookup_tokenInUseCannotBeRevokedOrDeleted();
    void lookup_resultOfAnotherConnectionCannotBeActedOn();
    void lookup_unknownSecretShouldSaySo();
    void lookup_shouldWorkAgainAfterTheDialogWasClosed();
    void lookupAllProfiles_findsTheClusterSwitchesToItAndRevokesThere();
    void secrets_shouldNeverReachTheLog();
};

void TestTokenOperations::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true\nqt.*.debug=false"));
    g_previousHandler = qInstallMessageHandler(captureMessage);
}

void TestTokenOperations::cleanupTestCase()
{
    qInstallMessageHandler(g_previousHandler);
}

void TestTokenOperations::init()
{
    QGuiApplication::clipboard()->clear();
}

void TestTokenOperations::create_shouldSendExactJsonAndShowTheNewRow_data()
{
    QTest::addColumn<QString>("typedName");
    QTest::addColumn<QStringList>("scopes");
    QTest::addColumn<int>("expiry");
    QTest::addColumn<QByteArray>("json");
    using E = CreateTokenDialog::Expiry;
    QTest::newRow("never, one scope") << QStringLiteral("ci-pipeline-7") << QStringList{QStringLiteral("settings.read")}
                                      << int(E::Never)
                                      << compact(R"({"name":"ci-pipeline-7","scopes":["settings.read"]})");
    QTest::newRow("7 days, trimmed name, catalog order")
        << QStringLiteral("  backup job  ")
        << QStringList{QStringLiteral("settings.write"), QStringLiteral("Nodekeeper")} << int(E::SevenDays)
        << compact(
               R"({"name":"backup job","scopes":["Nodekeeper","settings.write"],"expiresIn":{"value":7,"unit":"DAYS"}})");
    QTest::newRow("1 hour")
        << QStringLiteral("short-lived") << QStringList{QStringLiteral("ClusterTokenManagement")} << int(E::OneHour)
        << compact(
               R"({"name":"short-lived","scopes":["ClusterTokenManagement"],"expiresIn":{"value":1,"unit":"HOURS"}})");
}

void TestTokenOperations::create_shouldSendExactJsonAndShowTheNewRow()
{
    QFETCH(QString, typedName);
    QFETCH(QStringList, scopes);
    QFETCH(int, expiry);
    QFETCH(QByteArray, json);
    Harness h;
    QVERIFY(h.started);
    QVERIFY(h.load());
    const int before = h.model.rowCount();
    QAbstractItemModelTester tester(&h.model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&h.model, &QAbstractItemModel::rowsInserted);
    QSignalSpy added(h.ops, &TokenOperations::tokenAdded);

    // When the dialog is filled and Create is clicked
    CreateTokenDialog *dialog = fillCreate(h, typedName, scopes, CreateTokenDialog::Expiry(expiry));
    QVERIFY(dialog);
    QVERIFY(dialog->okButton()->isEnabled());
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);

    // Then the fake received exactly this body, and the secret dialog shows the new token
    QTRY_VERIFY_WITH_TIMEOUT(h.ops->secretDialog(), 10000);
    QCOMPARE(h.fake.lastRequestBody(Endpoint::Create), json);
    QTRY_VERIFY(!h.ops->createDialog()); // closed (deleted on close)
    SecretDialog *secret = h.ops->secretDialog();
    QVERIFY(secret->isVisible());
    QCOMPARE(secret->secretLineEdit()->echoMode(), QLineEdit::Password);
    const QString secretText = secret->secretLineEdit()->text();
    QVERIFY(secretText.startsWith(QStringLiteral("dt0c01.")));
    const auto info = h.fake.tokenInfo(secretText);
    QVERIFY(info.has_value());
    QCOMPARE(info->name, typedName.trimmed());

    // And the new row is in the table at once, with its details, selected
    QTRY_COMPARE_WITH_TIMEOUT(added.size(), 1, 10000);
    QCOMPARE(added.first().first().toString(), info->id);
    QCOMPARE(h.model.rowCount(), before + 1);
    QCOMPARE(inserted.size(), 1);
    const int row = h.model.rowOfId(info->id);
    QVERIFY(row >= 0);
    QVERIFY(h.model.isLoaded(row));
    QCOMPARE(h.model.owner(row), std::optional<QString>(QStringLiteral("admin")));
    QCOMPARE(h.currentId(), info->id);
    QVERIFY(
        h.table->selectionModel()->isRowSelected(h.proxy.mapFromSource(h.model.index(row, 0)).row(), QModelIndex()));

    // Show reveals it; ticking the check allows Close, which wipes the field
    QTest::mouseClick(secret->showButton(), Qt::LeftButton);
    QVERIFY(secret->isSecretRevealed());
    secret->storedCheckBox()->setChecked(true);
    QString textAtFinish = QStringLiteral("unset");
    connect(secret, &QDialog::finished, this,
            [&textAtFinish, secret] { textAtFinish = secret->secretLineEdit()->text(); });
    QTest::mouseClick(secret->closeButton(), Qt::LeftButton);
    QVERIFY(textAtFinish.isEmpty());
    QTRY_VERIFY(!h.ops->secretDialog());
}

void TestTokenOperations::create_shouldShowViolationsBesideFieldsAndKeepInput()
{
    Harness h;
    QVERIFY(h.started);
    QVERIFY(h.load());
    const int tokens = h.fake.tokenCount();
    // An undocumented scope the (fake) server does not know: it answers 400 with a violation on scopes[1]
    CreateTokenDialog *dialog =
        fillCreate(h, QStringLiteral("rotation"), {QStringLiteral("settings.read"), QStringLiteral("futureScope.read")},
                   CreateTokenDialog::Expiry::ThirtyDays);
    QVERIFY(dialog);
    const CreateTokenRequest typed = dialog->request();
    QCOMPARE(typed.scopes, (QStringList{QStringLiteral("settings.read"), QStringLiteral("futureScope.read")}));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QVERIFY(dialog->isBusy());
    QVERIFY(!dialog->okButton()->isEnabled());

    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 10000);
    QCOMPARE(
        h.fake.lastRequestBody(Endpoint::Create),
        compact(
            R"({"name":"rotation","scopes":["settings.read","futureScope.read"],"expiresIn":{"value":30,"unit":"DAYS"}})"));
    // The violation sits beside the scopes; the dialog is still open with everything typed
    QVERIFY2(dialog->scopesError().contains(QStringLiteral("scopes[1]")), qPrintable(dialog->scopesError()));
    QVERIFY(dialog->scopesError().contains(QStringLiteral("unknown scope")));
    QVERIFY(dialog->nameError().isEmpty());
    QVERIFY(dialog->expiryError().isEmpty());
    QVERIFY(dialog->generalError().contains(QStringLiteral("400")));
    QVERIFY(dialog->isVisible());
    QCOMPARE(h.ops->createDialog(), dialog);
    QCOMPARE(dialog->request(), typed);
    QVERIFY(dialog->okButton()->isEnabled());
    QVERIFY(!h.ops->secretDialog());
    QCOMPARE(h.fake.tokenCount(), tokens);

    // Fixing the field clears its error; the second attempt succeeds
    dialog->scopePicker()->setScopeChecked(QStringLiteral("futureScope.read"), false);
    QVERIFY(dialog->scopesError().isEmpty());
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(h.ops->secretDialog(), 10000);
    QCOMPARE(h.fake.tokenCount(), tokens + 1);
    h.ops->secretDialog()->storedCheckBox()->setChecked(true);
    h.ops->secretDialog()->close();
}

void TestTokenOperations::create_shouldShowAServerMessageInTheDialog()
{
    Harness h;
    QVERIFY(h.started);
    QVERIFY(h.load());
    Fault fault;
    fault.kind = Fault::Kind::Status;
    fault.status = 556;
    fault.message = QStringLiteral("Upgrade in progress");
    h.fake.injectFault(Endpoint::Create, fault);
    CreateTokenDialog *dialog = fillCreate(h, QStringLiteral("during-upgrade"), {QStringLiteral("settings.read")},
                                           CreateTokenDialog::Expiry::Never);
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->generalError().isEmpty(), 10000);
    QVERIFY(dialog->generalError().contains(QStringLiteral("556")));
    QVERIFY(dialog->generalError().contains(QStringLiteral("Upgrade in progress")));
    QCOMPARE(dialog->request().name, QStringLiteral("during-upgrade"));
    QVERIFY(dialog->isVisible());
}

void TestTokenOperations::secretDialog_shouldNotCloseBeforeStoredIsChecked()
{
    Harness h;
    QVERIFY(h.started);
    QVERIFY(h.load());
    CreateTokenDialog *dialog =
        fillCreate(h, QStringLiteral("once"), {QStringLiteral("settings.read")}, CreateTokenDialog::Expiry::OneDay);
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(h.ops->secretDialog(), 10000);
    QPointer<SecretDialog> secret = h.ops->secretDialog();

    // The main window can tell that a secret is still unstored
    QVERIFY(h.ops->hasUnstoredSecret());
    // Close is disabled; Esc and the window's close ask first and keep the dialog open
    QVERIFY(!secret->closeButton()->isEnabled());
    QTest::keyClick(secret, Qt::Key_Escape);
    QVERIFY(secret->isVisible());
    QVERIFY(secret->pendingQuestion());
    QPointer<QMessageBox> question = secret->pendingQuestion();
    QVERIFY(buttonWithText(question, QStringLiteral("Keep it open")));
    QTest::mouseClick(buttonWithText(question, QStringLiteral("Keep it open")), Qt::LeftButton);
    QTRY_VERIFY(!question);
    QVERIFY(secret->isVisible());
    QVERIFY(secret->hasSecret());
    QVERIFY(!secret->close());
    QVERIFY(secret->isVisible());
    QVERIFY(secret->pendingQuestion());
    QTest::mouseClick(buttonWithText(secret->pendingQuestion(), QStringLiteral("Keep it open")), Qt::LeftButton);
    QTRY_VERIFY(!secret->pendingQuestion());

    // Ticking the check enables Close
    // (on the box itself: a wide QCheckBox only reacts to clicks on its indicator and text)
    QTest::mouseClick(secret->storedCheckBox(), Qt::LeftButton, {}, QPoint(6, secret->storedCheckBox()->height() / 2));
    QVERIFY(secret->isStored());
    QVERIFY(!h.ops->hasUnstoredSecret());
    QVERIFY(secret->closeButton()->isEnabled());
    QTest::mouseClick(secret->closeButton(), Qt::LeftButton);
    QTRY_VERIFY(!secret);
}

void TestTokenOperations::secretDialog_shouldCloseWithoutStoringOnlyWhenConfirmed()
{
    Harness h;
    QVERIFY(h.started);
    QVERIFY(h.load());
    CreateTokenDialog *dialog =
        fillCreate(h, QStringLiteral("lost"), {QStringLiteral("settings.read")}, CreateTokenDialog::Expiry::OneDay);
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(h.ops->secretDialog(), 10000);
    QPointer<SecretDialog> secret = h.ops->secretDialog();
    secret->close();
    QVERIFY(secret->pendingQuestion());
    QTest::mouseClick(buttonWithText(secret->pendingQuestion(), QStringLiteral("Close without storing")),
                      Qt::LeftButton);
    QTRY_VERIFY(!secret);
}

void TestTokenOperations::secretDialog_copyShouldClearTheClipboardAfterTheTimeout()
{
    Harness h;
    QVERIFY(h.started);
    QVERIFY(h.load());
    h.clipboard->setClearAfterSeconds(1);
    CreateTokenDialog *dialog =
        fillCreate(h, QStringLiteral("copy-me"), {QStringLiteral("settings.read")}, CreateTokenDialog::Expiry::OneDay);
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(h.ops->secretDialog(), 10000);
    SecretDialog *secret = h.ops->secretDialog();
    const QString value = secret->secretLineEdit()->text();
    QSignalSpy cleared(h.clipboard, &SecretClipboard::cleared);

    QTest::mouseClick(secret->copyButton(), Qt::LeftButton);
    QClipboard *cb = QGuiApplication::clipboard();
    QCOMPARE(cb->text(), value);
    QCOMPARE(cb->mimeData()->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArrayLiteral("secret"));
    QVERIFY(cleared.wait(4000));
    QVERIFY(cb->text().isEmpty());
    secret->storedCheckBox()->setChecked(true);
    secret->close();
}

void TestTokenOperations::secretDialog_copyShouldLeaveOtherClipboardContentAlone()
{
    Harness h;
    QVERIFY(h.started);
    QVERIFY(h.load());
    h.clipboard->setClearAfterSeconds(1);
    CreateTokenDialog *dialog =
        fillCreate(h, QStringLiteral("copy-me"), {QStringLiteral("settings.read")}, CreateTokenDialog::Expiry::OneDay);
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(h.ops->secretDialog(), 10000);
    SecretDialog *secret = h.ops->secretDialog();
    QSignalSpy cleared(h.clipboard, &SecretClipboard::cleared);
    QTest::mouseClick(secret->copyButton(), Qt::LeftButton);
    QClipboard *cb = QGuiApplication::clipboard();
    cb->setText(QStringLiteral("the user's own text"));
    QTRY_COMPARE_WITH_TIMEOUT(h.clipboard->secondsLeft(), 0, 4000);
    QCOMPARE(cleared.size(), 0);
    QCOMPARE(cb->text(), QStringLiteral("the user's own text"));
    secret->storedCheckBox()->setChecked(true);
    secret->close();
}

void TestTokenOperations::edit_shouldSendOnlyChangedFieldsWithTheFullScopeSet_data()
{
    QTest::addColumn<QString>("rename"); // "" = keep
    QTest::addColumn<int>("revoke");     // -1 keep
    QTest::addColumn<QStringList>("check");
    QTest::addColumn<QStringList>("uncheck");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("scopesAfter"); // the fake's state (alphabetical)

    const QStringList start{QStringLiteral("Nodekeeper"), QStringLiteral("settings.read")};
    QTest::newRow("rename") << QStringLiteral("ci-pipeline-8") << -1 << QStringList() << QStringList()
                            << compact(R"({"name":"ci-pipeline-8"})") << start;
    QTest::newRow("revoke") << QString() << 1 << QStringList() << QStringList() << compact(R"({"revoked":true})")
                            << start;
    QTest::newRow("add a scope: the full set")
        << QString() << -1 << QStringList{QStringLiteral("settings.write")} << QStringList()
        << compact(R"({"scopes":["Nodekeeper","settings.read","settings.write"]})")
        << QStringList{QStringLiteral("Nodekeeper"), QStringLiteral("settings.read"), QStringLiteral("settings.write")};
    QTest::newRow("rename and swap a scope")
        << QStringLiteral("renamed") << -1 << QStringList{QStringLiteral("apiTokens.read")}
        << QStringList{QStringLiteral("Nodekeeper")}
        << compact(R"({"name":"renamed","scopes":["settings.read","apiTokens.read"]})")
        << QStringList{QStringLiteral("apiTokens.read"), QStringLiteral("settings.read")};
}

void TestTokenOperations::edit_shouldSendOnlyChangedFieldsWithTheFullScopeSet()
{
    QFETCH(QString, rename);
    QFETCH(int, revoke);
    QFETCH(QStringList, check);
    QFETCH(QStringList, uncheck);
    QFETCH(QByteArray, json);
    QFETCH(QStringList, scopesAfter);
    Harness h;
    QVERIFY(h.started);
    const auto token = h.fake.addToken(QStringLiteral("ci-pipeline"), QStringLiteral("alice"),
                                       {QStringLiteral("settings.read"), QStringLiteral("Nodekeeper")});
    QVERIFY(h.load());
    QAbstractItemModelTester tester(&h.model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(h.ops->selectToken(token.id), QString());
    QVERIFY(h.ops->editAction()->isEnabled());
    QTest::keyClick(&h.window, Qt::Key_F2);
    QTRY_VERIFY(h.ops->editDialog());
    EditTokenDialog *dialog = h.ops->editDialog();
    QVERIFY(!dialog->saveButton()->isEnabled());

    if (!rename.isEmpty()) {
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("nameLineEdit"));
        name->selectAll();
        QTest::keyClicks(name, rename);
    }
    if (revoke >= 0)
        dialog->setRevoked(revoke == 1);
    for (const QString &s : check)
        dialog->scopePicker()->setScopeChecked(s, true);
    for (const QString &s : uncheck)
        dialog->scopePicker()->setScopeChecked(s, false);
    for (const QString &s : check)
        QVERIFY(dialog->summary().contains(QStringLiteral("+ ") + s));
    for (const QString &s : uncheck)
        QVERIFY(dialog->summary().contains(QStringLiteral("− ") + s));

    QSignalSpy changed(&h.model, &QAbstractItemModel::dataChanged);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!h.ops->editDialog(), 10000);
    QCOMPARE(h.fake.lastRequestBody(Endpoint::Update), json);
    const auto info = h.fake.tokenInfo(token.id);
    QVERIFY(info.has_value());
    QCOMPARE(info->scopes, scopesAfter);
    QCOMPARE(info->name, rename.isEmpty() ? QStringLiteral("ci-pipeline") : rename);
    QCOMPARE(info->revoked, revoke == 1);
    // The row was refreshed with one dataChanged
    QCOMPARE(changed.size(), 1);
    const int row = h.model.rowOfId(token.id);
    QCOMPARE(h.model.name(row), info->name);
    const QStringList modelScopes = h.model.scopes(row);
    QCOMPARE(QSet<QString>(modelScopes.begin(), modelScopes.end()),
             QSet<QString>(scopesAfter.begin(), scopesAfter.end()));
    QCOMPARE(h.model.status(row) == TokenStatus::Revoked, revoke == 1);
}

void TestTokenOperations::revoke_shouldAskThenRevokeAndReactivateWithout()
{
    Harness h;
    QVERIFY(h.started);
    const auto token =
        h.fake.addToken(QStringLiteral("to-revoke"), QStringLiteral("bob"), {QStringLiteral("settings.read")});
    QVERIFY(h.load());
    h.ops->selectToken(token.id);
    QCOMPARE(h.ops->revokeAction()->text().remove(QLatin1Char('&')), QStringLiteral("Revoke"));
    h.ops->revokeAction()->trigger();
    QVERIFY(h.ops->revokeQuestion());
    QVERIFY(h.ops->revokeQuestion()->text().contains(QStringLiteral("to-revoke")));
    QCOMPARE(h.fake.requestCount(Endpoint::Update), 0);
    QTest::mouseClick(buttonWithText(h.ops->revokeQuestion(), QStringLiteral("Revoke")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(h.fake.tokenInfo(token.id)->revoked, 10000);
    QCOMPARE(h.fake.lastRequestBody(Endpoint::Update), compact(R"({"revoked":true})"));
    QTRY_COMPARE(h.model.status(h.model.rowOfId(token.id)), TokenStatus::Revoked);
    // Reactivating asks nothing
    QCOMPARE(h.ops->revokeAction()->text().remove(QLatin1Char('&')), QStringLiteral("Reactivate"));
    h.ops->revokeAction()->trigger();
    QVERIFY(!h.ops->revokeQuestion());
    QTRY_VERIFY_WITH_TIMEOUT(!h.fake.tokenInfo(token.id)->revoked, 10000);
    QCOMPARE(h.fake.lastRequestBody(Endpoint::Update), compact(R"({"revoked":false})"));
    QTRY_COMPARE(h.model.status(h.model.rowOfId(token.id)), TokenStatus::Active);
}

void TestTokenOperations::delete_shouldNameTheTokenAndDeleteIt()
{
    Harness h;
    QVERIFY(h.started);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto token = h.fake.addToken(QStringLiteral("InstallerDownload"), QStringLiteral("bob"),
                                       {QStringLiteral("UnattendedInstall")}, std::nullopt, now - 2 * kDay);
    QVERIFY(h.load());
    QAbstractItemModelTester tester(&h.model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    h.ops->selectToken(token.id);
    QTest::keyClick(&h.window, Qt::Key_Delete);
    QTRY_VERIFY(h.ops->deleteDialog());
    DeleteDialog *dialog = h.ops->deleteDialog();
    QCOMPARE(dialog->questionText(), QStringLiteral("Delete “InstallerDownload” (%1) owned by bob?").arg(token.id));
    const QString warnings = dialog->warnings().join(QLatin1Char('\n'));
    QVERIFY(warnings.contains(QStringLiteral("created this token itself")));
    QVERIFY(warnings.contains(QStringLiteral("last 7 days")));
    QVERIFY(warnings.contains(QStringLiteral("Revoking first")));

    QSignalSpy removed(&h.model, &QAbstractItemModel::rowsRemoved);
    QTest::mouseClick(dialog->deleteButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!h.fake.hasToken(token.id), 10000);
    QTRY_COMPARE(h.model.rowOfId(token.id), -1);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(h.fake.lastRequestBody(Endpoint::Delete), QByteArray());
}

void TestTokenOperations::delete_revokeInsteadShouldRevoke()
{
    Harness h;
    QVERIFY(h.started);
    const auto token =
        h.fake.addToken(QStringLiteral("rotate-me"), QStringLiteral("bob"), {QStringLiteral("settings.read")});
    QVERIFY(h.load());
    h.ops->selectToken(token.id);
    h.ops->deleteAction()->trigger();
    QVERIFY(h.ops->deleteDialog());
    QTest::mouseClick(h.ops->deleteDialog()->revokeInsteadButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(h.fake.tokenInfo(token.id)->revoked, 10000);
    QVERIFY(h.fake.hasToken(token.id));
    QCOMPARE(h.fake.requestCount(Endpoint::Delete), 0);
}

void TestTokenOperations::bulkDelete_shouldReportEachResultAndDeleteTheRest()
{
    Harness h;
    QVERIFY(h.started);
    QStringList ids;
    for (int i = 0; i < 6; ++i)
        ids << h.fake
                   .addToken(QStringLiteral("bulk-%1").arg(i), QStringLiteral("carol"),
                             {QStringLiteral("settings.read")})
                   .id;
    QVERIFY(h.load());
    QAbstractItemModelTester tester(&h.model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int rows = h.model.rowCount();
    h.selectIds(ids);
    QCOMPARE(h.ops->deleteAction()->text().remove(QLatin1Char('&')), QStringLiteral("Delete 6…"));

    // Two of the six deletes fail on the server
    Fault fault;
    fault.kind = Fault::Kind::Status;
    fault.status = 500;
    fault.message = QStringLiteral("Internal failure");
    fault.count = 2;
    h.fake.injectFault(Endpoint::Delete, fault);

    h.ops->deleteAction()->trigger();
    DeleteDialog *dialog = h.ops->deleteDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->questionText(), QStringLiteral("Delete 6 tokens?"));
    // Not only a count: every token, by name and id, in a list that scrolls
    QVERIFY(dialog->tokenList());
    QTRY_VERIFY(dialog->tokenList()->isVisible());
    QCOMPARE(dialog->tokenList()->model()->rowCount(), 6);
    for (int i = 0; i < 6; ++i)
        QCOMPARE(dialog->tokenList()->model()->index(i, 0).data().toString(),
                 QStringLiteral("bulk-%1 (%2)").arg(i).arg(ids.at(i)));
    QVERIFY(!dialog->deleteButton()->isEnabled());
    dialog->setTypedCount(QStringLiteral("6"));
    QTest::mouseClick(dialog->deleteButton(), Qt::LeftButton);

    QTRY_VERIFY(h.ops->bulkDialog());
    BulkProgressDialog *progress = h.ops->bulkDialog();
    QPointer<BulkJob> op = h.ops->bulkJob();
    QVERIFY(op);
    QTRY_VERIFY_WITH_TIMEOUT(op->isFinished(), 15000);
    QCOMPARE(op->count(), 6);
    QCOMPARE(op->doneCount(), 4);
    QCOMPARE(op->failedCount(), 2);
    QVERIFY(op->maxInFlight() <= h.ops->bulkConcurrency());
    QStringList failedIds;
    for (int i = 0; i < op->count(); ++i) {
        const QString text = progress->resultText(i);
        if (op->item(i).state == BulkJob::State::Failed) {
            failedIds << op->item(i).id;
            QVERIFY2(text.contains(QStringLiteral("500")) && text.contains(QStringLiteral("Internal failure")),
                     qPrintable(text));
        } else {
            QCOMPARE(op->item(i).state, BulkJob::State::Done);
            QVERIFY(text.contains(QStringLiteral("deleted")));
        }
    }
    QCOMPARE(failedIds.size(), 2);
    // The rest is gone from the server and from the table; the failed two stay in both
    QTRY_COMPARE(h.model.rowCount(), rows - 4);
    for (const QString &id : ids) {
        QCOMPARE(h.fake.hasToken(id), failedIds.contains(id));
        QCOMPARE(h.model.rowOfId(id) >= 0, failedIds.contains(id));
    }
    QVERIFY(progress->summary().contains(QStringLiteral("4 deleted, 2 failed")));
    QVERIFY(progress->closeButton()->isVisible());
    QVERIFY(h.banner->text().contains(QStringLiteral("2 of 6")));
    QTest::mouseClick(progress->closeButton(), Qt::LeftButton);
    QTRY_VERIFY(!h.ops->bulkDialog());
    QTRY_VERIFY(!op);
}

void TestTokenOperations::bulkDelete_cancelShouldStopSendingButFinishWhatWasSent()
{
    Harness h;
    QVERIFY(h.started);
    QStringList ids;
    for (int i = 0; i < 10; ++i)
        ids << h.fake
                   .addToken(QStringLiteral("slow-%1").arg(i), QStringLiteral("carol"),
                             {QStringLiteral("settings.read")})
                   .id;
    QVERIFY(h.load());
    const int tokens = h.fake.tokenCount();
    Fault slow;
    slow.kind = Fault::Kind::Latency;
    slow.latencyMs = 400;
    slow.count = -1;
    h.fake.injectFault(Endpoint::Delete, slow);
    h.selectIds(ids);
    h.ops->deleteAction()->trigger();
    h.ops->deleteDialog()->setTypedCount(QStringLiteral("10"));
    QTest::mouseClick(h.ops->deleteDialog()->deleteButton(), Qt::LeftButton);
    QTRY_VERIFY(h.ops->bulkDialog());
    QPointer<BulkJob> op = h.ops->bulkJob();
    QCOMPARE(op->inFlight(), 4);
    QAbstractItemModel *results = h.ops->bulkDialog()->resultsView()->model();
    QAbstractItemModelTester tester(results, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(results->rowCount(), 10);
    QSignalSpy changed(results, &QAbstractItemModel::dataChanged);
    QTest::mouseClick(h.ops->bulkDialog()->cancelButton(), Qt::LeftButton);
    // The six unsent rows change together, in one signal
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 4);
    QCOMPARE(changed.first().at(1).toModelIndex().row(), 9);
    QVERIFY(h.ops->bulkDialog()->isVisible()); // waits for what was sent
    QCOMPARE(op->skippedCount(), 6);
    QTRY_VERIFY_WITH_TIMEOUT(op->isFinished(), 15000);
    QCOMPARE(op->doneCount(), 4);
    QCOMPARE(h.fake.requestCount(Endpoint::Delete), 4);
    QCOMPARE(h.fake.tokenCount(), tokens - 4);
    QVERIFY(h.ops->bulkDialog()->resultText(9).contains(QStringLiteral("skipped")));
    h.fake.clearFaults();
}

void TestTokenOperations::bulkRevoke_shouldRevokeEveryTokenWithTheCountConfirmed()
{
    Harness h;
    QVERIFY(h.started);
    QStringList ids;
    for (int i = 0; i < 3; ++i)
        ids << h.fake.addToken(QStringLiteral("r-%1").arg(i), QStringLiteral("dave"), {QStringLiteral("settings.read")})
                   .id;
    QVERIFY(h.load());
    h.selectIds(ids);
    QCOMPARE(h.ops->revokeAction()->text().remove(QLatin1Char('&')), QStringLiteral("Revoke 3"));
    h.ops->revokeAction()->trigger();
    QVERIFY(h.ops->revokeQuestion());
    QVERIFY(h.ops->revokeQuestion()->text().contains(QStringLiteral("Revoke 3 tokens?")));
    // The tokens it affects, listed between the question and the buttons
    auto *list = h.ops->revokeQuestion()->findChild<QListView *>(QStringLiteral("tokenListView"));
    QVERIFY(list);
    QTRY_VERIFY(list->isVisible());
    QCOMPARE(list->model()->rowCount(), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(list->model()->index(i, 0).data().toString(), QStringLiteral("r-%1 (%2)").arg(i).arg(ids.at(i)));
    auto *buttons = h.ops->revokeQuestion()->findChild<QDialogButtonBox *>();
    QVERIFY(list->geometry().bottom() <= buttons->geometry().top());
    QVERIFY(list->geometry().height() >= list->fontMetrics().height() * 3);
    QTest::mouseClick(buttonWithText(h.ops->revokeQuestion(), QStringLiteral("Revoke 3")), Qt::LeftButton);
    QTRY_VERIFY(h.ops->bulkJob());
    QTRY_VERIFY_WITH_TIMEOUT(h.ops->bulkJob()->isFinished(), 10000);
    QCOMPARE(h.fake.requestCount(Endpoint::Update), 3);
    for (const QString &id : ids) {
        QVERIFY(h.fake.tokenInfo(id)->revoked);
        QCOMPARE(h.model.status(h.model.rowOfId(id)), TokenStatus::Revoked);
    }
}

// Type the count, press Enter: deleted (Enter used to press the default Cancel, silently). A wrong
// count and Enter delete nothing, keep the dialog open and say why.
void TestTokenOperations::bulkDelete_enterAfterTheTypedCountShouldDelete()
{
    Harness h;
    QVERIFY(h.started);
    QStringList ids;
    for (int i = 0; i < 3; ++i)
        ids << h.fake.addToken(QStringLiteral("e-%1").arg(i), QStringLiteral("ivy"), {QStringLiteral("settings.read")})
                   .id;
    QVERIFY(h.load());
    h.selectIds(ids);
    h.table->setFocus();
    QTest::keyClick(h.table, Qt::Key_Delete);
    QPointer<DeleteDialog> dialog = h.ops->deleteDialog();
    QVERIFY(dialog);
    auto *field = dialog->findChild<QLineEdit *>(QStringLiteral("confirmLineEdit"));
    QVERIFY(field);
    QTRY_COMPARE(QApplication::focusWidget(), field);

    QTest::keyClick(field, Qt::Key_Return); // nothing typed
    QVERIFY(dialog && dialog->isVisible());
    QVERIFY2(dialog->confirmError().contains(QStringLiteral("Type 3")), qPrintable(dialog->confirmError()));
    QTest::keyClicks(field, QStringLiteral("2"));
    QVERIFY(dialog->confirmError().isEmpty()); // typing again clears the note
    QTest::keyClick(field, Qt::Key_Return);
    QVERIFY(dialog && dialog->isVisible());
    QVERIFY2(dialog->confirmError().contains(QStringLiteral("“2” is not 3")), qPrintable(dialog->confirmError()));
    QVERIFY(dialog->confirmError().contains(QStringLiteral("Nothing was deleted")));
    QCOMPARE(dialog->choice(), DeleteDialog::Choice::Cancel);
    QCOMPARE(h.fake.requestCount(Endpoint::Delete), 0);

    field->clear();
    QTest::keyClicks(field, QStringLiteral("3"));
    QTest::keyClick(field, Qt::Key_Return);
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    QTRY_VERIFY(h.ops->bulkJob());
    QTRY_VERIFY_WITH_TIMEOUT(h.ops->bulkJob()->isFinished(), 10000);
    QCOMPARE(h.fake.requestCount(Endpoint::Delete), 3);
    for (const QString &id : ids)
        QVERIFY(!h.fake.hasToken(id));
    QTRY_COMPARE(h.model.rowOfId(ids.first()), -1);
}

void TestTokenOperations::selfToken_shouldDisableChangesWithAReason()
{
    Harness h;
    QVERIFY(h.started);
    QVERIFY(h.load());
    const QString self = h.fake.adminToken().id;
    QCOMPARE(h.ops->selectToken(self), QString());
    for (QAction *a : {h.ops->editAction(), h.ops->revokeAction(), h.ops->deleteAction()}) {
        QVERIFY2(!a->isEnabled(), qPrintable(a->text()));
        QVERIFY(a->toolTip().contains(QStringLiteral("this connection uses")));
    }
    // Keys do nothing either
    QTest::keyClick(&h.window, Qt::Key_F2);
    QTest::keyClick(&h.window, Qt::Key_Delete);
    QVERIFY(!h.ops->editDialog());
    QVERIFY(!h.ops->deleteDialog());
    // Nor does a multi-selection that includes it
    const auto other = h.fake.addToken(QStringLiteral("other"), QStringLiteral("x"), {QStringLiteral("settings.read")});
    QVERIFY(h.load());
    h.selectIds({other.id, self});
    QVERIFY(!h.ops->deleteAction()->isEnabled());
    QVERIFY(!h.ops->revokeAction()->isEnabled());
    h.selectIds({other.id});
    QVERIFY(h.ops->deleteAction()->isEnabled());
}

void TestTokenOperations::selfToken_forcedUpdateShouldSayWhyInWords()
{
    Harness h;
    QVERIFY(h.started);
    QVERIFY(h.load());
    const QString self = h.fake.adminToken().id;
    // Before the app has identified its own token (the lookup is still out), edit is possible
    h.ops->setSelfId(QString());
    h.ops->selectToken(self);
    QVERIFY(h.ops->editAction()->isEnabled());
    h.ops->editSelected();
    EditTokenDialog *dialog = h.ops->editDialog();
    QVERIFY(dialog);
    dialog->setName(QStringLiteral("renamed-admin"));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->generalError().isEmpty(), 10000);
    QVERIFY2(dialog->generalError().contains(QStringLiteral("the token TokenDesk is connected with")),
             qPrintable(dialog->generalError()));
    QVERIFY(dialog->generalError().contains(QStringLiteral("HTTP 400")));
    QVERIFY(dialog->isVisible());
    QCOMPARE(h.fake.tokenInfo(self)->name == QStringLiteral("renamed-admin"), false);
    // The controller learned which token is in use
    QCOMPARE(h.ops->selfId(), self);
    QVERIFY(!h.ops->editAction()->isEnabled());
}

void TestTokenOperations::selfToken_forcedDeleteShouldSayWhyInWords()
{
    Harness h;
    QVERIFY(h.started);
    QVERIFY(h.load());
    const QString self = h.fake.adminToken().id;
    h.ops->setSelfId(QString());
    h.ops->selectToken(self);
    h.ops->deleteSelected();
    QVERIFY(h.ops->deleteDialog());
    QTest::mouseClick(h.ops->deleteDialog()->deleteButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(h.banner->isVisible() && !h.banner->text().isEmpty(), 10000);
    QVERIFY2(h.banner->text().contains(QStringLiteral("the token TokenDesk is connected with")),
             qPrintable(h.banner->text()));
    QVERIFY(h.fake.hasToken(self));
    QVERIFY(h.model.rowOfId(self) >= 0);
    // The controller learned which token is in use
    QCOMPARE(h.ops->selfId(), self);
    QVERIFY(!h.ops->deleteAction()->isEnabled());
}

void TestTokenOperations::lookup_shouldShowMetadataAndSelectTheRow()
{
    Harness h;
    QVERIFY(h.started);
    const auto token = h.fake.addToken(QStringLiteral("find-me"), QStringLiteral("erin"),
                                       {QStringLiteral("settings.read"), QStringLiteral("apiTokens.read")});
    QVERIFY(h.load());
    h.ops->selectToken(h.fake.adminToken().id);
    QTest::keySequence(&h.window, QKeySequence(Qt::CTRL | Qt::Key_L));
    QTRY_VERIFY(h.ops->lookupDialog());
    LookupDialog *dialog = h.ops->lookupDialog();
    QVERIFY(!dialog->lookupButton()->isEnabled());

    // Paste the secret (with a trailing newline, as copied from a terminal)
    QGuiApplication::clipboard()->setText(token.secret + QStringLiteral("\n"));
    dialog->secretLineEdit()->setFocus();
    QTest::keySequence(dialog->secretLineEdit(), QKeySequence::Paste);
    QVERIFY(dialog->formatText().contains(token.id));
    QVERIFY(dialog->lookupButton()->isEnabled());
    QTest::mouseClick(dialog->lookupButton(), Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(dialog->metadata().has_value(), 10000);
    QCOMPARE(h.fake.lastRequestBody(Endpoint::Lookup),
             QByteArray("{\"token\":\"") + token.secret.toLatin1() + QByteArray("\"}"));
    QCOMPARE(dialog->metadata()->id, std::optional<QString>(token.id));
    QCOMPARE(dialog->metadata()->userId, std::optional<QString>(QStringLiteral("erin")));
    QVERIFY(dialog->secretLineEdit()->text().isEmpty()); // answered: the field is emptied
    QVERIFY(dialog->showInTableButton()->isVisible());

    QTest::mouseClick(dialog->showInTableButton(), Qt::LeftButton);
    QCOMPARE(h.currentId(), token.id);
    QCOMPARE(dialog->tableStatus(), QStringLiteral("Selected in the table."));

    // Closing empties the field even when something was typed again
    QTest::keyClicks(dialog->secretLineEdit(), QStringLiteral("abcdefjhij1234567890"));
    QPointer<QLineEdit> field = dialog->secretLineEdit();
    dialog->close();
    QVERIFY(!field || field->text().isEmpty());
    QGuiApplication::clipboard()->clear();
}

void TestTokenOperations::lookup_showInTableShouldRelaxTheFiltersThatHideIt_data()
{
    QTest::addColumn<QString>("quick");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("neverUsed");
    QTest::addColumn<QStringList>("said");
    using S = TokenProxyModel::StatusFilter;
    QTest::newRow("quick filter") << QStringLiteral("nothing matches this") << int(S::All) << false
                                  << QStringList{QStringLiteral("quick filter “nothing matches this” was cleared")};
    QTest::newRow("status filter") << QString() << int(S::Revoked) << false
                                   << QStringList{QStringLiteral("status filter was set to All")};
    QTest::newRow("never used") << QString() << int(S::All) << true
                                << QStringList{QStringLiteral("“never used” filter was turned off")};
    QTest::newRow("all three") << QStringLiteral("zzz") << int(S::Expired) << true
                               << QStringList{QStringLiteral("quick filter “zzz” was cleared"),
                                              QStringLiteral("status filter was set to All"),
                                              QStringLiteral("“never used” filter was turned off")};
    // A filter that does not hide the token stays as it is, and nothing is said about it
    QTest::newRow("matching quick filter") << QStringLiteral("hidden-one") << int(S::Revoked) << false
                                           << QStringList{QStringLiteral("status filter was set to All")};
}

// "Show in table" shows the token: it relaxes the filters that hide it (only those) and says which.
void TestTokenOperations::lookup_showInTableShouldRelaxTheFiltersThatHideIt()
{
    QFETCH(QString, quick);
    QFETCH(int, status);
    QFETCH(bool, neverUsed);
    QFETCH(QStringList, said);
    Harness h;
    QVERIFY(h.started);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto token = h.fake.addToken(QStringLiteral("hidden-one"), QStringLiteral("erin"),
                                       {QStringLiteral("settings.read")}, std::nullopt, now - kDay);
    QVERIFY(h.load());
    h.proxy.setFilterText(quick);
    h.proxy.setStatusFilter(TokenProxyModel::StatusFilter(status));
    h.proxy.setNeverUsedOnly(neverUsed);
    QTRY_VERIFY(!h.proxy.isPending());
    QVERIFY(!h.proxy.mapFromSource(h.model.index(h.model.rowOfId(token.id), 0)).isValid());
    h.ops->lookup();
    LookupDialog *dialog = h.ops->lookupDialog();
    dialog->secretLineEdit()->setText(token.secret);
    QTest::keyClick(dialog->secretLineEdit(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->metadata().has_value(), 10000);
    const int requests = h.fake.requestCount();
    QTest::mouseClick(dialog->showInTableButton(), Qt::LeftButton);
    QTRY_COMPARE(h.currentId(), token.id);
    QVERIFY2(dialog->tableStatus().startsWith(QStringLiteral("Selected in the table; to show it, ")),
             qPrintable(dialog->tableStatus()));
    for (const QString &part : said)
        QVERIFY2(dialog->tableStatus().contains(part), qPrintable(dialog->tableStatus()));
    QCOMPARE(h.proxy.filterText(), quick == QStringLiteral("hidden-one") ? quick : QString());
    QCOMPARE(h.proxy.statusFilter(), TokenProxyModel::StatusFilter::All);
    QVERIFY(!h.proxy.neverUsedOnly());
    QVERIFY(!dialog->reloadButton()->isVisible());
    QCOMPARE(h.fake.requestCount(), requests); // all of it in the table, nothing asked of the server
    dialog->close();
}

// Not in the loaded list at all: the dialog says which server-side filters or the limit leave it
// out, and "Clear and reload" clears them, reloads, and selects it.
void TestTokenOperations::lookup_showInTableShouldSayWhyATokenIsNotLoadedAndOfferToReload()
{
    Harness h;
    QVERIFY(h.started);
    QVERIFY(h.load());
    // Created after the list was loaded: not in the model
    const auto token =
        h.fake.addToken(QStringLiteral("late-one"), QStringLiteral("frank"), {QStringLiteral("settings.read")});
    QCOMPARE(h.model.rowOfId(token.id), -1);
    int reloads = 0;
    TokenOperations::FilterHooks hooks;
    hooks.serverFilters = [] { return QStringList{QStringLiteral("the owner filter “erin”")}; };
    hooks.reachedLimit = [&h] { return h.model.rowCount(); };
    hooks.clearServerFiltersAndReload = [&h, &reloads](std::function<void(bool)> done) {
        ++reloads;
        done(h.load());
    };
    h.ops->setFilterHooks(hooks);

    h.ops->lookup();
    LookupDialog *dialog = h.ops->lookupDialog();
    dialog->secretLineEdit()->setText(token.secret);
    QTest::keyClick(dialog->secretLineEdit(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->metadata().has_value(), 10000);
    QTest::mouseClick(dialog->showInTableButton(), Qt::LeftButton);
    const QString why = dialog->tableStatus();
    QVERIFY2(why.contains(QStringLiteral("not in the loaded list")), qPrintable(why));
    QVERIFY2(why.contains(QStringLiteral("the owner filter “erin” and the limit of %1 tokens")
                              .arg(QLocale().toString(h.model.rowCount()))),
             qPrintable(why));
    QVERIFY(dialog->reloadButton()->isVisible());
    QCOMPARE(reloads, 0);
    QTest::mouseClick(dialog->reloadButton(), Qt::LeftButton);
    QCOMPARE(reloads, 1);
    QTRY_COMPARE(h.currentId(), token.id);
    QVERIFY2(dialog->tableStatus().startsWith(QStringLiteral("Selected in the table")),
             qPrintable(dialog->tableStatus()));
    QVERIFY(!dialog->reloadButton()->isVisible());
    dialog->close();
}

// The leaked-secret flow in one step: look up, Revoke, confirm — the same question and request as
// the table's Revoke, and the table's row follows.
void TestTokenOperations::lookup_revokeShouldAskLikeTheTableAndUpdateTheRow()
{
    Harness h;
    QVERIFY(h.started);
    const auto token =
        h.fake.addToken(QStringLiteral("leaked"), QStringLiteral("gina"), {QStringLiteral("settings.read")});
    QVERIFY(h.load());
    h.ops->lookup();
    LookupDialog *dialog = h.ops->lookupDialog();
    dialog->secretLineEdit()->setText(token.secret);
    QTest::keyClick(dialog->secretLineEdit(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->metadata().has_value(), 10000);
    QVERIFY(dialog->revokeButton()->isVisible());
    QVERIFY(dialog->revokeButton()->isEnabled());
    QVERIFY(dialog->deleteButton()->isEnabled());
    QVERIFY(dialog->secretLineEdit()->text().isEmpty()); // the secret is gone before anything else happens

    QTest::mouseClick(dialog->revokeButton(), Qt::LeftButton);
    QMessageBox *question = h.ops->revokeQuestion();
    QVERIFY(question);
    QCOMPARE(question->parentWidget(), dialog); // in front of the dialog the user is looking at
    QCOMPARE(question->text(), QStringLiteral("Revoke “leaked” (%1)? Anything using it stops working at once. It "
                                              "can be reactivated later.")
                                   .arg(token.id));
    QCOMPARE(h.fake.requestCount(Endpoint::Update), 0);
    QTest::mouseClick(buttonWithText(question, QStringLiteral("Revoke")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(h.fake.tokenInfo(token.id)->revoked, 10000);
    QCOMPARE(h.fake.requestCount(Endpoint::Update), 1);
    QCOMPARE(h.fake.lastRequestBody(Endpoint::Update), compact(R"({"revoked":true})"));
    QTRY_COMPARE(h.model.status(h.model.rowOfId(token.id)), TokenStatus::Revoked);
    QTRY_VERIFY(dialog->metadata()->isRevoked());
    QVERIFY(!dialog->revokeButton()->isEnabled()); // nothing more to revoke
    QVERIFY(dialog->deleteButton()->isEnabled());
    QVERIFY(dialog->errorText().isEmpty());
    dialog->close();
}

void TestTokenOperations::lookup_deleteShouldAskWithTheUsualWarningsAndRemoveTheRow()
{
    Harness h;
    QVERIFY(h.started);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto token = h.fake.addToken(QStringLiteral("leaked-too"), QStringLiteral("hank"),
                                       {QStringLiteral("settings.read")}, std::nullopt, now - kDay);
    QVERIFY(h.load());
    h.ops->lookup();
    LookupDialog *dialog = h.ops->lookupDialog();
    dialog->secretLineEdit()->setText(token.secret);
    QTest::keyClick(dialog->secretLineEdit(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->metadata().has_value(), 10000);

    // Cancelling sends nothing
    QTest::mouseClick(dialog->deleteButton(), Qt::LeftButton);
    QVERIFY(h.ops->deleteDialog());
    h.ops->deleteDialog()->reject();
    QTRY_VERIFY(!h.ops->deleteDialog());
    QCOMPARE(h.fake.requestCount(Endpoint::Delete), 0);

    QTest::mouseClick(dialog->deleteButton(), Qt::LeftButton);
    DeleteDialog *confirm = h.ops->deleteDialog();
    QVERIFY(confirm);
    QCOMPARE(confirm->parentWidget(), dialog);
    QCOMPARE(confirm->questionText(), QStringLiteral("Delete “leaked-too” (%1) owned by hank?").arg(token.id));
    const QString warnings = confirm->warnings().join(QLatin1Char('\n'));
    QVERIFY2(warnings.contains(QStringLiteral("last 7 days")), qPrintable(warnings));
    QVERIFY(warnings.contains(QStringLiteral("Revoking first")));
    QVERIFY(confirm->revokeInsteadButton());
    QTest::mouseClick(confirm->deleteButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!h.fake.hasToken(token.id), 10000);
    QCOMPARE(h.fake.requestCount(Endpoint::Delete), 1);
    QTRY_COMPARE(h.model.rowOfId(token.id), -1);
    QTRY_VERIFY(dialog->isDeleted());
    QVERIFY(!dialog->revokeButton()->isEnabled());
    QVERIFY(!dialog->deleteButton()->isEnabled());
    QVERIFY(!dialog->showInTableButton()->isEnabled());
    QCOMPARE(dialog->actionNote(), QStringLiteral("This token was deleted."));
    dialog->close();
}

// A result looked up on one cluster is taken away when the window connects elsewhere: its Revoke
// and Delete would otherwise go to the new cluster.
void TestTokenOperations::lookup_resultOfAnotherConnectionCannotBeActedOn()
{
    Harness h;
    QVERIFY(h.started);
    const auto token =
        h.fake.addToken(QStringLiteral("elsewhere"), QStringLiteral("jo"), {QStringLiteral("settings.read")});
    QVERIFY(h.load());
    h.ops->lookup();
    LookupDialog *dialog = h.ops->lookupDialog();
    dialog->secretLineEdit()->setText(token.secret);
    QTest::keyClick(dialog->secretLineEdit(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->metadata().has_value(), 10000);
    QVERIFY(dialog->revokeButton()->isVisible());
    h.ops->connectionChanged();
    QVERIFY(!dialog->metadata().has_value());
    QVERIFY(!dialog->revokeButton()->isVisible());
    QVERIFY(!dialog->deleteButton()->isVisible());
    QVERIFY(!dialog->showInTableButton()->isVisible());
    QVERIFY2(dialog->errorText().contains(QStringLiteral("other cluster")), qPrintable(dialog->errorText()));
    Q_EMIT dialog->revokeRequested(token.id);
    Q_EMIT dialog->deleteRequested(token.id);
    QVERIFY(!h.ops->revokeQuestion());
    QVERIFY(!h.ops->deleteDialog());
    dialog->close();
}

// The token this connection uses: the same rule and the same words as the table's actions.
void TestTokenOperations::lookup_tokenInUseCannotBeRevokedOrDeleted()
{
    Harness h;
    QVERIFY(h.started);
    QVERIFY(h.load());
    h.ops->lookup();
    LookupDialog *dialog = h.ops->lookupDialog();
    dialog->secretLineEdit()->setText(h.fake.adminToken().secret);
    QTest::keyClick(dialog->secretLineEdit(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->metadata().has_value(), 10000);
    QCOMPARE(dialog->metadata()->id, std::optional<QString>(h.fake.adminToken().id));
    h.ops->selectToken(h.fake.adminToken().id);
    const QString tableWords = h.ops->deleteAction()->toolTip();
    QVERIFY(tableWords.contains(QStringLiteral("this connection uses")));
    QVERIFY(!dialog->revokeButton()->isEnabled());
    QVERIFY(!dialog->deleteButton()->isEnabled());
    QCOMPARE(dialog->revokeButton()->toolTip(), tableWords);
    QCOMPARE(dialog->deleteButton()->toolTip(), tableWords);
    QCOMPARE(dialog->actionNote(), tableWords);
    // Even a forced click asks nothing and sends nothing
    Q_EMIT dialog->revokeRequested(h.fake.adminToken().id);
    Q_EMIT dialog->deleteRequested(h.fake.adminToken().id);
    QVERIFY(!h.ops->revokeQuestion());
    QVERIFY(!h.ops->deleteDialog());
    QCOMPARE(h.fake.requestCount(Endpoint::Update), 0);
    QCOMPARE(h.fake.requestCount(Endpoint::Delete), 0);
    dialog->close();
}

void TestTokenOperations::lookup_unknownSecretShouldSaySo()
{
    Harness h;
    QVERIFY(h.started);
    QVERIFY(h.load());
    h.ops->lookup();
    LookupDialog *dialog = h.ops->lookupDialog();
    const QString unknown = QStringLiteral("dt0c01.AAAAAAAAAAAAAAAAAAAAAAAA.") + QString(64, QLatin1Char('B'));
    dialog->secretLineEdit()->setText(unknown);
    QTest::mouseClick(dialog->lookupButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->errorText().isEmpty(), 10000);
    QVERIFY(!dialog->errorText().contains(QString(64, QLatin1Char('B'))));
    QVERIFY(!dialog->metadata().has_value());
    dialog->close();
}

void TestTokenOperations::lookup_shouldWorkAgainAfterTheDialogWasClosed()
{
    Harness h;
    QVERIFY(h.started);
    const auto token =
        h.fake.addToken(QStringLiteral("again"), QStringLiteral("erin"), {QStringLiteral("settings.read")});
    QVERIFY(h.load());
    h.ops->lookup();
    QPointer<LookupDialog> lookup = h.ops->lookupDialog();
    lookup->secretLineEdit()->setText(token.secret);
    lookup->lookupButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(lookup->metadata().has_value(), 10000);
    lookup->done(QDialog::Accepted);
    QTRY_VERIFY(!h.ops->lookupDialog());

    h.ops->lookup();
    lookup = h.ops->lookupDialog();
    QVERIFY(lookup);
    const QString unknown = QStringLiteral("dt0c01.UNKNOWNUNKNOWNUNKNOWNUNK.") + QString(64, QLatin1Char('U'));
    lookup->secretLineEdit()->setText(unknown);
    QVERIFY(lookup->lookupButton()->isEnabled());
    const int before = h.fake.requestCount(Endpoint::Lookup);
    lookup->lookupButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(lookup && !lookup->errorText().isEmpty(), 10000);
    QCOMPARE(h.fake.requestCount(Endpoint::Lookup), before + 1);
    lookup->done(QDialog::Rejected);
}

void TestTokenOperations::secrets_shouldNeverReachTheLog()
{
    // Given everything logged from here on
    {
        QMutexLocker lock(&g_logMutex);
        g_log.clear();
    }
    Harness h;
    QVERIFY(h.started);
    QVERIFY(h.load());
    h.clipboard->setClearAfterSeconds(1);
    // When a token is created, its secret copied, and then looked up
    CreateTokenDialog *dialog =
        fillCreate(h, QStringLiteral("logged?"), {QStringLiteral("settings.read")}, CreateTokenDialog::Expiry::OneDay);
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(h.ops->secretDialog(), 10000);
    SecretDialog *secretDialog = h.ops->secretDialog();
    const QString secret = secretDialog->secretLineEdit()->text();
    QVERIFY(secret.size() > 40);
    QTRY_VERIFY_WITH_TIMEOUT(h.model.rowOfId(TokensService::identifierOf(secret)) >= 0, 10000);
    QTest::mouseClick(secretDialog->copyButton(), Qt::LeftButton);
    secretDialog->storedCheckBox()->setChecked(true);
    secretDialog->close();

    h.ops->lookup();
    LookupDialog *lookup = h.ops->lookupDialog();
    lookup->secretLineEdit()->setText(secret);
    QTest::mouseClick(lookup->lookupButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(lookup->metadata().has_value(), 10000);
    // A failing lookup and a failing create (their errors are logged too)
    Fault fault;
    fault.kind = Fault::Kind::Status;
    fault.status = 500;
    h.fake.injectFault(Endpoint::Lookup, fault);
    lookup->secretLineEdit()->setText(secret);
    QTest::mouseClick(lookup->lookupButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!lookup->errorText().isEmpty(), 10000);
    lookup->close();
    QTRY_COMPARE_WITH_TIMEOUT(h.clipboard->secondsLeft(), 0, 4000);

    // Then no log line holds the secret part (the identifier may appear)
    const QString secretPart = secret.mid(secret.lastIndexOf(QLatin1Char('.')) + 1);
    QCOMPARE(secretPart.size(), 64);
    QMutexLocker lock(&g_logMutex);
    QVERIFY2(!g_log.isEmpty(), "expected some log output with debug categories enabled");
    for (const QString &line : std::as_const(g_log))
        QVERIFY2(!line.contains(secretPart), qPrintable(ApiError::redactSecrets(line)));
}

// Nobody tells the controller that the selection changed or that the selected row's details
// arrived: it follows the table and the session's model itself.
void TestTokenOperations::actions_shouldFollowTheSelectionAndItsDetailsByThemselves()
{
    Harness h;
    QVERIFY(h.started);
    ListJob *list = h.session.list(ListQuery{});
    QSignalSpy listed(list, &Job::finished);
    QVERIFY(listed.wait(10000));
    QVERIFY(h.model.rowCount() > 1);
    int row = 0;
    while (h.model.id(row) == h.fake.adminToken().id)
        ++row;
    const QString id = h.model.id(row);
    QVERIFY(!h.model.isLoaded(row));
    QVERIFY(!h.ops->editAction()->isEnabled());

    h.table->selectionModel()->setCurrentIndex(h.proxy.mapFromSource(h.model.index(row, 0)),
                                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QVERIFY(h.ops->deleteAction()->isEnabled()); // followed the selection
    QVERIFY(!h.ops->editAction()->isEnabled());  // its details are still loading

    EnsureDetailsJob *details = h.session.ensureDetails({id});
    QSignalSpy loaded(details, &Job::finished);
    QVERIFY(loaded.wait(10000));
    QVERIFY(h.model.isLoaded(row));
    QVERIFY(h.ops->editAction()->isEnabled()); // followed the details
}

// "Which of our clusters is this leaked secret from?": the dialog's explicit "In all profiles" asks
// each profile's cluster with that profile's own token; the one that knows it is switched to, and
// the token revoked there through the usual Revoke.
void TestTokenOperations::lookupAllProfiles_findsTheClusterSwitchesToItAndRevokesThere()
{
    Harness h; // connected to "home"
    QVERIFY(h.started);
    FakeCluster other;
    Fake::SeedOptions seed;
    seed.tokens = 3;
    seed.seed = 9;
    QVERIFY(other.start(Fake::ServerOptions{}, seed));
    const auto leaked =
        other.addToken(QStringLiteral("leaked-ci"), QStringLiteral("pia"), {QStringLiteral("settings.write")});
    QVERIFY(h.load());
    MemorySecretStore keyring;
    keyring.write(QStringLiteral("home"), h.fake.adminToken().secret, &keyring, [](bool, const QString &) {});
    keyring.write(QStringLiteral("other"), other.adminToken().secret, &keyring, [](bool, const QString &) {});
    auto profile = [](const QString &name, const QString &url) {
        ConnectionProfile p;
        p.name = name;
        p.url = url;
        return p;
    };
    TokenOperations::ProfileHooks hooks;
    hooks.profiles = [&] {
        return QList<ConnectionProfile>{profile(QStringLiteral("home"), h.fake.baseUrl()),
                                        profile(QStringLiteral("other"), other.baseUrl()),
                                        profile(QStringLiteral("no token"), other.baseUrl())};
    };
    hooks.readToken = [&keyring](const ConnectionProfile &p, QObject *context,
                                 std::function<void(bool, const QString &, const QString &)> done) {
        keyring.read(p.name, context, std::move(done));
    };
    QStringList switches;
    hooks.switchTo = [&](const QString &name) {
        switches << name;
        // What the window does: the session on the other cluster, then the profile named.
        ConnectionSettings settings;
        settings.baseUrl = TokensService::normalizeBaseUrl(other.baseUrl());
        settings.apiToken = other.adminToken().secret;
        h.session.setConnection(settings);
        h.ops->connectionChanged();
        h.ops->setSelfId(other.adminToken().id);
        h.ops->setCurrentProfile(name);
    };
    h.ops->setProfileHooks(hooks);
    h.ops->setCurrentProfile(QStringLiteral("home"));

    h.ops->lookup();
    LookupDialog *dialog = h.ops->lookupDialog();
    QVERIFY(dialog->allProfilesButton()->isVisible());
    QVERIFY(!dialog->allProfilesButton()->isEnabled()); // nothing pasted yet
    QVERIFY(!dialog->profilesTree()->isVisible());
    dialog->secretLineEdit()->setText(leaked.secret);
    QVERIFY(dialog->allProfilesButton()->isEnabled());
    // Alt+P is the button's key (a key of the active window)
    dialog->activateWindow();
    QTRY_VERIFY(dialog->isActiveWindow());
    QTest::keyClick(dialog, Qt::Key_P, Qt::AltModifier);
    // (a mnemonic clicks its button after a short animation)
    QTRY_VERIFY(dialog->profilesTree()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!h.ops->profileLookup(), 10000);
    QTRY_VERIFY(!dialog->isBusy());

    QTreeWidget *tree = dialog->profilesTree();
    QVERIFY(tree->isVisible());
    QCOMPARE(tree->topLevelItemCount(), 3);
    QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("home"));
    QCOMPARE(tree->topLevelItem(0)->text(1), QStringLiteral("Not known to this cluster"));
    QCOMPARE(tree->topLevelItem(1)->text(0), QStringLiteral("other"));
    QCOMPARE(tree->topLevelItem(1)->text(1), QStringLiteral("✓ Found"));
    QCOMPARE(tree->topLevelItem(1)->text(2), QStringLiteral("leaked-ci"));
    QCOMPARE(tree->topLevelItem(1)->text(3), QStringLiteral("pia"));
    QCOMPARE(tree->topLevelItem(1)->text(5), QStringLiteral("settings.write"));
    QCOMPARE(tree->topLevelItem(2)->text(1), QStringLiteral("✗ Could not ask"));
    QCOMPARE(other.requestCount(Endpoint::Lookup), 1); // "no token" was not asked
    // The selected row's reason, in full, under the table
    tree->setCurrentItem(tree->topLevelItem(2));
    QVERIFY2(dialog->profileDetailText().contains(QStringLiteral("could not be asked: No API token is stored")),
             qPrintable(dialog->profileDetailText()));
    QVERIFY(!dialog->switchProfileButton()->isEnabled());
    tree->setCurrentItem(tree->topLevelItem(1));
    QVERIFY(dialog->secretLineEdit()->text().isEmpty()); // answered: the secret is gone
    QCOMPARE(other.lastRequestHeader(Endpoint::Lookup, "Authorization"),
             "Api-Token " + other.adminToken().secret.toLatin1());
    QCOMPARE(h.fake.lastRequestHeader(Endpoint::Lookup, "Authorization"),
             "Api-Token " + h.fake.adminToken().secret.toLatin1());
    // The found row is selected; switching connects to "other" and shows the token there
    QCOMPARE(tree->currentItem(), tree->topLevelItem(1));
    QVERIFY(dialog->switchProfileButton()->isEnabled());
    QVERIFY(!dialog->metadata().has_value());
    QTest::keyClick(dialog, Qt::Key_S, Qt::AltModifier);
    QTRY_COMPARE(switches, QStringList{QStringLiteral("other")});
    QVERIFY(dialog->metadata().has_value());
    QCOMPARE(dialog->metadata()->id.value_or(QString()), leaked.id);
    QVERIFY(dialog->revokeButton()->isEnabled());
    QCOMPARE(dialog->switchProfileButton()->text().remove(QLatin1Char('&')), QStringLiteral("Show the token here"));

    // Revoke goes to the cluster that knows the token
    QTest::mouseClick(dialog->revokeButton(), Qt::LeftButton);
    QMessageBox *question = h.ops->revokeQuestion();
    QVERIFY(question);
    QTest::mouseClick(buttonWithText(question, QStringLiteral("Revoke")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(other.tokenInfo(leaked.id)->revoked, 10000);
    QCOMPARE(h.fake.requestCount(Endpoint::Update), 0);
    QTRY_VERIFY(dialog->metadata()->isRevoked());

    // A single lookup of another secret afterwards does not stand beside the earlier answers
    dialog->secretLineEdit()->setText(h.fake.adminToken().secret);
    QTest::mouseClick(dialog->lookupButton(), Qt::LeftButton);
    QVERIFY(!tree->isVisible());
    QVERIFY(!dialog->switchProfileButton()->isVisible());
    QVERIFY(dialog->profileDetailText().isEmpty());
    dialog->close();
}

QTEST_MAIN(TestTokenOperations)
#include "tst_tokenoperations.moc"
