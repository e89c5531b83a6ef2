// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The rules that decide where the API token may travel and how a TLS failure is told: one place,
// used by the API client, the GUI and the CLI alike (the widgets only show what these say).
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace TokenDesk::Transport {

// localhost, 127.0.0.0/8 and ::1 (also written as an IPv4-mapped address): traffic that never
// leaves this machine.
bool isLoopbackHost(const QString &host);

// What plain http means for a cluster address.
enum class Cleartext {
    Encrypted, // https: the token is sent over TLS
    Loopback,  // http to this machine: allowed without asking
    Allowed,   // http to another host, explicitly allowed: the token travels in clear
    Refused,   // http to another host without that choice: nothing may be sent
};

// The one rule for http: loopback is fine, any other host needs `allowInsecureHttp`.
Cleartext cleartextVerdict(const QUrl &url, bool allowInsecureHttp);
// True for Loopback, Encrypted and Allowed.
inline bool maySendToken(const QUrl &url, bool allowInsecureHttp)
{
    return cleartextVerdict(url, allowInsecureHttp) != Cleartext::Refused;
}
// Why a Refused address gets nothing (names the host; the caller adds how to allow it).
QString cleartextRefusal(const QUrl &url);
// The warning shown while connected with Cleartext::Allowed.
QString cleartextWarning(const QUrl &url);

// Where a stored API token may be sent: "scheme://host:port" (lower-case host, the port always
// explicit). Another scheme, host or port is another destination; the path does not count (the
// cluster address has one fixed path). Empty for an address that does not normalise.
QString destinationOf(const QUrl &url);
QString destinationOf(const QString &address);

// What is wrong with a server's certificate, in the words the dialog and the CLI use.
enum class TlsProblem {
    SelfSigned,       // no authority vouches for it
    UnknownIssuer,    // issued by an authority this system (and the profile's CA file) does not trust
    HostNameMismatch, // valid for other names than the host connected to
    Expired,
    NotYetValid,
    Revoked,
    PinMismatch, // not the certificate pinned for this profile (even if its chain verifies)
    Other,
};

struct TlsDiagnosis
{
    QString host;                 // the host connected to
    QSslCertificate certificate;  // the server's certificate
    QList<TlsProblem> problems;   // each at most once, in the order above
    QStringList certificateNames; // the names the certificate holds (subject alternative names, else CN)
    QStringList otherReasons;     // Qt's words for the errors not classified above

    bool has(TlsProblem problem) const { return problems.contains(problem); }
    // Whether pinning exactly this certificate is a sensible answer: the issuer is unknown, the
    // certificate is self-signed, names another host, or replaced a pinned one. Never for an
    // expired, not yet valid or revoked certificate, or an error this list does not know.
    bool canTrust() const;
    // One sentence per problem (translated), e.g. "it is valid for wrong.example, not for 10.0.0.5
    // (host name mismatch)".
    QStringList reasons() const;
    // "the certificate of HOST is not trusted: <reasons>" — the text of the TLS error.
    QString message() const;

    // The translation context lupdate files the texts of these member functions under.
    Q_DECLARE_TR_FUNCTIONS(TokenDesk::Transport::TlsDiagnosis)
};

// Classifies the errors of one handshake. `pinMismatch`: the certificate is not the one pinned for
// the profile (adds PinMismatch, also when `errors` is empty because the chain verifies).
TlsDiagnosis diagnoseTls(const QString &host, const QSslCertificate &certificate, const QList<QSslError> &errors,
                         bool pinMismatch = false);

// The errors a pin may cover for exactly its certificate: the ones canTrust() accepts.
bool pinMayCover(QSslError::SslError error);

} // namespace TokenDesk::Transport
