#include "EmulatorFixture.h"

#include "connections/ConnectionTester.h"
#include "dingtalk/TokenCache.h"
#include "lookup/MobileResolver.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QUrlQuery>

namespace EmulatorFixture {

ConnectionSettings connection(const DingTalkEmulator& emulator, ApiGeneration generation, int timeoutSeconds)
{
    ConnectionSettings settings;
    settings.generation = generation;
    settings.setServer(emulator.baseUrl());
    settings.appKey = DingTalkEmulator::demoAppKey();
    settings.appSecret = DingTalkEmulator::demoAppSecret();
    settings.timeoutSeconds = timeoutSeconds;
    return settings;
}

void reset(DingTalkEmulator& emulator)
{
    emulator.reset();
    TokenCache::instance().clear();
    MobileResolver::clearCache();
}

QList<EmulatedEmployee> activeEmployees(const DingTalkEmulator& emulator, int count)
{
    QList<EmulatedEmployee> result;
    for (const EmulatedEmployee& employee : emulator.employees()) {
        if (result.size() >= count)
            break;
        if (employee.active)
            result.append(employee);
    }
    return result;
}

QList<EmulatedEmployee> activeEmployeesExceptOwner(const DingTalkEmulator& emulator)
{
    QList<EmulatedEmployee> result;
    for (const EmulatedEmployee& employee : emulator.employees()) {
        if (employee.active && employee.userid != emulator.demoOwnerId())
            result.append(employee);
    }
    return result;
}

QString leaverId(const DingTalkEmulator& emulator, int n)
{
    QStringList leavers;
    for (const EmulatedEmployee& employee : emulator.employees()) {
        if (!employee.active)
            leavers.append(employee.userid);
    }
    if (leavers.size() <= n)
        qFatal("The demo organisation has no leaver number %d", n);
    return leavers.at(n);
}

QStringList memberIds(const DingTalkEmulator& emulator, int count)
{
    QStringList ids{ emulator.demoOwnerId() };
    for (const EmulatedEmployee& employee : emulator.employees()) {
        if (ids.size() >= count)
            break;
        if (employee.active && employee.userid != ids.first())
            ids.append(employee.userid);
    }
    return ids;
}

QString unknownMobile(const DingTalkEmulator& emulator, int n)
{
    QSet<QString> used;
    for (const EmulatedEmployee& employee : emulator.employees())
        used.insert(employee.mobile);
    for (int i = 0;; ++i) {
        const QString mobile = QStringLiteral("1990000%1").arg(i, 4, 10, QLatin1Char('0'));
        if (!used.contains(mobile) && n-- == 0)
            return mobile;
    }
}

QUrl refusedUrl()
{
    QTcpServer closed;
    if (!closed.listen(QHostAddress::LocalHost))
        qFatal("cannot listen on the loopback interface");
    const quint16 port = closed.serverPort();
    closed.close();
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
}

RetryPolicy::Timing fastRetries()
{
    RetryPolicy::Timing timing;
    timing.busyFirstMs = 20;
    timing.rateLimitFirstMs = 50;
    return timing;
}

CreateResult createGroup(GroupApi* api, const QString& name, const QStringList& ids, const GroupSettings& settings,
                         QList<CreateProgress>* progress)
{
    CreateJob job(api, name, ids.first(), ids, settings);
    if (progress)
        QObject::connect(&job, &CreateJob::progress, &job,
                         [progress](const CreateProgress& p) { progress->append(p); });
    QSignalSpy finished(&job, &CreateJob::finished);
    job.start();
    if (!finished.wait(30000))
        QTest::qFail("the create job did not finish within 30 s", __FILE__, __LINE__);
    return job.result();
}

ConnectionTestResult testConnection(const ConnectionSettings& settings)
{
    ConnectionTester tester;
    QSignalSpy finished(&tester, &ConnectionTester::finished);
    tester.start(settings);
    if (!finished.wait(30000))
        qFatal("the connection test never finished");
    if (finished.size() != 1)
        QTest::qFail(qPrintable(QStringLiteral("the connection test finished %1 times").arg(finished.size())), __FILE__,
                     __LINE__);
    return tester.result();
}

void changeGroupBehindOurBack(const DingTalkEmulator& emulator, const QString& chatid, const QJsonObject& changes)
{
    QUrl url = emulator.baseUrl();
    url.setPath(QStringLiteral("/chat/update"));
    url.setQuery(QUrlQuery{ { QStringLiteral("access_token"), emulator.issuedTokens().last() } });
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QJsonObject body = changes;
    body.insert(QStringLiteral("chatid"), chatid);
    QNetworkAccessManager manager;
    QNetworkReply* reply = manager.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(15000));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("errcode")).toInt(), 0);
    reply->deleteLater();
}

} // namespace EmulatorFixture
