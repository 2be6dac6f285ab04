#include "DirectoryFixture.h"

#include "directory/DirectorySync.h"

#include <QHash>
#include <QSignalSpy>
#include <QTest>

namespace DirectoryFixture {

Directory directoryOf(const EmulatedOrganisation& organisation)
{
    QList<DirectoryDepartment> departments;
    for (const EmulatedDepartment& department : organisation.departments)
        departments.append(
            DirectoryDepartment{ department.id, department.parentId, department.name, QString(), false });
    QList<DirectoryPerson> people;
    for (const EmulatedEmployee& employee : organisation.employees) {
        if (!employee.active)
            continue;
        DirectoryPerson person;
        person.userid = employee.userid;
        person.name = employee.name;
        person.jobNumber = employee.jobNumber;
        person.title = employee.title;
        person.departmentIds = employee.departmentIds;
        person.active = employee.activated;
        person.mobile = DirectoryPerson::mobileKey(employee.mobile);
        people.append(person);
    }
    return Directory(departments, people, QDateTime::currentDateTimeUtc());
}

Directory demoDirectory()
{
    return directoryOf(EmulatedOrganisation{ DemoOrganisation::departments(), DemoOrganisation::employees() });
}

DirectorySyncResult sync(GroupApi* api, Directory* directory)
{
    DirectorySync job(api);
    job.setTransportRetryDelay(20);
    QSignalSpy finished(&job, &DirectorySync::finished);
    job.start();
    if (finished.isEmpty() && !finished.wait(60000))
        QTest::qFail("the directory sync did not finish within 60 s", __FILE__, __LINE__);
    if (finished.size() != 1)
        QTest::qFail("the directory sync did not finish exactly once", __FILE__, __LINE__);
    if (directory)
        *directory = job.directory();
    return job.result();
}

QList<EmulatedEmployee> uniquelyNamed(const QList<EmulatedEmployee>& employees, int count, const QString& except)
{
    QHash<QString, int> names;
    for (const EmulatedEmployee& person : employees)
        names[person.name] += person.active ? 1 : 0;
    QList<EmulatedEmployee> result;
    for (const EmulatedEmployee& person : employees) {
        if (result.size() < count && person.active && names.value(person.name) == 1 && !person.jobNumber.isEmpty()
            && person.userid != except)
            result.append(person);
    }
    return result;
}

} // namespace DirectoryFixture
