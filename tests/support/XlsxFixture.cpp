#include "XlsxFixture.h"

#include <QBuffer>
#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>
#include <zlib.h>

namespace {

// Raw deflate of `text` from a fresh stream, ended by a full flush and not final: byte-aligned, referring to nothing
// before it, so any number of copies in a row is a valid stream of that many copies of `text`.
QByteArray deflatedBlock(const QByteArray& text)
{
    z_stream stream{};
    deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 9, Z_DEFAULT_STRATEGY);
    QByteArray out(qsizetype(deflateBound(&stream, uLong(text.size())) + 64), Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(text.constData()));
    stream.avail_in = uInt(text.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = uInt(out.size());
    deflate(&stream, Z_FULL_FLUSH);
    out.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return out;
}

// The CRC of `times` copies of a text whose CRC is `crc`, by doubling: 4 GiB of rows take a few dozen steps.
uLong repeatedCrc(uLong crc, qint64 length, qint64 times)
{
    uLong result = crc32(0L, Z_NULL, 0);
    uLong power = crc;
    qint64 powerLength = length;
    for (qint64 n = times; n > 0; n >>= 1) {
        if (n & 1)
            result = crc32_combine(result, power, powerLength);
        power = crc32_combine(power, power, powerLength);
        powerLength *= 2;
    }
    return result;
}

} // namespace

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

QByteArray XlsxFixture::repetitiveZip(const QList<RepeatedEntry>& entries)
{
    QBuffer buffer;
    buffer.open(QIODevice::ReadWrite);
    QuaZip archive(&buffer);
    archive.setZip64Enabled(true);
    if (!archive.open(QuaZip::mdCreate))
        return QByteArray();
    for (const RepeatedEntry& entry : entries) {
        uLong crc = crc32(0L, Z_NULL, 0);
        qint64 size = 0;
        QByteArray compressed;
        for (const Repeat& repeat : entry.content) {
            const QByteArray block = deflatedBlock(repeat.text);
            compressed.reserve(compressed.size() + block.size() * repeat.times);
            for (qint64 i = 0; i < repeat.times; ++i)
                compressed.append(block);
            const uLong textCrc
                = crc32(0L, reinterpret_cast<const Bytef*>(repeat.text.constData()), uInt(repeat.text.size()));
            const qint64 length = repeat.text.size() * repeat.times;
            crc = crc32_combine(crc, repeatedCrc(textCrc, repeat.text.size(), repeat.times), length);
            size += length;
        }
        compressed.append("\x03\x00", 2); // a final, empty fixed-Huffman block
        QuaZipNewInfo info(entry.name);
        info.uncompressedSize = ulong(entry.declaredSize >= 0 ? entry.declaredSize : size);
        QuaZipFile file(&archive);
        if (!file.open(QIODevice::WriteOnly, info, nullptr, quint32(crc), Z_DEFLATED, Z_BEST_COMPRESSION, true))
            return QByteArray();
        file.write(compressed);
        file.close();
    }
    archive.close();
    return buffer.data();
}

QByteArray XlsxFixture::repetitiveWorkbook(const QList<Repeat>& sheet, const QList<Repeat>& sharedStrings,
                                           qint64 declaredSheetSize)
{
    // The package around the two parts, as workbook() writes it.
    QList<RepeatedEntry> entries;
    const QByteArray skeleton = workbook(QString(), {});
    QBuffer skeletonBuffer;
    skeletonBuffer.setData(skeleton);
    QuaZip zip(&skeletonBuffer);
    if (zip.open(QuaZip::mdUnzip)) {
        for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
            const QString name = zip.getCurrentFileName();
            if (name == QLatin1String("xl/sharedStrings.xml") || name.startsWith(QLatin1String("xl/worksheets/")))
                continue;
            QuaZipFile file(&zip);
            if (file.open(QIODevice::ReadOnly))
                entries.append({ name, { { file.readAll(), 1 } } });
        }
    }
    QList<Repeat> strings{
        { QByteArrayLiteral("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"), 1 }
    };
    strings += sharedStrings;
    strings.append({ QByteArrayLiteral("</sst>"), 1 });
    entries.append({ QStringLiteral("xl/sharedStrings.xml"), strings });
    entries.append({ QStringLiteral("xl/worksheets/sheet1.xml"), sheet, declaredSheetSize });
    return repetitiveZip(entries);
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
