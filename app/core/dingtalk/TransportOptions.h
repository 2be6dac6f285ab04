#pragma once

#include <QList>
#include <QNetworkProxy>
#include <QSslCertificate>

#include <optional>

/**
 * How requests reach DingTalk on a company network: a proxy of the connection's own, and certificate authorities
 * trusted besides the system's (for networks that inspect TLS). Certificate verification itself is never relaxed.
 */
struct TransportOptions
{
    std::optional<QNetworkProxy> proxy; // unset: the system's proxy settings
    QList<QSslCertificate> extraCaCertificates; // trusted in addition to the system's

    bool usesDefaults() const { return !proxy && extraCaCertificates.isEmpty(); }
};
