// The member importer on any bytes, as a file, a drop or standard input would give them: format and encoding
// detection, delimited text, plain lists, and whatever zip or workbook the bytes turn out to be. Then what the window
// and the command line do with the table: the column guess, the members, a filter's values.
#include "import/MemberImporter.h"

#include <QByteArray>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    ImportResult result = MemberImporter::readData(bytes, QStringLiteral("members.csv"));
    if (!result.ok()) {
        (void)result.error.message();
        return 0;
    }
    ImportedTable& table = result.table;
    for (const bool header : { true, false }) {
        table.setHasHeader(header);
        const ColumnChoice choice = MemberImporter::guessColumns(table);
        (void)MemberImporter::toMembers(table, choice);
        (void)table.headers();
        for (int column = 0; column < std::min(table.columnCount(), 4); ++column)
            (void)MemberImporter::distinctValues(table, column);
    }
    return 0;
}
