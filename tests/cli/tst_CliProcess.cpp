#include "CliProcess.h"
#include "DingTalkEmulator.h"
#include "EmulatorFixture.h"
#include "XlsxFixture.h"
#include "i18n/AppTranslator.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringEncoder>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>
#include <QUrlQuery>

/**
 * The built dingtalk-group-cli, run as a user would, against the emulator started in this process. Each test checks
 * the exit code, the JSON object on stdout and what reached the emulator.
 */
class TestCliProcess : public QObject
{
    Q_OBJECT

private:
    DingTalkEmulator m_emulator;
    QStringList m_members; // active employees of the demo organisation, the owner excluded
    QList<EmulatedEmployee> m_people; // the same employees, with their names and mobile numbers
    QByteArray m_allOutput; // every byte any run printed, searched for secrets at the end
    QTemporaryDir m_dir; // member files written by the tests
    QString m_dataHome; // XDG_DATA_HOME of the runs: a fresh one per test, so no run touches the user's history
    int m_testNumber = 0;

    QString writeFile(const QString& name, const QByteArray& data)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    /** The HR export: userid,姓名,手机号,部门 for `count` people, every third in 人力资源部, the others in 研发部. */
    QString staffText(int count, QChar delimiter = QLatin1Char(',')) const
    {
        QStringList lines{ QStringList{ "userid", "姓名", "手机号", "部门" }.join(delimiter) };
        for (int i = 0; i < count; ++i) {
            const EmulatedEmployee& person = m_people.at(i);
            const QString department = i % 3 == 0 ? QStringLiteral("人力资源部") : QStringLiteral("研发部");
            lines.append(QStringList{ person.userid, person.name, person.mobile, department }.join(delimiter));
        }
        return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
    }

    QStringList staffIds(int count, bool hrOnly = false) const
    {
        QStringList ids;
        for (int i = 0; i < count; ++i) {
            if (!hrOnly || i % 3 == 0)
                ids.append(m_people.at(i).userid);
        }
        return ids;
    }

    /** The members of the only group the emulator holds, the owner left out, sorted. */
    QStringList groupMembers() const
    {
        const QList<EmulatedGroup> groups = m_emulator.groups();
        if (groups.size() != 1)
            return { QStringLiteral("<%1 groups>").arg(groups.size()) };
        QStringList members = groups.first().members;
        members.removeAll(m_emulator.demoOwnerId());
        members.sort();
        return members;
    }

    static QStringList sorted(QStringList list)
    {
        list.sort();
        return list;
    }

    /** The `n`-th mainland number that no employee has. */
    QString unknownMobile(int n = 0) const { return EmulatorFixture::unknownMobile(m_emulator, n); }

    static const char* lookupPath() { return "/topapi/v2/user/getbymobile"; }

    QProcessEnvironment environment() const { return cliEnvironment(m_dataHome, DingTalkEmulator::demoAppSecret()); }

    /** Where the window keeps its history under the runs' XDG_DATA_HOME (Linux and other XDG systems). */
    QString windowHistoryPath() const
    {
        return m_dataHome + QStringLiteral("/DingTalkGroupCreator/dingtalk-group-creator/history.json");
    }

    static QByteArray fileBytes(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    /** The entries of a history file, oldest first; empty when there is no such file. */
    static QList<QJsonObject> historyEntries(const QString& path)
    {
        QList<QJsonObject> entries;
        const QJsonArray array = QJsonDocument::fromJson(fileBytes(path)).object().value("entries").toArray();
        for (const QJsonValue& value : array)
            entries.append(value.toObject());
        return entries;
    }

    /** True when `data` holds no token the emulator ever issued and not the demo app's secret. */
    bool holdsNoSecret(const QByteArray& data) const
    {
        if (data.contains(DingTalkEmulator::demoAppSecret().toUtf8()))
            return false;
        const QStringList tokens = m_emulator.issuedTokens();
        for (const QString& token : tokens) {
            if (data.contains(token.toUtf8()))
                return false;
        }
        return true;
    }

    /** The request bodies that reached the emulator on `path`, in order. */
    QList<QJsonObject> bodiesOf(const QString& path) const
    {
        QList<QJsonObject> bodies;
        const QList<RecordedRequest> requests = m_emulator.requests();
        for (const RecordedRequest& request : requests) {
            if (request.path == path)
                bodies.append(QJsonDocument::fromJson(request.body).object());
        }
        return bodies;
    }

    QStringList requestPaths() const
    {
        QStringList paths;
        const QList<RecordedRequest> requests = m_emulator.requests();
        for (const RecordedRequest& request : requests)
            paths.append(request.path);
        return paths;
    }

    /** A file of 姓名,手机号 without a userid column: read by phone number. */
    QString phoneFile(int first, int count)
    {
        QString text = QStringLiteral("姓名,手机号\n");
        for (int i = first; i < first + count; ++i)
            text += QStringLiteral("%1,%2\n").arg(m_people.at(i).name, m_people.at(i).mobile);
        return writeFile(QStringLiteral("phones-%1-%2.csv").arg(first).arg(count), text.toUtf8());
    }

    /** The usual command line: create against the emulator with the demo app, JSON on. */
    QStringList createArguments(const QString& name, const QStringList& members) const
    {
        QStringList arguments{ "create",
                               "--server",
                               m_emulator.baseUrl().toString(),
                               "--app-key",
                               DingTalkEmulator::demoAppKey(),
                               "--name",
                               name,
                               "--owner",
                               m_emulator.demoOwnerId(),
                               "--json" };
        for (const QString& id : members)
            arguments << QStringLiteral("--member") << id;
        return arguments;
    }

    CliRun run(const QStringList& arguments, const QProcessEnvironment& environment, const QByteArray& input = {},
               int timeoutMs = 60000)
    {
        const CliRun result = runCli(QStringLiteral(DTG_CLI_PATH), arguments, environment, input, timeoutMs);
        m_allOutput += result.out + result.err;
        return result;
    }
    CliRun run(const QStringList& arguments) { return run(arguments, environment()); }

    /** The fields every JSON object has, whatever the exit path. */
    static bool hasContractFields(const QJsonObject& json)
    {
        for (const char* key :
             { "openConversationId", "chatid", "conversationTag", "errcode", "errmsg", "failedMembers", "outcome" }) {
            if (!json.contains(QLatin1String(key)))
                return false;
        }
        return json.value(QStringLiteral("failedMembers")).isArray();
    }

    static QStringList issueCodes(const QJsonObject& json)
    {
        QStringList codes;
        const QJsonArray issues = json.value(QStringLiteral("issues")).toArray();
        for (const QJsonValue& issue : issues)
            codes.append(issue.toObject().value(QStringLiteral("code")).toString());
        return codes;
    }

    /** A port on 127.0.0.1 where nothing listens. */
    static quint16 closedPort()
    {
        QTcpServer server;
        server.listen(QHostAddress::LocalHost);
        return server.serverPort(); // closed again when `server` goes
    }

    static QString translated(const char* context, const char* source)
    {
        return QCoreApplication::translate(context, source);
    }

#define VERIFY_RUN(condition, run) QVERIFY2(condition, qPrintable((run).describe()))

private slots:
    void initTestCase()
    {
        QVERIFY(QFileInfo::exists(QStringLiteral(DTG_CLI_PATH)));
        QVERIFY(m_emulator.start());
        m_people = EmulatorFixture::activeEmployeesExceptOwner(m_emulator);
        for (const EmulatedEmployee& person : std::as_const(m_people))
            m_members.append(person.userid);
        QVERIFY(m_members.size() >= 1000);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_emulator.reset();
        m_dataHome = m_dir.filePath(QStringLiteral("data-%1").arg(++m_testNumber));
    }

    void create_fewMembers_exit0_idsAndSettings()
    {
        const CliRun result = run(createArguments(QStringLiteral("项目组"), m_members.mid(0, 3)) << "--show-history"
                                                                                                 << "--ban-chat"
                                                                                                 << "--searchable");
        VERIFY_RUN(result.exitCode == 0, result);
        QVERIFY2(result.jsonError.isEmpty(), qPrintable(result.jsonError));
        QVERIFY(hasContractFields(result.json));
        QCOMPARE(result.json.value("errcode").toVariant(), QVariant(0));
        QCOMPARE(result.json.value("errmsg").toString(), QStringLiteral("ok"));
        QCOMPARE(result.json.value("outcome").toString(), QStringLiteral("created"));
        QCOMPARE(m_emulator.groups().size(), 1);
        const EmulatedGroup group = m_emulator.groups().first();
        QCOMPARE(result.json.value("openConversationId").toString(), group.openConversationId);
        QCOMPARE(result.json.value("chatid").toString(), group.chatid);
        QCOMPARE(result.json.value("conversationTag").toInt(), group.conversationTag);
        QCOMPARE(group.name, QStringLiteral("项目组"));
        QCOMPARE(group.members.size(), 4); // the owner was added, with a notice
        QCOMPARE(group.showHistoryType, 1);
        QCOMPARE(group.searchable, 1);
        QCOMPARE(group.chatBannedType, 1);
        QCOMPARE(group.validationType, 0);
        QCOMPARE(group.mentionAllAuthority, 0);
        QCOMPARE(group.managementType, 0);
        QVERIFY(result.errText().contains(QStringLiteral("owner-added")) || result.errText().contains("Notice"));
        QVERIFY(!result.err.contains('\x1b')); // stderr is a pipe here: no colour codes
    }

    void create_95Members_chunkedInto40s_exit0()
    {
        const QStringList members = m_members.mid(0, 94); // plus the owner: 95
        const CliRun result = run(createArguments(QStringLiteral("Big group"), members));
        VERIFY_RUN(result.exitCode == 0, result);
        QCOMPARE(result.json.value("errcode").toInt(-1), 0);
        QCOMPARE(result.json.value("memberCount").toInt(), 95);
        QCOMPARE(m_emulator.requestCount("/chat/create"), 1);
        QCOMPARE(m_emulator.requestCount("/chat/update"), 2);
        QCOMPARE(m_emulator.groups().first().members.size(), 95);
    }

    void humanOutput_idsOnStdout_messagesOnStderr()
    {
        QStringList arguments = createArguments(QStringLiteral("Plain"), m_members.mid(0, 2));
        arguments.removeAll(QStringLiteral("--json"));
        const CliRun result = run(arguments);
        VERIFY_RUN(result.exitCode == 0, result);
        const EmulatedGroup group = m_emulator.groups().first();
        const QString expected
            = QStringLiteral("openConversationId: %1\nchatid: %2\n").arg(group.openConversationId, group.chatid);
        QCOMPARE(QString::fromUtf8(result.out), expected);
        QVERIFY(result.errText().contains(QStringLiteral("Created the group")));
    }

    void duplicates_areNotices_notErrors()
    {
        const QString a = m_members.at(0);
        const CliRun result = run(createArguments(QStringLiteral("Dups"), { a, a, m_emulator.demoOwnerId() }));
        VERIFY_RUN(result.exitCode == 0, result);
        QVERIFY(result.errText().contains(QStringLiteral("Notice:")));
        QVERIFY(!result.errText().contains(QStringLiteral("Error:")));
        QStringList notices;
        const QJsonArray array = result.json.value("notices").toArray();
        for (const QJsonValue& notice : array)
            notices.append(notice.toObject().value("code").toString());
        QCOMPARE(notices, QStringList{ QStringLiteral("duplicate-removed") });
        const QJsonObject duplicate = array.first().toObject();
        QCOMPARE(duplicate.value("userids").toArray(), QJsonArray{ a });
        QCOMPARE(duplicate.value("removed").toInt(), 1);
        QCOMPARE(duplicate.value("repeatedIds").toInt(), 1);
        QCOMPARE(m_emulator.groups().first().members.size(), 2);
    }

    void usageErrors_exit2_jsonAndNothingSent_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("code");
        QTest::newRow("unknown option") << QStringList{ "--colour" } << "usage";
        QTest::newRow("secret as argument") << QStringList{ "--app-secret", "x" } << "usage";
        QTest::newRow("stray argument") << QStringList{ "stray" } << "usage";
        QTest::newRow("bad timeout") << QStringList{ "--timeout", "-3" } << "usage";
        QTest::newRow("unknown language") << QStringList{ "--lang", "fr" } << "usage";
        QTest::newRow("missing members file")
            << QStringList{ "--members", "/nonexistent/members.txt" } << "members-file";
    }
    void usageErrors_exit2_jsonAndNothingSent()
    {
        QFETCH(QStringList, extra);
        QFETCH(QString, code);
        const CliRun result = run(createArguments(QStringLiteral("T"), m_members.mid(0, 1)) + extra);
        VERIFY_RUN(result.exitCode == 2, result);
        QVERIFY2(result.jsonError.isEmpty(), qPrintable(result.describe()));
        QVERIFY(hasContractFields(result.json));
        QCOMPARE(result.json.value("errcode").toString(), code);
        QVERIFY(!result.json.value("errmsg").toString().isEmpty());
        QCOMPARE(m_emulator.requests().size(), 0);
    }

    void secretAsArgument_messageNamesTheVariable()
    {
        const CliRun result = run(createArguments(QStringLiteral("T"), m_members.mid(0, 1)) << "--app-secret"
                                                                                            << "typed-secret-value");
        VERIFY_RUN(result.exitCode == 2, result);
        QVERIFY(result.errText().contains(QStringLiteral("DINGTALK_APP_SECRET")));
        QVERIFY(!result.out.contains("typed-secret-value"));
        QVERIFY(!result.err.contains("typed-secret-value"));
    }

    void missingCredentials_exit2()
    {
        QProcessEnvironment noSecret = environment();
        noSecret.remove(QStringLiteral("DINGTALK_APP_SECRET"));
        const CliRun result = run(createArguments(QStringLiteral("T"), m_members.mid(0, 1)), noSecret);
        VERIFY_RUN(result.exitCode == 2, result);
        QCOMPARE(result.json.value("errcode").toString(), QStringLiteral("missing-credentials"));
        QCOMPARE(m_emulator.requests().size(), 0);
    }

    void httpToRemoteHost_exit2()
    {
        QStringList arguments = createArguments(QStringLiteral("T"), m_members.mid(0, 1));
        arguments[arguments.indexOf(QStringLiteral("--server")) + 1] = QStringLiteral("http://192.0.2.10:8080");
        const CliRun result = run(arguments);
        VERIFY_RUN(result.exitCode == 2, result);
        QCOMPARE(result.json.value("errcode").toString(), QStringLiteral("insecure-server"));
    }

    void loopbackSpellings_reachTheEmulator_data()
    {
        QTest::addColumn<QString>("host");
        QTest::newRow("localhost") << "localhost";
        QTest::newRow("127.0.0.1") << "127.0.0.1";
    }
    void loopbackSpellings_reachTheEmulator()
    {
        QFETCH(QString, host);
        QStringList arguments = createArguments(QStringLiteral("T"), m_members.mid(0, 1));
        arguments[arguments.indexOf(QStringLiteral("--server")) + 1]
            = QStringLiteral("http://%1:%2").arg(host).arg(m_emulator.port());
        const CliRun result = run(arguments);
        VERIFY_RUN(result.exitCode == 0, result);
    }

    void validationErrors_exit2_eachReported_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("owner");
        QTest::addColumn<QStringList>("members");
        QTest::addColumn<QStringList>("codes");
        const QString owner = QStringLiteral("manager4220");
        QTest::newRow("name-empty") << "  " << owner << QStringList{ "a1" } << QStringList{ "name-empty" };
        QTest::newRow("name-too-long") << QString(21, QChar(0x7FA4)) << owner << QStringList{ "a1" }
                                       << QStringList{ "name-too-long" };
        QTest::newRow("owner-empty") << "T"
                                     << "" << QStringList{ "a1" } << QStringList{ "owner-empty" };
        QTest::newRow("owner-invalid") << "T"
                                       << "man ager" << QStringList{ "a1" } << QStringList{ "owner-invalid" };
        QTest::newRow("no-members") << "T"
                                    << "" << QStringList{} << QStringList{ "owner-empty", "no-members" };
        QTest::newRow("member-id-invalid")
            << "T" << owner << QStringList{ "a 1" } << QStringList{ "member-id-invalid" };
        QTest::newRow("all at once") << ""
                                     << "o\tx" << QStringList{ "a 1", "b\x01" }
                                     << QStringList{ "name-empty", "owner-invalid", "member-id-invalid",
                                                     "member-id-invalid" };
    }
    void validationErrors_exit2_eachReported()
    {
        QFETCH(QString, name);
        QFETCH(QString, owner);
        QFETCH(QStringList, members);
        QFETCH(QStringList, codes);
        QStringList arguments{ "create",
                               "--server",
                               m_emulator.baseUrl().toString(),
                               "--app-key",
                               DingTalkEmulator::demoAppKey(),
                               "--json",
                               "--name",
                               name,
                               "--owner",
                               owner };
        for (const QString& id : members)
            arguments << QStringLiteral("--member") << id;
        const CliRun result = run(arguments);
        VERIFY_RUN(result.exitCode == 2, result);
        QVERIFY(hasContractFields(result.json));
        QCOMPARE(result.json.value("errcode").toString(), QStringLiteral("invalid-input"));
        QCOMPARE(issueCodes(result.json), codes);
        QCOMPARE(result.errText().count(QStringLiteral("Error:")), codes.size());
        QCOMPARE(m_emulator.requests().size(), 0);
    }

    void tooManyMembers_exit2()
    {
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write(m_members.mid(0, 1000).join(QLatin1Char('\n')).toUtf8()); // plus the owner: 1001
        file.close();
        const CliRun result
            = run(createArguments(QStringLiteral("Huge"), {}) << QStringLiteral("--members") << file.fileName());
        VERIFY_RUN(result.exitCode == 2, result);
        QCOMPARE(issueCodes(result.json), QStringList{ QStringLiteral("too-many-members") });
        QCOMPARE(m_emulator.requests().size(), 0);
    }

    void membersFile_blankLinesIgnored()
    {
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write(("\n" + m_members.at(0) + "\r\n\n\n  " + m_members.at(1) + "  \n\n").toUtf8());
        file.close();
        const CliRun result
            = run(createArguments(QStringLiteral("File"), {}) << QStringLiteral("--members") << file.fileName());
        VERIFY_RUN(result.exitCode == 0, result);
        QCOMPARE(m_emulator.groups().first().members.size(), 3);
    }

    void membersFromStandardInput_combinedWithMember()
    {
        const QByteArray input = (m_members.mid(0, 50).join(QLatin1Char('\n')) + "\n\n").toUtf8();
        const CliRun result = run(createArguments(QStringLiteral("Stdin"), { m_members.at(60) })
                                      << QStringLiteral("--members") << QStringLiteral("-"),
                                  environment(), input);
        VERIFY_RUN(result.exitCode == 0, result);
        const EmulatedGroup group = m_emulator.groups().first();
        QCOMPARE(group.members.size(), 52);
        QVERIFY(group.members.contains(m_members.at(60)));
        QVERIFY(group.members.contains(m_members.at(49)));
    }

    void apiRefusal_injected60011_exit3()
    {
        m_emulator.injectFault("/chat/create", EmulatorFault::apiError(60011, QStringLiteral("无权限 (test)")));
        const CliRun result = run(createArguments(QStringLiteral("T"), m_members.mid(0, 2)));
        VERIFY_RUN(result.exitCode == 3, result);
        QVERIFY(hasContractFields(result.json));
        QVERIFY(result.json.value("errcode").isDouble());
        QCOMPARE(result.json.value("errcode").toInt(), 60011);
        QCOMPARE(result.json.value("errmsg").toString(), QStringLiteral("无权限 (test)"));
        QCOMPARE(result.json.value("outcome").toString(), QStringLiteral("rejected"));
        QVERIFY(result.errText().contains(QStringLiteral("permission")));
        QCOMPARE(m_emulator.groups().size(), 0);
    }

    void apiRefusal_unknownMember40031_exit3()
    {
        const CliRun result = run(createArguments(QStringLiteral("T"), { m_members.at(0), "nobody-here-123" }));
        VERIFY_RUN(result.exitCode == 3, result);
        QCOMPARE(result.json.value("errcode").toInt(), 40031);
        QVERIFY(result.json.value("errmsg").toString().contains(QStringLiteral("nobody-here-123")));
        QCOMPARE(m_emulator.requestCount("/chat/create"), 1);
        QCOMPARE(m_emulator.groups().size(), 0);
    }

    void wrongAppKey_exit3_dingTalksCode()
    {
        QStringList arguments = createArguments(QStringLiteral("T"), m_members.mid(0, 1));
        arguments[arguments.indexOf(QStringLiteral("--app-key")) + 1] = QStringLiteral("not-an-app");
        const CliRun result = run(arguments);
        VERIFY_RUN(result.exitCode == 3, result);
        QCOMPARE(result.json.value("errcode").toInt(), 40096);
        QCOMPARE(m_emulator.requestCount("/chat/create"), 0);
    }

    void partialFailure_updateRefused_exit4_failedMembers()
    {
        // Every add refused (also any retry or split of a chunk): the group holds exactly the create's 40.
        m_emulator.injectFault("/chat/update", EmulatorFault::apiError(50002), -1);
        const QStringList members = m_members.mid(0, 94);
        const CliRun result = run(createArguments(QStringLiteral("Partial"), members));
        VERIFY_RUN(result.exitCode == 4, result);
        QVERIFY(hasContractFields(result.json));
        QCOMPARE(result.json.value("outcome").toString(), QStringLiteral("created-partially"));
        QCOMPARE(result.json.value("errcode").toInt(), 50002);
        const EmulatedGroup group = m_emulator.groups().first();
        QCOMPARE(result.json.value("chatid").toString(), group.chatid);
        QCOMPARE(result.json.value("openConversationId").toString(), group.openConversationId);
        QCOMPARE(group.members.size(), 40);
        QStringList failedIds;
        const QJsonArray failed = result.json.value("failedMembers").toArray();
        for (const QJsonValue& value : failed) {
            const QJsonObject member = value.toObject();
            failedIds.append(member.value("userid").toString());
            QCOMPARE(member.value("errcode").toInt(), 50002);
            QVERIFY(!member.value("errmsg").toString().isEmpty());
        }
        failedIds.sort();
        QStringList expected = members.mid(39); // the owner and the first 39 went with the create
        expected.sort();
        QCOMPARE(failedIds, expected);
        QVERIFY(result.errText().contains(members.at(60)));
    }

    void connectionRefused_exit5()
    {
        QStringList arguments = createArguments(QStringLiteral("T"), m_members.mid(0, 1));
        arguments[arguments.indexOf(QStringLiteral("--server")) + 1]
            = QStringLiteral("http://127.0.0.1:%1").arg(closedPort());
        const CliRun result = run(arguments);
        VERIFY_RUN(result.exitCode == 5, result);
        QVERIFY(hasContractFields(result.json));
        QCOMPARE(result.json.value("errcode").toString(), QStringLiteral("connection-refused"));
        QCOMPARE(result.json.value("outcome").toString(), QStringLiteral("not-created"));
    }

    void createHangs_timeout1_exit5_oneCreate()
    {
        m_emulator.injectFault("/chat/create", EmulatorFault::of(EmulatorFault::Hang));
        const CliRun result = run(createArguments(QStringLiteral("T"), m_members.mid(0, 2)) << "--timeout"
                                                                                            << "1");
        VERIFY_RUN(result.exitCode == 5, result);
        QCOMPARE(result.json.value("errcode").toString(), QStringLiteral("timeout"));
        QCOMPARE(result.json.value("outcome").toString(), QStringLiteral("unknown"));
        QCOMPARE(m_emulator.requestCount("/chat/create"), 1);
        QVERIFY(result.errText().contains(QStringLiteral("Check DingTalk")));
    }

    void resetAfterCreate_exit5_oneCreate_checkDingTalk()
    {
        m_emulator.injectFault("/chat/create", EmulatorFault::of(EmulatorFault::ResetAfterProcessing));
        const CliRun result = run(createArguments(QStringLiteral("T"), m_members.mid(0, 2)));
        VERIFY_RUN(result.exitCode == 5, result);
        QCOMPARE(result.json.value("outcome").toString(), QStringLiteral("unknown"));
        QCOMPARE(result.json.value("errcode").toString(), QStringLiteral("connection-reset"));
        QCOMPARE(m_emulator.requestCount("/chat/create"), 1);
        QCOMPARE(m_emulator.groups().size(), 1); // the group exists: that is why the user must check
        QVERIFY(result.errText().contains(QStringLiteral("Check DingTalk")));
        QVERIFY(result.json.value("errmsg").toString().contains(QStringLiteral("Check DingTalk")));
    }

    void interruptDuringCreate_exit5_reportsUnknown()
    {
#ifdef Q_OS_WIN
        QSKIP("QProcess::terminate() cannot send Ctrl+C to a console program on Windows");
#else
        m_emulator.injectFault("/chat/create", EmulatorFault::of(EmulatorFault::Hang));
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(QStringLiteral(DTG_CLI_PATH), createArguments(QStringLiteral("T"), m_members.mid(0, 2)));
        QVERIFY(process.waitForStarted());
        QTRY_COMPARE_WITH_TIMEOUT(m_emulator.requestCount("/chat/create"), 1, 10000);
        process.terminate(); // SIGTERM, handled like Ctrl+C
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 5);
        const QJsonObject json = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        QCOMPARE(json.value("outcome").toString(), QStringLiteral("unknown"));
        QCOMPARE(json.value("errcode").toString(), QStringLiteral("cancelled"));
        QVERIFY(QString::fromUtf8(process.readAllStandardError()).contains(QStringLiteral("Check DingTalk")));
#endif
    }

    void htmlErrorPage_exit5_summarisedNotShown()
    {
        m_emulator.injectFault("/chat/create", EmulatorFault::of(EmulatorFault::Http500Html));
        const CliRun result = run(createArguments(QStringLiteral("T"), m_members.mid(0, 2)));
        VERIFY_RUN(result.exitCode == 5, result);
        QCOMPARE(result.json.value("httpStatus").toInt(), 500);
        for (const QByteArray& output : { result.out, result.err }) {
            QVERIFY(!output.contains("<html"));
            QVERIFY(!output.contains("DOCTYPE"));
            QVERIFY(!output.contains("Tengine"));
        }
        QVERIFY(result.errText().contains(QStringLiteral("500")));
        QVERIFY(result.errText().contains(QStringLiteral("text/html")));
        QCOMPARE(m_emulator.requestCount("/chat/create"), 1);
    }

    void createAnsweredAfterActing_exit5UnknownAndSentOnce_data()
    {
        QTest::addColumn<QString>("api");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("errcode");
        QTest::addColumn<QString>("errmsg");
        QTest::addColumn<QString>("words");
        QTest::newRow("legacy -1") << "legacy"
                                   << "/chat/create" << -1 << QString() << "The group may exist";
        QTest::newRow("legacy 400001") << "legacy"
                                       << "/chat/create" << 400001 << QString()
                                       << "the organisation cannot create more groups";
        QTest::newRow("v1 system.busy") << "v1"
                                        << "/v1.0/im/group/create" << -1 << QString() << "The group may exist";
        QTest::newRow("v1 500 system.error") << "v1"
                                             << "/v1.0/im/group/create" << 500 << QStringLiteral("system.error")
                                             << "the organisation cannot create more groups";
    }

    void createAnsweredAfterActing_exit5UnknownAndSentOnce()
    {
        QFETCH(QString, api);
        QFETCH(QString, path);
        QFETCH(int, errcode);
        QFETCH(QString, errmsg);
        QFETCH(QString, words);
        m_emulator.injectFault(path, EmulatorFault::apiErrorAfterActing(errcode, errmsg));
        const CliRun result = run(createArguments(QStringLiteral("T"), m_members.mid(0, 45)) << "--api" << api);
        VERIFY_RUN(result.exitCode == 5, result);
        QCOMPARE(result.json.value("outcome").toString(), QStringLiteral("unknown"));
        QVERIFY(result.errText().contains(words));
        QVERIFY(!result.errText().contains(QStringLiteral("No group was created")));
        // DingTalk made it; the tool sent the create once and nothing after it.
        QCOMPARE(m_emulator.groups().size(), 1);
        QCOMPARE(m_emulator.requestCount(path), 1);
        QCOMPARE(m_emulator.requestCount(api == QLatin1String("v1") ? "/v1.0/im/group/update" : "/chat/update"), 0);
    }

    void definiteRefusal_exit3_groupLimitInItsWords()
    {
        m_emulator.injectFault("/chat/create", EmulatorFault::apiError(1002, QStringLiteral("too many chat")));
        const CliRun result = run(createArguments(QStringLiteral("T"), m_members.mid(0, 2)));
        VERIFY_RUN(result.exitCode == 3, result);
        QCOMPARE(result.json.value("outcome").toString(), QStringLiteral("rejected"));
        QCOMPARE(result.json.value("errcode").toInt(), 1002);
        QVERIFY(result.errText().contains(QStringLiteral("limit on groups")));
        QVERIFY(!result.errText().contains(QStringLiteral("dissolve unused")));
    }

    void okWithoutIds_exit5IncompleteAnswer()
    {
        m_emulator.injectFault("/chat/create", EmulatorFault::of(EmulatorFault::SuccessWithoutIds));
        const CliRun result = run(createArguments(QStringLiteral("T"), m_members.mid(0, 45)));
        VERIFY_RUN(result.exitCode == 5, result);
        QCOMPARE(result.json.value("outcome").toString(), QStringLiteral("unknown"));
        QCOMPARE(result.json.value("errcode").toString(), QStringLiteral("incomplete-answer"));
        QCOMPARE(m_emulator.requestCount("/chat/update"), 0);
    }

    void language_enAndZhCN()
    {
        // The text the CLI must show in each language comes from the catalogue compiled into dtg_i18n: while a
        // string is not translated yet, zh_CN must fall back to exactly the English source.
        const char* source = "Enter a group name.";
        AppTranslator translator;
        QVERIFY(translator.setLanguage(QStringLiteral("zh_CN")));
        const QString chinese = translated("ValidationIssue", source);
        const QString chineseNothingSent
            = translated("CliReport", "Problems found: %1. Nothing was sent to DingTalk.").arg(1);
        QVERIFY(translator.setLanguage(QStringLiteral("en")));
        if (chinese == QLatin1String(source))
            qWarning("The zh_CN catalogue does not translate \"%s\" yet: checking the English fallback", source);

        QStringList arguments{ "create", "--app-key", "k", "--json", "--owner", "o", "--member", "a" };
        const CliRun english = run(arguments << "--lang"
                                             << "en");
        VERIFY_RUN(english.exitCode == 2, english);
        QVERIFY(english.errText().contains(QLatin1String(source)));

        arguments.removeLast();
        const CliRun zh = run(arguments << "zh_CN");
        VERIFY_RUN(zh.exitCode == 2, zh);
        QVERIFY2(zh.errText().contains(chinese), qPrintable(zh.describe()));
        QVERIFY2(zh.errText().contains(chineseNothingSent), qPrintable(zh.describe()));
        QCOMPARE(zh.json.value("issues").toArray().first().toObject().value("message").toString(), chinese);

        // Without --lang the system locale decides.
        QProcessEnvironment chineseSystem = environment();
        chineseSystem.insert(QStringLiteral("LC_ALL"), QStringLiteral("zh_CN.UTF-8"));
        arguments.removeLast();
        arguments.removeLast();
        const CliRun system = run(arguments, chineseSystem);
        VERIFY_RUN(system.exitCode == 2, system);
        QVERIFY2(system.errText().contains(chinese), qPrintable(system.describe()));
    }

    void pastedTokenFromEnvironment_works()
    {
        // A token as an administrator would paste it: fetched once through the demo app.
        const CliRun first = run(createArguments(QStringLiteral("First"), m_members.mid(0, 1)));
        VERIFY_RUN(first.exitCode == 0, first);
        const QString token = m_emulator.issuedTokens().last();

        QStringList arguments = createArguments(QStringLiteral("Pasted"), m_members.mid(0, 2));
        const qsizetype key = arguments.indexOf(QStringLiteral("--app-key"));
        arguments.remove(key, 2);
        QProcessEnvironment pasted = environment();
        pasted.remove(QStringLiteral("DINGTALK_APP_SECRET"));
        pasted.insert(QStringLiteral("DINGTALK_ACCESS_TOKEN"), token);
        m_emulator.clearRequests();
        const CliRun result = run(arguments, pasted);
        VERIFY_RUN(result.exitCode == 0, result);
        QCOMPARE(m_emulator.requestCount("/gettoken"), 0);
        QCOMPARE(m_emulator.requests().first().query.queryItemValue(QStringLiteral("access_token")), token);
        QVERIFY(!result.out.contains(token.toUtf8()));
        QVERIFY(!result.err.contains(token.toUtf8()));

        // A pasted token DingTalk no longer accepts cannot be renewed: refused, exit 3, token still not shown.
        m_emulator.expireAllTokens();
        const CliRun expired = run(arguments, pasted);
        VERIFY_RUN(expired.exitCode == 3, expired);
        QCOMPARE(expired.json.value("errcode").toInt(), 42001);
        QVERIFY(!expired.out.contains(token.toUtf8()));
        QVERIFY(!expired.err.contains(token.toUtf8()));
    }

    void expiredToken_refreshedOnce_exit0()
    {
        const CliRun first = run(createArguments(QStringLiteral("One"), m_members.mid(0, 1)));
        VERIFY_RUN(first.exitCode == 0, first);
        m_emulator.expireAllTokens();
        // A new process has no cached token, so it fetches a fresh one: the expiry never shows.
        const CliRun second = run(createArguments(QStringLiteral("Two"), m_members.mid(0, 1)));
        VERIFY_RUN(second.exitCode == 0, second);
        QCOMPARE(m_emulator.groups().size(), 2);
    }

    void csvUtf8_headerAndFilter_onlyThatDepartment()
    {
        // One HR row has no userid: with a userid column it is left out (MemberImporter's rule), and said so.
        QString text = staffText(30);
        text.replace(m_people.at(3).userid + QLatin1Char(','), QStringLiteral(","));
        const QString path = writeFile(QStringLiteral("staff.csv"), text.toUtf8());
        const CliRun result = run(createArguments(QStringLiteral("人力资源部"), {}) << "--members" << path << "--filter"
                                                                                    << "部门=人力资源部");
        VERIFY_RUN(result.exitCode == 0, result);
        QVERIFY(hasContractFields(result.json));
        QStringList expected = staffIds(30, true);
        expected.removeAll(m_people.at(3).userid);
        QCOMPARE(groupMembers(), sorted(expected));
        QCOMPARE(m_emulator.requestCount(lookupPath()), 0);
        QCOMPARE(result.json.value("skippedRows").toInt(), 1);
        QVERIFY2(result.errText().contains(QStringLiteral("userid")), qPrintable(result.describe()));
        QVERIFY2(result.errText().contains(QStringLiteral("no userid")), qPrintable(result.describe()));
    }

    void csvGb18030_readAsChinese()
    {
        QStringEncoder encoder("GB18030");
        const QByteArray data = encoder.encode(staffText(12));
        QVERIFY(encoder.isValid() && !encoder.hasError());
        const CliRun result
            = run(createArguments(QStringLiteral("GBK"), {}) << "--members" << writeFile("gbk.csv", data));
        VERIFY_RUN(result.exitCode == 0, result);
        QCOMPARE(groupMembers(), sorted(staffIds(12)));
        QCOMPARE(m_emulator.requestCount(lookupPath()), 0); // every row has its userid
        QVERIFY2(result.errText().contains(QStringLiteral("GB18030")), qPrintable(result.describe()));
    }

    void tsvUtf16_unicodeTextFromExcel()
    {
        QStringEncoder encoder(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
        const QByteArray data = encoder.encode(staffText(50, QLatin1Char('\t')).replace('\n', "\r\n"));
        const CliRun result = run(createArguments(QStringLiteral("UTF-16"), {})
                                  << "--members" << writeFile("unicode.txt", data) << "--filter"
                                  << "4=研发部");
        VERIFY_RUN(result.exitCode == 0, result);
        QStringList expected = staffIds(50);
        for (const QString& hr : staffIds(50, true))
            expected.removeAll(hr);
        QCOMPARE(groupMembers(), sorted(expected));
    }

    void xlsx_userids_thenNumericPhoneCells()
    {
        QList<QStringList> withIds{ { "UserID", "姓名", "手机" } };
        QList<QStringList> phonesOnly{ { "姓名", "手机" } };
        QStringList expected;
        for (int i = 0; i < 8; ++i) {
            const EmulatedEmployee& person = m_people.at(100 + i);
            withIds.append({ person.userid, person.name, person.mobile });
            // Excel keeps mobile numbers as numbers: every digit must survive the reading.
            phonesOnly.append({ person.name, person.mobile });
            expected.append(person.userid);
        }
        const CliRun byId = run(createArguments(QStringLiteral("Workbook"), {})
                                << "--members" << writeFile("staff.xlsx", XlsxFixture::fromRows(withIds)));
        VERIFY_RUN(byId.exitCode == 0, byId);
        QCOMPARE(groupMembers(), sorted(expected));
        QCOMPARE(m_emulator.requestCount(lookupPath()), 0);

        m_emulator.reset();
        const CliRun byPhone = run(createArguments(QStringLiteral("Workbook"), {})
                                   << "--members" << writeFile("phones.xlsx", XlsxFixture::fromRows(phonesOnly)));
        VERIFY_RUN(byPhone.exitCode == 0, byPhone);
        QCOMPARE(groupMembers(), sorted(expected));
        QCOMPARE(m_emulator.requestCount(lookupPath()), 8);
    }

    void phoneColumnAndMobileOption_resolvedToTheRightUserids()
    {
        // Spellings HR files have: +86, spaces, dashes, full-width digits. One number belongs to a --member too.
        const QStringList spellings{ QStringLiteral("+86 %1"), QStringLiteral("%1"), QStringLiteral("0086-%1") };
        QString text = QStringLiteral("手机号,姓名\n");
        for (int i = 0; i < 6; ++i)
            text += spellings.at(i % 3).arg(m_people.at(200 + i).mobile) + QLatin1Char(',') + m_people.at(200 + i).name
                + QLatin1Char('\n');
        QString fullWidth;
        for (const QChar c : m_people.at(206).mobile)
            fullWidth.append(QChar(char16_t(c.unicode() + 0xFEE0)));
        const CliRun result = run(createArguments(QStringLiteral("Phones"), { m_people.at(200).userid })
                                  << "--members" << writeFile("phones.csv", text.toUtf8()) << "--mobile" << fullWidth
                                  << "--mobile" << m_people.at(201).mobile);
        VERIFY_RUN(result.exitCode == 0, result);
        QStringList expected;
        for (int i = 0; i < 7; ++i)
            expected.append(m_people.at(200 + i).userid);
        QCOMPARE(groupMembers(), sorted(expected));
        QCOMPARE(m_emulator.requestCount(lookupPath()), 7); // each distinct number once
        // The userid found for a number that was also listed by id counts once.
        QCOMPARE(result.json.value("memberCount").toInt(), 8);
        const QJsonObject mobiles = result.json.value("mobiles").toObject();
        QCOMPARE(mobiles.value("total").toInt(), 7);
        QCOMPARE(mobiles.value("resolved").toInt(), 7);
        QCOMPARE(mobiles.value("unresolved").toInt(), 0);
    }

    void memberThatLooksLikeAPhoneNumber_isNotLookedUp()
    {
        const CliRun result = run(createArguments(QStringLiteral("T"), { m_people.at(0).mobile }));
        VERIFY_RUN(result.exitCode == 3, result); // sent as a userid, which DingTalk does not know
        QCOMPARE(m_emulator.requestCount(lookupPath()), 0);
        QCOMPARE(result.json.value("errcode").toInt(), 40031);
    }

    void unresolvableNumber_exit2_lookupsButNoCreate()
    {
        m_emulator.setEmployeeActive(m_people.at(301).userid, false); // has left the company
        const CliRun result = run(createArguments(QStringLiteral("T"), { m_people.at(0).userid })
                                  << "--mobile" << m_people.at(300).mobile << "--mobile" << unknownMobile()
                                  << "--mobile" << m_people.at(301).mobile);
        VERIFY_RUN(result.exitCode == 2, result);
        QVERIFY(hasContractFields(result.json));
        QCOMPARE(result.json.value("errcode").toString(), QStringLiteral("unresolved-mobiles"));
        QCOMPARE(result.json.value("outcome").toString(), QStringLiteral("not-created"));
        const QJsonArray failed = result.json.value("failedMembers").toArray();
        QCOMPARE(failed.size(), 2);
        QCOMPARE(failed.at(0).toObject().value("mobile").toString(), unknownMobile());
        QCOMPARE(failed.at(1).toObject().value("mobile").toString(), m_people.at(301).mobile);
        for (const QJsonValue& entry : failed) {
            QCOMPARE(entry.toObject().value("userid").toString(QStringLiteral("absent")), QString());
            QCOMPARE(entry.toObject().value("errcode").toInt(), 60121);
        }
        QCOMPARE(m_emulator.requestCount(lookupPath()), 3);
        QCOMPARE(m_emulator.requestCount("/chat/create"), 0);
        QCOMPARE(m_emulator.requestCount("/chat/update"), 0);
        QCOMPARE(m_emulator.groups().size(), 0);
        QVERIFY(result.errText().contains(unknownMobile()));
        QVERIFY(result.errText().contains(QStringLiteral("--skip-unresolved")));
    }

    void unresolvableNumber_skipUnresolved_exit4_failedMemberWithMobile()
    {
        const CliRun result
            = run(createArguments(QStringLiteral("T"), { m_people.at(0).userid })
                  << "--mobile" << m_people.at(300).mobile << "--mobile" << unknownMobile() << "--skip-unresolved");
        VERIFY_RUN(result.exitCode == 4, result);
        QVERIFY(hasContractFields(result.json));
        QCOMPARE(result.json.value("outcome").toString(), QStringLiteral("created-partially"));
        QCOMPARE(result.json.value("errcode").toInt(), 60121);
        const EmulatedGroup group = m_emulator.groups().first();
        QCOMPARE(result.json.value("chatid").toString(), group.chatid);
        QCOMPARE(groupMembers(), sorted({ m_people.at(0).userid, m_people.at(300).userid }));
        const QJsonArray failed = result.json.value("failedMembers").toArray();
        QCOMPARE(failed.size(), 1);
        const QJsonObject entry = failed.first().toObject();
        QCOMPARE(entry.value("userid").toString(QStringLiteral("absent")), QString());
        QCOMPARE(entry.value("mobile").toString(), unknownMobile());
        QCOMPARE(entry.value("errcode").toInt(), 60121);
        QVERIFY(!entry.value("errmsg").toString().isEmpty());
        QVERIFY(result.errText().contains(unknownMobile()));
    }

    void over1000WithPhoneNumbers_exit2_noLookups()
    {
        // 990 ids + 10 numbers + the owner = 1001: refused before the first lookup.
        const QString path = writeFile("big.txt", m_members.mid(0, 990).join(QLatin1Char('\n')).toUtf8());
        QStringList arguments = createArguments(QStringLiteral("Huge"), {}) << "--members" << path;
        for (int i = 0; i < 10; ++i)
            arguments << "--mobile" << m_people.at(1000 + i).mobile;
        const CliRun result = run(arguments);
        VERIFY_RUN(result.exitCode == 2, result);
        QVERIFY(hasContractFields(result.json));
        QCOMPARE(issueCodes(result.json), QStringList{ QStringLiteral("too-many-members") });
        QCOMPARE(m_emulator.requests().size(), 0);
    }

    void refusedFiles_exit2_importersMessage_nothingSent_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("importError");
        QTest::addColumn<QString>("message");
        QByteArray xls("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
        xls.append(QByteArray(1016, '\0'));
        QTest::newRow("legacy xls") << "staff.xls" << xls << "legacy-excel"
                                    << "save it as .xlsx or CSV";
        QTest::newRow("empty file") << "empty.csv" << QByteArray() << "empty-file"
                                    << "empty";
    }
    void refusedFiles_exit2_importersMessage_nothingSent()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, data);
        QFETCH(QString, importError);
        QFETCH(QString, message);
        const CliRun result
            = run(createArguments(QStringLiteral("T"), { m_members.at(0) }) << "--members" << writeFile(name, data));
        VERIFY_RUN(result.exitCode == 2, result);
        QVERIFY(hasContractFields(result.json));
        QCOMPARE(result.json.value("errcode").toString(), QStringLiteral("members-file"));
        QCOMPARE(result.json.value("importError").toString(), importError);
        QVERIFY2(result.json.value("errmsg").toString().contains(message), qPrintable(result.describe()));
        QVERIFY(result.errText().contains(message));
        QCOMPARE(m_emulator.requests().size(), 0);
    }

    void columnProblems_exit2_nothingSent()
    {
        const QString path = writeFile("columns.csv", staffText(5).toUtf8());
        const CliRun unknown = run(createArguments(QStringLiteral("T"), {}) << "--members" << path << "--id-column"
                                                                            << "员工编号");
        VERIFY_RUN(unknown.exitCode == 2, unknown);
        QCOMPARE(unknown.json.value("errcode").toString(), QStringLiteral("members-column"));
        QVERIFY(unknown.json.value("errmsg").toString().contains(QStringLiteral("userid, 姓名, 手机号, 部门")));
        const CliRun noMatch = run(createArguments(QStringLiteral("T"), {}) << "--members" << path << "--filter"
                                                                            << "部门=财务部");
        VERIFY_RUN(noMatch.exitCode == 2, noMatch);
        QCOMPARE(noMatch.json.value("errcode").toString(), QStringLiteral("members-column"));
        QVERIFY(noMatch.json.value("errmsg").toString().contains(QStringLiteral("人力资源部")));
        QCOMPARE(m_emulator.requests().size(), 0);
    }

    void idColumnByNumber_phoneColumnByTitle()
    {
        // Titles the guess does not know, semicolons: the options name the columns.
        QString text = QStringLiteral("Person;Login;Cell\n");
        QStringList everyone;
        for (int i = 0; i < 4; ++i) {
            const EmulatedEmployee& person = m_people.at(400 + i);
            text += QStringLiteral("%1;%2;%3\n").arg(person.name, i == 1 ? QString() : person.userid, person.mobile);
            everyone.append(person.userid);
        }
        const QString path = writeFile("semicolon.csv", text.toUtf8());
        const CliRun byId = run(createArguments(QStringLiteral("T"), {}) << "--members" << path << "--id-column"
                                                                         << "2");
        VERIFY_RUN(byId.exitCode == 0, byId);
        QCOMPARE(groupMembers(), sorted({ everyone.at(0), everyone.at(2), everyone.at(3) }));
        QCOMPARE(byId.json.value("skippedRows").toInt(), 1);
        QCOMPARE(m_emulator.requestCount(lookupPath()), 0);

        m_emulator.reset();
        const CliRun byPhone = run(createArguments(QStringLiteral("T"), {}) << "--members" << path << "--phone-column"
                                                                            << "cell");
        VERIFY_RUN(byPhone.exitCode == 0, byPhone);
        QCOMPARE(groupMembers(), sorted(everyone));
        QCOMPARE(m_emulator.requestCount(lookupPath()), 4);
    }

    void standardInputCsv()
    {
        const CliRun result = run(createArguments(QStringLiteral("Stdin CSV"), {}) << "--members"
                                                                                   << "-",
                                  environment(), staffText(45).toUtf8());
        VERIFY_RUN(result.exitCode == 0, result);
        QCOMPARE(groupMembers(), sorted(staffIds(45)));
        QCOMPARE(m_emulator.requestCount("/chat/update"), 1);
    }

    void lookupsRefused_exit3_stopsEarly_noCreate()
    {
        m_emulator.injectFault(QLatin1String(lookupPath()), EmulatorFault::apiError(60011), -1);
        QStringList arguments = createArguments(QStringLiteral("T"), {});
        for (int i = 0; i < 20; ++i)
            arguments << "--mobile" << m_people.at(i).mobile;
        const CliRun result = run(arguments);
        VERIFY_RUN(result.exitCode == 3, result);
        QVERIFY(hasContractFields(result.json));
        QCOMPARE(result.json.value("errcode").toInt(), 60011);
        QCOMPARE(result.json.value("outcome").toString(), QStringLiteral("rejected"));
        QVERIFY(m_emulator.requestCount(lookupPath()) <= 2);
        QCOMPARE(m_emulator.requestCount("/chat/create"), 0);
    }

    void lookupsWithoutNetwork_exit5_noCreate()
    {
        QStringList arguments = createArguments(QStringLiteral("T"), {}) << "--mobile" << m_people.at(0).mobile;
        arguments[arguments.indexOf(QStringLiteral("--server")) + 1]
            = QStringLiteral("http://127.0.0.1:%1").arg(closedPort());
        const CliRun result = run(arguments);
        VERIFY_RUN(result.exitCode == 5, result);
        QVERIFY(hasContractFields(result.json));
        QCOMPARE(result.json.value("errcode").toString(), QStringLiteral("connection-refused"));
        QCOMPARE(result.json.value("outcome").toString(), QStringLiteral("not-created"));
    }

    void interruptDuringLookups_exit5_notCreated_thenDuringCreate_unknown()
    {
#ifdef Q_OS_WIN
        QSKIP("QProcess::terminate() cannot send Ctrl+C to a console program on Windows");
#else
        const auto interrupted = [this](const QString& path) {
            QProcess process;
            process.setProcessEnvironment(environment());
            process.start(QStringLiteral(DTG_CLI_PATH),
                          createArguments(QStringLiteral("T"), {}) << "--mobile" << m_people.at(0).mobile);
            if (!process.waitForStarted())
                return QJsonObject();
            for (int waited = 0; m_emulator.requestCount(path) < 1 && waited < 10000; waited += 20)
                QTest::qWait(20);
            process.terminate(); // SIGTERM, handled like Ctrl+C
            if (!process.waitForFinished(10000) || process.exitStatus() != QProcess::NormalExit)
                return QJsonObject();
            QJsonObject json = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
            json.insert(QStringLiteral("exit"), process.exitCode());
            return json;
        };
        m_emulator.injectFault(QLatin1String(lookupPath()), EmulatorFault::of(EmulatorFault::Hang));
        const QJsonObject lookup = interrupted(QLatin1String(lookupPath()));
        QCOMPARE(lookup.value("exit").toInt(), 5);
        QCOMPARE(lookup.value("errcode").toString(), QStringLiteral("cancelled"));
        QCOMPARE(lookup.value("outcome").toString(), QStringLiteral("not-created"));
        QCOMPARE(m_emulator.requestCount("/chat/create"), 0);

        // After the lookups the create job has its own handler: the interrupt still reports, it does not kill.
        m_emulator.reset();
        m_emulator.injectFault(QStringLiteral("/chat/create"), EmulatorFault::of(EmulatorFault::Hang));
        const QJsonObject create = interrupted(QStringLiteral("/chat/create"));
        QCOMPARE(create.value("exit").toInt(), 5);
        QCOMPARE(create.value("outcome").toString(), QStringLiteral("unknown"));
        QCOMPARE(m_emulator.requestCount(lookupPath()), 1);
#endif
    }

    void v1_over40Members_exit0()
    {
        const CliRun result = run(createArguments(QStringLiteral("新接口"), m_members.mid(0, 60)) << "--api"
                                                                                                  << "v1");
        VERIFY_RUN(result.exitCode == 0, result);
        QVERIFY(hasContractFields(result.json));
        QCOMPARE(result.json.value("errcode").toInt(-1), 0);
        QCOMPARE(m_emulator.requestCount("/v1.0/im/group/create"), 1);
        QCOMPARE(m_emulator.requestCount("/chat/create"), 0);
        QVERIFY(m_emulator.requestCount("/v1.0/im/group/update") + m_emulator.requestCount("/chat/update") >= 1);
        QCOMPARE(groupMembers(), sorted(m_members.mid(0, 60)));
        QCOMPARE(result.json.value("memberCount").toInt(), 61);
        QCOMPARE(result.json.value("openConversationId").toString(), m_emulator.groups().first().openConversationId);
    }

    void v1_phoneNumbers_exit0()
    {
        const CliRun result = run(createArguments(QStringLiteral("新接口"), {}) << "--api"
                                                                                << "v1"
                                                                                << "--mobile" << m_people.at(5).mobile);
        VERIFY_RUN(result.exitCode == 0, result);
        QCOMPARE(groupMembers(), QStringList{ m_people.at(5).userid });
    }

    void v1_permissionDenied_exit3_codeString()
    {
        m_emulator.injectFault(QStringLiteral("/v1.0/im/group/create"), EmulatorFault::apiError(60011));
        const CliRun result = run(createArguments(QStringLiteral("T"), m_members.mid(0, 2)) << "--api"
                                                                                            << "v1");
        VERIFY_RUN(result.exitCode == 3, result);
        QVERIFY(hasContractFields(result.json));
        QVERIFY(result.json.value("errcode").isString());
        QCOMPARE(result.json.value("errcode").toString(),
                 QStringLiteral("Forbidden.AccessDenied.AccessTokenPermissionDenied"));
        QVERIFY(!result.json.value("errmsg").toString().isEmpty());
        QCOMPARE(result.json.value("httpStatus").toInt(), 403);
        QCOMPARE(result.json.value("outcome").toString(), QStringLiteral("rejected"));
        QCOMPARE(m_emulator.groups().size(), 0);
    }

    void v1_wrongSecret_exit3_invalidClientIdOrSecret()
    {
        QProcessEnvironment wrong = environment();
        wrong.insert(QStringLiteral("DINGTALK_APP_SECRET"), QStringLiteral("not-the-secret-4220"));
        const CliRun result = run(createArguments(QStringLiteral("T"), m_members.mid(0, 2)) << "--api"
                                                                                            << "v1",
                                  wrong);
        VERIFY_RUN(result.exitCode == 3, result);
        QVERIFY(hasContractFields(result.json));
        QCOMPARE(result.json.value("errcode").toString(), QStringLiteral("invalidClientIdOrSecret"));
        QCOMPARE(m_emulator.requestCount("/v1.0/im/group/create"), 0);
        QVERIFY(!result.out.contains("not-the-secret-4220"));
        QVERIFY(!result.err.contains("not-the-secret-4220"));
    }

    void versionAndHelp_exit0()
    {
        const CliRun version = run({ "--version" });
        VERIFY_RUN(version.exitCode == 0, version);
        QVERIFY(version.out.contains(DTG_VERSION));
        const CliRun versionJson = run({ "--version", "--json" });
        QCOMPARE(versionJson.json.value("version").toString(), QStringLiteral(DTG_VERSION));
        const CliRun help = run({ "--help" });
        VERIFY_RUN(help.exitCode == 0, help);
        for (const char* option : { "--members", "--mobile", "--id-column", "--phone-column", "--filter",
                                    "--skip-unresolved", "--api", "--dry-run", "--no-history", "--history-file" })
            QVERIFY2(help.out.contains(option), option);
    }

    // --- History -------------------------------------------------------------------------------------------------

    void history_create_recordsEntryWithoutSecrets()
    {
        const QString path = m_dir.filePath(QStringLiteral("history-create.json"));
        const QStringList members = m_members.mid(0, 3);
        const CliRun result = run(createArguments(QStringLiteral("项目组"), members) << "--show-history"
                                                                                     << "--ban-chat"
                                                                                     << "--history-file" << path);
        VERIFY_RUN(result.exitCode == 0, result);
        QVERIFY2(!result.json.contains("historyError"), qPrintable(result.describe()));
        const QList<QJsonObject> entries = historyEntries(path);
        QCOMPARE(entries.size(), 1);
        const QJsonObject entry = entries.first();
        const EmulatedGroup group = m_emulator.groups().first();
        QCOMPARE(entry.value("name").toString(), QStringLiteral("项目组"));
        QCOMPARE(entry.value("owner").toString(), m_emulator.demoOwnerId());
        QCOMPARE(entry.value("memberCount").toInt(), 4); // the owner included
        QCOMPARE(entry.value("membersInGroup").toInt(), 4);
        QCOMPARE(entry.value("outcome").toString(), QStringLiteral("created"));
        QCOMPARE(entry.value("errcode").toString(), QString());
        QCOMPARE(entry.value("openConversationId").toString(), group.openConversationId);
        QCOMPARE(entry.value("chatid").toString(), group.chatid);
        QCOMPARE(entry.value("apiGeneration").toString(), QStringLiteral("oapi"));
        QVERIFY2(entry.value("profile").toString().contains(DingTalkEmulator::demoAppKey()),
                 qPrintable(entry.value("profile").toString()));
        const QJsonObject settings = entry.value("settings").toObject();
        QCOMPARE(settings.value("showHistoryType").toInt(), 1);
        QCOMPARE(settings.value("chatBannedType").toInt(), 1);
        QCOMPARE(settings.value("searchable").toInt(), 0);
        QVERIFY(!entry.value("id").toString().isEmpty());
        QVERIFY(QDateTime::fromString(entry.value("time").toString(), Qt::ISODate).isValid());
        QVERIFY(entry.value("failedMembers").toArray().isEmpty());
        QVERIFY(!m_emulator.issuedTokens().isEmpty());
        QVERIFY(holdsNoSecret(fileBytes(path)));
        QVERIFY(!QFile::exists(windowHistoryPath())); // --history-file replaces the window's file
    }

    void history_pastedToken_v1_profileNamesNoToken()
    {
        const CliRun first = run(createArguments(QStringLiteral("First"), m_members.mid(0, 1)) << "--no-history");
        VERIFY_RUN(first.exitCode == 0, first);
        const QString token = m_emulator.issuedTokens().last();
        QStringList arguments = createArguments(QStringLiteral("Pasted"), m_members.mid(0, 2)) << "--api"
                                                                                               << "v1";
        arguments.remove(arguments.indexOf(QStringLiteral("--app-key")), 2);
        QProcessEnvironment pasted = environment();
        pasted.remove(QStringLiteral("DINGTALK_APP_SECRET"));
        pasted.insert(QStringLiteral("DINGTALK_ACCESS_TOKEN"), token);
        const CliRun result = run(arguments, pasted);
        VERIFY_RUN(result.exitCode == 0, result);
        const QList<QJsonObject> entries = historyEntries(windowHistoryPath());
        QCOMPARE(entries.size(), 1); // the --no-history run left nothing
        QCOMPARE(entries.first().value("profile").toString(), QStringLiteral("command line (access token)"));
        QCOMPARE(entries.first().value("apiGeneration").toString(), QStringLiteral("v1.0"));
        QCOMPARE(entries.first().value("name").toString(), QStringLiteral("Pasted"));
        QVERIFY(!fileBytes(windowHistoryPath()).contains(token.toUtf8()));
        QVERIFY(holdsNoSecret(fileBytes(windowHistoryPath())));
    }

    void history_defaultFile_isTheWindows()
    {
        const CliRun result = run(createArguments(QStringLiteral("Default"), m_members.mid(0, 1)));
        VERIFY_RUN(result.exitCode == 0, result);
        const QList<QJsonObject> entries = historyEntries(windowHistoryPath());
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().value("name").toString(), QStringLiteral("Default"));
        // Readable by the user alone, as HistoryStore writes it.
        QCOMPARE(QFile::permissions(windowHistoryPath()) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
    }

    void history_refused60011_recordedWithErrcode()
    {
        const QString path = m_dir.filePath(QStringLiteral("history-refused.json"));
        m_emulator.injectFault("/chat/create", EmulatorFault::apiError(60011, QStringLiteral("无权限 (test)")));
        const CliRun result
            = run(createArguments(QStringLiteral("Refused"), m_members.mid(0, 2)) << "--history-file" << path);
        VERIFY_RUN(result.exitCode == 3, result);
        const QList<QJsonObject> entries = historyEntries(path);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().value("outcome").toString(), QStringLiteral("rejected"));
        QCOMPARE(entries.first().value("errcode").toString(), QStringLiteral("60011"));
        QCOMPARE(entries.first().value("errmsg").toString(), QStringLiteral("无权限 (test)"));
        QCOMPARE(entries.first().value("chatid").toString(), QString());
        QCOMPARE(entries.first().value("memberCount").toInt(), 3);
        QVERIFY(holdsNoSecret(fileBytes(path)));
    }

    void history_unknownOutcome_recordedWithErrcode()
    {
        const QString path = m_dir.filePath(QStringLiteral("history-unknown.json"));
        m_emulator.injectFault("/chat/create", EmulatorFault::of(EmulatorFault::ResetAfterProcessing));
        const CliRun result
            = run(createArguments(QStringLiteral("Unknown"), m_members.mid(0, 2)) << "--history-file" << path);
        VERIFY_RUN(result.exitCode == 5, result);
        QCOMPARE(result.json.value("outcome").toString(), QStringLiteral("unknown"));
        const QList<QJsonObject> entries = historyEntries(path);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().value("outcome").toString(), QStringLiteral("unknown"));
        QCOMPARE(entries.first().value("errcode").toString(), QStringLiteral("connection-reset"));
        QCOMPARE(entries.first().value("name").toString(), QStringLiteral("Unknown"));
        QVERIFY(holdsNoSecret(fileBytes(path)));
    }

    void history_partialAndNotCreated_recorded()
    {
        const QString path = m_dir.filePath(QStringLiteral("history-partial.json"));
        m_emulator.injectFault("/chat/update", EmulatorFault::apiError(50002), -1);
        const CliRun partial
            = run(createArguments(QStringLiteral("Partial"), m_members.mid(0, 60)) << "--history-file" << path);
        VERIFY_RUN(partial.exitCode == 4, partial);
        QStringList arguments = createArguments(QStringLiteral("Offline"), m_members.mid(0, 1))
            << "--history-file" << path;
        arguments[arguments.indexOf(QStringLiteral("--server")) + 1]
            = QStringLiteral("http://127.0.0.1:%1").arg(closedPort());
        const CliRun offline = run(arguments);
        VERIFY_RUN(offline.exitCode == 5, offline);
        const QList<QJsonObject> entries = historyEntries(path);
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).value("outcome").toString(), QStringLiteral("created-partially"));
        QCOMPARE(entries.at(0).value("membersInGroup").toInt(), 40);
        QCOMPARE(entries.at(0).value("failedMembers").toArray().size(), 21);
        QCOMPARE(entries.at(1).value("outcome").toString(), QStringLiteral("not-created"));
        QCOMPARE(entries.at(1).value("errcode").toString(), QStringLiteral("connection-refused"));
    }

    void history_noHistory_writesNothing()
    {
        const CliRun result = run(createArguments(QStringLiteral("Unrecorded"), m_members.mid(0, 1)) << "--no-history");
        VERIFY_RUN(result.exitCode == 0, result);
        QCOMPARE(m_emulator.groups().size(), 1);
        QVERIFY(!QFile::exists(windowHistoryPath()));
        QVERIFY(!QFileInfo::exists(m_dataHome)); // not even the folder
    }

    void history_runsThatSendNoCreate_notRecorded()
    {
        const QString path = m_dir.filePath(QStringLiteral("history-not-recorded.json"));
        // A validation error, a usage error, numbers no employee has, lookups refused, a dry run.
        const CliRun invalid
            = run(createArguments(QStringLiteral(""), m_members.mid(0, 1)) << "--history-file" << path);
        VERIFY_RUN(invalid.exitCode == 2, invalid);
        const CliRun usage
            = run(createArguments(QStringLiteral("T"), m_members.mid(0, 1)) << "--history-file" << path << "--colour");
        VERIFY_RUN(usage.exitCode == 2, usage);
        const CliRun unresolved = run(createArguments(QStringLiteral("T"), {})
                                      << "--history-file" << path << "--mobile" << unknownMobile());
        VERIFY_RUN(unresolved.exitCode == 2, unresolved);
        m_emulator.injectFault(QLatin1String(lookupPath()), EmulatorFault::apiError(60011), -1);
        const CliRun refused = run(createArguments(QStringLiteral("T"), {})
                                   << "--history-file" << path << "--mobile" << m_people.at(0).mobile);
        VERIFY_RUN(refused.exitCode == 3, refused);
        const CliRun dry
            = run(createArguments(QStringLiteral("T"), m_members.mid(0, 1)) << "--history-file" << path << "--dry-run");
        VERIFY_RUN(dry.exitCode == 0, dry);
        QCOMPARE(m_emulator.requestCount("/chat/create"), 0);
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFile::exists(windowHistoryPath()));
    }

    void history_twoConcurrentCreates_bothRecorded()
    {
        const QString path = m_dir.filePath(QStringLiteral("history-concurrent.json"));
        m_emulator.setLatency(100); // both runs in flight together
        QList<QProcess*> processes;
        for (const QString& name : { QStringLiteral("并发一"), QStringLiteral("并发二") }) {
            auto* process = new QProcess(this);
            process->setProcessEnvironment(environment());
            process->start(QStringLiteral(DTG_CLI_PATH),
                           createArguments(name, m_members.mid(0, 45)) << "--history-file" << path);
            processes.append(process);
        }
        for (QProcess* process : std::as_const(processes)) {
            QVERIFY(process->waitForFinished(60000));
            const QByteArray out = process->readAllStandardOutput();
            const QByteArray err = process->readAllStandardError();
            m_allOutput += out + err;
            QVERIFY2(process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0,
                     (out + err).constData());
            QVERIFY2(!out.contains("historyError"), out.constData());
            delete process;
        }
        QCOMPARE(m_emulator.groups().size(), 2);
        const QList<QJsonObject> entries = historyEntries(path);
        QStringList names;
        for (const QJsonObject& entry : entries) {
            names.append(entry.value("name").toString());
            QCOMPARE(entry.value("outcome").toString(), QStringLiteral("created"));
            QCOMPARE(entry.value("memberCount").toInt(), 46);
        }
        QCOMPARE(sorted(names), sorted({ QStringLiteral("并发一"), QStringLiteral("并发二") }));
        QVERIFY(!QFile::exists(path + QStringLiteral(".lock")));
    }

    void history_damagedFile_setAside_createStillExit0()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("history.json"));
        const QByteArray damaged = "{\"format\":1,\"entries\":[{\"name\":\"half writ";
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(damaged);
        file.close();
        const CliRun result
            = run(createArguments(QStringLiteral("After damage"), m_members.mid(0, 1)) << "--history-file" << path);
        VERIFY_RUN(result.exitCode == 0, result);
        QCOMPARE(result.json.value("outcome").toString(), QStringLiteral("created"));
        QVERIFY2(result.errText().contains(QStringLiteral("Warning:")), qPrintable(result.describe()));
        QVERIFY(result.errText().contains(QStringLiteral("damaged")));
        QVERIFY(!result.json.value("historyError").toString().isEmpty());
        const QStringList aside = QDir(dir.path()).entryList({ QStringLiteral("history.json.damaged-*") }, QDir::Files);
        QCOMPARE(aside.size(), 1);
        QCOMPARE(result.json.value("historyDamagedFile").toString(), dir.filePath(aside.first()));
        QVERIFY(result.errText().contains(aside.first()));
        QCOMPARE(fileBytes(dir.filePath(aside.first())), damaged); // kept as it was
        const QList<QJsonObject> entries = historyEntries(path);
        QCOMPARE(entries.size(), 1); // a new history with this create
        QCOMPARE(entries.first().value("name").toString(), QStringLiteral("After damage"));
    }

    void history_cannotWrite_warning_exitCodeUnchanged()
    {
        // The "folder" of the history file is a file: nothing can be written there.
        const QString blocker = writeFile(QStringLiteral("not-a-folder"), "x");
        const QString path = blocker + QStringLiteral("/history.json");
        const CliRun result
            = run(createArguments(QStringLiteral("Unwritable"), m_members.mid(0, 1)) << "--history-file" << path);
        VERIFY_RUN(result.exitCode == 0, result);
        QCOMPARE(m_emulator.groups().size(), 1);
        QVERIFY(!result.json.value("historyError").toString().isEmpty());
        QVERIFY(result.errText().contains(QStringLiteral("Warning:")));
        // Refused creates keep their own exit code too.
        m_emulator.injectFault("/chat/create", EmulatorFault::apiError(60011));
        const CliRun refused
            = run(createArguments(QStringLiteral("Unwritable"), m_members.mid(0, 1)) << "--history-file" << path);
        VERIFY_RUN(refused.exitCode == 3, refused);
        QVERIFY(!refused.json.value("historyError").toString().isEmpty());
    }

    // --- Dry run -------------------------------------------------------------------------------------------------

    void dryRun_95Members_planEqualsRealCalls_nothingSent()
    {
        const QStringList members = m_members.mid(0, 94); // plus the owner: 95
        const QStringList arguments = createArguments(QStringLiteral("Big group"), members) << "--searchable";
        const CliRun dry = run(QStringList(arguments) << "--dry-run");
        VERIFY_RUN(dry.exitCode == 0, dry);
        QVERIFY2(dry.jsonError.isEmpty(), qPrintable(dry.describe())); // exactly one JSON object
        QVERIFY(hasContractFields(dry.json));
        QCOMPARE(dry.json.value("outcome").toString(), QStringLiteral("dry-run"));
        QCOMPARE(dry.json.value("errcode").toInt(-1), 0);
        QCOMPARE(dry.json.value("memberCount").toInt(), 95);
        QCOMPARE(m_emulator.requests().size(), 0); // not even /gettoken
        QCOMPARE(m_emulator.groups().size(), 0);
        QVERIFY(!QFile::exists(windowHistoryPath()));
        QVERIFY(holdsNoSecret(dry.out + dry.err));

        const QJsonArray plan = dry.json.value("plan").toArray();
        QCOMPARE(plan.size(), 4);
        QStringList paths;
        for (const QJsonValue& value : plan) {
            const QJsonObject call = value.toObject();
            for (const char* key : { "title", "method", "url", "headers", "body", "curl" })
                QVERIFY2(call.contains(QLatin1String(key)), key);
            QVERIFY(call.value("headers").isObject());
            QVERIFY(call.value("curl").toString().startsWith(QStringLiteral("curl -X ")));
            const QUrl url(call.value("url").toString());
            QCOMPARE(url.host(), m_emulator.baseUrl().host());
            paths.append(url.path());
        }
        QCOMPARE(paths, (QStringList{ "/gettoken", "/chat/create", "/chat/update", "/chat/update" }));
        const QJsonObject tokenCall = plan.at(0).toObject();
        QCOMPARE(tokenCall.value("method").toString(), QStringLiteral("GET"));
        QVERIFY(tokenCall.value("body").isNull());
        QVERIFY(tokenCall.value("url").toString().contains(DingTalkEmulator::demoAppKey()));
        QVERIFY(tokenCall.value("url").toString().contains(QStringLiteral("appsecret=******")));
        QVERIFY(plan.at(1).toObject().value("url").toString().contains(QStringLiteral("access_token=******")));
        QCOMPARE(plan.at(1).toObject().value("body").toObject().value("useridlist").toArray().size(), 40);

        // The same input for real: the bodies DingTalk receives are the plan's (the chatid known only afterwards).
        const CliRun real = run(QStringList(arguments) << "--no-history");
        VERIFY_RUN(real.exitCode == 0, real);
        QCOMPARE(requestPaths(), (QStringList{ "/gettoken", "/chat/create", "/chat/update", "/chat/update" }));
        QCOMPARE(plan.at(1).toObject().value("body").toObject(), bodiesOf(QStringLiteral("/chat/create")).first());
        const QString chatid = m_emulator.groups().first().chatid;
        QStringList planned;
        for (int i = 2; i < 4; ++i) {
            QJsonObject body = plan.at(i).toObject().value("body").toObject();
            QCOMPARE(body.value("chatid").toString(), QStringLiteral("<chatid>"));
            body.insert(QStringLiteral("chatid"), chatid);
            planned.append(QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact)));
        }
        QStringList sent;
        for (const QJsonObject& body : bodiesOf(QStringLiteral("/chat/update")))
            sent.append(QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact)));
        QCOMPARE(sorted(planned), sorted(sent));
        QCOMPARE(m_emulator.requests().at(1).method,
                 QByteArray(plan.at(1).toObject().value("method").toString().toLatin1()));
        QVERIFY(holdsNoSecret(dry.out + dry.err));
    }

    void dryRun_v1_createBodyEqualsRealCall_secretMasked()
    {
        const QStringList arguments = createArguments(QStringLiteral("新接口"), m_members.mid(0, 5)) << "--api"
                                                                                                     << "v1"
                                                                                                     << "--validation";
        const CliRun dry = run(QStringList(arguments) << "--dry-run");
        VERIFY_RUN(dry.exitCode == 0, dry);
        QCOMPARE(m_emulator.requests().size(), 0);
        const QJsonArray plan = dry.json.value("plan").toArray();
        QCOMPARE(plan.size(), 2);
        const QJsonObject tokenCall = plan.at(0).toObject();
        QCOMPARE(tokenCall.value("method").toString(), QStringLiteral("POST"));
        QCOMPARE(tokenCall.value("body").toObject().value("appSecret").toString(), QStringLiteral("******"));
        const QJsonObject create = plan.at(1).toObject();
        QCOMPARE(QUrl(create.value("url").toString()).path(), QStringLiteral("/v1.0/im/group/create"));
        QCOMPARE(create.value("headers").toObject().value("x-acs-dingtalk-access-token").toString(),
                 QStringLiteral("******"));
        QVERIFY(holdsNoSecret(dry.out + dry.err));

        const CliRun real = run(QStringList(arguments) << "--no-history");
        VERIFY_RUN(real.exitCode == 0, real);
        QCOMPARE(create.value("body").toObject(), bodiesOf(QStringLiteral("/v1.0/im/group/create")).first());
    }

    void dryRun_invalidInput_exit2_nothingSent_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("code");
        QTest::newRow("name-empty") << (createArguments(QString(), m_members.mid(0, 1)) << "--dry-run")
                                    << "invalid-input";
        QTest::newRow("too many") << (createArguments(QStringLiteral("T"), m_members.mid(0, 1000)) << "--dry-run")
                                  << "invalid-input";
        QTest::newRow("unknown option") << (createArguments(QStringLiteral("T"), m_members.mid(0, 1)) << "--dry-run"
                                                                                                      << "--colour")
                                        << "usage";
    }
    void dryRun_invalidInput_exit2_nothingSent()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, code);
        const CliRun result = run(arguments);
        VERIFY_RUN(result.exitCode == 2, result);
        QVERIFY2(result.jsonError.isEmpty(), qPrintable(result.describe()));
        QVERIFY(hasContractFields(result.json));
        QCOMPARE(result.json.value("errcode").toString(), code);
        QVERIFY(!result.json.contains("plan"));
        QCOMPARE(m_emulator.requests().size(), 0);
    }

    void dryRun_phoneColumn_onlyLookupsSent()
    {
        const QString path = phoneFile(500, 3);
        const QStringList expected{ m_people.at(500).userid, m_people.at(501).userid, m_people.at(502).userid };
        const CliRun dry = run(createArguments(QStringLiteral("Phones"), {}) << "--members" << path << "--dry-run");
        VERIFY_RUN(dry.exitCode == 0, dry);
        // With an app key the lookups need a token; nothing else is sent.
        QStringList paths = requestPaths();
        paths.removeAll(QStringLiteral("/gettoken"));
        QCOMPARE(paths, QStringList(3, QLatin1String(lookupPath())));
        QCOMPARE(m_emulator.groups().size(), 0);
        const QJsonArray plan = dry.json.value("plan").toArray();
        QCOMPARE(plan.size(), 2);
        QStringList planned;
        for (const QJsonValue& id : plan.at(1).toObject().value("body").toObject().value("useridlist").toArray())
            planned.append(id.toString());
        planned.removeAll(m_emulator.demoOwnerId());
        QCOMPARE(sorted(planned), sorted(expected));
        QCOMPARE(dry.json.value("mobiles").toObject().value("resolved").toInt(), 3);

        // With a pasted token only the lookups reach DingTalk.
        const QString token = m_emulator.issuedTokens().last();
        m_emulator.clearRequests();
        QStringList arguments = createArguments(QStringLiteral("Phones"), {}) << "--members" << path << "--dry-run";
        arguments.remove(arguments.indexOf(QStringLiteral("--app-key")), 2);
        QProcessEnvironment pasted = environment();
        pasted.remove(QStringLiteral("DINGTALK_APP_SECRET"));
        pasted.insert(QStringLiteral("DINGTALK_ACCESS_TOKEN"), token);
        const CliRun pastedRun = run(arguments, pasted);
        VERIFY_RUN(pastedRun.exitCode == 0, pastedRun);
        QCOMPARE(requestPaths(), QStringList(3, QLatin1String(lookupPath())));
        QCOMPARE(pastedRun.json.value("plan").toArray().size(), 1); // no token call for a pasted token
        QVERIFY(!(pastedRun.out + pastedRun.err).contains(token.toUtf8()));
        QVERIFY(holdsNoSecret(dry.out + dry.err + pastedRun.out + pastedRun.err));
        QVERIFY(!QFile::exists(windowHistoryPath()));
    }

    void dryRun_skipUnresolved_exit0_numberListed()
    {
        const CliRun dry = run(createArguments(QStringLiteral("T"), { m_members.at(0) })
                               << "--mobile" << unknownMobile() << "--skip-unresolved"
                               << "--dry-run");
        VERIFY_RUN(dry.exitCode == 0, dry);
        QCOMPARE(dry.json.value("outcome").toString(), QStringLiteral("dry-run"));
        const QJsonArray failed = dry.json.value("failedMembers").toArray();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().toObject().value("mobile").toString(), unknownMobile());
        QCOMPARE(dry.json.value("memberCount").toInt(), 2);
        QCOMPARE(m_emulator.requestCount("/chat/create"), 0);
    }

    void dryRun_text_readablePlanOnStdout()
    {
        QStringList arguments = createArguments(QStringLiteral("Plain plan"), m_members.mid(0, 50)) << "--dry-run";
        arguments.removeAll(QStringLiteral("--json"));
        const CliRun dry = run(arguments);
        VERIFY_RUN(dry.exitCode == 0, dry);
        QVERIFY2(!dry.jsonError.isEmpty(), qPrintable(dry.describe())); // text, not JSON
        const QString out = QString::fromUtf8(dry.out);
        QCOMPARE(out.count(QStringLiteral("\n  curl -X ")), 3);
        QVERIFY(out.contains(QStringLiteral("Call 1 of 3")));
        QVERIFY(out.contains(QStringLiteral("/chat/create?access_token=******")));
        QVERIFY(out.contains(QStringLiteral("Content-Type: application/json")));
        QVERIFY(out.contains(m_members.at(49)));
        QVERIFY(dry.errText().contains(QStringLiteral("Nothing was created")));
        QCOMPARE(m_emulator.requests().size(), 0);
        QVERIFY(holdsNoSecret(dry.out + dry.err));
    }

    void secretAndTokens_neverPrinted()
    {
        // Runs on paths that print network texts, then searches everything every test printed.
        m_emulator.injectFault("/chat/update", EmulatorFault::apiError(50002));
        run(createArguments(QStringLiteral("Leak check"), m_members.mid(0, 60)));
        m_emulator.injectFault("/chat/create", EmulatorFault::of(EmulatorFault::Hang));
        run(createArguments(QStringLiteral("Leak check"), m_members.mid(0, 2)) << "--timeout"
                                                                               << "1");
        m_emulator.injectFault("/chat/create", EmulatorFault::of(EmulatorFault::MalformedJson));
        run(createArguments(QStringLiteral("Leak check"), m_members.mid(0, 2)));
        m_emulator.injectFault("/chat/create", EmulatorFault::of(EmulatorFault::HalfWrittenReply));
        run(createArguments(QStringLiteral("Leak check"), m_members.mid(0, 2)));

        QVERIFY(!m_allOutput.isEmpty());
        QVERIFY(!m_allOutput.contains(DingTalkEmulator::demoAppSecret().toUtf8()));
        const QStringList tokens = m_emulator.issuedTokens();
        QVERIFY(!tokens.isEmpty());
        for (const QString& token : tokens)
            QVERIFY2(!m_allOutput.contains(token.toUtf8()), qPrintable(token));
    }
};

QTEST_GUILESS_MAIN(TestCliProcess)
#include "tst_CliProcess.moc"
