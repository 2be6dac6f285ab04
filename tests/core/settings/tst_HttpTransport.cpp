// Answers the transport refuses to read: bigger than any DingTalk gives (issue 17 point 4: a reply of 2 GiB was
// buffered whole). A scripted server on 127.0.0.1 plays a server that sends too much.
#include "ScriptedServer.h"
#include "dingtalk/ErrorCatalogue.h"
#include "dingtalk/HttpTransport.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {
// A valid JSON success whose body is `size` bytes long (padded with spaces), so only its size can refuse it.
QByteArray successOfSize(qint64 size)
{
    const QByteArray head = R"({"errcode":0,"errmsg":"ok","chatid":"chat1")";
    QByteArray body = head;
    body.append(QByteArray(size - head.size() - 1, ' '));
    body.append('}');
    return body;
}

ServerReply fetch(const QUrl& url)
{
    HttpTransport transport;
    OutgoingRequest request;
    request.url = url;
    request.timeoutMs = 60000;
    std::unique_ptr<HttpExchange> exchange(transport.send(request));
    QSignalSpy finished(exchange.get(), &HttpExchange::finished);
    if (!exchange->isFinished())
        finished.wait(60000);
    return exchange->response();
}
} // namespace

class TestHttpTransport : public QObject
{
    Q_OBJECT

private slots:
    void answerAtTheLimit_isRead()
    {
        const QByteArray body = successOfSize(HttpTransport::MaxReplyBytes);
        ScriptedServer server([&](const QByteArray&) { return ScriptedServer::jsonResponse(body); });
        QVERIFY(server.listenOnLoopback());
        const ServerReply reply
            = fetch(QUrl(QStringLiteral("http://127.0.0.1:%1/chat/create").arg(server.serverPort())));
        QVERIFY2(reply.error.isOk(), qPrintable(reply.error.summary()));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body.size(), body.size());
    }

    void answerPastTheLimit_isRefusedUnread()
    {
        const QByteArray body = successOfSize(HttpTransport::MaxReplyBytes + 1024 * 1024);
        ScriptedServer server([&](const QByteArray&) { return ScriptedServer::jsonResponse(body); });
        QVERIFY(server.listenOnLoopback());
        const ServerReply reply
            = fetch(QUrl(QStringLiteral("http://127.0.0.1:%1/chat/create").arg(server.serverPort())));
        QCOMPARE(reply.error.failure, TransportFailure::ReplyTooLarge);
        QVERIFY(reply.body.isEmpty());
        // It was sent, and the answer was not read: a create may have been acted on.
        QVERIFY(reply.error.outcomeUnknown);
    }

    void announcedLengthPastTheLimit_isRefusedBeforeTheBody()
    {
        // 2 GiB announced; a few bytes sent, then the connection stays open: only the header can refuse it.
        ScriptedServer server([](const QByteArray&) {
            return QByteArray(
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2147483648\r\n\r\n{");
        });
        QVERIFY(server.listenOnLoopback());
        QElapsedTimer timer;
        timer.start();
        const ServerReply reply = fetch(QUrl(QStringLiteral("http://127.0.0.1:%1/gettoken").arg(server.serverPort())));
        QCOMPARE(reply.error.failure, TransportFailure::ReplyTooLarge);
        QVERIFY(reply.body.isEmpty());
        QVERIFY(timer.elapsed() < 30000);
    }

    void refusal_isExplainedInPlainWords()
    {
        const ApiError error = ApiError::transport(TransportFailure::ReplyTooLarge, QString(), true);
        const ErrorExplanation reading = ErrorCatalogue::explain(error, ApiOperation::ReadGroup);
        QVERIFY2(reading.explanation.contains(QLatin1String("16 MB")), qPrintable(reading.explanation));
        QVERIFY(!reading.nextStep.isEmpty());
        // A create whose answer went unread may have made the group: never sent again, the user checks first.
        const ErrorExplanation creating = ErrorCatalogue::explain(error, ApiOperation::Create);
        QVERIFY2(creating.explanation.contains(QLatin1String("16 MB")), qPrintable(creating.explanation));
        QCOMPARE(ApiError::failureName(TransportFailure::ReplyTooLarge), QStringLiteral("reply-too-large"));
    }
};

QTEST_GUILESS_MAIN(TestHttpTransport)
#include "tst_HttpTransport.moc"
