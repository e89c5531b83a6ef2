// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Test certificates made at test time with the openssl CLI (EC P-256, valid 2 days): self-signed,
// a CA, or signed by a CA made earlier in the same folder; or self-signed with given validity dates
// (an expired or a not yet valid certificate). Shared by the TLS tests of the service
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

// A self-signed certificate valid from `notBefore` to `notAfter` ("YYYYMMDDHHMMSSZ"), made with
// `openssl ca`, which (unlike `openssl req`) takes explicit dates.
inline bool makeDatedTestCertificate(const QString &dir, const QString &name, const QString &subject,
                                     const QString &altName, const QString &notBefore, const QString &notAfter,
                                     TestCertificate *out)
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        return false;
    const QString base = dir + QLatin1Char('/') + name;
    const QString key = base + QStringLiteral(".key");
    out->certPath = base + QStringLiteral(".pem");
    QFile index(base + QStringLiteral(".index"));
    QFile serial(base + QStringLiteral(".serial"));
    QFile config(base + QStringLiteral(".cnf"));
    if (!index.open(QIODevice::WriteOnly) || !serial.open(QIODevice::WriteOnly) || !config.open(QIODevice::WriteOnly))
        return false;
    serial.write("01\n");
    config.write(QStringLiteral("[ca]\ndefault_ca = td\n[td]\ndatabase = %1\nnew_certs_dir = %2\nserial = %3\n"
                                "default_md = sha256\npolicy = any\ncopy_extensions = copy\nunique_subject = no\n"
                                "[any]\ncommonName = supplied\n")
                     .arg(index.fileName(), dir, serial.fileName())
                     .toUtf8());
    index.close();
    serial.close();
    config.close();
    auto runOpenssl = [&openssl](const QStringList &args) {
        QProcess process;
        process.start(openssl, args);
        if (!process.waitForFinished(30000) || process.exitCode() != 0) {
            qWarning("openssl: %s", process.readAllStandardError().constData());
            return false;
        }
        return true;
    };
    QStringList request{QStringLiteral("req"),
                        QStringLiteral("-new"),
                        QStringLiteral("-newkey"),
                        QStringLiteral("ec"),
                        QStringLiteral("-pkeyopt"),
                        QStringLiteral("ec_paramgen_curve:prime256v1"),
                        QStringLiteral("-nodes"),
                        QStringLiteral("-keyout"),
                        key,
                        QStringLiteral("-out"),
                        base + QStringLiteral(".csr"),
                        QStringLiteral("-subj"),
                        subject};
    if (!altName.isEmpty())
        request << QStringLiteral("-addext") << QStringLiteral("subjectAltName=") + altName;
    if (!runOpenssl(request) ||
        !runOpenssl({QStringLiteral("ca"), QStringLiteral("-batch"), QStringLiteral("-config"), config.fileName(),
                     QStringLiteral("-selfsign"), QStringLiteral("-keyfile"), key, QStringLiteral("-in"),
                     base + QStringLiteral(".csr"), QStringLiteral("-out"), out->certPath, QStringLiteral("-notext"),
                     QStringLiteral("-startdate"), notBefore, QStringLiteral("-enddate"), notAfter}))
        return false;
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(out->certPath);
    QFile keyFile(key);
    if (certificates.size() != 1 || !keyFile.open(QIODevice::ReadOnly))
        return false;
    out->certificate = certificates.constFirst();
    out->key = QSslKey(&keyFile, QSsl::Ec);
    return !out->key.isNull();
}
