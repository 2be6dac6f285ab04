// Search as you type over a 10,000-person directory: 1000 keystrokes (growing prefixes of names, job numbers,
// userids, and whole mobile numbers of people picked at random), each a Directory::search() for the first 50
// matches as the Choose-people list shows them. Reports the median and worst time per keystroke (goal: under 5 ms
// in a Release build), the size of the directory file and the memory the loaded directory takes.
//
//   directory_search_benchmark [people] [departments]
#include "DirectoryFixture.h"
#include "directory/DirectoryStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <random>

namespace {

// Resident memory of this process in KiB, from /proc (Linux); -1 elsewhere.
qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList arguments = app.arguments();
    const int people = arguments.size() > 1 ? arguments.at(1).toInt() : 10000;
    const int departments = arguments.size() > 2 ? arguments.at(2).toInt() : 300;

    QTemporaryDir folder;
    const QString file = folder.filePath(QStringLiteral("directory.sqlite"));
    {
        DirectoryStore store(file);
        if (!store.save(DirectoryFixture::directoryOf(DemoOrganisation::generated(people, departments)))) {
            out << "cannot save: " << store.lastError() << "\n";
            return 1;
        }
    }
    const qint64 fileBytes = QFileInfo(file).size() + QFileInfo(file + QStringLiteral("-wal")).size();
    const qint64 before = residentKiB();
    QElapsedTimer loading;
    loading.start();
    DirectoryStore store(file);
    const Directory directory = store.load();
    const qint64 loadMs = loading.elapsed();
    const qint64 after = residentKiB();

    // Keystrokes: each query typed one character at a time, as a user would.
    std::mt19937 rng(7u);
    QStringList keystrokes;
    while (keystrokes.size() < 1000) {
        const DirectoryPerson& person = directory.people().at(int(rng() % directory.people().size()));
        QString typed;
        switch (rng() % 4) {
        case 0:
        case 1:
            typed = person.name;
            break;
        case 2:
            typed = person.jobNumber.isEmpty() ? person.userid : person.jobNumber;
            break;
        default:
            typed = person.userid.left(8);
            break;
        }
        for (int length = 1; length <= typed.size() && keystrokes.size() < 1000; ++length)
            keystrokes.append(typed.left(length));
        if (rng() % 10 == 0 && !person.mobile.isEmpty() && keystrokes.size() < 1000)
            keystrokes.append(person.mobile);
    }
    QList<double> times;
    qint64 found = 0;
    for (const QString& text : std::as_const(keystrokes)) {
        QElapsedTimer timer;
        timer.start();
        found += directory.search(text, 50).size();
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    out << QStringLiteral("%1 people, %2 departments; %3 keystrokes, %4 people shown in all\n")
               .arg(directory.people().size())
               .arg(directory.departments().size() - 1)
               .arg(keystrokes.size())
               .arg(found);
    out << QStringLiteral("search per keystroke: median %1 ms, worst %2 ms (goal: under 5 ms)\n")
               .arg(times.at(times.size() / 2), 0, 'f', 3)
               .arg(times.last(), 0, 'f', 3);
    out << QStringLiteral("directory file: %1 KiB; loading it: %2 ms, %3 KiB of memory (resident %4 KiB in all)\n")
               .arg(fileBytes / 1024)
               .arg(loadMs)
               .arg(after - before)
               .arg(after);
    return times.last() < 5.0 ? 0 : 1;
}
