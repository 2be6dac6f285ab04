#include "DingTalkClient.h"

#include "FixedTokenProvider.h"
#include "HttpTransport.h"
#include "LegacyGroupApi.h"
#include "LegacyTokenProvider.h"
#include "TokenCache.h"
#include "V1GroupApi.h"
#include "V1TokenProvider.h"

DingTalkClient::DingTalkClient(const ConnectionSettings& settings, QObject* parent)
    : DingTalkClient(settings, &TokenCache::instance(), parent)
{
}

DingTalkClient::DingTalkClient(const ConnectionSettings& settings, TokenCache* cache, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_transport(new HttpTransport(settings.transport, this))
{
    const int timeoutMs = qMax(1, settings.timeoutSeconds) * 1000;
    const bool v1 = settings.generation == ApiGeneration::V1;
    if (settings.usesPastedToken())
        m_tokens = new FixedTokenProvider(settings.accessToken, this);
    else if (v1)
        m_tokens = new V1TokenProvider(
            m_transport, cache, AppCredentials{ settings.v1BaseUrl, settings.appKey, settings.appSecret, timeoutMs },
            this);
    else
        m_tokens = new LegacyTokenProvider(
            m_transport, cache,
            AppCredentials{ settings.legacyBaseUrl, settings.appKey, settings.appSecret, timeoutMs }, this);
    if (v1)
        m_api = new V1GroupApi(m_transport, m_tokens, settings.v1BaseUrl, settings.legacyBaseUrl, timeoutMs, this);
    else
        m_api = new LegacyGroupApi(m_transport, m_tokens, settings.legacyBaseUrl, timeoutMs, this);
}

DingTalkClient::~DingTalkClient() = default;
