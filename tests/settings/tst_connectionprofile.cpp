// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// A connection profile becomes the settings of a connection in one place
// (ConnectionProfile::connectionSettings), for the main window, the Connections dialog's test and
// the CLI; the default timeout is one constant.
#include "api/tokensservice.h"
#include "settings/connectionprofile.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace TokenDesk;

class TestConnectionProfile final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void connectionSettings_shouldCarryEveryField();
    void connectionSettings_shouldUseTheDefaultTimeoutForNone_data();
    void connectionSettings_shouldUseTheDefaultTimeoutForNone();
    void connectionSettings_shouldSayWhyAnAddressIsNotUsable();
    void profileWithoutTimeout_shouldReadTheDefault();
    void store_shouldRoundTripAndNeverWriteTheSecret();

private:
    QTemporaryDir m_dir;
};

void TestConnectionProfile::connectionSettings_shouldCarryEveryField()
{
    ConnectionProfile profile;
    profile.name = QStringLiteral("prod");
    profile.url = QStringLiteral("cluster.example.com:8443/");
    profile.caFile = QStringLiteral("/etc/ssl/ca.pem");
    profile.pinnedSha256 = QByteArray(64, 'a');
    profile.timeoutMs = 4500;
    profile.allowInsecureHttp = true;
    const QString secret = QStringLiteral("the-secret");
    QString error;
    const ConnectionSettings s = profile.connectionSettings(secret, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(s.baseUrl, QUrl(QStringLiteral("https://cluster.example.com:8443/api/cluster/v2")));
    QCOMPARE(s.baseUrl, TokensService::normalizeBaseUrl(profile.url));
    QCOMPARE(s.apiToken, secret);
    QCOMPARE(s.caFile, profile.caFile);
    QCOMPARE(s.pinnedSha256, profile.pinnedSha256);
    QCOMPARE(s.timeoutMs, 4500);
    QCOMPARE(s.allowInsecureHttp, true);
}

void TestConnectionProfile::connectionSettings_shouldUseTheDefaultTimeoutForNone_data()
{
    QTest::addColumn<int>("timeoutMs");
    QTest::newRow("zero") << 0;
    QTest::newRow("negative") << -1;
}

// A profile saved with no usable timeout waits the default, in the window as on the command line
// (the window used to pass it on as it was: the service then gave up after one millisecond).
void TestConnectionProfile::connectionSettings_shouldUseTheDefaultTimeoutForNone()
{
    QFETCH(int, timeoutMs);
    ConnectionProfile profile;
    profile.url = QStringLiteral("https://cluster.example.com");
    profile.timeoutMs = timeoutMs;
    QCOMPARE(profile.connectionSettings(QString()).timeoutMs, ConnectionSettings::DefaultTimeoutMs);
}

void TestConnectionProfile::connectionSettings_shouldSayWhyAnAddressIsNotUsable()
{
    ConnectionProfile profile;
    profile.url = QStringLiteral("ftp://cluster.example.com");
    QString error;
    const ConnectionSettings s = profile.connectionSettings(QStringLiteral("x"), &error);
    QVERIFY(!s.baseUrl.isValid());
    QVERIFY(!error.isEmpty());
}

void TestConnectionProfile::profileWithoutTimeout_shouldReadTheDefault()
{
    QCOMPARE(ConnectionProfile().timeoutMs, ConnectionSettings::DefaultTimeoutMs);
    QCOMPARE(ConnectionSettings().timeoutMs, ConnectionSettings::DefaultTimeoutMs);
    QVERIFY(m_dir.isValid());
    QSettings settings(m_dir.filePath(QStringLiteral("old.ini")), QSettings::IniFormat);
    // A profile as an older version saved it, without a timeout.
    settings.beginWriteArray(QStringLiteral("profiles"), 1);
    settings.setArrayIndex(0);
    settings.setValue(QStringLiteral("name"), QStringLiteral("old"));
    settings.setValue(QStringLiteral("url"), QStringLiteral("https://old.example.com"));
    settings.endArray();
    const std::optional<ConnectionProfile> p = ProfileStore(&settings).profile(QStringLiteral("old"));
    QVERIFY(p);
    QCOMPARE(p->timeoutMs, ConnectionSettings::DefaultTimeoutMs);
}

void TestConnectionProfile::store_shouldRoundTripAndNeverWriteTheSecret()
{
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(QStringLiteral("profiles.ini"));
    ConnectionProfile profile;
    profile.name = QStringLiteral("Zürich \"prod\"");
    profile.url = QStringLiteral("https://cluster.example.com");
    profile.caFile = QStringLiteral("/tmp/ca.pem");
    profile.pinnedSha256 = QByteArray(64, 'b');
    profile.timeoutMs = 12000;
    profile.allowInsecureHttp = true;
    profile.tokenDestination = QStringLiteral("https://cluster.example.com:443");
    {
        QSettings settings(path, QSettings::IniFormat);
        ProfileStore(&settings).save(profile);
        // The settings built from it hold the secret; the store never sees them.
        QCOMPARE(profile.connectionSettings(QStringLiteral("secret-value")).apiToken, QStringLiteral("secret-value"));
    }
    QSettings settings(path, QSettings::IniFormat);
    QCOMPARE(ProfileStore(&settings).profile(profile.name), std::optional<ConnectionProfile>(profile));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("secret-value"));
}

QTEST_GUILESS_MAIN(TestConnectionProfile)
#include "tst_connectionprofile.moc"
