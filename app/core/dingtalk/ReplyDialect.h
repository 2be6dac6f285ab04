#pragma once

#include "ApiResult.h"
#include "ConnectionSettings.h"
#include "HttpTransport.h"

/** How one API generation's answers read: what a call needs of the generation it speaks, and no more. */
class ReplyDialect
{
public:
    virtual ~ReplyDialect() = default;

    virtual ApiGeneration generation() const = 0;
    /** Turns an HTTP answer into DingTalk's body or an error. */
    virtual ApiResult interpret(const ServerReply& response, bool mustNotRepeat) const = 0;
};
