#pragma once

#include <QStringList>
#include <QStringView>

#include <optional>

/** How the cells of a batch sheet are read. */
class BatchCell
{
public:
    /**
     * The people of a members cell: split on line breaks, commas, semicolons and 、 (full-width ，； too), each
     * trimmed, empty parts dropped. Not on spaces: an English name has one inside.
     */
    static QStringList splitPeople(QStringView cell);
    /**
     * A switch cell: 1/0, 是/否, yes/no, true/false (any case), ✓ or √ for on, ✗ or × for off. An empty cell is
     * std::nullopt, as is a cell that is none of these (`readable` false then).
     */
    static std::optional<bool> switchValue(QStringView cell, bool* readable = nullptr);
};
