#include "DemoOrganisation.h"
#include "DingTalkEmulator.h"
#include "SandboxClient.h"

#include <QJsonArray>
#include <QSet>
#include <QtTest>

/**
 * The emulator's contacts directory as a client sees it: department/listsub and user/list with DingTalk's paging,
 * the demo organisation's tree, permissions (60011), departments outside the app's scope (50004) and the rate limit.
 */
class TestDirectoryApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void demoTree_hasFourLevelsTwentyDepartmentsAndTwoOfTheSameName();
    void demoPeople_haveJobNumbersDepartmentsAndNamesakes();
    void listsubOfRoot_listsTheFirstLevel();
    void listsubWithoutDeptId_listsTheRoot();
    void listsubOfUnknownDepartment_answers60003();
    void walkingTheTree_reachesEveryDepartmentAndEveryActivePersonOnce();
    void userListPages_followCursorUntilHasMoreIsFalse();
    void userListWithPageOver100_answers40069();
    void userListWithoutCursor_answers400002();
    void personInTwoDepartments_isListedInBoth();
    void formerEmployee_isNotListed();
    void withoutDepartmentListPermission_listsubAnswers60011();
    void withoutMemberPermission_userListAnswers60011();
    void departmentOutOfScope_isListedByParentButAnswers50004();
    void directoryCalls_areRateLimitedPerApi();
    void faults_playOnDirectoryPaths();
    void generatedOrganisation_hasTheAskedSize();

private:
    QJsonObject post(const QString& path, const QJsonObject& body);
    QList<qint64> childIds(qint64 departmentId);
    QStringList memberIds(qint64 departmentId, int pageSize = 100, int* calls = nullptr);

    DingTalkEmulator m_emulator;
    std::unique_ptr<SandboxClient> m_client;
    QString m_token;
};

void TestDirectoryApi::initTestCase()
{
    QVERIFY(m_emulator.start());
    m_client = std::make_unique<SandboxClient>(m_emulator);
}

void TestDirectoryApi::init()
{
    m_emulator.reset();
    m_token = m_client->token();
    QVERIFY(!m_token.isEmpty());
}

QJsonObject TestDirectoryApi::post(const QString& path, const QJsonObject& body)
{
    const ClientReply reply = m_client->post(path, body, m_token);
    if (reply.httpStatus != 200)
        qWarning("HTTP %d on %s", reply.httpStatus, qPrintable(path));
    return reply.json();
}

QList<qint64> TestDirectoryApi::childIds(qint64 departmentId)
{
    const QJsonObject reply = post("/topapi/v2/department/listsub", { { "dept_id", departmentId } });
    QList<qint64> ids;
    for (const QJsonValue& child : reply.value("result").toArray()) {
        if (child.toObject().value("parent_id").toInteger() != departmentId)
            qWarning("child of the wrong parent");
        ids.append(child.toObject().value("dept_id").toInteger());
    }
    return ids;
}

QStringList TestDirectoryApi::memberIds(qint64 departmentId, int pageSize, int* calls)
{
    QStringList ids;
    qint64 cursor = 0;
    for (int page = 0; page < 1000; ++page) {
        const QJsonObject reply
            = post("/topapi/v2/user/list", { { "dept_id", departmentId }, { "cursor", cursor }, { "size", pageSize } });
        if (calls)
            ++*calls;
        const QJsonObject result = reply.value("result").toObject();
        for (const QJsonValue& person : result.value("list").toArray())
            ids.append(person.toObject().value("userid").toString());
        if (!result.value("has_more").toBool())
            break;
        cursor = result.value("next_cursor").toInteger();
    }
    return ids;
}

void TestDirectoryApi::demoTree_hasFourLevelsTwentyDepartmentsAndTwoOfTheSameName()
{
    const QList<EmulatedDepartment> departments = m_emulator.departments();
    QVERIFY(departments.size() >= 21);
    QCOMPARE(departments.first().id, qint64(1));
    QHash<qint64, EmulatedDepartment> byId;
    for (const EmulatedDepartment& department : departments)
        byId.insert(department.id, department);
    int deepest = 0;
    QHash<QString, QSet<qint64>> parentsByName;
    for (const EmulatedDepartment& department : departments) {
        int depth = 0;
        for (qint64 id = department.id; id != 1; id = byId.value(id).parentId) {
            QVERIFY(byId.contains(id));
            ++depth;
        }
        deepest = qMax(deepest, depth);
        parentsByName[department.name].insert(department.parentId);
    }
    QVERIFY(deepest >= 3);
    QCOMPARE(parentsByName.value("华东区").size(), 2);
}

void TestDirectoryApi::demoPeople_haveJobNumbersDepartmentsAndNamesakes()
{
    const QList<EmulatedEmployee> people = m_emulator.employees();
    QSet<QString> jobNumbers;
    int withJobNumber = 0;
    int inTwo = 0;
    for (const EmulatedEmployee& person : people) {
        QVERIFY2(!person.departmentIds.isEmpty(), qPrintable(person.userid));
        if (!person.jobNumber.isEmpty()) {
            ++withJobNumber;
            jobNumbers.insert(person.jobNumber);
        }
        inTwo += person.departmentIds.size() == 2 ? 1 : 0;
    }
    QCOMPARE(jobNumbers.size(), withJobNumber); // unique
    QVERIFY(withJobNumber > people.size() * 9 / 10);
    QVERIFY(withJobNumber < people.size());
    QVERIFY(inTwo >= 20);
    QCOMPARE(people.at(0).userid, QString("manager4220"));
    QCOMPARE(people.at(0).departmentIds, QList<qint64>{ 2 }); // 总经办

    const QStringList namesakes = DemoOrganisation::namesakes();
    QCOMPARE(namesakes.size(), 2);
    QList<EmulatedEmployee> twins;
    for (const EmulatedEmployee& person : people) {
        if (namesakes.contains(person.userid))
            twins.append(person);
    }
    QCOMPARE(twins.size(), 2);
    QCOMPARE(twins.at(0).name, twins.at(1).name);
    QVERIFY(twins.at(0).active && twins.at(1).active);
    QVERIFY(twins.at(0).departmentIds != twins.at(1).departmentIds);
}

void TestDirectoryApi::listsubOfRoot_listsTheFirstLevel()
{
    const QJsonObject reply = post("/topapi/v2/department/listsub", { { "dept_id", 1 } });
    QCOMPARE(reply.value("errcode").toInt(), 0);
    QSet<QString> names;
    for (const QJsonValue& child : reply.value("result").toArray())
        names.insert(child.toObject().value("name").toString());
    QVERIFY(names.contains("销售部"));
    QVERIFY(names.contains("总经办"));
    QVERIFY(!names.contains("华东区")); // one level only
}

void TestDirectoryApi::listsubWithoutDeptId_listsTheRoot()
{
    const QJsonObject reply = post("/topapi/v2/department/listsub", {});
    QCOMPARE(reply.value("errcode").toInt(), 0);
    QCOMPARE(reply.value("result").toArray().size(), childIds(1).size());
}

void TestDirectoryApi::listsubOfUnknownDepartment_answers60003()
{
    QCOMPARE(post("/topapi/v2/department/listsub", { { "dept_id", 999999 } }).value("errcode").toInt(), 60003);
}

void TestDirectoryApi::walkingTheTree_reachesEveryDepartmentAndEveryActivePersonOnce()
{
    QList<qint64> queue{ 1 };
    QSet<qint64> seen{ 1 };
    QSet<QString> people;
    while (!queue.isEmpty()) {
        const qint64 id = queue.takeFirst();
        for (const QString& userid : memberIds(id))
            people.insert(userid);
        for (const qint64 child : childIds(id)) {
            QVERIFY(!seen.contains(child));
            seen.insert(child);
            queue.append(child);
        }
    }
    QCOMPARE(seen.size(), m_emulator.departments().size());
    int active = 0;
    for (const EmulatedEmployee& person : m_emulator.employees())
        active += person.active ? 1 : 0;
    QCOMPARE(people.size(), active);
}

void TestDirectoryApi::userListPages_followCursorUntilHasMoreIsFalse()
{
    const QJsonObject first = post("/topapi/v2/user/list", { { "dept_id", 511 }, { "cursor", 0 }, { "size", 10 } });
    QCOMPARE(first.value("errcode").toInt(), 0);
    const QJsonObject result = first.value("result").toObject();
    QCOMPARE(result.value("list").toArray().size(), 10);
    QVERIFY(result.value("has_more").toBool());
    QCOMPARE(result.value("next_cursor").toInteger(), qint64(10));
    const QJsonObject person = result.value("list").toArray().first().toObject();
    for (const char* field : { "userid", "name", "mobile", "title", "dept_id_list", "active" })
        QVERIFY2(person.contains(field), field);

    int calls = 0;
    const QStringList paged = memberIds(511, 10, &calls);
    const QStringList whole = memberIds(511, 100);
    QCOMPARE(paged, whole);
    QCOMPARE(calls, int(whole.size() + 9) / 10 + (whole.size() % 10 == 0 ? 1 : 0));
    QVERIFY(whole.contains("userid1"));
}

void TestDirectoryApi::userListWithPageOver100_answers40069()
{
    QCOMPARE(
        post("/topapi/v2/user/list", { { "dept_id", 2 }, { "cursor", 0 }, { "size", 101 } }).value("errcode").toInt(),
        40069);
}

void TestDirectoryApi::userListWithoutCursor_answers400002()
{
    QCOMPARE(post("/topapi/v2/user/list", { { "dept_id", 2 }, { "size", 10 } }).value("errcode").toInt(), 400002);
}

void TestDirectoryApi::personInTwoDepartments_isListedInBoth()
{
    EmulatedEmployee twoDepartments;
    for (const EmulatedEmployee& person : m_emulator.employees()) {
        if (person.active && person.departmentIds.size() == 2) {
            twoDepartments = person;
            break;
        }
    }
    QVERIFY(!twoDepartments.userid.isEmpty());
    for (const qint64 department : twoDepartments.departmentIds)
        QVERIFY(memberIds(department).contains(twoDepartments.userid));
}

void TestDirectoryApi::formerEmployee_isNotListed()
{
    const EmulatedEmployee person = m_emulator.employees().at(20);
    QVERIFY(memberIds(person.departmentIds.first()).contains(person.userid) == person.active);
    m_emulator.setEmployeeActive(person.userid, false);
    QVERIFY(!memberIds(person.departmentIds.first()).contains(person.userid));
}

void TestDirectoryApi::withoutDepartmentListPermission_listsubAnswers60011()
{
    m_emulator.setPermissionGranted("qyapi_get_department_list", false);
    QCOMPARE(post("/topapi/v2/department/listsub", { { "dept_id", 1 } }).value("errcode").toInt(), 60011);
    // The other directory call needs the other permission.
    QCOMPARE(
        post("/topapi/v2/user/list", { { "dept_id", 2 }, { "cursor", 0 }, { "size", 10 } }).value("errcode").toInt(),
        0);
}

void TestDirectoryApi::withoutMemberPermission_userListAnswers60011()
{
    m_emulator.setPermissionGranted("qyapi_get_department_member", false);
    QCOMPARE(
        post("/topapi/v2/user/list", { { "dept_id", 2 }, { "cursor", 0 }, { "size", 10 } }).value("errcode").toInt(),
        60011);
    QCOMPARE(post("/topapi/v2/department/listsub", { { "dept_id", 1 } }).value("errcode").toInt(), 0);
    m_emulator.reset();
    m_token = m_client->token();
    QCOMPARE(
        post("/topapi/v2/user/list", { { "dept_id", 2 }, { "cursor", 0 }, { "size", 10 } }).value("errcode").toInt(),
        0);
}

void TestDirectoryApi::departmentOutOfScope_isListedByParentButAnswers50004()
{
    m_emulator.setDepartmentInScope(51, false);
    QVERIFY(childIds(5).contains(51));
    QCOMPARE(post("/topapi/v2/department/listsub", { { "dept_id", 51 } }).value("errcode").toInt(), 50004);
    QCOMPARE(
        post("/topapi/v2/user/list", { { "dept_id", 51 }, { "cursor", 0 }, { "size", 10 } }).value("errcode").toInt(),
        50004);
    m_emulator.setDepartmentInScope(51, true);
    QCOMPARE(post("/topapi/v2/department/listsub", { { "dept_id", 51 } }).value("errcode").toInt(), 0);
}

void TestDirectoryApi::directoryCalls_areRateLimitedPerApi()
{
    m_emulator.setRateLimit(true, 5);
    QList<QNetworkReply*> replies;
    for (int i = 0; i < 6; ++i)
        replies.append(m_client->startPost("/topapi/v2/department/listsub", { { "dept_id", 1 } }, m_token));
    int limited = 0;
    // On /topapi paths DingTalk reports the rate limit as errcode 88 with sub_code 90018.
    for (QNetworkReply* reply : replies) {
        const QJsonObject answer = SandboxClient::finish(reply).json();
        limited += answer.value(QStringLiteral("errcode")).toInt() == 88
                && answer.value(QStringLiteral("sub_code")).toVariant().toString() == QLatin1String("90018")
            ? 1
            : 0;
    }
    QCOMPARE(limited, 1);
    // Another API has its own budget.
    QCOMPARE(
        post("/topapi/v2/user/list", { { "dept_id", 2 }, { "cursor", 0 }, { "size", 10 } }).value("errcode").toInt(),
        0);
}

void TestDirectoryApi::faults_playOnDirectoryPaths()
{
    m_emulator.injectFault("/topapi/v2/user/list", EmulatorFault::apiError(-1));
    QCOMPARE(
        post("/topapi/v2/user/list", { { "dept_id", 2 }, { "cursor", 0 }, { "size", 10 } }).value("errcode").toInt(),
        -1);
    QCOMPARE(
        post("/topapi/v2/user/list", { { "dept_id", 2 }, { "cursor", 0 }, { "size", 10 } }).value("errcode").toInt(),
        0);
}

void TestDirectoryApi::generatedOrganisation_hasTheAskedSize()
{
    const EmulatedOrganisation organisation = DemoOrganisation::generated(10000, 300);
    QCOMPARE(organisation.employees.size(), 10000);
    QCOMPARE(organisation.departments.size(), 301);
    m_emulator.useOrganisation(organisation);
    QCOMPARE(childIds(1).size(), 10);
    QCOMPARE(m_emulator.departments().size(), 301);
    m_emulator.reset();
    QCOMPARE(m_emulator.departments().size(), DemoOrganisation::departments().size());
}

QTEST_GUILESS_MAIN(TestDirectoryApi)
#include "tst_DirectoryApi.moc"
