#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

/** Removes tokens and secrets from texts before they reach a log, a message, the clipboard or a file. */
class SecretMasker
{
public:
    static QString mask();
    /** The URL with access_token, appsecret and similar query values replaced by a mask. */
    static QUrl maskUrl(const QUrl& url);
    /** The text with every secret-looking query value and every listed secret replaced by a mask. */
    static QString maskText(const QString& text, const QStringList& secrets = {});
};
