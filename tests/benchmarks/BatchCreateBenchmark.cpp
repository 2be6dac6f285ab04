// A batch of 200 groups of 40 members each (the owner and 39 others) from one sheet, against the emulator with 20 ms
// added to every reply and DingTalk's 20 calls/s per API limit switched on. The sheet is read, resolved and
// validated as `dingtalk-group-cli batch` does (userids only: the directory is another benchmark's), then sent by
// the BatchRunner with its journal and history on disk, as a real run keeps them. Compares the wall time of the
// sending with the floor: the token's latency, then the first create's latency plus each further create at the pace
// the limit allows (50 ms); a 40-member group needs no add. Goal: at most 1.1 times the floor, with no rate-limit
// answer met (a create repeated after one would show as more creates than groups).
//
//   cmake --build build-release --target batch_create_benchmark
//   build-release/tests/benchmarks/batch_create_benchmark [runs]
#include "DingTalkEmulator.h"
#include "EmulatorFixture.h"
#include "FloorReport.h"
#include "batch/BatchJournal.h"
#include "batch/BatchPlan.h"
#include "batch/BatchPreparation.h"
#include "batch/BatchRunner.h"
#include "batch/BatchSheetReader.h"
#include "dingtalk/DingTalkClient.h"
#include "dingtalk/GroupApi.h"
#include "directory/PersonResolver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextStream>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int runs = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 3;
    constexpr int LatencyMs = 20;
    constexpr int CallsPerSecond = 20;
    constexpr int Groups = 200;
    constexpr int Members = 40; // the owner included

    DingTalkEmulator emulator;
    QTemporaryDir dir;
    if (!emulator.start() || !dir.isValid()) {
        out << "the emulator or the temporary folder could not start\n";
        return 1;
    }
    // One row per group; each group's 39 members taken in turn from the organisation.
    const QStringList people = EmulatorFixture::memberIds(emulator, Groups + Members);
    if (people.size() < Groups + Members) {
        out << "the demo organisation is too small\n";
        return 1;
    }
    QByteArray sheetText = "群名称,群主,成员\n";
    for (int group = 0; group < Groups; ++group) {
        sheetText += QStringLiteral("批量群%1,%2,\"%3\"\n")
                         .arg(group + 1)
                         .arg(people.first(), people.mid(1 + group, Members - 1).join(QLatin1Char(',')))
                         .toUtf8();
    }
    const BatchSheet sheet = BatchSheetReader::readData(sheetText, QStringLiteral("batch.csv"));
    QList<BatchItem> items = BatchPreparation::resolve(sheet, PersonResolver());
    BatchPreparation::validate(items);
    if (BatchPreparation::validCount(items) != Groups) {
        out << "the sheet's rows are not all valid: " << BatchPreparation::validCount(items) << " of " << items.size()
            << "\n";
        return 1;
    }

    QList<qint64> times;
    bool clean = true;
    BatchPlan plan;
    for (int run = 0; run < runs; ++run) {
        EmulatorFixture::reset(emulator); // no token cached: each run fetches its own, as a fresh start does
        emulator.setLatency(LatencyMs);
        emulator.setRateLimit(true, CallsPerSecond);

        DingTalkClient client(EmulatorFixture::connection(emulator, ApiGeneration::Legacy, 30));
        plan = BatchPlan::of(items, client.api()->pacer(), true);
        BatchJournal journal(dir.filePath(QStringLiteral("journal-%1.jsonl").arg(run)));
        BatchJournal::Header header;
        header.sheetDigest = QString::fromLatin1(sheet.contentDigest.toHex());
        header.connection = client.settings().identity();
        header.rowCount = int(items.size());
        if (!journal.open(header)) {
            out << journal.lastError() << "\n";
            return 1;
        }
        BatchRunner::Options options;
        options.historyFile = dir.filePath(QStringLiteral("history-%1.jsonl").arg(run));
        options.connection = header.connection;
        BatchRunner runner(client.api(), items, &journal, BatchDuplicateGuard(), options);
        QSignalSpy finished(&runner, &BatchRunner::finished);
        QElapsedTimer timer;
        timer.start();
        runner.start();
        if (runner.isRunning())
            finished.wait(120000);
        times.append(timer.elapsed());

        int created = 0;
        for (const BatchRowResult& row : runner.results())
            created += row.status == BatchRowStatus::Created ? 1 : 0;
        const int creates = emulator.requestCount(QStringLiteral("/chat/create"));
        if (created != Groups || creates != Groups) {
            out << "run " << run << ": " << created << " groups created with " << creates
                << " create calls (a repeated call means a rate-limit answer was met)\n";
            clean = false;
        }
    }

    const double interval = 1000.0 / CallsPerSecond;
    const double floor = LatencyMs + LatencyMs + (Groups - 1) * interval;
    out << QStringLiteral("%1 groups of %2 members, %3 ms latency, %4 calls/s per API limit, %5 runs\n")
               .arg(Groups)
               .arg(Members)
               .arg(LatencyMs)
               .arg(CallsPerSecond)
               .arg(runs);
    out << QStringLiteral("plan: %1 calls (%2 creates, %3 adds, %4 token)\n")
               .arg(plan.calls())
               .arg(plan.creates)
               .arg(plan.adds)
               .arg(plan.tokenCalls);
    out << QStringLiteral("floor: %1 ms (gettoken %2 + create %2 + %3 x %4)\n")
               .arg(floor, 0, 'f', 0)
               .arg(LatencyMs)
               .arg(Groups - 1)
               .arg(interval, 0, 'f', 0);
    return reportAgainstFloor(out, times, floor, clean, 1.1);
}
