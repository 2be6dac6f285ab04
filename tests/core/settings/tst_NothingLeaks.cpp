// Nothing leaks: with a fresh HOME, save and load profiles, test the connection and create groups through the
// emulator on both API generations, log every error as the application would, then search every file written and
// every log line for the AppSecret and each token the emulator issued. Also: the secret goes in the token request
// only, plain http only to this computer, and no redirect is followed.
#include "DingTalkEmulator.h"
#include "EmulatorFixture.h"
#include "ScriptedServer.h"
#include "connections/ConnectionTestResult.h"
#include "connections/ProfileStore.h"
#include "connections/SessionSecretStore.h"
#include "create/CreateJob.h"
#include "dingtalk/DingTalkClient.h"
#include "dingtalk/ErrorCatalogue.h"
#include "dingtalk/TokenCache.h"

#include <QDirIterator>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkInterface>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using EmulatorFixture::testConnection;
using Outcome = ConnectionTestResult::Outcome;

namespace {
QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log.append(QString::fromLatin1(context.category) + QLatin1String(": ") + message);
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}
} // namespace

class TestNothingLeaks : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    DingTalkEmulator m_emulator;
    const QString m_appKey = QStringLiteral("leak-test-app");
    const QString m_secret = QStringLiteral("LeakTestSecret-7f3a91c2d4e5");

    CreateResult create(const ConnectionSettings& connection, const QString& name)
    {
        DingTalkClient client(connection);
        return EmulatorFixture::createGroup(client.api(), name, EmulatorFixture::memberIds(m_emulator, 45));
    }

    /** What the application logs about a failure: the summary and the explanation. */
    static void logLikeTheApp(const ApiError& error)
    {
        const ErrorExplanation explanation = ErrorCatalogue::explain(error);
        qDebug() << "call failed:" << error.summary() << error.detail;
        qWarning("%s: %s", qPrintable(explanation.title), qPrintable(explanation.explanation));
    }

    QStringList filesUnderHomeContaining(const QString& text) const
    {
        QStringList hits;
        QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(text.toUtf8()))
                hits.append(file.fileName());
        }
        return hits;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // A fresh home: every file the code writes lands under it.
        for (const char* name : { "HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME" }) {
            const QString path
                = QByteArray(name) == "HOME" ? m_home.path() : m_home.filePath(QString::fromLatin1(name));
            qputenv(name, path.toUtf8());
        }
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(ProfileStore::defaultFilePath().startsWith(m_home.path()));
        // Everything that could log, logs: our categories and Qt's own network ones.
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true\nqt.network.ssl.warning=false"));
        g_previousHandler = qInstallMessageHandler(captureMessage);
        QVERIFY(m_emulator.start());
        m_emulator.addApp(m_appKey, m_secret);
    }

    void cleanupTestCase() { qInstallMessageHandler(g_previousHandler); }

    void init() { TokenCache::instance().clear(); }

    void secretAndTokens_appearNowhere()
    {
        // Profiles saved, reloaded, the secret in the session store, as the window does it.
        SessionSecretStore secrets;
        QString profileId;
        {
            ProfileStore store;
            store.setSecretStore(&secrets);
            ConnectionProfile profile;
            profile.name = QStringLiteral("Leak test");
            profile.appKey = m_appKey;
            profile.legacyBaseUrl = m_emulator.baseUrl();
            profile.v1BaseUrl = m_emulator.baseUrl();
            profile.proxy.user = QStringLiteral("alice");
            profile = store.add(profile);
            profileId = profile.id;
            store.setActiveProfileId(profileId);
            secrets.insert(profile.secretKey(), m_secret);
        }
        ProfileStore store;
        ConnectionProfile profile = store.activeProfile();
        QCOMPARE(profile.id, profileId);
        const QString secret = secrets.value(profile.secretKey());
        QCOMPARE(secret, m_secret);

        for (ApiGeneration generation : { ApiGeneration::Legacy, ApiGeneration::V1 }) {
            profile.generation = generation;
            store.update(profile);
            const ConnectionSettings connection = profile.toConnectionSettings(secret);
            QCOMPARE(testConnection(connection).outcome, Outcome::Success);
            const CreateResult created = create(connection, QStringLiteral("无泄漏群"));
            QCOMPARE(created.outcome, CreateResult::Outcome::Created);

            // Failures whose Qt texts name the URL (and so the token or secret) are logged too.
            m_emulator.expireAllTokens();
            m_emulator.injectFault(QStringLiteral("/chat/get"), EmulatorFault::of(EmulatorFault::Http500Html));
            ConnectionSettings failing = connection;
            const ConnectionTestResult failed = testConnection(failing);
            logLikeTheApp(failed.error);
            qDebug() << "test result:" << failed.title << failed.explanation;
            m_emulator.injectFault(generation == ApiGeneration::V1 ? QStringLiteral("/v1.0/im/group/create")
                                                                   : QStringLiteral("/chat/create"),
                                   EmulatorFault::apiError(60011));
            logLikeTheApp(create(connection, QStringLiteral("拒绝")).error);
        }
        ConnectionSettings wrong = profile.toConnectionSettings(QStringLiteral("wrong-") + m_secret);
        logLikeTheApp(testConnection(wrong).error);
        // A server that answers 404 makes Qt's error text quote the whole URL.
        ConnectionSettings notFound = profile.toConnectionSettings(secret);
        notFound.setServer(m_emulator.baseUrl().resolved(QUrl(QStringLiteral("/no-such-prefix"))));
        logLikeTheApp(testConnection(notFound).error);

        const QStringList tokens = m_emulator.issuedTokens();
        QVERIFY(tokens.size() >= 2);
        QStringList needles = tokens;
        needles.append(m_secret);
        QMutexLocker lock(&g_logMutex);
        QVERIFY(g_log.size() > 4);
        for (const QString& needle : needles) {
            QCOMPARE(filesUnderHomeContaining(needle), QStringList());
            for (const QString& line : std::as_const(g_log))
                QVERIFY2(!line.contains(needle), qPrintable(line));
        }
        // The settings file was written, and is the user's alone.
        QVERIFY(QFile::exists(store.filePath()));
        QVERIFY(!(QFile::permissions(store.filePath()) & (QFileDevice::ReadOther | QFileDevice::ReadGroup)));
    }

    void secret_goesInTheTokenRequestOnly()
    {
        m_emulator.clearRequests();
        ConnectionProfile profile;
        profile.appKey = m_appKey;
        profile.legacyBaseUrl = m_emulator.baseUrl();
        profile.v1BaseUrl = m_emulator.baseUrl();
        for (ApiGeneration generation : { ApiGeneration::Legacy, ApiGeneration::V1 }) {
            profile.generation = generation;
            create(profile.toConnectionSettings(m_secret), QStringLiteral("只在令牌请求"));
        }
        int tokenRequests = 0;
        for (const RecordedRequest& request : m_emulator.requests()) {
            QByteArray everything = request.method + request.query.toString(QUrl::FullyDecoded).toUtf8() + request.body;
            for (auto it = request.headers.cbegin(); it != request.headers.cend(); ++it)
                everything += it.key() + it.value();
            const bool tokenRequest = request.path == QLatin1String("/gettoken")
                || request.path == QLatin1String("/v1.0/oauth2/accessToken");
            tokenRequests += tokenRequest ? 1 : 0;
            QCOMPARE(everything.contains(m_secret.toUtf8()), tokenRequest);
        }
        QCOMPARE(tokenRequests, 2);
    }

    void plainHttpToAnotherComputer_isRefusedBeforeAnythingIsSent()
    {
        // Listen on this machine's own network address, so a request that did leave would be seen.
        QHostAddress lanAddress;
        for (const QHostAddress& address : QNetworkInterface::allAddresses()) {
            if (address.protocol() == QAbstractSocket::IPv4Protocol && !address.isLoopback()) {
                lanAddress = address;
                break;
            }
        }
        QTcpServer server;
        QUrl url(QStringLiteral("http://oapi.dingtalk.com"));
        if (!lanAddress.isNull() && server.listen(lanAddress)) {
            url = QUrl(QStringLiteral("http://%1:%2").arg(lanAddress.toString()).arg(server.serverPort()));
        } else {
            qInfo("no non-loopback address here: checking the refusal without a listener");
        }
        ConnectionProfile profile;
        profile.name = QStringLiteral("Insecure");
        profile.appKey = m_appKey;
        profile.legacyBaseUrl = url;
        QCOMPARE(profile.validate().size(), 1);
        const ConnectionTestResult result = testConnection(profile.toConnectionSettings(m_secret));
        QCOMPARE(result.outcome, Outcome::InsecureUrl);
        QTest::qWait(100);
        QVERIFY(!server.hasPendingConnections());
    }

    void redirectToAnotherServer_isNotFollowed_data()
    {
        QTest::addColumn<bool>("pastedToken");
        QTest::newRow("token request (carries the secret)") << false;
        QTest::newRow("API call (carries the token)") << true;
    }

    void redirectToAnotherServer_isNotFollowed()
    {
        QFETCH(bool, pastedToken);
        ScriptedServer second([](const QByteArray& head) {
            if (head.contains("/gettoken"))
                return ScriptedServer::jsonResponse(R"({"errcode":0,"access_token":"t2","expires_in":7200})");
            return ScriptedServer::jsonResponse(R"({"errcode":40016})");
        });
        QVERIFY(second.listenOnLoopback());
        const quint16 secondPort = second.serverPort();
        ScriptedServer first([secondPort](const QByteArray& head) {
            const QByteArray target = head.split(' ').value(1);
            return "HTTP/1.1 302 Found\r\nLocation: http://127.0.0.1:" + QByteArray::number(secondPort) + target
                + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
        });
        QVERIFY(first.listenOnLoopback());

        ConnectionProfile profile;
        profile.appKey = m_appKey;
        profile.legacyBaseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(first.serverPort()));
        const ConnectionSettings connection = profile.toConnectionSettings(
            pastedToken ? QString() : m_secret, QString(), pastedToken ? QStringLiteral("pasted-token") : QString());
        const ConnectionTestResult result = testConnection(connection);
        QCOMPARE(result.outcome, Outcome::Redirect);
        QCOMPARE(result.error.failure, TransportFailure::Redirect);
        QCOMPARE(first.heads().size(), 1);
        QTest::qWait(100);
        QCOMPARE(second.connectionCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestNothingLeaks)
#include "tst_NothingLeaks.moc"
