// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "certificatedialog.h"

#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace TokenDesk {

namespace {
QString names(const QSslCertificate &c, bool subject)
{
    QStringList parts;
    for (auto attr : {QSslCertificate::CommonName, QSslCertificate::Organization,
                      QSslCertificate::OrganizationalUnitName, QSslCertificate::CountryName}) {
        const QStringList values = subject ? c.subjectInfo(attr) : c.issuerInfo(attr);
        if (!values.isEmpty())
            parts << values.join(QStringLiteral(", "));
    }
    return parts.join(QStringLiteral(" · "));
}

QLabel *selectable(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}
} // namespace

QByteArray CertificateDialog::fingerprint(const QSslCertificate &certificate)
{
    return certificate.digest(QCryptographicHash::Sha256).toHex();
}

QString CertificateDialog::displayFingerprint(const QSslCertificate &certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

CertificateDialog::CertificateDialog(const QString &profileName, const Transport::TlsDiagnosis &diagnosis,
                                     QWidget *parent)
    : QDialog(parent)
    , m_diagnosis(diagnosis)
{
    using Transport::TlsProblem;
    const QSslCertificate &certificate = diagnosis.certificate;
    setObjectName(QStringLiteral("certificateDialog"));
    QString intro;
    if (!diagnosis.canTrust()) {
        setWindowTitle(tr("Certificate refused"));
        intro = tr("TokenDesk does not connect to the cluster of \"%1\": its certificate cannot be trusted, not "
                   "even by pinning it. Ask the cluster administrator to replace it%2.")
                    .arg(profileName, diagnosis.has(TlsProblem::NotYetValid)
                                          ? tr(" (or check the date and time of this computer)")
                                          : QString());
    } else if (diagnosis.has(TlsProblem::PinMismatch)) {
        setWindowTitle(tr("Certificate changed"));
        intro = tr("The certificate of \"%1\" has CHANGED since you trusted it. If you did not expect this, "
                   "someone may be intercepting the connection. Trust the new certificate only after checking its "
                   "fingerprint with your cluster administrator.")
                    .arg(profileName);
    } else if (diagnosis.has(TlsProblem::HostNameMismatch)) {
        setWindowTitle(tr("Certificate for another host"));
        intro = tr("The cluster of \"%1\" was reached at %2, but the certificate it presents is made out for %3. "
                   "Someone may be intercepting the connection, or the profile uses an address the certificate "
                   "does not name. Trust it only if your cluster administrator confirms this fingerprint.")
                    .arg(profileName, diagnosis.host,
                         diagnosis.certificateNames.isEmpty() ? tr("no host name")
                                                              : diagnosis.certificateNames.join(QStringLiteral(", ")));
    } else if (diagnosis.has(TlsProblem::SelfSigned)) {
        setWindowTitle(tr("Self-signed certificate"));
        intro = tr("The cluster of \"%1\" presents a self-signed certificate: no certificate authority vouches for "
                   "it. Check its fingerprint with your cluster administrator before you trust it.")
                    .arg(profileName);
    } else {
        setWindowTitle(tr("Certificate from an unknown authority"));
        intro = tr("The cluster of \"%1\" presents a certificate from an authority your system does not trust. "
                   "Set that authority's CA file in the profile, or check the certificate's fingerprint with your "
                   "cluster administrator before you trust it.")
                    .arg(profileName);
    }
    m_intro = selectable(intro, this);
    m_intro->setObjectName(QStringLiteral("introLabel"));

    QStringList reasons = diagnosis.reasons();
    for (QString &reason : reasons) {
        if (!reason.isEmpty())
            reason[0] = reason[0].toUpper();
    }

    auto *form = new QFormLayout;
    form->addRow(tr("Subject"), selectable(names(certificate, true), this));
    form->addRow(tr("Valid for"), selectable(diagnosis.certificateNames.join(QStringLiteral(", ")), this));
    form->addRow(tr("Issuer"), selectable(names(certificate, false), this));
    form->addRow(tr("Valid from"), selectable(certificate.effectiveDate().toUTC().toString(Qt::ISODate), this));
    form->addRow(tr("Valid until"), selectable(certificate.expiryDate().toUTC().toString(Qt::ISODate), this));
    auto *fp = selectable(displayFingerprint(certificate), this);
    fp->setFont(QFont(QStringLiteral("monospace")));
    fp->setAccessibleName(tr("SHA-256 fingerprint"));
    form->addRow(tr("SHA-256"), fp);
    auto *problem = selectable(reasons.join(QLatin1Char('\n')), this);
    problem->setObjectName(QStringLiteral("problemLabel"));
    form->addRow(tr("Problem"), problem);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    if (diagnosis.canTrust()) {
        auto *trust = buttons->addButton(tr("&Trust this certificate"), QDialogButtonBox::AcceptRole);
        trust->setObjectName(QStringLiteral("trustPushButton"));
    } else {
        buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
    }
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QString CertificateDialog::introText() const
{
    return m_intro->text();
}

} // namespace TokenDesk
