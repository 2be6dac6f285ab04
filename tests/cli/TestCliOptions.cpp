#include "CliOptions.h"

#include <QBuffer>
#include <QTemporaryFile>
#include <QTest>

/** Option parsing: no network, no output; only what the command line means. */
class TestCliOptions : public QObject
{
    Q_OBJECT

private:
    static QProcessEnvironment tokenEnvironment()
    {
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("DINGTALK_ACCESS_TOKEN"), QStringLiteral("pasted-token"));
        return environment;
    }
    static CliOptions parse(const QStringList& arguments, const QProcessEnvironment& environment = tokenEnvironment())
    {
        return CliOptions::parse(QStringList{ QStringLiteral("dingtalk-group-cli") } + arguments, environment);
    }
    static QStringList ids(const CliOptions& options)
    {
        QStringList result;
        for (const Member& member : options.spec.members)
            result.append(member.userid);
        return result;
    }

private slots:
    void optionsBeforeAndAfterCommand_meanTheSame()
    {
        const CliOptions before = parse({ "--name", "Team", "--owner", "u1", "--member", "u2", "create" });
        const CliOptions after = parse({ "create", "--member", "u2", "--owner", "u1", "--name", "Team" });
        const CliOptions mixed = parse({ "--owner", "u1", "create", "--name=Team", "--member=u2" });
        for (const CliOptions& options : { before, after, mixed }) {
            QVERIFY2(options.isValid(), qPrintable(options.errorMessage));
            QCOMPARE(options.command, CliOptions::Command::Create);
            QCOMPARE(options.spec.name, QStringLiteral("Team"));
            QCOMPARE(options.spec.owner, QStringLiteral("u1"));
            QCOMPARE(ids(options), QStringList{ QStringLiteral("u2") });
        }
    }

    void repeatedMember_keepsEveryIdInOrder()
    {
        const CliOptions options
            = parse({ "create", "--name", "T", "--owner", "o", "--member", "a", "--member", "b", "--member", "c" });
        QVERIFY(options.isValid());
        QCOMPARE(ids(options), (QStringList{ "a", "b", "c" }));
        QCOMPARE(options.spec.members.first().source, MemberSource::CommandLine);
    }

    void noFlags_allSettingsOff()
    {
        const CliOptions options = parse({ "create", "--name", "T", "--owner", "o", "--member", "a" });
        QVERIFY(options.isValid());
        QCOMPARE(options.spec.settings, GroupSettings());
        QCOMPARE(options.connection.timeoutSeconds, 30);
        QVERIFY(!options.json);
    }

    void eachFlag_setsOnlyItsSetting_data()
    {
        QTest::addColumn<QString>("flag");
        QTest::addColumn<int>("index");
        QTest::newRow("show-history") << "--show-history" << 0;
        QTest::newRow("searchable") << "--searchable" << 1;
        QTest::newRow("validation") << "--validation" << 2;
        QTest::newRow("mention-all-owner-only") << "--mention-all-owner-only" << 3;
        QTest::newRow("management-owner-only") << "--management-owner-only" << 4;
        QTest::newRow("ban-chat") << "--ban-chat" << 5;
    }
    void eachFlag_setsOnlyItsSetting()
    {
        QFETCH(QString, flag);
        QFETCH(int, index);
        const CliOptions options = parse({ "create", flag, "--name", "T", "--owner", "o", "--member", "a" });
        QVERIFY2(options.isValid(), qPrintable(options.errorMessage));
        const GroupSettings& s = options.spec.settings;
        const QList<bool> values{ s.showHistory,         s.searchable,          s.validation,
                                  s.mentionAllOwnerOnly, s.managementOwnerOnly, s.chatBanned };
        for (int i = 0; i < values.size(); ++i)
            QCOMPARE(values.at(i), i == index);
    }

    void allFlags_setAllSettings()
    {
        const CliOptions options
            = parse({ "create", "--name", "T", "--owner", "o", "--member", "a", "--show-history", "--searchable",
                      "--validation", "--mention-all-owner-only", "--management-owner-only", "--ban-chat", "--json" });
        QVERIFY(options.isValid());
        const GroupSettings expected{ true, true, true, true, true, true };
        QCOMPARE(options.spec.settings, expected);
        QVERIFY(options.json);
    }

    void secretAsArgument_isRefusedWithEnvironmentHint_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("--app-secret") << QStringList{ "create", "--app-key", "k", "--app-secret", "S3CR3T" };
        QTest::newRow("--appsecret=") << QStringList{ "create", "--appsecret=S3CR3T" };
        QTest::newRow("--secret") << QStringList{ "--secret", "S3CR3T", "create" };
        QTest::newRow("--AppSecret") << QStringList{ "create", "--AppSecret", "S3CR3T" };
        QTest::newRow("-app_secret") << QStringList{ "create", "-app_secret", "S3CR3T" };
    }
    void secretAsArgument_isRefusedWithEnvironmentHint()
    {
        QFETCH(QStringList, arguments);
        const CliOptions options = parse(arguments + QStringList{ "--name", "T", "--owner", "o", "--member", "a" });
        QCOMPARE(options.errorCode, QStringLiteral("usage"));
        QVERIFY2(options.errorMessage.contains(QStringLiteral("DINGTALK_APP_SECRET")),
                 qPrintable(options.errorMessage));
        QVERIFY(!options.errorMessage.contains(QStringLiteral("S3CR3T")));
    }

    void secretWordInAValue_isNotRefused()
    {
        const CliOptions options = parse({ "create", "--name", "--secret-club", "--owner", "o", "--member", "a" });
        QVERIFY2(options.isValid(), qPrintable(options.errorMessage));
        QCOMPARE(options.spec.name, QStringLiteral("--secret-club"));
    }

    void unknownOption_isUsageError()
    {
        const CliOptions options = parse({ "create", "--name", "T", "--owner", "o", "--member", "a", "--colour" });
        QCOMPARE(options.errorCode, QStringLiteral("usage"));
        QVERIFY(options.errorMessage.contains(QStringLiteral("colour")));
    }

    void unknownOption_stillSeesJson()
    {
        const CliOptions options = parse({ "--bogus", "--json", "create" });
        QVERIFY(!options.isValid());
        QVERIFY(options.json);
    }

    void missingOrWrongCommand_isUsageError()
    {
        QCOMPARE(parse({ "--name", "T" }).errorCode, QStringLiteral("usage"));
        QCOMPARE(parse({ "make", "--name", "T" }).errorCode, QStringLiteral("usage"));
        // A forgotten --member leaves a stray id: refused rather than silently ignored.
        QCOMPARE(parse({ "create", "--member", "a", "b" }).errorCode, QStringLiteral("usage"));
    }

    void helpAndVersion()
    {
        QCOMPARE(parse({ "--help" }).command, CliOptions::Command::Help);
        QVERIFY(parse({ "--help" }).helpText.contains(QStringLiteral("--members")));
        QCOMPARE(parse({ "--version" }).command, CliOptions::Command::Version);
    }

    void server_loopbackHttpAccepted_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("127.0.0.1") << "http://127.0.0.1:8080";
        QTest::newRow("127.1.2.3") << "http://127.1.2.3:8080";
        QTest::newRow("::1") << "http://[::1]:8080";
        QTest::newRow("localhost") << "http://localhost:8080";
        QTest::newRow("https anywhere") << "https://dingtalk.example.com";
    }
    void server_loopbackHttpAccepted()
    {
        QFETCH(QString, url);
        const CliOptions options = parse({ "create", "--server", url, "--name", "T", "--owner", "o", "--member", "a" });
        QVERIFY2(options.isValid(), qPrintable(options.errorMessage));
        QCOMPARE(options.connection.legacyBaseUrl, QUrl(url));
        QCOMPARE(options.connection.v1BaseUrl, QUrl(url));
    }

    void server_httpElsewhereRefused_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("code");
        QTest::newRow("remote host") << "http://oapi.dingtalk.com"
                                     << "insecure-server";
        QTest::newRow("LAN address") << "http://192.168.1.10:8080"
                                     << "insecure-server";
        QTest::newRow("lookalike") << "http://localhost.evil.example"
                                   << "insecure-server";
        QTest::newRow("127 as a name") << "http://127.0.0.1.example.com"
                                       << "insecure-server";
        QTest::newRow("not a URL") << "oapi.dingtalk.com"
                                   << "usage";
        QTest::newRow("ftp") << "ftp://127.0.0.1"
                             << "usage";
    }
    void server_httpElsewhereRefused()
    {
        QFETCH(QString, url);
        QFETCH(QString, code);
        const CliOptions options = parse({ "create", "--server", url, "--name", "T", "--owner", "o", "--member", "a" });
        QCOMPARE(options.errorCode, code);
    }

    void serverAbsent_usesDingTalkHosts()
    {
        const CliOptions options = parse({ "create", "--name", "T", "--owner", "o", "--member", "a" });
        QCOMPARE(options.connection.legacyBaseUrl, ConnectionSettings::defaultLegacyBaseUrl());
        QCOMPARE(options.connection.v1BaseUrl, ConnectionSettings::defaultV1BaseUrl());
    }

    void credentials()
    {
        const QStringList group{ "create", "--name", "T", "--owner", "o", "--member", "a" };
        QCOMPARE(parse(group).connection.accessToken, QStringLiteral("pasted-token"));
        QCOMPARE(parse(group + QStringList{ "--access-token", "argument-token" }).connection.accessToken,
                 QStringLiteral("argument-token"));

        QProcessEnvironment secretOnly;
        secretOnly.insert(QStringLiteral("DINGTALK_APP_SECRET"), QStringLiteral("the-secret"));
        const CliOptions app = parse(group + QStringList{ "--app-key", "key1" }, secretOnly);
        QVERIFY2(app.isValid(), qPrintable(app.errorMessage));
        QCOMPARE(app.connection.appKey, QStringLiteral("key1"));
        QCOMPARE(app.connection.appSecret, QStringLiteral("the-secret"));
        QVERIFY(!app.connection.usesPastedToken());

        const CliOptions keyWithoutSecret = parse(group + QStringList{ "--app-key", "key1" }, QProcessEnvironment());
        QCOMPARE(keyWithoutSecret.errorCode, QStringLiteral("missing-credentials"));
        QVERIFY(keyWithoutSecret.errorMessage.contains(QStringLiteral("DINGTALK_APP_SECRET")));
        QCOMPARE(parse(group, QProcessEnvironment()).errorCode, QStringLiteral("missing-credentials"));
        // A secret without a key is no credential either.
        QCOMPARE(parse(group, secretOnly).errorCode, QStringLiteral("missing-credentials"));
    }

    void timeout()
    {
        const QStringList group{ "create", "--name", "T", "--owner", "o", "--member", "a" };
        QCOMPARE(parse(group + QStringList{ "--timeout", "5" }).connection.timeoutSeconds, 5);
        QCOMPARE(parse(group + QStringList{ "--timeout", "0" }).errorCode, QStringLiteral("usage"));
        QCOMPARE(parse(group + QStringList{ "--timeout", "soon" }).errorCode, QStringLiteral("usage"));
    }

    void language()
    {
        const QStringList program{ "dingtalk-group-cli" };
        QCOMPARE(CliOptions::requestedLanguage(program + QStringList{ "create", "--lang", "zh_CN" }), "zh_CN");
        QCOMPARE(CliOptions::requestedLanguage(program + QStringList{ "--lang=en", "create" }), "en");
        QCOMPARE(CliOptions::requestedLanguage(program + QStringList{ "--lang", "zh-CN" }), "zh_CN");
        const QStringList group{ "create", "--name", "T", "--owner", "o", "--member", "a" };
        QCOMPARE(parse(group + QStringList{ "--lang", "zh_CN" }).language, QStringLiteral("zh_CN"));
        QCOMPARE(parse(group + QStringList{ "--lang", "klingon" }).errorCode, QStringLiteral("usage"));
    }

    void membersFile_blankLinesIgnored_blankInsideKept()
    {
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write("\xEF\xBB\xBFu1\r\n\r\n  u2  \n\n\nu 3\n");
        file.close();
        CliOptions options
            = parse({ "create", "--name", "T", "--owner", "o", "--member", "a", "--members", file.fileName() });
        QVERIFY(options.isValid());
        QVERIFY(options.readMemberFiles(nullptr));
        QCOMPARE(ids(options), (QStringList{ "a", "u1", "u2", "u 3" }));
        // The id with a blank inside stays whole, and validation names it.
        const GroupValidation validation = options.spec.validate();
        QVERIFY(validation.hasIssue(ValidationIssue::MemberIdInvalid));
    }

    void membersFromStandardInput()
    {
        QBuffer input;
        input.setData("x1\n\nx2\n");
        QVERIFY(input.open(QIODevice::ReadOnly));
        CliOptions options = parse({ "create", "--name", "T", "--owner", "o", "--members", "-" });
        QVERIFY(options.readMemberFiles(&input));
        QCOMPARE(ids(options), (QStringList{ "x1", "x2" }));
    }

    void membersFileMissing_isReported()
    {
        CliOptions options = parse({ "create", "--name", "T", "--owner", "o", "--members", "/nonexistent/list.txt" });
        QVERIFY(options.isValid());
        QVERIFY(!options.readMemberFiles(nullptr));
        QCOMPARE(options.errorCode, QStringLiteral("members-file"));
        QVERIFY(options.errorMessage.contains(QStringLiteral("/nonexistent/list.txt")));
    }
};

QTEST_GUILESS_MAIN(TestCliOptions)
#include "TestCliOptions.moc"
