// Verify: the group read back from the emulator matches what was asked, and every difference is flagged once the
// group was changed behind our back.
#include "EmulatorFixture.h"
#include "dingtalk/DingTalkClient.h"
#include "dingtalk/GroupApi.h"
#include "verify/GroupVerifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

class TestGroupVerifier : public QObject
{
    Q_OBJECT

private:
    DingTalkEmulator m_emulator;

    static GroupState asked(const QString& name, const QStringList& ids, const GroupSettings& settings)
    {
        GroupState state;
        state.name = name;
        state.owner = ids.first();
        state.memberIds = ids;
        state.settings = settings;
        return state;
    }

    static QStringList fields(const GroupDifferences& differences)
    {
        QStringList names;
        for (const GroupDifference& difference : differences)
            names.append(difference.field);
        return names;
    }

    static void verify(GroupVerifier& verifier, const QString& chatid, const GroupState& state)
    {
        QSignalSpy finished(&verifier, &GroupVerifier::finished);
        verifier.verify(chatid, state);
        QVERIFY(verifier.isRunning());
        QVERIFY(finished.wait(15000));
        QVERIFY(!verifier.isRunning());
    }

private slots:
    void initTestCase() { QVERIFY(m_emulator.start()); }

    void init() { EmulatorFixture::reset(m_emulator); }

    void groupAsAsked_hasNoDifference()
    {
        DingTalkClient client(EmulatorFixture::connection(m_emulator));
        const QStringList ids = EmulatorFixture::memberIds(m_emulator, 45);
        GroupSettings settings;
        settings.searchable = true;
        settings.managementOwnerOnly = true;
        const CreateResult created
            = EmulatorFixture::createGroup(client.api(), QStringLiteral("核对群"), ids, settings);
        QCOMPARE(created.outcome, CreateResult::Outcome::Created);

        GroupVerifier verifier(client.api());
        verify(verifier, created.chatid, asked(QStringLiteral("核对群"), ids, settings));
        QVERIFY2(verifier.error().isOk(), qPrintable(verifier.error().summary()));
        QVERIFY(verifier.differences().isEmpty());
        QCOMPARE(verifier.actual().name, QStringLiteral("核对群"));
        QCOMPARE(verifier.actual().owner, ids.first());
        QCOMPARE(verifier.actual().memberIds.size(), 45);
        QCOMPARE(verifier.actual().settings, settings);
        QCOMPARE(m_emulator.requestCount(QStringLiteral("/chat/get")), 1);
    }

    void changedGroup_isFlagged()
    {
        DingTalkClient client(EmulatorFixture::connection(m_emulator));
        const QStringList ids = EmulatorFixture::memberIds(m_emulator, 6);
        const CreateResult created = EmulatorFixture::createGroup(client.api(), QStringLiteral("原名"), ids);
        QCOMPARE(created.outcome, CreateResult::Outcome::Created);
        EmulatorFixture::changeGroupBehindOurBack(
            m_emulator, created.chatid,
            QJsonObject{ { "name", "新名" }, { "chatBannedType", 1 }, { "del_useridlist", QJsonArray{ ids.last() } } });

        GroupVerifier verifier(client.api());
        verify(verifier, created.chatid, asked(QStringLiteral("原名"), ids, GroupSettings()));
        QVERIFY(verifier.error().isOk());
        QCOMPARE(fields(verifier.differences()),
                 (QStringList{ "name", "memberCount", "missingMembers", "chatBannedType" }));
        const GroupDifference name = verifier.differences().first();
        QCOMPARE(name.asked, QStringLiteral("原名"));
        QCOMPARE(name.actual, QStringLiteral("新名"));
        QVERIFY(name.description.contains(QStringLiteral("新名")));
        QCOMPARE(verifier.differences().at(2).asked, ids.last());
        const GroupDifference muted = verifier.differences().last();
        QCOMPARE(muted.asked, QStringLiteral("0"));
        QCOMPARE(muted.actual, QStringLiteral("1"));
        QVERIFY(!muted.description.isEmpty());
    }

    void otherSettingsAsked_areFlaggedOneByOne()
    {
        DingTalkClient client(EmulatorFixture::connection(m_emulator, ApiGeneration::V1));
        const QStringList ids = EmulatorFixture::memberIds(m_emulator, 3);
        GroupSettings created;
        created.showHistory = true;
        const CreateResult result = EmulatorFixture::createGroup(client.api(), QStringLiteral("群"), ids, created);
        QCOMPARE(result.outcome, CreateResult::Outcome::Created);
        GroupSettings wanted;
        wanted.validation = true;
        GroupVerifier verifier(client.api());
        verify(verifier, result.chatid, asked(QStringLiteral("群"), ids, wanted));
        QCOMPARE(fields(verifier.differences()), (QStringList{ "showHistoryType", "validationType" }));
    }

    void unknownGroup_isAnError()
    {
        DingTalkClient client(EmulatorFixture::connection(m_emulator));
        GroupVerifier verifier(client.api());
        verify(verifier, QStringLiteral("chatnothere"), asked(QStringLiteral("x"), { QStringLiteral("a") }, {}));
        QVERIFY(verifier.error().hasCode(40016));
        QVERIFY(verifier.differences().isEmpty());
    }

    void compare_listsUnexpectedMembersAndOwner()
    {
        GroupState wanted = asked(QStringLiteral("n"), { "a", "b" }, {});
        GroupState actual = wanted;
        actual.owner = QStringLiteral("b");
        actual.memberIds = QStringList{ "a", "b", "c" };
        const GroupDifferences differences = GroupVerifier::compare(wanted, actual);
        QCOMPARE(fields(differences), (QStringList{ "owner", "memberCount", "unexpectedMembers" }));
        QCOMPARE(differences.last().actual, QStringLiteral("c"));
    }
};

QTEST_GUILESS_MAIN(TestGroupVerifier)
#include "tst_GroupVerifier.moc"
