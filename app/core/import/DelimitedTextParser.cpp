#include "DelimitedTextParser.h"

#include <array>
#include <atomic>
#include <thread>

namespace {

constexpr char16_t Quote = u'"';
// How much of the file the sniffer looks at: enough for a stable verdict, little enough to be instant.
constexpr int SniffLines = 100;
constexpr qsizetype SniffChars = 64 * 1024;
// How often the parser reports progress.
constexpr int ProgressEveryRows = 4096;

bool isLineEnd(char16_t c)
{
    return c == u'\n' || c == u'\r';
}

// QChar::isSpace() without its out-of-line call for CJK text: the line breaks and tabs, and Unicode's separators.
bool isBlank(char16_t c)
{
    if (c > u' ' && c < 0x85)
        return false;
    return c <= u' ' || c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028
        || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

// QStringView::trimmed(), without its call for the cells that have nothing to trim (nearly all of them).
QStringView trimmedCell(QStringView cell)
{
    if (cell.isEmpty() || (!isBlank(cell.front().unicode()) && !isBlank(cell.back().unicode())))
        return cell;
    return cell.trimmed();
}

// The content of a quoted field that contains doubled quotes or CRLF line breaks.
QString unescape(QStringView raw)
{
    QString cell;
    cell.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char16_t c = raw[i].unicode();
        if (c == Quote && i + 1 < raw.size() && raw[i + 1] == Quote) {
            cell.append(QChar(Quote));
            ++i;
        } else if (c == u'\r' && i + 1 < raw.size() && raw[i + 1] == u'\n') {
            continue; // keep the \n only
        } else {
            cell.append(QChar(c));
        }
    }
    return cell;
}

} // namespace

QChar DelimitedTextParser::sniffDelimiter(QStringView text)
{
    static constexpr std::array<char16_t, 3> candidates = { u'\t', u';', u',' };
    // counts[line][candidate], outside quotes
    QList<std::array<int, 3>> counts;
    std::array<int, 3> current = { 0, 0, 0 };
    bool inQuotes = false;
    bool lineHasText = false;
    const qsizetype end = std::min(text.size(), SniffChars);
    for (qsizetype i = 0; i < end && counts.size() < SniffLines; ++i) {
        const char16_t c = text[i].unicode();
        if (c == Quote) {
            inQuotes = !inQuotes;
            lineHasText = true;
        } else if (inQuotes) {
            continue;
        } else if (isLineEnd(c)) {
            if (lineHasText)
                counts.append(current);
            current = { 0, 0, 0 };
            lineHasText = false;
        } else {
            for (int k = 0; k < 3; ++k)
                current[k] += c == candidates[k];
            lineHasText = lineHasText || !QChar(c).isSpace();
        }
    }
    if (lineHasText && counts.size() < SniffLines)
        counts.append(current);
    if (counts.isEmpty())
        return QChar();

    int best = -1;
    double bestConsistency = 0;
    for (int k = 0; k < 3; ++k) {
        // The most frequent non-zero count per line: the number of delimiters a row has.
        QList<int> perLine;
        int linesWith = 0;
        for (const auto& line : std::as_const(counts)) {
            perLine.append(line[k]);
            linesWith += line[k] > 0;
        }
        if (linesWith * 10 < counts.size() * 8)
            continue;
        int mode = 0;
        int modeLines = 0;
        for (int value : std::as_const(perLine)) {
            if (value == 0 || value == mode)
                continue;
            const int lines = int(perLine.count(value));
            if (lines > modeLines) {
                mode = value;
                modeLines = lines;
            }
        }
        const double consistency = double(modeLines) / double(counts.size());
        if (consistency > bestConsistency) {
            best = k;
            bestConsistency = consistency;
        }
    }
    return best < 0 ? QChar() : QChar(candidates[best]);
}

QChar DelimitedTextParser::declaredDelimiter(QStringView text, qsizetype* skip)
{
    if (!text.startsWith(QLatin1String("sep="), Qt::CaseInsensitive) || text.size() < 5)
        return QChar();
    qsizetype lineEnd = 5;
    if (lineEnd < text.size() && !isLineEnd(text[lineEnd].unicode()))
        return QChar();
    if (lineEnd < text.size() && text[lineEnd] == u'\r')
        ++lineEnd;
    if (lineEnd < text.size() && text[lineEnd] == u'\n')
        ++lineEnd;
    if (skip)
        *skip = lineEnd;
    return text[4];
}

bool DelimitedTextParser::parse(QStringView text, QChar delimiter, ImportedTable& table, const ImportProgress& progress)
{
    // A null delimiter never matches a character in practice: U+0000 was ruled out by the decoder.
    const char16_t delim = delimiter.isNull() ? char16_t(0xFFFF) : delimiter.unicode();
    // A big file without quotes splits cleanly after any line break: its second half is parsed on another core.
    constexpr qsizetype ParallelFrom = 1024 * 1024;
    qsizetype split = -1;
    if (text.size() >= ParallelFrom && std::thread::hardware_concurrency() > 1 && !text.contains(QChar(Quote))) {
        split = text.indexOf(u'\n', text.size() / 2);
        if (split < 0)
            split = text.indexOf(u'\r', text.size() / 2);
    }
    if (split < 0)
        return parseRows(text, delim, table, progress);

    const QStringView head = text.first(split + 1);
    ImportedTable tail = table.sameText();
    std::atomic<bool> cancelled = false;
    bool tailParsed = false;
    std::thread worker([&] {
        tailParsed = parseRows(text.sliced(split + 1), delim, tail,
                               [&cancelled](qsizetype, qsizetype) { return !cancelled.load(); });
    });
    // The head reports the progress for both: the halves advance together.
    const bool headParsed = parseRows(head, delim, table, [&](qsizetype done, qsizetype) {
        const bool goOn = !progress || progress(std::min(done * 2, text.size()), text.size());
        cancelled = cancelled || !goOn;
        return goOn;
    });
    worker.join();
    if (!headParsed || !tailParsed)
        return false;
    table.appendRows(tail);
    return !progress || progress(text.size(), text.size());
}

bool DelimitedTextParser::parseRows(QStringView text, char16_t delim, ImportedTable& table,
                                    const ImportProgress& progress)
{
    const QChar* const begin = text.data();
    const QChar* const end = begin + text.size();
    int rowsSinceProgress = 0;

    const QChar* p = begin;
    while (p < end) {
        // Blanks before an opening quote do not make the field unquoted.
        const QChar* start = p;
        while (start < end && (start->unicode() == u' ' || (start->unicode() == u'\t' && delim != u'\t')))
            ++start;

        if (start < end && start->unicode() == Quote) {
            const QChar* content = start + 1;
            const QChar* q = content;
            bool needsUnescape = false;
            while (q < end) {
                if (q->unicode() == Quote) {
                    if (q + 1 < end && q[1].unicode() == Quote) {
                        needsUnescape = true;
                        q += 2;
                        continue;
                    }
                    break;
                }
                needsUnescape = needsUnescape || q->unicode() == u'\r';
                ++q;
            }
            const QStringView raw(content, q);
            p = q < end ? q + 1 : end;
            // Text after the closing quote is kept, as Excel does.
            const QChar* rest = p;
            while (p < end && p->unicode() != delim && !isLineEnd(p->unicode()))
                ++p;
            if (!needsUnescape && p == rest) {
                table.appendCell(trimmedCell(raw)); // a range of the text, not a copy
            } else {
                QString cell = needsUnescape ? unescape(raw) : raw.toString();
                cell.append(QStringView(rest, p));
                table.appendCell(QStringView(cell).trimmed());
            }
        } else {
            p = start;
            while (p < end && p->unicode() != delim && !isLineEnd(p->unicode()))
                ++p;
            table.appendCell(trimmedCell(QStringView(start, p)));
        }

        if (p < end && p->unicode() == delim) {
            ++p;
            if (p == end)
                table.appendCell(QStringView());
            continue;
        }
        // End of line (CRLF, LF or CR) or end of text.
        if (p < end && p->unicode() == u'\r')
            ++p;
        if (p < end && p->unicode() == u'\n')
            ++p;
        table.endRow();
        if (progress && ++rowsSinceProgress == ProgressEveryRows) {
            rowsSinceProgress = 0;
            if (!progress(p - begin, text.size()))
                return false;
        }
    }
    table.endRow();
    if (progress)
        return progress(text.size(), text.size());
    return true;
}
