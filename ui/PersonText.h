#pragma once

#include "directory/DirectoryPerson.h"

#include <QCoreApplication>
#include <QString>

/** How the window names a person of the directory: the owner's suggestions and the member rows say it alike. */
class PersonText
{
    Q_DECLARE_TR_FUNCTIONS(PersonText)

public:
    /** "王建国 · 总经办": the name, then the first department's path (none for someone at the top level). */
    static QString nameAndDepartment(const DirectoryPerson& person);
    /**
     * "王建国 · 总经办 · manager4220", with the title before the userid when `withTitle` (two people share the
     * name: department and title tell them apart).
     */
    static QString suggestion(const DirectoryPerson& person, bool withTitle);
    /** Every department (one a line), the title and the job number, for a tooltip. */
    static QString details(const DirectoryPerson& person);

private:
    static QString joined(const QStringList& parts);
};
