#include "DemoOrganisation.h"
#include "DingTalkEmulator.h"

#include <QRegularExpression>
#include <QSet>
#include <QtTest>

/** The generated demo company: size, uniqueness, realism, determinism. */
class TestDemoOrganisation : public QObject
{
    Q_OBJECT

private slots:
    void organisation_hasAbout2000UniqueUseridsAndMobiles();
    void everyone_hasANameAndAWellFormedMobile();
    void names_areMostlyChineseWithSomeEnglish();
    void userids_comeInDingTalkStyles();
    void documentationIds_arePresentAndActive();
    void aFewDozen_haveLeftTheCompany();
    void generation_isDeterministic();
};

void TestDemoOrganisation::organisation_hasAbout2000UniqueUseridsAndMobiles()
{
    const QList<EmulatedEmployee> people = DingTalkEmulator().employees();
    QVERIFY(people.size() >= 1900 && people.size() <= 2100);
    QSet<QString> ids;
    QSet<QString> mobiles;
    for (const EmulatedEmployee& person : people) {
        ids.insert(person.userid);
        mobiles.insert(person.mobile);
    }
    QCOMPARE(ids.size(), people.size());
    QCOMPARE(mobiles.size(), people.size());
}

void TestDemoOrganisation::everyone_hasANameAndAWellFormedMobile()
{
    const QRegularExpression mobile("^1[3-9][0-9]{9}$");
    const auto people = DemoOrganisation::employees();
    for (const EmulatedEmployee& person : people) {
        QVERIFY2(!person.name.trimmed().isEmpty(), qPrintable(person.userid));
        QVERIFY2(!person.userid.isEmpty(), qPrintable(person.name));
        QVERIFY2(mobile.match(person.mobile).hasMatch(), qPrintable(person.mobile));
    }
}

void TestDemoOrganisation::names_areMostlyChineseWithSomeEnglish()
{
    int chinese = 0;
    int english = 0;
    const QRegularExpression han("^\\p{Han}{2,4}$");
    const QRegularExpression latin("^[A-Z][a-z]+ [A-Z][a-z]+$");
    const auto people = DemoOrganisation::employees();
    for (const EmulatedEmployee& person : people) {
        if (han.match(person.name).hasMatch())
            ++chinese;
        else if (latin.match(person.name).hasMatch())
            ++english;
    }
    QCOMPARE(chinese + english, people.size());
    QVERIFY(chinese > people.size() * 3 / 4);
    QVERIFY(english > 50);
}

void TestDemoOrganisation::userids_comeInDingTalkStyles()
{
    int pinyin = 0;
    int numeric = 0;
    const QRegularExpression pinyinStyle("^[a-z]+[0-9]{4}$");
    const QRegularExpression numericStyle("^[1-9][0-9]{15}$");
    const auto people = DemoOrganisation::employees();
    for (const EmulatedEmployee& person : people) {
        if (numericStyle.match(person.userid).hasMatch())
            ++numeric;
        else if (pinyinStyle.match(person.userid).hasMatch())
            ++pinyin;
    }
    QVERIFY(pinyin > 1000);
    QVERIFY(numeric > 200);
}

void TestDemoOrganisation::documentationIds_arePresentAndActive()
{
    DingTalkEmulator emulator;
    QCOMPARE(emulator.demoOwnerId(), QString("manager4220"));
    QSet<QString> active;
    const auto people = emulator.employees();
    for (const EmulatedEmployee& person : people) {
        if (person.active)
            active.insert(person.userid);
    }
    QVERIFY(active.contains("manager4220"));
    QVERIFY(active.contains("userid1"));
    QVERIFY(active.contains("userid2"));
}

void TestDemoOrganisation::aFewDozen_haveLeftTheCompany()
{
    int left = 0;
    const auto people = DemoOrganisation::employees();
    for (const EmulatedEmployee& person : people)
        left += person.active ? 0 : 1;
    QVERIFY(left >= 20 && left <= 60);
}

void TestDemoOrganisation::generation_isDeterministic()
{
    // A fresh emulator (or a reset one) sees the very same people.
    DingTalkEmulator first;
    DingTalkEmulator second;
    second.setEmployeeActive("userid1", false);
    second.reset();
    const auto a = first.employees();
    const auto b = second.employees();
    QCOMPARE(a.size(), b.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        QCOMPARE(a.at(i).userid, b.at(i).userid);
        QCOMPARE(a.at(i).mobile, b.at(i).mobile);
        QCOMPARE(a.at(i).active, b.at(i).active);
    }
    QCOMPARE(a.at(100).userid, QString(DemoOrganisation::employees().at(100).userid));
}

QTEST_GUILESS_MAIN(TestDemoOrganisation)
#include "tst_DemoOrganisation.moc"
