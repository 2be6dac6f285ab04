#include "DemoOrganisation.h"
#include "DingTalkEmulator.h"
#include "DirectoryFixture.h"
#include "EmulatorFixture.h"
#include "import/MemberImporter.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

Q_DECLARE_METATYPE(EmulatorFault)

/**
 * `dingtalk-group-cli batch FILE`, the built executable against the emulator: both shapes of sheet, switch columns,
 * people by name, job number and department through the emulator's directory (ambiguous names, a refused sync),
 * invalid rows, the journal that resumes a batch (also after a SIGKILL at each step: before any create, with a create
 * in flight, during a row's adds, after an answer), Ctrl+C, unknown rows never sent again by themselves and
 * --retry-unknown, the history's duplicate guard, every stop condition, the --json keys, and the results files read
 * back.
 */
class TestCliBatch : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QJsonObject json;
        QByteArray err;
    };

    DingTalkEmulator m_emulator;
    QStringList m_members;
    QTemporaryDir m_dir;
    QString m_home; // HOME and XDG dirs of the runs: fresh per test
    int m_testNumber = 0;

    QString writeFile(const QString& name, const QString& text)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write(text.toUtf8());
        return path;
    }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char* name : { "DINGTALK_ACCESS_TOKEN", "LANG", "LANGUAGE", "LC_MESSAGES" })
            environment.remove(QLatin1String(name));
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        environment.insert(QStringLiteral("DINGTALK_APP_SECRET"), DingTalkEmulator::demoAppSecret());
        environment.insert(QStringLiteral("HOME"), m_home);
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home + QStringLiteral("/data"));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home + QStringLiteral("/config"));
        return environment;
    }

    QStringList arguments(const QString& sheet, const QStringList& more = {}) const
    {
        return QStringList{ QStringLiteral("batch"),     sheet,
                            QStringLiteral("--server"),  m_emulator.baseUrl().toString(),
                            QStringLiteral("--app-key"), DingTalkEmulator::demoAppKey(),
                            QStringLiteral("--lang"),    QStringLiteral("en"),
                            QStringLiteral("--json") }
        + more;
    }

    Run run(const QStringList& arguments)
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(QStringLiteral(DTG_CLI_PATH), arguments);
        Run result;
        if (!process.waitForStarted(10000) || !process.waitForFinished(120000))
            return result;
        result.exitCode = process.exitCode();
        result.json = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        result.err = process.readAllStandardError();
        if (result.exitCode != 0) // for the log of a failing test
            qInfo().noquote() << result.err << QJsonDocument(result.json).toJson(QJsonDocument::Compact);
        return result;
    }

    static QStringList statuses(const Run& run)
    {
        QStringList list;
        for (const QJsonValue& row : run.json.value(QStringLiteral("rows")).toArray())
            list.append(row.toObject().value(QStringLiteral("status")).toString());
        return list;
    }

    int creates() const
    {
        int count = 0;
        for (const RecordedRequest& request : m_emulator.requests())
            count += request.path == QLatin1String("/chat/create") ? 1 : 0;
        return count;
    }

    QStringList journals() const
    {
        QStringList files;
        QDirIterator it(m_home, { QStringLiteral("*.jsonl") }, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
        return files;
    }

    /** One row per group: name, owner, members (several per cell), two switch columns. */
    QString groupSheet(const QString& name, const QStringList& groupNames)
    {
        QString text = QStringLiteral("群名称,群主,成员,可被搜索,全员禁言(&B)\n");
        for (int i = 0; i < groupNames.size(); ++i)
            text += QStringLiteral("%1,%2,\"%3、%4；%5\",是,%6\n")
                        .arg(groupNames.at(i), m_emulator.demoOwnerId(), m_members.at(3 * i), m_members.at(3 * i + 1),
                             m_members.at(3 * i + 2), i % 2 ? QStringLiteral("✓") : QStringLiteral("0"));
        return writeFile(name, text);
    }

    int directoryCalls() const
    {
        return m_emulator.requestCount(QStringLiteral("/topapi/v2/department/listsub"))
            + m_emulator.requestCount(QStringLiteral("/topapi/v2/user/list"));
    }

    /** The active people of the department at `path` (names from the root down) and of those below it. */
    QSet<QString> peopleBelow(const QStringList& path) const
    {
        const QList<EmulatedDepartment> departments = m_emulator.departments();
        qint64 id = 1;
        for (const QString& name : path) {
            const qint64 parent = id;
            for (const EmulatedDepartment& department : departments) {
                if (department.parentId == parent && department.name == name)
                    id = department.id;
            }
            if (id == parent)
                return { QStringLiteral("<no department %1>").arg(path.join('/')) };
        }
        QSet<qint64> below{ id };
        for (bool grew = true; grew;) {
            grew = false;
            for (const EmulatedDepartment& department : departments) {
                if (below.contains(department.parentId) && !below.contains(department.id)) {
                    below.insert(department.id);
                    grew = true;
                }
            }
        }
        QSet<QString> ids;
        for (const EmulatedEmployee& person : m_emulator.employees()) {
            for (const qint64 department : person.departmentIds) {
                if (person.active && below.contains(department))
                    ids.insert(person.userid);
            }
        }
        return ids;
    }

    QList<EmulatedEmployee> uniquelyNamed(int count) const
    {
        return DirectoryFixture::uniquelyNamed(m_emulator.employees(), count, m_emulator.demoOwnerId());
    }

    QSet<QString> membersOf(const Run& run, int row) const
    {
        const auto group
            = m_emulator.group(run.json.value("rows").toArray().at(row).toObject().value("chatid").toString());
        return group ? QSet<QString>(group->members.cbegin(), group->members.cend()) : QSet<QString>{ "<no group>" };
    }

    static QJsonObject firstIssue(const Run& run, int row)
    {
        return run.json.value("rows").toArray().at(row).toObject().value("issues").toArray().at(0).toObject();
    }

    /** The journal's lines as JSON, the header first (a fails-the-test empty list when there is not one journal). */
    QList<QJsonObject> journalLines() const
    {
        const QStringList files = journals();
        if (files.size() != 1)
            return {};
        QFile journal(files.constFirst());
        if (!journal.open(QIODevice::ReadOnly))
            return {};
        QList<QJsonObject> lines;
        for (const QByteArray& line : journal.readAll().split('\n')) {
            if (!line.isEmpty())
                lines.append(QJsonDocument::fromJson(line).object());
        }
        return lines;
    }

    /** "row:status" of each row line of the journal, in order. */
    QStringList journalStates() const
    {
        QStringList states;
        for (const QJsonObject& line : journalLines()) {
            if (line.contains(QStringLiteral("row")))
                states.append(
                    QStringLiteral("%1:%2").arg(line.value("row").toInt()).arg(line.value("status").toString()));
        }
        return states;
    }

    /** The CLI started in the background, for a test that kills or interrupts it. */
    void startInBackground(QProcess& process, const QStringList& arguments)
    {
        process.setProcessEnvironment(environment());
        process.start(QStringLiteral(DTG_CLI_PATH), arguments);
        QVERIFY(process.waitForStarted(10000));
    }

    static QString errcodeOf(const Run& run, int row)
    {
        return run.json.value("rows").toArray().at(row).toObject().value("errcode").toString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_emulator.start());
        m_members = EmulatorFixture::memberIds(m_emulator, 40).mid(1);
    }

    void init()
    {
        EmulatorFixture::reset(m_emulator);
        m_home = m_dir.filePath(QStringLiteral("home-%1").arg(++m_testNumber));
        QDir().mkpath(m_home);
    }

    void createsEveryRowWithItsSwitches()
    {
        const QString sheet = groupSheet(QStringLiteral("groups.csv"), { "入职一期", "入职二期", "培训班" });
        const QString results = m_dir.filePath(QStringLiteral("results-%1.csv").arg(m_testNumber));
        const Run first = run(arguments(sheet, { QStringLiteral("--results"), results }));
        QCOMPARE(first.exitCode, 0);
        QCOMPARE(statuses(first), QStringList({ "created", "created", "created" }));
        QCOMPARE(first.json.value("created").toInt(), 3);
        const QJsonObject row = first.json.value("rows").toArray().at(1).toObject();
        QCOMPARE(row.value("row").toInt(), 3); // the header is row 1
        QCOMPARE(row.value("name").toString(), QStringLiteral("入职二期"));
        QCOMPARE(row.value("memberCount").toInt(), 4);
        const auto group = m_emulator.group(row.value("chatid").toString());
        QVERIFY(group);
        QCOMPARE(group->searchable, 1);
        QCOMPARE(group->chatBannedType, 1);
        QCOMPARE(m_emulator.group(first.json.value("rows").toArray().at(0).toObject().value("chatid").toString())
                     ->chatBannedType,
                 0);

        // The results file: UTF-8 with a byte-order mark, Chinese names and the ids as they are.
        QFile file(results);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        QVERIFY(QString::fromUtf8(csv).contains(QStringLiteral("培训班")));
        QVERIFY(csv.contains(row.value("openConversationId").toString().toUtf8()));
        QCOMPARE(QFile(journals().value(0)).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());

        // The same sheet again on the same connection: resumed from the journal, nothing sent twice.
        const int before = creates();
        const Run again = run(arguments(sheet));
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(statuses(again), QStringList({ "created", "created", "created" }));
        QCOMPARE(creates(), before);
        QCOMPARE(again.json.value("rows").toArray().at(1).toObject().value("chatid"), row.value("chatid"));
    }

    void oneRowPerPerson()
    {
        QString text = QStringLiteral("群名称,群主,userid,仅群主可管理\n");
        text += QStringLiteral("销售周会,%1,%2,1\n").arg(m_emulator.demoOwnerId(), m_members.at(0));
        text += QStringLiteral("产品周会,,%1,\n").arg(m_members.at(1));
        text += QStringLiteral("销售周会,,%1,\n").arg(m_members.at(2));
        text += QStringLiteral("产品周会,%1,%2,\n").arg(m_emulator.demoOwnerId(), m_members.at(3));
        const Run result = run(arguments(writeFile(QStringLiteral("people.csv"), text)));
        QCOMPARE(result.exitCode, 0);
        const QJsonArray rows = result.json.value("rows").toArray();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).toObject().value("row").toInt(), 2);
        QCOMPARE(rows.at(1).toObject().value("row").toInt(), 3);
        const auto sales = m_emulator.group(rows.at(0).toObject().value("chatid").toString());
        QVERIFY(sales);
        QCOMPARE(sales->members.size(), 3);
        QVERIFY(sales->members.contains(m_members.at(2)));
        QCOMPARE(sales->managementType, 1);
    }

    void invalidRowsStopEverythingUnlessSkipped()
    {
        QString text = QStringLiteral("group name,owner,members,searchable\n");
        text += QStringLiteral("好名字,%1,%2,yes\n").arg(m_emulator.demoOwnerId(), m_members.at(0));
        text += QStringLiteral("这个群名称远远超过了二十个字符的限制所以无效的,%1,%2,\n")
                    .arg(m_emulator.demoOwnerId(), m_members.at(1));
        text += QStringLiteral("开关错了,%1,%2,maybe\n").arg(m_emulator.demoOwnerId(), m_members.at(2));
        const QString sheet = writeFile(QStringLiteral("invalid.csv"), text);
        const Run refused = run(arguments(sheet));
        QCOMPARE(refused.exitCode, 2);
        QCOMPARE(statuses(refused), QStringList({ "not-sent", "invalid", "invalid" }));
        QCOMPARE(creates(), 0);
        const QJsonObject tooLong = refused.json.value("rows").toArray().at(1).toObject();
        QCOMPARE(tooLong.value("issues").toArray().at(0).toObject().value("code").toString(),
                 QStringLiteral("name-too-long"));
        QCOMPARE(refused.json.value("rows")
                     .toArray()
                     .at(2)
                     .toObject()
                     .value("issues")
                     .toArray()
                     .at(0)
                     .toObject()
                     .value("code")
                     .toString(),
                 QStringLiteral("switch-value"));

        const Run dry = run(arguments(sheet, { QStringLiteral("--dry-run"), QStringLiteral("--skip-invalid") }));
        QCOMPARE(dry.exitCode, 4);
        QCOMPARE(creates(), 0);
        QVERIFY(journals().isEmpty());

        const Run skipped = run(arguments(sheet, { QStringLiteral("--skip-invalid") }));
        QCOMPARE(skipped.exitCode, 4);
        QCOMPARE(statuses(skipped), QStringList({ "created", "invalid", "invalid" }));
        QCOMPARE(creates(), 1);
    }

    void dryRunSendsNothing()
    {
        const Run dry = run(arguments(groupSheet(QStringLiteral("dry.csv"), { "甲", "乙" }), { "--dry-run" }));
        QCOMPARE(dry.exitCode, 0);
        QCOMPARE(statuses(dry), QStringList({ "not-sent", "not-sent" }));
        QCOMPARE(creates(), 0);
        QVERIFY(journals().isEmpty());
        // Only the token and the directory sync (no local copy yet) were asked for.
        for (const RecordedRequest& request : m_emulator.requests())
            QVERIFY2(!request.path.startsWith(QLatin1String("/chat")), qPrintable(request.path));
        QVERIFY(directoryCalls() > 0);
    }

    void groupLimitStopsTheBatch()
    {
        m_emulator.injectFault(QStringLiteral("/chat/create"), EmulatorFault::apiError(1002), 1);
        const QString sheet = groupSheet(QStringLiteral("limit.csv"), { "一", "二", "三" });
        const Run result = run(arguments(sheet));
        QCOMPARE(result.exitCode, 4);
        QCOMPARE(statuses(result), QStringList({ "refused", "not-sent", "not-sent" }));
        QCOMPARE(result.json.value("rows").toArray().at(2).toObject().value("errcode").toString(),
                 QStringLiteral("group-limit"));
        QCOMPARE(creates(), 1);

        // Run again once DingTalk allows it: the refused and unsent rows are sent.
        const Run again = run(arguments(sheet));
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(statuses(again), QStringList({ "created", "created", "created" }));
    }

    void unknownRowsAreNotSentAgainUnlessAsked()
    {
        // The first create is acted on, then its connection drops: the group may exist.
        m_emulator.injectFault(QStringLiteral("/chat/create"), EmulatorFault::of(EmulatorFault::ResetAfterProcessing),
                               2);
        const QString sheet = groupSheet(QStringLiteral("unknown.csv"), { "可能有", "后一个" });
        const Run first = run(arguments(sheet));
        QCOMPARE(first.exitCode, 5);
        QCOMPARE(statuses(first).value(0), QStringLiteral("unknown"));
        m_emulator.clearFaults();
        const int sent = creates();

        const Run again = run(arguments(sheet));
        QCOMPARE(again.exitCode, 5);
        QCOMPARE(statuses(again), QStringList({ "unknown", "created" }));
        QCOMPARE(creates(), sent + 1);

        const Run retried = run(arguments(sheet, { QStringLiteral("--retry-unknown") }));
        QCOMPARE(retried.exitCode, 0);
        QCOMPARE(statuses(retried), QStringList({ "created", "created" }));
        QCOMPARE(creates(), sent + 2);
    }

    void killedWithTheCreateInFlightLeavesUnknown()
    {
        m_emulator.injectFault(QStringLiteral("/chat/create"), EmulatorFault::of(EmulatorFault::Hang), -1);
        const QString sheet = groupSheet(QStringLiteral("kill.csv"), { "半路", "之后" });
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(QStringLiteral(DTG_CLI_PATH), arguments(sheet));
        QVERIFY(process.waitForStarted(10000));
        QTRY_COMPARE_WITH_TIMEOUT(creates(), 1, 30000);
        process.kill();
        process.waitForFinished();
        m_emulator.clearFaults();

        const QStringList files = journals();
        QCOMPARE(files.size(), 1);
        QFile journal(files.constFirst());
        QVERIFY(journal.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = journal.readAll().trimmed().split('\n');
        QCOMPARE(QJsonDocument::fromJson(lines.constLast()).object().value("status").toString(),
                 QStringLiteral("sending"));

        const Run resumed = run(arguments(sheet));
        QCOMPARE(resumed.exitCode, 5);
        QCOMPARE(statuses(resumed), QStringList({ "unknown", "created" }));
        QCOMPARE(creates(), 2); // the row in flight was not sent again
    }

    void theHistoryGuardsAgainstDuplicates()
    {
        const Run first = run(arguments(groupSheet(QStringLiteral("once.csv"), { "只建一次" })));
        QCOMPARE(first.exitCode, 0);
        // Another sheet (another journal) naming the same group and owner: skipped, unless duplicates are allowed.
        QString text
            = QStringLiteral("群名称,群主,成员\n只建一次,%1,%2\n").arg(m_emulator.demoOwnerId(), m_members.at(5));
        const QString other = writeFile(QStringLiteral("twice.csv"), text);
        const Run second = run(arguments(other));
        QCOMPARE(second.exitCode, 0);
        QCOMPARE(statuses(second), QStringList({ "skipped" }));
        QCOMPARE(creates(), 1);
        const Run allowed = run(arguments(other, { QStringLiteral("--allow-duplicates") }));
        QCOMPARE(allowed.exitCode, 0);
        QCOMPARE(statuses(allowed), QStringList({ "created" }));
        QCOMPARE(creates(), 2);
    }

    void namesJobNumbersAndDepartmentsCreateGroups()
    {
        // No local copy yet: the batch syncs the directory first, then reads the cells by the one rule.
        const QList<EmulatedEmployee> people = uniquelyNamed(4);
        QVERIFY(people.size() == 4);
        QString text = QStringLiteral("群名称,群主,成员,部门\n");
        text += QStringLiteral("华东销售,%1,\"%2、%3\",销售部/华东区\n")
                    .arg(m_emulator.demoOwnerId(), people.at(0).name, people.at(1).jobNumber);
        text += QStringLiteral("按工号,%1,\"%2；%3\",\n")
                    .arg(people.at(0).jobNumber, people.at(2).jobNumber, people.at(3).name);
        const Run result = run(arguments(writeFile(QStringLiteral("names.csv"), text)));
        QCOMPARE(result.exitCode, 0);
        QVERIFY(directoryCalls() > 0);
        QCOMPARE(statuses(result), QStringList({ "created", "created" }));

        QSet<QString> sales = peopleBelow({ "销售部", "华东区" });
        QVERIFY(sales.contains(QStringLiteral("userid1"))); // in 上海组, below 销售部/华东区
        sales += { m_emulator.demoOwnerId(), people.at(0).userid, people.at(1).userid };
        QCOMPARE(membersOf(result, 0), sales);
        QCOMPARE(result.json.value("rows").toArray().at(0).toObject().value("memberCount").toInt(), sales.size());

        const QSet<QString> byJobNumber{ people.at(0).userid, people.at(2).userid, people.at(3).userid };
        QCOMPARE(membersOf(result, 1), byJobNumber);
        QCOMPARE(
            m_emulator.group(result.json.value("rows").toArray().at(1).toObject().value("chatid").toString())->owner,
            people.at(0).userid);

        // The copy is kept: another batch reads it without syncing; --refresh-directory syncs anew.
        const int calls = directoryCalls();
        const QString sheet = groupSheet(QStringLiteral("after.csv"), { "读副本" });
        const Run again = run(arguments(sheet, { QStringLiteral("--dry-run") }));
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(directoryCalls(), calls);
        const Run refreshed
            = run(arguments(sheet, { QStringLiteral("--dry-run"), QStringLiteral("--refresh-directory") }));
        QCOMPARE(refreshed.exitCode, 0);
        QVERIFY(directoryCalls() > calls);
    }

    void ambiguousNameMakesItsRowInvalid()
    {
        QString text = QStringLiteral("群名称,群主,成员\n");
        text += QStringLiteral("没问题,%1,%2\n").arg(m_emulator.demoOwnerId(), m_members.at(0));
        text += QStringLiteral("同名,%1,\"%2、%3\"\n")
                    .arg(m_emulator.demoOwnerId(), m_members.at(1), DemoOrganisation::namesakeName());
        const Run result = run(arguments(writeFile(QStringLiteral("namesakes.csv"), text)));
        QCOMPARE(result.exitCode, 2);
        QCOMPARE(statuses(result), QStringList({ "not-sent", "invalid" }));
        QCOMPARE(creates(), 0);
        QCOMPARE(result.json.value("invalid").toInt(), 1);

        const QJsonObject issue = firstIssue(result, 1);
        QCOMPARE(issue.value("code").toString(), QStringLiteral("ambiguous-person"));
        QCOMPARE(issue.value("query").toString(), DemoOrganisation::namesakeName());
        // The candidates as `create` reports them: userid, name, departments.
        QSet<QString> candidates;
        for (const QJsonValue& candidate : issue.value("candidates").toArray()) {
            QCOMPARE(candidate.toObject().value("name").toString(), DemoOrganisation::namesakeName());
            QVERIFY(!candidate.toObject().value("departments").toArray().isEmpty());
            candidates.insert(candidate.toObject().value("userid").toString());
        }
        QSet<QString> namesakes;
        for (const EmulatedEmployee& person : m_emulator.employees()) {
            if (person.active && person.name == DemoOrganisation::namesakeName())
                namesakes.insert(person.userid);
        }
        QCOMPARE(candidates, namesakes);
        for (const QString& userid : DemoOrganisation::namesakes())
            QVERIFY(candidates.contains(userid));
        // The message tells them apart by department and userid.
        QVERIFY2(
            issue.value("message").toString().contains(QStringLiteral(" · ") + DemoOrganisation::namesakes().first()),
            qPrintable(issue.value("message").toString()));
    }

    void refusedSyncFallsBackToUseridsAndMobiles()
    {
        m_emulator.setPermissionGranted(QStringLiteral("qyapi_get_department_member"), false);
        const EmulatedEmployee named = uniquelyNamed(1).value(0);
        QString text = QStringLiteral("群名称,群主,成员,姓名\n");
        text += QStringLiteral("按账号,%1,\"%2、%3\",\n")
                    .arg(m_emulator.demoOwnerId(), m_members.at(0), m_members.at(1));
        text += QStringLiteral("按姓名,%1,,%2\n").arg(m_emulator.demoOwnerId(), named.name);
        const QString sheet = writeFile(QStringLiteral("refused.csv"), text);

        const Run refused = run(arguments(sheet));
        QCOMPARE(refused.exitCode, 2);
        QCOMPARE(statuses(refused), QStringList({ "not-sent", "invalid" }));
        QCOMPARE(creates(), 0);
        // The warning names the permission the sync lacked.
        QVERIFY2(refused.err.contains("qyapi_get_department_member"), refused.err.constData());

        const Run skipped = run(arguments(sheet, { QStringLiteral("--skip-invalid") }));
        QCOMPARE(skipped.exitCode, 4);
        QCOMPARE(statuses(skipped), QStringList({ "created", "invalid" }));
        QCOMPARE(membersOf(skipped, 0), QSet<QString>({ m_emulator.demoOwnerId(), m_members.at(0), m_members.at(1) }));
        const QJsonObject issue = firstIssue(skipped, 1);
        QCOMPARE(issue.value("code").toString(), QStringLiteral("needs-directory"));
        QCOMPARE(issue.value("query").toString(), named.name);
        QVERIFY(issue.value("message").toString().contains(QStringLiteral("directory")));
    }

    void unreadableSheet()
    {
        const Run result = run(arguments(writeFile(QStringLiteral("nothing.csv"), QStringLiteral("a,b\n1,2\n"))));
        QCOMPARE(result.exitCode, 2);
        QCOMPARE(result.json.value("errcode").toString(), QStringLiteral("no-name-column"));
        QCOMPARE(creates(), 0);
    }
    void killedBeforeAnyCreateLeavesNothingSent()
    {
        // Held at the token: nothing about a group has left, so the journal (if any) has no row.
        m_emulator.injectFault(QStringLiteral("/gettoken"), EmulatorFault::of(EmulatorFault::Hang), -1);
        const QString sheet = groupSheet(QStringLiteral("early.csv"), { "未发一", "未发二" });
        QProcess process;
        startInBackground(process, arguments(sheet));
        QTRY_VERIFY_WITH_TIMEOUT(m_emulator.requestCount(QStringLiteral("/gettoken")) > 0, 30000);
        ::kill(pid_t(process.processId()), SIGKILL);
        QVERIFY(process.waitForFinished(10000));
        m_emulator.clearFaults();
        QCOMPARE(creates(), 0);
        QVERIFY(journalStates().isEmpty());

        const Run resumed = run(arguments(sheet));
        QCOMPARE(resumed.exitCode, 0);
        QCOMPARE(statuses(resumed), QStringList({ "created", "created" }));
        QCOMPARE(creates(), 2);
    }

    void killedAfterAnAnswerResumesWhereItStopped()
    {
        // Every reply comes 300 ms late, so that the second create can be held before it leaves.
        m_emulator.setLatency(300);
        const QString sheet = groupSheet(QStringLiteral("after.csv"), { "已答", "悬着", "没发" });
        QProcess process;
        startInBackground(process, arguments(sheet));
        QTRY_COMPARE_WITH_TIMEOUT(creates(), 1, 30000);
        m_emulator.injectFault(QStringLiteral("/chat/create"), EmulatorFault::of(EmulatorFault::Hang), -1);
        QTRY_COMPARE_WITH_TIMEOUT(creates(), 2, 30000);
        ::kill(pid_t(process.processId()), SIGKILL);
        QVERIFY(process.waitForFinished(10000));
        m_emulator.clearFaults();
        m_emulator.setLatency(0);

        // The first row's answer is on the disk with its ids; the second is "sending"; the third never appears.
        QCOMPARE(journalStates(), QStringList({ "2:sending", "2:created", "3:sending" }));
        const QString firstChat = journalLines().at(2).value("chatid").toString();
        QVERIFY(m_emulator.group(firstChat));

        const Run resumed = run(arguments(sheet));
        QCOMPARE(resumed.exitCode, 5);
        QCOMPARE(statuses(resumed), QStringList({ "created", "unknown", "created" }));
        QCOMPARE(resumed.json.value("rows").toArray().at(0).toObject().value("chatid").toString(), firstChat);
        QCOMPARE(creates(), 3); // only the row never sent
        QCOMPARE(journalStates(),
                 QStringList({ "2:sending", "2:created", "3:sending", "3:unknown", "4:sending", "4:created" }));
    }

    void killedDuringTheAddsLeavesTheRowUnknown()
    {
        // A 46-member row: the create carries 40, one add the rest. Held at that add, the create was answered.
        const QStringList many = EmulatorFixture::memberIds(m_emulator, 46).mid(1);
        QCOMPARE(many.size(), 45);
        QString text = QStringLiteral("群名称,群主,成员\n大群,%1,\"%2\"\n小群,%1,%3\n")
                           .arg(m_emulator.demoOwnerId(), many.join(QLatin1Char('\n')), many.at(0));
        const QString sheet = writeFile(QStringLiteral("adds.csv"), text);
        m_emulator.injectFault(QStringLiteral("/chat/update"), EmulatorFault::of(EmulatorFault::Hang), -1);
        QProcess process;
        startInBackground(process, arguments(sheet));
        QTRY_VERIFY_WITH_TIMEOUT(m_emulator.requestCount(QStringLiteral("/chat/update")) > 0, 30000);
        ::kill(pid_t(process.processId()), SIGKILL);
        QVERIFY(process.waitForFinished(10000));
        m_emulator.clearFaults();
        QCOMPARE(creates(), 1);
        QCOMPARE(journalStates(), QStringList({ "2:sending" })); // the group may be whole or not: "may exist"

        const Run resumed = run(arguments(sheet));
        QCOMPARE(resumed.exitCode, 5);
        QCOMPARE(statuses(resumed), QStringList({ "unknown", "created" }));
        QCOMPARE(creates(), 2); // the big group was not made twice
    }

    void ctrlCFinishesTheCreateInFlight()
    {
        m_emulator.injectFault(QStringLiteral("/chat/create"), EmulatorFault::latency(1500), 1);
        const QString sheet = groupSheet(QStringLiteral("sigint.csv"), { "在途", "其后一", "其后二" });
        QProcess process;
        startInBackground(process, arguments(sheet));
        QTRY_COMPARE_WITH_TIMEOUT(creates(), 1, 30000);
        ::kill(pid_t(process.processId()), SIGINT);
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 4);
        const QJsonObject json = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        QStringList states;
        for (const QJsonValue& row : json.value("rows").toArray())
            states.append(row.toObject().value("status").toString());
        QCOMPARE(states, QStringList({ "created", "not-sent", "not-sent" }));
        QCOMPARE(json.value("rows").toArray().at(1).toObject().value("errcode").toString(),
                 QStringLiteral("cancelled"));
        QCOMPARE(json.value("notSent").toInt(), 2);
        QCOMPARE(creates(), 1);
        QVERIFY(m_emulator.group(json.value("rows").toArray().at(0).toObject().value("chatid").toString()));
        QCOMPARE(journalStates(), QStringList({ "2:sending", "2:created", "3:not-sent", "4:not-sent" }));
        QCOMPARE(journalLines().constLast().value("reason").toString(), QStringLiteral("cancelled"));

        const Run resumed = run(arguments(sheet));
        QCOMPARE(resumed.exitCode, 0);
        QCOMPARE(creates(), 3);
    }

    void ctrlCWithAnUnknownCreateExitsFive()
    {
        // The create is held until the CLI's own timeout: its outcome is unknown, and that wins.
        m_emulator.injectFault(QStringLiteral("/chat/create"), EmulatorFault::of(EmulatorFault::Hang), 1);
        const QString sheet = groupSheet(QStringLiteral("sigint5.csv"), { "不明", "其后" });
        QProcess process;
        startInBackground(process, arguments(sheet, { QStringLiteral("--timeout"), QStringLiteral("2") }));
        QTRY_COMPARE_WITH_TIMEOUT(creates(), 1, 30000);
        ::kill(pid_t(process.processId()), SIGINT);
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 5);
        QCOMPARE(creates(), 1);
        QCOMPARE(journalStates(), QStringList({ "2:sending", "2:unknown", "3:not-sent" }));
    }

    void everyStopCondition_data()
    {
        QTest::addColumn<QString>("api");
        QTest::addColumn<EmulatorFault>("fault");
        QTest::addColumn<QString>("firstStatus");
        QTest::addColumn<QString>("reason");
        QTest::newRow("ban 90001") << "legacy" << EmulatorFault::apiError(90001) << "refused"
                                   << "banned";
        QTest::newRow("ban 90010") << "legacy" << EmulatorFault::apiError(90010) << "refused"
                                   << "banned";
        QTest::newRow("ban 90017") << "legacy" << EmulatorFault::apiError(90017) << "refused"
                                   << "banned";
        // The ban as a page or {"status":1111}: the reference does not say it proves nothing was done (a reply that
        // is not JSON never does), so that row may exist; the rows after it are not sent.
        QTest::newRow("ban HTML page") << "legacy" << EmulatorFault::of(EmulatorFault::IpBanPage) << "unknown"
                                       << "banned";
        QTest::newRow("ban status 1111") << "legacy" << EmulatorFault::of(EmulatorFault::IpBanStatus) << "unknown"
                                         << "banned";
        QTest::newRow("quota 90020") << "legacy" << EmulatorFault::apiError(90020) << "refused"
                                     << "quota";
        QTest::newRow("group limit 1002") << "legacy" << EmulatorFault::apiError(1002) << "refused"
                                          << "group-limit";
        QTest::newRow("group limit 49007") << "legacy" << EmulatorFault::apiError(49007) << "refused"
                                           << "group-limit";
        QTest::newRow("v1 HTTP 500 system.error") << "v1" << EmulatorFault::apiError(500) << "unknown"
                                                  << "group-limit";
    }

    void everyStopCondition()
    {
        QFETCH(QString, api);
        QFETCH(EmulatorFault, fault);
        QFETCH(QString, firstStatus);
        QFETCH(QString, reason);
        const QString createPath
            = api == QLatin1String("v1") ? QStringLiteral("/v1.0/im/group/create") : QStringLiteral("/chat/create");
        m_emulator.injectFault(createPath, fault, -1);
        const QString sheet = groupSheet(QStringLiteral("stop-%1.csv").arg(m_testNumber), { "甲组", "乙组", "丙组" });
        const Run result = run(arguments(sheet, { QStringLiteral("--api"), api }));
        QCOMPARE(result.exitCode, firstStatus == QLatin1String("unknown") ? 5 : 4);
        QCOMPARE(statuses(result), QStringList({ firstStatus, "not-sent", "not-sent" }));
        QCOMPARE(errcodeOf(result, 1), reason);
        QCOMPARE(errcodeOf(result, 2), reason);
        QVERIFY(!result.json.value("rows").toArray().at(2).toObject().value("errmsg").toString().isEmpty());
        QCOMPARE(result.json.value("notSent").toInt(), 2);
        QCOMPARE(m_emulator.requestCount(createPath), 1); // stopped at once: no retry, no second row
        QCOMPARE(journalStates(), QStringList({ "2:sending", "2:" + firstStatus, "3:not-sent", "4:not-sent" }));
        QCOMPARE(journalLines().constLast().value("reason").toString(), reason);
    }

    void retryUnknownAfterAKill()
    {
        m_emulator.injectFault(QStringLiteral("/chat/create"), EmulatorFault::of(EmulatorFault::Hang), -1);
        const QString sheet = groupSheet(QStringLiteral("retry.csv"), { "重试" });
        QProcess process;
        startInBackground(process, arguments(sheet));
        QTRY_COMPARE_WITH_TIMEOUT(creates(), 1, 30000);
        ::kill(pid_t(process.processId()), SIGKILL);
        QVERIFY(process.waitForFinished(10000));
        m_emulator.clearFaults();
        // Without the flag nothing is sent; with it the row is sent again and created.
        QCOMPARE(run(arguments(sheet)).exitCode, 5);
        QCOMPARE(creates(), 1);
        const Run retried = run(arguments(sheet, { QStringLiteral("--retry-unknown") }));
        QCOMPARE(retried.exitCode, 0);
        QCOMPARE(statuses(retried), QStringList({ "created" }));
        QCOMPARE(creates(), 2);
    }

    void jsonContractKeys()
    {
        m_emulator.injectFault(QStringLiteral("/chat/create"), EmulatorFault::apiError(34014), 1);
        const Run result = run(arguments(groupSheet(QStringLiteral("keys.csv"), { "被拒", "成功" })));
        QCOMPARE(result.exitCode, 4);
        QStringList top = result.json.keys();
        std::sort(top.begin(), top.end());
        QStringList expected{ "rows", "created", "partial", "refused", "unknown", "invalid", "skipped", "notSent" };
        std::sort(expected.begin(), expected.end());
        QCOMPARE(top, expected);
        QCOMPARE(result.json.value("refused").toInt(), 1);
        QCOMPARE(result.json.value("created").toInt(), 1);
        for (const QJsonValue& value : result.json.value("rows").toArray()) {
            const QJsonObject row = value.toObject();
            for (const char* key : { "row", "name", "owner", "status", "openConversationId", "chatid", "memberCount",
                                     "failedMembers", "errcode", "errmsg" })
                QVERIFY2(row.contains(QLatin1String(key)), key);
            QVERIFY(row.value("failedMembers").isArray());
        }
        const QJsonObject refused = result.json.value("rows").toArray().at(0).toObject();
        QCOMPARE(refused.value("status").toString(), QStringLiteral("refused"));
        QCOMPARE(refused.value("errcode").toVariant().toString(), QStringLiteral("34014"));
    }

    void resultsWorkbookReadsBack_data()
    {
        QTest::addColumn<QString>("extension");
        QTest::newRow("csv") << "csv";
        QTest::newRow("xlsx") << "xlsx";
    }

    void resultsWorkbookReadsBack()
    {
        QFETCH(QString, extension);
        const QString results = m_dir.filePath(QStringLiteral("results-%1.%2").arg(m_testNumber).arg(extension));
        const Run result = run(
            arguments(groupSheet(QStringLiteral("back.csv"), { "人力资源部新员工培训群", "二期" }),
                      { QStringLiteral("--results"), results, QStringLiteral("--lang"), QStringLiteral("zh_CN") }));
        QCOMPARE(result.exitCode, 0);
        QFile file(results);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        if (extension == QLatin1String("csv"))
            QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        else
            QVERIFY(bytes.startsWith("PK"));
        const ImportResult table = MemberImporter::readData(bytes, QFileInfo(results).fileName());
        QVERIFY2(table.ok(), qPrintable(table.error.message()));
        QCOMPARE(table.table.columnCount(), 11); // every column of the results table
        // The Chinese headers (--lang zh_CN), then each row with its ids whole.
        const QStringList headers = table.table.headerRow();
        QCOMPARE(headers.size(), 11);
        QVERIFY2(headers.contains(QStringLiteral("群名称")), qPrintable(headers.join('|')));
        const QJsonArray rows = result.json.value("rows").toArray();
        for (int i = 0; i < rows.size(); ++i) {
            const QJsonObject row = rows.at(i).toObject();
            const QString openConversationId = row.value("openConversationId").toString();
            QVERIFY(openConversationId.size() > 20);
            QStringList cells;
            for (int column = 0; column < table.table.columnCount(); ++column)
                cells.append(table.table.cell(i, column));
            QCOMPARE(cells.at(0), QString::number(row.value("row").toInt()));
            QCOMPARE(cells.at(1), row.value("name").toString());
            QVERIFY2(cells.contains(openConversationId), qPrintable(cells.join('|')));
            QVERIFY(cells.contains(row.value("chatid").toString()));
        }
        QCOMPARE(table.table.rowCount(), int(rows.size()));
        QCOMPARE(table.table.cell(0, 1), QStringLiteral("人力资源部新员工培训群"));
        QCOMPARE(table.table.cell(0, 3), QStringLiteral("已创建")); // the status in the user's language
    }

    void chineseMessages()
    {
        m_emulator.injectFault(QStringLiteral("/chat/create"), EmulatorFault::apiError(90020), -1);
        const QString sheet = groupSheet(QStringLiteral("zh.csv"), { "中文一", "中文二" });
        QStringList zh = arguments(sheet);
        zh[zh.indexOf(QStringLiteral("en"))] = QStringLiteral("zh_CN");
        const Run result = run(zh);
        QCOMPARE(result.exitCode, 4);
        const QString explanation = result.json.value("rows").toArray().at(1).toObject().value("errmsg").toString();
        QVERIFY2(explanation.contains(QRegularExpression(QStringLiteral("[\\x{4e00}-\\x{9fff}]"))),
                 qPrintable(explanation));
        QVERIFY2(!explanation.contains(QStringLiteral("Not sent")), qPrintable(explanation));
        QVERIFY2(QString::fromUtf8(result.err).contains(QRegularExpression(QStringLiteral("[\\x{4e00}-\\x{9fff}]{4}"))),
                 result.err.constData());
    }
    void retryUnknownLiftsTheGuardForUnknownHistory()
    {
        // One sheet's create may have been made (the connection dropped after DingTalk acted): the history says
        // "unknown". Another sheet naming the same group and owner is skipped, unless unknown rows are retried.
        m_emulator.injectFault(QStringLiteral("/chat/create"), EmulatorFault::of(EmulatorFault::ResetAfterProcessing),
                               2);
        QCOMPARE(run(arguments(groupSheet(QStringLiteral("maybe.csv"), { "也许有" }))).exitCode, 5);
        m_emulator.clearFaults();
        const int sent = creates();
        const QString other = writeFile(
            QStringLiteral("maybe-again.csv"),
            QStringLiteral("群名称,群主,成员\n也许有,%1,%2\n").arg(m_emulator.demoOwnerId(), m_members.at(7)));
        const Run guarded = run(arguments(other, { QStringLiteral("--allow-duplicates") }));
        QCOMPARE(guarded.exitCode, 0);
        QCOMPARE(statuses(guarded), QStringList({ "skipped" })); // --allow-duplicates is for created entries only
        QCOMPARE(creates(), sent);
        const Run retried = run(arguments(other, { QStringLiteral("--retry-unknown") }));
        QCOMPARE(retried.exitCode, 0);
        QCOMPARE(statuses(retried), QStringList({ "created" }));
        QCOMPARE(creates(), sent + 1);
    }
};

QTEST_GUILESS_MAIN(TestCliBatch)
#include "tst_CliBatch.moc"
