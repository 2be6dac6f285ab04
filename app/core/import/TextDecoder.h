#pragma once

#include <QByteArray>
#include <QString>

/**
 * Turns the bytes of a text file into text without asking the user for the encoding.
 *
 * A byte order mark decides (UTF-8, or UTF-16 LE/BE as in Excel's "Unicode text"); without one, UTF-16 is recognised
 * by its zero bytes, valid UTF-8 is UTF-8, and anything else is read as GB18030, the superset of the GBK that
 * Chinese Windows and WPS write.
 */
class TextDecoder
{
public:
    struct Result
    {
        QString text;
        QString encoding; // "UTF-8", "UTF-16LE", "UTF-16BE" or "GB18030"
        bool binary = false; // NUL or control characters: this is not text at all
    };

    static Result decode(const QByteArray& data);
};
