#include "CliHistory.h"
#include "CliOptions.h"
#include "group/GroupSpec.h"
#include "history/HistoryStore.h"

#include <QTemporaryDir>
#include <QTest>

/** The command line's history step on its own: where it writes, what the entry says, and what it never holds. */
class TestCliHistory : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static CliOptions options(const QStringList& extra, const QString& token = QString())
    {
        QProcessEnvironment environment;
        if (token.isEmpty())
            environment.insert(QStringLiteral("DINGTALK_APP_SECRET"), QStringLiteral("the-app-secret-4220"));
        else
            environment.insert(QStringLiteral("DINGTALK_ACCESS_TOKEN"), token);
        QStringList arguments{ "dingtalk-group-cli", "create", "--name", "T", "--owner", "o", "--member", "a" };
        if (token.isEmpty())
            arguments << "--app-key"
                      << "ding-app-key";
        return CliOptions::parse(arguments + extra, environment);
    }

    static GroupValidation validation()
    {
        GroupSpec spec;
        spec.name = QStringLiteral("T");
        spec.owner = QStringLiteral("o");
        spec.members.append(Member::fromUserId(QStringLiteral("a"), MemberSource::CommandLine));
        return spec.validate();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
        QCoreApplication::setApplicationName(QStringLiteral("dingtalk-group-cli"));
    }

    void defaultFilePath_isTheWindows_namesRestored()
    {
        QCOMPARE(CliHistory::defaultFilePath(),
                 m_dir.filePath(QStringLiteral("data/DingTalkGroupCreator/dingtalk-group-creator/history.json")));
        QCOMPARE(QCoreApplication::applicationName(), QStringLiteral("dingtalk-group-cli"));
        QCOMPARE(QCoreApplication::organizationName(), QString());
        QCOMPARE(CliHistory(options({})).filePath(), CliHistory::defaultFilePath());
    }

    void historyFile_madeAbsolute()
    {
        const CliHistory history(options({ "--history-file", "relative/h.json" }));
        QVERIFY(QFileInfo(history.filePath()).isAbsolute());
        QVERIFY(history.filePath().endsWith(QStringLiteral("/relative/h.json")));
    }

    void profileName_appKeyOrAccessToken_neverTheToken()
    {
        QCOMPARE(CliHistory::profileName(options({}).connection), QStringLiteral("command line (ding-app-key)"));
        const QString profile = CliHistory::profileName(options({}, QStringLiteral("pasted-token-4220")).connection);
        QCOMPARE(profile, QStringLiteral("command line (access token)"));
    }

    void record_entryWithoutSecrets()
    {
        const QString path = m_dir.filePath(QStringLiteral("record.json"));
        const CliOptions parsed = options({ "--history-file", path, "--api", "v1" });
        CliHistory history(parsed);
        CreateResult result;
        result.outcome = CreateResult::Outcome::Rejected;
        result.error = ApiError::api(QStringLiteral("40096"), QStringLiteral("bad secret the-app-secret-4220"));
        QVERIFY(history.record(validation(), GroupSettings(), result, { parsed.connection.appSecret }));
        QVERIFY(history.problem().isEmpty());
        HistoryStore store(path);
        QVERIFY(store.load());
        QCOMPARE(store.entries().size(), 1);
        const HistoryEntry entry = store.entries().first();
        QCOMPARE(entry.outcome, QStringLiteral("rejected"));
        QCOMPARE(entry.errcode, QStringLiteral("40096"));
        QCOMPARE(entry.generation, ApiGeneration::V1);
        QCOMPARE(entry.memberCount, 2);
        QVERIFY(!entry.errmsg.contains(QStringLiteral("the-app-secret-4220")));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("the-app-secret-4220"));
    }

    void record_disabled_writesNothing()
    {
        CliHistory history(options({ "--no-history" }));
        QVERIFY(!history.isEnabled());
        QVERIFY(history.record(validation(), GroupSettings(), CreateResult(), {}));
        QVERIFY(!QFile::exists(history.filePath()));
    }

    void record_unwritable_problemNamesTheFile()
    {
        QFile blocker(m_dir.filePath(QStringLiteral("blocker")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const QString path = blocker.fileName() + QStringLiteral("/history.json");
        CliHistory history(options({ "--history-file", path }));
        QVERIFY(!history.record(validation(), GroupSettings(), CreateResult(), {}));
        QVERIFY2(history.problem().contains(path), qPrintable(history.problem()));
    }
};

QTEST_GUILESS_MAIN(TestCliHistory)
#include "tst_CliHistory.moc"
