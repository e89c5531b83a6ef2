// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// StubList: the compact arena store of the list endpoint's answer.
#include "api/stublist.h"

#include <QTest>

using namespace TokenDesk;

class TestStubList final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void append_readsBackEveryField_data();
    void append_readsBackEveryField();
    void absentDiffersFromEmpty();
    void viewsAppendedInAnyOrder_keepTheirRows();
    void clear_emptiesAndReleases();
    void equality_comparesContent();
    void memory_isCompactForManyRows();
};

void TestStubList::append_readsBackEveryField_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QVariant>("name");        // null QVariant = absent
    QTest::addColumn<QVariant>("description"); // null QVariant = absent

    QTest::newRow("id only") << QStringLiteral("dt0c01.ST2EY72KQINMH574WMNVI7YN") << QVariant() << QVariant();
    QTest::newRow("id and name") << QStringLiteral("a") << QVariant(QStringLiteral("MyToken")) << QVariant();
    QTest::newRow("all three") << QStringLiteral("a") << QVariant(QStringLiteral("n"))
                               << QVariant(QStringLiteral("desc"));
    QTest::newRow("description without name") << QStringLiteral("a") << QVariant() << QVariant(QStringLiteral("desc"));
    QTest::newRow("unicode") << QStringLiteral("é") << QVariant(QStringLiteral("Grüße 😀 中"))
                             << QVariant(QStringLiteral("\n\t\""));
    QTest::newRow("embedded NUL") << QStringLiteral("a") << QVariant(QString(QStringLiteral("x") + QChar(u'\0') + u'y'))
                                  << QVariant();
}

void TestStubList::append_readsBackEveryField()
{
    QFETCH(QString, id);
    QFETCH(QVariant, name);
    QFETCH(QVariant, description);

    StubList list;
    list.append(TokenStub{QStringLiteral("before"), QStringLiteral("b"), std::nullopt});
    TokenStub stub{id, name.isNull() ? std::nullopt : std::optional<QString>(name.toString()),
                   description.isNull() ? std::nullopt : std::optional<QString>(description.toString())};
    list.append(stub);
    list.append(TokenStub{QStringLiteral("after"), std::nullopt, QStringLiteral("d")});

    QCOMPARE(list.size(), 3);
    QCOMPARE(list.at(1), stub);
    QCOMPARE(list.id(1), id);
    QCOMPARE(list.idUtf8(1), QByteArrayView(id.toUtf8()));
    QCOMPARE(list.hasName(1), !name.isNull());
    QCOMPARE(list.name(1), name.toString());
    QCOMPARE(list.description(1), stub.description);
    // Neighbours are untouched.
    QCOMPARE(list.at(0), (TokenStub{QStringLiteral("before"), QStringLiteral("b"), std::nullopt}));
    QCOMPARE(list.at(2), (TokenStub{QStringLiteral("after"), std::nullopt, QStringLiteral("d")}));
}

void TestStubList::absentDiffersFromEmpty()
{
    StubList list;
    list.append(QByteArrayView("a"), QByteArrayView(), QByteArrayView());
    list.append(QByteArrayView("b"), QByteArrayView("", 0), QByteArrayView("", 0));
    QVERIFY(!list.hasName(0));
    QCOMPARE(list.description(0), std::nullopt);
    QVERIFY(list.nameUtf8(0).isNull());
    QVERIFY(list.hasName(1));
    QCOMPARE(list.name(1), QString());
    QCOMPARE(list.description(1), std::optional<QString>(QString()));
    QVERIFY(!list.nameUtf8(1).isNull());
}

void TestStubList::viewsAppendedInAnyOrder_keepTheirRows()
{
    StubList list;
    list.reserve(1000, 10000);
    for (int i = 0; i < 1000; ++i) {
        const QByteArray id = QByteArray::number(i);
        const QByteArray name = QByteArray("name-") + id;
        list.append(id, i % 2 ? QByteArrayView(name) : QByteArrayView(), i % 3 ? QByteArrayView() : QByteArrayView(id));
    }
    QCOMPARE(list.size(), 1000);
    for (int i = 0; i < 1000; ++i) {
        QCOMPARE(list.id(i), QString::number(i));
        QCOMPARE(list.hasName(i), i % 2 == 1);
        if (i % 2)
            QCOMPARE(list.name(i), QStringLiteral("name-%1").arg(i));
        QCOMPARE(list.description(i), i % 3 ? std::nullopt : std::optional<QString>(QString::number(i)));
    }
}

void TestStubList::clear_emptiesAndReleases()
{
    StubList list;
    for (int i = 0; i < 10000; ++i)
        list.append(TokenStub{QStringLiteral("some-longer-identifier-%1").arg(i), std::nullopt, std::nullopt});
    const qsizetype full = list.memoryBytes();
    list.clear();
    QVERIFY(list.isEmpty());
    QCOMPARE(list.size(), 0);
    QVERIFY(list.memoryBytes() < full / 10);
}

void TestStubList::equality_comparesContent()
{
    StubList a, b;
    a.append(TokenStub{QStringLiteral("x"), QStringLiteral("n"), std::nullopt});
    b.append(TokenStub{QStringLiteral("x"), QStringLiteral("n"), std::nullopt});
    QVERIFY(a == b);
    StubList c;
    c.append(TokenStub{QStringLiteral("x"), QString(), std::nullopt}); // empty name, not absent
    StubList d;
    d.append(TokenStub{QStringLiteral("x"), std::nullopt, std::nullopt});
    QVERIFY(c != d);
    QVERIFY(a != c);
    d.append(TokenStub{QStringLiteral("y"), std::nullopt, std::nullopt});
    QVERIFY(d != StubList());
}

void TestStubList::memory_isCompactForManyRows()
{
    // 100,000 rows of a 31-byte id and a 10-byte name: the arena plus a 16-byte entry each,
    // with no per-row allocation (QString per row would cost well over 150 bytes).
    StubList list;
    const int rows = 100000;
    for (int i = 0; i < rows; ++i) {
        const QByteArray id = QByteArray("dt0c01.") + QByteArray::number(i).rightJustified(24, 'A');
        const QByteArray name = QByteArray("token-") + QByteArray::number(i % 10000).rightJustified(4, '0');
        list.append(id, name, QByteArrayView());
    }
    list.squeeze();
    const double perRow = double(list.memoryBytes()) / rows;
    qDebug("%.1f bytes per row", perRow);
    QVERIFY2(perRow < 31 + 10 + 16 + 4, qPrintable(QString::number(perRow)));
    QCOMPARE(list.name(rows - 1), QStringLiteral("token-9999"));
}

QTEST_GUILESS_MAIN(TestStubList)
#include "tst_stublist.moc"
