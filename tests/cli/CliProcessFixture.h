#pragma once

#include "CliProcess.h"
#include "DingTalkEmulator.h"
#include "EmulatorFixture.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

/**
 * What the process suites share: the built dingtalk-group-cli, run as a user would (CliProcess.h), against the
 * emulator started in the suite's process, and the helpers that write member files and read what reached the
 * emulator. Each test checks the exit code, the JSON object on stdout and what reached the emulator; at the end, no
 * run of the suite may have printed a secret or a token.
 */
class CliProcessFixture : public QObject
{
    Q_OBJECT

protected:
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

    /** Points `arguments` (see createArguments()) at `server` instead of the emulator. */
    static void setServer(QStringList& arguments, const QString& server)
    {
        arguments[arguments.indexOf(QStringLiteral("--server")) + 1] = server;
    }
    /** A server that refuses every connection (closedPort()). */
    static QString refusingServer() { return QStringLiteral("http://127.0.0.1:%1").arg(closedPort()); }

    /** Takes --app-key and its value out of `arguments`, for a run with a pasted token. */
    static void removeAppKey(QStringList& arguments)
    {
        arguments.remove(arguments.indexOf(QStringLiteral("--app-key")), 2);
    }
    /** The environment of a run with `token` pasted in DINGTALK_ACCESS_TOKEN and no app secret. */
    QProcessEnvironment pastedTokenEnvironment(const QString& token) const
    {
        QProcessEnvironment pasted = environment();
        pasted.remove(QStringLiteral("DINGTALK_APP_SECRET"));
        pasted.insert(QStringLiteral("DINGTALK_ACCESS_TOKEN"), token);
        return pasted;
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
    void initTestCase();
    void init();
    void cleanupTestCase();
};

#define VERIFY_RUN(condition, run) QVERIFY2(condition, qPrintable((run).describe()))
