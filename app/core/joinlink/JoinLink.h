#pragma once

#include "dingtalk/ApiCall.h"

#include <QString>

/**
 * Reads the answer of GroupApi::joinLink(): DingTalk's join URL, which the widgets layer shows and turns into a QR
 * code through QrCode. errcode 60124 means the sharing user is not a member of the group.
 */
class JoinLink
{
public:
    /** The join URL, or an empty string when the call failed. */
    static QString url(const ApiResult& result);
    /** True when DingTalk refused because the sharing user is not in the group. */
    static bool isNotMember(const ApiError& error) { return error.hasCode(60124); }
};
