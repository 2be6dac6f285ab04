#pragma once

#include "ImportProgress.h"
#include "ImportedTable.h"

#include <QByteArrayView>
#include <QChar>

/**
 * Splits delimited UTF-8 text (CSV, Excel's tab-separated "Unicode text", semicolon files from European locales) into
 * rows of trimmed cells, in one pass and without regular expressions. The delimiters, quotes and line breaks are
 * ASCII, which in UTF-8 is never part of another character: the bytes are split as they are, without decoding.
 *
 * Quoting follows RFC 4180: a quoted field may hold delimiters, line breaks and doubled quotes. Like Excel, the
 * parser is lenient: text after a closing quote is kept, and an unterminated quote runs to the end of the file.
 * CRLF, LF and lone CR all end a line. Blank rows and trailing empty cells are dropped.
 */
class DelimitedTextParser
{
public:
    /**
     * The delimiter the first lines agree on: ',', '\t' or ';', or a null QChar when no candidate appears on (almost)
     * every line, which makes the text a plain list. On a tie, tab beats semicolon beats comma, because commas occur
     * inside names and addresses far more often than the other two.
     */
    static QChar sniffDelimiter(QByteArrayView text);

    /**
     * Excel's "sep=;" first line, which names the delimiter: returns the delimiter and sets `*skip` to the length of
     * that line, or returns a null QChar.
     */
    static QChar declaredDelimiter(QByteArrayView text, qsizetype* skip);

    /**
     * Appends the rows of `text` to `table`; a null `delimiter` gives one cell per line. When `text` is (part of)
     * table.text(), cells are stored as ranges of it, not copied. Returns false when `progress` asked to cancel.
     */
    static bool parse(QByteArrayView text, QChar delimiter, ImportedTable& table, const ImportProgress& progress = {});
};
