#include "CliProcess.h"
#include "DemoOrganisation.h"
#include "DingTalkEmulator.h"
#include "DirectoryFixture.h"
#include "EmulatorFixture.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QSet>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

/**
 * The command line's directory contract, the built executable against the emulator's organisation: `directory
 * sync`, `directory search`, and create with --owner-query, --member-query, --department and member files read by
 * name or job number, with their exit codes and JSON.
 */
class TestCliDirectory : public QObject
{
    Q_OBJECT

private:
    DingTalkEmulator m_emulator;
    QTemporaryDir m_dir;
    QString m_dataHome;
    int m_testNumber = 0;

    QProcessEnvironment environment() const { return cliEnvironment(m_dataHome, DingTalkEmulator::demoAppSecret()); }

    CliRun run(const QStringList& arguments) { return runCli(QStringLiteral(DTG_CLI_PATH), arguments, environment()); }

    QStringList connection() const
    {
        return { "--server", m_emulator.baseUrl().toString(), "--app-key", DingTalkEmulator::demoAppKey(), "--json" };
    }

    QStringList directory(const QStringList& command) const
    {
        return QStringList{ "directory" } + command + connection();
    }

    QStringList create(const QString& name, const QStringList& more) const
    {
        return QStringList{ "create", "--name", name } + connection() + more;
    }

    QString writeFile(const QString& name, const QByteArray& data) const
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    int directoryCalls() const
    {
        return m_emulator.requestCount("/topapi/v2/department/listsub")
            + m_emulator.requestCount("/topapi/v2/user/list");
    }

    int activeCount() const
    {
        int count = 0;
        for (const EmulatedEmployee& person : m_emulator.employees())
            count += person.active ? 1 : 0;
        return count;
    }

    EmulatedEmployee employee(const QString& userid) const
    {
        for (const EmulatedEmployee& person : m_emulator.employees()) {
            if (person.userid == userid)
                return person;
        }
        return {};
    }

    QList<EmulatedEmployee> uniquelyNamed(int count) const
    {
        return DirectoryFixture::uniquelyNamed(m_emulator.employees(), count, m_emulator.demoOwnerId());
    }

    QStringList groupMembers() const
    {
        const QList<EmulatedGroup> groups = m_emulator.groups();
        if (groups.size() != 1)
            return { QStringLiteral("<%1 groups>").arg(groups.size()) };
        QStringList members = groups.first().members;
        members.sort();
        return members;
    }

    static QStringList sorted(QStringList list)
    {
        list.removeDuplicates();
        list.sort();
        return list;
    }

    QStringList peopleOf(qint64 departmentId, bool withSubdepartments) const
    {
        QSet<qint64> departments{ departmentId };
        if (withSubdepartments) {
            for (bool grew = true; grew;) {
                grew = false;
                for (const EmulatedDepartment& department : m_emulator.departments()) {
                    if (departments.contains(department.parentId) && !departments.contains(department.id)) {
                        departments.insert(department.id);
                        grew = true;
                    }
                }
            }
        }
        QStringList ids;
        for (const EmulatedEmployee& person : m_emulator.employees()) {
            for (const qint64 id : person.departmentIds) {
                if (person.active && departments.contains(id))
                    ids.append(person.userid);
            }
        }
        return ids;
    }

    static QStringList issueCodes(const QJsonObject& json)
    {
        QStringList codes;
        for (const QJsonValue& issue : json.value(QStringLiteral("issues")).toArray())
            codes.append(issue.toObject().value(QStringLiteral("code")).toString());
        return codes;
    }

#define VERIFY_RUN(condition, run) QVERIFY2(condition, qPrintable((run).describe()))

private slots:
    void initTestCase()
    {
        QVERIFY(QFileInfo::exists(QStringLiteral(DTG_CLI_PATH)));
        QVERIFY(m_emulator.start());
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_emulator.reset();
        m_dataHome = m_dir.filePath(QStringLiteral("data-%1").arg(++m_testNumber));
    }

    void sync_json_countsAndOwnerOnlyFileUnderTheDataHome()
    {
        const CliRun result = run(directory({ "sync" }));
        VERIFY_RUN(result.exitCode == 0, result);
        const QStringList keys = result.json.keys();
        QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()),
                 (QSet<QString>{ "people", "departments", "skippedDepartments", "syncedAt" }));
        QCOMPARE(result.json.value("people").toInt(), activeCount());
        QCOMPARE(result.json.value("departments").toInt(), int(m_emulator.departments().size()) - 1);
        QCOMPARE(result.json.value("skippedDepartments").toInt(), 0);
        const QDateTime syncedAt = QDateTime::fromString(result.json.value("syncedAt").toString(), Qt::ISODate);
        QVERIFY(syncedAt.isValid());
        QVERIFY(qAbs(syncedAt.secsTo(QDateTime::currentDateTimeUtc())) < 120);

        QStringList files;
        QDirIterator it(m_dataHome, { "*.sqlite" }, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
        QCOMPARE(files.size(), 1);
        // The window's copy (README): the command line reads and writes the one the window shows.
        QVERIFY2(files.first().startsWith(m_dataHome + "/DingTalkGroupCreator/dingtalk-group-creator/directory/"),
                 qPrintable(files.first()));
        QCOMPARE(QFileInfo(files.first()).permissions()
                     & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
    }

    void sync_departmentOutOfScope_isCounted()
    {
        m_emulator.setDepartmentInScope(61, false);
        const CliRun result = run(directory({ "sync" }));
        VERIFY_RUN(result.exitCode == 0, result);
        QCOMPARE(result.json.value("skippedDepartments").toInt(), 1);
    }

    void sync_withoutPermission_exit3NamingIt()
    {
        m_emulator.setPermissionGranted("qyapi_get_department_member", false);
        const CliRun result = run(directory({ "sync" }));
        VERIFY_RUN(result.exitCode == 3, result);
        QCOMPARE(result.json.value("errcode").toInt(), 60011);
        QVERIFY(result.json.contains("failedMembers"));
        QVERIFY(result.json.contains("outcome"));
        QCOMPARE(result.json.value("missingPermission").toString(), QString("qyapi_get_department_member"));
        VERIFY_RUN(result.json.value("message").toString().contains("qyapi_get_department_member"), result);
        VERIFY_RUN(result.errText().contains("qyapi_get_department_member"), result);
        // Nothing was kept: a later search syncs again.
        QStringList files;
        QDirIterator it(m_dataHome, { "*.sqlite" }, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
        QVERIFY(files.isEmpty());
    }

    void sync_networkFailure_exit5()
    {
        m_emulator.injectFault("/topapi/v2/department/listsub", EmulatorFault::of(EmulatorFault::Http500Html), -1);
        const CliRun result = run(directory({ "sync" }));
        VERIFY_RUN(result.exitCode == 5, result);
        QCOMPARE(result.json.value("errcode").toString(), QString("http-status"));
    }

    void search_syncsAMissingCopyFirst_thenReadsTheCopy()
    {
        const CliRun first = run(directory({ "search", DemoOrganisation::namesakeName() }));
        VERIFY_RUN(first.exitCode == 0, first);
        QVERIFY(directoryCalls() > 0);
        const QJsonArray people = first.json.value("people").toArray();
        QStringList ids;
        for (const QJsonValue& value : people) {
            const QJsonObject person = value.toObject();
            for (const char* key : { "userid", "name", "jobNumber", "title", "departments" })
                QVERIFY2(person.contains(key), key);
            ids.append(person.value("userid").toString());
        }
        for (const QString& userid : DemoOrganisation::namesakes())
            QVERIFY(ids.contains(userid));
        QCOMPARE(people.first().toObject().value("name").toString(), DemoOrganisation::namesakeName());
        QVERIFY(people.first().toObject().value("departments").toArray().first().toString().contains('/')
                || people.at(1).toObject().value("departments").toArray().first().toString().contains('/'));

        m_emulator.clearRequests();
        const EmulatedEmployee owner = employee(m_emulator.demoOwnerId());
        const QString mobile = "+86 " + owner.mobile.left(3) + " " + owner.mobile.mid(3, 4) + " " + owner.mobile.mid(7);
        for (const QString& query : { owner.jobNumber, QString("MANAGER4220"), mobile }) {
            const CliRun again = run(directory({ "search", query }));
            VERIFY_RUN(again.exitCode == 0, again);
            VERIFY_RUN(again.json.value("people").toArray().first().toObject().value("userid").toString()
                           == owner.userid,
                       again);
        }
        QCOMPARE(directoryCalls(), 0);
        QCOMPARE(m_emulator.requestCount("/gettoken"), 0);
    }

    void search_noMatch_exit0WithNobody()
    {
        const CliRun result = run(directory({ "search", "没有这个人" }));
        VERIFY_RUN(result.exitCode == 0, result);
        QCOMPARE(result.json.keys(), QStringList{ "people" });
        QVERIFY(result.json.value("people").toArray().isEmpty());
    }

    void search_withoutText_isUsage()
    {
        const CliRun result = run(directory({ "search" }));
        VERIFY_RUN(result.exitCode == 2, result);
        QCOMPARE(result.json.value("errcode").toString(), QString("usage"));
        const CliRun unknown = run(directory({ "rebuild" }));
        VERIFY_RUN(unknown.exitCode == 2, unknown);
    }

    void create_ownerAndMemberQueries_byJobNumberNameUseridAndMobile()
    {
        const QList<EmulatedEmployee> people = uniquelyNamed(4);
        QCOMPARE(people.size(), 4);
        const EmulatedEmployee owner = employee(m_emulator.demoOwnerId());
        const CliRun result = run(create("按姓名建群",
                                         { "--owner-query", owner.jobNumber, "--member-query", people.at(0).name,
                                           "--member-query", people.at(1).jobNumber, "--member-query",
                                           people.at(2).userid, "--member-query", people.at(3).mobile }));
        VERIFY_RUN(result.exitCode == 0, result);
        QCOMPARE(m_emulator.groups().size(), 1);
        QCOMPARE(m_emulator.groups().first().owner, owner.userid);
        QCOMPARE(groupMembers(),
                 sorted({ owner.userid, people.at(0).userid, people.at(1).userid, people.at(2).userid,
                          people.at(3).userid }));
        // The number was found in the copy: no phone lookup.
        QCOMPARE(m_emulator.requestCount("/topapi/v2/user/getbymobile"), 0);
    }

    void create_ambiguousName_exit2WithCandidates_nothingCreated()
    {
        const CliRun result = run(create("同名",
                                         { "--owner", m_emulator.demoOwnerId(), "--member-query",
                                           DemoOrganisation::namesakeName(), "--skip-unresolved" }));
        VERIFY_RUN(result.exitCode == 2, result);
        QCOMPARE(m_emulator.requestCount("/chat/create"), 0);
        QVERIFY(m_emulator.groups().isEmpty());
        QCOMPARE(issueCodes(result.json), QStringList{ "ambiguous-person" });
        const QJsonObject issue = result.json.value("issues").toArray().first().toObject();
        QCOMPARE(issue.value("query").toString(), DemoOrganisation::namesakeName());
        const QJsonArray candidates = issue.value("candidates").toArray();
        QVERIFY(candidates.size() >= 2);
        QStringList ids;
        for (const QJsonValue& value : candidates) {
            const QJsonObject candidate = value.toObject();
            QVERIFY(candidate.contains("name") && candidate.value("departments").isArray());
            ids.append(candidate.value("userid").toString());
        }
        for (const QString& userid : DemoOrganisation::namesakes())
            QVERIFY(ids.contains(userid));
    }

    void create_unknownPerson_exit2_orSkippedWithExit4()
    {
        const QStringList arguments = create(
            "无名", { "--owner", m_emulator.demoOwnerId(), "--member", "userid1", "--member-query", "查无此人" });
        const CliRun refused = run(arguments);
        VERIFY_RUN(refused.exitCode == 2, refused);
        QCOMPARE(issueCodes(refused.json), QStringList{ "unknown-person" });
        QVERIFY(refused.json.value("issues").toArray().first().toObject().value("candidates").toArray().isEmpty());
        QVERIFY(m_emulator.groups().isEmpty());

        const CliRun skipped = run(arguments + QStringList{ "--skip-unresolved" });
        VERIFY_RUN(skipped.exitCode == 4, skipped);
        QCOMPARE(groupMembers(), sorted({ m_emulator.demoOwnerId(), "userid1" }));
        QCOMPARE(skipped.json.value("outcome").toString(), QString("created-partially"));
        const QJsonArray failed = skipped.json.value("failedMembers").toArray();
        QCOMPARE(failed.size(), 1);
        const QJsonObject entry = failed.first().toObject();
        QCOMPARE(entry.value("userid").toString(), QString());
        QCOMPARE(entry.value("query").toString(), QString("查无此人"));
        QCOMPARE(entry.value("errcode").toString(), QString("unknown-person"));
        QVERIFY(!entry.value("errmsg").toString().isEmpty());
    }

    void create_unknownOwnerQuery_isNeverSkipped()
    {
        const CliRun result
            = run(create("无主", { "--owner-query", "查无此人", "--member", "userid1", "--skip-unresolved" }));
        VERIFY_RUN(result.exitCode == 2, result);
        QCOMPARE(issueCodes(result.json), QStringList{ "unknown-person" });
    }

    void create_departmentPath_withAndWithoutSubdepartments()
    {
        const QStringList base{ "--owner", m_emulator.demoOwnerId(), "--department", "销售部/华东区" };
        const CliRun all = run(create("华东区", base));
        VERIFY_RUN(all.exitCode == 0, all);
        QCOMPARE(groupMembers(), sorted(peopleOf(51, true) << m_emulator.demoOwnerId()));
        QVERIFY(groupMembers().contains("userid1")); // in 上海组, below 华东区

        m_emulator.reset();
        const CliRun direct = run(create("华东区本部", base + QStringList{ "--no-subdepartments" }));
        VERIFY_RUN(direct.exitCode == 0, direct);
        QCOMPARE(groupMembers(), sorted(peopleOf(51, false) << m_emulator.demoOwnerId()));
        QVERIFY(!groupMembers().contains("userid1"));
    }

    void create_ambiguousOrUnknownDepartment_exit2WithPaths()
    {
        const CliRun result = run(create(
            "部门", { "--owner", m_emulator.demoOwnerId(), "--department", "华东区", "--department", "不存在部" }));
        VERIFY_RUN(result.exitCode == 2, result);
        QCOMPARE(issueCodes(result.json), (QStringList{ "ambiguous-department", "unknown-department" }));
        const QJsonArray candidates
            = result.json.value("issues").toArray().first().toObject().value("candidates").toArray();
        QStringList paths;
        for (const QJsonValue& value : candidates)
            paths.append(value.toObject().value("path").toString());
        QCOMPARE(sorted(paths), (QStringList{ "市场部/华东区", "销售部/华东区" }));
        QVERIFY(m_emulator.groups().isEmpty());
    }

    void create_membersFileWithNameColumn_gb18030()
    {
        const QList<EmulatedEmployee> people = uniquelyNamed(5);
        QString text = QStringLiteral("姓名,部门\r\n");
        for (const EmulatedEmployee& person : people)
            text += person.name + QStringLiteral(",某部门\r\n");
        QStringEncoder encoder("GB18030");
        const QByteArray data = encoder.encode(text);
        QVERIFY(encoder.isValid() && !encoder.hasError());
        const CliRun result
            = run(create("名单", { "--owner", m_emulator.demoOwnerId(), "--members", writeFile("names.csv", data) }));
        VERIFY_RUN(result.exitCode == 0, result);
        QStringList expected{ m_emulator.demoOwnerId() };
        for (const EmulatedEmployee& person : people)
            expected.append(person.userid);
        QCOMPARE(groupMembers(), sorted(expected));
    }

    void create_membersFileWithJobNumberAndNameColumns_readsJobNumbers()
    {
        // The namesakes by job number: their shared name does not matter when the job number is there.
        QString text = QStringLiteral("工号,姓名\n");
        QStringList expected{ m_emulator.demoOwnerId() };
        for (const QString& userid : DemoOrganisation::namesakes()) {
            const EmulatedEmployee person = employee(userid);
            text += person.jobNumber + QLatin1Char(',') + person.name + QLatin1Char('\n');
            expected.append(userid);
        }
        const CliRun result = run(create(
            "工号名单", { "--owner", m_emulator.demoOwnerId(), "--members", writeFile("jobs.csv", text.toUtf8()) }));
        VERIFY_RUN(result.exitCode == 0, result);
        QCOMPARE(groupMembers(), sorted(expected));
        VERIFY_RUN(result.errText().contains("工号"), result);
    }

    void create_membersFileWithAmbiguousAndUnknownNames_exit2()
    {
        const QString text = QStringLiteral("姓名\n%1\n查无此人\n").arg(DemoOrganisation::namesakeName());
        const CliRun result = run(create(
            "名单", { "--owner", m_emulator.demoOwnerId(), "--members", writeFile("bad-names.csv", text.toUtf8()) }));
        VERIFY_RUN(result.exitCode == 2, result);
        QCOMPARE(issueCodes(result.json), (QStringList{ "ambiguous-person", "unknown-person" }));
        QVERIFY(m_emulator.groups().isEmpty());
    }

    void create_useridColumn_needsNoDirectory()
    {
        const CliRun result = run(create("ids",
                                         { "--owner", m_emulator.demoOwnerId(), "--members",
                                           writeFile("ids.csv", QByteArray("userid,姓名\nuserid1,张三\n")) }));
        VERIFY_RUN(result.exitCode == 0, result);
        QCOMPARE(directoryCalls(), 0);
    }

    void create_refreshDirectory_syncsAgain()
    {
        QVERIFY(run(directory({ "sync" })).exitCode == 0);
        m_emulator.clearRequests();
        const CliRun cached = run(create("缓存", { "--owner-query", "manager4220", "--member", "userid1" }));
        VERIFY_RUN(cached.exitCode == 0, cached);
        QCOMPARE(directoryCalls(), 0);
        m_emulator.reset();
        const CliRun refreshed
            = run(create("刷新", { "--owner-query", "manager4220", "--member", "userid1", "--refresh-directory" }));
        VERIFY_RUN(refreshed.exitCode == 0, refreshed);
        QVERIFY(directoryCalls() > 0);
    }

    void create_queryWithoutPermission_exit3()
    {
        m_emulator.setPermissionGranted("qyapi_get_department_list", false);
        const CliRun result = run(create("无权限", { "--owner", "manager4220", "--member-query", "张三" }));
        VERIFY_RUN(result.exitCode == 3, result);
        QCOMPARE(result.json.value("missingPermission").toString(), QString("qyapi_get_department_list"));
        VERIFY_RUN(result.errText().contains("qyapi_get_department_list"), result);
        QCOMPARE(m_emulator.requestCount("/chat/create"), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliDirectory)
#include "tst_CliDirectory.moc"
