#include "CliMemberLoader.h"

#include "CliOptions.h"
#include "CliPhoneResolution.h"
#include "group/GroupLimits.h"
#include "import/ColumnGuesser.h"
#include "import/MemberImporter.h"

#include <QFile>
#include <QIODevice>

#include <cerrno>
#include <cstdio>

namespace {

constexpr int ValuesShown = 10; // of a filter column, when the filter matched nothing
constexpr int ColumnsShown = 20; // of a file whose columns do not fit the options
constexpr int CharactersShown = 64; // of a title or value in a message: a cell may hold megabytes

/** `text` cut to CharactersShown characters: a message quotes cells, and one must not be as big as the file. */
QString shortened(const QString& text)
{
    return text.size() <= CharactersShown ? text : text.left(CharactersShown) + QStringLiteral("…");
}

/** The first ColumnsShown column titles of `table`, shortened: a file may have 16,384 columns. */
QString columnList(const ImportedTable& table)
{
    const QStringList titles = table.headers();
    QStringList shown;
    for (const QString& title : titles.mid(0, ColumnsShown))
        shown.append(shortened(title));
    QString list = shown.join(QStringLiteral(", "));
    if (titles.size() > ColumnsShown)
        list += CliMemberLoader::tr(", … (%1 columns in all)").arg(titles.size());
    return list;
}

bool isNumber(const QString& text)
{
    bool ok = false;
    text.toInt(&ok);
    return ok;
}

/** 1-based column number of spreadsheet letters ("A" → 1, "AA" → 27), or 0 when `text` is not letters. */
int lettersToNumber(const QString& text)
{
    if (text.isEmpty() || text.size() > 3)
        return 0;
    int number = 0;
    for (const QChar c : text) {
        const QChar upper = c.toUpper();
        if (upper < QLatin1Char('A') || upper > QLatin1Char('Z'))
            return 0;
        number = number * 26 + (upper.unicode() - u'A' + 1);
    }
    return number;
}

} // namespace

CliMemberLoader::CliMemberLoader(const CliOptions& options)
    : m_options(options)
{
}

bool CliMemberLoader::fail(CliErrorCode code, const QString& message)
{
    m_errorCode = errcodeText(code);
    m_errorMessage = message;
    return false;
}

int CliMemberLoader::findColumn(const ImportedTable& table, const QString& spec)
{
    const QString wanted = spec.trimmed();
    if (wanted.isEmpty())
        return -1;
    const QStringList titles = table.headers();
    for (int column = 0; column < titles.size(); ++column) {
        if (titles.at(column).trimmed().compare(wanted, Qt::CaseInsensitive) == 0)
            return column;
    }
    bool numeric = false;
    int number = wanted.toInt(&numeric);
    if (!numeric)
        number = lettersToNumber(wanted);
    if (number >= 1 && number <= table.columnCount())
        return number - 1;
    return -1;
}

bool CliMemberLoader::load(QIODevice* standardInput)
{
    m_members = m_options.spec.members;
    m_summaries.clear();
    for (const QString& text : m_options.mobiles) {
        if (text.trimmed().isEmpty())
            continue;
        Member member;
        member.mobile = text.trimmed();
        member.state = MemberState::Unresolved;
        member.source = MemberSource::CommandLine;
        m_members.append(member);
    }
    for (qsizetype i = 0; i < m_options.memberFiles.size(); ++i) {
        if (!loadFile(m_options.memberFiles.at(i), m_options.memberFileNames.value(i), standardInput))
            return false;
        if (m_tooManyMembers)
            break; // more files could only add people
    }
    return true;
}

ImportResult CliMemberLoader::readNamedFile(const QString& path, const QByteArray& systemName)
{
    if (systemName.isEmpty() || systemName == QFile::encodeName(path))
        return MemberImporter::readFile(path);
    // A name that is not UTF-8 has no QString QFile could encode back to it: opened by its bytes, as given.
    ImportResult result;
    std::FILE* const handle = std::fopen(systemName.constData(), "rb");
    if (!handle) {
        result.error
            = ImportError(ImportError::CannotOpen, QStringLiteral("%1 (%2)").arg(path, qt_error_string(errno)));
        return result;
    }
    QFile file;
    file.open(handle, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle);
    return MemberImporter::readDevice(file, path);
}

bool CliMemberLoader::loadFile(const QString& path, const QByteArray& systemName, QIODevice* standardInput)
{
    const bool fromStandardInput = path == QLatin1String("-");
    const QString fileName = fromStandardInput ? tr("standard input") : path;
    ImportResult result;
    if (fromStandardInput) {
        if (!standardInput || !standardInput->isReadable())
            return fail(CliErrorCode::MembersFile, tr("Cannot read the member list from standard input."));
        result = MemberImporter::readDevice(*standardInput);
    } else {
        result = readNamedFile(path, systemName);
    }
    if (!result.ok()) {
        m_importErrorCode = result.error.codeName();
        return fail(CliErrorCode::MembersFile,
                    tr("Cannot use the member list \"%1\": %2").arg(fileName, result.error.message()));
    }

    ImportedTable table = result.table;
    // A plain list holds one id per line: its first line is a title only if it is a known one ("userid", "工号"),
    // never just because it lacks digits, or a list starting with "alice" would silently lose her.
    if (result.format == ImportFormat::PlainList && table.hasHeader()
        && ColumnGuesser::roleOfTitle(table.headerRow().value(0)) == ColumnGuesser::Role::None)
        table.setHasHeader(false);

    ColumnChoice choice;
    if (!chooseColumns(table, fileName, choice))
        return false;

    const std::function<bool(int)> kept = MemberImporter::rowFilter(table, choice); // the rows --filter keeps
    int rowsKept = 0;
    for (int row = 0; row < table.rowCount(); ++row)
        rowsKept += kept(row) ? 1 : 0;
    int idsOfBigFile = 0;
    if (choice.idColumn >= 0 && rowsKept > GroupLimits::MaxGroupMembers)
        idsOfBigFile = judgeBigFile(table, kept, choice.idColumn);
    MemberList members = m_tooManyMembers ? MemberList() : MemberImporter::toMembers(table, choice);
    if (choice.filterColumn >= 0 && members.isEmpty()) {
        if (rowsKept == 0) {
            const QStringList values = MemberImporter::distinctValues(table, choice.filterColumn);
            QStringList first;
            for (const QString& value : values.mid(0, ValuesShown))
                first.append(shortened(value));
            QString shown = first.join(QStringLiteral(", "));
            if (values.size() > ValuesShown)
                shown += QStringLiteral(", …");
            return fail(CliErrorCode::MembersColumn,
                        tr("No row of \"%1\" has \"%2\" in the column \"%3\" (--filter). The values there are: %4.")
                            .arg(fileName, shortened(choice.filterValue),
                                 shortened(table.headers().value(choice.filterColumn)), shown));
        }
    }
    // Without a Member for each row of a file too big for a group, its count is that of the kept rows with an id.
    const int memberCount = m_tooManyMembers ? idsOfBigFile : int(members.size());
    if (m_members.isEmpty())
        m_members = std::move(members);
    else
        m_members.append(members);

    QString format;
    switch (result.format) {
    case ImportFormat::Xlsx:
        format = tr("Excel workbook, sheet \"%1\"").arg(result.sheetName);
        break;
    case ImportFormat::Delimited:
        if (result.delimiter == QLatin1Char('\t'))
            format = tr("tab-separated text, %1").arg(result.encoding);
        else if (result.delimiter == QLatin1Char(';'))
            format = tr("semicolon-separated text, %1").arg(result.encoding);
        else
            format = tr("CSV, %1").arg(result.encoding);
        break;
    case ImportFormat::PlainList:
    case ImportFormat::Unknown:
        format = tr("list, %1").arg(result.encoding);
        break;
    }
    QStringList columns;
    const QStringList titles = table.headers();
    if (choice.idColumn >= 0)
        columns.append(tr("userids from the column \"%1\"").arg(shortened(titles.value(choice.idColumn))));
    else if (choice.phoneColumn >= 0)
        columns.append(tr("phone numbers from the column \"%1\"").arg(shortened(titles.value(choice.phoneColumn))));
    else if (choice.jobNumberColumn >= 0)
        columns.append(tr("job numbers from the column \"%1\", looked up in the directory")
                           .arg(shortened(titles.value(choice.jobNumberColumn))));
    else
        columns.append(tr("names from the column \"%1\", looked up in the directory")
                           .arg(shortened(titles.value(choice.nameColumn))));
    if (choice.filterColumn >= 0)
        columns.append(tr("only rows whose \"%1\" is \"%2\"")
                           .arg(shortened(titles.value(choice.filterColumn)), shortened(choice.filterValue)));
    m_summaries.append(tr("%1 (%2): %3 rows, %4 members; %5.")
                           .arg(fileName, format)
                           .arg(table.rowCount())
                           .arg(memberCount)
                           .arg(columns.join(QStringLiteral("; "))));
    // Rows the filter kept but that hold no userid (or, in a file without ids, no number) are not members: said
    // aloud, because nobody sees the file's rows on a command line.
    const int skipped = rowsKept - memberCount;
    if (skipped > 0) {
        m_skippedRows += skipped;
        m_summaries.append(
            choice.idColumn >= 0 ? tr("%1: %2 rows have no userid and were left out (when a file has a userid column, "
                                      "its phone numbers are not looked up).")
                                       .arg(fileName)
                                       .arg(skipped)
                : choice.phoneColumn >= 0
                ? tr("%1: %2 rows have no phone number and were left out.").arg(fileName).arg(skipped)
                : tr("%1: %2 rows have no job number or name and were left out.").arg(fileName).arg(skipped));
    }
    return true;
}

int CliMemberLoader::judgeBigFile(const ImportedTable& table, const std::function<bool(int)>& kept, int idColumn)
{
    QList<QAnyStringView> ids;
    ids.reserve(table.rowCount());
    for (int row = 0; row < table.rowCount(); ++row) {
        const QByteArrayView id = table.utf8Cell(row, idColumn);
        if (!id.isEmpty() && kept(row))
            ids.append(QUtf8StringView(id));
    }
    GroupSpec spec = m_options.spec;
    spec.members = m_members;
    GroupValidation validation = CliPhoneResolution::validateBeforeLookup(spec, ids);
    if (validation.hasIssue(ValidationIssue::TooManyMembers))
        m_tooManyMembers = std::move(validation);
    return int(ids.size());
}

bool CliMemberLoader::chooseColumns(ImportedTable& table, const QString& fileName, ColumnChoice& choice)
{
    // A title the command line names that stands in the first row makes that row the header, whatever the guess.
    if (!table.hasHeader() && table.rowCount() > 0) {
        const QStringList first = table.row(0);
        for (const QString* spec : { &m_options.idColumn, &m_options.phoneColumn, &m_options.filterColumn }) {
            if (spec->isEmpty() || isNumber(*spec))
                continue;
            for (const QString& cell : first) {
                if (cell.compare(*spec, Qt::CaseInsensitive) == 0)
                    table.setHasHeader(true);
            }
        }
    }
    choice = MemberImporter::guessColumns(table);

    const auto columnFor = [&](const QString& spec, const char* option, int& column) {
        column = findColumn(table, spec);
        if (column >= 0)
            return true;
        return fail(CliErrorCode::MembersColumn,
                    tr("\"%1\" has no column \"%2\" (--%3). Its columns are: %4.")
                        .arg(fileName, shortened(spec), QLatin1String(option), columnList(table)));
    };
    // MemberImporter's rule: with a userid column the ids decide and no number is used. So naming the phone column
    // (without --id-column) means the members are the phone numbers, whatever the guess took for ids.
    if (!m_options.idColumn.isEmpty() && !columnFor(m_options.idColumn, "id-column", choice.idColumn))
        return false;
    if (!m_options.phoneColumn.isEmpty()) {
        if (!columnFor(m_options.phoneColumn, "phone-column", choice.phoneColumn))
            return false;
        choice.idColumn = -1;
    }
    if (!m_options.filterColumn.isEmpty()) {
        if (!columnFor(m_options.filterColumn, "filter", choice.filterColumn))
            return false;
        choice.filterValue = m_options.filterValue;
    }
    // Without userids or numbers, a column headed as job numbers or names is read through the directory (a column
    // guessed to hold names in a file without a header is not enough: it may be anything without digits).
    if (choice.idColumn < 0 && choice.phoneColumn < 0 && choice.jobNumberColumn < 0
        && (choice.nameColumn < 0 || !table.hasHeader()))
        return fail(CliErrorCode::MembersColumn,
                    tr("No column of \"%1\" could be recognised as userids, phone numbers, job numbers or names. "
                       "Name it with --id-column or --phone-column. Its columns are: %2.")
                        .arg(fileName, columnList(table)));
    return true;
}
