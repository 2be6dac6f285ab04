#include "DirectoryFixture.h"
#include "directory/Directory.h"

#include <QtTest>

/** The directory in memory: department paths, finding people and departments, search as you type. */
class TestDirectory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void departmentPaths_areBelowTheRootJoinedWithSlash();
    void personInTwoDepartments_hasBothPaths();
    void search_findsPartOfAName();
    void search_findsJobNumberAndUseridFromTheirStart();
    void search_findsAMobileNumberInAnyForm();
    void search_ranksExactMatchesFirstAndHonoursTheLimit();
    void search_ofBlankText_findsNobody();
    void peopleNamed_findsBothNamesakes();
    void peopleNamed_ignoresBlanksAndCase();
    void findDepartments_byFullPathIsExact();
    void findDepartments_byNameFindsEveryDepartmentOfThatName();
    void findDepartments_byEndOfPath();
    void findDepartments_unknown_findsNone();
    void departmentMembers_withAndWithoutSubdepartments();
    void nullDirectory_findsNothing();
    void mobileKey_matchesPhoneColumnsAndForeignNumbers();

private:
    const DirectoryDepartment* onlyDepartment(const QString& nameOrPath) const;

    Directory m_directory;
};

void TestDirectory::initTestCase()
{
    m_directory = DirectoryFixture::demoDirectory();
    QVERIFY(!m_directory.isNull());
}

const DirectoryDepartment* TestDirectory::onlyDepartment(const QString& nameOrPath) const
{
    const QList<const DirectoryDepartment*> found = m_directory.findDepartments(nameOrPath);
    return found.size() == 1 ? found.first() : nullptr;
}

void TestDirectory::departmentPaths_areBelowTheRootJoinedWithSlash()
{
    QCOMPARE(m_directory.department(511)->path, QString("销售部/华东区/上海组"));
    QCOMPARE(m_directory.department(5)->path, QString("销售部"));
    QCOMPARE(m_directory.root()->path, QString());
    const DirectoryPerson* owner = m_directory.person("manager4220");
    QVERIFY(owner);
    QCOMPARE(owner->departmentPaths, QStringList{ "总经办" });
    QCOMPARE(m_directory.person("userid1")->departmentPaths, QStringList{ "销售部/华东区/上海组" });
}

void TestDirectory::personInTwoDepartments_hasBothPaths()
{
    const DirectoryPerson* twice = nullptr;
    for (const DirectoryPerson& person : m_directory.people()) {
        if (person.departmentIds.size() == 2) {
            twice = &person;
            break;
        }
    }
    QVERIFY(twice);
    QCOMPARE(twice->departmentPaths.size(), 2);
    for (const qint64 id : twice->departmentIds)
        QVERIFY(m_directory.departmentMembers(id, false).contains(twice));
}

void TestDirectory::search_findsPartOfAName()
{
    const QList<const DirectoryPerson*> found = m_directory.search("建国", 0);
    QVERIFY(!found.isEmpty());
    bool owner = false;
    for (const DirectoryPerson* person : found) {
        QVERIFY2(person->name.contains("建国"), qPrintable(person->name));
        owner = owner || person->userid == "manager4220";
    }
    QVERIFY(owner);
    // English names without case.
    const QList<const DirectoryPerson*> english = m_directory.search("emily", 0);
    QVERIFY(!english.isEmpty());
    for (const DirectoryPerson* person : english)
        QVERIFY(person->name.contains("Emily"));
}

void TestDirectory::search_findsJobNumberAndUseridFromTheirStart()
{
    const DirectoryPerson* owner = m_directory.person("manager4220");
    QCOMPARE(m_directory.search(owner->jobNumber, 0).first(), owner);
    QCOMPARE(m_directory.search("MANAGER4220", 0).first(), owner);
    for (const DirectoryPerson* person : m_directory.search("manager", 0))
        QVERIFY2(person->userid.startsWith("manager") || person->name.contains("manager", Qt::CaseInsensitive),
                 qPrintable(person->userid));
    // The start, not any part: "4220" is not the start of manager4220's userid.
    QVERIFY(!m_directory.search("4220", 0).contains(owner));
}

void TestDirectory::search_findsAMobileNumberInAnyForm()
{
    const DirectoryPerson* owner = m_directory.person("manager4220");
    const QString mobile = owner->mobile;
    QCOMPARE(mobile.size(), 11);
    const QString spaced = "+86 " + mobile.left(3) + "-" + mobile.mid(3, 4) + "-" + mobile.mid(7);
    for (const QString& form : { mobile, spaced, "0086" + mobile }) {
        const QList<const DirectoryPerson*> found = m_directory.search(form, 0);
        QVERIFY2(!found.isEmpty() && found.first() == owner, qPrintable(form));
    }
}

void TestDirectory::search_ranksExactMatchesFirstAndHonoursTheLimit()
{
    const QList<const DirectoryPerson*> found = m_directory.search("张伟", 0);
    QVERIFY(found.size() >= 2);
    QCOMPARE(found.at(0)->name, QString("张伟"));
    QCOMPARE(found.at(1)->name, QString("张伟"));
    QCOMPARE(m_directory.search("王", 5).size(), 5);
    QVERIFY(m_directory.search("王", 0).size() > 5);
}

void TestDirectory::search_ofBlankText_findsNobody()
{
    QVERIFY(m_directory.search("", 0).isEmpty());
    QVERIFY(m_directory.search("   ", 0).isEmpty());
    QVERIFY(m_directory.search("没有这个人名字", 0).isEmpty());
}

void TestDirectory::peopleNamed_findsBothNamesakes()
{
    const QList<const DirectoryPerson*> twins = m_directory.peopleNamed(DemoOrganisation::namesakeName());
    QStringList ids;
    for (const DirectoryPerson* person : twins)
        ids.append(person->userid);
    for (const QString& userid : DemoOrganisation::namesakes())
        QVERIFY(ids.contains(userid));
    QVERIFY(twins.at(0)->departmentPaths != twins.at(1)->departmentPaths);
}

void TestDirectory::peopleNamed_ignoresBlanksAndCase()
{
    QCOMPARE(m_directory.peopleNamed(" 王 建国 ").size(), m_directory.peopleNamed("王建国").size());
    QVERIFY(!m_directory.peopleNamed("王建国").isEmpty());
    QVERIFY(m_directory.peopleNamed("王建").isEmpty()); // exact names only
}

void TestDirectory::findDepartments_byFullPathIsExact()
{
    const DirectoryDepartment* east = onlyDepartment("销售部/华东区");
    QVERIFY(east);
    QCOMPARE(east->id, qint64(51));
    QCOMPARE(onlyDepartment(" 市场部 / 华东区 ")->id, qint64(61));
}

void TestDirectory::findDepartments_byNameFindsEveryDepartmentOfThatName()
{
    const QList<const DirectoryDepartment*> found = m_directory.findDepartments("华东区");
    QCOMPARE(found.size(), 2);
    QStringList paths{ found.at(0)->path, found.at(1)->path };
    paths.sort();
    QCOMPARE(paths, (QStringList{ "市场部/华东区", "销售部/华东区" }));
    QCOMPARE(onlyDepartment("研发部")->id, qint64(7));
}

void TestDirectory::findDepartments_byEndOfPath()
{
    QCOMPARE(onlyDepartment("华东区/上海组")->id, qint64(511));
    QCOMPARE(onlyDepartment("上海组")->id, qint64(511));
    // Parts are whole names: "东区" is not 华东区.
    QVERIFY(m_directory.findDepartments("东区").isEmpty());
}

void TestDirectory::findDepartments_unknown_findsNone()
{
    QVERIFY(m_directory.findDepartments("不存在的部门").isEmpty());
    QVERIFY(m_directory.findDepartments("/").isEmpty());
}

void TestDirectory::departmentMembers_withAndWithoutSubdepartments()
{
    const QList<const DirectoryPerson*> direct = m_directory.departmentMembers(5, false);
    const QList<const DirectoryPerson*> all = m_directory.departmentMembers(5, true);
    QVERIFY(all.size() > direct.size());
    QSet<const DirectoryPerson*> unique(all.cbegin(), all.cend());
    QCOMPARE(unique.size(), all.size()); // each person once
    bool userid1 = false;
    for (const DirectoryPerson* person : all)
        userid1 = userid1 || person->userid == "userid1";
    QVERIFY(userid1); // 销售部/华东区/上海组 is below 销售部
    for (const DirectoryPerson* person : direct)
        QVERIFY(person->departmentIds.contains(5));
}

void TestDirectory::nullDirectory_findsNothing()
{
    const Directory none;
    QVERIFY(none.isNull());
    QVERIFY(none.people().isEmpty());
    QVERIFY(!none.person("manager4220"));
    QVERIFY(none.search("王").isEmpty());
    QVERIFY(none.findDepartments("销售部").isEmpty());
}

void TestDirectory::mobileKey_matchesPhoneColumnsAndForeignNumbers()
{
    QCOMPARE(DirectoryPerson::mobileKey("138 0013 8000"), QString("13800138000"));
    QCOMPARE(DirectoryPerson::mobileKey("+86-13800138000"), QString("13800138000"));
    QCOMPARE(DirectoryPerson::mobileKey(QStringLiteral("１３８００１３８０００")), QString("13800138000"));
    QCOMPARE(DirectoryPerson::mobileKey("+852-91234567"), QString("+852-91234567"));
    QCOMPARE(DirectoryPerson::mobileKey("+852 9123 4567"), QString("+852-91234567"));
    QCOMPARE(DirectoryPerson::mobileKey("manager4220"), QString());
    QCOMPARE(DirectoryPerson::mobileKey("10001"), QString());
}

QTEST_GUILESS_MAIN(TestDirectory)
#include "tst_Directory.moc"
