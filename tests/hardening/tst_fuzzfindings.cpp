// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Findings of the fuzz targets (fuzz/), each pinned as an ordinary test; the crashing inputs are
// also in the seed corpus (fuzz/testdata/corpus/<target>/regression-*), which the fuzz smoke tests replay.
#include "api/apierror.h"
#include "csv/csvwriter.h"

#include <QBuffer>
#include <QTest>

using namespace TokenDesk;

class TestFuzzFindings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvWriter_unwrittenHeaderWithSecret_neverQuotedInTheError();
};

void TestFuzzFindings::csvWriter_unwrittenHeaderWithSecret_neverQuotedInTheError()
{
    // fuzz_csvwriter: with the header row off, the header names are only used in error messages;
    // a header name holding a secret reached the "row 1, column ..." refusal text.
    const QString secret = QStringLiteral(
        "dt0c01.ST2EY72KQINMH574WMNVI7YN.G3DFPBEJYMODIDAEX454M7YWBUVEFOWKPRVMWFASS64NFH52PX6BNDVFFM572RZM");
    QBuffer device;
    QVERIFY(device.open(QIODevice::WriteOnly));
    CsvOptions options = CsvOptions::standard();
    options.header = false;
    CsvWriter writer(&device, options);
    QVERIFY(writer.writeHeader({secret + QStringLiteral(" here"), QStringLiteral("Name")}));
    QVERIFY(!writer.writeRecord({QStringLiteral("leaks ") + secret, QStringLiteral("x")}));
    QCOMPARE(writer.error(), CsvWriter::Error::SecretRefused);
    QVERIFY2(!writer.errorString().contains(secret.mid(32)), qPrintable(ApiError::redactSecrets(writer.errorString())));
    QCOMPARE(writer.errorString(),
             QStringLiteral("Export refused: row 1, column \u201C1\u201D contains a token secret. "
                            "Token secrets are never written to CSV."));
    QVERIFY(device.data().isEmpty());
}

QTEST_GUILESS_MAIN(TestFuzzFindings)
#include "tst_fuzzfindings.moc"
