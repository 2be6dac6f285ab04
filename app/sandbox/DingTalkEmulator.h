#pragma once

#include "DemoOrganisation.h"
#include "EmulatorTypes.h"

#include <QList>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <atomic>
#include <memory>
#include <optional>

class EmulatorState;
class EmulatorThread;

/**
 * A fake DingTalk server for the sandbox mode and the integration tests.
 *
 * Serves the legacy API (oapi.dingtalk.com paths: /gettoken, /chat/create, /chat/update, /chat/get,
 * /topapi/v2/user/getbymobile, /topapi/chat/qrcode/get, and the contacts directory /topapi/v2/department/listsub,
 * /topapi/v2/user/list) and the v1.0 API (api.dingtalk.com paths: /v1.0/oauth2/accessToken, /v1.0/im/group/create,
 * /v1.0/im/group/update) over HTTP/1.1 on 127.0.0.1, for a generated demo organisation of about 2000 employees in a
 * tree of departments (DemoOrganisation). The server runs on its own thread, so a client on the caller's event loop
 * (or a caller blocked in QSignalSpy::wait) is answered. Every public function is thread-safe; start()/stop()
 * belong to the thread that owns this object.
 */
class DingTalkEmulator : public QObject
{
    Q_OBJECT

public:
    explicit DingTalkEmulator(QObject* parent = nullptr);
    ~DingTalkEmulator() override;

    /** Listens on 127.0.0.1:port (0 = a free port); blocks until listening. False if it could not listen. */
    bool start(quint16 port = 0);
    /** Stops serving and closes every connection (hanging ones too). State is kept. */
    void stop();
    bool isRunning() const;
    quint16 port() const;
    /** http://127.0.0.1:<port>, the base for both DingTalk hosts. */
    QUrl baseUrl() const;

    /** The sandbox app's credentials, always accepted by /gettoken. */
    static QString demoAppKey();
    static QString demoAppSecret();
    /** Registers another app whose key and secret /gettoken accepts (kept across reset()). */
    void addApp(const QString& appKey, const QString& appSecret);

    QList<EmulatedEmployee> employees() const;
    /** An active manager of the demo organisation: "manager4220", the owner in DingTalk's documentation. */
    QString demoOwnerId() const;
    /** active=false: the person has left the company (not found by mobile, refused as a member). */
    void setEmployeeActive(const QString& userid, bool active);
    /** Gives the person another mobile number, e.g. "+852-91234567" for someone outside mainland China. */
    void setEmployeeMobile(const QString& userid, const QString& mobile);

    QList<EmulatedDepartment> departments() const;
    /** Serves `organisation` instead of the demo one until reset() (benchmarks: DemoOrganisation::generated()). */
    void useOrganisation(const EmulatedOrganisation& organisation);
    /** A department outside the app's contacts scope: its children and members answer 50004. */
    void setDepartmentInScope(qint64 departmentId, bool inScope);
    /**
     * Grants or withdraws an app permission (for every app), such as "qyapi_get_department_list",
     * "qyapi_get_department_member" or "qyapi_chat_manage": the calls that need it answer 60011 (v1.0: HTTP 403
     * Forbidden.AccessDenied.AccessTokenPermissionDenied). All are granted after reset().
     */
    void setPermissionGranted(const QString& permission, bool granted);

    QList<EmulatedGroup> groups() const;
    /** The group with this chatid or openConversationId. */
    std::optional<EmulatedGroup> group(const QString& chatid) const;

    /** Requests received on path (without query, e.g. "/chat/create"), faulted ones included. */
    int requestCount(const QString& path) const;
    QList<RecordedRequest> requests() const;
    void clearRequests();
    /** TCP connections accepted since start or reset(): shows whether a client reuses connections. */
    int connectionCount() const;

    /** Every access token ever handed out, oldest first (tests search logs and files for them). */
    QStringList issuedTokens() const;
    /** Every issued token answers 42001 (topapi: 88 / sub_code 42001) from now on; /gettoken issues a new one. */
    void expireAllTokens();
    /** Lifetime of tokens issued or renewed from now on (default 7200 s). */
    void setTokenLifetime(int seconds);

    /**
     * Plays fault on the next `times` requests whose path (without query) is path; -1 = until clearFaults().
     * Faults on one path queue up in the order injected. Note: Qt 6.4's QNetworkAccessManager re-sends a request
     * (POST too) once when its connection drops before the first reply byte, so a client on QNAM sees a
     * Reset* fault only with times >= 2 (and ResetAfterProcessing then acts on each send, as a real server would).
     * On v1.0 paths an ApiError with errcode 400..599 is the HTTP status and errmsg the `code`.
     */
    void injectFault(const QString& path, const EmulatorFault& fault, int times = 1);
    void clearFaults();

    /** Milliseconds added to every reply (timers: other connections keep being served). */
    void setLatency(int ms);
    /** DingTalk's per-app per-API limit: beyond callsPerSecond calls in any second, errcode 90018. */
    void setRateLimit(bool enabled, int callsPerSecond = 20);

    /**
     * Groups, tokens, faults, log, latency, limits, permissions, scope and the demo organisation back to fresh; apps
     * and server stay.
     */
    void reset();

signals:
    /** A request arrived (emitted on this object's thread, queued), for observers such as a GUI log. */
    void requestReceived(const QString& path);

private:
    const std::unique_ptr<EmulatorState> m_state;
    std::unique_ptr<EmulatorThread> m_thread;
    std::atomic<quint16> m_port{ 0 };
};
