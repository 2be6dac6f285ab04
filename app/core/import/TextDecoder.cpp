#include "TextDecoder.h"

#include <QStringDecoder>

namespace {

QString decodeWith(QStringDecoder& decoder, QByteArrayView data, bool* failed)
{
    QString text = decoder(data);
    if (failed)
        *failed = decoder.hasError();
    return text;
}

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

// Text has line breaks and tabs but no other control characters; a handful of undecodable bytes is tolerated
// (a file cut in the middle of a character), a binary file has them everywhere.
bool looksBinary(const QString& text)
{
    qsizetype suspicious = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == 0)
            return true;
        if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r' && u != u'\f') || u == 0xFFFD)
            ++suspicious;
    }
    return suspicious > std::max<qsizetype>(8, text.size() / 100);
}

} // namespace

TextDecoder::Result TextDecoder::decode(const QByteArray& data)
{
    Result result;
    const QByteArrayView bytes(data);
    bool failed = false;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        result.text = decodeWith(decoder, bytes.sliced(3), nullptr);
        result.encoding = QStringLiteral("UTF-8");
    } else if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const bool little = bytes.startsWith("\xFF\xFE");
        QStringDecoder decoder(little ? QStringConverter::Utf16LE : QStringConverter::Utf16BE,
                               QStringConverter::Flag::Stateless);
        result.text = decodeWith(decoder, bytes.sliced(2), nullptr);
        result.encoding = little ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
    } else if (const char* utf16 = sniffUtf16(data)) {
        const bool little = qstrcmp(utf16, "UTF-16LE") == 0;
        QStringDecoder decoder(little ? QStringConverter::Utf16LE : QStringConverter::Utf16BE,
                               QStringConverter::Flag::Stateless);
        result.text = decodeWith(decoder, bytes, nullptr);
        result.encoding = QString::fromLatin1(utf16);
    } else {
        QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        result.text = decodeWith(utf8, bytes, &failed);
        result.encoding = QStringLiteral("UTF-8");
        if (failed && !bytes.contains('\0')) {
            // Not in Qt's list of encodings, but Qt reaches it through ICU on Debian.
            QStringDecoder gb18030("GB18030", QStringConverter::Flag::Stateless);
            if (gb18030.isValid()) {
                result.text = decodeWith(gb18030, bytes, nullptr);
                result.encoding = QStringLiteral("GB18030");
            }
        }
    }
    result.binary = looksBinary(result.text);
    return result;
}
