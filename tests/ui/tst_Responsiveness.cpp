// The window stays responsive under HR-sized work: a heartbeat timer ticks every 10 ms while a 100,000-row file is
// imported, while a 1000-member group is created under DingTalk's rate limit and while the organisation's directory is
// synced from the Directory menu, while a 1000-row batch sheet is read and previewed and while a batch runs, and no
// gap between two ticks may reach 50 ms.
//
// A shared machine (CI runners, a developer's build in the background) can take the processor away from the test for
// longer than that, which no code of ours can prevent. So a gap counts only the time the window's thread ran or
// waited for something of ours: where Linux tells (/proc/thread-self/schedstat), the time it stood ready in the
// kernel's run queue while other programs ran is taken out. That keeps the 50 ms limit on a busy 2-core machine as
// on a quiet one. Besides, each scenario is measured up to three times, each time in a fresh window, and the goal is
// met when one run stays under the limit. Every run's longest gap is printed, with the wall-clock gap beside it.

#include "BatchDriver.h"
#include "SanitizedBuild.h"
#include "WindowFixture.h"

#include "AfterCreate.h"
#include "NamedPipe.h"
#include "ProgressDialog.h"

#include <QElapsedTimer>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTimer>
#include <algorithm>

namespace {
constexpr int MaxGapMs = 50 * SanitizedBuild::slowdown;
constexpr int Attempts = 3;

/**
 * How long the calling thread has stood ready to run while the processor ran others (Linux: the second field of
 * /proc/thread-self/schedstat), in ms; 0 where the system does not say.
 */
qint64 runQueueWaitMs()
{
    QFile file(QStringLiteral("/proc/thread-self/schedstat"));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = file.readAll().simplified().split(' ');
    return fields.size() >= 2 ? fields.at(1).toLongLong() / 1000000 : 0;
}

/**
 * Ticks every 10 ms on the GUI thread and records the longest time between two ticks that the thread spent on its
 * own (the wall-clock gap less the time it waited for the processor), and the longest wall-clock gap.
 */
class Heartbeat
{
public:
    Heartbeat()
    {
        m_timer.setInterval(10);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 wall = m_clock.restart();
            const qint64 waited = runQueueWaitMs();
            m_maxGapMs = qMax(m_maxGapMs, wall - (waited - m_waitedMs));
            m_maxWallGapMs = qMax(m_maxWallGapMs, wall);
            m_waitedMs = waited;
            ++m_ticks;
        });
    }
    void start()
    {
        m_maxGapMs = 0;
        m_maxWallGapMs = 0;
        m_ticks = 0;
        m_waitedMs = runQueueWaitMs();
        m_clock.start();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    qint64 maxGapMs() const { return m_maxGapMs; }
    qint64 maxWallGapMs() const { return m_maxWallGapMs; }
    int ticks() const { return m_ticks; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_maxGapMs = 0;
    qint64 m_maxWallGapMs = 0;
    qint64 m_waitedMs = 0;
    int m_ticks = 0;
};
} // namespace

class TestResponsiveness : public QObject, protected WindowFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void import100000Rows_neverBlocksTheEventLoop();
    void import100000Rows_cancel_leavesTheListUnchanged();
    void create1000Members_underTheRateLimit_neverBlocksTheEventLoop();
    void directorySync_underTheRateLimit_neverBlocksTheEventLoop();
    void batchPreview1000Rows_neverBlocksTheEventLoop();
    void batchRun_underTheRateLimit_neverBlocksTheEventLoop();

private:
    QString write100kCsv() const;
    /** One measured run of each scenario: the longest gap, after checking that the work was done. */
    void measureImport(qint64& longestGap);
    void measureCreate(qint64& longestGap);
    void measureDirectorySync(qint64& longestGap);
    void measureBatchPreview(qint64& longestGap);
    void measureBatchRun(qint64& longestGap);
    /** A batch sheet of `groups` rows, each with the owner and `members` members (userids of the emulator). */
    QString writeBatchSheet(const QString& name, int groups, int members) const;
    /** Runs `measure` up to Attempts times, each in a fresh window, until a run stays under MaxGapMs. */
    void expectResponsive(const char* scenario, void (TestResponsiveness::*measure)(qint64&));

    qint64 m_wallGapMs = 0; // the last run's longest wall-clock gap, for the log
};

void TestResponsiveness::initTestCase()
{
    QVERIFY(startEmulator());
}

void TestResponsiveness::init()
{
    QVERIFY(openWindow());
}

void TestResponsiveness::cleanup()
{
    closeWindow();
}

QString TestResponsiveness::write100kCsv() const
{
    // A whole company's staff list: 100 departments of 1000 people each.
    QByteArray bytes = QStringLiteral("userid,姓名,手机号,部门\r\n").toUtf8();
    bytes.reserve(5 * 1024 * 1024);
    for (int i = 0; i < 100000; ++i) {
        bytes += "user" + QByteArray::number(100000 + i) + ",员工" + QByteArray::number(i) + ",1380"
            + QByteArray::number(1000000 + i) + ",部门" + QByteArray::number(i % 100) + "\r\n";
    }
    return m_import->writeFile(QStringLiteral("staff-100k.csv"), bytes);
}

void TestResponsiveness::expectResponsive(const char* scenario, void (TestResponsiveness::*measure)(qint64&))
{
    QList<qint64> gaps;
    for (int attempt = 1; attempt <= Attempts; ++attempt) {
        if (attempt > 1) {
            closeWindow();
            QVERIFY(openWindow());
        }
        qint64 longestGap = -1;
        (this->*measure)(longestGap);
        if (QTest::currentTestFailed())
            return;
        qInfo("%s, run %d: longest gap %lld ms (wall clock %lld ms)", scenario, attempt, longestGap, m_wallGapMs);
        if (longestGap < MaxGapMs)
            return;
        gaps.append(longestGap);
    }
    QStringList shown;
    for (const qint64 gap : std::as_const(gaps))
        shown.append(QString::number(gap));
    QFAIL(qPrintable(QStringLiteral("%1: the event loop was blocked for %2 ms in every run (limit %3 ms)")
                         .arg(QLatin1String(scenario), shown.join(QStringLiteral(", ")))
                         .arg(MaxGapMs)));
}

void TestResponsiveness::import100000Rows_neverBlocksTheEventLoop()
{
    expectResponsive("100,000-row import", &TestResponsiveness::measureImport);
}

void TestResponsiveness::measureImport(qint64& longestGap)
{
    const QString path = write100kCsv();
    // One-time costs (the first dialog of its kind, the first Chinese glyphs shaped) belong to start-up, not to the
    // import being measured: pay them with a three-row file first.
    m_import->importThroughMenu(
        m_import->writeFile(QStringLiteral("warm-up.csv"),
                            QStringLiteral("userid,姓名,手机号,部门\r\nuser1,员工1,13800000001,部门1\r\n").toUtf8()));
    ImportDialog* warmUp = m_import->waitForDialog();
    QVERIFY(warmUp);
    warmUp->reject();
    QTRY_VERIFY(!m_window->findChild<ImportDialog*>());

    Heartbeat heartbeat;
    heartbeat.start();
    m_import->importThroughMenu(path);
    ImportDialog* dialog = m_import->waitForDialog(60000);
    QVERIFY(dialog);
    QVERIFY(ImportDriver::get<QLabel>(dialog, "importFormatLabel")->text().contains(QStringLiteral("100000")));
    // One department out of the whole company.
    ImportDriver::chooseColumn(dialog, "filterColumnComboBox", 3);
    QComboBox* values = ImportDriver::combo(dialog, "filterValueComboBox");
    QTRY_COMPARE(values->count(), 100);
    values->setCurrentIndex(values->findText(QStringLiteral("部门7")));
    QTRY_VERIFY(ImportDriver::get<QLabel>(dialog, "importCountLabel")->text().startsWith(QStringLiteral("1000 ")));
    ImportDriver::clickImport(dialog);
    QTRY_COMPARE(m_driver->members()->rowCount(), 1000);
    QTest::qWait(100); // let the heartbeat see the list settle
    heartbeat.stop();
    QCOMPARE(m_driver->members()->members().at(0).userid, QStringLiteral("user100007"));
    QCOMPARE(m_driver->members()->members().at(0).name, QStringLiteral("员工7"));
    QVERIFY(heartbeat.ticks() > 0);
    longestGap = heartbeat.maxGapMs();
    m_wallGapMs = heartbeat.maxWallGapMs();
}

void TestResponsiveness::import100000Rows_cancel_leavesTheListUnchanged()
{
    m_driver->typeMembers(QStringLiteral("kept1"));
    // The rows come through a named pipe after Cancel is clicked: the import is under way when it is cancelled,
    // however fast this machine reads a file.
    const QString path = m_import->filePath(QStringLiteral("staff-pipe.csv"));
    NamedPipe pipe(path);
    if (!pipe.create())
        QSKIP("This system has no named pipes.");
    m_import->importThroughMenu(path);
    QVERIFY(pipe.openForWriting(10000));
    ProgressDialog* progress = nullptr;
    QTRY_VERIFY((progress = m_window->findChild<ProgressDialog*>(QStringLiteral("importProgressDialog")))
                && progress->isVisible());
    QTest::mouseClick(ImportDriver::get<QAbstractButton>(progress, "progressCancelButton"), Qt::LeftButton);
    QFile rows(write100kCsv());
    QVERIFY(rows.open(QIODevice::ReadOnly));
    QVERIFY(pipe.write(rows.readAll()));
    pipe.close();
    QTRY_VERIFY(!m_window->findChild<ProgressDialog*>(QStringLiteral("importProgressDialog")));
    QVERIFY(!m_window->findChild<ImportDialog*>());
    QCOMPARE(m_driver->members()->userIds(), QStringList{ QStringLiteral("kept1") });
}

void TestResponsiveness::create1000Members_underTheRateLimit_neverBlocksTheEventLoop()
{
    expectResponsive("1000-member create", &TestResponsiveness::measureCreate);
}

void TestResponsiveness::measureCreate(qint64& longestGap)
{
    m_emulator.setRateLimit(true, 20);
    QStringList ids;
    for (const EmulatedEmployee& employee : m_emulator.employees()) {
        if (ids.size() == 999)
            break;
        if (employee.active && employee.userid != m_owner)
            ids.append(employee.userid);
    }
    // A small group first, so the one-time costs (the first token, the first result shown) are not measured.
    m_driver->fillIn(QStringLiteral("Warm-up"), m_owner, ids.mid(0, 2));
    QTRY_VERIFY(m_driver->createButton()->isEnabled());
    QSignalSpy warmedUp(m_window.get(), &MainWindow::createFinished);
    m_driver->clickCreate();
    QTRY_COMPARE_WITH_TIMEOUT(warmedUp.size(), 1, 30000);
    m_window->findChild<QPushButton*>(QStringLiteral("clearMembersButton"))->click();
    QTRY_COMPARE(m_driver->members()->rowCount(), 0);
    m_emulator.clearRequests();

    m_driver->fillIn(QStringLiteral("All hands"), m_owner, ids);
    QTRY_VERIFY(m_driver->createButton()->isEnabled());

    Heartbeat heartbeat;
    heartbeat.start();
    QSignalSpy finished(m_window.get(), &MainWindow::createFinished);
    m_driver->clickCreate();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000);
    heartbeat.stop();
    const QList<EmulatedGroup> groups = m_emulator.groups();
    QVERIFY(std::any_of(groups.begin(), groups.end(),
                        [](const EmulatedGroup& group) { return group.members.size() == 1000; }));
    QVERIFY(heartbeat.ticks() > 0);
    longestGap = heartbeat.maxGapMs();
    m_wallGapMs = heartbeat.maxWallGapMs();
}

void TestResponsiveness::directorySync_underTheRateLimit_neverBlocksTheEventLoop()
{
    expectResponsive("directory sync", &TestResponsiveness::measureDirectorySync);
}

void TestResponsiveness::measureDirectorySync(qint64& longestGap)
{
    m_emulator.setRateLimit(true, 20);
    // A first sync pays the one-time costs (the token, the first progress dialog); the refresh is measured, with the
    // copy before it replaced on disk and freed.
    QVERIFY(syncDirectory());
    const QDateTime first = m_window->directoryController()->directory().syncedAt();

    Heartbeat heartbeat;
    heartbeat.start();
    QVERIFY(syncDirectory());
    QTest::qWait(100); // let the heartbeat see the window settle
    heartbeat.stop();
    QVERIFY(m_window->directoryController()->directory().syncedAt() >= first);
    QVERIFY(m_window->directoryController()->directory().people().size() > 1900);
    QVERIFY(heartbeat.ticks() > 0);
    longestGap = heartbeat.maxGapMs();
    m_wallGapMs = heartbeat.maxWallGapMs();
}

QString TestResponsiveness::writeBatchSheet(const QString& name, int groups, int members) const
{
    const QStringList people = employeeIds(1500);
    QString text = QStringLiteral("群名称,群主,成员,可被搜索\r\n");
    for (int group = 0; group < groups; ++group) {
        QStringList cell;
        for (int i = 0; i < members; ++i)
            cell.append(people.at((group * members + i) % people.size()));
        text += QStringLiteral("培训班%1,%2,\"%3\",是\r\n").arg(group).arg(m_owner, cell.join(QStringLiteral("、")));
    }
    return m_import->writeFile(name, text.toUtf8());
}

void TestResponsiveness::batchPreview1000Rows_neverBlocksTheEventLoop()
{
    expectResponsive("1000-row batch preview", &TestResponsiveness::measureBatchPreview);
}

void TestResponsiveness::measureBatchPreview(qint64& longestGap)
{
    // The directory copy and the dialog's first showing are one-time costs: paid with a two-row sheet first.
    QVERIFY(syncDirectory());
    QVERIFY(BatchDriver::openThroughMenu(m_window.get(), writeBatchSheet(QStringLiteral("warm-up.csv"), 2, 3), 2));
    const QString sheet = writeBatchSheet(QStringLiteral("batch-1000.csv"), 1000, 20);

    Heartbeat heartbeat;
    heartbeat.start();
    BatchDialog* dialog = BatchDriver::openThroughMenu(m_window.get(), sheet, 1000);
    QVERIFY(dialog);
    QTRY_VERIFY(BatchDriver::child<QPushButton>(dialog, "startBatchButton")->isEnabled());
    QTest::qWait(100); // let the heartbeat see the table settle
    heartbeat.stop();
    QCOMPARE(BatchDriver::tableRows(dialog), 1000);
    QVERIFY(heartbeat.ticks() > 0);
    longestGap = heartbeat.maxGapMs();
    m_wallGapMs = heartbeat.maxWallGapMs();
}

void TestResponsiveness::batchRun_underTheRateLimit_neverBlocksTheEventLoop()
{
    expectResponsive("running batch", &TestResponsiveness::measureBatchRun);
}

void TestResponsiveness::measureBatchRun(qint64& longestGap)
{
    m_emulator.setRateLimit(true, 20);
    // A history of this run's own: the duplicate guard must not find the groups of an earlier run.
    m_window->afterCreate()->setHistoryFilePath(m_import->filePath(QStringLiteral("history.json")));
    QVERIFY(syncDirectory());
    // 30 groups of 60 members: a create and an add each, their journal lines and history entries written between.
    BatchDialog* dialog
        = BatchDriver::openThroughMenu(m_window.get(), writeBatchSheet(QStringLiteral("batch-run.csv"), 30, 60), 30);
    QVERIFY(dialog);
    Heartbeat heartbeat;
    heartbeat.start();
    QVERIFY(BatchDriver::start(dialog));
    QTRY_VERIFY_WITH_TIMEOUT(BatchDriver::finished(dialog), 120000);
    QTest::qWait(100);
    heartbeat.stop();
    QCOMPARE(BatchDriver::statuses(dialog), QStringList(30, QStringLiteral("created")));
    QVERIFY(heartbeat.ticks() > 0);
    longestGap = heartbeat.maxGapMs();
    m_wallGapMs = heartbeat.maxWallGapMs();
}

QTEST_MAIN(TestResponsiveness)
#include "tst_Responsiveness.moc"
