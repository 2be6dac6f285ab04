#include "DingTalkEmulator.h"
#include "SandboxClient.h"

#include <QJsonArray>
#include <QTcpSocket>
#include <QTimer>
#include <QtTest>

/** Injected faults, latency, rate limiting and token expiry, as a QNetworkAccessManager client meets them. */
class TestEmulatorFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void resetBeforeProcessing_dropsConnectionWithoutActing();
    void resetAfterProcessing_createsGroupButDropsConnection();
    void resetAfterProcessingSeenByQnam_actsOnceForEachSend();
    void resetOnIdempotentGet_isRetriedByQnamUntilFaultsRunOut();
    void hang_neverAnswersSoClientTimeoutFires();
    void http500Html_answersHtmlPageWithoutActing();
    void malformedJson_answersInvalidJsonAfterActing();
    void halfWrittenReply_truncatesBodyAfterActing();
    void apiError_answersErrcodeWithoutActing();
    void faults_applyToNextNRequestsThenStop();
    void faultUntilCleared_appliesUntilClearFaults();
    void faultsOnOnePath_queueInOrderAndLeaveOtherPathsAlone();

    void latencyFault_delaysOnlyThatReplyWhileOthersAreServed();
    void globalLatency_delaysEveryReply();

    void rateLimit_answers90018BeyondTwentyPerSecond();
    void rateLimit_acceptsTwentyPerSecondAndCountsPerApi();
    void rateLimit_acceptsAgainAfterTheWindow();
    void rateLimit_neverAppliesToGettoken();

    void tokenLifetime_expiresTokensThatAnswer42001();

private:
    QJsonObject createBody() const;

    DingTalkEmulator m_emulator;
    std::unique_ptr<SandboxClient> m_client;
    QString m_token;
};

void TestEmulatorFaults::initTestCase()
{
    QVERIFY(m_emulator.start());
    m_client = std::make_unique<SandboxClient>(m_emulator);
}

void TestEmulatorFaults::init()
{
    m_emulator.reset();
    m_token = m_client->token();
    QVERIFY(!m_token.isEmpty());
}

QJsonObject TestEmulatorFaults::createBody() const
{
    const QString owner = m_emulator.demoOwnerId();
    return QJsonObject{ { "name", "故障演练" }, { "owner", owner }, { "useridlist", QJsonArray{ owner, "userid1" } } };
}

void TestEmulatorFaults::resetBeforeProcessing_dropsConnectionWithoutActing()
{
    // Qt 6.4's QNAM re-sends any request (POST too) once when the connection drops before a reply byte, so it
    // takes two resets for the client to see one.
    m_emulator.injectFault("/chat/create", EmulatorFault::of(EmulatorFault::ResetBeforeProcessing), 2);
    const ClientReply reply = m_client->post("/chat/create", createBody(), m_token);
    QVERIFY(!reply.timedOut);
    QCOMPARE(reply.error, QNetworkReply::RemoteHostClosedError);
    QCOMPARE(reply.httpStatus, 0);
    QCOMPARE(m_emulator.requestCount("/chat/create"), 2);
    QVERIFY(m_emulator.groups().isEmpty());
}

void TestEmulatorFaults::resetAfterProcessing_createsGroupButDropsConnection()
{
    m_emulator.injectFault("/chat/create", EmulatorFault::of(EmulatorFault::ResetAfterProcessing));
    // A raw socket, so that nothing re-sends: exactly one request, one group, no reply byte.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_emulator.port());
    QVERIFY(socket.waitForConnected(2000));
    const QByteArray body = QJsonDocument(createBody()).toJson(QJsonDocument::Compact);
    socket.write("POST /chat/create?access_token=" + m_token.toLatin1()
                 + " HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: "
                 + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    QVERIFY(socket.waitForDisconnected(5000));
    QVERIFY(socket.readAll().isEmpty());
    QCOMPARE(m_emulator.groups().size(), 1); // the outcome-unknown case: the group exists
    QCOMPARE(m_emulator.groups().first().name, QString("故障演练"));
}

void TestEmulatorFaults::resetAfterProcessingSeenByQnam_actsOnceForEachSend()
{
    // What a client on QNAM meets when a real server drops a create's connection: QNAM re-sends the POST by
    // itself, so a single drop yields two groups and a clean success reply. Client tests should expect this.
    m_emulator.injectFault("/chat/create", EmulatorFault::of(EmulatorFault::ResetAfterProcessing));
    const ClientReply once = m_client->post("/chat/create", createBody(), m_token);
    QCOMPARE(once.error, QNetworkReply::NoError);
    QCOMPARE(once.errcode(), 0);
    QCOMPARE(m_emulator.requestCount("/chat/create"), 2);
    QCOMPARE(m_emulator.groups().size(), 2);

    m_emulator.injectFault("/chat/create", EmulatorFault::of(EmulatorFault::ResetAfterProcessing), 2);
    const ClientReply twice = m_client->post("/chat/create", createBody(), m_token);
    QCOMPARE(twice.error, QNetworkReply::RemoteHostClosedError);
    QCOMPARE(m_emulator.requestCount("/chat/create"), 4);
    QCOMPARE(m_emulator.groups().size(), 4);
}

void TestEmulatorFaults::resetOnIdempotentGet_isRetriedByQnamUntilFaultsRunOut()
{
    m_emulator.injectFault("/gettoken", EmulatorFault::of(EmulatorFault::ResetBeforeProcessing), 1);
    QCOMPARE(m_client->getToken().errcode(), 0);
    QCOMPARE(m_emulator.requestCount("/gettoken"), 3); // init()'s, the reset one, QNAM's re-send

    m_emulator.injectFault("/gettoken", EmulatorFault::of(EmulatorFault::ResetBeforeProcessing), -1);
    QCOMPARE(m_client->getToken().error, QNetworkReply::RemoteHostClosedError);
}

void TestEmulatorFaults::hang_neverAnswersSoClientTimeoutFires()
{
    m_emulator.injectFault("/chat/create", EmulatorFault::of(EmulatorFault::Hang));
    const ClientReply reply = m_client->post("/chat/create", createBody(), m_token, 800);
    QVERIFY(reply.timedOut);
    QVERIFY(reply.elapsedMs >= 800);
    QCOMPARE(m_emulator.requestCount("/chat/create"), 1);
    QVERIFY(m_emulator.groups().isEmpty());
    // The fault is used up; the next call is served.
    QCOMPARE(m_client->post("/chat/create", createBody(), m_token).errcode(), 0);
}

void TestEmulatorFaults::http500Html_answersHtmlPageWithoutActing()
{
    m_emulator.injectFault("/chat/create", EmulatorFault::of(EmulatorFault::Http500Html));
    const ClientReply reply = m_client->post("/chat/create", createBody(), m_token);
    QCOMPARE(reply.httpStatus, 500);
    QCOMPARE(reply.error, QNetworkReply::InternalServerError);
    QVERIFY(reply.contentType.startsWith("text/html"));
    QVERIFY(reply.body.contains("<html>"));
    QVERIFY(m_emulator.groups().isEmpty());
}

void TestEmulatorFaults::malformedJson_answersInvalidJsonAfterActing()
{
    m_emulator.injectFault("/chat/create", EmulatorFault::of(EmulatorFault::MalformedJson));
    const ClientReply reply = m_client->post("/chat/create", createBody(), m_token);
    QCOMPARE(reply.error, QNetworkReply::NoError);
    QCOMPARE(reply.httpStatus, 200);
    QVERIFY(reply.contentType.startsWith("application/json"));
    QJsonParseError parseError;
    QJsonDocument::fromJson(reply.body, &parseError);
    QVERIFY(parseError.error != QJsonParseError::NoError);
    QCOMPARE(m_emulator.groups().size(), 1);
}

void TestEmulatorFaults::halfWrittenReply_truncatesBodyAfterActing()
{
    m_emulator.injectFault("/chat/create", EmulatorFault::of(EmulatorFault::HalfWrittenReply));
    const ClientReply reply = m_client->post("/chat/create", createBody(), m_token);
    QVERIFY(!reply.timedOut);
    QCOMPARE(reply.error, QNetworkReply::RemoteHostClosedError);
    QJsonParseError parseError;
    QJsonDocument::fromJson(reply.body, &parseError);
    QVERIFY(parseError.error != QJsonParseError::NoError);
    QCOMPARE(m_emulator.groups().size(), 1);
}

void TestEmulatorFaults::apiError_answersErrcodeWithoutActing()
{
    m_emulator.injectFault("/chat/create", EmulatorFault::apiError(-1));
    m_emulator.injectFault("/chat/create", EmulatorFault::apiError(60011, "没有调用该接口的权限"));
    const ClientReply busy = m_client->post("/chat/create", createBody(), m_token);
    QCOMPARE(busy.httpStatus, 200);
    QCOMPARE(busy.errcode(), -1);
    QCOMPARE(busy.errmsg(), QString("系统繁忙"));
    const ClientReply denied = m_client->post("/chat/create", createBody(), m_token);
    QCOMPARE(denied.errcode(), 60011);
    QCOMPARE(denied.errmsg(), QString("没有调用该接口的权限"));
    QVERIFY(m_emulator.groups().isEmpty());
}

void TestEmulatorFaults::faults_applyToNextNRequestsThenStop()
{
    m_emulator.injectFault("/chat/create", EmulatorFault::apiError(90018), 2);
    QCOMPARE(m_client->post("/chat/create", createBody(), m_token).errcode(), 90018);
    QCOMPARE(m_client->post("/chat/create", createBody(), m_token).errcode(), 90018);
    QCOMPARE(m_client->post("/chat/create", createBody(), m_token).errcode(), 0);
    QCOMPARE(m_emulator.groups().size(), 1);
}

void TestEmulatorFaults::faultUntilCleared_appliesUntilClearFaults()
{
    m_emulator.injectFault("/chat/create", EmulatorFault::apiError(60020), -1);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(m_client->post("/chat/create", createBody(), m_token).errcode(), 60020);
    m_emulator.clearFaults();
    QCOMPARE(m_client->post("/chat/create", createBody(), m_token).errcode(), 0);
}

void TestEmulatorFaults::faultsOnOnePath_queueInOrderAndLeaveOtherPathsAlone()
{
    m_emulator.injectFault("/chat/create", EmulatorFault::apiError(-1));
    m_emulator.injectFault("/chat/create", EmulatorFault::of(EmulatorFault::Http500Html));
    QCOMPARE(m_client->token(), m_token); // /gettoken is untouched
    QCOMPARE(m_client->post("/chat/create", createBody(), m_token).errcode(), -1);
    QCOMPARE(m_client->post("/chat/create", createBody(), m_token).httpStatus, 500);
    QCOMPARE(m_client->post("/chat/create", createBody(), m_token).errcode(), 0);
}

void TestEmulatorFaults::latencyFault_delaysOnlyThatReplyWhileOthersAreServed()
{
    m_emulator.injectFault("/chat/create", EmulatorFault::latency(1500));
    QElapsedTimer clock;
    clock.start();
    QNetworkReply* slow = m_client->startPost("/chat/create", createBody(), m_token);
    // Meanwhile, on other connections, the server keeps answering at once.
    const ClientReply fast = m_client->getToken();
    QCOMPARE(fast.errcode(), 0);
    QVERIFY2(fast.elapsedMs < 1000, qPrintable(QString::number(fast.elapsedMs)));
    QVERIFY(!slow->isFinished());
    const ClientReply slowReply = SandboxClient::finish(slow);
    QCOMPARE(slowReply.errcode(), 0);
    QVERIFY(clock.elapsed() >= 1500);
}

void TestEmulatorFaults::globalLatency_delaysEveryReply()
{
    m_emulator.setLatency(300);
    QElapsedTimer clock;
    clock.start();
    QCOMPARE(m_client->getToken().errcode(), 0);
    QCOMPARE(m_client->post("/chat/create", createBody(), m_token).errcode(), 0);
    QVERIFY(clock.elapsed() >= 600);
    m_emulator.setLatency(0);
    clock.restart();
    QCOMPARE(m_client->getToken().errcode(), 0);
    QVERIFY(clock.elapsed() < 300);
}

void TestEmulatorFaults::rateLimit_answers90018BeyondTwentyPerSecond()
{
    m_emulator.setRateLimit(true, 20);
    QList<QNetworkReply*> replies;
    for (int i = 0; i < 25; ++i)
        replies.append(m_client->startPost("/topapi/v2/user/getbymobile", { { "mobile", "13800000000" } }, m_token));
    int limited = 0;
    for (QNetworkReply* reply : std::as_const(replies)) {
        const ClientReply result = SandboxClient::finish(reply);
        // On /topapi paths DingTalk wraps the rate limit: errcode 88 with sub_code "90018".
        if (result.errcode() == 88) {
            ++limited;
            QCOMPARE(result.json().value("sub_code").toString(), QStringLiteral("90018"));
            QVERIFY(result.errmsg().contains("频率"));
        } else {
            QCOMPARE(result.errcode(), 60121);
        }
    }
    QCOMPARE(limited, 5);
}

void TestEmulatorFaults::rateLimit_acceptsTwentyPerSecondAndCountsPerApi()
{
    m_emulator.setRateLimit(true, 20);
    QList<QNetworkReply*> replies;
    for (int i = 0; i < 20; ++i) {
        replies.append(m_client->startPost("/topapi/v2/user/getbymobile", { { "mobile", "13800000000" } }, m_token));
        replies.append(m_client->startPost("/chat/create", createBody(), m_token));
    }
    for (QNetworkReply* reply : std::as_const(replies))
        QVERIFY(SandboxClient::finish(reply).errcode() != 90018);
    QCOMPARE(m_emulator.groups().size(), 20);
}

void TestEmulatorFaults::rateLimit_acceptsAgainAfterTheWindow()
{
    m_emulator.setRateLimit(true, 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(m_client->post("/chat/create", createBody(), m_token).errcode(), 0);
    QCOMPARE(m_client->post("/chat/create", createBody(), m_token).errcode(), 90018);
    QCOMPARE(m_emulator.groups().size(), 3); // the refused call did not act
    QTest::qWait(1100);
    QCOMPARE(m_client->post("/chat/create", createBody(), m_token).errcode(), 0);
    m_emulator.setRateLimit(false);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(m_client->post("/chat/create", createBody(), m_token).errcode(), 0);
}

void TestEmulatorFaults::rateLimit_neverAppliesToGettoken()
{
    m_emulator.setRateLimit(true, 2);
    for (int i = 0; i < 10; ++i)
        QCOMPARE(m_client->getToken().errcode(), 0);
}

void TestEmulatorFaults::tokenLifetime_expiresTokensThatAnswer42001()
{
    m_emulator.setTokenLifetime(1);
    m_emulator.expireAllTokens();
    const ClientReply fresh = m_client->getToken();
    QCOMPARE(fresh.json().value("expires_in").toInt(), 1);
    const QString token = fresh.json().value("access_token").toString();
    QCOMPARE(m_client->post("/chat/create", createBody(), token).errcode(), 0);
    QTest::qWait(1100);
    QCOMPARE(m_client->post("/chat/create", createBody(), token).errcode(), 42001);
    const ClientReply topapi = m_client->post("/topapi/v2/user/getbymobile", { { "mobile", "13800000000" } }, token);
    QCOMPARE(topapi.errcode(), 88);
    QCOMPARE(topapi.json().value("sub_code").toString(), QString("42001"));
    const QString next = m_client->token();
    QVERIFY(next != token);
    QCOMPARE(m_emulator.issuedTokens().size(), 3);
}

QTEST_GUILESS_MAIN(TestEmulatorFaults)
#include "tst_EmulatorFaults.moc"
