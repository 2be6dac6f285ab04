#pragma once

#include <QString>

/** Which columns of an imported table hold what; -1 means "none". */
struct ColumnChoice
{
    int idColumn = -1; // DingTalk userid
    int phoneColumn = -1; // mobile number, used for rows without a userid
    int nameColumn
        = -1; // the person's name: shown in the list, and looked up in the directory without the columns above
    int jobNumberColumn = -1; // 工号: looked up in the directory for rows without a userid or phone number
    int filterColumn = -1; // keep only rows whose cell here equals filterValue (for example one 部门)
    QString filterValue;

    bool operator==(const ColumnChoice& other) const
    {
        return idColumn == other.idColumn && phoneColumn == other.phoneColumn && nameColumn == other.nameColumn
            && jobNumberColumn == other.jobNumberColumn && filterColumn == other.filterColumn
            && filterValue == other.filterValue;
    }
};
