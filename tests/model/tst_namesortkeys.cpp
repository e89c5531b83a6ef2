// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The name sort keys: their order is the Name column's order (compareNames) on tricky names, names
// that are not among the keys' names (renames, created tokens) land in their place, and a list's keys
// are built once, by its first sort by name, and not again until the list is replaced.
#include "model/namesortkeys.h"
#include "model/tokenproxymodel.h"
#include "model/tokentablemodel.h"
#include "tokenfixtures.h"

#include <QTest>

#include <algorithm>
#include <numeric>

using namespace TokenDesk;
using namespace TokenDesk::Fixtures;

namespace {

int sign(qint64 v)
{
    return v < 0 ? -1 : (v > 0 ? 1 : 0);
}

// Case, accents (precomposed and combining), digits, CJK, empty and absent, long common prefixes, a
// control character, bytes around the ASCII letters, and duplicates.
QList<QByteArray> trickyNames()
{
    return {
        "abc",
        "ABC",
        "Abc",
        "abd",
        "ab",
        "abc ",
        "",
        "a",
        "A",
        "a1",
        "a2",
        "a10",
        "a02",
        "9",
        "10",
        "Z\xc3\xbcrich",
        "Zurich",
        "z\xc3\xbcrich",
        "Zu\xcc\x88rich", // u + combining diaeresis
        "\xc3\x89t\xc3\xa9",
        "\xc3\xa9t\xc3\xa9",
        "ete",
        "\xe7\x9b\xa3\xe8\xa6\x96\xe3\x83\x88\xe3\x83\xbc\xe3\x82\xaf\xe3\x83\xb3", // 監視トークン
        "\xe3\x83\x88\xe3\x83\xbc\xe3\x82\xaf\xe3\x83\xb3",                         // トークン
        "\xe4\xb8\x80",                                                             // 一
        "ci-pipeline-1",
        "ci-pipeline-10",
        "ci-pipeline-1-",
        "CI-PIPELINE-2",
        "ci-pipeline-2",
        "tab\tname",
        "[x]",
        "_under",
        "`tick",
        "@at",
        "\x7f",
        "abc",           // duplicate
        "ci-pipeline-2", // duplicate
    };
}

StubList listOf(const QList<QByteArray> &names)
{
    StubList list;
    for (int i = 0; i < names.size(); ++i) {
        const QByteArray id = tokenId(i).toUtf8();
        list.append(QByteArrayView(id), QByteArrayView(names.at(i).constData(), names.at(i).size()), QByteArrayView());
    }
    list.append(QByteArrayView(tokenId(int(names.size())).toUtf8()), QByteArrayView(), QByteArrayView()); // absent
    return list;
}

// The ids in the order a stable sort by compareNames gives (ties in list order, in both orders).
QStringList referenceNameOrder(const TokenTableModel &model, Qt::SortOrder order)
{
    std::vector<int> rows(size_t(model.rowCount()));
    std::iota(rows.begin(), rows.end(), 0);
    std::stable_sort(rows.begin(), rows.end(), [&model, order](int a, int b) {
        const int c = compareNames(model.name(a).toUtf8(), model.name(b).toUtf8());
        return order == Qt::AscendingOrder ? c < 0 : c > 0;
    });
    QStringList ids;
    for (const int row : rows) {
        ids.append(model.id(row));
    }
    return ids;
}

QStringList proxyIds(const TokenProxyModel &proxy)
{
    QStringList ids;
    for (int row = 0; row < proxy.rowCount(); ++row) {
        ids.append(proxy.data(proxy.index(row, TokenTableModel::IdColumn)).toString());
    }
    return ids;
}

} // namespace

class TestNameSortKeys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void compareNames_shouldKeepTheNameColumnsOrder()
    {
        // ASCII letters case-insensitively, the raw bytes between names that fold equal
        QVERIFY(compareNames("abc", "ABD") < 0);
        QVERIFY(compareNames("ABC", "abc") < 0);
        QVERIFY(compareNames("Abc", "abc") < 0);
        QVERIFY(compareNames("abc", "abc") == 0);
        // A name before the longer names it begins; empty and absent first and equal
        QVERIFY(compareNames("ab", "abc") < 0);
        QVERIFY(compareNames("", "a") < 0);
        QVERIFY(compareNames(QByteArrayView(), "") == 0);
        // Digits by their bytes, not their value (as the column always sorted)
        QVERIFY(compareNames("a10", "a2") < 0);
        // Other bytes by value: non-ASCII after ASCII letters, "[" between the folded cases
        QVERIFY(compareNames("Zurich", "Z\xc3\xbcrich") < 0);
        QVERIFY(compareNames("Z\xc3\xbcrich", "z\xc3\xbcrich") < 0);
        QVERIFY(compareNames("[x]", "a") < 0);
        QVERIFY(compareNames("Z", "[") > 0); // 'z' > '['
    }

    void keys_shouldOrderLikeCompareNames()
    {
        const QList<QByteArray> names = trickyNames();
        const StubList list = listOf(names);
        const std::shared_ptr<const NameSortKeys> keys = NameSortKeys::build(list);
        QVERIFY(keys);
        QCOMPARE(keys->entries(), list.size());
        QCOMPARE(keys->distinctNames(), int(names.size()) - 2 /* duplicates */ - 0 /* absent = "" */);
        for (int a = 0; a < list.size(); ++a) {
            QVERIFY(NameSortKeys::isExact(keys->entryKey(a)));
            QCOMPARE(keys->keyOf(list.nameUtf8(a), list), keys->entryKey(a));
            for (int b = 0; b < list.size(); ++b) {
                const int expected = sign(compareNames(list.nameUtf8(a), list.nameUtf8(b)));
                const int actual = sign(qint64(keys->entryKey(a)) - qint64(keys->entryKey(b)));
                if (actual != expected) {
                    QFAIL(qPrintable(QStringLiteral("'%1' vs '%2': keys say %3, compareNames %4")
                                         .arg(QString::fromUtf8(list.nameUtf8(a)), QString::fromUtf8(list.nameUtf8(b)))
                                         .arg(actual)
                                         .arg(expected)));
                }
            }
        }
    }

    void keyOf_shouldPlaceNamesTheKeysDoNotHold()
    {
        const StubList list = listOf(trickyNames());
        const std::shared_ptr<const NameSortKeys> keys = NameSortKeys::build(list);
        const QList<QByteArray> others = {"aa", "AB",  "abcd",         "ci-pipeline-11",
                                          "Zz", "zzz", "\xc3\xbf",     "\xf0\x9f\x94\x91",
                                          "0",  " ",   "ci-pipeline-", "\xe4\xb8\x80\xe4\xb8\x80"};
        for (const QByteArray &other : others) {
            const quint32 key = keys->keyOf(other, list);
            QVERIFY2(!NameSortKeys::isExact(key), other.constData());
            QVERIFY(key <= keys->maxKey());
            for (int entry = 0; entry < list.size(); ++entry) {
                const int expected = sign(compareNames(other, list.nameUtf8(entry)));
                QCOMPARE(sign(qint64(key) - qint64(keys->entryKey(entry))), expected);
            }
        }
    }

    void proxySort_shouldEqualTheReferenceOnTrickyNames_data()
    {
        QTest::addColumn<bool>("async");
        QTest::addRow("sync") << false;
        QTest::addRow("worker") << true;
    }

    void proxySort_shouldEqualTheReferenceOnTrickyNames()
    {
        QFETCH(bool, async);
        TokenTableModel model;
        TokenProxyModel proxy;
        proxy.setSynchronousLimit(async ? 0 : 1000000);
        proxy.setRefreshDelay(0);
        proxy.setSourceModel(&model);
        model.setList(listOf(trickyNames()));
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            proxy.sort(TokenTableModel::NameColumn, order);
            QTRY_VERIFY(!proxy.isPending());
            QCOMPARE(proxyIds(proxy), referenceNameOrder(model, order));
        }

        // Created tokens and renames the keys do not hold, several of them between the same two
        // names (they share a key and are ordered by comparing them)
        const QStringList created = {QStringLiteral("abcz"), QStringLiteral("abcy"), QStringLiteral("ABCX"),
                                     QStringLiteral("abc"),  QStringLiteral("zzz"),  QStringLiteral("")};
        for (int i = 0; i < created.size(); ++i) {
            QVERIFY(model.addToken(TokenStub{tokenId(1000 + i), created.at(i), std::nullopt}) >= 0);
        }
        TokenMetadata renamed = details(tokenId(0), QStringLiteral("alice"), {});
        renamed.name = QStringLiteral("abcw");
        model.setDetails({renamed});
        QCOMPARE(model.name(0), QStringLiteral("abcw"));
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder, Qt::AscendingOrder}) {
            proxy.sort(-1);
            QTRY_VERIFY(!proxy.isPending());
            proxy.sort(TokenTableModel::NameColumn, order);
            QTRY_VERIFY(!proxy.isPending());
            QCOMPARE(proxyIds(proxy), referenceNameOrder(model, order));
        }
        QCOMPARE(model.store().nameSort->builds(), 1);
    }

    void keys_shouldBeBuiltOncePerList()
    {
        TokenTableModel model;
        TokenProxyModel proxy;
        proxy.setSynchronousLimit(0); // on the worker, as for a large list
        proxy.setRefreshDelay(0);
        proxy.setSourceModel(&model);
        model.setList(makeList(3000));
        QCOMPARE(model.store().nameSort->builds(), 0); // not before a sort by name needs them

        proxy.sort(TokenTableModel::NameColumn, Qt::AscendingOrder);
        QTRY_VERIFY(!proxy.isPending());
        proxy.sort(TokenTableModel::NameColumn, Qt::DescendingOrder);
        QTRY_VERIFY(!proxy.isPending());
        proxy.setFilterText(QStringLiteral("1"));
        QTRY_VERIFY(!proxy.isPending());
        proxy.sort(TokenTableModel::IdColumn, Qt::AscendingOrder);
        QTRY_VERIFY(!proxy.isPending());
        proxy.sort(TokenTableModel::NameColumn, Qt::AscendingOrder);
        QTRY_VERIFY(!proxy.isPending());
        QCOMPARE(model.store().nameSort->builds(), 1);

        // Many tokens created since: the keys are built again (once)
        for (int i = 0; i <= NameSortCache::AppendedLimit; ++i) {
            model.addToken(TokenStub{tokenId(5000 + i), QStringLiteral("created-%1").arg(i), std::nullopt});
        }
        proxy.sort(TokenTableModel::NameColumn, Qt::DescendingOrder);
        QTRY_VERIFY(!proxy.isPending());
        proxy.sort(TokenTableModel::NameColumn, Qt::AscendingOrder);
        QTRY_VERIFY(!proxy.isPending());
        QCOMPARE(model.store().nameSort->builds(), 2);
        proxy.setFilterText(QString());
        QTRY_VERIFY(!proxy.isPending());
        QCOMPARE(proxyIds(proxy), referenceNameOrder(model, Qt::AscendingOrder));

        // A new list: new keys (built by the re-sort the new list needs)
        const std::shared_ptr<NameSortCache> before = model.store().nameSort;
        model.setList(makeList(2000));
        QVERIFY(model.store().nameSort != before);
        QTRY_VERIFY(!proxy.isPending());
        QCOMPARE(model.store().nameSort->builds(), 1);
        QCOMPARE(proxyIds(proxy), referenceNameOrder(model, Qt::AscendingOrder));
    }
};

QTEST_GUILESS_MAIN(TestNameSortKeys)
#include "tst_namesortkeys.moc"
