#pragma once

#include <QString>

/** Which columns of an imported table hold what; -1 means "none". */
struct ColumnChoice
{
    int idColumn = -1; // DingTalk userid
    int phoneColumn = -1; // mobile number, used for rows without a userid
    int nameColumn = -1; // the person's name, shown in the list
    int filterColumn = -1; // keep only rows whose cell here equals filterValue (for example one 部门)
    QString filterValue;

    bool operator==(const ColumnChoice& other) const
    {
        return idColumn == other.idColumn && phoneColumn == other.phoneColumn && nameColumn == other.nameColumn
            && filterColumn == other.filterColumn && filterValue == other.filterValue;
    }
};
