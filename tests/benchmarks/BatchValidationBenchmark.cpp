// A batch sheet validated against a big directory, as `batch` and the window do before anything is sent: a 1000-row
// CSV (one row per group: an owner by job number, 40 members by name (names nobody shares), job number, userid and
// mobile number, and a department on every tenth row) read by BatchSheetReader, every person read by the one rule
// (PersonResolver over a 10,000-person Directory) and every row judged by BatchPreparation::validate(). Phone lookups
// are not counted: the numbers are the directory's own. Reports the median and worst of the runs (goal: under 1 s,
// Release build).
//
//   batch_validation_benchmark [runs] [rows] [people] [departments]
#include "DirectoryFixture.h"
#include "batch/BatchPreparation.h"
#include "batch/BatchSheetReader.h"
#include "directory/PersonResolver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <algorithm>
#include <random>

namespace {

constexpr int MembersPerRow = 40;

// The sheet as HR would give it: each member cell mixes the ways a person can be written.
QByteArray sheetOf(const Directory& directory, int rows)
{
    std::mt19937 rng(11u);
    const QList<DirectoryPerson>& people = directory.people();
    const QList<DirectoryDepartment>& departments = directory.departments();
    const auto anyone = [&]() -> const DirectoryPerson& {
        return people.at(int(rng() % people.size()));
    };
    // Names only of people nobody shares a name with: a sheet of namesakes would measure invalid rows.
    QList<const DirectoryPerson*> uniquelyNamed;
    for (const DirectoryPerson& person : people) {
        if (directory.peopleNamed(person.name).size() == 1)
            uniquelyNamed.append(&person);
    }
    QString text = QStringLiteral("群名称,群主,成员,部门,可被搜索\n");
    for (int row = 0; row < rows; ++row) {
        const DirectoryPerson& owner = anyone();
        QStringList members;
        for (int i = 0; i < MembersPerRow; ++i) {
            const DirectoryPerson& person = anyone();
            switch (i % 4) {
            case 0:
                members.append(uniquelyNamed.at(int(rng() % uniquelyNamed.size()))->name);
                break;
            case 1:
                members.append(person.jobNumber.isEmpty() ? person.userid : person.jobNumber);
                break;
            case 2:
                members.append(person.userid);
                break;
            default:
                members.append(person.mobile.isEmpty() ? person.userid : person.mobile);
                break;
            }
        }
        // Below the root, every tenth row: everyone in a department, sub-departments included.
        const QString department = row % 10 == 0 && departments.size() > 1
            ? departments.at(1 + int(rng() % (departments.size() - 1))).path
            : QString();
        text += QStringLiteral("群%1,%2,\"%3\",%4,%5\n")
                    .arg(row + 1)
                    .arg(owner.jobNumber.isEmpty() ? owner.userid : owner.jobNumber, members.join(QStringLiteral("、")),
                         department, row % 2 ? QStringLiteral("是") : QStringLiteral("否"));
    }
    return text.toUtf8();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList arguments = app.arguments();
    const int runs = arguments.size() > 1 ? std::max(1, arguments.at(1).toInt()) : 5;
    const int rows = arguments.size() > 2 ? arguments.at(2).toInt() : 1000;
    const int peopleCount = arguments.size() > 3 ? arguments.at(3).toInt() : 10000;
    const int departmentCount = arguments.size() > 4 ? arguments.at(4).toInt() : 300;

    const Directory directory
        = DirectoryFixture::directoryOf(DemoOrganisation::generated(peopleCount, departmentCount));
    const QByteArray sheetData = sheetOf(directory, rows);
    const PersonResolver people(directory);

    QList<double> times;
    int valid = 0;
    qint64 members = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const BatchSheet sheet = BatchSheetReader::readData(sheetData, QStringLiteral("groups.csv"));
        QList<BatchItem> items = BatchPreparation::resolve(sheet, people);
        BatchPreparation::validate(items, [](const QString&) { return QString(); });
        times.append(double(timer.nsecsElapsed()) / 1e6);
        valid = BatchPreparation::validCount(items);
        members = 0;
        for (const BatchItem& item : std::as_const(items))
            members += item.validation.memberIds.size();
        if (!sheet.ok() || items.size() != rows) {
            out << "the sheet was not read: " << sheet.errorMessage() << "\n";
            return 1;
        }
    }
    std::sort(times.begin(), times.end());
    out << QStringLiteral("%1 rows (%2 KiB of CSV), %3 valid, %4 members in all; directory of %5 people in %6 "
                          "departments\n")
               .arg(rows)
               .arg(sheetData.size() / 1024)
               .arg(valid)
               .arg(members)
               .arg(directory.people().size())
               .arg(directory.departments().size() - 1);
    out << QStringLiteral("read + resolve + validate: median %1 ms, worst %2 ms of %3 runs (goal: under 1000 ms)\n")
               .arg(times.at(times.size() / 2), 0, 'f', 1)
               .arg(times.last(), 0, 'f', 1)
               .arg(runs);
    return times.last() < 1000.0 ? 0 : 1;
}
