#pragma once

#include "ApiError.h"

#include <QJsonObject>

/** The answer to one API call: DingTalk's JSON body, or why there is none. */
struct ApiResult
{
    ApiError error;
    QJsonObject body;

    bool ok() const { return error.isOk(); }
};
