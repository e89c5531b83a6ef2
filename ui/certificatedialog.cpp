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

CertificateDialog::CertificateDialog(const QString &profileName, const QSslCertificate &certificate,
                                     const QList<QSslError> &errors, bool fingerprintChanged, QWidget *parent)
    : QDialog(parent)
    , m_certificate(certificate)
{
    setWindowTitle(tr("Untrusted certificate"));
    setObjectName(QStringLiteral("certificateDialog"));
    auto *intro =
        selectable(fingerprintChanged
                       ? tr("The certificate of \"%1\" has CHANGED since you trusted it. If you did not expect this, "
                            "someone may be intercepting the connection.")
                             .arg(profileName)
                       : tr("The cluster of \"%1\" presents a certificate your system does not trust. Check its "
                            "fingerprint with your cluster administrator before you trust it.")
                             .arg(profileName),
                   this);
    QStringList reasons;
    for (const auto &e : errors)
        reasons << e.errorString();
    reasons.removeDuplicates();

    auto *form = new QFormLayout;
    form->addRow(tr("Subject"), selectable(names(certificate, true), this));
    form->addRow(tr("Issuer"), selectable(names(certificate, false), this));
    form->addRow(tr("Valid from"), selectable(certificate.effectiveDate().toUTC().toString(Qt::ISODate), this));
    form->addRow(tr("Valid until"), selectable(certificate.expiryDate().toUTC().toString(Qt::ISODate), this));
    auto *fp = selectable(displayFingerprint(certificate), this);
    fp->setFont(QFont(QStringLiteral("monospace")));
    fp->setAccessibleName(tr("SHA-256 fingerprint"));
    form->addRow(tr("SHA-256"), fp);
    form->addRow(tr("Problem"), selectable(reasons.join(QLatin1Char('\n')), this));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *trust = buttons->addButton(tr("&Trust this certificate"), QDialogButtonBox::AcceptRole);
    trust->setObjectName(QStringLiteral("trustPushButton"));
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

} // namespace TokenDesk
