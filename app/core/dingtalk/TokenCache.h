#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>
#include <functional>

/**
 * Access tokens in memory, keyed by server and app key. Never written to disk. A token is reused until ten minutes
 * before it expires, as DingTalk's guide suggests, because asking for tokens often gets throttled.
 */
class TokenCache
{
public:
    static constexpr int RefreshMarginSeconds = 600;
    using Clock = std::function<QDateTime()>;

    TokenCache();

    /** The process-wide cache, shared by every connection on the same server and app key. */
    static TokenCache& instance();

    /** A token good for at least RefreshMarginSeconds more, or an empty string. */
    QString validToken(const QString& key) const;
    void store(const QString& key, const QString& token, int expiresInSeconds);
    /** Drops the cached token, but only if it is still `token`: when several calls see it rejected, one refresh. */
    void invalidate(const QString& key, const QString& token);
    void clear();
    /** For tests: replace the clock. */
    void setClock(Clock clock);

private:
    struct Entry
    {
        QString token;
        QDateTime expiresAt;
    };
    QHash<QString, Entry> m_entries;
    Clock m_clock;
};
