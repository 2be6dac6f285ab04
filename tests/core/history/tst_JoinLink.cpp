// The join link through the emulator: asked on the legacy host with either generation's token, the URL read back,
// 60124 when the sharer is not in the group; and the link's QR matrix.
#include "EmulatorFixture.h"
#include "dingtalk/DingTalkClient.h"
#include "dingtalk/GroupApi.h"
#include "joinlink/JoinLink.h"
#include "joinlink/QrCode.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

class TestJoinLink : public QObject
{
    Q_OBJECT

private:
    DingTalkEmulator m_emulator;

    static ApiResult run(ApiCall* call)
    {
        QSignalSpy finished(call, &ApiCall::finished);
        [&] {
            QVERIFY(finished.wait(15000));
        }();
        call->deleteLater();
        return call->result();
    }

private slots:
    void initTestCase() { QVERIFY(m_emulator.start()); }

    void init() { EmulatorFixture::reset(m_emulator); }

    void request_goesToTheLegacyHostForBothGenerations()
    {
        ConnectionSettings settings = EmulatorFixture::connection(m_emulator, ApiGeneration::V1);
        settings.legacyBaseUrl = QUrl(QStringLiteral("https://oapi.example"));
        settings.v1BaseUrl = QUrl(QStringLiteral("https://api.example"));
        for (ApiGeneration generation : { ApiGeneration::Legacy, ApiGeneration::V1 }) {
            settings.generation = generation;
            DingTalkClient client(settings);
            const OutgoingRequest request
                = client.api()->joinLinkRequest(QStringLiteral("T"), QStringLiteral("chatX"), QStringLiteral("u1"));
            QCOMPARE(request.method, QByteArray("POST"));
            QCOMPARE(request.url.toString(),
                     QStringLiteral("https://oapi.example/topapi/chat/qrcode/get?access_token=T"));
            const QJsonObject body = QJsonDocument::fromJson(request.body).object();
            QCOMPARE(body, (QJsonObject{ { "chatid", "chatX" }, { "userid", "u1" } }));
        }
    }

    void joinLink_isReadFromTheAnswer_data()
    {
        QTest::addColumn<ApiGeneration>("generation");
        QTest::newRow("oapi") << ApiGeneration::Legacy;
        QTest::newRow("v1.0") << ApiGeneration::V1;
    }

    void joinLink_isReadFromTheAnswer()
    {
        QFETCH(ApiGeneration, generation);
        DingTalkClient client(EmulatorFixture::connection(m_emulator, generation));
        const QStringList ids = EmulatorFixture::memberIds(m_emulator, 3);
        const CreateResult created = EmulatorFixture::createGroup(client.api(), QStringLiteral("入群链接"), ids);
        QCOMPARE(created.outcome, CreateResult::Outcome::Created);

        const ApiResult result = run(client.api()->joinLink(created.chatid, ids.first()));
        QVERIFY2(result.ok(), qPrintable(result.error.summary()));
        const QString url = JoinLink::url(result);
        QVERIFY(url.startsWith(QLatin1String("https://qr.dingtalk.com/action/joingroup?")));
        QCOMPARE(m_emulator.requestCount(QStringLiteral("/topapi/chat/qrcode/get")), 1);
        const RecordedRequest recorded = m_emulator.requests().last();
        QCOMPARE(QJsonDocument::fromJson(recorded.body).object(),
                 (QJsonObject{ { "chatid", created.chatid }, { "userid", ids.first() } }));

        // The matrix the window draws encodes exactly this link.
        const QrCode code = QrCode::encode(url);
        QVERIFY(!code.isNull());
        QCOMPARE(code.size(), 21 + 4 * (code.version() - 1));
    }

    void sharerNotInTheGroup_is60124()
    {
        DingTalkClient client(EmulatorFixture::connection(m_emulator));
        const QStringList ids = EmulatorFixture::memberIds(m_emulator, 4);
        const CreateResult created = EmulatorFixture::createGroup(client.api(), QStringLiteral("小组"), ids.mid(0, 2));
        QCOMPARE(created.outcome, CreateResult::Outcome::Created);
        const ApiResult result = run(client.api()->joinLink(created.chatid, ids.last()));
        QVERIFY(!result.ok());
        QVERIFY(JoinLink::isNotMember(result.error));
        QVERIFY(JoinLink::url(result).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestJoinLink)
#include "tst_JoinLink.moc"
