// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Rotation in the window, offscreen with real widgets against the fake cluster: the Rotate action
// (and Rotate in the lookup dialog) proposes a successor, shows its secret once, and what reached
// the server is exactly a create with the old token's scopes, then the PUT that revokes the old
// one, and never a DELETE; the deletion is scheduled per profile (ids and dates only: no name, never
// a secret). A failure after the create says what state each token is in and offers to finish; the
// Pending deletions view deletes only the due ones, after the usual confirmation.
#include "../core/fakesession.h"
#include "deletedialog.h"
#include "fakecluster.h"
#include "lookupdialog.h"
#include "messagebanner.h"
#include "model/tokenproxymodel.h"
#include "model/tokentablemodel.h"
#include "pendingdeletionsdialog.h"
#include "rotatedialog.h"
#include "secretclipboard.h"
#include "secretdialog.h"
#include "session/clustersession.h"
#include "settings/pendingdeletions.h"
#include "tokenoperations.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <optional>

using namespace TokenDesk;
using Fake::Endpoint;
using Fake::FakeCluster;
using Fake::Fault;

namespace {

constexpr qint64 kDay = 24LL * 60 * 60 * 1000;

struct Harness
{
    Harness()
    {
        started = TestSupport::startSeeded(fake, 4, 5);
        session.setConnection(TestSupport::adminConnection(fake));
        proxy.setSourceModel(session.model());
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
        settingsFile = dir.filePath(QStringLiteral("tokendesk.ini"));
        store = std::make_unique<QSettings>(settingsFile, QSettings::IniFormat);
        ops->setPendingDeletions(store.get(), QStringLiteral("prod"));
        window.resize(900, 600);
        window.show();
    }

    // The list and every token's details, as the window ends up.
    bool load()
    {
        ListQuery query;
        query.limit = ListQuery::MaxLimit;
        ListJob *list = session.list(query);
        bool listed = false;
        QObject::connect(list, &Job::finished, &window, [&listed] { listed = true; });
        if (!QTest::qWaitFor([&listed] { return listed; }, 10000))
            return false;
        QStringList ids;
        for (int row = 0; row < model().rowCount(); ++row)
            ids << model().id(row);
        bool detailed = false;
        QObject::connect(session.ensureDetails(ids), &Job::finished, &window, [&detailed] { detailed = true; });
        if (!QTest::qWaitFor([&detailed] { return detailed; }, 10000))
            return false;
        const QString self = fake.adminToken().id;
        model().setSelfId(self);
        ops->setSelfId(self);
        return true;
    }

    TokenTableModel &model() { return *session.model(); }

    void select(const QString &id)
    {
        table->selectionModel()->clearSelection();
        const QModelIndex index = proxy.mapFromSource(model().index(model().rowOfId(id), 0));
        table->selectionModel()->setCurrentIndex(index,
                                                 QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        ops->selectionChanged();
    }

    QStringList createdScopes() const
    {
        const QJsonObject body = QJsonDocument::fromJson(fake.lastRequestBody(Endpoint::Create)).object();
        QStringList scopes;
        for (const QJsonValue &v : body.value(QStringLiteral("scopes")).toArray())
            scopes << v.toString();
        scopes.sort();
        return scopes;
    }

    QTemporaryDir dir;
    QString settingsFile;
    std::unique_ptr<QSettings> store;
    FakeCluster fake;
    ClusterSession session;
    TokenProxyModel proxy;
    QWidget window;
    MessageBanner *banner = nullptr;
    QTableView *table = nullptr;
    SecretClipboard *clipboard = nullptr;
    TokenOperations *ops = nullptr;
    bool started = false;
};

// Ticks "I have stored this token" and closes the secret dialog, as a user does.
void closeSecretDialog(SecretDialog *dialog)
{
    dialog->storedCheckBox()->setChecked(true);
    QTest::mouseClick(dialog->closeButton(), Qt::LeftButton);
}

// Rotates a new token "exporter" whose revoke the cluster refuses (HTTP 500): the successor is
// created and the old token stays active. Returns the old token, or nullopt when a step did not happen.
std::optional<Fake::SeededToken> rotateWithAFailingRevoke(Harness &h, int deleteAfterDays)
{
    const auto old =
        h.fake.addToken(QStringLiteral("exporter"), QStringLiteral("bob"), {QStringLiteral("settings.read")});
    if (!h.load())
        return std::nullopt;
    Fault broken;
    broken.kind = Fault::Kind::Status;
    broken.status = 500;
    h.fake.injectFault(Endpoint::Update, broken);
    h.select(old.id);
    h.ops->rotateSelected();
    if (!h.ops->rotateDialog())
        return std::nullopt;
    h.ops->rotateDialog()->deleteAfterSpinBox()->setValue(deleteAfterDays);
    QTest::mouseClick(h.ops->rotateDialog()->rotateButton(), Qt::LeftButton);
    if (!QTest::qWaitFor([&h] { return h.ops->secretDialog() != nullptr && !h.ops->rotation(); }, 10000))
        return std::nullopt;
    return old;
}

} // namespace

class TestRotation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QGuiApplication::clipboard()->clear(); }

    void rotate_shouldCreateWithTheSameScopesThenRevokeAndScheduleTheDeletion()
    {
        Harness h;
        QVERIFY(h.started);
        const QStringList scopes = {QStringLiteral("DiagnosticExport"), QStringLiteral("settings.read")};
        const auto old = h.fake.addToken(QStringLiteral("ci-pipeline"), QStringLiteral("bob"), scopes);
        QVERIFY(h.load());
        h.select(old.id);
        QVERIFY(h.ops->rotateAction()->isEnabled());

        QTest::keySequence(&h.window, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
        RotateDialog *dialog = h.ops->rotateDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->introText().contains(old.id));
        // The proposed name is derived from the old one, and editable.
        QCOMPARE(dialog->nameLineEdit()->text(),
                 RotateJob::successorName(QStringLiteral("ci-pipeline"), QDateTime::currentDateTimeUtc().date()));
        dialog->nameLineEdit()->setText(QStringLiteral("ci-pipeline-2"));
        // The expiry as in "New token": thirty days by default; here ninety.
        QCOMPARE(dialog->expiryComboBox()->currentText(), QStringLiteral("30 days"));
        dialog->expiryComboBox()->setCurrentIndex(dialog->expiryComboBox()->findText(QStringLiteral("90 days")));
        QCOMPARE(dialog->deleteAfterSpinBox()->value(), PendingDeletions::DefaultGraceDays);
        dialog->deleteAfterSpinBox()->setValue(5);
        QCOMPARE(h.fake.requestCount(Endpoint::Create), 0);

        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        QTest::mouseClick(dialog->rotateButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(h.ops->secretDialog(), 10000);
        SecretDialog *secret = h.ops->secretDialog();
        const QString newSecret = secret->secretLineEdit()->text();
        const auto successor = h.fake.tokenInfo(newSecret);
        QVERIFY(successor);
        QVERIFY(!secret->isSecretRevealed()); // masked, as every new secret
        QTRY_VERIFY_WITH_TIMEOUT(h.fake.tokenInfo(old.id)->revoked, 10000);
        QTRY_VERIFY(!h.ops->rotation());

        // What reached the server: one create with the same scopes, one PUT that revokes, no DELETE.
        QCOMPARE(h.fake.requestCount(Endpoint::Create), 1);
        QCOMPARE(h.createdScopes(), scopes);
        const QJsonObject body = QJsonDocument::fromJson(h.fake.lastRequestBody(Endpoint::Create)).object();
        QCOMPARE(body.value(QStringLiteral("name")).toString(), QStringLiteral("ci-pipeline-2"));
        QVERIFY(body.contains(QStringLiteral("expiresIn")));
        QCOMPARE(h.fake.requestCount(Endpoint::Update), 1);
        QCOMPARE(QJsonDocument::fromJson(h.fake.lastRequestBody(Endpoint::Update)).object(),
                 (QJsonObject{{QStringLiteral("revoked"), true}}));
        QCOMPARE(h.fake.requestCount(Endpoint::Delete), 0);
        QVERIFY(!h.fake.tokenInfo(successor->id)->revoked);
        QCOMPARE(successor->scopes, scopes);

        // The deletion is scheduled, five days on; the window says what happened.
        const QList<PendingDeletion> scheduled = h.ops->pendingDeletions().all();
        QCOMPARE(scheduled.size(), 1);
        QCOMPARE(scheduled.first().id, old.id);
        QVERIFY(scheduled.first().dueMs >= before + 5 * kDay);
        QVERIFY(scheduled.first().dueMs <= QDateTime::currentMSecsSinceEpoch() + 5 * kDay);
        QVERIFY(!scheduled.first().isDue(QDateTime::currentMSecsSinceEpoch()));
        QCOMPARE(h.banner->level(), MessageBanner::Level::Information);
        QVERIFY2(h.banner->text().contains(QStringLiteral("revoked")), qPrintable(h.banner->text()));
        QVERIFY(h.banner->text().contains(QStringLiteral("Pending deletions")));
        QCOMPARE(h.model().status(h.model().rowOfId(old.id)), TokenStatus::Revoked);
        QVERIFY(h.model().rowOfId(successor->id) >= 0);

        // Nothing the schedule keeps is a secret.
        h.store->sync();
        QFile file(h.settingsFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        QVERIFY(written.contains(old.id.toUtf8()));
        QVERIFY(!written.contains("ci-pipeline"));
        QVERIFY(!written.contains(newSecret.toUtf8()));
        QVERIFY(!written.contains(old.secret.toUtf8()));
        QVERIFY(!written.contains(newSecret.mid(32).toUtf8())); // not even the secret part alone
        closeSecretDialog(secret);
        QTRY_VERIFY(!h.ops->secretDialog());
    }

    void rotate_aFailedCreateShouldKeepTheDialogAndChangeNothing()
    {
        Harness h;
        QVERIFY(h.started);
        const auto old =
            h.fake.addToken(QStringLiteral("backup"), QStringLiteral("bob"), {QStringLiteral("settings.read")});
        QVERIFY(h.load());
        Fault broken;
        broken.kind = Fault::Kind::Status;
        broken.status = 400;
        broken.message = QStringLiteral("Token limit reached");
        h.fake.injectFault(Endpoint::Create, broken);
        h.select(old.id);
        h.ops->rotateSelected();
        RotateDialog *dialog = h.ops->rotateDialog();
        QVERIFY(dialog);
        QTest::mouseClick(dialog->rotateButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->errorText().isEmpty(), 10000);
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->isBusy());
        QVERIFY2(dialog->errorText().contains(QStringLiteral("Nothing was changed")), qPrintable(dialog->errorText()));
        QVERIFY(!h.ops->secretDialog());
        QCOMPARE(h.fake.requestCount(Endpoint::Update), 0);
        QCOMPARE(h.fake.requestCount(Endpoint::Delete), 0);
        QVERIFY(!h.fake.tokenInfo(old.id)->revoked);
        QVERIFY(h.ops->pendingDeletions().all().isEmpty());
        dialog->reject();
    }

    void rotate_aFailedRevokeShouldSayEachTokensStateAndOfferToFinish()
    {
        Harness h;
        QVERIFY(h.started);
        const std::optional<Fake::SeededToken> rotated =
            rotateWithAFailingRevoke(h, PendingDeletions::DefaultGraceDays);
        QVERIFY(rotated);
        const Fake::SeededToken &old = *rotated;

        // The successor exists, the old token is still active: the banner says both, and offers to finish.
        QCOMPARE(h.fake.requestCount(Endpoint::Create), 1);
        QVERIFY(!h.fake.tokenInfo(old.id)->revoked);
        QCOMPARE(h.banner->level(), MessageBanner::Level::Error);
        QVERIFY2(h.banner->text().contains(QStringLiteral("still active")), qPrintable(h.banner->text()));
        QVERIFY(h.banner->text().contains(QStringLiteral("exporter")));
        QVERIFY(h.banner->isActionVisible());
        // Kept to be finished later, and never due: an active token is not deleted.
        QCOMPARE(h.ops->pendingDeletions().all().size(), 1);
        QVERIFY(h.ops->pendingDeletions().all().first().revokeOutstanding);
        QVERIFY(h.ops->pendingDeletions().due(QDateTime::currentMSecsSinceEpoch() + 365 * kDay).isEmpty());

        auto *finish = h.banner->findChild<QPushButton *>(QStringLiteral("bannerActionButton"));
        QVERIFY(finish);
        QTest::mouseClick(finish, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(h.fake.tokenInfo(old.id)->revoked, 10000);
        QTRY_VERIFY(!h.ops->pendingDeletions().all().first().revokeOutstanding);
        QCOMPARE(h.ops->pendingDeletions().all().size(), 1);
        QCOMPARE(h.ops->pendingDeletions().all().first().id, old.id);
        QCOMPARE(h.fake.requestCount(Endpoint::Update), 2); // the failed one, then the one that finished
        QCOMPARE(h.fake.requestCount(Endpoint::Delete), 0);
        QCOMPARE(h.banner->level(), MessageBanner::Level::Information);
        closeSecretDialog(h.ops->secretDialog());
    }

    // The banner's offer gone (dismissed, or the app restarted): Pending deletions lists the
    // rotation as unfinished and finishes it — the revoke, then the grace period starts.
    void rotate_anUnfinishedRotationShouldBeFinishedLaterFromPendingDeletions()
    {
        Harness h;
        QVERIFY(h.started);
        const std::optional<Fake::SeededToken> rotated = rotateWithAFailingRevoke(h, 3);
        QVERIFY(rotated);
        const Fake::SeededToken &old = *rotated;
        closeSecretDialog(h.ops->secretDialog());
        h.banner->dismiss();
        h.fake.clearFaults();

        QVERIFY(h.ops->pendingDeletionsAction()->isEnabled());
        h.ops->pendingDeletionsAction()->trigger();
        PendingDeletionsDialog *dialog = h.ops->pendingDeletionsDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->entryCount(), 1);
        QCOMPARE(dialog->dueCount(), 0);
        QVERIFY(!dialog->deleteDueButton()->isEnabled());
        QTreeWidgetItem *item = dialog->list()->topLevelItem(0);
        QVERIFY2(item->text(PendingDeletionsDialog::StateColumn).contains(QStringLiteral("Active")),
                 qPrintable(item->text(PendingDeletionsDialog::StateColumn)));
        QVERIFY(item->text(PendingDeletionsDialog::DueColumn).startsWith(QStringLiteral("3 day")));
        QVERIFY(item->text(PendingDeletionsDialog::DueColumn).endsWith(QStringLiteral("after revoking")));
        QVERIFY(dialog->finishButton()->isVisible());
        QVERIFY(!dialog->finishButton()->isEnabled());
        item->setSelected(true);
        QVERIFY(dialog->finishButton()->isEnabled());
        const int updates = h.fake.requestCount(Endpoint::Update);
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        QTest::mouseClick(dialog->finishButton(), Qt::LeftButton);

        QTRY_VERIFY_WITH_TIMEOUT(h.fake.tokenInfo(old.id)->revoked, 10000);
        QCOMPARE(h.fake.requestCount(Endpoint::Update), updates + 1);
        QTRY_VERIFY(!h.ops->pendingDeletions().all().first().revokeOutstanding);
        const PendingDeletion entry = h.ops->pendingDeletions().all().first();
        QVERIFY(entry.dueMs >= before + 3 * kDay);
        QVERIFY(entry.dueMs <= QDateTime::currentMSecsSinceEpoch() + 3 * kDay);
        QTRY_VERIFY(!dialog->finishButton()->isVisible());
        QCOMPARE(h.fake.requestCount(Endpoint::Delete), 0);
        dialog->reject();
    }

    void rotate_shouldNotBeOfferedForTheTokenInUseWithoutASwitch()
    {
        Harness h;
        QVERIFY(h.started);
        QVERIFY(h.load());
        h.select(h.fake.adminToken().id);
        QVERIFY(!h.ops->rotateAction()->isEnabled());
        QVERIFY(!h.ops->rotateAction()->toolTip().isEmpty());
        h.ops->rotateSelected();
        QVERIFY(!h.ops->rotateDialog());
        QCOMPARE(h.fake.requestCount(Endpoint::Create), 0);
    }

    void lookup_rotateShouldRotateTheTokenOfAPastedSecret()
    {
        Harness h;
        QVERIFY(h.started);
        const QStringList scopes = {QStringLiteral("settings.read"), QStringLiteral("settings.write")};
        const auto leaked = h.fake.addToken(QStringLiteral("leaked"), QStringLiteral("gina"), scopes);
        QVERIFY(h.load());
        h.ops->lookup();
        LookupDialog *lookup = h.ops->lookupDialog();
        lookup->secretLineEdit()->setText(leaked.secret);
        QTest::keyClick(lookup->secretLineEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(lookup->metadata().has_value(), 10000);
        QVERIFY(lookup->rotateButton()->isVisible());
        QVERIFY(lookup->rotateButton()->isEnabled());

        QTest::mouseClick(lookup->rotateButton(), Qt::LeftButton);
        RotateDialog *dialog = h.ops->rotateDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->parentWidget(), lookup); // in front of the dialog the user is looking at
        QTest::mouseClick(dialog->rotateButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(h.ops->secretDialog(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(h.fake.tokenInfo(leaked.id)->revoked, 10000);
        QCOMPARE(h.createdScopes(), scopes);
        QCOMPARE(h.fake.requestCount(Endpoint::Delete), 0);
        QTRY_VERIFY(lookup->metadata()->isRevoked());
        QVERIFY(!lookup->rotateButton()->isEnabled());
        QCOMPARE(h.ops->pendingDeletions().all().size(), 1);
        closeSecretDialog(h.ops->secretDialog());
        lookup->close();
    }

    void pending_shouldListTheScheduleAndSayWhereItIsKept()
    {
        Harness h;
        QVERIFY(h.started);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const auto due = h.fake.addToken(QStringLiteral("old-due"), QStringLiteral("bob"),
                                         {QStringLiteral("settings.read")}, std::nullopt, std::nullopt, true);
        const auto later = h.fake.addToken(QStringLiteral("old-later"), QStringLiteral("bob"),
                                           {QStringLiteral("settings.read")}, std::nullopt, std::nullopt, true);
        QVERIFY(h.load());
        h.ops->pendingDeletions().schedule({due.id, now - kDay, now - 8 * kDay});
        h.ops->pendingDeletions().schedule({later.id, now + 3 * kDay, now - 4 * kDay});

        QVERIFY(h.ops->pendingDeletionsAction()->isEnabled());
        QTest::keySequence(&h.window, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
        PendingDeletionsDialog *dialog = h.ops->pendingDeletionsDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->entryCount(), 2);
        QCOMPARE(dialog->dueCount(), 1);
        QVERIFY(dialog->noteText().contains(QStringLiteral("on this computer")));
        QVERIFY(dialog->noteText().contains(QStringLiteral("prod")));
        QTreeWidgetItem *first = dialog->list()->topLevelItem(0);
        QCOMPARE(first->text(PendingDeletionsDialog::IdColumn), due.id);                      // soonest first
        QCOMPARE(first->text(PendingDeletionsDialog::NameColumn), QStringLiteral("old-due")); // from the list
        QVERIFY(first->text(PendingDeletionsDialog::DueColumn).contains(QStringLiteral("due")));
        QCOMPARE(first->text(PendingDeletionsDialog::StateColumn), QStringLiteral("Revoked"));
        QVERIFY(
            !dialog->list()->topLevelItem(1)->text(PendingDeletionsDialog::DueColumn).contains(QStringLiteral("due")));
        QVERIFY(dialog->deleteDueButton()->isEnabled());

        // Forget takes an entry off the schedule and leaves the token alone.
        dialog->list()->topLevelItem(1)->setSelected(true);
        QTest::mouseClick(dialog->forgetButton(), Qt::LeftButton);
        QCOMPARE(dialog->entryCount(), 1);
        QCOMPARE(h.ops->pendingDeletions().all().size(), 1);
        QVERIFY(h.fake.hasToken(later.id));
        QCOMPARE(h.fake.requestCount(Endpoint::Delete), 0);
        dialog->reject();
    }

    void pending_deleteTheDueOnesShouldConfirmAndDeleteOnlyThose()
    {
        Harness h;
        QVERIFY(h.started);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const auto due = h.fake.addToken(QStringLiteral("old-due"), QStringLiteral("bob"),
                                         {QStringLiteral("settings.read")}, std::nullopt, std::nullopt, true);
        const auto later = h.fake.addToken(QStringLiteral("old-later"), QStringLiteral("bob"),
                                           {QStringLiteral("settings.read")}, std::nullopt, std::nullopt, true);
        QVERIFY(h.load());
        h.ops->pendingDeletions().schedule({due.id, now - kDay, now - 8 * kDay});
        h.ops->pendingDeletions().schedule({later.id, now + 3 * kDay, now - 4 * kDay});
        h.ops->showPendingDeletions();
        PendingDeletionsDialog *dialog = h.ops->pendingDeletionsDialog();
        QVERIFY(dialog);

        // Cancelling the confirmation deletes nothing.
        QTest::mouseClick(dialog->deleteDueButton(), Qt::LeftButton);
        QVERIFY(h.ops->deleteDialog());
        QCOMPARE(h.ops->deleteDialog()->parentWidget(), dialog);
        h.ops->deleteDialog()->reject();
        QTRY_VERIFY(!h.ops->deleteDialog());
        QCOMPARE(h.fake.requestCount(Endpoint::Delete), 0);

        // The usual confirmation names the due token only; Delete deletes it and nothing else.
        QTest::mouseClick(dialog->deleteDueButton(), Qt::LeftButton);
        DeleteDialog *confirm = h.ops->deleteDialog();
        QVERIFY(confirm);
        QVERIFY2(confirm->questionText().contains(due.id), qPrintable(confirm->questionText()));
        QVERIFY(!confirm->questionText().contains(later.id));
        QTest::mouseClick(confirm->deleteButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!h.fake.hasToken(due.id), 10000);
        QTRY_COMPARE(dialog->entryCount(), 1);
        QCOMPARE(h.fake.requestCount(Endpoint::Delete), 1);
        QVERIFY(h.fake.hasToken(later.id));
        const QList<PendingDeletion> left = h.ops->pendingDeletions().all();
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().id, later.id);
        QCOMPARE(dialog->dueCount(), 0);
        QVERIFY(!dialog->deleteDueButton()->isEnabled());
        QVERIFY2(dialog->statusText().contains(QStringLiteral("deleted")), qPrintable(dialog->statusText()));
        dialog->reject();
    }

    void pending_dueDeletionsShouldBeMentionedAfterTheFirstList()
    {
        Harness h;
        QVERIFY(h.started);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const auto due = h.fake.addToken(QStringLiteral("old-due"), QStringLiteral("bob"),
                                         {QStringLiteral("settings.read")}, std::nullopt, std::nullopt, true);
        h.ops->pendingDeletions().schedule({due.id, now - kDay, now - 8 * kDay});
        h.ops->setPendingDeletions(h.store.get(), QStringLiteral("prod")); // as a connection does
        QVERIFY(h.load());
        QTRY_VERIFY(h.banner->isVisible());
        QCOMPARE(h.banner->level(), MessageBanner::Level::Information);
        QVERIFY2(h.banner->text().contains(QStringLiteral("is due")), qPrintable(h.banner->text()));
        QVERIFY(h.banner->isActionVisible());
        QTest::mouseClick(h.banner->findChild<QPushButton *>(QStringLiteral("bannerActionButton")), Qt::LeftButton);
        QVERIFY(h.ops->pendingDeletionsDialog());
        QCOMPARE(h.ops->pendingDeletionsDialog()->dueCount(), 1);
        h.ops->pendingDeletionsDialog()->reject();
        QCOMPARE(h.fake.requestCount(Endpoint::Delete), 0); // reminding deletes nothing

        // Once per connection: a second list says nothing more.
        h.banner->dismiss();
        QVERIFY(h.load());
        QVERIFY(!h.banner->isVisible());
    }

    void pending_anEntryAnOlderVersionWroteWithItsNameIsListedByIdAndKeptWithoutIt()
    {
        Harness h;
        QVERIFY(h.started);
        QVERIFY(h.load());
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        // As an older version wrote it: the token's name beside its id and dates.
        h.store->beginWriteArray(QStringLiteral("pendingDeletions"), 1);
        h.store->setArrayIndex(0);
        h.store->setValue(QStringLiteral("profile"), QStringLiteral("prod"));
        h.store->beginWriteArray(QStringLiteral("entries"), 1);
        h.store->setArrayIndex(0);
        h.store->setValue(QStringLiteral("id"), QStringLiteral("dt0c01.OLDVERSIONOLDVERSIONOLDV"));
        h.store->setValue(QStringLiteral("name"), QStringLiteral("stale-name-from-before"));
        h.store->setValue(QStringLiteral("dueMs"), now + kDay);
        h.store->setValue(QStringLiteral("scheduledMs"), now - kDay);
        h.store->endArray();
        h.store->endArray();
        h.store->sync();

        QTest::keySequence(&h.window, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
        PendingDeletionsDialog *dialog = h.ops->pendingDeletionsDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->entryCount(), 1);
        QTreeWidgetItem *item = dialog->list()->topLevelItem(0);
        QCOMPARE(item->text(PendingDeletionsDialog::IdColumn), QStringLiteral("dt0c01.OLDVERSIONOLDVERSIONOLDV"));
        // Not in the list: no name is shown, the stored one least of all.
        QVERIFY(!item->text(PendingDeletionsDialog::NameColumn).contains(QStringLiteral("stale-name")));
        QCOMPARE(item->text(PendingDeletionsDialog::StateColumn), QStringLiteral("Not in the loaded list"));
        dialog->reject();

        // Reading it rewrote the schedule without the name; the entry itself is kept.
        h.store->sync();
        QFile file(h.settingsFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        QVERIFY(written.contains("OLDVERSIONOLDVERSIONOLDV"));
        QVERIFY2(!written.contains("stale-name-from-before"), written.constData());
        QCOMPARE(h.ops->pendingDeletions().all().size(), 1);
        QCOMPARE(h.ops->pendingDeletions().all().first().dueMs, now + kDay);
    }

    void pending_isKeptPerProfile()
    {
        Harness h;
        QVERIFY(h.started);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        h.ops->pendingDeletions().schedule({QStringLiteral("dt0c01.AAAA"), now, now});
        h.ops->setPendingDeletions(h.store.get(), QStringLiteral("staging"));
        QVERIFY(h.ops->pendingDeletions().all().isEmpty());
        h.ops->setPendingDeletions(h.store.get(), QStringLiteral("prod"));
        QCOMPARE(h.ops->pendingDeletions().all().size(), 1);
    }
};

QTEST_MAIN(TestRotation)
#include "tst_rotation.moc"
