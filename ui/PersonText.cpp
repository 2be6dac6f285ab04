#include "PersonText.h"

#include <QStringList>

QString PersonText::joined(const QStringList& parts)
{
    QStringList shown = parts;
    shown.removeAll(QString());
    return shown.join(tr(" · "));
}

QString PersonText::nameAndDepartment(const DirectoryPerson& person)
{
    return joined({ person.name, person.departmentPaths.value(0) });
}

QString PersonText::suggestion(const DirectoryPerson& person, bool withTitle)
{
    return joined(
        { person.name, person.departmentPaths.value(0), withTitle ? person.title : QString(), person.userid });
}

QString PersonText::details(const DirectoryPerson& person)
{
    QStringList lines = person.departmentPaths;
    if (!person.title.isEmpty())
        lines.append(tr("Title: %1").arg(person.title));
    if (!person.jobNumber.isEmpty())
        lines.append(tr("Job number: %1").arg(person.jobNumber));
    return lines.join(QLatin1Char('\n'));
}
