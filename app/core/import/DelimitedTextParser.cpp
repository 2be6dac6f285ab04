#include "DelimitedTextParser.h"

#include <QtEndian>

#include <array>

namespace {

constexpr char Quote = '"';
// How much of the file the sniffer looks at: enough for a stable verdict, little enough to be instant.
constexpr int SniffLines = 100;
constexpr qsizetype SniffBytes = 64 * 1024;
// How often the parser reports progress.
constexpr int ProgressEveryRows = 4096;

bool isLineEnd(char c)
{
    return c == '\n' || c == '\r';
}

// The first byte from `p` on that is the delimiter or a line break. Eight bytes at a time: cells are short, and a
// staff list has hundreds of thousands of them. (A byte of `word ^ pattern` is zero where the byte matches; the
// lowest flagged byte of the classic zero-byte test is always a true match.)
const char* cellEnd(const char* p, const char* end, char delim)
{
    constexpr quint64 Ones = 0x0101010101010101ULL;
    constexpr quint64 Highs = 0x8080808080808080ULL;
    const quint64 delims = Ones * uchar(delim);
    const auto zeroBytes = [](quint64 v) {
        return (v - Ones) & ~v & Highs;
    };
    for (; end - p >= 8; p += 8) {
        const quint64 word = qFromLittleEndian<quint64>(p);
        const quint64 found
            = zeroBytes(word ^ delims) | zeroBytes(word ^ (Ones * '\n')) | zeroBytes(word ^ (Ones * '\r'));
        if (found)
            return p + qCountTrailingZeroBits(found) / 8;
    }
    while (p < end && *p != delim && !isLineEnd(*p))
        ++p;
    return p;
}

// The code point that starts at `p` (of valid UTF-8, as TextDecoder gives), and its length in bytes.
char32_t codePointAt(const uchar* p, const uchar* end, int* length)
{
    const int more = p[0] < 0x80 ? 0 : p[0] >= 0xF0 ? 3 : p[0] >= 0xE0 ? 2 : 1;
    *length = 1 + more;
    if (end - p <= more) {
        *length = 1;
        return 0xFFFD;
    }
    char32_t codePoint = more == 0 ? p[0] : p[0] & (0x3F >> more);
    for (int i = 1; i <= more; ++i)
        codePoint = (codePoint << 6) | (p[i] & 0x3F);
    return codePoint;
}

// QByteArrayView::trimmed() knows only ASCII blanks; a cell loses what QStringView::trimmed() would take, such as
// the ideographic space (U+3000) of Chinese text.
QByteArrayView trimmedUnicode(QByteArrayView cell)
{
    const auto* const begin = reinterpret_cast<const uchar*>(cell.data());
    const uchar* first = begin;
    const uchar* last = begin + cell.size();
    int length = 0;
    while (first < last && QChar::isSpace(codePointAt(first, last, &length)))
        first += length;
    while (last > first) {
        const uchar* start = last - 1;
        while (start > first && (*start & 0xC0) == 0x80) // continuation bytes
            --start;
        if (!QChar::isSpace(codePointAt(start, last, &length)))
            break;
        last = start;
    }
    return cell.sliced(first - begin, last - first);
}

// Which bytes may begin, or end, a blank (a character QChar::isSpace() accepts): ASCII up to the space, and the UTF-8
// lead and last bytes of U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F and U+3000. Chinese
// text (员工, 部门) begins and ends with other bytes, so its cells need no closer look either.
struct BlankEdges
{
    std::array<bool, 256> start{};
    std::array<bool, 256> end{};
    constexpr BlankEdges()
    {
        for (int byte = 0; byte <= ' '; ++byte)
            start[byte] = end[byte] = true;
        for (const int lead : { 0xC2, 0xE1, 0xE2, 0xE3 })
            start[lead] = true;
        for (int last = 0x80; last <= 0x8A; ++last)
            end[last] = true;
        for (const int last : { 0x9F, 0xA0, 0xA8, 0xA9, 0xAF })
            end[last] = true;
    }
};
constexpr BlankEdges Blank;

// Without a call for the cells that have nothing to trim (nearly all of them).
QByteArrayView trimmedCell(QByteArrayView cell)
{
    if (cell.isEmpty() || (!Blank.start[uchar(cell.front())] && !Blank.end[uchar(cell.back())]))
        return cell;
    return trimmedUnicode(cell);
}

// The content of a quoted field that contains doubled quotes or CRLF line breaks.
QByteArray unescape(QByteArrayView raw)
{
    QByteArray cell;
    cell.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (c == Quote && i + 1 < raw.size() && raw[i + 1] == Quote) {
            cell.append(Quote);
            ++i;
        } else if (c == '\r' && i + 1 < raw.size() && raw[i + 1] == '\n') {
            continue; // keep the \n only
        } else {
            cell.append(c);
        }
    }
    return cell;
}

} // namespace

QChar DelimitedTextParser::sniffDelimiter(QByteArrayView text)
{
    static constexpr std::array<char, 3> candidates = { '\t', ';', ',' };
    // counts[line][candidate], outside quotes
    QList<std::array<int, 3>> counts;
    std::array<int, 3> current = { 0, 0, 0 };
    bool inQuotes = false;
    bool lineHasText = false;
    const qsizetype end = std::min(text.size(), SniffBytes);
    for (qsizetype i = 0; i < end && counts.size() < SniffLines; ++i) {
        const char c = text[i];
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
            lineHasText = lineHasText || uchar(c) > ' '; // any byte of a non-ASCII character counts
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

QChar DelimitedTextParser::declaredDelimiter(QByteArrayView text, qsizetype* skip)
{
    if (text.size() < 5 || !QLatin1StringView(text.first(4)).startsWith(QLatin1String("sep="), Qt::CaseInsensitive))
        return QChar();
    qsizetype lineEnd = 5;
    if (lineEnd < text.size() && !isLineEnd(text[lineEnd]))
        return QChar();
    if (lineEnd < text.size() && text[lineEnd] == '\r')
        ++lineEnd;
    if (lineEnd < text.size() && text[lineEnd] == '\n')
        ++lineEnd;
    if (skip)
        *skip = lineEnd;
    return QChar::fromLatin1(text[4]);
}

bool DelimitedTextParser::parse(QByteArrayView text, QChar delimiter, ImportedTable& table,
                                const ImportProgress& progress)
{
    // A null delimiter matches no byte of a text: NUL was ruled out by the decoder.
    const char delim = delimiter.isNull() ? '\0' : delimiter.toLatin1();
    const char* const begin = text.data();
    const char* const end = begin + text.size();
    int rowsSinceProgress = 0;

    const char* p = begin;
    while (p < end) {
        // Blanks before an opening quote do not make the field unquoted.
        const char* start = p;
        while (start < end && (*start == ' ' || (*start == '\t' && delim != '\t')))
            ++start;

        if (start < end && *start == Quote) {
            const char* content = start + 1;
            const char* q = content;
            bool needsUnescape = false;
            while (q < end) {
                if (*q == Quote) {
                    if (q + 1 < end && q[1] == Quote) {
                        needsUnescape = true;
                        q += 2;
                        continue;
                    }
                    break;
                }
                needsUnescape = needsUnescape || *q == '\r';
                ++q;
            }
            const QByteArrayView raw(content, q);
            p = q < end ? q + 1 : end;
            // Text after the closing quote is kept, as Excel does.
            const char* rest = p;
            p = cellEnd(p, end, delim);
            if (!needsUnescape && p == rest) {
                table.appendCell(trimmedCell(raw)); // a range of the text, not a copy
            } else {
                QByteArray cell = needsUnescape ? unescape(raw) : raw.toByteArray();
                cell.append(QByteArrayView(rest, p));
                table.appendCell(trimmedCell(cell));
            }
        } else {
            p = cellEnd(start, end, delim);
            table.appendCell(trimmedCell(QByteArrayView(start, p)));
        }

        if (p < end && *p == delim) {
            ++p;
            if (p == end)
                table.appendCell(QByteArrayView());
            continue;
        }
        // End of line (CRLF, LF or CR) or end of text.
        if (p < end && *p == '\r')
            ++p;
        if (p < end && *p == '\n')
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
