#include "dingtalk/SecretMasker.h"
#include "dingtalk/ServerAddress.h"

#include <QTest>

class TestServerAddress : public QObject
{
    Q_OBJECT

private slots:
    void allowed_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https") << "https://oapi.dingtalk.com" << true;
        QTest::newRow("https other host") << "https://proxy.example.com:8443/dt" << true;
        QTest::newRow("http 127.0.0.1") << "http://127.0.0.1:8080" << true;
        QTest::newRow("http 127.x") << "http://127.45.6.7" << true;
        QTest::newRow("http ::1") << "http://[::1]:9000" << true;
        QTest::newRow("http localhost") << "http://localhost:9000" << true;
        QTest::newRow("http LOCALHOST") << "http://LocalHost" << true;
        QTest::newRow("http remote") << "http://oapi.dingtalk.com" << false;
        QTest::newRow("http 10.x") << "http://10.0.0.1" << false;
        QTest::newRow("http localhost lookalike") << "http://localhost.example.com" << false;
        QTest::newRow("http 128.0.0.1") << "http://128.0.0.1" << false;
        QTest::newRow("ftp") << "ftp://127.0.0.1" << false;
        QTest::newRow("no host") << "https://" << false;
    }

    void allowed()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        QCOMPARE(ServerAddress::isAllowed(QUrl(url)), allowed);
    }

    void parse_rejectsWhatIsNotAnHttpUrl()
    {
        QVERIFY(ServerAddress::parse(QStringLiteral("oapi.dingtalk.com")).isEmpty());
        QVERIFY(ServerAddress::parse(QStringLiteral("mailto:a@b")).isEmpty());
        QCOMPARE(ServerAddress::parse(QStringLiteral(" https://oapi.dingtalk.com/ ")).toString(),
                 QStringLiteral("https://oapi.dingtalk.com"));
    }

    void masker_hidesTokensAndSecrets()
    {
        const QUrl url(QStringLiteral("https://oapi.dingtalk.com/gettoken?appkey=k&appsecret=s3cr3t&x=1"));
        const QString masked = SecretMasker::maskUrl(url).toString();
        QVERIFY(!masked.contains(QStringLiteral("s3cr3t")));
        QVERIFY(masked.contains(QStringLiteral("appkey=k")));
        const QString text = SecretMasker::maskText(
            QStringLiteral("Error transferring http://127.0.0.1/chat/create?access_token=abcdef123&x=1 - "
                           "{\"accessToken\":\"zzz999\"} secret-value"),
            { QStringLiteral("secret-value") });
        QVERIFY(!text.contains(QStringLiteral("abcdef123")));
        QVERIFY(!text.contains(QStringLiteral("zzz999")));
        QVERIFY(!text.contains(QStringLiteral("secret-value")));
        QVERIFY(text.contains(QStringLiteral("/chat/create")));
    }
};

QTEST_GUILESS_MAIN(TestServerAddress)
#include "tst_ServerAddress.moc"
