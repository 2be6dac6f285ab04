#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"

#include <QString>

/**
 * One DingTalk API generation (legacy oapi, later v1.0). The router asks each handler in turn whether it serves a
 * path; a new generation is a new subclass, without touching the others.
 */
class ApiHandler
{
public:
    virtual ~ApiHandler() = default;

    /** True when this handler serves the path (without query). */
    virtual bool handles(const QString& path) const = 0;

    /** Acts on the request and answers it. Runs on the server thread. */
    virtual HttpResponse handle(const HttpRequest& request) = 0;

    /** An error reply in this generation's format, without acting (the ApiError fault). */
    virtual HttpResponse apiError(int errcode, const QString& errmsg) const = 0;

    /** A success reply that holds none of the fields the call returns (the SuccessWithoutIds fault). */
    virtual HttpResponse bareSuccess() const = 0;
};
