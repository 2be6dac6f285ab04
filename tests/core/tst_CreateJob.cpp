// The create job against the built-in emulator: the whole path from token to the last added member, and every way
// it can fail. The emulator runs on its own thread, so this thread's event loop drives the client alone.
#include "DingTalkEmulator.h"
#include "EmulatorFixture.h"
#include "create/AddMembersJob.h"
#include "create/CreateJob.h"
#include "dingtalk/DingTalkClient.h"
#include "dingtalk/GroupApi.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

class TestCreateJob : public QObject
{
    Q_OBJECT

private:
    DingTalkEmulator m_emulator;

    ConnectionSettings settings(int timeoutSeconds = 10) const
    {
        return EmulatorFixture::connection(m_emulator, ApiGeneration::Legacy, timeoutSeconds);
    }

    QStringList memberIds(int count) const { return EmulatorFixture::memberIds(m_emulator, count); }

    CreateResult runJob(const ConnectionSettings& connection, const QStringList& ids, GroupSettings groupSettings = {},
                        QList<CreateProgress>* progress = nullptr)
    {
        DingTalkClient client(connection);
        client.api()->setRetryTiming(EmulatorFixture::fastRetries());
        return EmulatorFixture::createGroup(client.api(), QStringLiteral("项目组"), ids, groupSettings, progress);
    }

private slots:
    void initTestCase() { QVERIFY(m_emulator.start()); }

    void init() { EmulatorFixture::reset(m_emulator); }

    void smallGroup_isCreatedWithOneCreateCall()
    {
        GroupSettings groupSettings;
        groupSettings.searchable = true;
        groupSettings.chatBanned = true;
        const QStringList ids = memberIds(5);
        const CreateResult result = runJob(settings(), ids, groupSettings);
        QCOMPARE(result.outcome, CreateResult::Outcome::Created);
        QVERIFY(!result.openConversationId.isEmpty());
        QVERIFY(!result.chatid.isEmpty());
        QCOMPARE(result.conversationTag, 2);
        QCOMPARE(result.memberCount, 5);
        const auto group = m_emulator.group(result.chatid);
        QVERIFY(group.has_value());
        QCOMPARE(group->openConversationId, result.openConversationId);
        QCOMPARE(group->members.size(), 5);
        QCOMPARE(group->searchable, 1);
        QCOMPARE(group->chatBannedType, 1);
        QCOMPARE(group->showHistoryType, 0);
        QCOMPARE(m_emulator.requestCount(QStringLiteral("/chat/create")), 1);
        QCOMPARE(m_emulator.requestCount(QStringLiteral("/chat/update")), 0);
    }

    void largeGroup_isFilledInChunksOfForty()
    {
        const QStringList ids = memberIds(135);
        QList<CreateProgress> progress;
        const CreateResult result = runJob(settings(), ids, {}, &progress);
        QCOMPARE(result.outcome, CreateResult::Outcome::Created);
        QCOMPARE(result.memberCount, 135);
        QCOMPARE(m_emulator.group(result.chatid)->members.size(), 135);
        // 40 in the create, then 40 + 40 + 15.
        QCOMPARE(m_emulator.requestCount(QStringLiteral("/chat/create")), 1);
        QCOMPARE(m_emulator.requestCount(QStringLiteral("/chat/update")), 3);
        QList<int> updateSizes;
        for (const RecordedRequest& request : m_emulator.requests()) {
            if (request.path != QLatin1String("/chat/update"))
                continue;
            const QJsonObject body = QJsonDocument::fromJson(request.body).object();
            // Only the chat and the members to add: nothing else that could reset a setting.
            QCOMPARE(body.keys(), QStringList({ QStringLiteral("add_useridlist"), QStringLiteral("chatid") }));
            updateSizes.append(body.value(QStringLiteral("add_useridlist")).toArray().size());
        }
        QCOMPARE(updateSizes, QList<int>({ 40, 40, 15 }));
        QVERIFY(progress.size() >= 4);
        QCOMPARE(progress.last().stage, CreateProgress::Stage::Done);
        QCOMPARE(progress.last().membersDone, 135);
        QCOMPARE(progress.last().membersTotal, 135);
    }

    void tokenIsFetchedOnceAndReused()
    {
        runJob(settings(), memberIds(3));
        runJob(settings(), memberIds(3));
        QCOMPARE(m_emulator.requestCount(QStringLiteral("/gettoken")), 1);
        QCOMPARE(m_emulator.requestCount(QStringLiteral("/chat/create")), 2);
    }

    void tokenExpiringBetweenCalls_isRefreshedOnceAndTheCallRepeated()
    {
        // Expire every token as soon as the group exists: the first add sees 42001.
        m_emulator.injectFault(QStringLiteral("/chat/create"), EmulatorFault{ EmulatorFault::Latency, 0, {}, 50 });
        DingTalkClient client(settings());
        const QStringList ids = memberIds(60);
        CreateJob job(client.api(), QStringLiteral("expiry"), ids.first(), ids, {});
        connect(&job, &CreateJob::progress, this, [this](const CreateProgress& p) {
            if (p.stage == CreateProgress::Stage::AddingMembers)
                m_emulator.expireAllTokens();
        });
        QSignalSpy finished(&job, &CreateJob::finished);
        job.start();
        QVERIFY(finished.wait(30000));
        QCOMPARE(job.result().outcome, CreateResult::Outcome::Created);
        QCOMPARE(m_emulator.group(job.result().chatid)->members.size(), 60);
        QCOMPARE(m_emulator.requestCount(QStringLiteral("/gettoken")), 2);
        QCOMPARE(m_emulator.requestCount(QStringLiteral("/chat/create")), 1);
        QCOMPARE(m_emulator.requestCount(QStringLiteral("/chat/update")), 2);
    }

    void severalCallsSeeingExpiry_shareOneRefresh()
    {
        DingTalkClient client(settings());
        QSignalSpy first(client.api()->getGroup(QStringLiteral("none")), &ApiCall::finished);
        QVERIFY(first.wait());
        m_emulator.expireAllTokens();
        QList<ApiCall*> calls;
        for (int i = 0; i < 3; ++i)
            calls.append(client.api()->getGroup(QStringLiteral("chat%1").arg(i)));
        for (ApiCall* call : calls)
            QTRY_VERIFY(call->isFinished());
        for (ApiCall* call : calls)
            QVERIFY2(call->result().error.hasCode(40016), qPrintable(call->result().error.summary()));
        QCOMPARE(m_emulator.requestCount(QStringLiteral("/gettoken")), 2);
    }

    void wrongSecret_isRejectedAndNothingSent()
    {
        ConnectionSettings connection = settings();
        connection.appSecret = QStringLiteral("wrong");
        const CreateResult result = runJob(connection, memberIds(3));
        QCOMPARE(result.outcome, CreateResult::Outcome::Rejected);
        QVERIFY(result.error.hasCode(40096));
        QCOMPARE(m_emulator.requestCount(QStringLiteral("/chat/create")), 0);
    }

    void expiredPastedToken_isReportedNotRefreshed()
    {
        ConnectionSettings connection = settings();
        connection.accessToken = QStringLiteral("0123456789abcdef0123456789abcdef");
        const CreateResult result = runJob(connection, memberIds(3));
        QCOMPARE(result.outcome, CreateResult::Outcome::Rejected);
        QVERIFY(result.error.isApi());
        QCOMPARE(m_emulator.requestCount(QStringLiteral("/gettoken")), 0);
        QCOMPARE(m_emulator.requestCount(QStringLiteral("/chat/create")), 1);
    }

    void apiRefusal_meansNothingExists_data()
    {
        QTest::addColumn<int>("errcode");
        QTest::newRow("no permission") << 60011;
        QTest::newRow("ip allow-list") << 60020;
        QTest::newRow("owner missing") << 49006;
        QTest::newRow("monthly quota") << 90020;
    }

    void apiRefusal_meansNothingExists()
    {
        QFETCH(int, errcode);
        m_emulator.injectFault(QStringLiteral("/chat/create"),
                               EmulatorFault{ EmulatorFault::ApiError, errcode, QStringLiteral("refused"), 0 });
        const CreateResult result = runJob(settings(), memberIds(3));
        QCOMPARE(result.outcome, CreateResult::Outcome::Rejected);
        QCOMPARE(result.error.numericCode(), errcode);
        QCOMPARE(result.error.errmsg, QStringLiteral("refused"));
        QVERIFY(m_emulator.groups().isEmpty());
        QCOMPARE(m_emulator.requestCount(QStringLiteral("/chat/create")), 1);
    }

    void unknownMember_isRejectedByDingTalk()
    {
        QStringList ids = memberIds(3);
        ids.append(QStringLiteral("nobody-here"));
        const CreateResult result = runJob(settings(), ids);
        QCOMPARE(result.outcome, CreateResult::Outcome::Rejected);
        QVERIFY(result.error.hasCode(40031));
        // A refused create is reported, not split: nothing exists.
        QCOMPARE(m_emulator.requestCount(QStringLiteral("/chat/create")), 1);
        QVERIFY(m_emulator.groups().isEmpty());
    }

    void busyOnAnAdd_isRetriedAtMostThreeTimes()
    {
        // Adding someone twice adds them once, so an add may be repeated after "busy"; a create may not.
        m_emulator.injectFault(QStringLiteral("/chat/update"), EmulatorFault{ EmulatorFault::ApiError, -1, {}, 0 }, 2);
        CreateResult result = runJob(settings(), memberIds(50));
        QCOMPARE(result.outcome, CreateResult::Outcome::Created);
        QCOMPARE(m_emulator.requestCount(QStringLiteral("/chat/update")), 3);
        QCOMPARE(m_emulator.group(result.chatid)->members.size(), 50);

        EmulatorFixture::reset(m_emulator);
        m_emulator.injectFault(QStringLiteral("/chat/update"), EmulatorFault{ EmulatorFault::ApiError, -1, {}, 0 }, 10);
        result = runJob(settings(), memberIds(50));
        QCOMPARE(result.outcome, CreateResult::Outcome::CreatedPartially);
        QVERIFY(result.error.hasCode(-1));
        QCOMPARE(result.failedMembers.size(), 10);
        QCOMPARE(m_emulator.requestCount(QStringLiteral("/chat/update")), 4);
        QCOMPARE(m_emulator.requestCount(QStringLiteral("/chat/create")), 1);
    }

    void rateLimit_isWaitedOutWithBackOff()
    {
        m_emulator.injectFault(QStringLiteral("/chat/update"), EmulatorFault{ EmulatorFault::ApiError, 90018, {}, 0 },
                               3);
        QElapsedTimer timer;
        timer.start();
        const CreateResult result = runJob(settings(), memberIds(60));
        QCOMPARE(result.outcome, CreateResult::Outcome::Created);
        QCOMPARE(m_emulator.group(result.chatid)->members.size(), 60);
        QCOMPARE(m_emulator.requestCount(QStringLiteral("/chat/update")), 4);
        // 50 + 100 + 200 ms of back-off with the test's timing.
        QVERIFY(timer.elapsed() >= 350);
    }

    void pacing_neverMeetsTheRateLimit()
    {
        m_emulator.setRateLimit(true, 20);
        const CreateResult result = runJob(settings(), memberIds(1000));
        QCOMPARE(result.outcome, CreateResult::Outcome::Created);
        QCOMPARE(m_emulator.group(result.chatid)->members.size(), 1000);
        // 960 members after the create: exactly 24 adds, none of them repeated after a 90018.
        QCOMPARE(m_emulator.requestCount(QStringLiteral("/chat/update")), 24);
    }

    void unknownIdsInAnAdd_areFoundByHalvingAndOnlyTheyAreMissing()
    {
        QStringList ids = memberIds(120);
        ids[55] = QStringLiteral("left-the-company");
        ids[97] = QStringLiteral("typo-userid");
        ids[98] = QStringLiteral("another-typo");
        const CreateResult result = runJob(settings(), ids);
        QCOMPARE(result.outcome, CreateResult::Outcome::CreatedPartially);
        QStringList missing;
        for (const FailedMember& failed : result.failedMembers) {
            missing.append(failed.userid);
            QCOMPARE(failed.errcode, QStringLiteral("40031"));
        }
        missing.sort();
        QCOMPARE(missing,
                 QStringList({ QStringLiteral("another-typo"), QStringLiteral("left-the-company"),
                               QStringLiteral("typo-userid") }));
        QCOMPARE(result.memberCount, 117);
        QCOMPARE(m_emulator.group(result.chatid)->members.size(), 117);
    }

    void inactiveEmployee_isFoundByHalving()
    {
        QStringList ids = memberIds(50);
        m_emulator.setEmployeeActive(ids.at(45), false);
        const CreateResult result = runJob(settings(), ids);
        QCOMPARE(result.outcome, CreateResult::Outcome::CreatedPartially);
        QCOMPARE(result.failedMembers.size(), 1);
        QCOMPARE(result.failedMembers.first().userid, ids.at(45));
    }

    void retryAddingTheMissingMembers_completesTheGroup()
    {
        m_emulator.injectFault(QStringLiteral("/chat/update"),
                               EmulatorFault{ EmulatorFault::ApiError, 400001, QStringLiteral("系统错误"), 0 });
        const QStringList ids = memberIds(90);
        const CreateResult first = runJob(settings(), ids);
        QCOMPARE(first.outcome, CreateResult::Outcome::CreatedPartially);
        QStringList missing;
        for (const FailedMember& failed : first.failedMembers)
            missing.append(failed.userid);
        QCOMPARE(missing.size(), 40);

        DingTalkClient client(settings());
        AddMembersJob retry(client.api(), first.chatid, missing);
        QSignalSpy finished(&retry, &AddMembersJob::finished);
        retry.start();
        QVERIFY(finished.wait());
        QCOMPARE(retry.addedCount(), 40);
        QVERIFY(retry.failedMembers().isEmpty());
        QCOMPARE(m_emulator.group(first.chatid)->members.size(), 90);
    }

    // Faults after which DingTalk may have acted: the outcome is unknown and the create is never sent again.
    void createOfUnknownOutcome_isNeverSentTwice_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("groupExistsAtDingTalk");
        QTest::addColumn<int>("failure");
        QTest::newRow("hang") << int(EmulatorFault::Hang) << false << int(TransportFailure::Timeout);
        QTest::newRow("reset before processing")
            << int(EmulatorFault::ResetBeforeProcessing) << false << int(TransportFailure::ConnectionReset);
        QTest::newRow("reset after processing")
            << int(EmulatorFault::ResetAfterProcessing) << true << int(TransportFailure::ConnectionReset);
        QTest::newRow("half-written reply")
            << int(EmulatorFault::HalfWrittenReply) << true << int(TransportFailure::ConnectionReset);
        QTest::newRow("malformed json") << int(EmulatorFault::MalformedJson) << true << int(TransportFailure::NotJson);
        QTest::newRow("http 500 html") << int(EmulatorFault::Http500Html) << false << int(TransportFailure::HttpStatus);
    }

    void createOfUnknownOutcome_isNeverSentTwice()
    {
        QFETCH(int, kind);
        QFETCH(bool, groupExistsAtDingTalk);
        QFETCH(int, failure);
        m_emulator.injectFault(QStringLiteral("/chat/create"), EmulatorFault{ EmulatorFault::Kind(kind), 0, {}, 0 });
        const CreateResult result = runJob(settings(1), memberIds(3));
        QCOMPARE(result.outcome, CreateResult::Outcome::Unknown);
        QCOMPARE(int(result.error.failure), failure);
        QVERIFY(result.error.outcomeUnknown);
        QCOMPARE(m_emulator.requestCount(QStringLiteral("/chat/create")), 1);
        QCOMPARE(m_emulator.groups().size(), groupExistsAtDingTalk ? 1 : 0);
        // Not even a later call on the same connection repeats it.
        QTest::qWait(200);
        QCOMPARE(m_emulator.requestCount(QStringLiteral("/chat/create")), 1);
    }

    void connectionRefused_meansNothingWasCreated()
    {
        ConnectionSettings connection = settings();
        connection.setServer(EmulatorFixture::refusedUrl());
        const CreateResult result = runJob(connection, memberIds(3));
        QCOMPARE(result.outcome, CreateResult::Outcome::NotCreated);
        QCOMPARE(result.error.failure, TransportFailure::ConnectionRefused);
        QVERIFY(!result.error.outcomeUnknown);
    }

    void plainHttpToAnotherHost_isRefusedBeforeSending()
    {
        ConnectionSettings connection = settings();
        connection.setServer(QUrl(QStringLiteral("http://oapi.dingtalk.com")));
        const CreateResult result = runJob(connection, memberIds(3));
        QCOMPARE(result.outcome, CreateResult::Outcome::NotCreated);
        QCOMPARE(result.error.failure, TransportFailure::InsecureUrl);
    }

    void latency_isWaitedFor()
    {
        m_emulator.setLatency(300);
        const CreateResult result = runJob(settings(5), memberIds(3));
        QCOMPARE(result.outcome, CreateResult::Outcome::Created);
    }

    void cancelBeforeTheCreateLeaves_createsNothing()
    {
        m_emulator.injectFault(QStringLiteral("/gettoken"), EmulatorFault{ EmulatorFault::Latency, 0, {}, 500 });
        DingTalkClient client(settings());
        const QStringList ids = memberIds(3);
        CreateJob job(client.api(), QStringLiteral("cancel"), ids.first(), ids, {});
        QSignalSpy finished(&job, &CreateJob::finished);
        job.start();
        QTest::qWait(100);
        job.cancel();
        QVERIFY(finished.count() == 1 || finished.wait());
        QCOMPARE(job.result().outcome, CreateResult::Outcome::NotCreated);
        QTest::qWait(700);
        QCOMPARE(m_emulator.requestCount(QStringLiteral("/chat/create")), 0);
    }

    void cancelAfterTheCreateLeft_isUnknownAndNotRepeated()
    {
        m_emulator.injectFault(QStringLiteral("/chat/create"), EmulatorFault{ EmulatorFault::Latency, 0, {}, 600 });
        DingTalkClient client(settings());
        const QStringList ids = memberIds(3);
        CreateJob job(client.api(), QStringLiteral("cancel"), ids.first(), ids, {});
        QSignalSpy finished(&job, &CreateJob::finished);
        job.start();
        QTRY_COMPARE(m_emulator.requestCount(QStringLiteral("/chat/create")), 1);
        job.cancel();
        QVERIFY(finished.count() == 1 || finished.wait());
        QCOMPARE(job.result().outcome, CreateResult::Outcome::Unknown);
        QTest::qWait(900);
        QCOMPARE(m_emulator.requestCount(QStringLiteral("/chat/create")), 1);
    }

    void failedAddChunk_listsExactlyThoseMembers()
    {
        m_emulator.injectFault(QStringLiteral("/chat/update"),
                               EmulatorFault{ EmulatorFault::ApiError, 400001, QStringLiteral("系统错误"), 0 });
        const QStringList ids = memberIds(100);
        const CreateResult result = runJob(settings(), ids);
        QCOMPARE(result.outcome, CreateResult::Outcome::CreatedPartially);
        QVERIFY(result.groupExists());
        QCOMPARE(result.failedMembers.size(), 40);
        QCOMPARE(result.failedMembers.first().userid, ids.at(40));
        QCOMPARE(result.failedMembers.first().errcode, QStringLiteral("400001"));
        QCOMPARE(result.failedMembers.first().errmsg, QStringLiteral("系统错误"));
        QCOMPARE(result.memberCount, 60);
        QCOMPARE(m_emulator.group(result.chatid)->members.size(), 60);
    }

    void planCalls_putsOwnerInTheCreateAndFillsChunksToForty()
    {
        QStringList ids;
        for (int i = 0; i < 81; ++i)
            ids.append(QString::number(i));
        const QList<QStringList> calls = CreateJob::planCalls(ids);
        QCOMPARE(calls.size(), 3);
        QCOMPARE(calls.at(0).size(), 40);
        QCOMPARE(calls.at(0).first(), QStringLiteral("0"));
        QCOMPARE(calls.at(1).size(), 40);
        QCOMPARE(calls.at(2).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCreateJob)
#include "tst_CreateJob.moc"
