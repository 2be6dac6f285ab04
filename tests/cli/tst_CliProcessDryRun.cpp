#include "CliProcessFixture.h"

/**
 * --dry-run: the calls a create would make, equal to the real ones, with nothing sent but phone lookups. The built
 * dingtalk-group-cli against the emulator (CliProcessFixture).
 */
class TestCliProcessDryRun : public CliProcessFixture
{
    Q_OBJECT

private slots:
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
        removeAppKey(arguments);
        QProcessEnvironment pasted = pastedTokenEnvironment(token);
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
};

QTEST_GUILESS_MAIN(TestCliProcessDryRun)
#include "tst_CliProcessDryRun.moc"
