#pragma once

#include <QJsonValue>
#include <QString>
#include <optional>

/**
 * Reads numbers out of DingTalk's JSON replies without undefined behaviour.
 *
 * A JSON number is a double to Qt, and casting a double outside an integer's range (`{"errcode":1e300}`) is
 * undefined: the release build read that errcode as -9223372036854775808. Every integer read from a reply goes
 * through here; DingTalk sometimes sends them as strings ("errcode": "0"), which are read too.
 */
class JsonNumber
{
public:
    /** The whole number in `value` (a JSON number or a string of digits), or nothing: a fraction, a number out of
     * qint64's range, anything else. */
    static std::optional<qint64> toInteger(const QJsonValue& value);
    /** `value` as the text of a code: a string as it is, a whole number in digits, any other number as JSON writes
     * it ("1e+300"); empty for anything else. */
    static QString toText(const QJsonValue& value);
};
