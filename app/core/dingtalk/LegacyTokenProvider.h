#pragma once

#include "AppTokenProvider.h"

/** Tokens from the legacy `GET /gettoken?appkey=K&appsecret=S` (parameters in the query string). */
class LegacyTokenProvider : public AppTokenProvider
{
    Q_OBJECT

public:
    LegacyTokenProvider(HttpTransport* transport, TokenCache* cache, const AppCredentials& app,
                        QObject* parent = nullptr);

    OutgoingRequest tokenRequest() const override;

protected:
    bool parseTokenReply(const ServerReply& response, QString& token, int& expiresIn, ApiError& error) const override;
};
