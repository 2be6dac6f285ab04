#include "TokenCache.h"

TokenCache::TokenCache()
    : m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
}

TokenCache& TokenCache::instance()
{
    static TokenCache cache;
    return cache;
}

QString TokenCache::validToken(const QString& key) const
{
    const auto it = m_entries.constFind(key);
    if (it == m_entries.constEnd())
        return QString();
    if (m_clock().secsTo(it->expiresAt) <= RefreshMarginSeconds)
        return QString();
    return it->token;
}

void TokenCache::store(const QString& key, const QString& token, int expiresInSeconds)
{
    m_entries.insert(key, Entry{ token, m_clock().addSecs(expiresInSeconds) });
}

void TokenCache::invalidate(const QString& key, const QString& token)
{
    const auto it = m_entries.find(key);
    if (it != m_entries.end() && it->token == token)
        m_entries.erase(it);
}

void TokenCache::clear()
{
    m_entries.clear();
}

void TokenCache::setClock(Clock clock)
{
    m_clock = std::move(clock);
}
