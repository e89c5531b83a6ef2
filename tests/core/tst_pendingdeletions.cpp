// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The rotation's schedule of deletions: per profile, soonest first, due by date, token ids and dates
// only (no name, never a secret); an older version's entry with a name is read and rewritten without it.
#include "settings/pendingdeletions.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace TokenDesk;

class TestPendingDeletions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldKeepEachProfilesScheduleApartAndSoonestFirst()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("t.ini")), QSettings::IniFormat);
        PendingDeletions prod(&settings, QStringLiteral("prod/eu"));
        PendingDeletions lab(&settings, QStringLiteral("lab"));
        const qint64 day = 24LL * 60 * 60 * 1000;
        const qint64 now = 1'800'000'000'000;
        prod.schedule({QStringLiteral("dt0c01.B"), now + 7 * day, now});
        prod.schedule({QStringLiteral("dt0c01.A"), now - day, now - 8 * day});
        lab.schedule({QStringLiteral("dt0c01.C"), now, now - 7 * day});

        // Soonest first, per profile
        QCOMPARE(prod.all().size(), 2);
        QCOMPARE(prod.all()[0].id, QStringLiteral("dt0c01.A"));
        QCOMPARE(prod.all()[1].id, QStringLiteral("dt0c01.B"));
        QCOMPARE(prod.all()[1].dueMs, now + 7 * day);
        QCOMPARE(prod.all()[1].scheduledMs, now);
        QCOMPARE(lab.all().size(), 1);

        // Due by date
        QCOMPARE(prod.due(now).size(), 1);
        QCOMPARE(prod.due(now + 7 * day).size(), 2);
        QCOMPARE(lab.due(now).size(), 1);

        // Scheduling again moves the date; removing forgets it; the other profile keeps its own
        prod.schedule({QStringLiteral("dt0c01.A"), now + 30 * day, now});
        QCOMPARE(prod.due(now).size(), 0);
        QCOMPARE(prod.all()[1].id, QStringLiteral("dt0c01.A"));
        prod.remove(QStringLiteral("dt0c01.B"));
        QCOMPARE(prod.all().size(), 1);
        QCOMPARE(lab.all().size(), 1);

        // Read back from the file by a new instance: the same
        settings.sync();
        QSettings again(dir.filePath(QStringLiteral("t.ini")), QSettings::IniFormat);
        QCOMPARE(PendingDeletions(&again, QStringLiteral("prod/eu")).all(), prod.all());
        QCOMPARE(PendingDeletions(&again, QStringLiteral("lab")).all(), lab.all());

        // Only ids and dates are written
        QFile file(dir.filePath(QStringLiteral("t.ini")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("dt0c01.A"));
        QVERIFY(!text.contains("secret"));
        QVERIFY2(!text.contains("name="), text.constData());
        prod.removeAll({QStringLiteral("dt0c01.A")});
        QVERIFY(prod.all().isEmpty());
        QCOMPARE(lab.all().size(), 1);

        // Clearing forgets one profile's schedule, never another's
        prod.schedule({QStringLiteral("dt0c01.D"), now, now});
        lab.clear();
        QVERIFY(lab.all().isEmpty());
        QCOMPARE(prod.all().size(), 1);
    }

    void shouldReadAnOlderVersionsEntriesWithNamesAndRewriteThemWithout()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.ini"));
        const qint64 now = 1'800'000'000'000;
        {
            // As an older version wrote them: each entry with the token's name.
            QSettings old(path, QSettings::IniFormat);
            old.beginWriteArray(QStringLiteral("pendingDeletions"), 2);
            const QStringList profiles{QStringLiteral("prod"), QStringLiteral("lab")};
            for (int p = 0; p < 2; ++p) {
                old.setArrayIndex(p);
                old.setValue(QStringLiteral("profile"), profiles[p]);
                old.beginWriteArray(QStringLiteral("entries"), 1);
                old.setArrayIndex(0);
                old.setValue(QStringLiteral("id"), QStringLiteral("dt0c01.%1").arg(p));
                old.setValue(QStringLiteral("name"), QStringLiteral("old-name-%1").arg(p));
                old.setValue(QStringLiteral("dueMs"), now + p);
                old.setValue(QStringLiteral("scheduledMs"), now - 1);
                old.endArray();
            }
            old.endArray();
        }
        const auto fileText = [&path] {
            QFile file(path);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        };
        QVERIFY(fileText().contains("old-name-0"));

        QSettings settings(path, QSettings::IniFormat);
        // Read fine: id and dates as they were
        const QList<PendingDeletion> prod = PendingDeletions(&settings, QStringLiteral("prod")).all();
        QCOMPARE(prod, (QList<PendingDeletion>{{QStringLiteral("dt0c01.0"), now, now - 1}}));
        // and rewritten without any name, the other profile's as well; nothing else lost
        settings.sync();
        const QByteArray text = fileText();
        QVERIFY2(!text.contains("old-name"), text.constData());
        QVERIFY2(!text.contains("name="), text.constData());
        QCOMPARE(PendingDeletions(&settings, QStringLiteral("lab")).all(),
                 (QList<PendingDeletion>{{QStringLiteral("dt0c01.1"), now + 1, now - 1}}));
        QCOMPARE(PendingDeletions(&settings, QStringLiteral("prod")).all(), prod);
    }
};

QTEST_GUILESS_MAIN(TestPendingDeletions)
#include "tst_pendingdeletions.moc"
