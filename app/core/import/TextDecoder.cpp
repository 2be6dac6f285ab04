#include "TextDecoder.h"

#include <QStringDecoder>

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

/** What one pass over decoded text finds: enough to tell text from binary, and UTF-8 from something else. */
struct TextScan
{
    bool nul = false;
    qsizetype suspicious = 0; // control characters other than line breaks and tabs, and U+FFFD
    qsizetype replacements = 0; // U+FFFD, which the UTF-8 decoder puts where bytes were not UTF-8

    // Text has line breaks and tabs but no other control characters; a handful of undecodable bytes is tolerated
    // (a file cut in the middle of a character), a binary file has them everywhere.
    bool looksBinary(qsizetype size) const { return nul || suspicious > std::max<qsizetype>(8, size / 100); }
};

TextScan scan(QStringView text)
{
    // Without branches, so that the compiler processes many characters per instruction: it is a pass over the
    // whole file.
    qsizetype nuls = 0;
    qsizetype controls = 0;
    qsizetype replacements = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        nuls += u == 0;
        controls += u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r' && u != u'\f';
        replacements += u == 0xFFFD;
    }
    return TextScan{ nuls > 0, controls + replacements, replacements };
}

/** UTF-8 to text through QString::fromUtf8's fast path for ASCII, which most lists are made of, and its scan. */
QString fromUtf8(QByteArrayView bytes, TextScan& found)
{
    QString text = QString::fromUtf8(bytes);
    found = scan(text);
    return text;
}

} // namespace

TextDecoder::Result TextDecoder::decode(const QByteArray& data)
{
    Result result;
    const QByteArrayView bytes(data);
    TextScan found;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        result.text = fromUtf8(bytes.sliced(3), found);
        result.encoding = QStringLiteral("UTF-8");
    } else if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const bool little = bytes.startsWith("\xFF\xFE");
        QStringDecoder decoder(little ? QStringConverter::Utf16LE : QStringConverter::Utf16BE,
                               QStringConverter::Flag::Stateless);
        result.text = decoder(bytes.sliced(2));
        result.encoding = little ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
        found = scan(result.text);
    } else if (const char* utf16 = sniffUtf16(data)) {
        const bool little = qstrcmp(utf16, "UTF-16LE") == 0;
        QStringDecoder decoder(little ? QStringConverter::Utf16LE : QStringConverter::Utf16BE,
                               QStringConverter::Flag::Stateless);
        result.text = decoder(bytes);
        result.encoding = QString::fromLatin1(utf16);
        found = scan(result.text);
    } else {
        // Bytes that are not UTF-8 become U+FFFD; more of those than the file spells out (EF BF BD) means the file
        // is not UTF-8.
        result.text = fromUtf8(bytes, found);
        result.encoding = QStringLiteral("UTF-8");
        if (found.replacements > 0 && !found.nul && found.replacements > bytes.count("\xEF\xBF\xBD")) {
            // Not in Qt's list of encodings, but Qt reaches it through ICU on Debian.
            QStringDecoder gb18030("GB18030", QStringConverter::Flag::Stateless);
            if (gb18030.isValid()) {
                result.text = gb18030(bytes);
                result.encoding = QStringLiteral("GB18030");
                found = scan(result.text);
            }
        }
    }
    result.binary = found.looksBinary(result.text.size());
    return result;
}
