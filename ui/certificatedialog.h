// Asked when a cluster presents a certificate the system does not trust (self-signed, private CA):
// subject, issuer, validity and SHA-256 fingerprint, and the choice to trust exactly this
// certificate for this profile. Shown with open(), never exec().
#pragma once

#include <QDialog>
#include <QList>
#include <QSslCertificate>
#include <QSslError>

namespace TokenDesk {

class CertificateDialog final : public QDialog
{
    Q_OBJECT
public:
    CertificateDialog(const QString &profileName, const QSslCertificate &certificate, const QList<QSslError> &errors,
                      bool fingerprintChanged, QWidget *parent = nullptr);

    // Lower-case hex SHA-256 of the DER certificate: the value pinned in the profile.
    static QByteArray fingerprint(const QSslCertificate &certificate);
    // "AB:CD:..." for display.
    static QString displayFingerprint(const QSslCertificate &certificate);

    QSslCertificate certificate() const { return m_certificate; }

private:
    QSslCertificate m_certificate;
};

} // namespace TokenDesk
