#pragma once

#include "dingtalk/ConnectionSettings.h"

#include <QCoreApplication>
#include <QString>

/** The one line that says where requests go, for the status bar. Never contains a secret or a token. */
class ConnectionSummary
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionSummary)

public:
    enum class Kind
    {
        None,
        Sandbox,
        DingTalk
    };

    /** `profileName`: the saved connection in use, shown first; empty for a one-off connection. */
    static QString describe(Kind kind, const ConnectionSettings& settings, const QString& profileName = QString());
    /** The base URL the settings' API generation talks to. */
    static QUrl activeBaseUrl(const ConnectionSettings& settings);
    /** "oapi.dingtalk.com", or "127.0.0.1:8080" when the port is not the scheme's default. */
    static QString hostOf(const QUrl& url);
};
