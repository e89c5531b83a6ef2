// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// A long list's ids are hashed on a worker, never on the GUI thread: that hash (300 ms and more per
// million ids) was the longest GUI block of a list load, whenever the first lookup of a token (the
// token in use, the first details) came before the worker was done. Meanwhile a lookup scans the
// list, and details wait for the index; nothing is lost and nothing is hashed twice.
#include "model/tokentablemodel.h"
#include "tokenfixtures.h"

#include <QSignalSpy>
#include <QTest>

using namespace TokenDesk;
using namespace TokenDesk::Fixtures;

class TestModelIdLookup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void lookupWhileTheWorkerHashesDoesNotHashOnThisThread();
    void detailsWhileTheWorkerHashesAreAppliedOnceItIsDone();
    void aNewListDropsDetailsWaitingForTheOldOne();
};

void TestModelIdLookup::lookupWhileTheWorkerHashesDoesNotHashOnThisThread()
{
    TokenTableModel model;
    const int rows = 50000;
    model.setList(makeList(rows));
    QVERIFY(model.isIdIndexPending());
    QCOMPARE(model.rowOfId(tokenId(rows - 3)), rows - 3);
    QCOMPARE(model.rowOfId(QStringLiteral("dt0c01.NOTINTHELIST")), -1);
    QVERIFY(!model.isIdIndexReady()); // answered by a scan: the index was not built here
    QTRY_VERIFY(model.isIdIndexReady());
    QVERIFY(!model.isIdIndexPending());
    QCOMPARE(model.rowOfId(tokenId(4321)), 4321);
}

void TestModelIdLookup::detailsWhileTheWorkerHashesAreAppliedOnceItIsDone()
{
    TokenTableModel model;
    const int rows = 50000;
    model.setList(makeList(rows));
    QSignalSpy loaded(&model, &TokenTableModel::loadedCountChanged);
    model.setDetails({details(tokenId(7), QStringLiteral("alice"), {QStringLiteral("settings.read")}),
                      details(tokenId(rows - 1), QStringLiteral("bob"), {})});
    QVERIFY(!model.isIdIndexReady()); // not hashed here for them
    QTRY_VERIFY(model.isLoaded(7));
    QVERIFY(model.isLoaded(rows - 1));
    QCOMPARE(model.data(model.index(7, TokenTableModel::OwnerColumn)).toString(), QStringLiteral("alice"));
    QCOMPARE(model.loadedCount(), 2);
    QVERIFY(!loaded.isEmpty());
}

void TestModelIdLookup::aNewListDropsDetailsWaitingForTheOldOne()
{
    TokenTableModel model;
    model.setList(makeList(50000));
    model.setDetails({details(tokenId(7), QStringLiteral("alice"), {})});
    model.setList(makeList(40000)); // the same ids, a new list: the old answer is not for it
    QTRY_VERIFY(model.isIdIndexReady());
    QVERIFY(!model.isLoaded(7));
    QCOMPARE(model.loadedCount(), 0);
}

QTEST_GUILESS_MAIN(TestModelIdLookup)
#include "tst_modelidlookup.moc"
