// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The main window's saved layout: a round trip keeps the three blobs, they live under "window/"
// where earlier versions kept them (so an upgrade keeps the user's layout), and nothing saved
// gives empty blobs, which Qt's restore functions refuse.
#include "settings/windowsettings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace TokenDesk;

class TestWindowSettings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nothingSaved_shouldGiveEmptyBlobs();
    void roundTrip_shouldKeepEveryBlob();
    void earlierVersionsKeys_shouldBeRead();
    void unknownValues_shouldBeIgnored();

private:
    QString file(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }
    QTemporaryDir m_dir;
};

void TestWindowSettings::nothingSaved_shouldGiveEmptyBlobs()
{
    QSettings settings(file("empty.ini"), QSettings::IniFormat);
    QCOMPARE(WindowSettings::load(settings), WindowSettings());
    QVERIFY(WindowSettings::load(settings).geometry.isEmpty());
}

void TestWindowSettings::roundTrip_shouldKeepEveryBlob()
{
    WindowSettings saved;
    saved.geometry = QByteArray("\x01\xd9\xd0\xcb\x00\x03", 6);
    saved.state = QByteArray(300, '\0') + "state";
    saved.tableHeader = QByteArray("\xff\x00header", 8);
    {
        QSettings settings(file("roundtrip.ini"), QSettings::IniFormat);
        saved.save(settings);
    }
    QSettings settings(file("roundtrip.ini"), QSettings::IniFormat);
    QCOMPARE(WindowSettings::load(settings), saved);
}

void TestWindowSettings::earlierVersionsKeys_shouldBeRead()
{
    QSettings settings(file("earlier.ini"), QSettings::IniFormat);
    settings.setValue(QStringLiteral("window/geometry"), QByteArray("g"));
    settings.setValue(QStringLiteral("window/state"), QByteArray("s"));
    settings.setValue(QStringLiteral("window/tableHeader"), QByteArray("h"));
    const WindowSettings loaded = WindowSettings::load(settings);
    QCOMPARE(loaded.geometry, QByteArray("g"));
    QCOMPARE(loaded.state, QByteArray("s"));
    QCOMPARE(loaded.tableHeader, QByteArray("h"));
}

void TestWindowSettings::unknownValues_shouldBeIgnored()
{
    QSettings settings(file("unknown.ini"), QSettings::IniFormat);
    settings.setValue(QStringLiteral("window/somethingNewer"), QStringLiteral("x"));
    settings.setValue(QStringLiteral("window/geometry"), QByteArray("g"));
    const WindowSettings loaded = WindowSettings::load(settings);
    QCOMPARE(loaded.geometry, QByteArray("g"));
    QVERIFY(loaded.state.isEmpty());
    WindowSettings changed = loaded;
    changed.state = QByteArray("s");
    changed.save(settings);
    QCOMPARE(settings.value(QStringLiteral("window/somethingNewer")).toString(), QStringLiteral("x"));
    QCOMPARE(WindowSettings::load(settings), changed);
}

QTEST_GUILESS_MAIN(TestWindowSettings)
#include "tst_windowsettings.moc"
