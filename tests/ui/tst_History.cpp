// The history in the window: every create recorded (no token or secret), the view's search, sort, details, delete,
// retention, export to CSV and XLSX, adding the missing members later and "create a similar group".

#include "AfterCreateDriver.h"
#include "XlsxFixture.h"

#include "HistoryDialog.h"
#include "HistoryModel.h"
#include "MessageBox.h"
#include "history/HistoryStore.h"

#include <QCheckBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSpinBox>
#include <QTextBrowser>

class TestHistory : public QObject, protected AfterCreateFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(startEmulator()); }
    void init() { QVERIFY(openWindow()); }
    void cleanup() { closeWindow(); }

    void create_isRecordedWithItsFields_andShownInTheView();
    void historyFile_holdsNoTokenOrSecret();
    void search_filtersTheRows();
    void deleteSelected_andDeleteAll_areConfirmed();
    void retention_isSavedAndDropsOldEntries();
    void export_csvAndXlsx_holdTheEntries();
    void retryMissing_completesTheGroupAndUpdatesTheEntry();
    void createSimilar_fillsTheForm();
    void damagedHistory_isReportedAndKeptAside();

private:
    HistoryDialog* openHistory();
    QTableView* historyView(HistoryDialog* dialog) const
    {
        return dialog->findChild<QTableView*>(QStringLiteral("historyTableView"));
    }
    template <typename T> T* child(HistoryDialog* dialog, const char* name) const
    {
        T* widget = dialog->findChild<T*>(QLatin1String(name));
        if (!widget)
            qFatal("No %s in the history dialog", name);
        return widget;
    }
    void selectRow(HistoryDialog* dialog, int row)
    {
        QTableView* view = historyView(dialog);
        view->selectionModel()->clearSelection();
        view->selectRow(row);
    }
};

HistoryDialog* TestHistory::openHistory()
{
    m_driver->get<QAction>("historyAction")->trigger();
    HistoryDialog* dialog = m_window->afterCreate()->historyDialog();
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        qWarning("the history dialog was not shown");
    return dialog;
}

void TestHistory::create_isRecordedWithItsFields_andShownInTheView()
{
    m_driver->get<QCheckBox>("joinApprovalCheckBox")->setChecked(true);
    const CreateResult result = create(QStringLiteral("历史 Sales"), employeeIds(4));
    QCOMPARE(result.outcome, CreateResult::Outcome::Created);

    HistoryStore reader(historyPath());
    QVERIFY(reader.load());
    QCOMPARE(reader.entries().size(), 1);
    const HistoryEntry entry = reader.entries().first();
    QCOMPARE(entry.name, QStringLiteral("历史 Sales"));
    QCOMPARE(entry.owner, m_owner);
    QCOMPARE(entry.memberCount, 5);
    QCOMPARE(entry.membersInGroup, 5);
    QCOMPARE(entry.outcome, QStringLiteral("created"));
    QCOMPARE(entry.chatid, result.chatid);
    QCOMPARE(entry.openConversationId, result.openConversationId);
    QVERIFY(entry.settings.validation);
    QVERIFY(!entry.settings.chatBanned);
    QCOMPARE(entry.generation, ApiGeneration::Legacy);
    QCOMPARE(entry.profile, ConnectionSummary::describe(ConnectionSummary::Kind::Sandbox, m_window->connection()));
    QVERIFY(entry.time.isValid());

    // A refused create is recorded too.
    m_emulator.injectFault(QStringLiteral("/chat/create"), EmulatorFault::apiError(40035, QStringLiteral("bad")));
    const CreateResult refused = create(QStringLiteral("Refused"), employeeIds(2));
    QCOMPARE(refused.outcome, CreateResult::Outcome::Rejected);

    HistoryDialog* dialog = openHistory();
    QVERIFY(dialog);
    QTableView* view = historyView(dialog);
    QCOMPARE(view->model()->rowCount(), 2);
    // Newest first.
    QCOMPARE(view->model()->index(0, HistoryModel::NameColumn).data().toString(), QStringLiteral("Refused"));
    QCOMPARE(view->model()->index(1, HistoryModel::ChatIdColumn).data().toString(), result.chatid);
    QCOMPARE(view->model()->index(0, HistoryModel::OutcomeColumn).data().toString(),
             HistoryEntry::outcomeText(QStringLiteral("rejected")));

    // Sorting by name puts "Refused" after "历史 Sales"? No: ASCII letters sort before CJK.
    view->sortByColumn(HistoryModel::NameColumn, Qt::AscendingOrder);
    QCOMPARE(view->model()->index(0, HistoryModel::NameColumn).data().toString(), QStringLiteral("Refused"));
    view->sortByColumn(HistoryModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(view->model()->index(0, HistoryModel::NameColumn).data().toString(), QStringLiteral("历史 Sales"));

    // Details and copying the ids of the selected entry.
    selectRow(dialog, 0);
    const QString details = child<QTextBrowser>(dialog, "historyDetailsTextBrowser")->toPlainText();
    QVERIFY2(details.contains(result.chatid), qPrintable(details));
    QTest::mouseClick(child<QPushButton>(dialog, "copyIdsButton"), Qt::LeftButton);
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY(copied.contains(result.chatid));
    QVERIFY(copied.contains(result.openConversationId));
    screenshot(dialog, QStringLiteral("history"));

    // A create made while the view is open appears at once.
    create(QStringLiteral("Third"), employeeIds(2));
    QTRY_COMPARE(view->model()->rowCount(), 3);
}

void TestHistory::historyFile_holdsNoTokenOrSecret()
{
    create(QStringLiteral("One"), employeeIds(3));
    // A refusal whose message carries the token and the secret, as a careless proxy might.
    const QString token = m_emulator.issuedTokens().last();
    m_emulator.injectFault(
        QStringLiteral("/chat/create"),
        EmulatorFault::apiError(
            40035, QStringLiteral("bad access_token=%1 appsecret=%2").arg(token, DingTalkEmulator::demoAppSecret())));
    const CreateResult refused = create(QStringLiteral("Two"), employeeIds(3));
    QVERIFY(refused.error.errmsg.contains(token));

    QFile file(historyPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("\"Two\""));
    QStringList forbidden = m_emulator.issuedTokens();
    QVERIFY(!forbidden.isEmpty());
    forbidden.append(DingTalkEmulator::demoAppSecret());
    for (const QString& text : forbidden)
        QVERIFY2(!bytes.contains(text.toUtf8()), qPrintable(text));
}

void TestHistory::search_filtersTheRows()
{
    create(QStringLiteral("Marketing"), employeeIds(2));
    const CreateResult second = create(QStringLiteral("Finance"), employeeIds(2));
    HistoryDialog* dialog = openHistory();
    QTableView* view = historyView(dialog);
    auto* search = child<QLineEdit>(dialog, "historySearchLineEdit");
    QCOMPARE(view->model()->rowCount(), 2);
    search->setText(QStringLiteral("market"));
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, HistoryModel::NameColumn).data().toString(), QStringLiteral("Marketing"));
    search->setText(second.chatid); // ids are searched too
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, HistoryModel::NameColumn).data().toString(), QStringLiteral("Finance"));
    search->setText(QStringLiteral("nothing like this"));
    QCOMPARE(view->model()->rowCount(), 0);
    search->clear();
    QCOMPARE(view->model()->rowCount(), 2);
}

void TestHistory::deleteSelected_andDeleteAll_areConfirmed()
{
    for (const char* name : { "A", "B", "C" })
        create(QString::fromLatin1(name), employeeIds(2));
    HistoryDialog* dialog = openHistory();
    QTableView* view = historyView(dialog);
    QCOMPARE(view->model()->rowCount(), 3);
    selectRow(dialog, 0); // "C", the newest

    const int asked = MessageBox::answeredInAdvance();
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::mouseClick(child<QPushButton>(dialog, "deleteSelectedButton"), Qt::LeftButton);
    QCOMPARE(MessageBox::answeredInAdvance(), asked + 1);
    QCOMPARE(view->model()->rowCount(), 3);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(dialog, "deleteSelectedButton"), Qt::LeftButton);
    QCOMPARE(view->model()->rowCount(), 2);
    HistoryStore reader(historyPath());
    QVERIFY(reader.load());
    QCOMPARE(reader.entries().size(), 2);
    QCOMPARE(reader.entries().last().name, QStringLiteral("B"));

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(dialog, "deleteAllButton"), Qt::LeftButton);
    QCOMPARE(view->model()->rowCount(), 0);
    QVERIFY(reader.load());
    QVERIFY(reader.entries().isEmpty());
    QVERIFY(!child<QPushButton>(dialog, "deleteAllButton")->isEnabled());
}

void TestHistory::retention_isSavedAndDropsOldEntries()
{
    // An entry from 40 days ago, written as another process would.
    {
        HistoryStore writer(historyPath());
        HistoryEntry old;
        old.name = QStringLiteral("Old");
        old.time = QDateTime::currentDateTimeUtc().addDays(-40);
        old.outcome = QStringLiteral("created");
        QVERIFY(writer.append(old));
    }
    create(QStringLiteral("New"), employeeIds(2));
    HistoryDialog* dialog = openHistory();
    QTableView* view = historyView(dialog);
    QCOMPARE(view->model()->rowCount(), 2);
    auto* retention = child<QSpinBox>(dialog, "retentionSpinBox");
    QCOMPARE(retention->value(), 0);
    QCOMPARE(retention->text(), retention->specialValueText()); // "Forever"

    retention->setValue(30);
    emit retention->editingFinished();
    QCOMPARE(view->model()->rowCount(), 1);
    HistoryStore reader(historyPath());
    QVERIFY(reader.load());
    QCOMPARE(reader.retentionDays(), 30);
    QCOMPARE(reader.entries().size(), 1);
    QCOMPARE(reader.entries().first().name, QStringLiteral("New"));
}

void TestHistory::export_csvAndXlsx_holdTheEntries()
{
    const CreateResult first = create(QStringLiteral("导出 one"), employeeIds(2));
    const CreateResult second = create(QStringLiteral("Export two"), employeeIds(2));
    HistoryDialog* dialog = openHistory();

    const QString csvPath = m_dir->filePath(QStringLiteral("all.csv"));
    FileDialog::setNextFileName(csvPath);
    QTest::mouseClick(child<QPushButton>(dialog, "exportCsvButton"), Qt::LeftButton);
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray csvBytes = csv.readAll();
    QVERIFY(csvBytes.startsWith("\xEF\xBB\xBF")); // Excel needs the byte-order mark for Chinese
    const QString csvText = QString::fromUtf8(csvBytes);
    QVERIFY(csvText.contains(QStringLiteral("导出 one")));
    QVERIFY(csvText.contains(QStringLiteral("Export two")));
    QVERIFY(csvText.contains(first.chatid));
    QCOMPARE(csvText.count(QStringLiteral("\r\n")), 3); // header and two rows

    // Only the selected entry, to Excel.
    selectRow(dialog, 0);
    child<QCheckBox>(dialog, "exportSelectionCheckBox")->setChecked(true);
    const QString xlsxPath = m_dir->filePath(QStringLiteral("selected.xlsx"));
    FileDialog::setNextFileName(xlsxPath);
    QTest::mouseClick(child<QPushButton>(dialog, "exportXlsxButton"), Qt::LeftButton);
    const QByteArray xlsx = XlsxFixture::unzipped(xlsxPath);
    QVERIFY(!xlsx.isEmpty());
    QVERIFY(xlsx.contains("Export two"));
    QVERIFY(xlsx.contains(second.chatid.toUtf8()));
    QVERIFY(!xlsx.contains(first.chatid.toUtf8()));

    // Cancelling the file dialog writes nothing.
    FileDialog::setNextFileName(QString());
    QTest::mouseClick(child<QPushButton>(dialog, "exportCsvButton"), Qt::LeftButton);
}

void TestHistory::retryMissing_completesTheGroupAndUpdatesTheEntry()
{
    const QStringList members = employeeIds(44);
    const QString leaver = members.at(41); // in the add call after the create: a leaver in the create refuses it
    m_emulator.setEmployeeActive(leaver, false);
    const CreateResult result = create(QStringLiteral("Partial"), members);
    QCOMPARE(result.outcome, CreateResult::Outcome::CreatedPartially);
    QCOMPARE(result.failedMembers.size(), 1);
    QVERIFY(!m_emulator.group(result.chatid)->members.contains(leaver));

    HistoryDialog* dialog = openHistory();
    selectRow(dialog, 0);
    const QString details = child<QTextBrowser>(dialog, "historyDetailsTextBrowser")->toPlainText();
    QVERIFY2(details.contains(leaver), qPrintable(details)); // failed members with their reasons
    auto* retry = child<QPushButton>(dialog, "retryMissingButton");
    QVERIFY(retry->isEnabled());
    screenshot(dialog, QStringLiteral("history-partial"));

    m_emulator.setEmployeeActive(leaver, true); // back (the id was fixed in DingTalk)
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_VERIFY(!dialog->isRetrying());
    QVERIFY(m_emulator.group(result.chatid)->members.contains(leaver));
    QCOMPARE(m_emulator.group(result.chatid)->members.size(), 45);

    HistoryStore reader(historyPath());
    QVERIFY(reader.load());
    QCOMPARE(reader.entries().size(), 1); // updated, not appended
    const HistoryEntry entry = reader.entries().first();
    QCOMPARE(entry.outcome, QStringLiteral("created"));
    QVERIFY(entry.failedMembers.isEmpty());
    QCOMPARE(entry.membersInGroup, 45);
    QTRY_VERIFY(!retry->isEnabled()); // nothing left to add
}

void TestHistory::createSimilar_fillsTheForm()
{
    const QStringList members = employeeIds(44);
    const QString leaver = members.at(41);
    m_emulator.setEmployeeActive(leaver, false);
    m_driver->get<QCheckBox>("allMutedCheckBox")->setChecked(true);
    m_driver->get<QCheckBox>("searchableCheckBox")->setChecked(true);
    QCOMPARE(create(QStringLiteral("Template"), members).outcome, CreateResult::Outcome::CreatedPartially);

    // Start over with an empty form.
    m_driver->setName(QString());
    m_driver->get<QCheckBox>("allMutedCheckBox")->setChecked(false);
    m_driver->get<QCheckBox>("searchableCheckBox")->setChecked(false);
    m_driver->members()->clear();

    HistoryDialog* dialog = openHistory();
    selectRow(dialog, 0);
    QTest::mouseClick(child<QPushButton>(dialog, "createSimilarButton"), Qt::LeftButton);
    QCOMPARE(m_driver->nameEdit()->text(), QStringLiteral("Template (2)")); // marked as another group
    QCOMPARE(m_driver->ownerCombo()->currentText(), m_owner);
    QVERIFY(m_driver->get<QCheckBox>("allMutedCheckBox")->isChecked());
    QVERIFY(m_driver->get<QCheckBox>("searchableCheckBox")->isChecked());
    QVERIFY(!m_driver->get<QCheckBox>("joinApprovalCheckBox")->isChecked());
    // Everyone who was asked for, the owner first, the one DingTalk did not add included.
    QCOMPARE(m_driver->members()->userIds(), QStringList{ m_owner } + members);

    // An entry written before the history kept every id: the owner and the missing member are what it knows.
    HistoryEntry old = m_window->afterCreate()->historyStore()->entries().constFirst();
    old.id = HistoryEntry::createId();
    old.name = QStringLiteral("Earlier");
    old.time = old.time.addSecs(60); // the newest, so that it is the first row
    old.memberIds.clear();
    QVERIFY(m_window->afterCreate()->historyStore()->append(old));
    m_driver->members()->clear();
    dialog = openHistory(); // reloads the open dialog
    selectRow(dialog, 0);
    QTest::mouseClick(child<QPushButton>(dialog, "createSimilarButton"), Qt::LeftButton);
    QCOMPARE(m_driver->nameEdit()->text(), QStringLiteral("Earlier (2)"));
    QCOMPARE(m_driver->members()->userIds(), (QStringList{ m_owner, leaver }));
}

void TestHistory::damagedHistory_isReportedAndKeptAside()
{
    {
        QFile file(historyPath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ this is not json");
    }
    HistoryDialog* dialog = openHistory();
    auto* error = child<QLabel>(dialog, "historyErrorLabel");
    QVERIFY(error->isVisible());
    screenshot(dialog, QStringLiteral("history-damaged"));
    const QString damaged = m_window->afterCreate()->historyStore()->damagedFilePath();
    QVERIFY(!damaged.isEmpty());
    QVERIFY(error->text().contains(QDir::toNativeSeparators(damaged)));
    QFile kept(damaged);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("{ this is not json"));
}

QTEST_MAIN(TestHistory)
#include "tst_History.moc"
