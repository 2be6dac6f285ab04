#include "XlsxTableWriter.h"

#include "files/FileSaver.h"

#include <QBuffer>
#include <QHash>
#include <QXmlStreamWriter>

#include <quazip.h>
#include <quazipfile.h>

namespace {
const QString kMain = QStringLiteral("http://schemas.openxmlformats.org/spreadsheetml/2006/main");
const QString kRelationships = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");
constexpr int DefaultWidth = 12;

// Style indexes in styles.xml below.
constexpr int HeaderStyle = 1;
constexpr int TextStyle = 2;

const char* const kContentTypes = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>)";

const char* const kRootRels = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>)";

const char* const kWorkbookRels = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>)";

// Style 0 default, 1 bold (header), 2 text format "@" (numFmtId 49).
const char* const kStyles = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="49" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyNumberFormat="1"/><xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>)";

// XML 1.0 cannot carry most control characters, not even escaped.
QString xmlSafe(const QString& text)
{
    QString safe;
    safe.reserve(text.size());
    for (const QChar c : text) {
        if (c.unicode() >= 0x20 || c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            safe.append(c);
    }
    return safe;
}

class SharedStrings
{
public:
    int indexOf(const QString& text)
    {
        const QString safe = xmlSafe(text);
        const auto found = m_index.constFind(safe);
        if (found != m_index.cend())
            return *found;
        m_strings.append(safe);
        m_index.insert(safe, int(m_strings.size()) - 1);
        return int(m_strings.size()) - 1;
    }
    int uses = 0;
    QByteArray xml() const
    {
        QByteArray bytes;
        QXmlStreamWriter writer(&bytes);
        writer.writeStartDocument(QStringLiteral("1.0"), true);
        writer.writeStartElement(QStringLiteral("sst"));
        writer.writeDefaultNamespace(kMain);
        writer.writeAttribute(QStringLiteral("count"), QString::number(uses));
        writer.writeAttribute(QStringLiteral("uniqueCount"), QString::number(m_strings.size()));
        for (const QString& text : m_strings) {
            writer.writeStartElement(QStringLiteral("si"));
            writer.writeStartElement(QStringLiteral("t"));
            writer.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
            writer.writeCharacters(text);
            writer.writeEndElement();
            writer.writeEndElement();
        }
        writer.writeEndDocument();
        return bytes;
    }

private:
    QStringList m_strings;
    QHash<QString, int> m_index;
};

void writeRow(QXmlStreamWriter& writer, int rowIndex, const QList<QVariant>& cells, SharedStrings& strings, bool header)
{
    writer.writeStartElement(QStringLiteral("row"));
    writer.writeAttribute(QStringLiteral("r"), QString::number(rowIndex + 1));
    for (int column = 0; column < cells.size(); ++column) {
        const QVariant& cell = cells.at(column);
        const bool number = cell.typeId() == QMetaType::Int;
        if (!number && cell.toString().isEmpty())
            continue;
        writer.writeStartElement(QStringLiteral("c"));
        writer.writeAttribute(QStringLiteral("r"), XlsxTableWriter::columnName(column) + QString::number(rowIndex + 1));
        if (number) {
            writer.writeTextElement(QStringLiteral("v"), QString::number(cell.toInt()));
        } else {
            writer.writeAttribute(QStringLiteral("s"), QString::number(header ? HeaderStyle : TextStyle));
            writer.writeAttribute(QStringLiteral("t"), QStringLiteral("s"));
            ++strings.uses;
            writer.writeTextElement(QStringLiteral("v"), QString::number(strings.indexOf(cell.toString())));
        }
        writer.writeEndElement();
    }
    writer.writeEndElement();
}

QByteArray sheetXml(const XlsxTableWriter::Table& table, SharedStrings& strings)
{
    QByteArray bytes;
    QXmlStreamWriter writer(&bytes);
    writer.writeStartDocument(QStringLiteral("1.0"), true);
    writer.writeStartElement(QStringLiteral("worksheet"));
    writer.writeDefaultNamespace(kMain);

    // The header row stays in view while scrolling.
    writer.writeStartElement(QStringLiteral("sheetViews"));
    writer.writeStartElement(QStringLiteral("sheetView"));
    writer.writeAttribute(QStringLiteral("workbookViewId"), QStringLiteral("0"));
    writer.writeEmptyElement(QStringLiteral("pane"));
    writer.writeAttribute(QStringLiteral("ySplit"), QStringLiteral("1"));
    writer.writeAttribute(QStringLiteral("topLeftCell"), QStringLiteral("A2"));
    writer.writeAttribute(QStringLiteral("activePane"), QStringLiteral("bottomLeft"));
    writer.writeAttribute(QStringLiteral("state"), QStringLiteral("frozen"));
    writer.writeEndElement();
    writer.writeEndElement();

    writer.writeStartElement(QStringLiteral("cols"));
    for (int column = 0; column < table.headers.size(); ++column) {
        writer.writeEmptyElement(QStringLiteral("col"));
        writer.writeAttribute(QStringLiteral("min"), QString::number(column + 1));
        writer.writeAttribute(QStringLiteral("max"), QString::number(column + 1));
        writer.writeAttribute(QStringLiteral("width"), QString::number(table.columnWidths.value(column, DefaultWidth)));
        writer.writeAttribute(QStringLiteral("customWidth"), QStringLiteral("1"));
    }
    writer.writeEndElement();

    writer.writeStartElement(QStringLiteral("sheetData"));
    QList<QVariant> headerCells;
    for (const QString& title : table.headers)
        headerCells.append(title);
    writeRow(writer, 0, headerCells, strings, true);
    for (int row = 0; row < table.rows.size(); ++row)
        writeRow(writer, row + 1, table.rows.at(row), strings, false);
    writer.writeEndElement();
    writer.writeEndDocument();
    return bytes;
}

QByteArray workbookXml(const QString& sheetName)
{
    QByteArray bytes;
    QXmlStreamWriter writer(&bytes);
    writer.writeStartDocument(QStringLiteral("1.0"), true);
    writer.writeStartElement(QStringLiteral("workbook"));
    writer.writeDefaultNamespace(kMain);
    writer.writeNamespace(kRelationships, QStringLiteral("r"));
    writer.writeStartElement(QStringLiteral("sheets"));
    writer.writeEmptyElement(QStringLiteral("sheet"));
    // Excel refuses sheet names over 31 characters or with []:*?/\ in them.
    QString name = xmlSafe(sheetName).left(31);
    for (const QChar c : QStringLiteral("[]:*?/\\"))
        name.remove(c);
    writer.writeAttribute(QStringLiteral("name"), name.isEmpty() ? QStringLiteral("Sheet1") : name);
    writer.writeAttribute(QStringLiteral("sheetId"), QStringLiteral("1"));
    writer.writeAttribute(kRelationships, QStringLiteral("id"), QStringLiteral("rId1"));
    writer.writeEndDocument();
    return bytes;
}
} // namespace

QString XlsxTableWriter::columnName(int column)
{
    QString name;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(QLatin1Char('A').unicode() + (n - 1) % 26));
    return name;
}

QByteArray XlsxTableWriter::workbook(const Table& table)
{
    SharedStrings strings;
    const QByteArray sheet = sheetXml(table, strings);
    const QList<QPair<QString, QByteArray>> parts{
        { QStringLiteral("[Content_Types].xml"), QByteArray(kContentTypes) },
        { QStringLiteral("_rels/.rels"), QByteArray(kRootRels) },
        { QStringLiteral("xl/workbook.xml"), workbookXml(table.sheetName) },
        { QStringLiteral("xl/_rels/workbook.xml.rels"), QByteArray(kWorkbookRels) },
        { QStringLiteral("xl/styles.xml"), QByteArray(kStyles) },
        { QStringLiteral("xl/sharedStrings.xml"), strings.xml() },
        { QStringLiteral("xl/worksheets/sheet1.xml"), sheet },
    };
    QBuffer buffer;
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdCreate))
        return QByteArray();
    for (const auto& part : parts) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(part.first))
            || file.write(part.second) != part.second.size())
            return QByteArray();
        file.close();
    }
    zip.close();
    if (zip.getZipError() != 0)
        return QByteArray();
    return buffer.data();
}

bool XlsxTableWriter::write(const Table& table, const QString& path, QString* error)
{
    const auto fail = [&](const QString& reason) {
        if (error)
            *error = FileSaver::cannotWrite(path, reason);
        return false;
    };
    const QByteArray bytes = workbook(table);
    if (bytes.isEmpty())
        return fail(tr("the workbook could not be packed"));
    const FileSaver::Result saved = FileSaver::save(path, bytes);
    if (!saved.saved)
        return fail(saved.reason);
    return true;
}
