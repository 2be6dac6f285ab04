#include "CliProcessFixture.h"
#include "i18n/AppTranslator.h"

/**
 * What the tool prints: ids on stdout and messages on stderr, both languages, --help and --version, and never a secret.
 * The built dingtalk-group-cli against the emulator (CliProcessFixture).
 */
class TestCliProcessOutput : public CliProcessFixture
{
    Q_OBJECT

private slots:
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

QTEST_GUILESS_MAIN(TestCliProcessOutput)
#include "tst_CliProcessOutput.moc"
