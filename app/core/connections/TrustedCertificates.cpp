#include "TrustedCertificates.h"

#include <QFile>

namespace {
const QLatin1String kBegin("-----BEGIN CERTIFICATE-----");
const QLatin1String kEnd("-----END CERTIFICATE-----");
} // namespace

bool TrustedCertificates::isPemText(const QString& text)
{
    return text.contains(kBegin);
}

QList<QSslCertificate> TrustedCertificates::load(const QString& pathOrPem, QString* error)
{
    const QString trimmed = pathOrPem.trimmed();
    if (trimmed.isEmpty())
        return {};
    QByteArray pem;
    if (isPemText(trimmed)) {
        pem = trimmed.toUtf8();
    } else {
        QFile file(trimmed);
        // A CA file is a few kilobytes; refuse anything that cannot be one rather than read it whole.
        if (!file.open(QIODevice::ReadOnly) || file.size() > 1024 * 1024) {
            if (error)
                *error = tr("The certificate file %1 cannot be read.").arg(trimmed);
            return {};
        }
        pem = file.readAll();
    }

    // Qt skips a block it cannot parse, so count the blocks: one broken certificate makes the whole setting invalid.
    const int blocks = int(pem.count(QByteArray(kBegin.data(), kBegin.size())));
    const bool balanced = blocks == int(pem.count(QByteArray(kEnd.data(), kEnd.size())));
    QList<QSslCertificate> certificates = QSslCertificate::fromData(pem, QSsl::Pem);
    bool valid = blocks > 0 && balanced && certificates.size() == blocks;
    for (const QSslCertificate& certificate : certificates)
        valid = valid && !certificate.isNull();
    if (!valid) {
        if (error)
            *error = tr("This is not a valid PEM certificate. Ask IT for the company's CA certificate as a .pem or "
                        ".crt file (text starting with -----BEGIN CERTIFICATE-----).");
        return {};
    }
    return certificates;
}
