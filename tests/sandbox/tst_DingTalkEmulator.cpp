#include "DingTalkEmulator.h"
#include "SandboxClient.h"

#include <QJsonArray>
#include <QTcpSocket>
#include <QThread>
#include <QtTest>

/** The emulator as a server: lifecycle, its own thread, the HTTP wire, observation and reset. */
class TestDingTalkEmulator : public QObject
{
    Q_OBJECT

private slots:
    void start_listensOnAFreeLoopbackPort();
    void startOnATakenPort_fails();
    void stop_closesThePortAndKeepsState();
    void stop_endsHangingConnectionsPromptly();

    void emulator_answersWhileMainThreadWaitsInSignalSpy();
    void emulator_answersWhileMainThreadIsBlocked();
    void keepAlive_servesTwoRequestsOnOneConnection();
    void pipelinedRequests_areAnsweredInOrder();
    void requestArrivingInPieces_isParsed();
    void connectionClose_closesAfterTheReply();
    void malformedRequest_answers400AndCloses();
    void qnamClient_reusesOneConnection();

    void requestReceived_isEmittedOnTheCallersThread();
    void requests_recordMethodPathQueryHeadersAndBody();
    void reset_clearsGroupsTokensFaultsLogAndLimits();

private:
    static QByteArray readReply(QTcpSocket& socket, int timeoutMs = 5000);
    static QByteArray tokenRequest(const QByteArray& extraHeaders = QByteArray());
};

QByteArray TestDingTalkEmulator::tokenRequest(const QByteArray& extraHeaders)
{
    return "GET /gettoken?appkey=" + DingTalkEmulator::demoAppKey().toUtf8() + "&appsecret="
        + DingTalkEmulator::demoAppSecret().toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extraHeaders + "\r\n";
}

QByteArray TestDingTalkEmulator::readReply(QTcpSocket& socket, int timeoutMs)
{
    // Blocking reads on purpose: the main thread runs no event loop here, so only another thread can answer.
    QByteArray data;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeoutMs) {
        const qsizetype headEnd = data.indexOf("\r\n\r\n");
        if (headEnd >= 0) {
            const qsizetype lengthAt = data.toLower().indexOf("content-length:");
            const qsizetype lineEnd = data.indexOf("\r\n", lengthAt);
            const qsizetype length = data.mid(lengthAt + 15, lineEnd - lengthAt - 15).trimmed().toLongLong();
            if (data.size() >= headEnd + 4 + length)
                return data;
        }
        if (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(100))
            continue;
        data += socket.readAll();
    }
    return data;
}

void TestDingTalkEmulator::start_listensOnAFreeLoopbackPort()
{
    DingTalkEmulator emulator;
    QVERIFY(!emulator.isRunning());
    QVERIFY(emulator.start());
    QVERIFY(emulator.isRunning());
    QVERIFY(emulator.port() != 0);
    QCOMPARE(emulator.baseUrl(), QUrl(QString("http://127.0.0.1:%1").arg(emulator.port())));
}

void TestDingTalkEmulator::startOnATakenPort_fails()
{
    DingTalkEmulator first;
    QVERIFY(first.start());
    DingTalkEmulator second;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression("DingTalkEmulator: cannot listen.*"));
    QVERIFY(!second.start(first.port()));
    QVERIFY(!second.isRunning());
}

void TestDingTalkEmulator::stop_closesThePortAndKeepsState()
{
    DingTalkEmulator emulator;
    QVERIFY(emulator.start());
    SandboxClient client(emulator);
    const QString token = client.token();
    const quint16 port = emulator.port();
    emulator.stop();
    QVERIFY(!emulator.isRunning());
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(!socket.waitForConnected(2000));

    QVERIFY(emulator.start());
    SandboxClient again(emulator);
    QCOMPARE(again.token(), token); // still valid after the restart
}

void TestDingTalkEmulator::stop_endsHangingConnectionsPromptly()
{
    DingTalkEmulator emulator;
    QVERIFY(emulator.start());
    emulator.injectFault("/gettoken", EmulatorFault::of(EmulatorFault::Hang), -1);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, emulator.port());
    QVERIFY(socket.waitForConnected(2000));
    socket.write(tokenRequest());
    QVERIFY(socket.waitForBytesWritten(2000));
    QTRY_COMPARE(emulator.requestCount("/gettoken"), 1);
    QElapsedTimer clock;
    clock.start();
    emulator.stop();
    QVERIFY(clock.elapsed() < 2000);
    QVERIFY(socket.state() == QAbstractSocket::UnconnectedState || !socket.waitForReadyRead(2000));
    QVERIFY(socket.readAll().isEmpty());
}

void TestDingTalkEmulator::emulator_answersWhileMainThreadWaitsInSignalSpy()
{
    DingTalkEmulator emulator;
    QVERIFY(emulator.start());
    SandboxClient client(emulator);
    QNetworkReply* reply = client.startPost("/topapi/v2/user/getbymobile", { { "mobile", "13800000000" } }, "bad");
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(5000));
    QCOMPARE(QJsonDocument::fromJson(reply->readAll()).object().value("errcode").toInt(), 88);
    delete reply;
}

void TestDingTalkEmulator::emulator_answersWhileMainThreadIsBlocked()
{
    DingTalkEmulator emulator;
    QVERIFY(emulator.start());
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, emulator.port());
    QVERIFY(socket.waitForConnected(2000));
    socket.write(tokenRequest());
    const QByteArray reply = readReply(socket);
    QVERIFY2(reply.startsWith("HTTP/1.1 200 OK\r\n"), reply.constData());
    QVERIFY(reply.contains("\"access_token\""));
}

void TestDingTalkEmulator::keepAlive_servesTwoRequestsOnOneConnection()
{
    DingTalkEmulator emulator;
    QVERIFY(emulator.start());
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, emulator.port());
    QVERIFY(socket.waitForConnected(2000));
    for (int i = 0; i < 2; ++i) {
        socket.write(tokenRequest());
        const QByteArray reply = readReply(socket);
        QVERIFY2(reply.startsWith("HTTP/1.1 200 OK\r\n"), reply.constData());
        QVERIFY(reply.contains("Connection: keep-alive"));
    }
    QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
    QCOMPARE(emulator.connectionCount(), 1);
    QCOMPARE(emulator.requestCount("/gettoken"), 2);
}

void TestDingTalkEmulator::pipelinedRequests_areAnsweredInOrder()
{
    DingTalkEmulator emulator;
    QVERIFY(emulator.start());
    // The first reply is delayed; the second must still come after it.
    emulator.injectFault("/gettoken", EmulatorFault::latency(300));
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, emulator.port());
    QVERIFY(socket.waitForConnected(2000));
    socket.write(tokenRequest() + "GET /nowhere HTTP/1.1\r\nHost: x\r\n\r\n");
    const QByteArray first = readReply(socket);
    QVERIFY2(first.startsWith("HTTP/1.1 200 OK"), first.constData());
    QVERIFY(first.contains("access_token"));
    QByteArray second = first.mid(first.indexOf("\r\n\r\n") + 4);
    second = second.mid(second.indexOf('}') + 1);
    if (!second.startsWith("HTTP/"))
        second += readReply(socket);
    QVERIFY2(second.startsWith("HTTP/1.1 404"), second.constData());
}

void TestDingTalkEmulator::requestArrivingInPieces_isParsed()
{
    DingTalkEmulator emulator;
    QVERIFY(emulator.start());
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, emulator.port());
    QVERIFY(socket.waitForConnected(2000));
    const QByteArray body = R"({"mobile":"13800000000"})";
    const QByteArray request = "POST /topapi/v2/user/getbymobile?access_token=x HTTP/1.1\r\nHost: x\r\n"
                               "Content-Type: application/json\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    for (qsizetype at = 0; at < request.size(); at += 7) {
        socket.write(request.mid(at, 7));
        QVERIFY(socket.waitForBytesWritten(2000));
        QThread::msleep(2);
    }
    const QByteArray reply = readReply(socket);
    QVERIFY2(reply.contains("\"errcode\":88"), reply.constData());
    QCOMPARE(emulator.requests().last().body, body);
}

void TestDingTalkEmulator::connectionClose_closesAfterTheReply()
{
    DingTalkEmulator emulator;
    QVERIFY(emulator.start());
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, emulator.port());
    QVERIFY(socket.waitForConnected(2000));
    socket.write(tokenRequest("Connection: close\r\n"));
    const QByteArray reply = readReply(socket);
    QVERIFY(reply.contains("Connection: close"));
    QVERIFY(reply.contains("access_token"));
    if (socket.state() == QAbstractSocket::ConnectedState)
        QVERIFY(socket.waitForDisconnected(2000));
}

void TestDingTalkEmulator::malformedRequest_answers400AndCloses()
{
    DingTalkEmulator emulator;
    QVERIFY(emulator.start());
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, emulator.port());
    QVERIFY(socket.waitForConnected(2000));
    socket.write("NONSENSE\r\n\r\n");
    QVERIFY(readReply(socket).startsWith("HTTP/1.1 400 Bad Request"));
    if (socket.state() == QAbstractSocket::ConnectedState)
        QVERIFY(socket.waitForDisconnected(2000));
}

void TestDingTalkEmulator::qnamClient_reusesOneConnection()
{
    DingTalkEmulator emulator;
    QVERIFY(emulator.start());
    SandboxClient client(emulator);
    const QString token = client.token();
    const QString owner = emulator.demoOwnerId();
    const QJsonObject body{ { "name", "复用连接" }, { "owner", owner }, { "useridlist", QJsonArray{ owner } } };
    QCOMPARE(client.post("/chat/create", body, token).errcode(), 0);
    QCOMPARE(emulator.connectionCount(), 1);
}

void TestDingTalkEmulator::requestReceived_isEmittedOnTheCallersThread()
{
    DingTalkEmulator emulator;
    QVERIFY(emulator.start());
    QThread* mainThread = QThread::currentThread();
    QList<QThread*> threads;
    connect(
        &emulator, &DingTalkEmulator::requestReceived, this,
        [&threads](const QString&) { threads.append(QThread::currentThread()); }, Qt::DirectConnection);
    QSignalSpy received(&emulator, &DingTalkEmulator::requestReceived);
    SandboxClient client(emulator);
    QVERIFY(!client.token().isEmpty());
    QTRY_COMPARE(received.size(), 1);
    QCOMPARE(received.first().first().toString(), QString("/gettoken"));
    QCOMPARE(threads, QList<QThread*>{ mainThread });
}

void TestDingTalkEmulator::requests_recordMethodPathQueryHeadersAndBody()
{
    DingTalkEmulator emulator;
    QVERIFY(emulator.start());
    SandboxClient client(emulator);
    const QString token = client.token();
    client.post("/chat/update", { { "chatid", "chatx" } }, token);
    const QList<RecordedRequest> log = emulator.requests();
    QCOMPARE(log.size(), 2);
    QCOMPARE(log.at(0).method, QByteArray("GET"));
    QCOMPARE(log.at(0).query.queryItemValue("appkey"), DingTalkEmulator::demoAppKey());
    QCOMPARE(log.at(1).method, QByteArray("POST"));
    QCOMPARE(log.at(1).path, QString("/chat/update"));
    QCOMPARE(log.at(1).query.queryItemValue("access_token"), token);
    QCOMPARE(log.at(1).headers.value("content-type"), QByteArray("application/json"));
    QCOMPARE(QJsonDocument::fromJson(log.at(1).body).object().value("chatid").toString(), QString("chatx"));
    QCOMPARE(emulator.requestCount("/chat/update"), 1);
    emulator.clearRequests();
    QVERIFY(emulator.requests().isEmpty());
}

void TestDingTalkEmulator::reset_clearsGroupsTokensFaultsLogAndLimits()
{
    DingTalkEmulator emulator;
    QVERIFY(emulator.start());
    emulator.addApp("dingkept", "kept-secret");
    SandboxClient client(emulator);
    const QString token = client.token();
    const QString owner = emulator.demoOwnerId();
    QCOMPARE(
        client
            .post("/chat/create", { { "name", "g" }, { "owner", owner }, { "useridlist", QJsonArray{ owner } } }, token)
            .errcode(),
        0);
    emulator.injectFault("/gettoken", EmulatorFault::apiError(-1), -1);
    emulator.setLatency(2000);
    emulator.setRateLimit(true, 1);
    emulator.setEmployeeActive("userid1", false);

    emulator.reset();
    QVERIFY(emulator.groups().isEmpty());
    QVERIFY(emulator.issuedTokens().isEmpty());
    QVERIFY(emulator.requests().isEmpty());
    QCOMPARE(client.getToken("dingkept", "kept-secret").errcode(), 0); // apps stay; no fault, no latency
    QCOMPARE(client.post("/chat/get", {}, token).errcode(), 43001);
    QCOMPARE(client.get("/chat/get", SandboxClient::tokenQuery(token, "chatid", "x")).errcode(), 40014);
    bool userid1Active = false;
    const auto people = emulator.employees();
    for (const EmulatedEmployee& person : people) {
        if (person.userid == "userid1")
            userid1Active = person.active;
    }
    QVERIFY(userid1Active);
}

QTEST_GUILESS_MAIN(TestDingTalkEmulator)
#include "tst_DingTalkEmulator.moc"
