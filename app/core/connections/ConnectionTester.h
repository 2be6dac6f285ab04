#pragma once

#include "ConnectionTestResult.h"
#include "dingtalk/ConnectionSettings.h"

#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>
#include <optional>

class ApiCall;
class DingTalkClient;
class GroupApi;
class TokenCache;

/**
 * "Test connection": fetches a token, then checks each permission the app's features need where a harmless call
 * can: chat/get for a chat that does not exist (qyapi_chat_read: "no such chat" proves it), a phone lookup of a
 * number nobody has (qyapi_get_member_by_mobile: "not found" proves it), and for the directory the sub-departments
 * of the top department and one person of it (qyapi_get_department_list, qyapi_get_department_member: reads that
 * change nothing). The result says what each step proved;
 * creating groups cannot be checked without creating one. The token is always fetched afresh (never taken from the
 * process's cache), so a changed secret is really checked. Nothing is created or changed at DingTalk.
 */
class ConnectionTester : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionTester(QObject* parent = nullptr);
    ~ConnectionTester() override;

    /** The chat id the test reads: one DingTalk cannot know. */
    static QString probeChatId() { return QStringLiteral("chat00000000000000000000connectiontest"); }
    /** The number the test looks up: a valid mainland number; whether someone has it does not matter. */
    static QString probeMobile() { return QStringLiteral("13000000000"); }

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
    using Probe = std::function<ApiCall*(GroupApi*)>;
    /** The checks after the first, in order: each proves one permission and none changes anything. */
    static QList<Probe> permissionProbes();

    void onReadChecked(ApiCall* call, const ConnectionSettings& settings);
    /** Sends the next of permissionProbes(), or finishes when all are answered. */
    void startNextProbe(const ConnectionSettings& settings);
    void onProbeChecked(ApiCall* call, const ConnectionSettings& settings);
    /** What a check call's answer proved about its permission; nullopt when it stops the test. */
    static std::optional<ConnectionTestResult::PermissionCheck> verdictOf(const ApiCall* call);
    void finish(const ConnectionTestResult& result);

    std::unique_ptr<TokenCache> m_tokens;
    DingTalkClient* m_client = nullptr;
    QPointer<ApiCall> m_call;
    ConnectionTestResult m_result;
    QList<ConnectionTestResult::PermissionCheck> m_checks;
    int m_nextProbe = 0;
};
