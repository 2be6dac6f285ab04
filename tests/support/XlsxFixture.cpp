#include "XlsxFixture.h"

#include <QBuffer>
#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

QByteArray XlsxFixture::workbook(const QList<Sheet>& sheets, const QStringList& sharedStrings)
{
    QString contentTypes = QStringLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        "<Override PartName=\"/xl/workbook.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
        "<Override PartName=\"/xl/sharedStrings.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>");
    QString workbookSheets;
    QString relationships;
    QList<QPair<QString, QByteArray>> sheetParts;
    for (int i = 0; i < sheets.size(); ++i) {
        const QString number = QString::number(i + 1);
        contentTypes += QStringLiteral("<Override PartName=\"/xl/worksheets/sheet%1.xml\" "
                                       "ContentType=\"application/"
                                       "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>")
                            .arg(number);
        workbookSheets += QStringLiteral("<sheet name=\"%1\" sheetId=\"%2\" r:id=\"rId%2\"%3/>")
                              .arg(sheets.at(i).name, number,
                                   sheets.at(i).hidden ? QStringLiteral(" state=\"hidden\"") : QString());
        // Absolute and relative targets both occur in the wild.
        relationships += QStringLiteral("<Relationship Id=\"rId%1\" "
                                        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                                        "worksheet\" Target=\"%2worksheets/sheet%1.xml\"/>")
                             .arg(number, i % 2 ? QStringLiteral("/xl/") : QString());
        sheetParts.append({ QStringLiteral("xl/worksheets/sheet%1.xml").arg(number),
                            QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                                           "<worksheet "
                                           "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                                           "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                                           "relationships\"><dimension ref=\"A1\"/><sheetData>%1</sheetData>"
                                           "</worksheet>")
                                .arg(sheets.at(i).sheetData)
                                .toUtf8() });
    }
    contentTypes += QStringLiteral("</Types>");
    relationships += QStringLiteral("<Relationship Id=\"rIdStrings\" "
                                    "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                                    "sharedStrings\" Target=\"sharedStrings.xml\"/>");

    QString strings;
    for (const QString& item : sharedStrings)
        strings += QStringLiteral("<si>%1</si>").arg(item);

    QList<QPair<QString, QByteArray>> entries;
    entries.append({ QStringLiteral("[Content_Types].xml"), contentTypes.toUtf8() });
    entries.append({ QStringLiteral("_rels/.rels"),
                     QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                                       "<Relationships "
                                       "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                                       "<Relationship Id=\"rId1\" "
                                       "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                                       "officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>") });
    entries.append({ QStringLiteral("xl/workbook.xml"),
                     QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                                    "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                                    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                                    "<sheets>%1</sheets></workbook>")
                         .arg(workbookSheets)
                         .toUtf8() });
    entries.append({ QStringLiteral("xl/_rels/workbook.xml.rels"),
                     QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                                    "<Relationships "
                                    "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">%1"
                                    "</Relationships>")
                         .arg(relationships)
                         .toUtf8() });
    entries.append({ QStringLiteral("xl/sharedStrings.xml"),
                     QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                                    "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                                    "count=\"%1\" uniqueCount=\"%1\">%2</sst>")
                         .arg(sharedStrings.size())
                         .arg(strings)
                         .toUtf8() });
    entries.append(sheetParts);
    return zip(entries);
}

QByteArray XlsxFixture::workbook(const QString& sheetData, const QStringList& sharedStrings)
{
    return workbook(QList<Sheet>{ { QStringLiteral("Sheet1"), sheetData, false } }, sharedStrings);
}

QByteArray XlsxFixture::fromRows(const QList<QStringList>& rows)
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
                strings.append(QStringLiteral("<t>%1</t>").arg(value.toHtmlEscaped()));
            }
        }
        sheetData += QStringLiteral("</row>");
    }
    return workbook(sheetData, strings);
}

QByteArray XlsxFixture::zip(const QList<QPair<QString, QByteArray>>& entries)
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

QByteArray XlsxFixture::unzipped(const QString& path)
{
    QuaZip zip(path);
    QByteArray all;
    if (!zip.open(QuaZip::mdUnzip))
        return all;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFile file(&zip);
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    return all;
}
