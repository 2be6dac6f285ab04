// A directory sync of a 10,000-person organisation in 300 departments against the emulator, with 20 ms added to
// every reply and DingTalk's 20 calls/s per API limit switched on. Compares the wall time with the floor: the two
// APIs (department/listsub, user/list) run side by side, so the floor is the busier API's calls at the pace the
// limit allows (the first call's latency plus 50 ms for each further one), after the token call. Goal: at most 1.2
// times the floor, with no rate-limit answer met (every call sent once).
//
//   directory_sync_benchmark [runs] [people] [departments]
#include "DemoOrganisation.h"
#include "DingTalkEmulator.h"
#include "EmulatorFixture.h"
#include "FloorReport.h"
#include "dingtalk/DingTalkClient.h"
#include "directory/DirectorySync.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QSignalSpy>
#include <QTextStream>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList arguments = app.arguments();
    const int runs = arguments.size() > 1 ? arguments.at(1).toInt() : 3;
    const int people = arguments.size() > 2 ? arguments.at(2).toInt() : 10000;
    const int departments = arguments.size() > 3 ? arguments.at(3).toInt() : 300;
    constexpr int LatencyMs = 20;
    constexpr int CallsPerSecond = 20;

    const EmulatedOrganisation organisation = DemoOrganisation::generated(people, departments);
    // The calls a sync needs: one listing per department (the root included, leaves too: nobody knows they are
    // leaves before asking), and one member page per 100 direct members, at least one per department.
    QHash<qint64, int> members;
    for (const EmulatedEmployee& employee : organisation.employees) {
        for (const qint64 id : employee.departmentIds)
            ++members[id];
    }
    const int listings = int(organisation.departments.size());
    int pages = 0;
    for (const EmulatedDepartment& department : organisation.departments)
        pages += qMax(1, (members.value(department.id) + 99) / 100);

    DingTalkEmulator emulator;
    if (!emulator.start()) {
        out << "the emulator could not start\n";
        return 1;
    }
    QList<qint64> times;
    bool clean = true;
    for (int run = 0; run < runs; ++run) {
        EmulatorFixture::reset(emulator); // no token cached: each run fetches its own, as a fresh start does
        emulator.useOrganisation(organisation);
        emulator.setLatency(LatencyMs);
        emulator.setRateLimit(true, CallsPerSecond);

        DingTalkClient client(EmulatorFixture::connection(emulator, ApiGeneration::Legacy, 30));
        DirectorySync sync(client.api());
        QSignalSpy finished(&sync, &DirectorySync::finished);
        QElapsedTimer timer;
        timer.start();
        sync.start();
        finished.wait(300000);
        times.append(timer.elapsed());

        const int sentListings = emulator.requestCount(QStringLiteral("/topapi/v2/department/listsub"));
        const int sentPages = emulator.requestCount(QStringLiteral("/topapi/v2/user/list"));
        if (!sync.result().isCompleted() || sync.result().people != people || sentListings != listings
            || sentPages != pages) {
            out << "run " << run << ": " << sync.result().people << " people, " << sentListings << " listings, "
                << sentPages << " pages (a repeated call means a rate-limit answer was met)\n";
            clean = false;
        }
    }

    const double interval = 1000.0 / CallsPerSecond;
    const int busier = qMax(listings, pages);
    const double floor = LatencyMs + LatencyMs + (busier - 1) * interval;
    out << QStringLiteral("%1 people, %2 departments, %3 ms latency, %4 calls/s per API limit, %5 runs\n")
               .arg(people)
               .arg(departments)
               .arg(LatencyMs)
               .arg(CallsPerSecond)
               .arg(runs);
    out << QStringLiteral("calls: %1 department/listsub, %2 user/list\n").arg(listings).arg(pages);
    out << QStringLiteral("floor: %1 ms (gettoken %2 + the busier API: %2 + %3 x %4)\n")
               .arg(floor, 0, 'f', 0)
               .arg(LatencyMs)
               .arg(busier - 1)
               .arg(interval, 0, 'f', 0);
    return reportAgainstFloor(out, times, floor, clean);
}
