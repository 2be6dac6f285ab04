#include "ColumnGuesser.h"

#include "ImportedTable.h"

#include <QHash>

namespace {

constexpr int HeaderSampleRows = 50;
constexpr int ContentSampleRows = 200;

QString normalizedTitle(QStringView title)
{
    QString key;
    key.reserve(title.size());
    for (const QChar c : title) {
        if (c.isSpace() || c == u'_' || c == u'-' || c == u'*' || c == u':' || c == u'\uFF1A')
            continue;
        key.append(c.toCaseFolded());
    }
    return key;
}

const QHash<QString, ColumnGuesser::Role>& titleRoles()
{
    using Role = ColumnGuesser::Role;
    static const QHash<QString, Role> roles = [] {
        QHash<QString, Role> map;
        const auto add = [&map](std::initializer_list<const char16_t*> titles, Role role) {
            for (const char16_t* title : titles)
                map.insert(normalizedTitle(QStringView(title)), role);
        };
        add({ u"userid", u"userids", u"用户ID", u"员工ID", u"member", u"members", u"成员", u"成员ID", u"member id" },
            Role::UserId);
        add({ u"工号", u"员工工号", u"员工编号", u"job number", u"job no", u"employee number" }, Role::JobNumber);
        add({ u"mobile", u"phone", u"手机", u"手机号", u"手机号码", u"电话", u"电话号码", u"联系电话", u"移动电话",
              u"phone number", u"mobile number", u"mobile phone" },
            Role::Phone);
        add({ u"name", u"姓名", u"名字", u"员工姓名", u"full name" }, Role::Name);
        return map;
    }();
    return roles;
}

// Share of the non-empty cells of `column` (in the first `sampleRows` rows) that pass `test`; -1 without any.
template <typename Test> double shareOf(const ImportedTable& table, int column, int sampleRows, Test test)
{
    int cells = 0;
    int passing = 0;
    const int rows = std::min(table.rowCount(), sampleRows);
    for (int row = 0; row < rows; ++row) {
        const QString cell = table.cell(row, column);
        if (cell.isEmpty())
            continue;
        ++cells;
        passing += test(cell) ? 1 : 0;
    }
    return cells == 0 ? -1 : double(passing) / cells;
}

bool hasNoDigit(QStringView cell)
{
    for (const QChar c : cell) {
        if (c.isDigit())
            return false;
    }
    return true;
}

} // namespace

ColumnGuesser::Role ColumnGuesser::roleOfTitle(QStringView title)
{
    return titleRoles().value(normalizedTitle(title), Role::None);
}

bool ColumnGuesser::startsWithHeader(const ImportedTable& table)
{
    ImportedTable rows = table; // shares the cells
    rows.setHasHeader(false);
    if (rows.rowCount() == 0)
        return false;
    const QStringList first = rows.row(0);
    for (const QString& cell : first) {
        if (roleOfTitle(cell) != Role::None)
            return true;
    }
    for (const QString& cell : first) {
        if (looksLikeId(cell))
            return false;
    }
    // In a plain list (one column) the first line is as likely a person's id ("alice") as a title: only a known
    // title makes it a header there, so nobody is dropped silently.
    const int sampleEnd = std::min(rows.rowCount(), HeaderSampleRows + 1);
    bool singleColumn = true;
    for (int row = 0; row < sampleEnd && singleColumn; ++row)
        singleColumn = rows.cellCount(row) <= 1;
    if (singleColumn)
        return false;
    for (int column = 0; column < first.size(); ++column) {
        if (first.at(column).isEmpty())
            continue;
        int cells = 0;
        int idLike = 0;
        for (int row = 1; row < sampleEnd; ++row) {
            const QString cell = rows.cell(row, column);
            if (cell.isEmpty())
                continue;
            ++cells;
            idLike += looksLikeId(cell) ? 1 : 0;
        }
        if (cells > 0 && idLike * 10 >= cells * 8)
            return true;
    }
    return false;
}

ColumnChoice ColumnGuesser::guess(const ImportedTable& table)
{
    ColumnChoice choice;
    const QStringList header = table.headerRow();
    for (int column = 0; column < header.size(); ++column) {
        int* slot = nullptr;
        switch (roleOfTitle(header.at(column))) {
        case Role::UserId:
            slot = &choice.idColumn;
            break;
        case Role::Phone:
            slot = &choice.phoneColumn;
            break;
        case Role::Name:
            slot = &choice.nameColumn;
            break;
        case Role::JobNumber:
            slot = &choice.jobNumberColumn;
            break;
        case Role::None:
            break;
        }
        if (slot && *slot < 0)
            *slot = column;
    }

    const auto taken = [&choice](int column) {
        return column == choice.idColumn || column == choice.phoneColumn || column == choice.nameColumn
            || column == choice.jobNumberColumn;
    };
    const auto untitled = [&header](int column) {
        return ColumnGuesser::roleOfTitle(header.value(column)) == Role::None;
    };
    // Only columns whose title names no role are guessed from their cells: a "姓名" column is never a phone column.
    if (choice.phoneColumn < 0) {
        for (int column = 0; column < table.columnCount(); ++column) {
            if (!taken(column) && untitled(column)
                && shareOf(table, column, ContentSampleRows, looksLikeMobile) >= 0.9) {
                choice.phoneColumn = column;
                break;
            }
        }
    }
    if (choice.idColumn < 0) {
        for (int column = 0; column < table.columnCount(); ++column) {
            if (!taken(column) && untitled(column) && shareOf(table, column, ContentSampleRows, looksLikeId) >= 0.9) {
                choice.idColumn = column;
                break;
            }
        }
    }
    // A one-column list whose cells are not mobiles holds ids, whatever they look like ("zhangsan").
    // A column titled 姓名 or 工号 stays what its title says.
    if (table.columnCount() == 1 && choice.idColumn < 0 && choice.phoneColumn < 0 && choice.nameColumn < 0
        && choice.jobNumberColumn < 0)
        choice.idColumn = 0;
    if (choice.nameColumn < 0 && !table.hasHeader()) {
        for (int column = 0; column < table.columnCount(); ++column) {
            if (!taken(column) && shareOf(table, column, ContentSampleRows, hasNoDigit) >= 0.9) {
                choice.nameColumn = column;
                break;
            }
        }
    }
    return choice;
}

bool ColumnGuesser::looksLikeId(QStringView cell)
{
    if (cell.isEmpty() || cell.size() > 64)
        return false;
    bool digit = false;
    for (const QChar c : cell) {
        const char16_t u = c.unicode();
        if (u >= u'0' && u <= u'9')
            digit = true;
        else if (!((u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || u == u'_' || u == u'-' || u == u'.'
                   || u == u'@' || u == u'+' || u == u' ' || u == u'(' || u == u')'))
            return false;
    }
    return digit;
}

bool ColumnGuesser::looksLikeMobile(QStringView cell)
{
    QString digits;
    bool plus = false;
    for (qsizetype i = 0; i < cell.size(); ++i) {
        const char16_t u = cell[i].unicode();
        if (u >= u'0' && u <= u'9')
            digits.append(QChar(u));
        else if (u == u'+' && i == 0)
            plus = true;
        else if (u != u' ' && u != u'-' && u != u'(' && u != u')')
            return false;
    }
    if (digits.startsWith(QLatin1String("0086")))
        digits.remove(0, 4);
    else if (digits.startsWith(QLatin1String("86")) && digits.size() == 13)
        digits.remove(0, 2);
    if (digits.size() == 11 && digits.at(0) == u'1' && digits.at(1) >= u'3' && digits.at(1) <= u'9')
        return true;
    return plus && digits.size() >= 8 && digits.size() <= 15;
}
