// A 1000-member group against the emulator with 20 ms added to every reply and DingTalk's 20 calls/s per API limit
// switched on. Compares the wall time with the floor: for each API, the first call's latency plus each further call
// at the pace the limit allows (50 ms). Goal: at most 1.2 times the floor, with no rate-limit answer met.
//
//   group_create_benchmark [runs]
#include "DingTalkEmulator.h"
#include "EmulatorFixture.h"
#include "FloorReport.h"
#include "create/CreateJob.h"
#include "dingtalk/DingTalkClient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTextStream>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int runs = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 5;
    constexpr int LatencyMs = 20;
    constexpr int CallsPerSecond = 20;
    constexpr int Members = 1000;

    DingTalkEmulator emulator;
    if (!emulator.start()) {
        out << "the emulator could not start\n";
        return 1;
    }
    QStringList ids{ emulator.demoOwnerId() };
    for (const EmulatedEmployee& employee : emulator.employees()) {
        if (employee.active && employee.userid != ids.first() && ids.size() < Members)
            ids.append(employee.userid);
    }

    QList<qint64> times;
    bool clean = true;
    for (int run = 0; run < runs; ++run) {
        EmulatorFixture::reset(emulator); // no token cached: each run fetches its own, as a fresh start does
        emulator.setLatency(LatencyMs);
        emulator.setRateLimit(true, CallsPerSecond);

        DingTalkClient client(EmulatorFixture::connection(emulator, ApiGeneration::Legacy, 30));
        CreateJob job(client.api(), QStringLiteral("千人大群"), ids.first(), ids, {});
        QSignalSpy finished(&job, &CreateJob::finished);
        QElapsedTimer timer;
        timer.start();
        job.start();
        finished.wait(60000);
        times.append(timer.elapsed());

        const int updates = emulator.requestCount(QStringLiteral("/chat/update"));
        const int expectedUpdates = (Members - 40 + 39) / 40;
        if (job.result().outcome != CreateResult::Outcome::Created || updates != expectedUpdates
            || emulator.group(job.result().chatid)->members.size() != Members) {
            out << "run " << run << ": outcome " << CreateResult::outcomeName(job.result().outcome) << ", " << updates
                << " update calls (a repeated call means a rate-limit answer was met)\n";
            clean = false;
        }
    }

    // gettoken and chat/create once each; chat/update 24 times.
    const int updates = (Members - 40 + 39) / 40;
    const double interval = 1000.0 / CallsPerSecond;
    const double floor = LatencyMs + LatencyMs + (LatencyMs + (updates - 1) * interval);
    out << QStringLiteral("1000 members, %1 ms latency, %2 calls/s per API limit, %3 runs\n")
               .arg(LatencyMs)
               .arg(CallsPerSecond)
               .arg(runs);
    out << QStringLiteral("floor: %1 ms (gettoken %2 + create %2 + %3 updates: %2 + %4 x %5)\n")
               .arg(floor, 0, 'f', 0)
               .arg(LatencyMs)
               .arg(updates)
               .arg(updates - 1)
               .arg(interval, 0, 'f', 0);
    return reportAgainstFloor(out, times, floor, clean);
}
