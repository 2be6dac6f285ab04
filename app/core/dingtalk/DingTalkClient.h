#pragma once

#include "ConnectionSettings.h"

#include <QObject>

class GroupApi;
class HttpTransport;
class TokenCache;
class TokenProvider;

/** One connection to DingTalk: the transport, the token source and the API generation the settings ask for. */
class DingTalkClient : public QObject
{
    Q_OBJECT

public:
    explicit DingTalkClient(const ConnectionSettings& settings, QObject* parent = nullptr);
    /** Keeps tokens in `cache` instead of the process-wide cache (a connection test must really fetch one). */
    DingTalkClient(const ConnectionSettings& settings, TokenCache* cache, QObject* parent = nullptr);
    ~DingTalkClient() override;

    GroupApi* api() const { return m_api; }
    const ConnectionSettings& settings() const { return m_settings; }

private:
    ConnectionSettings m_settings;
    HttpTransport* m_transport;
    TokenProvider* m_tokens;
    GroupApi* m_api;
};
