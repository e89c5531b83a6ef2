// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Asked when a cluster presents a certificate that is not trusted: it says which TLS failure it is
// (unknown issuer, self-signed, a host name mismatch with the names the certificate does hold,
// expired, not yet valid, or another certificate than the one pinned), shows subject, names, issuer,
// validity and SHA-256 fingerprint, and offers to trust exactly this certificate for this profile
// only where that makes sense (Transport::TlsDiagnosis::canTrust). Shown with open(), never exec().
#pragma once

#include "api/transportsecurity.h"

#include <QDialog>
#include <QList>
#include <QSslCertificate>
#include <QSslError>

class QLabel;

namespace TokenDesk {

class CertificateDialog final : public QDialog
{
    Q_OBJECT
public:
    CertificateDialog(const QString &profileName, const Transport::TlsDiagnosis &diagnosis, QWidget *parent = nullptr);

    // Lower-case hex SHA-256 of the DER certificate: the value pinned in the profile.
    static QByteArray fingerprint(const QSslCertificate &certificate);
    // "AB:CD:..." for display.
    static QString displayFingerprint(const QSslCertificate &certificate);

    QSslCertificate certificate() const { return m_diagnosis.certificate; }
    const Transport::TlsDiagnosis &diagnosis() const { return m_diagnosis; }
    // Whether "Trust this certificate" is offered.
    bool offersTrust() const { return m_diagnosis.canTrust(); }
    // The explanation above the details (for tests and screen readers).
    QString introText() const;

private:
    Transport::TlsDiagnosis m_diagnosis;
    QLabel *m_intro = nullptr;
};

} // namespace TokenDesk
