#pragma once

#include "ApiHandler.h"
#include "HttpRequest.h"
#include "HttpResponse.h"

#include <functional>
#include <memory>
#include <vector>

class EmulatorState;

/**
 * Logs each request, applies the fault plan and latency, and hands the request to the API handler that serves
 * its path. Returns how the connection should deliver the outcome.
 */
class RequestRouter
{
public:
    struct Outcome
    {
        enum class Delivery
        {
            Send,
            Hang,
            Reset,
            HalfWriteThenAbort
        };
        Delivery delivery = Delivery::Send;
        HttpResponse response;
        int delayMs = 0;
    };

    RequestRouter(EmulatorState& state, std::function<void(const QString&)> onRequest);
    ~RequestRouter();

    Outcome route(const HttpRequest& request);

private:
    ApiHandler* handlerFor(const QString& path) const;
    /** The handler whose format answers a fault on `path`. */
    const ApiHandler& handler(const QString& path) const;
    HttpResponse dispatch(const HttpRequest& request) const;

    EmulatorState& m_state;
    std::function<void(const QString&)> m_onRequest;
    std::vector<std::unique_ptr<ApiHandler>> m_handlers;
};
