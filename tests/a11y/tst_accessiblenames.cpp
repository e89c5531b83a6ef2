// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Every control of the main window and of each dialog has an accessible name and an accessible
// description, as a screen reader reads them (QAccessibleInterface::text, which falls back to the
// buddy label, the button text and the tool tip the way Qt's AT-SPI bridge does).
#include "bulkscopedialog.h"
#include "connectionsdialog.h"
#include "createtokendialog.h"
#include "deletedialog.h"
#include "edittokendialog.h"
#include "exportdialog.h"
#include "lookupdialog.h"
#include "mainwindow.h"
#include "manageviewsdialog.h"
#include "pendingdeletionsdialog.h"
#include "rotatedialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTest>
#include <QTextEdit>

#include <functional>

using namespace TokenDesk;

namespace {
using Factory = std::function<QWidget *()>;

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

TokenMetadata sampleToken()
{
    TokenMetadata t;
    t.id = QStringLiteral("dt0c01.ABCDEFGHIJKLMNOPQRSTUVWX");
    t.name = QStringLiteral("ci-pipeline-7");
    t.userId = QStringLiteral("alice");
    t.revoked = false;
    t.created = now() - 3600000;
    t.scopes = QStringList{QStringLiteral("settings.read")};
    return t;
}

DeleteDialog::Token deleteToken(int i)
{
    DeleteDialog::Token t;
    t.id = QStringLiteral("dt0c01.ABCDEFGHIJKLMNOPQRSTUV%1").arg(i, 2, 10, QLatin1Char('0'));
    t.name = QStringLiteral("token-%1").arg(i);
    t.owner = QStringLiteral("alice");
    return t;
}

// A control a user reaches; Qt's own parts of composite widgets (a combo box's line edit, a dock's
// title buttons, a table's corner button, scroll bars, headers) are described by their owner.
bool isControl(const QWidget *w)
{
    if (qobject_cast<const QScrollBar *>(w) || qobject_cast<const QHeaderView *>(w))
        return false;
    const QWidget *parent = w->parentWidget();
    if (qobject_cast<const QComboBox *>(parent) || qobject_cast<const QAbstractSpinBox *>(parent) ||
        qobject_cast<const QLineEdit *>(parent) || qobject_cast<const QAbstractItemView *>(parent))
        return false;
    if (w->objectName().startsWith(QLatin1String("qt_")))
        return false;
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w) ||
           qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w) ||
           qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QAbstractSlider *>(w) ||
           qobject_cast<const QTextEdit *>(w) || qobject_cast<const QPlainTextEdit *>(w);
}

QString describe(const QWidget *w)
{
    QString path = QString::fromLatin1(w->metaObject()->className());
    if (!w->objectName().isEmpty())
        path += QLatin1Char('#') + w->objectName();
    return path;
}
} // namespace

class TestAccessibleNames : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyControl_hasNameAndDescription_data();
    void everyControl_hasNameAndDescription();
};

void TestAccessibleNames::initTestCase()
{
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    QStandardPaths::setTestModeEnabled(true);
    QAccessible::setActive(true);
}

void TestAccessibleNames::everyControl_hasNameAndDescription_data()
{
    QTest::addColumn<Factory>("factory");
    QTest::newRow("main window") << Factory([] { return new MainWindow(MainWindow::Options{}); });
    QTest::newRow("connections") << Factory([] { return new ConnectionsDialog; });
    QTest::newRow("new token") << Factory([] { return new CreateTokenDialog; });
    QTest::newRow("edit token") << Factory([] { return new EditTokenDialog(sampleToken(), now()); });
    QTest::newRow("delete one") << Factory([] { return new DeleteDialog({deleteToken(1)}, now()); });
    QTest::newRow("delete many") << Factory([] {
        return new DeleteDialog({deleteToken(1), deleteToken(2), deleteToken(3), deleteToken(4)}, now());
    });
    QTest::newRow("look up") << Factory([] { return new LookupDialog; });
    QTest::newRow("look up in all profiles") << Factory([] {
        auto *dialog = new LookupDialog;
        ProfileLookup::Result found;
        found.profile = QStringLiteral("prod");
        found.outcome = ProfileLookup::Outcome::Found;
        found.token = sampleToken();
        ProfileLookup::Result failed;
        failed.profile = QStringLiteral("staging");
        failed.outcome = ProfileLookup::Outcome::NotAsked;
        failed.reason = QStringLiteral("No API token is stored for this profile.");
        dialog->showProfileResults({found, failed}, true, now());
        return dialog;
    });
    QTest::newRow("export") << Factory([] { return new ExportDialog; });
    QTest::newRow("export across profiles") << Factory([] {
        auto *dialog = new ExportDialog;
        dialog->setProfiles({QStringLiteral("prod"), QStringLiteral("staging")}, {QStringLiteral("prod")});
        return dialog;
    });
    QTest::newRow("rotate") << Factory([] {
        const TokenMetadata t = sampleToken();
        return new RotateDialog(*t.id, *t.name, *t.scopes);
    });
    QTest::newRow("change scopes") << Factory([] {
        const TokenMetadata t = sampleToken();
        BulkScopeDialog::Token loaded{*t.id, *t.name, *t.scopes, false};
        BulkScopeDialog::Token loading{
            QStringLiteral("dt0c01.ABCDEFGHIJKLMNOPQRSTUV02"), QStringLiteral("b"), {}, false};
        auto *dialog = new BulkScopeDialog({loaded, loading});
        dialog->setLoadingProgress(0, 1);
        return dialog;
    });
    QTest::newRow("manage views") << Factory([] {
        auto *dialog = new ManageViewsDialog(QStringLiteral("prod"));
        dialog->setViews({QStringLiteral("stale ones"), QStringLiteral("team A")});
        return dialog;
    });
    QTest::newRow("pending deletions") << Factory([] {
        auto *dialog = new PendingDeletionsDialog(QStringLiteral("prod"));
        dialog->setEntries(
            {{QStringLiteral("dt0c01.ABCDEFGHIJKLMNOPQRSTUVWX"), now() - 3600000, now() - 8 * 24 * 3600000LL}}, now(),
            {{QStringLiteral("dt0c01.ABCDEFGHIJKLMNOPQRSTUVWX"), QStringLiteral("ci-pipeline-7")}}, {});
        return dialog;
    });
}

void TestAccessibleNames::everyControl_hasNameAndDescription()
{
    QFETCH(Factory, factory);
    std::unique_ptr<QWidget> top(factory());
    top->show();
    QVERIFY(QTest::qWaitForWindowExposed(top.get()));
    QStringList missing;
    int controls = 0;
    const auto widgets = top->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisible() || !isControl(w))
            continue;
        ++controls;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        QVERIFY(iface);
        const QString name = iface->text(QAccessible::Name).trimmed();
        const QString description = iface->text(QAccessible::Description).trimmed();
        if (name.isEmpty())
            missing << describe(w) + QStringLiteral(": no name");
        // Cancel and Close of a dialog's button box say all there is to say.
        const auto *box = qobject_cast<const QDialogButtonBox *>(w->parentWidget());
        const auto *button = qobject_cast<const QAbstractButton *>(w);
        if (box && button && box->buttonRole(const_cast<QAbstractButton *>(button)) == QDialogButtonBox::RejectRole)
            continue;
        if (description.isEmpty())
            missing << describe(w) + QStringLiteral(" \"") + name + QStringLiteral("\": no description");
    }
    QVERIFY2(controls > 0, "no controls found");
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestAccessibleNames)
#include "tst_accessiblenames.moc"
