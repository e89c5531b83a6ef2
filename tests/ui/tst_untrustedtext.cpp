// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Text from the server or the user is shown as it is, never as markup. A token named
// "<b>evil</b><br>Owner: root" must read exactly so, in every dialog, the detail pane, the banner,
// message boxes, bulk progress and tooltips: rendered, it would fake a second owner line (or a
// link, or an image fetched from anywhere).
//
// The check is generic: every QLabel (and every tooltip) under a widget that shows any part of
// the name must show all of it, literally, as the user sees it: for a plain-text label its text,
// for a rich-text label (a label that legitimately mixes markup, with the name escaped) the
// text its HTML renders to. Each case also counts that the name was shown at all.
#include "api/apierror.h"
#include "api/tokensservice.h"
#include "api/tokentypes.h"
#include "bulkprogressdialog.h"
#include "createtokendialog.h"
#include "deletedialog.h"
#include "detailpane.h"
#include "dialogstyle.h"
#include "edittokendialog.h"
#include "fakecluster.h"
#include "lookupdialog.h"
#include "messagebanner.h"
#include "model/tokenproxymodel.h"
#include "model/tokentablemodel.h"
#include "secretclipboard.h"
#include "secretdialog.h"
#include "session/clustersession.h"
#include "tokenitemdelegate.h"
#include "tokenoperations.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTextDocument>
#include <QVBoxLayout>

using namespace TokenDesk;
using Fake::Endpoint;
using Fake::FakeCluster;
using Fake::Fault;

namespace {

constexpr qint64 kNow = 1767225600000; // 2026-01-01T00:00:00Z
const QString kMarker = QStringLiteral("evil");
const QString kHostile = QStringLiteral("<b>evil</b><br>Owner: root");

bool rendersAsRichText(Qt::TextFormat format, const QString &text)
{
    return format == Qt::RichText || (format == Qt::AutoText && Qt::mightBeRichText(text));
}

QString rendered(Qt::TextFormat format, const QString &text)
{
    if (!rendersAsRichText(format, text))
        return text;
    QTextDocument document;
    document.setHtml(text);
    return document.toPlainText();
}

// Every label and tooltip under `root` (root included) that shows part of the hostile text shows
// all of it, literally. Returns how many showed it.
int checkShownLiterally(QWidget *root)
{
    int shown = 0;
    QList<QLabel *> labels = root->findChildren<QLabel *>();
    if (auto *self = qobject_cast<QLabel *>(root))
        labels.prepend(self);
    for (const QLabel *label : std::as_const(labels)) {
        if (!label->text().contains(kMarker))
            continue;
        ++shown;
        const QString visible = rendered(label->textFormat(), label->text());
        if (!visible.contains(kHostile)) {
            QTest::qFail(qPrintable(QStringLiteral("label %1 (%2) shows \"%3\"")
                                        .arg(label->objectName(),
                                             QLatin1String(label->parent()->metaObject()->className()), visible)),
                         __FILE__, __LINE__);
            return -1;
        }
    }
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (const QWidget *widget : std::as_const(widgets)) {
        if (!widget->toolTip().contains(kMarker))
            continue;
        const QString visible = rendered(Qt::AutoText, widget->toolTip());
        if (!visible.contains(kHostile)) {
            QTest::qFail(qPrintable(QStringLiteral("tooltip of %1 shows \"%2\"").arg(widget->objectName(), visible)),
                         __FILE__, __LINE__);
            return -1;
        }
    }
    return shown;
}

TokenMetadata hostileMetadata()
{
    TokenMetadata md;
    md.id = QStringLiteral("dt0c01.EVILEVILEVILEVILEVILEVIL");
    md.name = kHostile;
    md.userId = kHostile;
    md.revoked = false;
    md.created = kNow - 86400000;
    md.scopes = QStringList{QStringLiteral("settings.read"), kHostile};
    md.personalAccessToken = false;
    return md;
}

} // namespace

class TestUntrustedText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void lookupDialog();
    void editDialog();
    void secretDialog();
    void deleteDialog();
    void createDialogServerMessages();
    void detailPane();
    void messageBanner();
    void revokeQuestionAndBulkProgressAndTableToolTips();
};

void TestUntrustedText::lookupDialog()
{
    LookupDialog dialog;
    dialog.showMetadata(hostileMetadata(), kNow);
    QCOMPARE(checkShownLiterally(&dialog), 3); // name, owner, scopes
}

void TestUntrustedText::editDialog()
{
    EditTokenDialog dialog(hostileMetadata(), kNow);
    QCOMPARE(checkShownLiterally(&dialog), 1); // owner
    // The change summary repeats a new name
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("nameLineEdit"));
    QVERIFY(name);
    name->setText(QStringLiteral("new ") + kHostile);
    QCOMPARE(checkShownLiterally(&dialog), 2);
    QVERIFY(dialog.windowTitle().contains(kHostile)); // a window title is plain text
}

void TestUntrustedText::secretDialog()
{
    SecretClipboard clipboard(QGuiApplication::clipboard());
    SecretDialog dialog(QStringLiteral("not-a-real-secret"), kHostile, QStringLiteral("dt0c01.X"), &clipboard);
    QCOMPARE(checkShownLiterally(&dialog), 1); // name
}

void TestUntrustedText::deleteDialog()
{
    DeleteDialog::Token token;
    token.id = QStringLiteral("dt0c01.EVILEVILEVILEVILEVILEVIL");
    token.name = kHostile;
    token.owner = kHostile;
    DeleteDialog dialog(QList<DeleteDialog::Token>{token}, kNow);
    // One rich-text label that mixes its own markup with the escaped name and owner
    QCOMPARE(checkShownLiterally(&dialog), 1);
    QVERIFY(dialog.questionText().contains(kHostile));
}

void TestUntrustedText::createDialogServerMessages()
{
    CreateTokenDialog dialog;
    ApiError error;
    error.kind = ApiError::Kind::Http;
    error.httpStatus = 400;
    error.message = kHostile;
    error.violations.append(ConstraintViolation{QStringLiteral("name"), kHostile, std::nullopt, std::nullopt});
    error.violations.append(ConstraintViolation{QStringLiteral("somewhere"), kHostile, std::nullopt, std::nullopt});
    dialog.showError(error);
    QVERIFY(checkShownLiterally(&dialog) >= 1);
}

void TestUntrustedText::detailPane()
{
    DetailPane pane;
    TokenStub stub;
    stub.id = QStringLiteral("dt0c01.EVILEVILEVILEVILEVILEVIL");
    stub.name = kHostile;
    pane.showToken(stub, hostileMetadata(), false, false, kNow);
    QCOMPARE(checkShownLiterally(&pane), 2); // title, owner
}

void TestUntrustedText::messageBanner()
{
    MessageBanner banner;
    banner.showMessage(MessageBanner::Level::Error, QStringLiteral("Could not rename ") + kHostile, kHostile);
    QCOMPARE(checkShownLiterally(&banner), 2); // the line and its details
}

// Through the operations controller against the fake cluster: the revoke question names the
// token, bulk progress lists names and the server's failure messages, the table's tooltips.
void TestUntrustedText::revokeQuestionAndBulkProgressAndTableToolTips()
{
    FakeCluster fake;
    Fake::SeedOptions seed;
    seed.tokens = 1;
    QVERIFY(fake.start(Fake::ServerOptions{}, seed));
    const QString first = fake.addToken(kHostile, kHostile, {QStringLiteral("settings.read")}).id;
    const QString second =
        fake.addToken(QStringLiteral("second ") + kHostile, QStringLiteral("bob"), {QStringLiteral("settings.read")})
            .id;
    ClusterSession session;
    TokensService &service = *session.service();
    ConnectionSettings settings;
    settings.baseUrl = TokensService::normalizeBaseUrl(fake.baseUrl());
    settings.apiToken = fake.adminToken().secret;
    settings.timeoutMs = 10000;
    session.setConnection(settings);

    TokenTableModel &model = *session.model();
    TokenProxyModel proxy;
    proxy.setSourceModel(&model);
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *banner = new MessageBanner(&window);
    auto *table = new QTableView(&window);
    layout->addWidget(banner);
    layout->addWidget(table);
    table->setModel(&proxy);
    table->setItemDelegate(new TokenItemDelegate(table));
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    auto *clipboard = new SecretClipboard(QGuiApplication::clipboard(), &window);
    auto *ops = new TokenOperations(&session, &proxy, table, banner, clipboard, &window);
    window.show();

    std::optional<StubList> list;
    service.listTokens(ListQuery{}, &window,
                       [&list](const ApiResult<StubList> &r) { list = r.ok() ? *r.value : StubList(); });
    QTRY_VERIFY_WITH_TIMEOUT(list.has_value(), 10000);
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
    QTRY_COMPARE_WITH_TIMEOUT(pending, 0, 10000);
    model.setDetails(details);
    model.setSelfId(fake.adminToken().id);
    ops->setSelfId(fake.adminToken().id);

    // The table's tooltip of the name cell
    const QModelIndex nameCell = proxy.mapFromSource(model.index(model.rowOfId(first), TokenTableModel::NameColumn));
    QVERIFY(nameCell.isValid());
    QVERIFY(rendered(Qt::AutoText, TokenItemDelegate::toolTipFor(nameCell)).contains(kHostile));

    // The revoke question
    ops->selectToken(first);
    ops->revokeAction()->trigger();
    QVERIFY(ops->revokeQuestion());
    QCOMPARE(checkShownLiterally(ops->revokeQuestion()), 1);
    ops->revokeQuestion()->close();
    QTRY_VERIFY(!ops->revokeQuestion());

    // Bulk progress: both fail with a server message that carries markup
    Fault refuse;
    refuse.kind = Fault::Kind::Status;
    refuse.status = 400;
    refuse.message = QStringLiteral("refused ") + kHostile;
    refuse.count = -1;
    fake.injectFault(Endpoint::Update, refuse);
    table->selectionModel()->clearSelection();
    for (const QString &id : {first, second}) {
        const QModelIndex index = proxy.mapFromSource(model.index(model.rowOfId(id), 0));
        table->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    ops->selectionChanged();
    ops->revokeAction()->trigger();
    QMessageBox *question = ops->revokeQuestion();
    QVERIFY(question);
    QAbstractButton *revoke = nullptr;
    for (QAbstractButton *b : question->buttons()) {
        if (question->buttonRole(b) == QMessageBox::DestructiveRole)
            revoke = b;
    }
    QVERIFY(revoke);
    QTest::mouseClick(revoke, Qt::LeftButton);
    QTRY_VERIFY(ops->bulkDialog());
    BulkProgressDialog *progress = ops->bulkDialog();
    QTRY_VERIFY_WITH_TIMEOUT(progress->closeButton()->isVisible(), 10000); // finished
    checkShownLiterally(progress);
    QAbstractItemModel *results = progress->resultsView()->model();
    int tooltips = 0;
    for (int row = 0; row < results->rowCount(); ++row) {
        for (int column = 0; column < results->columnCount(); ++column) {
            const QString tip = results->index(row, column).data(Qt::ToolTipRole).toString();
            const QString display = results->index(row, column).data(Qt::DisplayRole).toString();
            if (!display.contains(kMarker))
                continue;
            ++tooltips;
            QCOMPARE(rendered(Qt::AutoText, tip).simplified(), display.simplified());
        }
    }
    QCOMPARE(tooltips, 4); // two names, two failure messages
    QVERIFY(checkShownLiterally(banner) >= 0);
}

QTEST_MAIN(TestUntrustedText)
#include "tst_untrustedtext.moc"
