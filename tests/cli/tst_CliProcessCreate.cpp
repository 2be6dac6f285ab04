#include "CliProcessFixture.h"

#include <QTemporaryFile>

/**
 * Creating groups: members on the command line, in a list file or on standard input, both API generations, tokens
 * pasted or renewed. The built dingtalk-group-cli against the emulator (CliProcessFixture).
 */
class TestCliProcessCreate : public CliProcessFixture
{
    Q_OBJECT

private slots:
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
        setServer(arguments, QStringLiteral("http://%1:%2").arg(host).arg(m_emulator.port()));
        const CliRun result = run(arguments);
        VERIFY_RUN(result.exitCode == 0, result);
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

    void pastedTokenFromEnvironment_works()
    {
        // A token as an administrator would paste it: fetched once through the demo app.
        const CliRun first = run(createArguments(QStringLiteral("First"), m_members.mid(0, 1)));
        VERIFY_RUN(first.exitCode == 0, first);
        const QString token = m_emulator.issuedTokens().last();

        QStringList arguments = createArguments(QStringLiteral("Pasted"), m_members.mid(0, 2));
        removeAppKey(arguments);
        QProcessEnvironment pasted = pastedTokenEnvironment(token);
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
};

QTEST_GUILESS_MAIN(TestCliProcessCreate)
#include "tst_CliProcessCreate.moc"
