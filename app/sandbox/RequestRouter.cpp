#include "RequestRouter.h"

#include "EmulatorState.h"
#include "LegacyApiHandler.h"
#include "OpenApiV1Handler.h"

#include <QJsonObject>

RequestRouter::RequestRouter(EmulatorState& state, std::function<void(const QString&)> onRequest)
    : m_state(state)
    , m_onRequest(std::move(onRequest))
{
    // One handler per API generation; both serve the same organisation from the one base URL.
    m_handlers.push_back(std::make_unique<LegacyApiHandler>(state));
    m_handlers.push_back(std::make_unique<OpenApiV1Handler>(state));
}

RequestRouter::~RequestRouter() = default;

RequestRouter::Outcome RequestRouter::route(const HttpRequest& request)
{
    const RecordedRequest record{ request.method, request.path, request.query, request.headers, request.body };
    std::optional<EmulatorFault> fault;
    Outcome outcome;
    m_state.locked([&](EmulatorData& data) {
        data.log.append(record);
        fault = data.takeFault(request.path);
        outcome.delayMs = data.latencyMs;
    });
    if (m_onRequest)
        m_onRequest(request.path);

    if (!fault) {
        outcome.response = dispatch(request);
        return outcome;
    }
    switch (fault->kind) {
    case EmulatorFault::Hang:
        outcome.delivery = Outcome::Delivery::Hang;
        break;
    case EmulatorFault::ResetBeforeProcessing:
        outcome.delivery = Outcome::Delivery::Reset;
        break;
    case EmulatorFault::ResetAfterProcessing:
        dispatch(request);
        outcome.delivery = Outcome::Delivery::Reset;
        break;
    case EmulatorFault::Http500Html:
        outcome.response
            = HttpResponse::html(500,
                                 "<!DOCTYPE html>\n<html><head><title>500 Internal Server Error</title></head>\n"
                                 "<body><h1>500 Internal Server Error</h1><p>Tengine</p></body></html>\n");
        break;
    case EmulatorFault::MalformedJson: {
        outcome.response = dispatch(request);
        // Half of a JSON object is never valid JSON: the reply looks cut off by a proxy.
        QByteArray& body = outcome.response.body;
        body = body.size() >= 2 ? body.left(body.size() / 2) : QByteArray("{\"errcode\":");
        outcome.response.setHeader("Content-Type", "application/json;charset=UTF-8");
        outcome.response.status = 200;
        break;
    }
    case EmulatorFault::HalfWrittenReply:
        outcome.response = dispatch(request);
        outcome.delivery = Outcome::Delivery::HalfWriteThenAbort;
        break;
    case EmulatorFault::ApiError:
        outcome.response = handler(request.path).apiError(fault->errcode, fault->errmsg);
        break;
    case EmulatorFault::Latency:
        outcome.response = dispatch(request);
        outcome.delayMs += fault->delayMs;
        break;
    case EmulatorFault::ApiErrorAfterActing:
        dispatch(request);
        outcome.response = handler(request.path).apiError(fault->errcode, fault->errmsg);
        break;
    case EmulatorFault::IpBanPage:
        // Unverified: the reference says only "an HTML page"; its status and wording are this emulator's choice.
        outcome.response = HttpResponse::html(
            200,
            "<!DOCTYPE html>\n<html><head><title>访问受限</title></head>\n"
            "<body><h1>访问受限</h1><p>您的IP访问过于频繁，已被限制访问5分钟。</p></body></html>\n");
        break;
    case EmulatorFault::IpBanStatus:
        outcome.response = HttpResponse::json(
            QJsonObject{ { "status", 1111 }, { "message", QStringLiteral("访问过于频繁，IP已被限制访问5分钟") } });
        break;
    case EmulatorFault::SuccessWithoutIds:
        dispatch(request);
        outcome.response = handler(request.path).bareSuccess();
        break;
    case EmulatorFault::SuccessFalse:
        outcome.response = HttpResponse::json(QJsonObject{ { "success", false } });
        break;
    }
    return outcome;
}

const ApiHandler& RequestRouter::handler(const QString& path) const
{
    // A path no generation serves is answered in the legacy format, as DingTalk's gateway does.
    const ApiHandler* serving = handlerFor(path);
    return serving ? *serving : *m_handlers.front();
}

ApiHandler* RequestRouter::handlerFor(const QString& path) const
{
    for (const auto& handler : m_handlers) {
        if (handler->handles(path))
            return handler.get();
    }
    return nullptr;
}

HttpResponse RequestRouter::dispatch(const HttpRequest& request) const
{
    if (ApiHandler* handler = handlerFor(request.path))
        return handler->handle(request);
    return HttpResponse::json(
        QJsonObject{ { "errcode", 404 }, { "errmsg", QStringLiteral("请求的URL不存在: %1").arg(request.path) } }, 404);
}
