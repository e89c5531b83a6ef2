// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The token format, defined once (lib/api/tokenformat.h): exact classification of a whole value,
// lenient detection anywhere in text, and the consumers in the core (log redaction, the CSV
// writer's refusal, the client's public id) agreeing with it on one table of samples.
#include "api/apierror.h"
#include "api/tokenformat.h"
#include "api/tokensservice.h"
#include "csv/csvwriter.h"
#include "secretsamples.h"

#include <QBuffer>
#include <QRegularExpression>
#include <QTest>

using namespace TokenDesk;

class TestTokenFormat final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classify_data();
    void classify();
    void detection_data();
    void detection();
    void consumersAgree_data();
    void consumersAgree();
    void redacted_keepsTheIdentifierOnly();
    void detection_isASupersetOfThePublishedPattern();
    void description_isBuiltFromTheFormat();
};

namespace {

void addSampleRows()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("detected");
    QTest::addColumn<int>("kind");
    for (const TestSamples::Sample &s : TestSamples::samples())
        QTest::newRow(s.name) << s.text << s.detected << int(s.kind);
}

} // namespace

void TestTokenFormat::classify_data()
{
    addSampleRows();
}

void TestTokenFormat::classify()
{
    QFETCH(QString, text);
    QFETCH(int, kind);
    QCOMPARE(int(TokenFormat::classify(text)), kind);
    QCOMPARE(TokenFormat::isSecret(text), kind == int(TokenFormat::Kind::Secret));
    QCOMPARE(TokenFormat::isIdentifier(text), kind == int(TokenFormat::Kind::Identifier));
    QCOMPARE(TokenFormat::isOldSecret(text), kind == int(TokenFormat::Kind::OldSecret));
    // An exact secret is exactly what the published pattern matches as a whole.
    static const QRegularExpression published(QStringLiteral("^%1$").arg(QLatin1String(TokenFormat::PublishedPattern)));
    QCOMPARE(TokenFormat::isSecret(text), published.match(text).hasMatch());
}

void TestTokenFormat::detection_data()
{
    addSampleRows();
}

void TestTokenFormat::detection()
{
    QFETCH(QString, text);
    QFETCH(bool, detected);
    QCOMPARE(TokenFormat::containsSecret(text), detected);
    // The hand-written scanner is the documented detection pattern, found anywhere.
    static const QRegularExpression oracle(QLatin1String(TokenFormat::DetectionPattern));
    QCOMPARE(TokenFormat::containsSecret(text), oracle.match(text).hasMatch());
}

void TestTokenFormat::consumersAgree_data()
{
    addSampleRows();
}

// What redaction hides, the CSV writer refuses, and the other way round; nothing detected is left
// after redaction; an exact secret maps to its identifier everywhere.
void TestTokenFormat::consumersAgree()
{
    QFETCH(QString, text);
    QFETCH(bool, detected);
    QFETCH(int, kind);

    const QString redacted = ApiError::redactSecrets(text);
    QCOMPARE(redacted != text, detected);
    QVERIFY(!TokenFormat::containsSecret(redacted));
    if (detected)
        QVERIFY(!redacted.contains(TestSamples::privatePart(), Qt::CaseInsensitive));

    QCOMPARE(CsvWriter::containsSecret(text), detected);
    QBuffer out;
    QVERIFY(out.open(QIODevice::WriteOnly));
    CsvWriter writer(&out, CsvOptions::standard());
    writer.setFreeTextColumns({true});
    const bool written = writer.writeHeader({QStringLiteral("name")}) && writer.writeRecord({text}) && writer.finish();
    QCOMPARE(written, !detected);
    if (detected)
        QVERIFY(!out.data().toUpper().contains(TestSamples::privatePart().toLatin1()));

    // A secret given where an id goes is never passed on as the id.
    if (kind == int(TokenFormat::Kind::Secret))
        QCOMPARE(TokensService::identifierOf(text), text.left(TokenFormat::IdentifierLength));
    if (detected)
        QVERIFY(!TokensService::identifierOf(text).contains(TestSamples::privatePart(), Qt::CaseInsensitive));
}

void TestTokenFormat::redacted_keepsTheIdentifierOnly()
{
    const QString s = TestSamples::secret();
    const QString id = TestSamples::identifier();
    QCOMPARE(TokenFormat::redacted(s), id + QStringLiteral(".****"));
    QCOMPARE(TokenFormat::redacted(QStringLiteral("a ") + s.toLower() + QStringLiteral(" b")),
             QStringLiteral("a ") + id.toLower() + QStringLiteral(".**** b"));
    QCOMPARE(TokenFormat::redacted(s + QLatin1Char(',') + s),
             id + QStringLiteral(".****,") + id + QStringLiteral(".****"));
    QCOMPARE(TokenFormat::redacted(QStringLiteral("dt0dt0") + s),
             QStringLiteral("dt0dt0") + id + QStringLiteral(".****"));
}

void TestTokenFormat::detection_isASupersetOfThePublishedPattern()
{
    // Every row the published pattern finds (unanchored) is detected.
    static const QRegularExpression published(QLatin1String(TokenFormat::PublishedPattern));
    for (const TestSamples::Sample &s : TestSamples::samples()) {
        if (published.match(s.text).hasMatch())
            QVERIFY2(TokenFormat::containsSecret(s.text), s.name);
    }
}

// The words that tell a user what a secret looks like (the lookup dialog, the CLI) come from the
// same constants as the checks: a secret of that description is one.
void TestTokenFormat::description_isBuiltFromTheFormat()
{
    const QString described = TokenFormat::describeSecret();
    QCOMPARE(described, QStringLiteral("dt0c01.<24 characters>.<64 characters>"));
    const QString secret = QLatin1String(TokenFormat::ClassicPrefix) + QLatin1Char('.') +
                           QString(TokenFormat::PublicPartLength, QLatin1Char('A')) + QLatin1Char('.') +
                           QString(TokenFormat::PrivatePartLength, QLatin1Char('7'));
    QVERIFY(TokenFormat::isSecret(secret));
    QVERIFY(TokenFormat::secretHint().startsWith(QLatin1String(TokenFormat::ClassicPrefix) + QLatin1Char('.')));
    QVERIFY(secret.startsWith(TokenFormat::secretHint().chopped(1)));
}

QTEST_GUILESS_MAIN(TestTokenFormat)
#include "tst_tokenformat.moc"
