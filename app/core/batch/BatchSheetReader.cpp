#include "BatchSheetReader.h"

#include "BatchCell.h"
#include "group/SettingFields.h"
#include "import/ImportedTable.h"
#include "import/MemberImporter.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHash>

namespace {

// What the rows of one group gave for a single-valued field: the values met, in order, each once.
void collect(QStringList& values, const QString& value)
{
    if (!value.isEmpty() && !values.contains(value))
        values.append(value);
}

// The people of one row. For one row per person a row names one person, by its most telling column: a userid, a
// job number, a mobile number, a members cell, a name. For one row per group each people column is a list.
void readPeople(const ImportedTable& table, int dataRow, const BatchColumns& columns, bool onePerPerson,
                BatchRow& group)
{
    if (onePerPerson) {
        constexpr PersonField Preference[]
            = { PersonField::UserId, PersonField::JobNumber, PersonField::Mobile, PersonField::Any, PersonField::Name };
        for (const PersonField field : Preference) {
            for (const BatchColumns::PersonColumn& column : columns.people) {
                if (column.field != field)
                    continue;
                const QString text = table.cell(dataRow, column.column);
                if (!text.isEmpty()) {
                    group.people.append(BatchPerson{ text, field });
                    return;
                }
            }
        }
        // A row without a person may name a department: then everyone in it. On a row that names a person, the
        // department column is that person's department, not a list to add.
        if (columns.department >= 0) {
            for (const QString& department : BatchCell::splitPeople(table.cell(dataRow, columns.department)))
                collect(group.departments, department);
        }
        return;
    }
    for (const BatchColumns::PersonColumn& column : columns.people) {
        for (const QString& text : BatchCell::splitPeople(table.cell(dataRow, column.column)))
            group.people.append(BatchPerson{ text, column.field });
    }
    if (columns.department >= 0) {
        for (const QString& department : BatchCell::splitPeople(table.cell(dataRow, columns.department)))
            collect(group.departments, department);
    }
}

} // namespace

BatchSheet BatchSheetReader::readFile(const QString& path)
{
    QFile file(path);
    BatchSheet sheet;
    if (file.exists() && file.size() > ImportError::MaxFileSize) {
        sheet.error = BatchSheet::Error::Import;
        sheet.importError = ImportError(ImportError::TooLarge, path);
        return sheet;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        sheet.error = BatchSheet::Error::Import;
        sheet.importError = ImportError(ImportError::CannotOpen, path);
        return sheet;
    }
    return readData(file.readAll(), path);
}

BatchSheet BatchSheetReader::readData(const QByteArray& data, const QString& nameHint)
{
    const ImportResult imported = MemberImporter::readData(data, nameHint);
    BatchSheet sheet;
    if (!imported.ok()) {
        sheet.error = BatchSheet::Error::Import;
        sheet.importError = imported.error;
    } else {
        sheet = fromTable(imported.table);
    }
    sheet.contentDigest = QCryptographicHash::hash(data, QCryptographicHash::Sha256);
    return sheet;
}

BatchSheet BatchSheetReader::fromTable(ImportedTable table)
{
    BatchSheet sheet;
    table.setHasHeader(true);
    sheet.titles = table.headerRow();
    sheet.columns = BatchColumns::fromTitles(sheet.titles);
    const BatchColumns& columns = sheet.columns;
    if (columns.name < 0) {
        sheet.error = BatchSheet::Error::NoNameColumn;
        return sheet;
    }
    if (columns.people.isEmpty() && columns.department < 0) {
        sheet.error = BatchSheet::Error::NoPeopleColumn;
        return sheet;
    }
    if (table.rowCount() == 0) {
        sheet.error = BatchSheet::Error::NoRows;
        return sheet;
    }

    // The shape: one row per person as soon as a group name comes twice.
    QHash<QString, int> groupOfName;
    groupOfName.reserve(table.rowCount());
    for (int row = 0; row < table.rowCount(); ++row) {
        const QString name = table.cell(row, columns.name);
        if (!name.isEmpty() && groupOfName.contains(name)) {
            sheet.shape = BatchSheet::Shape::OneRowPerPerson;
            break;
        }
        groupOfName.insert(name, row);
    }
    const bool onePerPerson = sheet.shape == BatchSheet::Shape::OneRowPerPerson;
    groupOfName.clear();

    QList<QStringList> owners;
    QList<QStringList> presets;
    QList<std::array<QList<bool>, 6>> switchValues;
    for (int row = 0; row < table.rowCount(); ++row) {
        const QString name = table.cell(row, columns.name);
        int group = -1;
        if (onePerPerson && !name.isEmpty())
            group = groupOfName.value(name, -1);
        if (group < 0) {
            group = int(sheet.rows.size());
            BatchRow added;
            added.sheetRow = sheetRowOf(row);
            added.name = name;
            sheet.rows.append(added);
            owners.append(QStringList());
            presets.append(QStringList());
            switchValues.append(std::array<QList<bool>, 6>{});
            if (!name.isEmpty())
                groupOfName.insert(name, group);
        }
        BatchRow& target = sheet.rows[group];
        if (columns.owner >= 0)
            collect(owners[group], table.cell(row, columns.owner));
        if (columns.preset >= 0)
            collect(presets[group], table.cell(row, columns.preset));
        for (const BatchColumns::SwitchColumn& column : columns.switches) {
            const QString text = table.cell(row, column.column);
            bool readable = true;
            const std::optional<bool> value = BatchCell::switchValue(text, &readable);
            if (!readable)
                target.issues.append(
                    BatchIssue::of(BatchIssue::Code::SwitchValue, text, sheet.titles.at(column.column)));
            else if (value && !switchValues[group][column.setting].contains(*value))
                switchValues[group][column.setting].append(*value);
        }
        readPeople(table, row, columns, onePerPerson, target);
    }

    for (int group = 0; group < int(sheet.rows.size()); ++group) {
        BatchRow& row = sheet.rows[group];
        row.owner = owners.at(group).value(0);
        if (owners.at(group).size() > 1)
            row.issues.append(
                BatchIssue::of(BatchIssue::Code::OwnerConflict, owners.at(group).join(QStringLiteral(", "))));
        row.preset = presets.at(group).value(0);
        if (presets.at(group).size() > 1)
            row.issues.append(
                BatchIssue::of(BatchIssue::Code::PresetConflict, presets.at(group).join(QStringLiteral(", "))));
        for (const BatchColumns::SwitchColumn& column : columns.switches) {
            const QList<bool>& values = switchValues.at(group)[column.setting];
            if (values.size() == 1)
                row.switches[column.setting] = values.constFirst();
            else if (values.size() > 1)
                row.issues.append(
                    BatchIssue::of(BatchIssue::Code::SwitchConflict, QString(), sheet.titles.at(column.column)));
        }
    }
    return sheet;
}
