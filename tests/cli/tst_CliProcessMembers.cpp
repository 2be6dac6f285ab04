#include "CliProcessFixture.h"
#include "XlsxFixture.h"

#include <QProcess>
#include <QStringEncoder>

/**
 * Member files (CSV, GB18030, UTF-16, xlsx) and their columns, and phone numbers looked up before the create. The built
 * dingtalk-group-cli against the emulator (CliProcessFixture).
 */
class TestCliProcessMembers : public CliProcessFixture
{
    Q_OBJECT

private slots:
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

    void v1_phoneNumbers_exit0()
    {
        const CliRun result = run(createArguments(QStringLiteral("新接口"), {}) << "--api"
                                                                                << "v1"
                                                                                << "--mobile" << m_people.at(5).mobile);
        VERIFY_RUN(result.exitCode == 0, result);
        QCOMPARE(groupMembers(), QStringList{ m_people.at(5).userid });
    }
};

QTEST_GUILESS_MAIN(TestCliProcessMembers)
#include "tst_CliProcessMembers.moc"
