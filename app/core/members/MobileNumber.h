#pragma once

#include <QString>

/**
 * Mobile numbers as HR files hold them: "+86 138-0013-8000", "0086 13800138000", full-width digits
 * "１３８００１３８０００", "+852 9123 4567". normalise() turns them into the form DingTalk stores and its lookup
 * expects: 11 digits for mainland China, "+852-91234567" (country code, a dash, the number) elsewhere. A number
 * outside mainland China needs its "+": without it, digits alone could be a job number or a userid.
 */
class MobileNumber
{
public:
    /** The number in DingTalk's form, or an empty string when the text is not a mobile number. */
    static QString normalise(const QString& text);
    /** What a lookup knows the number by: normalise(), or the trimmed text when it is not a number at all. */
    static QString lookupKey(const QString& text);
    /** True when the text looks like a phone number rather than a userid (digits and phone punctuation only). */
    static bool looksLikeMobile(const QString& text);
};
