#pragma once

#include "members/PersonField.h"

#include <QList>
#include <QStringList>
#include <QStringView>

/**
 * What each column of a batch sheet holds, from its title alone: group name (群名称, 群名, group, group name), owner
 * (群主, owner), people (成员, members, 人员: any form; userid, 姓名/name, 工号/job number, 手机号/mobile: that form
 * only), department (部门), preset (预设) and the six switches (DingTalk's field name or the short Chinese label).
 * Titles are compared without case, blanks and a mnemonic such as (&S). A kind named twice keeps its first column.
 */
struct BatchColumns
{
    struct PersonColumn
    {
        int column = -1;
        PersonField field = PersonField::Any;
    };
    struct SwitchColumn
    {
        int column = -1;
        int setting = -1; // index into SettingFields::all()
    };

    int name = -1;
    int owner = -1;
    int preset = -1;
    int department = -1;
    QList<PersonColumn> people;
    QList<SwitchColumn> switches;
    QList<int> unknown; // columns whose title names nothing above: ignored

    static BatchColumns fromTitles(const QStringList& titles);
    /** The title as compared: case folded, blanks, '&' mnemonics, '*' and colons removed. */
    static QString normalisedTitle(QStringView title);
    /** The index into SettingFields::all() of a switch column's title, or -1. */
    static int settingOfTitle(QStringView title);
};
