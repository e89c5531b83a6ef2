// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "transportsecurity.h"

#include "tokensservice.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHostAddress>

namespace TokenDesk::Transport {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TokenDesk::Transport", text);
}

QString isoUtc(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODate) : tr("an unknown date");
}

TlsProblem classify(QSslError::SslError error)
{
    switch (error) {
    case QSslError::SelfSignedCertificate:
        return TlsProblem::SelfSigned;
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
        return TlsProblem::UnknownIssuer;
    case QSslError::HostNameMismatch:
        return TlsProblem::HostNameMismatch;
    case QSslError::CertificateExpired:
        return TlsProblem::Expired;
    case QSslError::CertificateNotYetValid:
        return TlsProblem::NotYetValid;
    case QSslError::CertificateRevoked:
        return TlsProblem::Revoked;
    default:
        return TlsProblem::Other;
    }
}

QStringList namesOf(const QSslCertificate &certificate)
{
    QStringList names;
    const auto alternates = certificate.subjectAlternativeNames();
    for (auto it = alternates.cbegin(); it != alternates.cend(); ++it) {
        if (it.key() == QSsl::DnsEntry || it.key() == QSsl::IpAddressEntry)
            names.append(it.value());
    }
    if (names.isEmpty())
        names = certificate.subjectInfo(QSslCertificate::CommonName);
    names.removeDuplicates();
    return names;
}

} // namespace

bool isLoopbackHost(const QString &host)
{
    QString name = host.trimmed().toLower();
    if (name.startsWith(QLatin1Char('[')) && name.endsWith(QLatin1Char(']')))
        name = name.mid(1, name.size() - 2);
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    if (name == QLatin1String("localhost"))
        return true;
    QHostAddress address;
    if (!address.setAddress(name))
        return false; // another name: it may resolve anywhere
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4); // also an IPv4-mapped IPv6 address
    if (isV4)
        return (v4 >> 24) == 127;
    return address == QHostAddress(QHostAddress::LocalHostIPv6);
}

Cleartext cleartextVerdict(const QUrl &url, bool allowInsecureHttp)
{
    if (url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0)
        return Cleartext::Encrypted;
    if (isLoopbackHost(url.host()))
        return Cleartext::Loopback;
    return allowInsecureHttp ? Cleartext::Allowed : Cleartext::Refused;
}

QString cleartextRefusal(const QUrl &url)
{
    return tr("Refusing to send the API token in clear to %1: plain http is allowed without asking only for this "
              "computer (localhost, 127.0.0.1, ::1). Use https://, or allow unencrypted http explicitly.")
        .arg(url.host());
}

QString cleartextWarning(const QUrl &url)
{
    return tr("Unencrypted connection to %1: the API token and every token's data travel in clear, readable by "
              "anyone on the network path.")
        .arg(url.host());
}

QString destinationOf(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return QString();
    const QString scheme = url.scheme().toLower();
    const int port = url.port(scheme == QLatin1String("https") ? 443 : 80);
    const QString host = url.host(QUrl::FullyEncoded).toLower();
    const QString hostPart = host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    return scheme + QStringLiteral("://") + hostPart + QLatin1Char(':') + QString::number(port);
}

QString destinationOf(const QString &address)
{
    return destinationOf(TokensService::normalizeBaseUrl(address));
}

bool pinMayCover(QSslError::SslError error)
{
    switch (classify(error)) {
    case TlsProblem::SelfSigned:
    case TlsProblem::UnknownIssuer:
    case TlsProblem::HostNameMismatch:
        return true;
    default:
        return false;
    }
}

TlsDiagnosis diagnoseTls(const QString &host, const QSslCertificate &certificate, const QList<QSslError> &errors,
                         bool pinMismatch)
{
    TlsDiagnosis d;
    d.host = host;
    d.certificate = certificate;
    QList<TlsProblem> found;
    for (const QSslError &error : errors) {
        if (error.error() == QSslError::NoError)
            continue;
        const TlsProblem problem = classify(error.error());
        found.append(problem);
        if (problem == TlsProblem::Other && !d.otherReasons.contains(error.errorString()))
            d.otherReasons.append(error.errorString());
    }
    if (pinMismatch)
        found.append(TlsProblem::PinMismatch);
    // A self-signed certificate's issuer is unknown too: the same fact, said once.
    if (found.contains(TlsProblem::SelfSigned))
        found.removeAll(TlsProblem::UnknownIssuer);
    for (TlsProblem problem :
         {TlsProblem::SelfSigned, TlsProblem::UnknownIssuer, TlsProblem::HostNameMismatch, TlsProblem::Expired,
          TlsProblem::NotYetValid, TlsProblem::Revoked, TlsProblem::PinMismatch, TlsProblem::Other}) {
        if (found.contains(problem))
            d.problems.append(problem);
    }
    d.certificateNames = namesOf(certificate);
    return d;
}

bool TlsDiagnosis::canTrust() const
{
    if (problems.isEmpty() || certificate.isNull())
        return false;
    for (TlsProblem problem : problems) {
        switch (problem) {
        case TlsProblem::SelfSigned:
        case TlsProblem::UnknownIssuer:
        case TlsProblem::HostNameMismatch:
        case TlsProblem::PinMismatch:
            break;
        default:
            return false;
        }
    }
    return true;
}

QStringList TlsDiagnosis::reasons() const
{
    QStringList out;
    for (TlsProblem problem : problems) {
        switch (problem) {
        case TlsProblem::SelfSigned:
            out.append(tr("it is self-signed: no certificate authority vouches for it"));
            break;
        case TlsProblem::UnknownIssuer: {
            const QStringList issuer = certificate.issuerInfo(QSslCertificate::CommonName);
            out.append(issuer.isEmpty() ? tr("it is issued by an authority this system does not trust")
                                        : tr("it is issued by \u201C%1\u201D, an authority this system does not trust")
                                              .arg(issuer.join(QStringLiteral(", "))));
            break;
        }
        case TlsProblem::HostNameMismatch:
            out.append(certificateNames.isEmpty()
                           ? tr("it names no host, so it is not valid for %1 (host name mismatch)").arg(host)
                           : tr("it is valid for %1, not for %2 (host name mismatch)")
                                 .arg(certificateNames.join(QStringLiteral(", ")), host));
            break;
        case TlsProblem::Expired:
            out.append(tr("it expired on %1").arg(isoUtc(certificate.expiryDate())));
            break;
        case TlsProblem::NotYetValid:
            out.append(
                tr("it is not valid before %1 (check this computer's clock)").arg(isoUtc(certificate.effectiveDate())));
            break;
        case TlsProblem::Revoked:
            out.append(tr("it has been revoked"));
            break;
        case TlsProblem::PinMismatch:
            out.append(tr("it is not the certificate trusted for this profile (its fingerprint changed)"));
            break;
        case TlsProblem::Other:
            out.append(otherReasons);
            break;
        }
    }
    return out;
}

QString TlsDiagnosis::message() const
{
    return tr("the certificate of %1 is not trusted: %2").arg(host, reasons().join(QStringLiteral("; ")));
}

} // namespace TokenDesk::Transport
