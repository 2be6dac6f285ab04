#include "HistoryExporter.h"

#include "files/FileSaver.h"
#include "formats/XlsxTableWriter.h"
#include "group/SettingFields.h"

#include <QRegularExpression>

namespace {
constexpr int ExcelFormulaTextLimit = 255;

// Widths in characters, per column of headers(); CJK text counts double in Excel, hence the generous name column.
const int kColumnWidths[] = { 20, 21, 14, 8, 24, 16, 10, 10, 10, 10, 10, 10, 10, 10, 28, 28, 18, 18, 12, 30, 40 };
} // namespace

QString HistoryExporter::failedMembersText(const QList<FailedMember>& members)
{
    QStringList parts;
    for (const FailedMember& member : members) {
        const QString who = member.userid.isEmpty() ? member.mobile : member.userid;
        parts.append(QStringLiteral("%1 (%2 %3)").arg(who, member.errcode, member.errmsg).trimmed());
    }
    return parts.join(QStringLiteral("; "));
}

QStringList HistoryExporter::headers()
{
    // People read the local time and the outcome in their language; scripts sort and match on the UTC time and the
    // outcome's stable code beside them.
    QStringList titles{ tr("Time"),       tr("Time (UTC)"), tr("Profile"),       tr("API"),
                        tr("Group name"), tr("Owner"),      tr("Members asked"), tr("Members in group") };
    for (const SettingFields::Field& field : SettingFields::all())
        titles.append(SettingFields::label(field));
    titles << tr("openConversationId") << tr("chatid") << tr("Outcome") << tr("Outcome code") << tr("errcode")
           << tr("errmsg") << tr("Members not added");
    return titles;
}

QList<QVariant> HistoryExporter::row(const HistoryEntry& entry)
{
    QList<QVariant> cells{ entry.localTimeText(),
                           entry.timeText(),
                           entry.profile,
                           HistoryEntry::generationName(entry.generation),
                           entry.name,
                           entry.owner,
                           entry.memberCount,
                           entry.membersInGroup };
    for (const SettingFields::Field& field : SettingFields::all())
        cells.append(entry.settings.*field.member ? tr("Yes") : tr("No"));
    cells << entry.openConversationId << entry.chatid << HistoryEntry::outcomeText(entry.outcome) << entry.outcome
          << entry.errcode << entry.errmsg << failedMembersText(entry.failedMembers);
    return cells;
}

bool HistoryExporter::excelWouldConvert(const QString& text)
{
    if (text.isEmpty())
        return false;
    // Formulas (and the DDE tricks of CSV injection) start with these.
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (formulaStarts.contains(text.front()))
        return true;
    // Numbers, dates, times, fractions, percentages and currency amounts: digits with separators and signs only.
    static const QRegularExpression numberLike(
        QStringLiteral("^[\\s\\d.,:/%$()eE+\\-¥€£]*\\d[\\s\\d.,:/%$()eE+\\-¥€£]*$"));
    static const QRegularExpression booleans(QStringLiteral("^\\s*(true|false)\\s*$"),
                                             QRegularExpression::CaseInsensitiveOption);
    return numberLike.match(text).hasMatch() || booleans.match(text).hasMatch();
}

QString HistoryExporter::csvField(const QString& text)
{
    QString field = text;
    if (excelWouldConvert(text)) {
        if (text.size() <= ExcelFormulaTextLimit)
            field = QStringLiteral("=\"") + QString(text).replace(QLatin1Char('"'), QStringLiteral("\"\""))
                + QLatin1Char('"');
        else
            field = QLatin1Char('\'') + text;
    }
    static const QRegularExpression needsQuotes(QStringLiteral("[\",\\r\\n]"));
    if (field.contains(needsQuotes))
        field = QLatin1Char('"') + field.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return field;
}

QByteArray HistoryExporter::toCsv(const QList<HistoryEntry>& entries)
{
    QList<QList<QVariant>> rows;
    rows.reserve(entries.size());
    for (const HistoryEntry& entry : entries)
        rows.append(row(entry));
    return csvTable(headers(), rows);
}

QByteArray HistoryExporter::csvTable(const QStringList& headers, const QList<QList<QVariant>>& rows)
{
    const auto line = [](const QList<QVariant>& cells) {
        QStringList fields;
        for (const QVariant& cell : cells) {
            // Counts are numbers on purpose; every other cell is text that must stay as it is.
            fields.append(cell.typeId() == QMetaType::Int ? QString::number(cell.toInt()) : csvField(cell.toString()));
        }
        return fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    };
    QList<QVariant> titles;
    for (const QString& title : headers)
        titles.append(title);
    QString text = line(titles);
    for (const QList<QVariant>& cells : rows)
        text += line(cells);
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

bool HistoryExporter::writeCsv(const QList<HistoryEntry>& entries, const QString& path, QString* error)
{
    const FileSaver::Result saved = FileSaver::save(path, toCsv(entries));
    if (!saved.saved && error)
        *error = FileSaver::cannotWrite(path, saved.reason);
    return saved.saved;
}

bool HistoryExporter::writeXlsx(const QList<HistoryEntry>& entries, const QString& path, QString* error)
{
    XlsxTableWriter::Table table;
    table.sheetName = tr("History");
    table.headers = headers();
    for (const HistoryEntry& entry : entries)
        table.rows.append(row(entry));
    table.columnWidths = QList<int>(std::begin(kColumnWidths), std::end(kColumnWidths));
    return XlsxTableWriter::write(table, path, error);
}
