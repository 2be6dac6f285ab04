#include "DingTalkClient.h"

#include "FixedTokenProvider.h"
#include "HttpTransport.h"
#include "LegacyGroupApi.h"
#include "LegacyTokenProvider.h"
#include "TokenCache.h"

DingTalkClient::DingTalkClient(const ConnectionSettings& settings, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_transport(new HttpTransport(this))
{
    const int timeoutMs = qMax(1, settings.timeoutSeconds) * 1000;
    if (settings.usesPastedToken())
        m_tokens = new FixedTokenProvider(settings.accessToken, this);
    else
        m_tokens = new LegacyTokenProvider(m_transport, &TokenCache::instance(), settings.legacyBaseUrl,
                                           settings.appKey, settings.appSecret, timeoutMs, this);
    // The v1.0 generation plugs in here, beside the legacy one, with its own token provider and API class.
    m_api = new LegacyGroupApi(m_transport, m_tokens, settings.legacyBaseUrl, timeoutMs, this);
}

DingTalkClient::~DingTalkClient() = default;
