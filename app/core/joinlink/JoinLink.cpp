#include "JoinLink.h"

QString JoinLink::url(const ApiResult& result)
{
    if (!result.ok())
        return QString();
    return result.body.value(QStringLiteral("result")).toString();
}
