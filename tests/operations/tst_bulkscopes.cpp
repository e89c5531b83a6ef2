// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Change scopes in the window, offscreen with real widgets against the fake cluster: the action
// follows the selection; the dialog's preview lists each token's + and − (or why it is left alone)
// and follows the choice; nothing at all reaches the server before the user confirms (missing
// details aside, which are only read); then each changed token is read once and written once with
// exactly its old set changed, the token in use is never sent, a token that would end with no
// scope or has nothing to change gets no PUT; Cancel stops further writes; a failure keeps the
// choices so that the failed token can be sent again.
#include "../core/fakesession.h"
#include "api/tokeninuse.h"
#include "bulkscopedialog.h"
#include "fakecluster.h"
#include "messagebanner.h"
#include "model/tokenproxymodel.h"
#include "model/tokentablemodel.h"
#include "scopepicker.h"
#include "secretclipboard.h"
#include "session/clustersession.h"
#include "tokenoperations.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QVBoxLayout>

using namespace TokenDesk;
using Fake::Endpoint;
using Fake::FakeCluster;
using Fake::Fault;

namespace {

const QString kRead = QStringLiteral("settings.read");
const QString kWrite = QStringLiteral("settings.write");
const QString kApiRead = QStringLiteral("apiTokens.read");

struct Received
{
    Endpoint endpoint;
    QByteArray method;
    QString path;
    QByteArray body;
};

struct Harness
{
    Harness()
    {
        started = TestSupport::startSeeded(fake, 3, 7);
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
        QObject::connect(&fake, &FakeCluster::requestReceived, &window,
                         [this](Endpoint e, const QByteArray &method, const QString &path, const QByteArray &body) {
                             received.append({e, method, path, body});
                         });
        window.resize(900, 600);
        window.show();
    }

    // The list, and every token's details unless told otherwise.
    bool load(bool details = true)
    {
        ListQuery query;
        query.limit = ListQuery::MaxLimit;
        ListJob *list = session.list(query);
        bool listed = false;
        QObject::connect(list, &Job::finished, &window, [&listed] { listed = true; });
        if (!QTest::qWaitFor([&listed] { return listed; }, 10000))
            return false;
        const QString self = fake.adminToken().id;
        model().setSelfId(self);
        ops->setSelfId(self);
        if (!details)
            return true;
        QStringList ids;
        for (int row = 0; row < model().rowCount(); ++row)
            ids << model().id(row);
        bool detailed = false;
        QObject::connect(session.ensureDetails(ids), &Job::finished, &window, [&detailed] { detailed = true; });
        return QTest::qWaitFor([&detailed] { return detailed; }, 10000);
    }

    TokenTableModel &model() { return *session.model(); }

    void select(const QStringList &ids)
    {
        auto *selection = table->selectionModel();
        selection->clearSelection();
        for (const QString &id : ids) {
            const QModelIndex index = proxy.mapFromSource(model().index(model().rowOfId(id), 0));
            selection->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
        ops->selectionChanged();
    }

    BulkScopeDialog *open(const QStringList &ids)
    {
        select(ids);
        QTest::keySequence(&window, QKeySequence(Qt::SHIFT | Qt::Key_F2));
        return ops->bulkScopeDialog();
    }

    // The methods that reached the server for one token, in order.
    QList<QByteArray> methodsFor(const QString &id, qsizetype from = 0) const
    {
        QList<QByteArray> methods;
        for (qsizetype i = from; i < received.size(); ++i) {
            if (received[i].path.endsWith(QLatin1Char('/') + id))
                methods << received[i].method;
        }
        return methods;
    }

    // The scopes of the PUT sent for one token (sorted), and whether it carried nothing else.
    QStringList putScopes(const QString &id, bool *onlyScopes = nullptr) const
    {
        for (const Received &r : received) {
            if (r.method != "PUT" || !r.path.endsWith(QLatin1Char('/') + id))
                continue;
            const QJsonObject body = QJsonDocument::fromJson(r.body).object();
            if (onlyScopes)
                *onlyScopes = body.keys() == QStringList{QStringLiteral("scopes")};
            QStringList scopes;
            for (const QJsonValue &v : body.value(QStringLiteral("scopes")).toArray())
                scopes << v.toString();
            scopes.sort();
            return scopes;
        }
        return {};
    }

    int count(const QByteArray &method, qsizetype from = 0) const
    {
        int n = 0;
        for (qsizetype i = from; i < received.size(); ++i)
            n += received[i].method == method ? 1 : 0;
        return n;
    }

    FakeCluster fake;
    ClusterSession session;
    TokenProxyModel proxy;
    QWidget window;
    MessageBanner *banner = nullptr;
    QTableView *table = nullptr;
    SecretClipboard *clipboard = nullptr;
    TokenOperations *ops = nullptr;
    QList<Received> received;
    bool started = false;
};

bool waitFinished(BulkScopeDialog *dialog)
{
    return QTest::qWaitFor([dialog] { return dialog->job() && dialog->job()->isFinished(); }, 10000);
}

} // namespace

class TestBulkScopes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QGuiApplication::clipboard()->clear(); }

    void action_shouldFollowTheSelection()
    {
        Harness h;
        QVERIFY(h.started);
        const QString a = h.fake.addToken(QStringLiteral("a"), QStringLiteral("x"), {kRead}).id;
        const QString b = h.fake.addToken(QStringLiteral("b"), QStringLiteral("x"), {kWrite}).id;
        QVERIFY(h.load());
        QAction *action = h.ops->changeScopesAction();
        QVERIFY(h.ops->tokenMenuActions().contains(action));
        QCOMPARE(action->shortcut(), QKeySequence(Qt::SHIFT | Qt::Key_F2));
        QVERIFY(!action->toolTip().isEmpty());
        h.select({});
        QVERIFY(!action->isEnabled());
        h.select({a});
        QVERIFY(action->isEnabled());
        h.select({a, b});
        QVERIFY(action->isEnabled());
        QVERIFY(action->text().contains(QLatin1Char('2')));
        // The token in use alone: nothing it could do
        h.select({h.fake.adminToken().id});
        QVERIFY(!action->isEnabled());
        QCOMPARE(action->toolTip(), TokenInUse::reason());
        h.select({a, h.fake.adminToken().id});
        QVERIFY(action->isEnabled());
        QVERIFY(h.open({a, b}));
        QVERIFY(h.ops->bulkScopeDialog()->isVisible());
    }

    void preview_shouldListWhatReallyChangesForEachToken_andFollowTheChoice()
    {
        Harness h;
        QVERIFY(h.started);
        const QString a = h.fake.addToken(QStringLiteral("both"), QStringLiteral("x"), {kRead, kWrite}).id;
        const QString b = h.fake.addToken(QStringLiteral("write-only"), QStringLiteral("x"), {kWrite}).id;
        const QString c = h.fake.addToken(QStringLiteral("api-reader"), QStringLiteral("x"), {kApiRead}).id;
        const QString admin = h.fake.adminToken().id;
        QVERIFY(h.load());
        const qsizetype sent = h.received.size();

        BulkScopeDialog *dialog = h.open({admin, c, b, a});
        QVERIFY(dialog);
        QCOMPARE(dialog->tokenCount(), 4);
        QVERIFY(!dialog->isLoading());
        const int ra = dialog->rowOfId(a), rb = dialog->rowOfId(b), rc = dialog->rowOfId(c),
                  rs = dialog->rowOfId(admin);
        // Nothing chosen yet: nothing to confirm
        QVERIFY(!dialog->applyButton()->isEnabled());
        QCOMPARE(dialog->preview(rs), BulkScopeDialog::Preview::InUse);

        // Take settings.write away
        dialog->removePicker()->setScopeChecked(kWrite, true);
        QCOMPARE(dialog->preview(ra), BulkScopeDialog::Preview::Changes);
        QCOMPARE(dialog->added(ra), QStringList());
        QCOMPARE(dialog->removed(ra), QStringList{kWrite});
        QCOMPARE(dialog->previewText(ra), QStringLiteral("− settings.write"));
        QCOMPARE(dialog->preview(rb), BulkScopeDialog::Preview::NoScope);
        QVERIFY(dialog->previewText(rb).contains(QStringLiteral("no scope")));
        QCOMPARE(dialog->preview(rc), BulkScopeDialog::Preview::Unchanged);
        QVERIFY(dialog->previewText(rc).contains(QStringLiteral("nothing would change")));
        QCOMPARE(dialog->preview(rs), BulkScopeDialog::Preview::InUse);
        QVERIFY(dialog->previewText(rs).contains(QStringLiteral("token in use")));
        // The tokens that change come first in the view, whatever the selection's order
        QTRY_VERIFY(dialog->previewView()->model()->index(0, 0).data().toString().startsWith(QStringLiteral("both")));
        QTRY_VERIFY(dialog->totalsText().startsWith(QStringLiteral("1 token")));
        QVERIFY(dialog->totalsText().contains(QStringLiteral("will change")));
        QVERIFY(dialog->totalsText().contains(QStringLiteral("1 left alone: would end with no scope")));
        QVERIFY(dialog->totalsText().contains(QStringLiteral("1 left alone: the token in use")));
        QVERIFY(dialog->totalsText().contains(QStringLiteral("1 with nothing to change")));
        QVERIFY(dialog->applyButton()->isEnabled());
        QVERIFY(dialog->applyButton()->text().startsWith(QStringLiteral("&Change 1 token")));

        // …and give apiTokens.read: recomputed for each token from its own set
        dialog->addPicker()->setScopeChecked(kApiRead, true);
        QCOMPARE(dialog->added(ra), QStringList{kApiRead});
        QCOMPARE(dialog->removed(ra), QStringList{kWrite});
        QCOMPARE(dialog->previewText(ra), QStringLiteral("+ apiTokens.read   − settings.write"));
        QCOMPARE(dialog->preview(rb), BulkScopeDialog::Preview::Changes);
        QCOMPARE(dialog->added(rb), QStringList{kApiRead});
        QCOMPARE(dialog->removed(rb), QStringList{kWrite});
        QCOMPARE(dialog->preview(rc), BulkScopeDialog::Preview::Unchanged); // has it, lacks settings.write
        QTRY_VERIFY(dialog->totalsText().startsWith(QStringLiteral("2 token")));
        QVERIFY(dialog->applyButton()->text().startsWith(QStringLiteral("&Change 2 token")));

        // A scope is added or removed, never both: ticking it under Add unticks it under Remove
        dialog->addPicker()->setScopeChecked(kWrite, true);
        QCOMPARE(dialog->change().add, (QStringList{kWrite, kApiRead})); // in the catalog's order
        QCOMPARE(dialog->change().remove, QStringList());
        QVERIFY(dialog->noteText().contains(kWrite));
        QCOMPARE(dialog->preview(rb), BulkScopeDialog::Preview::Changes);
        QCOMPARE(dialog->removed(rb), QStringList());
        QCOMPARE(dialog->preview(rs), BulkScopeDialog::Preview::InUse);

        // The pickers search like the others
        dialog->addPicker()->searchLineEdit()->setText(QStringLiteral("apiTokens"));
        QVERIFY(dialog->addPicker()->isScopeVisible(kApiRead));
        QVERIFY(!dialog->addPicker()->isScopeVisible(kRead));

        // Choosing sent nothing at all; neither does closing
        QTest::qWait(100);
        QCOMPARE(h.received.size(), sent);
        dialog->reject();
        QTRY_VERIFY(!h.ops->bulkScopeDialog());
        QTest::qWait(100);
        QCOMPARE(h.received.size(), sent);
        QCOMPARE(h.fake.tokenInfo(a)->scopes, (QStringList{kRead, kWrite}));
    }

    void confirm_shouldReadEachTokenOnceThenWriteItsOwnSetChanged()
    {
        Harness h;
        QVERIFY(h.started);
        const QString a = h.fake.addToken(QStringLiteral("both"), QStringLiteral("x"), {kRead, kWrite}).id;
        const QString b = h.fake.addToken(QStringLiteral("write-only"), QStringLiteral("x"), {kWrite}).id;
        const QString c = h.fake.addToken(QStringLiteral("api-reader"), QStringLiteral("x"), {kApiRead}).id;
        const QString d = h.fake.addToken(QStringLiteral("api-writer"), QStringLiteral("x"), {kApiRead, kWrite}).id;
        const QString admin = h.fake.adminToken().id;
        const QStringList adminScopes = h.fake.tokenInfo(admin)->scopes;
        QVERIFY(h.load());

        BulkScopeDialog *dialog = h.open({a, b, c, d, admin});
        QVERIFY(dialog);
        dialog->removePicker()->setScopeChecked(kWrite, true);
        QTRY_VERIFY(dialog->applyButton()->text().startsWith(QStringLiteral("&Change 2 token")));
        const qsizetype sent = h.received.size();
        QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
        QVERIFY(waitFinished(dialog));
        QCOMPARE(dialog->job()->outcome(), Job::Outcome::Succeeded);

        // Changed: one GET, then one PUT with exactly the old set minus settings.write
        QCOMPARE(h.methodsFor(a, sent), (QList<QByteArray>{"GET", "PUT"}));
        QCOMPARE(h.methodsFor(d, sent), (QList<QByteArray>{"GET", "PUT"}));
        bool onlyScopes = false;
        QCOMPARE(h.putScopes(a, &onlyScopes), QStringList{kRead});
        QVERIFY(onlyScopes);
        QCOMPARE(h.putScopes(d), QStringList{kApiRead});
        // Would end with no scope, nothing to change: read, never written
        QCOMPARE(h.methodsFor(b, sent), QList<QByteArray>{"GET"});
        QCOMPARE(h.methodsFor(c, sent), QList<QByteArray>{"GET"});
        // The token in use: never sent at all
        QCOMPARE(h.methodsFor(admin, sent), QList<QByteArray>());
        QCOMPARE(h.count("PUT", sent), 2);
        QCOMPARE(h.count("GET", sent), 4);
        QCOMPARE(h.fake.tokenInfo(admin)->scopes, adminScopes);
        QCOMPARE(h.fake.tokenInfo(b)->scopes, QStringList{kWrite});

        // Each token's result, and the table shows what the server has
        QCOMPARE(dialog->resultText(dialog->rowOfId(a)), QStringLiteral("✓ changed"));
        QVERIFY(dialog->resultText(dialog->rowOfId(b)).contains(QStringLiteral("no scope")));
        QVERIFY(dialog->resultText(dialog->rowOfId(c)).contains(QStringLiteral("nothing to change")));
        QVERIFY(dialog->resultText(dialog->rowOfId(admin)).contains(QStringLiteral("token in use")));
        QVERIFY(dialog->summary().contains(QStringLiteral("Finished")));
        for (const QString &id : {a, b, c, d}) {
            QStringList scopes = h.model().scopes(h.model().rowOfId(id));
            scopes.sort();
            QCOMPARE(scopes, h.fake.tokenInfo(id)->scopes);
        }
        // The preview follows: nothing is left to change
        QTRY_COMPARE(dialog->preview(dialog->rowOfId(a)), BulkScopeDialog::Preview::Unchanged);
        QVERIFY(!dialog->applyButton()->isEnabled());
        QTRY_COMPARE(dialog->totalsText(), QStringLiteral("Nothing is left to change."));
        // …while the Change column still says what was written
        QCOMPARE(dialog->previewText(dialog->rowOfId(a)), QStringLiteral("− settings.write"));
        QCOMPARE(dialog->previewText(dialog->rowOfId(d)), QStringLiteral("− settings.write"));
        QCOMPARE(dialog->closeButton()->text(), QStringLiteral("Close"));
    }

    void missingDetails_shouldBeLoadedFirst_andOnlyRead()
    {
        Harness h;
        QVERIFY(h.started);
        const QString a = h.fake.addToken(QStringLiteral("a"), QStringLiteral("x"), {kRead, kWrite}).id;
        const QString b = h.fake.addToken(QStringLiteral("b"), QStringLiteral("x"), {kApiRead}).id;
        QVERIFY(h.load(false));
        QVERIFY(!h.model().isLoaded(h.model().rowOfId(a)));
        const qsizetype sent = h.received.size();

        BulkScopeDialog *dialog = h.open({a, b});
        QVERIFY(dialog);
        dialog->removePicker()->setScopeChecked(kWrite, true);
        // Until the details are in, the preview says so and nothing can be confirmed
        QVERIFY(dialog->isLoading());
        QCOMPARE(dialog->preview(dialog->rowOfId(a)), BulkScopeDialog::Preview::Loading);
        QVERIFY(!dialog->applyButton()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isLoading(), 10000);
        QCOMPARE(dialog->preview(dialog->rowOfId(a)), BulkScopeDialog::Preview::Changes);
        QCOMPARE(dialog->removed(dialog->rowOfId(a)), QStringList{kWrite});
        QCOMPARE(dialog->preview(dialog->rowOfId(b)), BulkScopeDialog::Preview::Unchanged);
        QTRY_VERIFY(dialog->applyButton()->isEnabled());
        // Only reads of the selected tokens, one each; no write
        QTest::qWait(100);
        QCOMPARE(h.count("PUT", sent), 0);
        QCOMPARE(h.methodsFor(a, sent), QList<QByteArray>{"GET"});
        QCOMPARE(h.methodsFor(b, sent), QList<QByteArray>{"GET"});
        QCOMPARE(h.received.size() - sent, 2);
    }

    void connectionChange_shouldCloseTheDialogUnsent()
    {
        Harness h;
        QVERIFY(h.started);
        const QString a = h.fake.addToken(QStringLiteral("a"), QStringLiteral("x"), {kRead, kWrite}).id;
        QVERIFY(h.load());
        BulkScopeDialog *dialog = h.open({a});
        QVERIFY(dialog);
        dialog->removePicker()->setScopeChecked(kWrite, true);
        QTRY_VERIFY(dialog->applyButton()->isEnabled());
        const qsizetype sent = h.received.size();
        // Pointed at another cluster: the choice was made for this one's tokens
        ConnectionSettings other = h.session.connection();
        other.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9/api/cluster/v2"));
        h.session.setConnection(other);
        h.ops->connectionChanged();
        QTRY_VERIFY(!h.ops->bulkScopeDialog());
        QTest::qWait(100);
        QCOMPARE(h.received.size(), sent);
        QCOMPARE(h.fake.tokenInfo(a)->scopes, (QStringList{kRead, kWrite}));
    }

    void cancel_shouldStopFurtherWrites()
    {
        Harness h;
        QVERIFY(h.started);
        QStringList ids;
        for (int i = 0; i < 6; ++i)
            ids << h.fake.addToken(QStringLiteral("t%1").arg(i), QStringLiteral("x"), {kRead}).id;
        QVERIFY(h.load());
        h.ops->setBulkConcurrency(1);
        Fault slow;
        slow.kind = Fault::Kind::Latency;
        slow.latencyMs = 400;
        slow.count = -1;
        h.fake.injectFault(Endpoint::Update, slow);

        BulkScopeDialog *dialog = h.open(ids);
        QVERIFY(dialog);
        dialog->addPicker()->setScopeChecked(kApiRead, true);
        QTRY_VERIFY(dialog->applyButton()->isEnabled());
        const qsizetype sent = h.received.size();
        QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
        QVERIFY(dialog->isRunning());
        QVERIFY(!dialog->addPicker()->isEnabled()); // the choice is fixed while it is sent
        QCOMPARE(dialog->closeButton()->text(), QStringLiteral("Cancel"));
        QTRY_COMPARE_WITH_TIMEOUT(h.count("PUT", sent), 1, 10000);
        QTest::mouseClick(dialog->closeButton(), Qt::LeftButton);
        // Stays open until the write in flight is answered
        QVERIFY(dialog->isVisible());
        QVERIFY(waitFinished(dialog));
        QCOMPARE(dialog->job()->outcome(), Job::Outcome::Cancelled);
        QTest::qWait(200);
        QCOMPARE(h.count("PUT", sent), 1);
        int changed = 0;
        int notSent = 0;
        for (const QString &id : std::as_const(ids)) {
            changed += h.fake.tokenInfo(id)->scopes.contains(kApiRead) ? 1 : 0;
            notSent += dialog->resultText(dialog->rowOfId(id)).contains(QStringLiteral("not sent")) ? 1 : 0;
        }
        QCOMPARE(changed, 1);
        QCOMPARE(notSent, 5);
        QCOMPARE(dialog->closeButton()->text(), QStringLiteral("Close"));
        QTest::mouseClick(dialog->closeButton(), Qt::LeftButton);
        QTRY_VERIFY(!h.ops->bulkScopeDialog());
    }

    void failure_shouldKeepTheChoices_andSendTheFailedTokenAgain()
    {
        Harness h;
        QVERIFY(h.started);
        const QString a = h.fake.addToken(QStringLiteral("a"), QStringLiteral("x"), {kRead}).id;
        const QString b = h.fake.addToken(QStringLiteral("b"), QStringLiteral("x"), {kRead, kWrite}).id;
        QVERIFY(h.load());
        h.ops->setBulkConcurrency(1);
        Fault fault;
        fault.kind = Fault::Kind::Status;
        fault.status = 500;
        h.fake.injectFault(Endpoint::Update, fault);

        BulkScopeDialog *dialog = h.open({a, b});
        QVERIFY(dialog);
        dialog->addPicker()->setScopeChecked(kApiRead, true);
        dialog->removePicker()->setScopeChecked(kWrite, true);
        QTRY_VERIFY(dialog->applyButton()->isEnabled());
        QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
        QVERIFY(waitFinished(dialog));
        QCOMPARE(dialog->job()->outcome(), Job::Outcome::Failed);
        const QString failed = dialog->job()->item(0).id; // the first written got the 500
        const QString done = failed == a ? b : a;
        QVERIFY(dialog->resultText(dialog->rowOfId(failed)).startsWith(QStringLiteral("✗ failed")));
        QCOMPARE(dialog->resultText(dialog->rowOfId(done)), QStringLiteral("✓ changed"));

        // Still open, the choice as it was; the preview: only the failed token is left to change
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->change().add, QStringList{kApiRead});
        QCOMPARE(dialog->change().remove, QStringList{kWrite});
        QVERIFY(dialog->addPicker()->isEnabled());
        QTRY_COMPARE(dialog->preview(dialog->rowOfId(done)), BulkScopeDialog::Preview::Unchanged);
        QCOMPARE(dialog->preview(dialog->rowOfId(failed)), BulkScopeDialog::Preview::Changes);
        QTRY_VERIFY(dialog->applyButton()->text().startsWith(QStringLiteral("&Change 1 token")));
        QVERIFY(dialog->summary().contains(QStringLiteral("choices are kept")));

        const qsizetype sent = h.received.size();
        QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
        QVERIFY(waitFinished(dialog));
        QCOMPARE(dialog->job()->outcome(), Job::Outcome::Succeeded);
        QCOMPARE(h.methodsFor(failed, sent), (QList<QByteArray>{"GET", "PUT"}));
        QCOMPARE(h.methodsFor(done, sent), QList<QByteArray>{"GET"}); // read, found as asked
        for (const QString &id : {a, b})
            QCOMPARE(h.fake.tokenInfo(id)->scopes, (QStringList{kApiRead, kRead}));
    }
};

QTEST_MAIN(TestBulkScopes)
#include "tst_bulkscopes.moc"
