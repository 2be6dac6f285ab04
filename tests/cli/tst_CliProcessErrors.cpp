#include "CliProcessFixture.h"

#include <QProcess>
#include <QTemporaryFile>

/**
 * Errors and their exit codes: usage and validation (2), refusals (3), partial groups (4), unknown outcomes (5). The
 * built dingtalk-group-cli against the emulator (CliProcessFixture).
 */
class TestCliProcessErrors : public CliProcessFixture
{
    Q_OBJECT

private slots:
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
        setServer(arguments, QStringLiteral("http://192.0.2.10:8080"));
        const CliRun result = run(arguments);
        VERIFY_RUN(result.exitCode == 2, result);
        QCOMPARE(result.json.value("errcode").toString(), QStringLiteral("insecure-server"));
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

    void connectionRefused_exit5_data()
    {
        QTest::addColumn<bool>("lookUpFirst");
        QTest::newRow("create") << false;
        QTest::newRow("phone lookups, no create") << true; // was lookupsWithoutNetwork_exit5_noCreate
    }
    void connectionRefused_exit5()
    {
        QFETCH(bool, lookUpFirst);
        QStringList arguments = lookUpFirst
            ? createArguments(QStringLiteral("T"), {}) << "--mobile" << m_people.at(0).mobile
            : createArguments(QStringLiteral("T"), m_members.mid(0, 1));
        setServer(arguments, refusingServer());
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
};

QTEST_GUILESS_MAIN(TestCliProcessErrors)
#include "tst_CliProcessErrors.moc"
