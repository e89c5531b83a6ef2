// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Views saved by name per profile: save, replace, rename and delete; names trimmed, not empty, unique
// per profile (letter case aside); every value round-trips through the settings file; nothing that
// looks like a token secret is written.
#include "settings/savedviews.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace TokenDesk;

namespace {
const QString kSecret = QStringLiteral(
    "dt0c01.ABCDEFGHIJKLMNOPQRSTUVWX.ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ0123");

SavedView staleOfAlice()
{
    SavedView view;
    view.name = QStringLiteral("  Alice's stale ones ");
    view.filters.list.owner = QStringLiteral("alice");
    view.filters.list.scopes = {QStringLiteral("settings.read"), QStringLiteral("apiTokens.write")};
    view.filters.list.lastUsed = LastUsedPreset::Custom;
    view.filters.list.customFrom = QDateTime(QDate(2025, 1, 2), QTime(3, 4), Qt::UTC);
    view.filters.list.customTo = QDateTime(QDate(2026, 5, 6), QTime(7, 8), Qt::UTC);
    view.filters.list.limit = 2500;
    view.filters.status = FilterSettings::Status::Revoked;
    view.quickFilter = QStringLiteral("ci-");
    view.auditView = AuditView::Unused90Days;
    return view;
}
} // namespace

class TestSavedViews final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void save_keepsEveryValueThroughTheSettingsFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.ini"));
        {
            QSettings settings(path, QSettings::IniFormat);
            SavedViews views(&settings, QStringLiteral("prod / ü"));
            QVERIFY(views.all().isEmpty());
            QCOMPARE(views.save(staleOfAlice()), QString());
            SavedView plain;
            plain.name = QStringLiteral("everything");
            QCOMPARE(views.save(plain), QString());
        }
        QSettings again(path, QSettings::IniFormat);
        const QList<SavedView> read = SavedViews(&again, QStringLiteral("prod / ü")).all();
        QCOMPARE(read.size(), 2);
        SavedView expected = staleOfAlice();
        expected.name = QStringLiteral("Alice's stale ones"); // trimmed
        QCOMPARE(read.at(0), expected);                       // by name, letter case aside
        QCOMPARE(read.at(1).name, QStringLiteral("everything"));
        QVERIFY(!read.at(1).auditView);
        QCOMPARE(read.at(1).filters, FilterSettings());
        // Found by name, trimmed and letter case aside
        QCOMPARE(SavedViews(&again, QStringLiteral("prod / ü")).view(QStringLiteral(" alice's STALE ones")),
                 std::optional<SavedView>(expected));
        // Words in the file, as the filters are saved
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY2(text.contains("status=revoked"), text.constData());
        QVERIFY2(text.contains("auditView=unused-90d"), text.constData());
    }

    void eachProfile_hasItsOwnViews()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("t.ini")), QSettings::IniFormat);
        SavedViews prod(&settings, QStringLiteral("prod"));
        SavedViews lab(&settings, QStringLiteral("lab"));
        QCOMPARE(prod.save(staleOfAlice()), QString());
        SavedView labView;
        labView.name = QStringLiteral("Alice's stale ones"); // the same name in another profile
        labView.quickFilter = QStringLiteral("lab");
        QCOMPARE(lab.save(labView), QString());
        QCOMPARE(prod.all().size(), 1);
        QCOMPARE(lab.all().size(), 1);
        QCOMPARE(prod.all().first().quickFilter, QStringLiteral("ci-"));
        QCOMPARE(lab.all().first().quickFilter, QStringLiteral("lab"));
        QVERIFY(prod.remove(QStringLiteral("Alice's stale ones")));
        QVERIFY(prod.all().isEmpty());
        QCOMPARE(lab.all().size(), 1);
    }

    void save_ofAnExistingName_replacesIt()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("t.ini")), QSettings::IniFormat);
        SavedViews views(&settings, QStringLiteral("prod"));
        QCOMPARE(views.save(staleOfAlice()), QString());
        SavedView other;
        other.name = QStringLiteral("ALICE'S STALE ONES");
        other.quickFilter = QStringLiteral("new");
        QCOMPARE(views.save(other), QString());
        QCOMPARE(views.all().size(), 1);
        QCOMPARE(views.all().first(), other);
    }

    void rename_andRemove()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("t.ini")), QSettings::IniFormat);
        SavedViews views(&settings, QStringLiteral("prod"));
        QCOMPARE(views.save(staleOfAlice()), QString());
        SavedView b;
        b.name = QStringLiteral("b");
        QCOMPARE(views.save(b), QString());

        QCOMPARE(views.rename(QStringLiteral("Alice's stale ones"), QStringLiteral("  stale  ")), QString());
        QCOMPARE(views.names(), (QStringList{QStringLiteral("b"), QStringLiteral("stale")}));
        QCOMPARE(views.view(QStringLiteral("stale"))->quickFilter, QStringLiteral("ci-")); // the rest kept
        // Letter case alone may change
        QCOMPARE(views.rename(QStringLiteral("stale"), QStringLiteral("Stale")), QString());
        QCOMPARE(views.names(), (QStringList{QStringLiteral("b"), QStringLiteral("Stale")}));
        // Refused: a taken name, a bad name, no such view; nothing changes
        QVERIFY(views.rename(QStringLiteral("Stale"), QStringLiteral("B")).contains(QStringLiteral("already")));
        QVERIFY(!views.rename(QStringLiteral("Stale"), QStringLiteral("   ")).isEmpty());
        QVERIFY(views.rename(QStringLiteral("nope"), QStringLiteral("x")).contains(QStringLiteral("no view")));
        QCOMPARE(views.names(), (QStringList{QStringLiteral("b"), QStringLiteral("Stale")}));

        QVERIFY(!views.remove(QStringLiteral("nope")));
        QVERIFY(views.remove(QStringLiteral(" stale ")));
        QCOMPARE(views.names(), QStringList{QStringLiteral("b")});
    }

    void badNames_areRefusedAndNothingIsSaved_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << QStringLiteral(" \t ");
        QTest::newRow("line break") << QStringLiteral("a\nb");
        QTest::newRow("tab") << QStringLiteral("a\tb");
        QTest::newRow("too long") << QString(SavedViews::MaxNameLength + 1, QLatin1Char('x'));
        QTest::newRow("a secret") << QStringLiteral("mine ") + kSecret;
    }
    void badNames_areRefusedAndNothingIsSaved()
    {
        QFETCH(QString, name);
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("t.ini")), QSettings::IniFormat);
        SavedViews views(&settings, QStringLiteral("prod"));
        QVERIFY(!SavedViews::nameProblem(name).isEmpty());
        SavedView view;
        view.name = name;
        QVERIFY(!views.save(view).isEmpty());
        QVERIFY(views.all().isEmpty());
        // The longest allowed name is fine
        QVERIFY(SavedViews::nameProblem(QString(SavedViews::MaxNameLength, QLatin1Char('x'))).isEmpty());
    }

    void aSecretInTheFilters_isNeverWritten()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.ini"));
        QSettings settings(path, QSettings::IniFormat);
        SavedViews views(&settings, QStringLiteral("prod"));
        SavedView view = staleOfAlice();
        view.quickFilter = kSecret;
        QVERIFY(views.save(view).contains(QStringLiteral("secret")));
        view.quickFilter.clear();
        view.filters.list.owner = kSecret.toLower(); // as detection sees it: any letter case
        QVERIFY(views.save(view).contains(QStringLiteral("secret")));
        QVERIFY(views.all().isEmpty());
        settings.sync();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            QVERIFY(!file.readAll().toLower().contains(kSecret.mid(32).toLower().toLatin1()));
    }
};

QTEST_GUILESS_MAIN(TestSavedViews)
#include "tst_savedviews.moc"
