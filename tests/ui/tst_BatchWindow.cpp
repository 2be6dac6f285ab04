// File ▸ Create Several Groups… driven as a user drives it, by object name, against the emulator: the preview with an
// invalid row and its explanation in both languages, Start held back until the invalid rows are left out, a run that
// creates the groups and records them in the history, Pause and Cancel leaving the rows after as "not sent", a stop
// condition with its reason, the results exported and read back, an unfinished batch offered at the next start, and
// unknown rows sent again only when the user ticks Retry unknown rows.

#include "BatchDriver.h"
#include "WindowFixture.h"

#include "AfterCreate.h"
#include "BatchDialog.h"
#include "BatchTableModel.h"
#include "JoinLinkDialog.h"
#include "batch/BatchIssue.h"
#include "batch/BatchJournal.h"
#include "batch/BatchLaunch.h"
#include "batch/BatchResultsTable.h"
#include "batch/BatchSheetReader.h"
#include "batch/BatchStopRule.h"
#include "history/HistoryStore.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QProgressBar>
#include <QPushButton>

using namespace BatchDriver;

class TestBatchWindow : public QObject, protected WindowFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void preview_invalidRow_isExplained_andHoldsStartBack_data();
    void preview_invalidRow_isExplained_andHoldsStartBack();
    void languageSwitch_retranslatesTheOpenDialog();
    void refusedSync_readsUseridsOnly_andSaysWhy();
    void run_createsTheGroups_andRecordsThemInTheHistory();
    void pauseThenCancel_leavesTheRowsAfterNotSent();
    void closingWhileRunning_asksAndWaitsForTheCallInFlight();
    void stopCondition_isShownWithItsReason_data();
    void stopCondition_isShownWithItsReason();
    void export_csvReadsBackWithChinese();
    void unfinishedBatch_isOfferedAtStart_unknownRowsNotSent();
    void unfinishedBatch_unknownRowsSentWhenTicked();
    void unfinishedBatch_changedSheet_isSaid();

protected:
    void prepareWindow(MainWindow& window) override
    {
        // One data folder for the suite: the directory's copy is synced once; journals and history go per test.
        window.directoryController()->setDataFolder(m_data.path());
        window.afterCreate()->setHistoryFilePath(historyPath());
        if (m_answerAtStart)
            MessageBox::setNextAnswer(*m_answerAtStart);
    }

private:
    QString historyPath() const { return m_data.filePath(QStringLiteral("history.json")); }
    QString journalFolder() const { return BatchJournal::folderIn(m_data.path()); }

    QString writeSheet(const QString& name, const QString& text) const
    {
        const QString path = m_dir->filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write(text.toUtf8());
        return path;
    }
    /** One row per group: name, owner, members (several per cell), a switch column. */
    QString groupSheet(const QString& name, const QStringList& groupNames) const
    {
        const QStringList people = employeeIds(3 * int(groupNames.size()));
        QString text = QStringLiteral("群名称,群主,成员,可被搜索\n");
        for (int i = 0; i < groupNames.size(); ++i)
            text += QStringLiteral("%1,%2,\"%3、%4；%5\",是\n")
                        .arg(groupNames.at(i), m_owner, people.at(3 * i), people.at(3 * i + 1), people.at(3 * i + 2));
        return writeSheet(name, text);
    }
    BatchDialog* openBatch(const QString& sheet) { return BatchDriver::openThroughMenu(m_window.get(), sheet); }
    QStringList groupNames() const
    {
        QStringList names;
        for (const EmulatedGroup& group : m_emulator.groups())
            names.append(group.name);
        return names;
    }
    /**
     * A journal as a batch of the three groups of `sheet` leaves it when it stopped: row 2 created, row 3 sent and
     * never answered (the program died), row 4 not sent (cancelled).
     */
    void plantUnfinishedJournal(const QString& sheet, const QString& identity)
    {
        const BatchSheet read = BatchSheetReader::readFile(sheet);
        QVERIFY(read.ok());
        BatchLaunch::Connection connection;
        connection.identity = identity;
        connection.profile = QStringLiteral("test");
        BatchJournal journal(BatchLaunch::journalPath(journalFolder(), read, identity));
        QVERIFY(journal.open(BatchLaunch::journalHeader(sheet, read, connection, 3)));
        QVERIFY(journal.markSending(2, read.rows.at(0).name, m_owner));
        CreateResult created;
        created.outcome = CreateResult::Outcome::Created;
        created.chatid = QStringLiteral("chat-earlier");
        created.memberCount = 4;
        QVERIFY(journal.markFinished(2, BatchRowStatus::Created, created));
        QVERIFY(journal.markSending(3, read.rows.at(1).name, m_owner));
        QVERIFY(journal.markNotSent(4, BatchStopRule::Reason::Cancelled));
    }
    /** Closes the window, plants the journal, and opens a new window whose start-up question gets `answer`. */
    BatchDialog* restartWithUnfinishedBatch(const QString& sheetName, QMessageBox::StandardButton answer)
    {
        const QString identity = m_window->connection().identity();
        const QStringList names{ QStringLiteral("早先已建"), QStringLiteral("结果不明"), QStringLiteral("尚未发送") };
        // The sheet outlives the window: it is in the suite's folder, as a user's file would be.
        const QString kept = m_data.filePath(sheetName);
        QFile::remove(kept);
        QFile::copy(groupSheet(sheetName, names), kept);
        plantUnfinishedJournal(kept, identity);
        closeWindow();
        m_answerAtStart = answer;
        const bool opened = openWindow();
        m_answerAtStart.reset();
        if (!opened)
            return nullptr;
        if (answer != QMessageBox::Yes)
            return nullptr;
        if (!QTest::qWaitFor([this] { return m_window->batchDialog() && tableRows(m_window->batchDialog()) == 3; },
                             60000))
            return nullptr;
        return m_window->batchDialog();
    }
    QTemporaryDir m_data;
    std::optional<QMessageBox::StandardButton> m_answerAtStart;
};

void TestBatchWindow::initTestCase()
{
    QVERIFY(startEmulator());
    QVERIFY(m_data.isValid());
}

void TestBatchWindow::init()
{
    QDir(journalFolder()).removeRecursively();
    QFile::remove(historyPath());
    QVERIFY(openWindow());
    switchLanguage(QStringLiteral("en")); // whatever language the test before left remembered
}

void TestBatchWindow::cleanup()
{
    if (m_window && m_window->batchDialog() && m_window->batchDialog()->isRunning()) {
        MessageBox::setNextAnswer(QMessageBox::Yes);
        m_window->batchDialog()->confirmStop();
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->batchDialog(), 30000);
    }
    closeWindow();
}

void TestBatchWindow::preview_invalidRow_isExplained_andHoldsStartBack_data()
{
    addLanguages();
}

void TestBatchWindow::preview_invalidRow_isExplained_andHoldsStartBack()
{
    QFETCH(QString, language);
    switchLanguage(language);
    const QStringList people = employeeIds(4);
    const QString text = QStringLiteral("群名称,群主,成员\n新人一期,%1,%2\n新人二期,%1,nobody-in-the-organisation\n"
                                        "新人三期,%1,%3\n")
                             .arg(m_owner, people.at(0), people.at(1));
    BatchDialog* dialog = openBatch(writeSheet(QStringLiteral("invalid.csv"), text));
    QVERIFY(dialog);
    QCOMPARE(tableRows(dialog), 3);
    // The row number the spreadsheet shows, and the invalid row's error as the core says it in this language.
    QCOMPARE(cell(dialog, 1, BatchTableModel::RowColumn), QStringLiteral("3"));
    QCOMPARE(cell(dialog, 1, BatchTableModel::StatusColumn), BatchResultsTable::statusLabel(BatchRowStatus::Invalid));
    const QString explanation = cell(dialog, 1, BatchTableModel::ExplanationColumn);
    QVERIFY2(
        explanation.contains(
            BatchIssue::of(BatchIssue::Code::UnknownPerson, QStringLiteral("nobody-in-the-organisation")).message()),
        qPrintable(explanation));
    if (language == QLatin1String("zh_CN"))
        QVERIFY2(explanation.contains(QStringLiteral("通讯录")), qPrintable(explanation));
    QCOMPARE(cell(dialog, 0, BatchTableModel::MembersColumn), QStringLiteral("2")); // owner and one member

    // Start only once the invalid row is explicitly left out.
    QPushButton* startButton = child<QPushButton>(dialog, "startBatchButton");
    QCheckBox* leaveOut = child<QCheckBox>(dialog, "leaveOutInvalidCheckBox");
    QVERIFY(leaveOut->isVisible());
    QVERIFY(!leaveOut->isChecked());
    QVERIFY(!startButton->isEnabled());
    leaveOut->setChecked(true);
    QVERIFY(startButton->isEnabled());
    // The plan counts the two valid groups: a token, two creates.
    const QString plan = child<QLabel>(dialog, "batchPlanLabel")->text();
    QVERIFY2(plan.contains(QLatin1String("2")) && plan.contains(QLatin1String("3")), qPrintable(plan));
    if (language == QLatin1String("zh_CN"))
        QVERIFY2(plan.contains(QStringLiteral("钉钉")), qPrintable(plan));
    QVERIFY(groupNames().isEmpty()); // the preview sends no create
}

void TestBatchWindow::languageSwitch_retranslatesTheOpenDialog()
{
    const QString text = QStringLiteral("群名称,群主,成员\n一组,%1,nobody-in-the-organisation\n").arg(m_owner);
    BatchDialog* dialog = openBatch(writeSheet(QStringLiteral("switch.csv"), text));
    QVERIFY(dialog);
    const QString english = cell(dialog, 0, BatchTableModel::ExplanationColumn);
    QVERIFY(english.contains(QStringLiteral("Nobody in the directory")));
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Create Several Groups"));
    switchLanguage(QStringLiteral("zh_CN"));
    QCOMPARE(dialog->windowTitle(), QStringLiteral("批量建群"));
    const QString chinese = cell(dialog, 0, BatchTableModel::ExplanationColumn);
    QVERIFY2(chinese.contains(QStringLiteral("通讯录")), qPrintable(chinese));
    QVERIFY(child<QLabel>(dialog, "batchSummaryLabel")->text().contains(QStringLiteral("无效")));
    QCOMPARE(child<QCheckBox>(dialog, "leaveOutInvalidCheckBox")->text(), QStringLiteral("略过 1 个无效的行(&L)"));
    const QAbstractItemModel* model = child<QTableView>(dialog, "batchTableView")->model();
    QCOMPARE(model->headerData(BatchTableModel::NameColumn, Qt::Horizontal).toString(), QStringLiteral("群名称"));
    switchLanguage(QStringLiteral("en"));
    QCOMPARE(cell(dialog, 0, BatchTableModel::ExplanationColumn), english);
}

void TestBatchWindow::refusedSync_readsUseridsOnly_andSaysWhy()
{
    // No local copy, and DingTalk refuses the sync: userids are still read, a name is its row's error.
    m_window->directoryController()->setDataFolder(m_dir->filePath(QStringLiteral("no-copy")));
    QTRY_VERIFY(!m_window->directoryController()->isBusy());
    QVERIFY(!m_window->directoryController()->hasDirectory());
    m_emulator.setPermissionGranted(QStringLiteral("qyapi_get_department_member"), false);
    MessageBox::setNextAnswer(QMessageBox::Ok); // the Directory menu's warning about the refused sync
    const QStringList people = employeeIds(2);
    // A 姓名 column reads its cells as names only, which needs the directory.
    const QString text = QStringLiteral("群名称,群主,成员,姓名\n按账号,%1,\"%2、%3\",\n按姓名,%1,,张三丰\n")
                             .arg(m_owner, people.at(0), people.at(1));
    BatchDialog* dialog = openBatch(writeSheet(QStringLiteral("refused.csv"), text));
    m_emulator.setPermissionGranted(QStringLiteral("qyapi_get_department_member"), true);
    QVERIFY(dialog);
    QCOMPARE(statuses(dialog), QStringList({ "planned", "invalid" }));
    QVERIFY(cell(dialog, 1, BatchTableModel::ExplanationColumn)
                .contains(BatchIssue::of(BatchIssue::Code::NeedsDirectory, QStringLiteral("张三丰")).message()));
    QLabel* note = child<QLabel>(dialog, "batchNoteLabel");
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(QStringLiteral("only userids and mobile numbers")), qPrintable(note->text()));
    child<QCheckBox>(dialog, "leaveOutInvalidCheckBox")->setChecked(true);
    QVERIFY(start(dialog));
    QTRY_VERIFY_WITH_TIMEOUT(finished(dialog), 60000);
    QCOMPARE(statuses(dialog), QStringList({ "created", "invalid" }));
    QCOMPARE(groupNames(), QStringList({ "按账号" }));
}

void TestBatchWindow::run_createsTheGroups_andRecordsThemInTheHistory()
{
    BatchDialog* dialog = openBatch(groupSheet(QStringLiteral("run.csv"), { "入职一期", "入职二期" }));
    QVERIFY(dialog);
    QVERIFY(!child<QCheckBox>(dialog, "leaveOutInvalidCheckBox")->isVisible());
    QVERIFY(start(dialog));
    QTRY_VERIFY_WITH_TIMEOUT(finished(dialog), 60000);
    QCOMPARE(statuses(dialog), QStringList({ "created", "created" }));
    QCOMPARE(groupNames(), QStringList({ "入职一期", "入职二期" }));
    for (const EmulatedGroup& group : m_emulator.groups()) {
        QCOMPARE(group.members.size(), 4);
        QCOMPARE(group.searchable, 1);
    }
    // The ids and the count are in the table, and the progress says the whole batch.
    QCOMPARE(cell(dialog, 0, BatchTableModel::ChatidColumn), m_emulator.groups().at(0).chatid);
    QCOMPARE(cell(dialog, 0, BatchTableModel::MembersInGroupColumn), QStringLiteral("4"));
    QCOMPARE(child<QProgressBar>(dialog, "batchProgressBar")->value(), 2);
    QVERIFY(child<QLabel>(dialog, "batchProgressLabel")->text().startsWith(QStringLiteral("2 of 2")));

    HistoryStore history(historyPath());
    QVERIFY(history.load());
    QStringList recorded;
    for (const HistoryEntry& entry : history.entries())
        recorded.append(entry.name);
    recorded.sort();
    QCOMPARE(recorded, QStringList({ "入职一期", "入职二期" }));

    // The join link of a created group, as the single create offers it.
    dialog->findChild<QTableView*>(QStringLiteral("batchTableView"))->selectRow(1);
    QPushButton* joinLink = child<QPushButton>(dialog, "batchJoinLinkButton");
    QVERIFY(joinLink->isEnabled());
    joinLink->click();
    JoinLinkDialog* link = nullptr;
    QTRY_VERIFY((link = dialog->findChild<JoinLinkDialog*>()));
    QTRY_VERIFY(!link->link().isEmpty());
    link->close();

    // The same sheet again: every group was made, nothing is sent.
    const int before = int(m_emulator.groups().size());
    dialog->openSheet(m_dir->filePath(QStringLiteral("run.csv")));
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(dialog, "batchNoteLabel")->isVisible(), 30000);
    QVERIFY(start(dialog));
    QTRY_VERIFY_WITH_TIMEOUT(finished(dialog), 60000);
    QCOMPARE(statuses(dialog), QStringList({ "created", "created" }));
    QCOMPARE(int(m_emulator.groups().size()), before);
}

void TestBatchWindow::pauseThenCancel_leavesTheRowsAfterNotSent()
{
    BatchDialog* dialog = openBatch(groupSheet(QStringLiteral("pause.csv"), { "一组", "二组", "三组", "四组" }));
    QVERIFY(dialog);
    m_emulator.setLatency(300);
    QVERIFY(start(dialog));
    QPushButton* pause = child<QPushButton>(dialog, "pauseBatchButton");
    QTRY_VERIFY(pause->isVisible() && pause->isEnabled());
    pause->click(); // the first create is in flight: the batch waits after it
    QTRY_VERIFY_WITH_TIMEOUT(pause->text().remove(QLatin1Char('&')) == QStringLiteral("Resume"), 30000);
    QCOMPARE(groupNames(), QStringList({ "一组" }));
    QVERIFY(child<QLabel>(dialog, "batchProgressLabel")->text().startsWith(QStringLiteral("1 of 4")));
    child<QPushButton>(dialog, "cancelBatchButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(finished(dialog), 30000);
    m_emulator.setLatency(0);
    QCOMPARE(statuses(dialog), QStringList({ "created", "not-sent", "not-sent", "not-sent" }));
    QCOMPARE(groupNames(), QStringList({ "一组" }));
    QVERIFY(cell(dialog, 3, BatchTableModel::ExplanationColumn)
                .contains(BatchStopRule::explanation(BatchStopRule::Reason::Cancelled)));

    // Running it again sends the rest only.
    dialog->openSheet(m_dir->filePath(QStringLiteral("pause.csv")));
    QVERIFY(start(dialog));
    QTRY_VERIFY_WITH_TIMEOUT(finished(dialog), 60000);
    QCOMPARE(statuses(dialog), QStringList({ "created", "created", "created", "created" }));
    QCOMPARE(groupNames(), QStringList({ "一组", "二组", "三组", "四组" }));
}

void TestBatchWindow::closingWhileRunning_asksAndWaitsForTheCallInFlight()
{
    BatchDialog* dialog = openBatch(groupSheet(QStringLiteral("close.csv"), { "关前", "关后" }));
    QVERIFY(dialog);
    m_emulator.setLatency(300);
    QVERIFY(start(dialog));
    QTRY_VERIFY(dialog->isRunning() && child<QPushButton>(dialog, "pauseBatchButton")->isVisible());
    QTRY_VERIFY(m_emulator.requestCount(QStringLiteral("/chat/create")) == 1);
    // "Keep Working": nothing changes.
    MessageBox::setNextAnswer(QMessageBox::No);
    dialog->close();
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->isRunning());
    // "Stop the Batch": the dialog stays until the create in flight is answered and recorded, then goes.
    QPointer<BatchDialog> watched(dialog);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    dialog->close();
    QVERIFY(watched);
    QTRY_VERIFY_WITH_TIMEOUT(!watched, 30000);
    m_emulator.setLatency(0);
    QCOMPARE(groupNames(), QStringList({ "关前" }));
    // The journal says the truth: the first created, the second not sent.
    QList<BatchJournal::Row> rows;
    const QStringList journals = QDir(journalFolder()).entryList({ QStringLiteral("*.jsonl") });
    QCOMPARE(journals.size(), 1);
    QVERIFY(BatchJournal::read(journalFolder() + QLatin1Char('/') + journals.at(0), nullptr, &rows));
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).status, BatchRowStatus::Created);
    QCOMPARE(rows.at(1).status, BatchRowStatus::NotSent);
}

void TestBatchWindow::stopCondition_isShownWithItsReason_data()
{
    addLanguages();
}

void TestBatchWindow::stopCondition_isShownWithItsReason()
{
    QFETCH(QString, language);
    switchLanguage(language);
    BatchDialog* dialog = openBatch(groupSheet(QStringLiteral("limit.csv"), { "一", "二", "三" }));
    QVERIFY(dialog);
    m_emulator.injectFault(QStringLiteral("/chat/create"), EmulatorFault::apiError(1002), 1);
    QVERIFY(start(dialog));
    QTRY_VERIFY_WITH_TIMEOUT(finished(dialog), 60000);
    QCOMPARE(statuses(dialog), QStringList({ "refused", "not-sent", "not-sent" }));
    const QString reason = BatchStopRule::explanation(BatchStopRule::Reason::GroupLimit);
    QVERIFY2(child<QLabel>(dialog, "batchSummaryLabel")->text().contains(reason),
             qPrintable(child<QLabel>(dialog, "batchSummaryLabel")->text()));
    QVERIFY(cell(dialog, 2, BatchTableModel::ExplanationColumn).contains(reason));
    QCOMPARE(cell(dialog, 0, BatchTableModel::ErrcodeColumn), QStringLiteral("1002"));
    QVERIFY(groupNames().isEmpty());
}

void TestBatchWindow::export_csvReadsBackWithChinese()
{
    BatchDialog* dialog = openBatch(groupSheet(QStringLiteral("export.csv"), { "导出一组" }));
    QVERIFY(dialog);
    QVERIFY(start(dialog));
    QTRY_VERIFY_WITH_TIMEOUT(finished(dialog), 60000);
    const QString path = m_dir->filePath(QStringLiteral("results.csv"));
    FileDialog::setNextFileName(path);
    child<QPushButton>(dialog, "exportResultsButton")->click();
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(csv);
    QVERIFY(text.contains(QStringLiteral("导出一组")));
    QVERIFY(text.contains(m_emulator.groups().at(0).chatid));
    QVERIFY(text.contains(m_emulator.groups().at(0).openConversationId));
    QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());

    const QString workbook = m_dir->filePath(QStringLiteral("results.xlsx"));
    FileDialog::setNextFileName(workbook);
    child<QPushButton>(dialog, "exportResultsButton")->click();
    QFile xlsx(workbook);
    QVERIFY(xlsx.open(QIODevice::ReadOnly));
    QVERIFY(xlsx.read(2) == "PK");
}

void TestBatchWindow::unfinishedBatch_isOfferedAtStart_unknownRowsNotSent()
{
    BatchDialog* dialog = restartWithUnfinishedBatch(QStringLiteral("resume.csv"), QMessageBox::Yes);
    QVERIFY(dialog);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("resume.csv")), qPrintable(MessageBox::lastText()));
    // The preview says what the earlier run left: made, may exist, not sent.
    QVERIFY(child<QLabel>(dialog, "batchNoteLabel")->isVisible());
    QVERIFY(cell(dialog, 0, BatchTableModel::StatusColumn)
                .startsWith(BatchResultsTable::statusLabel(BatchRowStatus::Created)));
    QVERIFY(cell(dialog, 1, BatchTableModel::StatusColumn)
                .startsWith(BatchResultsTable::statusLabel(BatchRowStatus::Unknown)));
    QVERIFY(!child<QCheckBox>(dialog, "retryUnknownCheckBox")->isChecked());
    QVERIFY(start(dialog));
    QTRY_VERIFY_WITH_TIMEOUT(finished(dialog), 60000);
    QCOMPARE(statuses(dialog), QStringList({ "created", "unknown", "created" }));
    QCOMPARE(groupNames(), QStringList({ "尚未发送" }));
}

void TestBatchWindow::unfinishedBatch_unknownRowsSentWhenTicked()
{
    BatchDialog* dialog = restartWithUnfinishedBatch(QStringLiteral("retry.csv"), QMessageBox::Yes);
    QVERIFY(dialog);
    child<QCheckBox>(dialog, "retryUnknownCheckBox")->setChecked(true);
    QVERIFY(start(dialog));
    QTRY_VERIFY_WITH_TIMEOUT(finished(dialog), 60000);
    QCOMPARE(statuses(dialog), QStringList({ "created", "created", "created" }));
    QCOMPARE(groupNames(), QStringList({ "结果不明", "尚未发送" }));
}

void TestBatchWindow::unfinishedBatch_changedSheet_isSaid()
{
    const QString identity = m_window->connection().identity();
    const QString sheet = m_data.filePath(QStringLiteral("changed.csv"));
    QFile::remove(sheet);
    QFile::copy(groupSheet(QStringLiteral("changed.csv"), { "甲", "乙", "丙" }), sheet);
    plantUnfinishedJournal(sheet, identity);
    QFile file(sheet);
    QVERIFY(file.open(QIODevice::Append));
    file.write("丁,someone,someone-else\n");
    file.close();
    const int answered = MessageBox::answeredInAdvance();
    closeWindow();
    m_answerAtStart = QMessageBox::Ok;
    QVERIFY(openWindow());
    m_answerAtStart.reset();
    QTRY_VERIFY_WITH_TIMEOUT(MessageBox::answeredInAdvance() > answered, 10000);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("changed")), qPrintable(MessageBox::lastText()));
    QVERIFY(!m_window->batchDialog());
    QVERIFY(groupNames().isEmpty());
}

QTEST_MAIN(TestBatchWindow)
#include "tst_BatchWindow.moc"
