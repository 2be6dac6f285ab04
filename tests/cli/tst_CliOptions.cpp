#include "CliOptions.h"

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

    void memberSourceOptions_keptAsTyped()
    {
        const CliOptions options
            = parse({ "create", "--name", "T", "--owner", "o", "--member", "13800138000", "--mobile",
                      "+86 139 0000 0001", "--mobile", "13900000002", "--members", "a.csv", "--members", "-" });
        QVERIFY2(options.isValid(), qPrintable(options.errorMessage));
        // A --member value is a userid even when it looks like a phone number.
        QCOMPARE(ids(options), QStringList{ QStringLiteral("13800138000") });
        QCOMPARE(options.mobiles, (QStringList{ "+86 139 0000 0001", "13900000002" }));
        QCOMPARE(options.memberFiles, (QStringList{ "a.csv", "-" }));
        QVERIFY(!options.skipUnresolved);
        QVERIFY(parse({ "create", "--name", "T", "--owner", "o", "--mobile", "13900000002", "--skip-unresolved" })
                    .skipUnresolved);
    }

    void columnOptions()
    {
        const QStringList group{ "create", "--name", "T", "--owner", "o", "--members", "staff.xlsx" };
        const CliOptions options
            = parse(group + QStringList{ "--id-column", "工号", "--filter", "部门 = 人力资源部=北京" });
        QVERIFY2(options.isValid(), qPrintable(options.errorMessage));
        QCOMPARE(options.idColumn, QStringLiteral("工号"));
        QCOMPARE(parse(group + QStringList{ "--phone-column", "3" }).phoneColumn, QStringLiteral("3"));
        QCOMPARE(options.filterColumn, QStringLiteral("部门"));
        QCOMPARE(options.filterValue, QStringLiteral("人力资源部=北京")); // split at the first '='

        QCOMPARE(parse(group + QStringList{ "--filter", "部门" }).errorCode, QStringLiteral("usage"));
        QCOMPARE(parse(group + QStringList{ "--filter", "=x" }).errorCode, QStringLiteral("usage"));
        QCOMPARE(parse(group + QStringList{ "--filter", "a=1", "--filter", "b=2" }).errorCode, QStringLiteral("usage"));
        QCOMPARE(parse(group + QStringList{ "--id-column", " " }).errorCode, QStringLiteral("usage"));
        // A file with a userid column is read by its ids alone (MemberImporter), so both cannot apply.
        QCOMPARE(parse(group + QStringList{ "--id-column", "1", "--phone-column", "3" }).errorCode,
                 QStringLiteral("usage"));
        // Column options without a file mean nothing: refused rather than ignored.
        const CliOptions noFile
            = parse({ "create", "--name", "T", "--owner", "o", "--member", "a", "--id-column", "工号" });
        QCOMPARE(noFile.errorCode, QStringLiteral("usage"));
        QVERIFY(noFile.errorMessage.contains(QStringLiteral("--members")));
    }

    void apiGeneration()
    {
        const QStringList group{ "create", "--name", "T", "--owner", "o", "--member", "a" };
        QCOMPARE(parse(group).connection.generation, ApiGeneration::Legacy);
        QCOMPARE(parse(group + QStringList{ "--api", "legacy" }).connection.generation, ApiGeneration::Legacy);
        QCOMPARE(parse(group + QStringList{ "--api", "v1" }).connection.generation, ApiGeneration::V1);
        QCOMPARE(parse(group + QStringList{ "--api=V1" }).connection.generation, ApiGeneration::V1);
        QCOMPARE(parse(group + QStringList{ "--api", "v2" }).errorCode, QStringLiteral("usage"));
        // --server still points both generations at one host.
        const CliOptions server = parse(group + QStringList{ "--api", "v1", "--server", "http://127.0.0.1:9" });
        QCOMPARE(server.connection.v1BaseUrl, QUrl(QStringLiteral("http://127.0.0.1:9")));
        QCOMPARE(server.connection.legacyBaseUrl, QUrl(QStringLiteral("http://127.0.0.1:9")));
    }

    void help_documentsEveryOption()
    {
        const QString help = parse({ "--help" }).helpText;
        for (const char* option : { "--name",
                                    "--owner",
                                    "--member",
                                    "--mobile",
                                    "--members",
                                    "--id-column",
                                    "--phone-column",
                                    "--filter",
                                    "--skip-unresolved",
                                    "--server",
                                    "--api",
                                    "--access-token",
                                    "--app-key",
                                    "--timeout",
                                    "--lang",
                                    "--json",
                                    "--show-history",
                                    "--searchable",
                                    "--validation",
                                    "--mention-all-owner-only",
                                    "--management-owner-only",
                                    "--ban-chat",
                                    "--version",
                                    "--help",
                                    "DINGTALK_APP_SECRET",
                                    "DINGTALK_ACCESS_TOKEN",
                                    ".xlsx",
                                    "GB18030",
                                    "--dry-run",
                                    "--no-history",
                                    "--history-file" })
            QVERIFY2(help.contains(QLatin1String(option)), option);
    }

    void valueOfNewOptions_notMistakenForSecretOptions()
    {
        const CliOptions options = parse({ "create", "--name", "T", "--owner", "o", "--members", "f.csv", "--filter",
                                           "--secret=1", "--id-column", "--app-secret" });
        QVERIFY2(options.isValid(), qPrintable(options.errorMessage));
        QCOMPARE(options.filterColumn, QStringLiteral("--secret"));
    }

    void historyAndDryRun_defaults()
    {
        const CliOptions options = parse({ "create", "--name", "T", "--owner", "o", "--member", "a" });
        QVERIFY(options.isValid());
        QVERIFY(options.recordHistory);
        QVERIFY(options.historyFile.isEmpty());
        QVERIFY(!options.dryRun);
    }

    void historyAndDryRun_set()
    {
        const CliOptions dry = parse({ "create", "--name", "T", "--owner", "o", "--member", "a", "--dry-run" });
        QVERIFY(dry.isValid());
        QVERIFY(dry.dryRun);
        const CliOptions none = parse({ "create", "--name", "T", "--owner", "o", "--member", "a", "--no-history" });
        QVERIFY(none.isValid());
        QVERIFY(!none.recordHistory);
        // The value is a file name, even one that looks like a secret option.
        const CliOptions file
            = parse({ "create", "--name", "T", "--owner", "o", "--member", "a", "--history-file", "--secret.json" });
        QVERIFY2(file.isValid(), qPrintable(file.errorMessage));
        QVERIFY(file.recordHistory);
        QCOMPARE(file.historyFile, QStringLiteral("--secret.json"));
    }

    void historyOptions_misuse_usage_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::newRow("both") << QStringList{ "--no-history", "--history-file", "h.json" };
        QTest::newRow("empty file") << QStringList{ "--history-file", " " };
        QTest::newRow("twice") << QStringList{ "--history-file", "a.json", "--history-file", "b.json" };
    }
    void historyOptions_misuse_usage()
    {
        QFETCH(QStringList, extra);
        const CliOptions options
            = parse(QStringList{ "create", "--name", "T", "--owner", "o", "--member", "a" } + extra);
        QVERIFY(!options.isValid());
        QCOMPARE(options.errorCode, QStringLiteral("usage"));
    }
};

QTEST_GUILESS_MAIN(TestCliOptions)
#include "tst_CliOptions.moc"
