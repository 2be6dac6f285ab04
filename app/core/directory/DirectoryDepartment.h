#pragma once

#include <QString>

/** One department of the organisation's directory. The root (id 1) is the organisation itself. */
struct DirectoryDepartment
{
    static constexpr qint64 RootId = 1;

    qint64 id = 0;
    qint64 parentId = 0; // 0 for the root
    QString name;
    QString path; // names below the root joined with '/' ("销售部/华东区"); empty for the root
    bool skipped = false; // outside the app's scope (50004): its sub-departments and people are not in the copy
};
