#include "CliXlsx.h"

#include <QBuffer>
#include <QPair>
#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

namespace {

const char* const XmlDeclaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
const char* const MainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const char* const RelationshipTypes = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

QByteArray zip(const QList<QPair<QString, QByteArray>>& entries)
{
    QBuffer buffer;
    buffer.open(QIODevice::ReadWrite);
    QuaZip archive(&buffer);
    if (!archive.open(QuaZip::mdCreate))
        return QByteArray();
    for (const auto& entry : entries) {
        QuaZipFile file(&archive);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(entry.first)))
            return QByteArray();
        file.write(entry.second);
        file.close();
    }
    archive.close();
    return buffer.data();
}

} // namespace

QByteArray CliXlsx::workbook(const QList<QStringList>& rows)
{
    QStringList strings;
    QString sheetData;
    for (int r = 0; r < rows.size(); ++r) {
        sheetData += QStringLiteral("<row r=\"%1\">").arg(r + 1);
        for (int c = 0; c < rows.at(r).size(); ++c) {
            const QString& value = rows.at(r).at(c);
            const QString reference = QStringLiteral("%1%2").arg(QChar(u'A' + c)).arg(r + 1);
            bool number = false;
            value.toLongLong(&number);
            if (number && !value.startsWith(QLatin1Char('0'))) {
                sheetData += QStringLiteral("<c r=\"%1\"><v>%2</v></c>").arg(reference, value);
            } else {
                sheetData += QStringLiteral("<c r=\"%1\" t=\"s\"><v>%2</v></c>").arg(reference).arg(strings.size());
                strings.append(value);
            }
        }
        sheetData += QStringLiteral("</row>");
    }
    QString sharedStrings;
    for (const QString& text : std::as_const(strings))
        sharedStrings += QStringLiteral("<si><t>%1</t></si>").arg(escaped(text));

    const QString declaration = QLatin1String(XmlDeclaration);
    const QString types = QLatin1String(RelationshipTypes);
    QList<QPair<QString, QByteArray>> entries;
    entries.append(
        { QStringLiteral("[Content_Types].xml"),
          (declaration
           + QStringLiteral(
               "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
               "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
               "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
               "<Override PartName=\"/xl/workbook.xml\" "
               "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
               "<Override PartName=\"/xl/sharedStrings.xml\" "
               "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
               "<Override PartName=\"/xl/worksheets/sheet1.xml\" "
               "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
               "</Types>"))
              .toUtf8() });
    entries.append(
        { QStringLiteral("_rels/.rels"),
          (declaration
           + QStringLiteral("<Relationships "
                            "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                            "<Relationship Id=\"rId1\" Type=\"%1officeDocument\" Target=\"xl/workbook.xml\"/>"
                            "</Relationships>")
                 .arg(types))
              .toUtf8() });
    entries.append({ QStringLiteral("xl/workbook.xml"),
                     (declaration
                      + QStringLiteral("<workbook xmlns=\"%1\" xmlns:r=\"%2\"><sheets>"
                                       "<sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>")
                            .arg(QLatin1String(MainNamespace), types.chopped(1)))
                         .toUtf8() });
    entries.append(
        { QStringLiteral("xl/_rels/workbook.xml.rels"),
          (declaration
           + QStringLiteral("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                            "<Relationship Id=\"rId1\" Type=\"%1worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                            "<Relationship Id=\"rId2\" Type=\"%1sharedStrings\" Target=\"sharedStrings.xml\"/>"
                            "</Relationships>")
                 .arg(types))
              .toUtf8() });
    entries.append({ QStringLiteral("xl/sharedStrings.xml"),
                     (declaration
                      + QStringLiteral("<sst xmlns=\"%1\" count=\"%2\" uniqueCount=\"%2\">%3</sst>")
                            .arg(QLatin1String(MainNamespace))
                            .arg(strings.size())
                            .arg(sharedStrings))
                         .toUtf8() });
    entries.append({ QStringLiteral("xl/worksheets/sheet1.xml"),
                     (declaration
                      + QStringLiteral("<worksheet xmlns=\"%1\"><sheetData>%2</sheetData></worksheet>")
                            .arg(QLatin1String(MainNamespace), sheetData))
                         .toUtf8() });
    return zip(entries);
}
