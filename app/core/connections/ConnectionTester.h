#pragma once

#include "ConnectionTestResult.h"
#include "dingtalk/ConnectionSettings.h"

#include <QObject>
#include <QPointer>
#include <memory>

class ApiCall;
class DingTalkClient;
class TokenCache;

/**
 * "Test connection": fetches a token, then makes one harmless read, chat/get for a chat that does not exist.
 * DingTalk's "no such chat" proves that the key, the secret, the network and the group permission are all right;
 * anything else names exactly what is wrong. The token is always fetched afresh (never taken from the process's
 * cache), so a changed secret is really checked. Nothing is created or changed at DingTalk.
 */
class ConnectionTester : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionTester(QObject* parent = nullptr);
    ~ConnectionTester() override;

    /** The chat id the test reads: one DingTalk cannot know. */
    static QString probeChatId() { return QStringLiteral("chat00000000000000000000connectiontest"); }

    /** Starts the test; finished() follows, also when the settings are unusable. A test under way is cancelled. */
    void start(const ConnectionSettings& settings);
    void cancel();
    bool isRunning() const;
    const ConnectionTestResult& result() const { return m_result; }

    /**
     * The outcome DingTalk's answer (or a transport failure) means, for a probe with `settings` that got this far:
     * whether it went through the profile's own proxy, used a pasted token, and which API generation it speaks.
     */
    static ConnectionTestResult interpret(const ApiError& error, bool tokenIssued, const ConnectionSettings& settings);

signals:
    void finished(const ConnectionTestResult& result);

private:
    void finish(const ConnectionTestResult& result);

    std::unique_ptr<TokenCache> m_tokens;
    DingTalkClient* m_client = nullptr;
    QPointer<ApiCall> m_call;
    ConnectionTestResult m_result;
};
