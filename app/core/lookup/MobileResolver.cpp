#include "MobileResolver.h"

#include "dingtalk/ApiCall.h"
#include "dingtalk/GroupApi.h"
#include "members/MobileNumber.h"

#include <QJsonObject>
#include <QSet>
#include <QTimer>

namespace {
// Session cache: normalised number -> userid. Only answers that found someone are kept; "not found" may change
// the moment HR adds the person, so it is asked again next time.
QHash<QString, QString>& sessionCache()
{
    static QHash<QString, QString> cache;
    return cache;
}
} // namespace

MobileResolver::MobileResolver(GroupApi* api, const QStringList& mobiles, QObject* parent)
    : QObject(parent)
    , m_api(api)
{
    QSet<QString> seen;
    for (const QString& text : mobiles) {
        const QString normalised = MobileNumber::normalise(text);
        const QString key = normalised.isEmpty() ? text.trimmed() : normalised;
        if (seen.contains(key))
            continue;
        seen.insert(key);
        MobileResolution resolution;
        resolution.mobile = key;
        if (normalised.isEmpty())
            resolution.error = ApiError::api(QStringLiteral("40104"), QStringLiteral("invalid mobile"), 0);
        m_results.append(resolution);
    }
}

void MobileResolver::clearCache()
{
    sessionCache().clear();
}

QString MobileResolver::useridFor(const QString& mobile) const
{
    const QString key = MobileNumber::normalise(mobile);
    for (const MobileResolution& resolution : m_results) {
        if (resolution.mobile == key || resolution.mobile == mobile.trimmed())
            return resolution.userid;
    }
    return QString();
}

void MobileResolver::start()
{
    if (m_running)
        return;
    m_running = true;
    // Deferred, so that callers can connect first even when everything is cached.
    QTimer::singleShot(0, this, &MobileResolver::next);
}

void MobileResolver::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    if (m_call)
        m_call->abort();
}

void MobileResolver::next()
{
    while (m_next < m_results.size() && !m_cancelled) {
        MobileResolution& resolution = m_results[m_next];
        if (!resolution.error.isOk()) {
            ++m_next;
            continue;
        }
        const auto cached = sessionCache().constFind(resolution.mobile);
        if (cached != sessionCache().constEnd()) {
            resolution.userid = *cached;
            ++m_next;
            continue;
        }
        emit progress(m_next, int(m_results.size()));
        m_call = m_api->userIdByMobile(resolution.mobile);
        connect(m_call, &ApiCall::finished, this, &MobileResolver::onCallFinished);
        return;
    }
    if (m_cancelled) {
        for (; m_next < m_results.size(); ++m_next) {
            if (m_results[m_next].userid.isEmpty() && m_results[m_next].error.isOk())
                m_results[m_next].error = ApiError::transport(TransportFailure::Cancelled);
        }
    }
    m_running = false;
    emit progress(int(m_results.size()), int(m_results.size()));
    emit finished();
}

void MobileResolver::onCallFinished()
{
    ApiCall* call = m_call;
    call->deleteLater();
    m_call.clear();
    MobileResolution& resolution = m_results[m_next];
    const ApiResult& result = call->result();
    if (result.ok()) {
        resolution.userid
            = result.body.value(QStringLiteral("result")).toObject().value(QStringLiteral("userid")).toString();
        if (resolution.userid.isEmpty())
            resolution.error = ApiError::api(QStringLiteral("60121"), QStringLiteral("no userid in the reply"));
        else
            sessionCache().insert(resolution.mobile, resolution.userid);
    } else {
        resolution.error = result.error;
    }
    ++m_next;
    next();
}
