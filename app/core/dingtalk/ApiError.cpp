#include "ApiError.h"

ApiError ApiError::api(const QString& errcode, const QString& errmsg, int httpStatus)
{
    ApiError error;
    error.kind = Kind::Api;
    error.errcode = errcode;
    error.errmsg = errmsg;
    error.httpStatus = httpStatus;
    return error;
}

ApiError ApiError::transport(TransportFailure failure, const QString& detail, bool outcomeUnknown)
{
    ApiError error;
    error.kind = Kind::Transport;
    error.failure = failure;
    error.detail = detail;
    error.outcomeUnknown = outcomeUnknown;
    return error;
}

QString ApiError::failureName(TransportFailure failure)
{
    switch (failure) {
    case TransportFailure::None:
        return QStringLiteral("none");
    case TransportFailure::InsecureUrl:
        return QStringLiteral("insecure-url");
    case TransportFailure::HostNotFound:
        return QStringLiteral("host-not-found");
    case TransportFailure::ConnectionRefused:
        return QStringLiteral("connection-refused");
    case TransportFailure::ConnectionReset:
        return QStringLiteral("connection-reset");
    case TransportFailure::Timeout:
        return QStringLiteral("timeout");
    case TransportFailure::Tls:
        return QStringLiteral("tls");
    case TransportFailure::Redirect:
        return QStringLiteral("redirect");
    case TransportFailure::HttpStatus:
        return QStringLiteral("http-status");
    case TransportFailure::NotJson:
        return QStringLiteral("not-json");
    case TransportFailure::IncompleteAnswer:
        return QStringLiteral("incomplete-answer");
    case TransportFailure::ReplyTooLarge:
        return QStringLiteral("reply-too-large");
    case TransportFailure::Cancelled:
        return QStringLiteral("cancelled");
    case TransportFailure::Other:
        return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

QString ApiError::summary() const
{
    QString text = technicalDetails();
    if (kind == Kind::Transport && outcomeUnknown)
        text += QStringLiteral(" [outcome unknown]");
    return text;
}

QString ApiError::technicalDetails() const
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("ok");
    case Kind::Api: {
        QString text = QStringLiteral("errcode %1: %2").arg(errcode, errmsg);
        if (!subCode.isEmpty())
            text += QStringLiteral(" (sub_code %1)").arg(subCode);
        if (httpStatus != 200 && httpStatus != 0)
            text += QStringLiteral(" [HTTP %1]").arg(httpStatus);
        return text;
    }
    case Kind::Transport: {
        QString text = failureName(failure);
        if (httpStatus)
            text += QStringLiteral(" HTTP %1").arg(httpStatus);
        if (!contentType.isEmpty())
            text += QStringLiteral(" (%1)").arg(contentType);
        if (!detail.isEmpty())
            text += QStringLiteral(": ") + detail;
        return text;
    }
    }
    return QString();
}
