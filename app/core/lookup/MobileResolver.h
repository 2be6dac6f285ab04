#pragma once

#include "dingtalk/ApiError.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

class ApiCall;
class GroupApi;

/** The answer for one phone number: a userid, or why there is none. */
struct MobileResolution
{
    QString mobile; // normalised
    QString userid; // empty when not resolved
    ApiError error; // 60121 not found (or has left), 40104 invalid, or a transport failure
};

/**
 * Turns phone numbers into userids through `topapi/v2/user/getbymobile`, one call at a time and paced by the API's
 * pacer (at most 20 calls a second). Answers are cached for the session, so a number is looked up once even when
 * several imports mention it. A lookup changes nothing at DingTalk, so it may run before anything is validated.
 */
class MobileResolver : public QObject
{
    Q_OBJECT

public:
    MobileResolver(GroupApi* api, const QStringList& mobiles, QObject* parent = nullptr);

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    bool wasCancelled() const { return m_cancelled; }
    /** Every number asked for, in order, each once. */
    const QList<MobileResolution>& results() const { return m_results; }
    QString useridFor(const QString& mobile) const;

    /** Forgets the session's answers (for tests, and when the connection changes). */
    static void clearCache();

signals:
    void progress(int done, int total);
    void finished();

private:
    void next();
    void onCallFinished();

    GroupApi* m_api;
    QList<MobileResolution> m_results;
    int m_next = 0;
    QPointer<ApiCall> m_call;
    bool m_running = false;
    bool m_cancelled = false;
};
