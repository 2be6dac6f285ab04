#include "CliProcessFixture.h"

#include <QFileInfo>
#include <QProcess>

/**
 * The history the window shows: what each create attempt records there, and what never reaches it. The built
 * dingtalk-group-cli against the emulator (CliProcessFixture).
 */
class TestCliProcessHistory : public CliProcessFixture
{
    Q_OBJECT

private slots:
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
        removeAppKey(arguments);
        QProcessEnvironment pasted = pastedTokenEnvironment(token);
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
        setServer(arguments, refusingServer());
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
};

QTEST_GUILESS_MAIN(TestCliProcessHistory)
#include "tst_CliProcessHistory.moc"
