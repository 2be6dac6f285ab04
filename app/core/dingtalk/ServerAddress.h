#pragma once

#include <QString>
#include <QUrl>

/**
 * The rule for where credentials may be sent: https everywhere, plain http only to this machine (127.0.0.0/8, ::1,
 * localhost), judged from the URL as written, without a name lookup.
 */
class ServerAddress
{
public:
    static bool isLoopbackHost(const QString& host);
    /** True when requests carrying a token or a secret may go to this base URL. */
    static bool isAllowed(const QUrl& url);
    /** Parses a URL typed by a user; an empty QUrl when it is not an http or https URL with a host. */
    static QUrl parse(const QString& text);
};
