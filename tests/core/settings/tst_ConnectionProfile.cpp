// A connection profile as a value: what it turns into for the core, what it refuses, and the extra CA it trusts.
#include "connections/ConnectionProfile.h"
#include "connections/TrustedCertificates.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestConnectionProfile : public QObject
{
    Q_OBJECT

private:
    static QString fixture(const QString& name) { return QStringLiteral(DTG_SETTINGS_TEST_DATA "/") + name; }
    static QString caPem()
    {
        QFile file(fixture(QStringLiteral("ca.pem")));
        return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()) : QString();
    }

    static ConnectionProfile company()
    {
        ConnectionProfile profile;
        profile.id = QStringLiteral("p1");
        profile.name = QStringLiteral("Head office");
        profile.appKey = QStringLiteral("dingkey123");
        return profile;
    }

private slots:
    void defaults_pointAtDingTalkWithTheSystemProxy()
    {
        const ConnectionProfile profile;
        QCOMPARE(profile.legacyBaseUrl, QUrl(QStringLiteral("https://oapi.dingtalk.com")));
        QCOMPARE(profile.v1BaseUrl, QUrl(QStringLiteral("https://api.dingtalk.com")));
        QCOMPARE(profile.generation, ApiGeneration::Legacy);
        QCOMPARE(profile.proxy.mode, ProxySettings::Mode::System);
        QVERIFY(!profile.proxy.toNetworkProxy().has_value());
        QVERIFY(profile.caCertificate.isEmpty());
    }

    void toConnectionSettings_carriesEveryFieldAndTheSecretsHandedIn()
    {
        ConnectionProfile profile = company();
        profile.generation = ApiGeneration::V1;
        profile.legacyBaseUrl = QUrl(QStringLiteral("https://oapi.example.cn"));
        profile.v1BaseUrl = QUrl(QStringLiteral("https://api.example.cn"));
        profile.timeoutSeconds = 12;
        profile.proxy.mode = ProxySettings::Mode::Http;
        profile.proxy.host = QStringLiteral("proxy.corp");
        profile.proxy.port = 3128;
        profile.proxy.user = QStringLiteral("alice");
        profile.caCertificate = caPem();

        const ConnectionSettings settings
            = profile.toConnectionSettings(QStringLiteral("s3cret"), QStringLiteral("proxy-pw"));
        QCOMPARE(settings.generation, ApiGeneration::V1);
        QCOMPARE(settings.appKey, QStringLiteral("dingkey123"));
        QCOMPARE(settings.appSecret, QStringLiteral("s3cret"));
        QVERIFY(settings.accessToken.isEmpty());
        QCOMPARE(settings.legacyBaseUrl, profile.legacyBaseUrl);
        QCOMPARE(settings.v1BaseUrl, profile.v1BaseUrl);
        QCOMPARE(settings.timeoutSeconds, 12);
        QVERIFY(settings.transport.proxy.has_value());
        QCOMPARE(settings.transport.proxy->type(), QNetworkProxy::HttpProxy);
        QCOMPARE(settings.transport.proxy->hostName(), QStringLiteral("proxy.corp"));
        QCOMPARE(settings.transport.proxy->port(), quint16(3128));
        QCOMPARE(settings.transport.proxy->user(), QStringLiteral("alice"));
        QCOMPARE(settings.transport.proxy->password(), QStringLiteral("proxy-pw"));
        QCOMPARE(settings.transport.extraCaCertificates.size(), 1);
    }

    void toConnectionSettings_pastedTokenIsUsedAsItIs()
    {
        const ConnectionSettings settings
            = company().toConnectionSettings(QString(), QString(), QStringLiteral("pasted-token"));
        QVERIFY(settings.usesPastedToken());
        QVERIFY(settings.hasCredentials());
    }

    void proxyModes_mapToQtProxies()
    {
        ProxySettings proxy;
        proxy.mode = ProxySettings::Mode::None;
        QCOMPARE(proxy.toNetworkProxy()->type(), QNetworkProxy::NoProxy);
        proxy.mode = ProxySettings::Mode::Socks5;
        proxy.host = QStringLiteral("socks.corp");
        proxy.port = 1080;
        QCOMPARE(proxy.toNetworkProxy()->type(), QNetworkProxy::Socks5Proxy);
        QVERIFY(!proxy.needsPassword());
        proxy.user = QStringLiteral("bob");
        QVERIFY(proxy.needsPassword());
        for (auto mode : { ProxySettings::Mode::System, ProxySettings::Mode::None, ProxySettings::Mode::Http,
                           ProxySettings::Mode::Socks5 })
            QCOMPARE(ProxySettings::modeFromName(ProxySettings::modeName(mode)), mode);
    }

    void secretKeys_combineProfileIdAndAppKey()
    {
        ConnectionProfile profile = company();
        QCOMPARE(profile.secretKey(), QStringLiteral("p1/dingkey123"));
        profile.proxy.user = QStringLiteral("alice");
        QCOMPARE(profile.proxyPasswordKey(), QStringLiteral("p1/proxy/alice"));
    }

    void validate_acceptsACompleteProfile() { QCOMPARE(company().validate(), QStringList()); }

    void validate_refusesPlainHttpToAnotherComputer()
    {
        ConnectionProfile profile = company();
        profile.legacyBaseUrl = QUrl(QStringLiteral("http://oapi.dingtalk.com"));
        QCOMPARE(profile.validate().size(), 1);
        profile.legacyBaseUrl = QUrl(QStringLiteral("http://127.0.0.1:8080"));
        QCOMPARE(profile.validate(), QStringList());
        profile.generation = ApiGeneration::V1;
        profile.v1BaseUrl = QUrl(QStringLiteral("http://192.168.1.10"));
        QCOMPARE(profile.validate().size(), 1);
    }

    void validate_namesEveryMissingField()
    {
        ConnectionProfile profile;
        profile.timeoutSeconds = 0;
        profile.proxy.mode = ProxySettings::Mode::Http;
        // name, app key, timeout, proxy host, proxy port
        QCOMPARE(profile.validate().size(), 5);
    }

    void validate_reportsAMalformedCertificate()
    {
        ConnectionProfile profile = company();
        profile.caCertificate
            = QStringLiteral("-----BEGIN CERTIFICATE-----\nnot base64 at all\n-----END CERTIFICATE-----");
        QCOMPARE(profile.validate().size(), 1);
        QVERIFY(profile.toConnectionSettings(QStringLiteral("s")).transport.extraCaCertificates.isEmpty());
    }

    void trustedCertificates_loadsPemTextAndPemFile()
    {
        QString error;
        QCOMPARE(TrustedCertificates::load(caPem(), &error).size(), 1);
        QVERIFY(error.isEmpty());
        const QList<QSslCertificate> fromFile = TrustedCertificates::load(fixture(QStringLiteral("ca.pem")), &error);
        QCOMPARE(fromFile.size(), 1);
        QVERIFY(fromFile.first().subjectInfo(QSslCertificate::CommonName).first().contains(QLatin1String("Test")));
        QVERIFY(TrustedCertificates::load(QString(), &error).isEmpty());
        QVERIFY(error.isEmpty());
    }

    void trustedCertificates_rejectsMalformedAndMissingInput_data()
    {
        QTest::addColumn<QString>("input");
        const QString good = caPem();
        QString corrupted = good;
        corrupted[good.indexOf(QLatin1Char('\n')) + 5] = QLatin1Char('#');
        QTest::newRow("garbage") << QStringLiteral("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----");
        QTest::newRow("corrupted") << corrupted;
        QTest::newRow("cut off") << good.left(good.size() / 2);
        QTest::newRow("one good, one broken")
            << good + QStringLiteral("\n-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n");
        QTest::newRow("private key") << QStringLiteral("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----");
        QTest::newRow("missing file") << QStringLiteral("/nonexistent/company-ca.pem");
    }

    void trustedCertificates_rejectsMalformedAndMissingInput()
    {
        QFETCH(QString, input);
        QString error;
        QVERIFY(TrustedCertificates::load(input, &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }

    void trustedCertificates_rejectsAFileThatIsNotPem()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ca.der"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(TrustedCertificates::load(caPem()).first().toDer());
        file.close();
        QString error;
        QVERIFY(TrustedCertificates::load(path, &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestConnectionProfile)
#include "tst_ConnectionProfile.moc"
