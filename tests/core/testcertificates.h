// Test certificates made at test time with the openssl CLI (EC P-256, valid 2 days): self-signed,
// a CA, or signed by a CA made earlier in the same folder. Shared by the TLS tests of the service
// and the fault matrix.
#pragma once

#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

struct TestCertificate
{
    QString certPath;
    QSslCertificate certificate;
    QSslKey key;
};

// Writes <dir>/<name>.pem and <name>.key. `altName` (e.g. "IP:127.0.0.1") becomes the SAN. With
// `caName`, the certificate is signed by <dir>/<caName>.pem; without both, it is made a CA.
inline bool makeTestCertificate(const QString &dir, const QString &name, const QString &subject, const QString &altName,
                                const QString &caName, TestCertificate *out)
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        return false;
    const QString key = dir + QLatin1Char('/') + name + QStringLiteral(".key");
    out->certPath = dir + QLatin1Char('/') + name + QStringLiteral(".pem");
    QStringList args{QStringLiteral("req"),
                     QStringLiteral("-x509"),
                     QStringLiteral("-newkey"),
                     QStringLiteral("ec"),
                     QStringLiteral("-pkeyopt"),
                     QStringLiteral("ec_paramgen_curve:prime256v1"),
                     QStringLiteral("-nodes"),
                     QStringLiteral("-keyout"),
                     key,
                     QStringLiteral("-out"),
                     out->certPath,
                     QStringLiteral("-days"),
                     QStringLiteral("2"),
                     QStringLiteral("-subj"),
                     subject};
    if (!caName.isEmpty()) {
        args << QStringLiteral("-CA") << dir + QLatin1Char('/') + caName + QStringLiteral(".pem")
             << QStringLiteral("-CAkey") << dir + QLatin1Char('/') + caName + QStringLiteral(".key");
    } else if (altName.isEmpty()) {
        args << QStringLiteral("-addext") << QStringLiteral("basicConstraints=critical,CA:TRUE");
    }
    if (!altName.isEmpty())
        args << QStringLiteral("-addext") << QStringLiteral("subjectAltName=") + altName;
    QProcess process;
    process.start(openssl, args);
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        qWarning("openssl: %s", process.readAllStandardError().constData());
        return false;
    }
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(out->certPath);
    QFile keyFile(key);
    if (certificates.size() != 1 || !keyFile.open(QIODevice::ReadOnly))
        return false;
    out->certificate = certificates.constFirst();
    out->key = QSslKey(&keyFile, QSsl::Ec);
    return !out->key.isNull();
}
