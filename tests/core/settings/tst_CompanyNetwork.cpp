// Company networks: the system proxy by default, a profile's own HTTP proxy (with its password), and a company CA
// trusted on top of the system's, without ever turning certificate checks off.
#include "DingTalkEmulator.h"
#include "EmulatorFixture.h"
#include "ScriptedServer.h"
#include "connections/ConnectionProfile.h"
#include "connections/ConnectionTestResult.h"
#include "connections/TrustedCertificates.h"
#include "dingtalk/HttpTransport.h"

#include <QFile>
#include <QNetworkProxyFactory>
#include <QSslKey>
#include <QTest>

using EmulatorFixture::testConnection;
using Outcome = ConnectionTestResult::Outcome;

namespace {
QString fixture(const QString& name)
{
    return QStringLiteral(DTG_SETTINGS_TEST_DATA "/") + name;
}

QByteArray readFixture(const QString& name)
{
    QFile file(fixture(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Answers like DingTalk: a token, then "no such chat" for the connection test's read.
QByteArray fakeDingTalk(const QByteArray& head)
{
    if (head.contains("/gettoken"))
        return ScriptedServer::jsonResponse(R"({"errcode":0,"errmsg":"ok","access_token":"tok","expires_in":7200})");
    return ScriptedServer::jsonResponse(R"({"errcode":40016,"errmsg":"不合法的会话ID"})");
}
} // namespace

class TestCompanyNetwork : public QObject
{
    Q_OBJECT

private:
    static ConnectionProfile profileFor(const QUrl& server)
    {
        ConnectionProfile profile;
        profile.id = QStringLiteral("p");
        profile.name = QStringLiteral("Company");
        profile.appKey = DingTalkEmulator::demoAppKey();
        profile.legacyBaseUrl = server;
        profile.v1BaseUrl = server;
        profile.timeoutSeconds = 5;
        return profile;
    }

    /** A profile for `server` through its own HTTP proxy on this computer's `port`. */
    static ConnectionProfile behindHttpProxy(const QUrl& server, quint16 port, const QString& user = QString())
    {
        ConnectionProfile profile = profileFor(server);
        profile.proxy.mode = ProxySettings::Mode::Http;
        profile.proxy.host = QStringLiteral("127.0.0.1");
        profile.proxy.port = port;
        profile.proxy.user = user;
        return profile;
    }

    /** A port where nothing listens: only a proxy can answer for it. */
    static QUrl nowhere() { return QUrl(QStringLiteral("http://127.0.0.1:9")); }

    static QByteArray proxyAuthenticationRequired()
    {
        return "HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"corp\"\r\n"
               "Content-Length: 0\r\nConnection: close\r\n\r\n";
    }

private slots:
    void systemProxy_isTheDefault()
    {
        DingTalkEmulator emulator;
        QVERIFY(emulator.start());
        const ConnectionSettings settings
            = profileFor(emulator.baseUrl()).toConnectionSettings(DingTalkEmulator::demoAppSecret());
        QVERIFY(!settings.transport.proxy.has_value());
        QCOMPARE(testConnection(settings).outcome, Outcome::Success);
        QVERIFY(QNetworkProxyFactory::usesSystemConfiguration());
    }

    void ownHttpProxy_carriesTheRequestsAndItsPassword()
    {
        // A proxy stub: asks for credentials first, as company proxies do, then answers as DingTalk would.
        const QByteArray expectedAuth = "Basic " + QByteArray("alice:proxy-pw").toBase64();
        ScriptedServer proxy([&](const QByteArray& head) -> QByteArray {
            if (ScriptedServer::header(head, "Proxy-Authorization") != expectedAuth)
                return proxyAuthenticationRequired();
            return fakeDingTalk(head);
        });
        QVERIFY(proxy.listenOnLoopback());

        // The target is a port where nothing listens: only the proxy can answer.
        const ConnectionProfile profile = behindHttpProxy(nowhere(), proxy.serverPort(), QStringLiteral("alice"));
        const ConnectionTestResult result
            = testConnection(profile.toConnectionSettings(QStringLiteral("app-secret"), QStringLiteral("proxy-pw")));
        QCOMPARE(result.outcome, Outcome::Success);

        const QList<QByteArray> heads = proxy.heads();
        QVERIFY(heads.size() >= 2);
        // Plain http through an HTTP proxy: the absolute form names the real target.
        QVERIFY2(heads.first().startsWith("GET http://127.0.0.1:9/gettoken?"), heads.first().constData());
        // Then the permission checks, chat/get and the phone lookup, each through the proxy with its password.
        for (const char* check :
             { "GET http://127.0.0.1:9/chat/get?", "POST http://127.0.0.1:9/topapi/v2/user/getbymobile?" }) {
            const auto head = std::find_if(heads.cbegin(), heads.cend(),
                                           [check](const QByteArray& h) { return h.startsWith(check); });
            QVERIFY2(head != heads.cend(), check);
            QCOMPARE(ScriptedServer::header(*head, "Proxy-Authorization"), expectedAuth);
        }
    }

    void wrongProxyPassword_isNamed()
    {
        ScriptedServer proxy([](const QByteArray&) { return proxyAuthenticationRequired(); });
        QVERIFY(proxy.listenOnLoopback());
        const ConnectionProfile profile = behindHttpProxy(nowhere(), proxy.serverPort(), QStringLiteral("alice"));
        const ConnectionTestResult result
            = testConnection(profile.toConnectionSettings(QStringLiteral("app-secret"), QStringLiteral("wrong")));
        QVERIFY2(result.outcome == Outcome::Proxy, qPrintable(result.error.summary()));
    }

    void unreachableOwnProxy_isNamed()
    {
        const quint16 port = EmulatorFixture::refusedUrl().port();
        const ConnectionProfile profile = behindHttpProxy(QUrl(QStringLiteral("https://oapi.dingtalk.com")), port);
        const ConnectionTestResult result = testConnection(profile.toConnectionSettings(QStringLiteral("app-secret")));
        QVERIFY2(result.outcome == Outcome::Proxy, qPrintable(result.error.summary()));
        QVERIFY(!result.nextStep.isEmpty());
    }

    void noProxyMode_connectsDirectly()
    {
        DingTalkEmulator emulator;
        QVERIFY(emulator.start());
        ConnectionProfile profile = profileFor(emulator.baseUrl());
        profile.proxy.mode = ProxySettings::Mode::None;
        const ConnectionSettings settings = profile.toConnectionSettings(DingTalkEmulator::demoAppSecret());
        QCOMPARE(settings.transport.proxy->type(), QNetworkProxy::NoProxy);
        QCOMPARE(testConnection(settings).outcome, Outcome::Success);
        QCOMPARE(emulator.requestCount(QStringLiteral("/gettoken")), 1);
    }

    void companyCa_isTrustedOnTopOfTheSystemsAndOnlyWhenGiven()
    {
        ScriptedServer tlsServer(fakeDingTalk);
        const QSslCertificate certificate(readFixture(QStringLiteral("server.pem")), QSsl::Pem);
        const QSslKey key(readFixture(QStringLiteral("server.key")), QSsl::Rsa, QSsl::Pem);
        QVERIFY(!certificate.isNull());
        QVERIFY(!key.isNull());
        tlsServer.useTls(certificate, key);
        QVERIFY(tlsServer.listenOnLoopback());
        ConnectionProfile profile
            = profileFor(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(tlsServer.serverPort())));

        // Without the company CA the certificate is not trusted, and the request never leaves.
        const ConnectionTestResult untrusted
            = testConnection(profile.toConnectionSettings(QStringLiteral("app-secret")));
        QCOMPARE(untrusted.outcome, Outcome::Tls);
        QVERIFY(untrusted.nextStep.contains(QLatin1String("CA certificate")));
        QVERIFY(tlsServer.heads().isEmpty());

        // With it (a PEM file path here), the same server is trusted.
        profile.caCertificate = fixture(QStringLiteral("ca.pem"));
        QCOMPARE(profile.validate(), QStringList());
        const ConnectionTestResult trusted = testConnection(profile.toConnectionSettings(QStringLiteral("app-secret")));
        QVERIFY2(trusted.outcome == Outcome::Success, qPrintable(trusted.error.summary()));
        QVERIFY(!tlsServer.heads().isEmpty());
    }

    void companyCa_neverRelaxesVerification()
    {
        TransportOptions options;
        options.extraCaCertificates = TrustedCertificates::load(fixture(QStringLiteral("ca.pem")));
        QCOMPARE(options.extraCaCertificates.size(), 1);
        HttpTransport transport(options);
        const QSslConfiguration ssl = transport.sslConfiguration();
        QVERIFY(ssl.caCertificates().contains(options.extraCaCertificates.first()));
        // The system's CAs stay.
        const QList<QSslCertificate> system = QSslConfiguration::systemCaCertificates();
        QCOMPARE(ssl.caCertificates().size(), system.size() + 1);
        QVERIFY(ssl.peerVerifyMode() != QSslSocket::VerifyNone);
    }
};

QTEST_GUILESS_MAIN(TestCompanyNetwork)
#include "tst_CompanyNetwork.moc"
