// A real create recorded in the history, and no token or secret in the history file or in its exports.
#include "EmulatorFixture.h"
#include "XlsxFixture.h"
#include "dingtalk/DingTalkClient.h"
#include "dingtalk/GroupApi.h"
#include "group/GroupSpec.h"
#include "history/HistoryExporter.h"
#include "history/HistoryStore.h"

#include <QFile>
#include <QTemporaryDir>

#include <QTest>
#include <quazip.h>
#include <quazipfile.h>

class TestHistoryRecording : public QObject
{
    Q_OBJECT

private:
    DingTalkEmulator m_emulator;

    GroupValidation validated(const QString& name, const QStringList& ids) const
    {
        GroupSpec spec;
        spec.name = name;
        spec.owner = ids.first();
        for (const QString& id : ids)
            spec.members.append(Member::fromUserId(id));
        return spec.validate();
    }

private slots:
    void initTestCase() { QVERIFY(m_emulator.start()); }

    void init() { EmulatorFixture::reset(m_emulator); }

    void createsAreRecorded_withoutTokenOrSecret()
    {
        QTemporaryDir dir;
        HistoryStore store(dir.filePath(QStringLiteral("history.json")));
        const QString secret = DingTalkEmulator::demoAppSecret();
        const QStringList ids = EmulatorFixture::memberIds(m_emulator, 50);

        for (ApiGeneration generation : { ApiGeneration::Legacy, ApiGeneration::V1 }) {
            DingTalkClient client(EmulatorFixture::connection(m_emulator, generation));
            client.api()->setRetryTiming(RetryPolicy::Timing{});
            GroupSettings settings;
            settings.validation = true;
            const GroupValidation spec = validated(QStringLiteral("记录群"), ids);
            const CreateResult result = EmulatorFixture::createGroup(client.api(), spec.name, spec.memberIds, settings);
            QCOMPARE(result.outcome, CreateResult::Outcome::Created);
            QVERIFY(store.append(
                HistoryEntry::fromResult(spec, settings, result, QStringLiteral("demo"), generation, { secret })));
        }

        // A refusal whose message carries the token and the secret, as a careless server or proxy might.
        DingTalkClient client(EmulatorFixture::connection(m_emulator));
        const QString token = m_emulator.issuedTokens().first();
        m_emulator.injectFault(
            QStringLiteral("/chat/create"),
            EmulatorFault::apiError(40035,
                                    QStringLiteral("bad request access_token=%1 appsecret=%2").arg(token, secret)));
        const GroupValidation spec = validated(QStringLiteral("被拒群"), ids.mid(0, 3));
        const CreateResult refused = EmulatorFixture::createGroup(client.api(), spec.name, spec.memberIds, {});
        QCOMPARE(refused.outcome, CreateResult::Outcome::Rejected);
        QVERIFY(refused.error.errmsg.contains(token));
        QVERIFY(store.append(
            HistoryEntry::fromResult(spec, {}, refused, QStringLiteral("demo"), ApiGeneration::Legacy, { secret })));

        HistoryStore reader(store.filePath());
        QVERIFY(reader.load());
        QCOMPARE(reader.entries().size(), 3);
        const HistoryEntry legacy = reader.entries().at(0);
        QCOMPARE(legacy.outcome, QStringLiteral("created"));
        QCOMPARE(legacy.memberCount, 50);
        QCOMPARE(legacy.membersInGroup, 50);
        QVERIFY(legacy.settings.validation);
        QVERIFY(!legacy.chatid.isEmpty() && !legacy.openConversationId.isEmpty());
        QCOMPARE(reader.entries().at(1).generation, ApiGeneration::V1);
        const HistoryEntry rejected = reader.entries().at(2);
        QCOMPARE(rejected.outcome, QStringLiteral("rejected"));
        QCOMPARE(rejected.errcode, QStringLiteral("40035"));
        QVERIFY(rejected.errmsg.contains(QLatin1String("access_token=******")));

        // Search every byte written for every token the emulator ever handed out, and the secret.
        QFile file(store.filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString xlsxPath = dir.filePath(QStringLiteral("history.xlsx"));
        QVERIFY(HistoryExporter::writeXlsx(reader.entries(), xlsxPath));
        const QList<QPair<const char*, QByteArray>> outputs{
            { "history file", file.readAll() },
            { "csv", HistoryExporter::toCsv(reader.entries()) },
            { "xlsx", XlsxFixture::unzipped(xlsxPath) },
        };
        QStringList forbidden = m_emulator.issuedTokens();
        QVERIFY(!forbidden.isEmpty());
        forbidden.append(secret);
        for (const auto& output : outputs) {
            QVERIFY(output.second.contains("记录群"));
            for (const QString& text : forbidden)
                QVERIFY2(!output.second.contains(text.toUtf8()), output.first);
        }
    }
};

QTEST_GUILESS_MAIN(TestHistoryRecording)
#include "tst_HistoryRecording.moc"
