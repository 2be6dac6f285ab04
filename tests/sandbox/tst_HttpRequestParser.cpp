#include "HttpRequestParser.h"

#include <QtTest>

/** The emulator's incremental HTTP/1.x request parser, fed by hand. */
class TestHttpRequestParser : public QObject
{
    Q_OBJECT

private slots:
    void completeRequest_isParsedWithLowerCaseHeadersAndDecodedQuery();
    void requestFedByteByByte_isReadyOnlyAtItsLastByte();
    void twoRequestsInOneBuffer_areTakenInOrder();
    void requestWithoutBody_needsNoContentLength();
    void connectionHeader_decidesKeepAlive();
    void malformedRequestLine_isAnError400();
    void chunkedBody_isRefused501();
    void oversizedHeader_isAnError431();
};

static const QByteArray kPost = "POST /chat/create?access_token=abc%20def&chatid=%E7%BE%A4 HTTP/1.1\r\n"
                                "Host: 127.0.0.1\r\n"
                                "Content-Type: application/json\r\n"
                                "X-Custom: one\r\n"
                                "x-custom: two\r\n"
                                "Content-Length: 13\r\n"
                                "\r\n"
                                "{\"name\":\"a\"}\n";

void TestHttpRequestParser::completeRequest_isParsedWithLowerCaseHeadersAndDecodedQuery()
{
    HttpRequestParser parser;
    parser.feed(kPost);
    HttpRequest request;
    QCOMPARE(parser.next(&request), HttpRequestParser::Status::Ready);
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.path, QString("/chat/create"));
    QCOMPARE(request.query.queryItemValue("access_token", QUrl::FullyDecoded), QString("abc def"));
    QCOMPARE(request.query.queryItemValue("chatid", QUrl::FullyDecoded), QString("群"));
    QCOMPARE(request.header("content-type"), QByteArray("application/json"));
    QCOMPARE(request.header("x-custom"), QByteArray("one, two"));
    QCOMPARE(request.body, QByteArray("{\"name\":\"a\"}\n"));
    QCOMPARE(parser.bufferedBytes(), 0);
    QCOMPARE(parser.next(&request), HttpRequestParser::Status::NeedMore);
}

void TestHttpRequestParser::requestFedByteByByte_isReadyOnlyAtItsLastByte()
{
    HttpRequestParser parser;
    HttpRequest request;
    for (qsizetype i = 0; i < kPost.size() - 1; ++i) {
        parser.feed(kPost.mid(i, 1));
        QCOMPARE(parser.next(&request), HttpRequestParser::Status::NeedMore);
    }
    parser.feed(kPost.right(1));
    QCOMPARE(parser.next(&request), HttpRequestParser::Status::Ready);
    QCOMPARE(request.body.size(), 13);
}

void TestHttpRequestParser::twoRequestsInOneBuffer_areTakenInOrder()
{
    HttpRequestParser parser;
    parser.feed(kPost + "GET /chat/get?chatid=c HTTP/1.1\r\nHost: x\r\n\r\n");
    HttpRequest first;
    HttpRequest second;
    QCOMPARE(parser.next(&first), HttpRequestParser::Status::Ready);
    QCOMPARE(parser.next(&second), HttpRequestParser::Status::Ready);
    QCOMPARE(first.path, QString("/chat/create"));
    QCOMPARE(second.path, QString("/chat/get"));
    QCOMPARE(second.query.queryItemValue("chatid"), QString("c"));
    QVERIFY(second.body.isEmpty());
}

void TestHttpRequestParser::requestWithoutBody_needsNoContentLength()
{
    HttpRequestParser parser;
    parser.feed("GET /gettoken HTTP/1.1\r\n\r\n");
    HttpRequest request;
    QCOMPARE(parser.next(&request), HttpRequestParser::Status::Ready);
    QCOMPARE(request.path, QString("/gettoken"));
    QVERIFY(request.query.isEmpty());
}

void TestHttpRequestParser::connectionHeader_decidesKeepAlive()
{
    HttpRequest request;
    request.version = "HTTP/1.1";
    QVERIFY(request.keepAlive());
    request.headers.insert("connection", "Close");
    QVERIFY(!request.keepAlive());
    request.version = "HTTP/1.0";
    request.headers.clear();
    QVERIFY(!request.keepAlive());
    request.headers.insert("connection", "keep-alive");
    QVERIFY(request.keepAlive());
}

void TestHttpRequestParser::malformedRequestLine_isAnError400()
{
    HttpRequestParser parser;
    parser.feed("HELLO\r\n\r\n");
    HttpRequest request;
    QCOMPARE(parser.next(&request), HttpRequestParser::Status::Error);
    QCOMPARE(parser.errorStatus(), 400);
    QCOMPARE(parser.next(&request), HttpRequestParser::Status::Error);
}

void TestHttpRequestParser::chunkedBody_isRefused501()
{
    HttpRequestParser parser;
    parser.feed("POST /chat/create HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n");
    HttpRequest request;
    QCOMPARE(parser.next(&request), HttpRequestParser::Status::Error);
    QCOMPARE(parser.errorStatus(), 501);
}

void TestHttpRequestParser::oversizedHeader_isAnError431()
{
    HttpRequestParser parser;
    parser.feed("GET / HTTP/1.1\r\nX-Big: " + QByteArray(HttpRequestParser::MaxHeaderBytes + 1, 'a'));
    HttpRequest request;
    QCOMPARE(parser.next(&request), HttpRequestParser::Status::Error);
    QCOMPARE(parser.errorStatus(), 431);
}

QTEST_GUILESS_MAIN(TestHttpRequestParser)
#include "tst_HttpRequestParser.moc"
