#pragma once

#include "BatchIssue.h"
#include "members/PersonField.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

/** A person as a cell gives them: the text, and how the column says to read it. */
struct BatchPerson
{
    QString text;
    PersonField field = PersonField::Any;
};

/** One group of a batch sheet, as the sheet gives it, before anyone is looked up. */
struct BatchRow
{
    int sheetRow = 0; // the row number the spreadsheet shows (the header is row 1); for one row per person, the first
    QString name;
    QString owner; // the owner cell's text
    QList<BatchPerson> people;
    QStringList departments;
    QString preset; // a saved preset's name, or empty
    std::array<std::optional<bool>, 6> switches; // in the order of SettingFields::all(); unset: the preset's, or off
    BatchIssues issues; // the sheet's own problems: cells that cannot be read, rows of one group that disagree
};
