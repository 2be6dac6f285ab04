#pragma once

#include "AppTokenProvider.h"

/** Tokens from the new generation's `POST /v1.0/oauth2/accessToken` with `{appKey, appSecret}` in the body. */
class V1TokenProvider : public AppTokenProvider
{
    Q_OBJECT

public:
    V1TokenProvider(HttpTransport* transport, TokenCache* cache, const AppCredentials& app, QObject* parent = nullptr);

    OutgoingRequest tokenRequest() const override;

protected:
    bool parseTokenReply(const ServerReply& response, QString& token, int& expiresIn, ApiError& error) const override;
};
