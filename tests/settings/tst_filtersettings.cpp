// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The list filters saved per profile: a round trip keeps every value, the status and the last-use
// preset are saved as words, positions saved by older versions are read once and rewritten as
// words, and values this version does not know are ignored.
#include "settings/filtersettings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace TokenDesk;

namespace {
const QString kProfile = QStringLiteral("prod cluster / ü");
// Where FilterSettings keeps a profile's values (the profile name as hex, out of the key syntax).
QString groupOf(const QString &profile)
{
    return QStringLiteral("filters/") + QString::fromLatin1(profile.toUtf8().toHex());
}
} // namespace

class TestFilterSettings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void nothingSaved_shouldGiveTheDefaults();
    void roundTrip_shouldKeepEveryValue_data();
    void roundTrip_shouldKeepEveryValue();
    void profiles_shouldNotShareFilters();
    void choices_shouldBeSavedAsWords();
    void everyValue_shouldHaveItsOwnWord();
    void oldPositions_shouldBeReadOnceAndRewrittenAsWords_data();
    void oldPositions_shouldBeReadOnceAndRewrittenAsWords();
    void unknownValues_shouldBeIgnored_data();
    void unknownValues_shouldBeIgnored();

private:
    QSettings &settings() { return *m_settings; }
    QString rawValue(const QString &key)
    {
        m_settings->beginGroup(groupOf(kProfile));
        const QString value = m_settings->value(key).toString();
        m_settings->endGroup();
        return value;
    }
    void writeRaw(const QString &key, const QVariant &value)
    {
        m_settings->beginGroup(groupOf(kProfile));
        m_settings->setValue(key, value);
        m_settings->endGroup();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
};

void TestFilterSettings::init()
{
    QVERIFY(m_dir.isValid());
    m_settings = std::make_unique<QSettings>(
        m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".ini")),
        QSettings::IniFormat);
    m_settings->clear();
}

void TestFilterSettings::nothingSaved_shouldGiveTheDefaults()
{
    const FilterSettings loaded = FilterSettings::load(settings(), kProfile);
    QCOMPARE(loaded, FilterSettings());
    QCOMPARE(loaded.status, FilterSettings::Status::All);
    QCOMPARE(loaded.list.lastUsed, LastUsedPreset::Any);
    QCOMPARE(loaded.list.limit, ListQuery::DefaultLimit);
}

void TestFilterSettings::roundTrip_shouldKeepEveryValue_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("preset");
    QTest::newRow("revoked, used in 7 days")
        << int(FilterSettings::Status::Revoked) << int(LastUsedPreset::UsedLast7Days);
    QTest::newRow("expired, custom") << int(FilterSettings::Status::Expired) << int(LastUsedPreset::Custom);
    QTest::newRow("active, never used") << int(FilterSettings::Status::Active) << int(LastUsedPreset::NeverUsed);
    QTest::newRow("all, unused for 180 days")
        << int(FilterSettings::Status::All) << int(LastUsedPreset::UnusedFor180Days);
}

void TestFilterSettings::roundTrip_shouldKeepEveryValue()
{
    QFETCH(int, status);
    QFETCH(int, preset);
    FilterSettings saved;
    saved.status = FilterSettings::Status(status);
    saved.list.owner = QStringLiteral("alice");
    saved.list.scopes = QStringList{QStringLiteral("settings.read"), QStringLiteral("futureScope.write")};
    saved.list.lastUsed = LastUsedPreset(preset);
    saved.list.customFrom = QDateTime(QDate(2026, 1, 2), QTime(3, 4), Qt::UTC);
    saved.list.customTo = QDateTime(QDate(2026, 2, 3), QTime(4, 5), Qt::UTC);
    saved.list.limit = 50;
    saved.save(settings(), kProfile);
    settings().sync();
    QSettings reread(settings().fileName(), QSettings::IniFormat);
    QCOMPARE(FilterSettings::load(reread, kProfile), saved);
}

void TestFilterSettings::profiles_shouldNotShareFilters()
{
    FilterSettings a;
    a.list.owner = QStringLiteral("alice");
    a.status = FilterSettings::Status::Revoked;
    a.save(settings(), QStringLiteral("a"));
    FilterSettings b;
    b.list.owner = QStringLiteral("bob");
    b.save(settings(), QStringLiteral("b"));
    QCOMPARE(FilterSettings::load(settings(), QStringLiteral("a")), a);
    QCOMPARE(FilterSettings::load(settings(), QStringLiteral("b")), b);
    QCOMPARE(FilterSettings::load(settings(), QStringLiteral("c")), FilterSettings());
}

void TestFilterSettings::choices_shouldBeSavedAsWords()
{
    FilterSettings saved;
    saved.status = FilterSettings::Status::Revoked;
    saved.list.lastUsed = LastUsedPreset::UnusedFor90Days;
    saved.save(settings(), kProfile);
    QCOMPARE(rawValue(QStringLiteral("status")), QStringLiteral("revoked"));
    QCOMPARE(rawValue(QStringLiteral("lastUsed")), QStringLiteral("unusedFor90Days"));
}

void TestFilterSettings::everyValue_shouldHaveItsOwnWord()
{
    QStringList words;
    for (const auto status : {FilterSettings::Status::All, FilterSettings::Status::Active,
                              FilterSettings::Status::Revoked, FilterSettings::Status::Expired}) {
        const QString word = FilterSettings::key(status);
        QCOMPARE(FilterSettings::statusFromKey(word), std::optional<FilterSettings::Status>(status));
        words << word;
    }
    for (int p = int(LastUsedPreset::Any); p <= int(LastUsedPreset::Custom); ++p) {
        const QString word = FilterSettings::key(LastUsedPreset(p));
        QCOMPARE(FilterSettings::lastUsedFromKey(word), std::optional<LastUsedPreset>(LastUsedPreset(p)));
        words << word;
    }
    for (const QString &word : std::as_const(words)) {
        QVERIFY2(!word.isEmpty() && !word.at(0).isDigit(), qPrintable(word));
        QCOMPARE(words.count(word), 1);
    }
}

void TestFilterSettings::oldPositions_shouldBeReadOnceAndRewrittenAsWords_data()
{
    // What older versions saved: the status box's entry (All, Active, Revoked, Expired) and the
    // preset's number, in the order the window listed them.
    QTest::addColumn<int>("statusPosition");
    QTest::addColumn<int>("presetPosition");
    QTest::addColumn<QString>("statusWord");
    QTest::addColumn<QString>("presetWord");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("preset");
    QTest::newRow("all, any") << 0 << 0 << QStringLiteral("all") << QStringLiteral("any")
                              << int(FilterSettings::Status::All) << int(LastUsedPreset::Any);
    QTest::newRow("active, used in 30 days")
        << 1 << 2 << QStringLiteral("active") << QStringLiteral("usedLast30Days") << int(FilterSettings::Status::Active)
        << int(LastUsedPreset::UsedLast30Days);
    QTest::newRow("revoked, never used") << 2 << 6 << QStringLiteral("revoked") << QStringLiteral("neverUsed")
                                         << int(FilterSettings::Status::Revoked) << int(LastUsedPreset::NeverUsed);
    QTest::newRow("expired, custom") << 3 << 7 << QStringLiteral("expired") << QStringLiteral("custom")
                                     << int(FilterSettings::Status::Expired) << int(LastUsedPreset::Custom);
}

void TestFilterSettings::oldPositions_shouldBeReadOnceAndRewrittenAsWords()
{
    QFETCH(int, statusPosition);
    QFETCH(int, presetPosition);
    QFETCH(QString, statusWord);
    QFETCH(QString, presetWord);
    QFETCH(int, status);
    QFETCH(int, preset);
    writeRaw(QStringLiteral("status"), statusPosition);
    writeRaw(QStringLiteral("lastUsed"), presetPosition);
    writeRaw(QStringLiteral("owner"), QStringLiteral("alice"));
    settings().sync();
    {
        // As an older version left the file: the numbers come back as text.
        QSettings old(settings().fileName(), QSettings::IniFormat);
        const FilterSettings loaded = FilterSettings::load(old, kProfile);
        QCOMPARE(int(loaded.status), status);
        QCOMPARE(int(loaded.list.lastUsed), preset);
        QCOMPARE(loaded.list.owner, QStringLiteral("alice"));
    }
    // Rewritten as words by that one load, without a save.
    QSettings migrated(settings().fileName(), QSettings::IniFormat);
    migrated.beginGroup(groupOf(kProfile));
    QCOMPARE(migrated.value(QStringLiteral("status")).toString(), statusWord);
    QCOMPARE(migrated.value(QStringLiteral("lastUsed")).toString(), presetWord);
    migrated.endGroup();
    const FilterSettings again = FilterSettings::load(migrated, kProfile);
    QCOMPARE(int(again.status), status);
    QCOMPARE(int(again.list.lastUsed), preset);
}

void TestFilterSettings::unknownValues_shouldBeIgnored_data()
{
    QTest::addColumn<QVariant>("status");
    QTest::addColumn<QVariant>("lastUsed");
    QTest::addColumn<QVariant>("limit");
    QTest::newRow("words of a newer version")
        << QVariant(QStringLiteral("archived")) << QVariant(QStringLiteral("usedLastYear")) << QVariant(200);
    QTest::newRow("positions out of range") << QVariant(4) << QVariant(8) << QVariant(200);
    QTest::newRow("negative positions") << QVariant(-1) << QVariant(-1) << QVariant(200);
    QTest::newRow("upper-case words") << QVariant(QStringLiteral("Revoked")) << QVariant(QStringLiteral("Custom"))
                                      << QVariant(200);
    QTest::newRow("limit not a number") << QVariant(QStringLiteral("many")) << QVariant(QString())
                                        << QVariant(QStringLiteral("x"));
}

void TestFilterSettings::unknownValues_shouldBeIgnored()
{
    QFETCH(QVariant, status);
    QFETCH(QVariant, lastUsed);
    QFETCH(QVariant, limit);
    writeRaw(QStringLiteral("status"), status);
    writeRaw(QStringLiteral("lastUsed"), lastUsed);
    writeRaw(QStringLiteral("limit"), limit);
    writeRaw(QStringLiteral("owner"), QStringLiteral("bob"));
    const FilterSettings loaded = FilterSettings::load(settings(), kProfile);
    QCOMPARE(loaded.status, FilterSettings::Status::All);
    QCOMPARE(loaded.list.lastUsed, LastUsedPreset::Any);
    QCOMPARE(loaded.list.owner, QStringLiteral("bob"));
    QCOMPARE(loaded.list.limit, limit.toString() == QLatin1String("x") ? ListQuery::DefaultLimit : 200);
    // Left as they were: a newer version may read them again.
    QCOMPARE(rawValue(QStringLiteral("status")), status.toString());
    QCOMPARE(rawValue(QStringLiteral("lastUsed")), lastUsed.toString());
}

QTEST_GUILESS_MAIN(TestFilterSettings)
#include "tst_filtersettings.moc"
