// The request preview: sends nothing, masks every token and secret, and shows exactly the bodies a real create
// sends (compared with what the emulator received for the same group).
#include "EmulatorFixture.h"
#include "create/RequestPlan.h"
#include "dingtalk/DingTalkClient.h"
#include "dingtalk/GroupApi.h"
#include "dingtalk/TokenCache.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <QUrlQuery>

class TestRequestPlan : public QObject
{
    Q_OBJECT

private:
    DingTalkEmulator m_emulator;

    static QString everything(const QList<PlannedCall>& plan)
    {
        QString text;
        for (const PlannedCall& call : plan)
            text += call.title + call.curlCommand() + call.url.toString() + QString::fromUtf8(call.body);
        return text;
    }

private slots:
    void initTestCase() { QVERIFY(m_emulator.start()); }

    void init() { EmulatorFixture::reset(m_emulator); }

    void plan_matchesWhatCreateSends_data()
    {
        QTest::addColumn<ApiGeneration>("generation");
        QTest::newRow("oapi") << ApiGeneration::Legacy;
        QTest::newRow("v1.0") << ApiGeneration::V1;
    }

    void plan_matchesWhatCreateSends()
    {
        QFETCH(ApiGeneration, generation);
        DingTalkClient client(EmulatorFixture::connection(m_emulator, generation));
        const QStringList ids = EmulatorFixture::memberIds(m_emulator, 95);
        GroupSettings settings;
        settings.searchable = true;
        settings.mentionAllOwnerOnly = true;
        const QString name = QStringLiteral("O'Brien 的群");

        const QList<PlannedCall> plan = RequestPlan::build(client.api(), name, ids.first(), ids, settings);
        QCOMPARE(plan.size(), 4); // token, create with 40, add 40, add 15
        QVERIFY(m_emulator.requests().isEmpty()); // building the plan sent nothing
        QVERIFY(!everything(plan).contains(DingTalkEmulator::demoAppSecret()));

        const CreateResult created = EmulatorFixture::createGroup(client.api(), name, ids, settings);
        QCOMPARE(created.outcome, CreateResult::Outcome::Created);
        QList<RecordedRequest> sent = m_emulator.requests();
        QCOMPARE(sent.size(), plan.size());
        for (int i = 0; i < plan.size(); ++i) {
            const PlannedCall& planned = plan.at(i);
            const RecordedRequest& real = sent.at(i);
            QCOMPARE(planned.method, real.method);
            QCOMPARE(planned.url.path(), real.path);
            QCOMPARE(QUrlQuery(planned.url).queryItems().size(), real.query.queryItems().size());
            QByteArray body = planned.body;
            body.replace(RequestPlan::chatIdPlaceholder().toUtf8(), created.chatid.toUtf8());
            if (i == 0) {
                // The token call is the one place where the plan differs: its secret is masked.
                QVERIFY(!planned.body.contains(DingTalkEmulator::demoAppSecret().toUtf8()));
                continue;
            }
            QCOMPARE(QJsonDocument::fromJson(body).object(), QJsonDocument::fromJson(real.body).object());
        }
        // No token the emulator handed out appears in the preview, which was built with a mask.
        for (const QString& token : m_emulator.issuedTokens())
            QVERIFY(!everything(plan).contains(token));
    }

    void pastedToken_hasNoTokenCall_andIsNotShown()
    {
        TokenCache::instance().clear();
        ConnectionSettings settings = EmulatorFixture::connection(m_emulator);
        settings.accessToken = QStringLiteral("pasted-token-0123456789");
        DingTalkClient client(settings);
        const QStringList ids = EmulatorFixture::memberIds(m_emulator, 2);
        const QList<PlannedCall> plan
            = RequestPlan::build(client.api(), QStringLiteral("g"), ids.first(), ids, {}, { settings.accessToken });
        QCOMPARE(plan.size(), 1);
        QVERIFY(plan.first().url.path().endsWith(QLatin1String("/chat/create")));
        QVERIFY(!everything(plan).contains(settings.accessToken));
        QVERIFY(plan.first().url.toString().contains(QLatin1String("access_token=******")));
    }

    void v1Token_isMaskedInItsHeader()
    {
        DingTalkClient client(EmulatorFixture::connection(m_emulator, ApiGeneration::V1));
        const QStringList ids = EmulatorFixture::memberIds(m_emulator, 2);
        const QList<PlannedCall> plan = RequestPlan::build(client.api(), QStringLiteral("g"), ids.first(), ids, {});
        QCOMPARE(plan.size(), 2);
        bool found = false;
        for (const auto& header : plan.last().headers) {
            if (header.first == "x-acs-dingtalk-access-token") {
                QCOMPARE(header.second, QByteArray("******"));
                found = true;
            }
        }
        QVERIFY(found);
        QVERIFY(plan.last().curlCommand().contains(QLatin1String("-H 'x-acs-dingtalk-access-token: ******'")));
    }

    void curl_isQuotedForTheShell()
    {
        PlannedCall call;
        call.method = "POST";
        call.url = QUrl(QStringLiteral("http://127.0.0.1:1/chat/create?access_token=******"));
        call.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        call.body = QStringLiteral("{\"name\":\"O'Brien's $HOME `x` 群\"}").toUtf8();
        QCOMPARE(call.curlCommand(),
                 QStringLiteral("curl -X POST 'http://127.0.0.1:1/chat/create?access_token=******' "
                                "-H 'Content-Type: application/json' "
                                "--data-raw '{\"name\":\"O'\\''Brien'\\''s $HOME `x` 群\"}'"));
        // A real shell reads the quoted body back unchanged.
        QProcess shell;
        shell.start(QStringLiteral("/bin/sh"),
                    { QStringLiteral("-c"),
                      QStringLiteral("printf %s ") + PlannedCall::shellQuote(QString::fromUtf8(call.body)) });
        QVERIFY(shell.waitForFinished(10000));
        QCOMPARE(shell.readAllStandardOutput(), call.body);
    }
};

QTEST_GUILESS_MAIN(TestRequestPlan)
#include "tst_RequestPlan.moc"
