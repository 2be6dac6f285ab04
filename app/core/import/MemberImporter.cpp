#include "MemberImporter.h"

#include "ColumnGuesser.h"
#include "DelimitedTextParser.h"
#include "TextDecoder.h"
#include "XlsxReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace {

bool hasSuffix(const QString& nameHint, QLatin1String suffix)
{
    return nameHint.endsWith(suffix, Qt::CaseInsensitive);
}

bool namedLikeWorkbook(const QString& nameHint)
{
    return hasSuffix(nameHint, QLatin1String(".xlsx")) || hasSuffix(nameHint, QLatin1String(".xlsm"));
}

// An OLE2 compound file: legacy .xls, WPS .et, or an encrypted .xlsx (which Office wraps in one).
ImportError compoundFileError(const QByteArray& data, const QString& nameHint)
{
    static const QByteArray encryptionStream = QByteArray("E\0n\0c\0r\0y\0p\0t\0i\0o\0n\0I\0n\0f\0o\0", 28);
    if (data.contains(encryptionStream))
        return ImportError(ImportError::PasswordProtected);
    if (hasSuffix(nameHint, QLatin1String(".et")) || hasSuffix(nameHint, QLatin1String(".ett")))
        return ImportError(ImportError::WpsSpreadsheet);
    return ImportError(ImportError::LegacyExcel);
}

// Web systems export HTML tables or SpreadsheetML 2003 as ".xls"; neither is a member list.
QString markupKind(QByteArrayView text)
{
    const QLatin1StringView start = QLatin1StringView(text.first(std::min<qsizetype>(text.size(), 512)))
                                        .trimmed(); // the ASCII of the tags is enough
    if (start.startsWith(QLatin1String("<!DOCTYPE html"), Qt::CaseInsensitive)
        || start.startsWith(QLatin1String("<html"), Qt::CaseInsensitive)
        || start.startsWith(QLatin1String("<table"), Qt::CaseInsensitive))
        return QStringLiteral("HTML");
    if (start.startsWith(QLatin1String("<?xml"), Qt::CaseInsensitive))
        return QStringLiteral("XML");
    return QString();
}

ImportResult readText(const QByteArray& data, const QString& nameHint, const ImportProgress& progress)
{
    ImportResult result;
    const TextDecoder::Result decoded = TextDecoder::decode(data);
    if (decoded.binary) {
        result.error = ImportError(namedLikeWorkbook(nameHint) ? ImportError::NotAWorkbook : ImportError::BinaryData);
        return result;
    }
    result.encoding = decoded.encoding;
    ImportedTable table(decoded.bytes);
    QByteArrayView text = table.text().sliced(decoded.start);
    const QString markup = markupKind(text);
    if (!markup.isEmpty()) {
        result.error = ImportError(ImportError::UnsupportedFormat, markup);
        return result;
    }

    qsizetype skip = 0;
    QChar delimiter = DelimitedTextParser::declaredDelimiter(text, &skip);
    text = text.sliced(skip);
    if (delimiter.isNull())
        delimiter = DelimitedTextParser::sniffDelimiter(text);
    if (!DelimitedTextParser::parse(text, delimiter, table, progress)) {
        result.error = ImportError(ImportError::Cancelled);
        return result;
    }
    if (table.limitExceeded() != ImportedTable::Limit::None) {
        result.error = ImportError::ofLimit(table.limitExceeded());
        return result;
    }
    if (table.isEmpty()) {
        result.error = ImportError(ImportError::EmptyFile);
        return result;
    }
    result.format = delimiter.isNull() ? ImportFormat::PlainList : ImportFormat::Delimited;
    result.delimiter = delimiter;
    table.setHasHeader(ColumnGuesser::startsWithHeader(table));
    result.table = std::move(table);
    return result;
}

} // namespace

ImportResult MemberImporter::readFile(const QString& path, const ImportProgress& progress, const QString& sheet)
{
    ImportResult result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = ImportError(ImportError::CannotOpen,
                                   QStringLiteral("%1 (%2)").arg(QDir::toNativeSeparators(path), file.errorString()));
        return result;
    }
    return readDevice(file, QDir::toNativeSeparators(path), progress, sheet);
}

ImportResult MemberImporter::readDevice(QIODevice& device, const QString& nameHint, const ImportProgress& progress,
                                        const QString& sheet)
{
    constexpr qint64 Chunk = 1024 * 1024;
    constexpr qint64 Limit = ImportError::MaxFileSize;
    // Checked before reading, so a wrong pick (a video, a disk image) costs nothing. A device or a pipe has no
    // size (0): what is read stops at the limit, whatever it is.
    if (!device.isSequential() && device.size() > Limit) {
        ImportResult result;
        result.error = ImportError(ImportError::TooLarge);
        return result;
    }
    QByteArray data;
    if (!device.isSequential())
        data.reserve(qsizetype(device.size() + 1));
    while (data.size() <= Limit) {
        const qsizetype before = data.size();
        const qint64 wanted = std::min(Chunk, Limit + 1 - before);
        data.resize(before + qsizetype(wanted));
        const qint64 got = device.read(data.data() + before, wanted);
        data.resize(before + qsizetype(std::max<qint64>(got, 0)));
        if (got < 0) {
            ImportResult result;
            result.error
                = ImportError(ImportError::CannotOpen, QStringLiteral("%1 (%2)").arg(nameHint, device.errorString()));
            return result;
        }
        if (got == 0)
            break; // the end: a blocking device returns nothing only there
    }
    return readData(data, QFileInfo(nameHint).fileName(), progress, sheet);
}

ImportResult MemberImporter::readData(const QByteArray& data, const QString& nameHint, const ImportProgress& progress,
                                      const QString& sheet)
{
    ImportResult result;
    if (data.size() > ImportError::MaxFileSize) {
        result.error = ImportError(ImportError::TooLarge);
        return result;
    }
    if (data.isEmpty()) {
        result.error = ImportError(ImportError::EmptyFile);
        return result;
    }
    if (data.startsWith("PK\x03\x04") || data.startsWith("PK\x05\x06")) {
        result = XlsxReader::read(data, sheet, progress);
        if (result.ok()) {
            if (result.table.isEmpty()) {
                result.error = ImportError(ImportError::EmptyFile);
                return result;
            }
            result.table.setHasHeader(ColumnGuesser::startsWithHeader(result.table));
        }
        return result;
    }
    if (data.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
        result.error = compoundFileError(data, nameHint);
        return result;
    }
    return readText(data, nameHint, progress);
}

ColumnChoice MemberImporter::guessColumns(const ImportedTable& table)
{
    return ColumnGuesser::guess(table);
}

MemberList MemberImporter::toMembers(const ImportedTable& table, const ColumnChoice& choice)
{
    MemberList members;
    members.reserve(table.rowCount());
    const std::function<bool(int)> kept = rowFilter(table, choice);
    for (int row = 0; row < table.rowCount(); ++row) {
        if (!kept(row))
            continue;
        // With a userid column, ids decide alone and no phone number is looked up: a lookup could only add someone
        // the file did not name by id. Cells are trimmed already.
        const QByteArrayView userid = choice.idColumn >= 0 ? table.utf8Cell(row, choice.idColumn) : QByteArrayView();
        const QByteArrayView mobile = choice.idColumn < 0 && choice.phoneColumn >= 0
            ? table.utf8Cell(row, choice.phoneColumn)
            : QByteArrayView();
        Member member;
        member.source = MemberSource::Imported;
        if (!userid.isEmpty()) {
            member.userid = QString::fromUtf8(userid);
        } else if (!mobile.isEmpty()) {
            member.mobile = QString::fromUtf8(mobile);
            member.state = MemberState::Unresolved;
        } else if (choice.idColumn < 0 && choice.phoneColumn < 0) {
            // Without userids or numbers, the directory decides: by job number, else (or for rows without one) by
            // name. Each is read as its column's kind only: a name is never taken for a userid.
            const QByteArrayView jobNumber
                = choice.jobNumberColumn >= 0 ? table.utf8Cell(row, choice.jobNumberColumn) : QByteArrayView();
            const QByteArrayView name
                = choice.nameColumn >= 0 ? table.utf8Cell(row, choice.nameColumn) : QByteArrayView();
            if (!jobNumber.isEmpty()) {
                member.query = QString::fromUtf8(jobNumber);
                member.queryField = PersonField::JobNumber;
            } else if (!name.isEmpty()) {
                member.query = QString::fromUtf8(name);
                member.queryField = PersonField::Name;
            } else {
                continue;
            }
            member.state = MemberState::Unresolved;
        } else {
            continue;
        }
        if (choice.nameColumn >= 0)
            member.name = table.cell(row, choice.nameColumn);
        members.append(std::move(member));
    }
    return members;
}

std::function<bool(int row)> MemberImporter::rowFilter(const ImportedTable& table, const ColumnChoice& choice)
{
    if (choice.filterColumn < 0)
        return [](int) {
            return true;
        };
    // Cells are trimmed, and compared as UTF-8, as the table holds them.
    return [&table, column = choice.filterColumn, value = choice.filterValue.trimmed().toUtf8()](int row) {
        return table.utf8Cell(row, column) == value;
    };
}

QStringList MemberImporter::distinctValues(const ImportedTable& table, int column)
{
    QStringList values;
    QSet<QByteArrayView> seen;
    for (int row = 0; row < table.rowCount(); ++row) {
        const QByteArrayView value = table.utf8Cell(row, column);
        if (!value.isEmpty() && !seen.contains(value)) {
            seen.insert(value);
            values.append(QString::fromUtf8(value));
        }
    }
    return values;
}
