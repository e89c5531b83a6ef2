// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The rotation's schedule of deletions: per profile, soonest first, due by date, ids and names only.
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
        prod.schedule({QStringLiteral("dt0c01.B"), QStringLiteral("ci-old"), now + 7 * day, now});
        prod.schedule({QStringLiteral("dt0c01.A"), QStringLiteral("backup-old"), now - day, now - 8 * day});
        lab.schedule({QStringLiteral("dt0c01.C"), QStringLiteral("lab-old"), now, now - 7 * day});

        // Soonest first, per profile
        QCOMPARE(prod.all().size(), 2);
        QCOMPARE(prod.all()[0].id, QStringLiteral("dt0c01.A"));
        QCOMPARE(prod.all()[1].name, QStringLiteral("ci-old"));
        QCOMPARE(lab.all().size(), 1);

        // Due by date
        QCOMPARE(prod.due(now).size(), 1);
        QCOMPARE(prod.due(now + 7 * day).size(), 2);
        QCOMPARE(lab.due(now).size(), 1);

        // Scheduling again moves the date; removing forgets it; the other profile keeps its own
        prod.schedule({QStringLiteral("dt0c01.A"), QStringLiteral("backup-old"), now + 30 * day, now});
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

        // Only ids, names and dates are written
        QFile file(dir.filePath(QStringLiteral("t.ini")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("dt0c01.A"));
        QVERIFY(!text.contains("secret"));
        prod.removeAll({QStringLiteral("dt0c01.A")});
        QVERIFY(prod.all().isEmpty());
        QCOMPARE(lab.all().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPendingDeletions)
#include "tst_pendingdeletions.moc"
