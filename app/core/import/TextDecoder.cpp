#include "TextDecoder.h"

#include <QStringDecoder>

#include <cstring>

namespace {

// UTF-16 without a byte order mark: in Latin or CJK text one byte of most code units is zero, always the same one.
const char* sniffUtf16(const QByteArray& data)
{
    const qsizetype sample = std::min<qsizetype>(data.size(), 4096) & ~qsizetype(1);
    if (sample < 4)
        return nullptr;
    qsizetype zeroEven = 0;
    qsizetype zeroOdd = 0;
    for (qsizetype i = 0; i < sample; i += 2) {
        zeroEven += data.at(i) == 0;
        zeroOdd += data.at(i + 1) == 0;
    }
    const qsizetype units = sample / 2;
    // Some CJK characters (U+4E00 一) have a zero low byte, so the other position may hold a few zeros too.
    if (zeroOdd * 10 >= units * 3 && zeroEven * 10 <= zeroOdd)
        return "UTF-16LE";
    if (zeroEven * 10 >= units * 3 && zeroOdd * 10 <= zeroEven)
        return "UTF-16BE";
    return nullptr;
}

/** What one pass over the text finds: enough to tell text from binary. */
struct TextScan
{
    bool nul = false;
    qsizetype suspicious = 0; // control characters other than line breaks and tabs, and U+FFFD where bytes were bad

    // Text has line breaks and tabs but no other control characters; a handful of undecodable bytes is tolerated
    // (a file cut in the middle of a character), a binary file has them everywhere.
    bool looksBinary(qsizetype size) const { return nul || suspicious > std::max<qsizetype>(8, size / 100); }
};

// One template, so that bytes are compared as bytes: 16 or 32 of them per vector instruction.
template <typename Unit> bool isControl(Unit c)
{
    return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f';
}

// Both scans are without branches, so that the compiler processes many characters per instruction: they are a pass
// over the whole file. Bytes are counted in blocks of 255 with 8-bit counters, 16 or 32 bytes per instruction.
TextScan scan(QByteArrayView utf8)
{
    const auto* const bytes = reinterpret_cast<const uchar*>(utf8.data());
    qsizetype controls = 0;
    for (qsizetype block = 0; block < utf8.size(); block += 255) {
        const qsizetype end = std::min<qsizetype>(block + 255, utf8.size());
        uchar count = 0;
        for (qsizetype i = block; i < end; ++i)
            count += isControl(bytes[i]); // the bytes of multi-byte characters are all 0x80 or more
        controls += count;
    }
    const bool nul = std::memchr(bytes, 0, size_t(utf8.size())) != nullptr; // a NUL is a control too
    return TextScan{ nul, controls };
}

TextScan scan(QStringView text)
{
    qsizetype nuls = 0;
    qsizetype suspicious = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        nuls += u == 0;
        suspicious += isControl(u) || u == 0xFFFD;
    }
    return TextScan{ nuls > 0, suspicious };
}

/** Whether `bytes` are valid UTF-8, and what they hold. */
bool checkUtf8(QByteArrayView bytes, TextScan& found)
{
    found = scan(bytes);
    return bytes.isValidUtf8();
}

/** Text decoded by Qt, as UTF-8. */
TextDecoder::Result fromText(const QString& text, const QString& encoding)
{
    TextDecoder::Result result;
    result.bytes = text.toUtf8();
    result.encoding = encoding;
    result.binary = scan(text).looksBinary(text.size());
    return result;
}

TextDecoder::Result fromUtf16(QByteArrayView bytes, bool littleEndian)
{
    QStringDecoder decoder(littleEndian ? QStringConverter::Utf16LE : QStringConverter::Utf16BE,
                           QStringConverter::Flag::Stateless);
    return fromText(decoder(bytes), littleEndian ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE"));
}

} // namespace

TextDecoder::Result TextDecoder::decode(const QByteArray& data)
{
    const QByteArrayView bytes(data);
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        return fromUtf16(bytes.sliced(2), bytes.startsWith("\xFF\xFE"));
    if (const char* utf16 = sniffUtf16(data))
        return fromUtf16(bytes, qstrcmp(utf16, "UTF-16LE") == 0);

    const bool bom = bytes.startsWith("\xEF\xBB\xBF");
    const QByteArrayView content = bom ? bytes.sliced(3) : bytes;
    TextScan found;
    if (checkUtf8(content, found)) { // the common case: the file's bytes are the text
        Result result;
        result.bytes = data;
        result.start = bom ? 3 : 0;
        result.encoding = QStringLiteral("UTF-8");
        result.binary = found.looksBinary(content.size());
        return result;
    }
    // A NUL byte is never text, in any of these encodings.
    if (std::memchr(content.data(), 0, size_t(content.size()))) {
        Result result;
        result.encoding = QStringLiteral("UTF-8");
        result.binary = true;
        return result;
    }
    // Not UTF-8 (unless its BOM says so and a few bytes are damaged): GB18030, which Qt reaches through ICU on Debian
    // although it is not in Qt's list of encodings.
    if (!bom) {
        QStringDecoder gb18030("GB18030", QStringConverter::Flag::Stateless);
        if (gb18030.isValid())
            return fromText(gb18030(content), QStringLiteral("GB18030"));
    }
    return fromText(QString::fromUtf8(content), QStringLiteral("UTF-8"));
}
