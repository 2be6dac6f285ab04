#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QString>

/**
 * Reads the extra certificate authority a profile trusts (a company that inspects TLS): PEM text pasted by the user,
 * or the path of a PEM file. Only ever adds trust; nothing here turns verification off.
 */
class TrustedCertificates
{
    Q_DECLARE_TR_FUNCTIONS(TrustedCertificates)

public:
    /** True when `text` is PEM itself rather than a file path. */
    static bool isPemText(const QString& text);
    /**
     * The certificates in `pathOrPem`; an empty list and a sentence in `error` when the file cannot be read or
     * holds no valid PEM certificate. An empty `pathOrPem` gives an empty list and no error.
     */
    static QList<QSslCertificate> load(const QString& pathOrPem, QString* error = nullptr);
};
