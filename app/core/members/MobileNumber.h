#pragma once

#include <QString>

/**
 * Mainland China mobile numbers as HR files hold them: "+86 138-0013-8000", "0086 13800138000", full-width digits
 * "１３８００１３８０００". normalise() turns them into the 11 digits DingTalk's lookup expects.
 */
class MobileNumber
{
public:
    /** The 11-digit number, or an empty string when the text is not a mainland mobile number. */
    static QString normalise(const QString& text);
    /** True when the text looks like a phone number rather than a userid (digits and phone punctuation only). */
    static bool looksLikeMobile(const QString& text);
};
