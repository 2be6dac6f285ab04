// Appends entries to a history file in a loop, printing the number of each entry once it is saved. The history tests
// kill it mid-way and run many at once; with --after-go it starts appending only once a line comes on its standard
// input, so that writers the test started one after the other begin at the same moment.
// Usage: history_writer_helper FILE COUNT TAG [--after-go]
#include "history/HistoryStore.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4 && !(args.size() == 5 && args.at(4) == QLatin1String("--after-go")))
        return 2;
    if (args.size() == 5) {
        QTextStream in(stdin);
        in.readLine();
    }
    HistoryStore store(args.at(1));
    const int count = args.at(2).toInt();
    const QString tag = args.at(3);
    QTextStream out(stdout);
    for (int i = 0; i < count; ++i) {
        HistoryEntry entry;
        entry.id = QStringLiteral("%1-%2").arg(tag).arg(i);
        entry.name = QStringLiteral("组 %1").arg(i);
        entry.owner = QStringLiteral("0%1").arg(i);
        entry.memberCount = i;
        entry.outcome = QStringLiteral("created");
        if (!store.append(entry)) {
            QTextStream(stderr) << store.lastError() << Qt::endl;
            return 1;
        }
        out << i << Qt::endl; // flushed: the test counts what was saved
    }
    return 0;
}
