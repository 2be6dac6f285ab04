#pragma once

#include <QString>
#include <QStringView>

/**
 * Turns the text of a numeric spreadsheet cell into the digits a person typed.
 *
 * Excel stores ids and phone numbers typed into a General cell as numbers and writes them as "13800138000" or
 * "1.3800138E+10". Going through a double can lose digits and prints E-notation, so the text is converted digit by
 * digit instead.
 */
class ExcelNumber
{
public:
    /**
     * The integer that `number` denotes, written out in full ("1.3800138E+10" → "13800138000", "12.0" → "12").
     * Anything that is not an integer (a real fraction, a date serial with a time, text) is returned as written.
     */
    static QString toText(QStringView number);
};
