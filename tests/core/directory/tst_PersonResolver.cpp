#include "DirectoryFixture.h"
#include "directory/PersonResolver.h"

#include <QtTest>

/** The one rule for reading a person: userid, job number, exact name, mobile; column kinds; no directory. */
class TestPersonResolver : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void knownUserid_isTheUserid();
    void jobNumber_isItsPerson();
    void exactName_ofOnePerson_isThatPerson();
    void nameOfTwoPeople_isAmbiguousWithBothCandidates();
    void mobileInTheDirectory_isItsPerson();
    void mobileNotInTheDirectory_isLeftToThePhoneLookup();
    void unknownValue_isUnknown();
    void userIdComesBeforeJobNumber();
    void jobNumberComesBeforeName();
    void nameColumn_readsNamesOnly();
    void jobNumberColumn_readsJobNumbersOnly();
    void useridColumn_needsNoDirectory();
    void withoutDirectory_valuesAreUseridsOrMobiles();
    void withoutDirectory_namesAreUnknown();

private:
    EmulatedOrganisation m_organisation;
    PersonResolver m_resolver;
};

void TestPersonResolver::initTestCase()
{
    m_organisation = EmulatedOrganisation{ DemoOrganisation::departments(), DemoOrganisation::employees() };
    // A userid that equals someone else's job number, where an organisation chose userids so.
    EmulatedEmployee clash = m_organisation.employees.at(10);
    clash.userid = m_organisation.employees.at(11).jobNumber;
    clash.jobNumber = "J-CLASH";
    clash.name = "冲突测试";
    clash.active = true;
    m_organisation.employees.append(clash);
    // A name that equals someone's job number.
    EmulatedEmployee numbered = m_organisation.employees.at(12);
    numbered.userid = "numbered0001";
    numbered.name = m_organisation.employees.at(13).jobNumber;
    numbered.jobNumber = "J-NUMBERED";
    numbered.active = true;
    m_organisation.employees.append(numbered);
    m_resolver = PersonResolver(DirectoryFixture::directoryOf(m_organisation));
    QVERIFY(m_resolver.hasDirectory());
}

void TestPersonResolver::knownUserid_isTheUserid()
{
    const PersonMatch match = m_resolver.resolve(" manager4220 ");
    QCOMPARE(match.kind, PersonMatch::Kind::UserId);
    QCOMPARE(match.userid, QString("manager4220"));
    QCOMPARE(match.candidates.size(), 1);
    QCOMPARE(match.candidates.first().name, QString("王建国"));
}

void TestPersonResolver::jobNumber_isItsPerson()
{
    const EmulatedEmployee& person = m_organisation.employees.at(1);
    const PersonMatch match = m_resolver.resolve(person.jobNumber);
    QCOMPARE(match.kind, PersonMatch::Kind::JobNumber);
    QCOMPARE(match.userid, person.userid);
}

void TestPersonResolver::exactName_ofOnePerson_isThatPerson()
{
    const PersonMatch match = m_resolver.resolve("王建国");
    if (m_resolver.directory().peopleNamed("王建国").size() != 1)
        QSKIP("the demo organisation has another 王建国");
    QCOMPARE(match.kind, PersonMatch::Kind::Name);
    QCOMPARE(match.userid, QString("manager4220"));
}

void TestPersonResolver::nameOfTwoPeople_isAmbiguousWithBothCandidates()
{
    const PersonMatch match = m_resolver.resolve(DemoOrganisation::namesakeName());
    QCOMPARE(match.kind, PersonMatch::Kind::Ambiguous);
    QVERIFY(!match.isResolved());
    QStringList ids;
    for (const DirectoryPerson& candidate : match.candidates)
        ids.append(candidate.userid);
    for (const QString& userid : DemoOrganisation::namesakes())
        QVERIFY(ids.contains(userid));
}

void TestPersonResolver::mobileInTheDirectory_isItsPerson()
{
    const EmulatedEmployee& person = m_organisation.employees.at(2);
    const PersonMatch match = m_resolver.resolve("+86 " + person.mobile);
    QCOMPARE(match.kind, PersonMatch::Kind::Mobile);
    QCOMPARE(match.userid, person.userid);
    QVERIFY(!match.needsMobileLookup());
}

void TestPersonResolver::mobileNotInTheDirectory_isLeftToThePhoneLookup()
{
    const PersonMatch match = m_resolver.resolve("199 0000 0000");
    QCOMPARE(match.kind, PersonMatch::Kind::Mobile);
    QVERIFY(match.needsMobileLookup());
    QCOMPARE(match.mobile, QString("19900000000"));
}

void TestPersonResolver::unknownValue_isUnknown()
{
    for (const QString& text : { QString("nobody0000"), QString("无此人"), QString() }) {
        const PersonMatch match = m_resolver.resolve(text);
        QCOMPARE(match.kind, PersonMatch::Kind::Unknown);
        QVERIFY(match.candidates.isEmpty());
    }
}

void TestPersonResolver::userIdComesBeforeJobNumber()
{
    const QString value = m_organisation.employees.at(11).jobNumber;
    const PersonMatch match = m_resolver.resolve(value);
    QCOMPARE(match.kind, PersonMatch::Kind::UserId);
    QCOMPARE(match.userid, value); // the person whose userid it is, not the one whose job number it is
    QCOMPARE(m_resolver.resolve(value, PersonField::JobNumber).userid, m_organisation.employees.at(11).userid);
}

void TestPersonResolver::jobNumberComesBeforeName()
{
    const QString value = m_organisation.employees.at(13).jobNumber;
    const PersonMatch match = m_resolver.resolve(value);
    QCOMPARE(match.kind, PersonMatch::Kind::JobNumber);
    QCOMPARE(match.userid, m_organisation.employees.at(13).userid);
    QCOMPARE(m_resolver.resolve(value, PersonField::Name).userid, QString("numbered0001"));
}

void TestPersonResolver::nameColumn_readsNamesOnly()
{
    QCOMPARE(m_resolver.resolve("manager4220", PersonField::Name).kind, PersonMatch::Kind::Unknown);
    QCOMPARE(m_resolver.resolve(m_organisation.employees.at(1).jobNumber, PersonField::Name).kind,
             PersonMatch::Kind::Unknown);
    QCOMPARE(m_resolver.resolve(DemoOrganisation::namesakeName(), PersonField::Name).kind,
             PersonMatch::Kind::Ambiguous);
}

void TestPersonResolver::jobNumberColumn_readsJobNumbersOnly()
{
    QCOMPARE(m_resolver.resolve("manager4220", PersonField::JobNumber).kind, PersonMatch::Kind::Unknown);
    QCOMPARE(m_resolver.resolve("王建国", PersonField::JobNumber).kind, PersonMatch::Kind::Unknown);
    const PersonMatch match = m_resolver.resolve(m_organisation.employees.at(1).jobNumber, PersonField::JobNumber);
    QCOMPARE(match.kind, PersonMatch::Kind::JobNumber);
}

void TestPersonResolver::useridColumn_needsNoDirectory()
{
    // A userid the directory does not know is still a userid in a userid column: DingTalk decides.
    const PersonMatch match = m_resolver.resolve("not-in-directory", PersonField::UserId);
    QCOMPARE(match.kind, PersonMatch::Kind::UserId);
    QCOMPARE(match.userid, QString("not-in-directory"));
    QVERIFY(match.candidates.isEmpty());
}

void TestPersonResolver::withoutDirectory_valuesAreUseridsOrMobiles()
{
    const PersonResolver none;
    QVERIFY(!none.hasDirectory());
    const PersonMatch userid = none.resolve("王建国");
    QCOMPARE(userid.kind, PersonMatch::Kind::UserId); // as today: a value that is no mobile is a userid
    QCOMPARE(userid.userid, QString("王建国"));
    const PersonMatch mobile = none.resolve("138-0013-8000");
    QCOMPARE(mobile.kind, PersonMatch::Kind::Mobile);
    QVERIFY(mobile.needsMobileLookup());
    QCOMPARE(mobile.mobile, QString("13800138000"));
}

void TestPersonResolver::withoutDirectory_namesAreUnknown()
{
    const PersonResolver none;
    QCOMPARE(none.resolve("王建国", PersonField::Name).kind, PersonMatch::Kind::Unknown);
    QCOMPARE(none.resolve("10001", PersonField::JobNumber).kind, PersonMatch::Kind::Unknown);
}

QTEST_GUILESS_MAIN(TestPersonResolver)
#include "tst_PersonResolver.moc"
