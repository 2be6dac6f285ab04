#include "XlsxReader.h"

#include "BoundedXmlReader.h"
#include "ExcelNumber.h"

#include <QBuffer>
#include <quazip.h>
#include <quazipfile.h>

namespace {

constexpr int ProgressEveryRows = 1024;

QString directoryOf(const QString& part)
{
    const qsizetype slash = part.lastIndexOf(u'/');
    return slash < 0 ? QString() : part.left(slash + 1);
}

QString relationshipsPartOf(const QString& part)
{
    const qsizetype slash = part.lastIndexOf(u'/');
    return directoryOf(part) + QLatin1String("_rels/") + part.mid(slash + 1) + QLatin1String(".rels");
}

// Minizip seeks to offsets read from the file; in a damaged one they point past the end, and QBuffer would print a
// warning for each on the CLI's stderr. Failing the seek quietly gives the same error path.
class QuietBuffer : public QBuffer
{
public:
    bool seek(qint64 pos) override { return pos >= 0 && pos <= size() && QBuffer::seek(pos); }
};

} // namespace

XlsxReader::XlsxReader(QuaZip& zip)
    : m_zip(zip)
{
}

ImportResult XlsxReader::read(const QByteArray& data, const QString& sheetName, const ImportProgress& progress)
{
    ImportResult result;
    result.format = ImportFormat::Xlsx;
    QuietBuffer buffer;
    buffer.setData(data);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdUnzip)) {
        result.error = ImportError(ImportError::BrokenWorkbook, tr("it is not a complete zip archive"));
        return result;
    }
    XlsxReader reader(zip);

    // The package relationships name the workbook part; every writer we know puts it at xl/workbook.xml.
    QString workbookPath = QStringLiteral("xl/workbook.xml");
    QHash<QString, QString> packageById;
    QHash<QString, QString> packageByType;
    if (zip.setCurrentFile(QStringLiteral("_rels/.rels"), QuaZip::csInsensitive)
        && reader.readRelationships(QString(), packageById, packageByType))
        workbookPath = packageByType.value(QStringLiteral("officeDocument"), workbookPath);
    if (!zip.setCurrentFile(workbookPath, QuaZip::csInsensitive)) {
        // A zip, but not a workbook: say what it is where we can tell.
        if (zip.setCurrentFile(QStringLiteral("content.xml")) || zip.setCurrentFile(QStringLiteral("mimetype")))
            result.error = ImportError(ImportError::UnsupportedFormat, tr("OpenDocument spreadsheet, .ods"));
        else if (zip.setCurrentFile(QStringLiteral("word/document.xml")))
            result.error = ImportError(ImportError::UnsupportedFormat, tr("Word document"));
        else if (zip.setCurrentFile(QStringLiteral("[Content_Types].xml")))
            result.error = ImportError(ImportError::BrokenWorkbook, tr("the workbook part is missing"));
        else if (!zip.goToFirstFile() || zip.getZipError() != UNZ_OK)
            result.error = ImportError(ImportError::BrokenWorkbook, tr("its table of contents is damaged"));
        else
            result.error = ImportError(ImportError::UnsupportedFormat, tr("zip archive"));
        return result;
    }

    QList<Sheet> sheets;
    QHash<QString, QString> targets;
    QHash<QString, QString> targetsByType;
    if (!reader.readWorkbook(workbookPath, sheets) || !reader.readRelationships(workbookPath, targets, targetsByType)) {
        result.error = reader.m_error;
        return result;
    }
    if (sheets.isEmpty()) {
        result.error = ImportError(ImportError::BrokenWorkbook, tr("the workbook lists no sheets"));
        return result;
    }
    for (const Sheet& sheet : std::as_const(sheets))
        result.sheetNames.append(sheet.name);

    const Sheet* chosen = nullptr;
    for (const Sheet& sheet : std::as_const(sheets)) {
        // Hidden sheets usually hold lookup lists, so "the first sheet" is the first one the user sees.
        const bool match = sheetName.isEmpty() ? !sheet.hidden : sheet.name == sheetName;
        if (match) {
            chosen = &sheet;
            break;
        }
    }
    if (!chosen && sheetName.isEmpty())
        chosen = &sheets.first();
    if (!chosen) {
        result.error = ImportError(ImportError::SheetNotFound, sheetName);
        return result;
    }
    result.sheetName = chosen->name;

    const QString sheetPath = targets.value(chosen->relationId);
    if (sheetPath.isEmpty()) {
        result.error = ImportError(ImportError::BrokenWorkbook, tr("sheet \"%1\" has no part").arg(chosen->name));
        return result;
    }
    // A workbook without any text has no shared strings part.
    const QString sharedStringsPath = targetsByType.value(QStringLiteral("sharedStrings"));
    if (!reader.weighParts({ sharedStringsPath, sheetPath })) {
        result.error = reader.m_error;
        return result;
    }
    if (!sharedStringsPath.isEmpty() && zip.setCurrentFile(sharedStringsPath, QuaZip::csInsensitive)
        && !reader.readSharedStrings(sharedStringsPath)) {
        result.error = reader.m_error;
        return result;
    }
    result.table = ImportedTable(std::move(reader.m_sharedText));
    if (!reader.readSheet(sheetPath, result.table, progress)) {
        result.error = reader.m_error;
        result.table = ImportedTable();
        return result;
    }
    return result;
}

bool XlsxReader::mayUnpack(const QString& path, qint64 size, qint64 limit)
{
    if (size > limit) {
        m_error = ImportError(ImportError::WorkbookTooLarge, path);
        return false;
    }
    m_unpacked += size;
    if (m_unpacked > MaxUnpackedSize) {
        m_error = ImportError(ImportError::WorkbookTooLarge);
        return false;
    }
    return true;
}

bool XlsxReader::weighParts(const QStringList& paths)
{
    // Each part alone, then together, before any is unpacked: shared strings read whole before a sheet is refused
    // would cost the seconds the limits are there to save.
    qint64 total = m_unpacked;
    for (const QString& path : paths) {
        QuaZipFileInfo64 info;
        if (path.isEmpty() || !m_zip.setCurrentFile(path, QuaZip::csInsensitive) || !m_zip.getCurrentFileInfo(&info))
            continue; // a missing part is reported when it is read
        if (info.uncompressedSize > quint64(MaxPartSize)) {
            m_error = ImportError(ImportError::WorkbookTooLarge, path);
            return false;
        }
        total += qint64(info.uncompressedSize);
    }
    if (total > MaxUnpackedSize) {
        m_error = ImportError(ImportError::WorkbookTooLarge);
        return false;
    }
    return true;
}

bool XlsxReader::openPart(const QString& path, QuaZipFile& file, qint64 limit)
{
    if (!m_zip.setCurrentFile(path, QuaZip::csInsensitive)) {
        m_error = ImportError(ImportError::BrokenWorkbook, tr("%1 is missing").arg(path));
        return false;
    }
    // The size the zip declares is known before anything is unpacked, and minizip unpacks no more than that.
    QuaZipFileInfo64 info;
    if (!m_zip.getCurrentFileInfo(&info) || info.uncompressedSize > quint64(std::numeric_limits<qint64>::max())) {
        m_error = ImportError(ImportError::BrokenWorkbook, tr("%1 cannot be opened").arg(path));
        return false;
    }
    if (!mayUnpack(path, qint64(info.uncompressedSize), limit))
        return false;
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = ImportError(ImportError::BrokenWorkbook, tr("%1 cannot be opened").arg(path));
        return false;
    }
    return true;
}

bool XlsxReader::readPart(const QString& path, QByteArray& content, qint64 limit)
{
    QuaZipFile file(&m_zip);
    if (!openPart(path, file, limit))
        return false;
    const qint64 expected = file.usize();
    content = file.read(limit + 1);
    file.close();
    // The CRC check at close catches a part whose data was cut or damaged.
    if (file.getZipError() != UNZ_OK || content.size() != expected) {
        m_error = ImportError(ImportError::BrokenWorkbook, tr("%1 is damaged").arg(path));
        return false;
    }
    return true;
}

bool XlsxReader::readRelationships(const QString& partPath, QHash<QString, QString>& byId,
                                   QHash<QString, QString>& byType)
{
    const QString path = relationshipsPartOf(partPath);
    QByteArray content;
    if (!readPart(path, content, MaxListPartSize))
        return false;
    BoundedXmlReader xml(content);
    while (xml.goesOn()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != QLatin1String("Relationship"))
            continue;
        const QXmlStreamAttributes attributes = xml.xml().attributes();
        const QString target = resolveTarget(partPath, attributes.value(QLatin1String("Target")).toString());
        byId.insert(attributes.value(QLatin1String("Id")).toString(), target);
        // Types are URIs ending in the kind: ".../relationships/worksheet", ".../sharedStrings".
        const QStringView type = attributes.value(QLatin1String("Type"));
        const QString kind = type.mid(type.lastIndexOf(u'/') + 1).toString();
        if (!byType.contains(kind))
            byType.insert(kind, target);
    }
    if (xml.hasError()) {
        setXmlError(path, xml);
        return false;
    }
    return true;
}

bool XlsxReader::readWorkbook(const QString& path, QList<Sheet>& sheets)
{
    QByteArray content;
    if (!readPart(path, content, MaxListPartSize))
        return false;
    BoundedXmlReader xml(content);
    while (xml.goesOn()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != QLatin1String("sheet"))
            continue;
        if (sheets.size() == MaxSheets) {
            m_error = ImportError(ImportError::BrokenWorkbook, tr("it lists more than %L1 sheets").arg(MaxSheets));
            return false;
        }
        Sheet sheet;
        for (const QXmlStreamAttribute& attribute : xml.xml().attributes()) {
            // r:id, whatever prefix the writer chose for the relationships namespace.
            if (attribute.name() == QLatin1String("name"))
                sheet.name = attribute.value().toString();
            else if (attribute.name() == QLatin1String("id"))
                sheet.relationId = attribute.value().toString();
            else if (attribute.name() == QLatin1String("state"))
                sheet.hidden = attribute.value() != QLatin1String("visible");
        }
        sheets.append(sheet);
    }
    if (xml.hasError()) {
        setXmlError(path, xml);
        return false;
    }
    return true;
}

bool XlsxReader::readSharedStrings(const QString& path)
{
    // Streamed, and kept once in UTF-8: a cell that uses a string is a range of it, never a copy.
    QuaZipFile file(&m_zip);
    if (!openPart(path, file, MaxPartSize))
        return false;
    BoundedXmlReader xml(&file);
    while (xml.goesOn()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != QLatin1String("si"))
            continue;
        if (m_sharedStringEnds.size() == ImportedTable::MaxCells) {
            m_error = ImportError(ImportError::TooManyCells);
            return false;
        }
        m_sharedText.append(readRichText(xml).trimmed().toUtf8());
        m_sharedStringEnds.append(quint32(m_sharedText.size())); // at most 1.5 × MaxPartSize: 32 bits hold it
    }
    if (xml.hasError()) {
        setXmlError(path, xml);
        return false;
    }
    file.close();
    if (file.getZipError() != UNZ_OK) {
        m_error = ImportError(ImportError::BrokenWorkbook, tr("%1 is damaged").arg(path));
        return false;
    }
    return true;
}

bool XlsxReader::readSheet(const QString& path, ImportedTable& table, const ImportProgress& progress)
{
    QuaZipFile file(&m_zip);
    if (!openPart(path, file, MaxPartSize))
        return false;
    const qint64 total = file.usize();
    // Streamed: a sheet can be much larger than the zip that holds it.
    // A device that stops early gives PrematureEndOfDocumentError, which leaves atEnd() false (the reader waits for
    // more data), so every loop also stops on hasError().
    BoundedXmlReader xml(&file);
    int nextColumn = 0;
    int rowsSinceProgress = 0;
    while (xml.goesOn()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("row")) {
            table.endRow();
            nextColumn = 0;
            if (table.limitExceeded() != ImportedTable::Limit::None) {
                m_error = ImportError::ofLimit(table.limitExceeded());
                return false;
            }
            if (progress && ++rowsSinceProgress == ProgressEveryRows) {
                rowsSinceProgress = 0;
                if (!progress(file.pos(), total)) {
                    m_error = ImportError(ImportError::Cancelled);
                    return false;
                }
            }
            continue;
        }
        if (token != QXmlStreamReader::StartElement || xml.name() != QLatin1String("c"))
            continue;

        const QXmlStreamAttributes attributes = xml.xml().attributes();
        // Empty cells are omitted, so the reference decides the column; without one the cell follows the last.
        int column = columnOf(attributes.value(QLatin1String("r")));
        if (column < 0)
            column = nextColumn;
        if (column < nextColumn) {
            // Excel writes a row's cells left to right; a cell named again or out of order would take another's place.
            xml.skipCurrentElement();
            m_error = ImportError(ImportError::BrokenWorkbook,
                                  tr("%1, line %2: cell %3 comes after a cell to its right")
                                      .arg(path)
                                      .arg(xml.xml().lineNumber())
                                      .arg(attributes.value(QLatin1String("r"))));
            return false;
        }
        nextColumn = column + 1;
        const QString type = attributes.value(QLatin1String("t")).toString();
        QString value;
        QString inlineText;
        while (xml.readNextStartElement()) {
            if (xml.name() == QLatin1String("v"))
                value = xml.readElementText(MaxCellLength);
            else if (xml.name() == QLatin1String("is"))
                inlineText = readRichText(xml);
            else
                xml.skipCurrentElement(); // <f>, <extLst>
        }
        if (xml.hasError())
            break;
        if (type == QLatin1String("s")) {
            bool ok = false;
            const int index = value.trimmed().toInt(&ok);
            if (ok && index >= 0 && index < m_sharedStringEnds.size()) {
                const qsizetype start = index == 0 ? 0 : m_sharedStringEnds.at(index - 1);
                // A range of the table's text, never a copy: a string used by a million cells is kept once.
                table.appendCell(column, table.text().sliced(start, m_sharedStringEnds.at(index) - start));
            }
        } else {
            table.appendCell(column, QByteArrayView(cellText(type, value, inlineText).toUtf8()));
        }
    }
    if (xml.hasError()) {
        setXmlError(path, xml);
        return false;
    }
    table.endRow(); // cells after the last </row> of a cut or odd sheet
    if (table.limitExceeded() != ImportedTable::Limit::None) {
        m_error = ImportError::ofLimit(table.limitExceeded());
        return false;
    }
    file.close();
    if (file.getZipError() != UNZ_OK) {
        m_error = ImportError(ImportError::BrokenWorkbook, tr("%1 is damaged").arg(path));
        return false;
    }
    if (progress && !progress(total, total)) {
        m_error = ImportError(ImportError::Cancelled);
        return false;
    }
    return true;
}

QString XlsxReader::cellText(const QString& type, const QString& value, const QString& inlineText)
{
    if (type == QLatin1String("inlineStr"))
        return inlineText.trimmed();
    if (type == QLatin1String("b"))
        return value.trimmed() == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    if (type.isEmpty() || type == QLatin1String("n"))
        return ExcelNumber::toText(value);
    // "str" (a formula's text result), "e" (#N/A…), "d" (an ISO date): as written.
    return value.trimmed();
}

void XlsxReader::setXmlError(const QString& path, const BoundedXmlReader& xml)
{
    m_error = ImportError(ImportError::BrokenWorkbook,
                          tr("%1, line %2: %3").arg(path).arg(xml.xml().lineNumber()).arg(xml.xml().errorString()));
}

QString XlsxReader::readRichText(BoundedXmlReader& xml)
{
    // At <si> or <is>: plain text is one <t>, rich text one <t> per run <r>; <rPh> holds a phonetic guide
    // (pinyin, furigana) that is not part of the value.
    QString text;
    int depth = 1;
    while (depth > 0 && xml.goesOn()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == QLatin1String("t"))
                text += xml.readElementText(MaxCellLength - text.size());
            else if (xml.name() == QLatin1String("rPh") || xml.name() == QLatin1String("phoneticPr"))
                xml.skipCurrentElement();
            else
                ++depth;
        } else if (token == QXmlStreamReader::EndElement) {
            --depth;
        }
    }
    return text;
}

int XlsxReader::columnOf(QStringView reference)
{
    int column = 0;
    qsizetype i = 0;
    for (; i < reference.size(); ++i) {
        const char16_t c = QChar::toUpper(reference[i].unicode());
        if (c < u'A' || c > u'Z')
            break;
        column = column * 26 + (c - u'A' + 1);
        if (column > ImportedTable::MaxColumns)
            return ImportedTable::MaxColumns; // past the last column: the table refuses it
    }
    return i == 0 ? -1 : column - 1;
}

QString XlsxReader::resolveTarget(const QString& basePart, const QString& target)
{
    // Targets are relative to the folder of the part that names them, or absolute from the package root.
    QString path = target.startsWith(u'/') ? target.mid(1) : directoryOf(basePart) + target;
    QStringList segments;
    for (const QString& segment : path.split(u'/', Qt::SkipEmptyParts)) {
        if (segment == QLatin1String("..")) {
            if (!segments.isEmpty())
                segments.removeLast();
        } else if (segment != QLatin1String(".")) {
            segments.append(segment);
        }
    }
    return segments.join(u'/');
}
