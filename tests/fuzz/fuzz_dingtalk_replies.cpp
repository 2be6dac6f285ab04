// The readers of DingTalk's answers: the reply of a group call of either API generation, and the token replies of
// both, as any server (or anything between it and us) might send them. The first byte picks the reader, the second
// the HTTP status and content type; the rest is the body.
#include "dingtalk/HttpTransport.h"
#include "dingtalk/LegacyGroupApi.h"
#include "dingtalk/LegacyTokenProvider.h"
#include "dingtalk/TokenCache.h"
#include "dingtalk/V1GroupApi.h"
#include "dingtalk/V1TokenProvider.h"
#include "verify/GroupState.h"

#include "FuzzApplication.h"

#include <QJsonObject>

#include <array>
#include <cstdint>

namespace {

// parseTokenReply() is the providers' own step; a subclass makes it callable without a request.
template <typename Provider> class TokenReader : public Provider
{
public:
    TokenReader(HttpTransport* transport, TokenCache* cache)
        : Provider(transport, cache,
                   AppCredentials{ QUrl(QStringLiteral("http://127.0.0.1:1")), QStringLiteral("key"),
                                   QStringLiteral("secret"), 1000 })
    {
    }
    using Provider::parseTokenReply;
};

constexpr std::array<int, 8> Statuses = { 200, 200, 400, 401, 403, 429, 500, 503 };

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    ensureFuzzApplication();
    static HttpTransport transport;
    static TokenCache cache;
    static TokenReader<LegacyTokenProvider> legacyTokens(&transport, &cache);
    static TokenReader<V1TokenProvider> v1Tokens(&transport, &cache);
    if (size < 2)
        return 0;
    ServerReply reply;
    reply.status = Statuses[data[1] % Statuses.size()];
    reply.contentType = data[1] & 0x80 ? QByteArrayLiteral("text/html") : QByteArrayLiteral("application/json");
    reply.body = QByteArray(reinterpret_cast<const char*>(data + 2), qsizetype(size - 2));
    const bool mustNotRepeat = data[1] & 0x40;

    QString token;
    int expiresIn = 0;
    ApiError error;
    switch (data[0] % 4) {
    case 0:
    case 1: {
        const ApiResult result = data[0] % 4 == 0 ? LegacyGroupApi::interpretReply(reply, mustNotRepeat)
                                                  : V1GroupApi::interpretReply(reply, mustNotRepeat);
        (void)result.error.summary();
        if (result.ok()) // what reading a group makes of the body
            (void)GroupState::fromChatInfo(result.body.value(QStringLiteral("chat_info")).toObject());
        break;
    }
    case 2:
        (void)legacyTokens.parseTokenReply(reply, token, expiresIn, error);
        break;
    case 3:
        (void)v1Tokens.parseTokenReply(reply, token, expiresIn, error);
        break;
    }
    (void)error.summary();
    return 0;
}
