#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

/**
 * Turns the bytes of a text file into UTF-8 text without asking the user for the encoding.
 *
 * A byte order mark decides (UTF-8, or UTF-16 LE/BE as in Excel's "Unicode text"); without one, UTF-16 is recognised
 * by its zero bytes, valid UTF-8 is UTF-8, and anything else is read as GB18030, the superset of the GBK that
 * Chinese Windows and WPS write.
 *
 * The result is UTF-8 because nearly every member list already is: its bytes are then used as they are, checked but
 * not copied or converted, which is most of the time a 100,000-row file would otherwise take.
 */
class TextDecoder
{
public:
    struct Result
    {
        QByteArray bytes; // the text in UTF-8, from `start` on (a UTF-8 file's own bytes: its BOM is skipped, not cut)
        qsizetype start = 0;
        QString encoding; // "UTF-8", "UTF-16LE", "UTF-16BE" or "GB18030"
        bool binary = false; // NUL or control characters: this is not text at all

        QByteArrayView text() const { return QByteArrayView(bytes).sliced(start); }
    };

    static Result decode(const QByteArray& data);
};
