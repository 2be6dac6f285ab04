#include "CliPhoneResolution.h"
#include "DingTalkEmulator.h"
#include "EmulatorFixture.h"
#include "dingtalk/DingTalkClient.h"

#include <QTcpServer>
#include <QTest>

/** The phone-number step on its own: the limit before any lookup, then lookups against the emulator. */
class TestCliPhoneResolution : public QObject
{
    Q_OBJECT

private:
    DingTalkEmulator m_emulator;
    QList<EmulatedEmployee> m_people; // active, the owner excluded

    static Member phone(const QString& mobile)
    {
        Member member;
        member.mobile = mobile;
        member.state = MemberState::Unresolved;
        member.source = MemberSource::Imported;
        return member;
    }

    ConnectionSettings connection() const { return EmulatorFixture::connection(m_emulator); }

    static const char* lookupPath() { return "/topapi/v2/user/getbymobile"; }

private slots:
    void initTestCase()
    {
        QVERIFY(m_emulator.start());
        m_people = EmulatorFixture::activeEmployeesExceptOwner(m_emulator);
        QVERIFY(m_people.size() > 1000);
    }

    void init() { EmulatorFixture::reset(m_emulator); }

    void limit_countsDistinctIdsPhonesAndOwner()
    {
        GroupSpec spec;
        spec.name = QStringLiteral("T");
        spec.owner = QStringLiteral("owner1");
        for (int i = 0; i < 997; ++i)
            spec.members.append(Member::fromUserId(QStringLiteral("u%1").arg(i)));
        spec.members.append(Member::fromUserId(QStringLiteral("u1"))); // a duplicate counts once
        spec.members.append(phone(QStringLiteral("13800000001")));
        spec.members.append(phone(QStringLiteral("+86 138-0000-0001"))); // the same number, another spelling
        spec.members.append(phone(QStringLiteral("13800000002")));
        // 997 ids + owner + 2 numbers = 1000: allowed.
        GroupValidation validation = CliPhoneResolution::validateBeforeLookup(spec);
        QVERIFY(validation.isValid());
        QVERIFY(!validation.hasIssue(ValidationIssue::MemberUnresolved));

        spec.members.append(phone(QStringLiteral("13800000003")));
        validation = CliPhoneResolution::validateBeforeLookup(spec);
        QVERIFY(!validation.isValid());
        QCOMPARE(validation.errors().size(), 1);
        QCOMPARE(validation.errors().first().code, ValidationIssue::TooManyMembers);
        QCOMPARE(validation.errors().first().subject, QStringLiteral("1001"));
    }

    void onlyPhones_noMembersNotReported_otherErrorsAre()
    {
        GroupSpec spec;
        spec.owner = QStringLiteral("owner1");
        spec.members = { phone(QStringLiteral("13800000001")) };
        const GroupValidation validation = CliPhoneResolution::validateBeforeLookup(spec);
        QVERIFY(!validation.hasIssue(ValidationIssue::NoMembers));
        QVERIFY(validation.hasIssue(ValidationIssue::NameEmpty));
    }

    void resolved_numbersBecomeTheirUserids()
    {
        DingTalkClient client(connection());
        const MemberList members{ Member::fromUserId(m_people.at(0).userid), phone(m_people.at(1).mobile),
                                  phone(QStringLiteral("+86 ") + m_people.at(2).mobile), phone(m_people.at(1).mobile) };
        CliPhoneResolution resolution(client.api(), members);
        QCOMPARE(resolution.lookupCount(), 2);
        QList<int> done;
        QCOMPARE(resolution.run([&done](int d, int) { done.append(d); }), CliPhoneResolution::Outcome::Resolved);
        QCOMPARE(done.last(), 2);
        QCOMPARE(m_emulator.requestCount(lookupPath()), 2);
        QStringList ids;
        for (const Member& member : resolution.members())
            ids.append(member.userid);
        QCOMPARE(ids,
                 (QStringList{ m_people.at(0).userid, m_people.at(1).userid, m_people.at(2).userid,
                               m_people.at(1).userid }));
        QCOMPARE(resolution.members().at(1).source, MemberSource::PhoneLookup);
        QCOMPARE(resolution.members().at(1).mobile, m_people.at(1).mobile);
    }

    void unresolved_listedWithDingTalksCode_applyToMakesPartial()
    {
        m_emulator.setEmployeeActive(m_people.at(3).userid, false); // has left: not found by number
        DingTalkClient client(connection());
        const QString unknown = EmulatorFixture::unknownMobile(m_emulator);
        CliPhoneResolution resolution(client.api(),
                                      { phone(m_people.at(1).mobile), phone(unknown), phone(m_people.at(3).mobile),
                                        phone(QStringLiteral("12345")) });
        QCOMPARE(resolution.run(), CliPhoneResolution::Outcome::Unresolved);
        QCOMPARE(resolution.resolvedCount(), 1);
        const QList<MobileResolution> unresolved = resolution.unresolved();
        QCOMPARE(unresolved.size(), 3);
        QCOMPARE(unresolved.at(0).mobile, unknown);
        QCOMPARE(unresolved.at(0).error.errcode, QStringLiteral("60121"));
        QCOMPARE(unresolved.at(1).error.errcode, QStringLiteral("60121"));
        QCOMPARE(unresolved.at(2).error.errcode, QStringLiteral("40104"));
        QCOMPARE(resolution.members().size(), 1);

        CreateResult created;
        created.outcome = CreateResult::Outcome::Created;
        created.chatid = QStringLiteral("chat1");
        resolution.applyTo(created);
        QCOMPARE(created.outcome, CreateResult::Outcome::CreatedPartially);
        QCOMPARE(created.failedMembers.size(), 3);
        QCOMPARE(created.failedMembers.first().userid, QString());
        QCOMPARE(created.failedMembers.first().mobile, unknown);
        QCOMPARE(created.failedMembers.first().errcode, QStringLiteral("60121"));
        QCOMPARE(created.error.errcode, QStringLiteral("60121"));

        CreateResult rejected;
        rejected.outcome = CreateResult::Outcome::Rejected;
        rejected.error = ApiError::api(QStringLiteral("60011"), QStringLiteral("no permission"));
        resolution.applyTo(rejected);
        QCOMPARE(rejected.outcome, CreateResult::Outcome::Rejected);
        QVERIFY(rejected.failedMembers.isEmpty());
        QCOMPARE(rejected.error.errcode, QStringLiteral("60011"));
    }

    void refused_stopsAtOnce()
    {
        m_emulator.injectFault(QLatin1String(lookupPath()), EmulatorFault::apiError(60011), -1);
        DingTalkClient client(connection());
        MemberList members;
        for (int i = 0; i < 30; ++i)
            members.append(phone(m_people.at(i).mobile));
        CliPhoneResolution resolution(client.api(), members);
        QCOMPARE(resolution.run(), CliPhoneResolution::Outcome::Refused);
        QCOMPARE(resolution.error().errcode, QStringLiteral("60011"));
        QVERIFY2(m_emulator.requestCount(lookupPath()) <= 2,
                 qPrintable(QString::number(m_emulator.requestCount(lookupPath()))));
    }

    void noServer_failed()
    {
        quint16 port = 0;
        {
            QTcpServer server;
            server.listen(QHostAddress::LocalHost);
            port = server.serverPort();
        }
        ConnectionSettings settings = connection();
        settings.setServer(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        DingTalkClient client(settings);
        CliPhoneResolution resolution(client.api(), { phone(m_people.at(0).mobile), phone(m_people.at(1).mobile) });
        QCOMPARE(resolution.run(), CliPhoneResolution::Outcome::Failed);
        QCOMPARE(resolution.error().failure, TransportFailure::ConnectionRefused);
    }
};

QTEST_GUILESS_MAIN(TestCliPhoneResolution)
#include "tst_CliPhoneResolution.moc"
